//! `aula-plan gantt`: the timeline as a picture. The layout is worked out here, once, in SVG
//! user units (pixels); [`svg`] draws it and [`html`] puts it in a page.
//!
//! Top to bottom: a header (title, revision, legend), the red line's label and the delay
//! arrow, the month and week axis, then a swimlane per track with a row per activity, and a
//! footer naming the closed periods. Left to right: the dated part, then a column for what is
//! not dated yet. Each activity's name stands beside its bar (after it when there is room,
//! else before it, else on it).

mod chart;
pub mod html;
pub mod overview;
mod placing;
pub mod svg;

pub use chart::*;
pub use placing::tbd_marker;
use placing::{arrows, place_label};

use chrono::{Datelike, Days, NaiveDate};

use crate::follow::{self, Following};
use crate::i18n::{self, Lang, Text};
use crate::plan::date::Step;
use crate::plan::{Activity, EntityKind, Keyword, PhaseKind, Plan, PlanDate, Status, Timing, qualified};

/// Font size of names and axis labels.
pub const FONT: f64 = 12.0;
/// Average advance of a character at [`FONT`] in a sans-serif face, to place names.
const CHAR: f64 = 6.9;
/// Height of a row, and of a swimlane's heading.
pub const ROW: f64 = 22.0;
/// Height of a bar.
pub const BAR: f64 = 12.0;
pub const MARGIN: f64 = 16.0;
/// The dated part is about this wide, whatever the plan's span (within [`PER_DAY`]).
const TARGET_WIDTH: f64 = 1200.0;
/// Pixels per day: at least enough to see a one-day course, at most enough for a short plan.
const PER_DAY: (f64, f64) = (1.4, 8.0);
/// The dated part is never wider than this.
const MAX_WIDTH: f64 = 6000.0;
const TBD_GAP: f64 = 28.0;
pub const TBD_WIDTH: f64 = 76.0;
/// After the name of what is done.
pub const DONE_MARK: &str = " ✓";
/// Where the header's lines, the red line's label and the axis stand.
pub const TITLE_Y: f64 = 30.0;
pub const SUBTITLE_Y: f64 = 50.0;
pub const LEGEND_Y: f64 = 72.0;
pub const RED_LABEL_Y: f64 = 98.0;
pub const AXIS_Y: f64 = 108.0;
/// The year band, the month band, then the week band.
pub const AXIS_BAND: f64 = 16.0;

/// When an activity happens, as the chart can draw it.
#[derive(Debug, Clone, Copy)]
enum When {
    Tbd,
    Dated { first: NaiveDate, start_last: NaiveDate, end: End, one_day: bool },
}

#[derive(Debug, Clone, Copy)]
enum End {
    Day(NaiveDate),
    Open,
    Tbd,
    Before(NaiveDate),
}

impl When {
    fn of(timing: Option<&Timing>) -> Self {
        let Some(timing) = timing else { return Self::Tbd };
        let start = &timing.start().value.clone();
        let (Some(first), Some(start_last)) = (start.earliest(), start.latest()) else { return Self::Tbd };
        let end = match &timing.end().value {
            PlanDate::Open => End::Open,
            PlanDate::Tbd => End::Tbd,
            d => match d.latest() {
                Some(last) if last < first => End::Before(last),
                Some(last) => End::Day(last),
                None => End::Tbd,
            },
        };
        let one_day = matches!(timing, Timing::On(_)) && matches!(start, PlanDate::Day(_));
        Self::Dated { first, start_last, end, one_day }
    }

    /// The last day the chart must show for this activity.
    fn last_shown(self) -> Option<NaiveDate> {
        match self {
            Self::Tbd => None,
            Self::Dated { start_last, end, .. } => Some(match end {
                End::Day(d) => d.max(start_last),
                // Room for the fade, or the dashed line, to be seen.
                End::Open | End::Tbd => start_last + Days::new(45),
                End::Before(_) => start_last,
            }),
        }
    }
}

/// The step of the shift a red line comes from (the least and the most of a range), and that
/// shift's revision if it names one.
type Delay = (Step, Option<Step>, Option<String>);

/// The red line's date: as asked, or the latest recorded shift's cutoff; with that shift.
fn red_line_date(plan: &Plan, red_line: RedLine) -> Option<(NaiveDate, Option<Delay>)> {
    match red_line {
        RedLine::Off => None,
        RedLine::At(d) => Some((d, None)),
        RedLine::FromPlan => {
            let (revision, shift) = plan.latest_shift()?;
            let from = shift.from.as_ref()?.value.earliest()?;
            let name = revision.revision.as_ref().map(|r| r.value.clone());
            Some((from, shift.delay().map(|(least, most)| (least, most, name))))
        }
    }
}

/// Lays out the chart of `plan`.
#[must_use]
pub fn layout(plan: &Plan, red_line: RedLine, lang: Lang) -> Chart {
    layout_with(plan, red_line, lang, &Following::default())
}

/// The chart of `plan` with the activities of followed plans it waits for: a lane per followed
/// plan above the plan's own, each of its rows under the activity's qualified id
/// (`kombit:wave-15-rollout`), and the arrows of `after` from them.
#[must_use]
pub fn layout_with(plan: &Plan, red_line: RedLine, lang: Lang, following: &Following) -> Chart {
    // Activities in file order, each with how it is dated.
    let mut activities: Vec<(Activity<'_>, When)> =
        plan.activities().map(|a| (a, When::of(a.timing))).collect::<Vec<_>>();
    activities.sort_by_key(|(a, _)| a.id.span);
    // The national activities waited for: their plan, the activity, when, and qualified id.
    let national: Vec<(&Plan, Activity<'_>, When, String)> = follow::waits(plan, following)
        .into_iter()
        .filter_map(|w| {
            let (name, id) = qualified(&w.id)?;
            let p = following.get(name)?.plan()?;
            let a = p.lookup(id).and_then(|r| p.activity(r))?;
            Some((p, a, When::of(a.timing), w.id))
        })
        .collect();
    let everything: Vec<(Activity<'_>, When)> =
        activities.iter().copied().chain(national.iter().map(|(_, a, w, _)| (*a, *w))).collect();

    let red = red_line_date(plan, red_line);
    let delay_to = red.as_ref().and_then(|(d, step)| {
        let (least, most, _) = step.as_ref()?;
        PlanDate::Day(*d).moved_by(most.unwrap_or(*least))?.date.earliest()
    });
    let axis = axis(&everything, red.as_ref().map(|(d, _)| *d), delay_to);

    // Swimlanes in the order their tracks first appear.
    let mut lane_names: Vec<&str> = Vec::new();
    for (a, _) in &activities {
        let track = a.track.map_or(NO_TRACK, |t| t.value.as_str());
        if !lane_names.contains(&track) {
            lane_names.push(track);
        }
    }
    let dated_x1 = axis.as_ref().map_or(MARGIN, Axis::x1);
    let tbd_x = dated_x1 + TBD_GAP;
    let rows_top = AXIS_Y + 3.0 * AXIS_BAND + 6.0;
    let mut y = rows_top;
    let mut lanes = Vec::new();
    let mut rows: Vec<Bar> = Vec::new();
    let mut widest = tbd_x + TBD_WIDTH;
    // A lane for each followed plan, named by its short name, above the plan's own.
    let mut followed: Vec<&str> = Vec::new();
    for (_, _, _, id) in &national {
        let name = id.split(':').next().unwrap_or_default();
        if !followed.contains(&name) {
            followed.push(name);
        }
    }
    for name in followed {
        let top = y;
        y += ROW;
        let mut members: Vec<&(&Plan, Activity<'_>, When, String)> =
            national.iter().filter(|(_, _, _, id)| id.split(':').next() == Some(name)).collect();
        members.sort_by_key(|(_, _, w, _)| match w {
            When::Tbd => (1, None, None),
            When::Dated { first, .. } => (0, Some(*first), w.last_shown()),
        });
        for (p, a, when, id) in members {
            let mut bar = row(p, a, *when, axis.as_ref(), y, lang);
            bar.id.clone_from(id);
            rows.push(bar);
            y += ROW;
        }
        let called = following.get(name).and_then(|f| f.plan()).and_then(follow::called).unwrap_or(name);
        let name = follow::national_plan(called).in_lang(lang).into_owned();
        lanes.push(Lane { name, y: top, height: y - top });
    }
    for name in lane_names {
        let top = y;
        y += ROW;
        let mut members: Vec<&(Activity<'_>, When)> =
            activities.iter().filter(|(a, _)| a.track.map_or(NO_TRACK, |t| t.value.as_str()) == name).collect();
        // Dated in date order, then what is not dated yet in file order.
        members.sort_by_key(|(_, w)| match w {
            When::Tbd => (1, None, None),
            When::Dated { first, .. } => (0, Some(*first), w.last_shown()),
        });
        for (a, when) in members {
            rows.push(row(plan, a, *when, axis.as_ref(), y, lang));
            y += ROW;
        }
        let name =
            if name == NO_TRACK { lang.text("gantt-no-track") } else { i18n::track(name).in_lang(lang).into_owned() };
        lanes.push(Lane { name, y: top, height: y - top });
    }
    let rows_bottom = y;

    let national_when: Vec<(&str, When)> = national.iter().map(|(_, _, w, id)| (id.as_str(), *w)).collect();
    let arrows = arrows(&activities, &national_when, &rows, tbd_x);
    // Names last: a name does not go where an arrow comes in.
    let (left, right) = axis.as_ref().map_or((MARGIN, MARGIN), |a| (a.x0, a.x1()));
    let targets: std::collections::HashSet<&str> = arrows.iter().map(|a| a.to.as_str()).collect();
    for r in &mut rows {
        let arrow_in = targets.contains(r.id.as_str());
        let mut text = r.name.clone();
        if r.status == Status::Done {
            text.push_str(DONE_MARK);
        }
        if let Some(w) = &r.warning {
            text.push(' ');
            text.push_str(w);
        }
        r.label = place_label(r.shape, text_width(&text), (left, right), tbd_x, arrow_in);
        widest = widest.max(label_right(r));
    }
    let red_line = red.and_then(|(date, step)| {
        let axis = axis.as_ref()?;
        let x = axis.x(date);
        let delay = step.and_then(|(least, most, revision)| {
            let to = delay_to?;
            let text = match revision {
                Some(r) => Text::id("gantt-delay-revision").arg("revision", r),
                None => Text::id("gantt-delay"),
            };
            Some((axis.x(to), text.arg("step", i18n::delay(least, most)).in_lang(lang).into_owned()))
        });
        Some(RedLineMark { date, x, delay })
    });
    let closed = axis.as_ref().map_or_else(Vec::new, |axis| closed_bands(plan, axis, lang));
    if let Some((to, text)) = red_line.as_ref().and_then(|r| r.delay.as_ref()) {
        widest = widest.max(to + 6.0 + text_width(text));
    }

    let mut legend: Vec<LegendItem> = Vec::new();
    for &(_, kind) in PhaseKind::ALL {
        if rows.iter().any(|r| r.kind == kind) {
            legend.push(LegendItem::Kind(kind));
        }
    }
    let any = |f: fn(&Bar) -> bool| rows.iter().any(f);
    if any(|r| matches!(r.shape, Shape::Open { .. })) {
        legend.push(LegendItem::OpenEnd);
    }
    if any(|r| matches!(r.shape, Shape::Tbd | Shape::EndTbd { .. })) {
        legend.push(LegendItem::NotDated);
    }
    if arrows.iter().any(|a| !a.late) {
        legend.push(LegendItem::Dependency);
    }
    if arrows.iter().any(|a| a.late) {
        legend.push(LegendItem::LateDependency);
    }
    if red_line.is_some() {
        legend.push(LegendItem::RedLine);
    }
    if !closed.is_empty() {
        legend.push(LegendItem::Closed);
    }
    if any(|r| r.status == Status::Done) {
        legend.push(LegendItem::Done);
    }
    if any(|r| r.status == Status::Cancelled) {
        legend.push(LegendItem::Cancelled);
    }

    let (title, subtitle) = titles(plan, &rows, lang);
    widest = widest.max(MARGIN + CHAR * 1.5 * char_count(&title));
    let footer = if closed.is_empty() { 0.0 } else { ROW };
    Chart {
        lang,
        title,
        subtitle,
        width: (widest + MARGIN).ceil(),
        height: (rows_bottom + footer + MARGIN).ceil(),
        axis,
        lanes,
        rows,
        arrows,
        red_line,
        today: None,
        closed,
        legend,
        tbd_x,
        rows_top,
        rows_bottom,
    }
}

#[allow(clippy::cast_precision_loss)] // names are short
fn char_count(s: &str) -> f64 {
    s.chars().count() as f64
}

/// The estimated width of a name at [`FONT`].
#[must_use]
pub fn text_width(s: &str) -> f64 {
    CHAR * char_count(s)
}

/// The right edge of a row's name.
fn label_right(row: &Bar) -> f64 {
    let w = text_width(&row.name) + row.warning.as_deref().map_or(0.0, |w| text_width(w) + CHAR);
    if row.label.anchor_end { row.label.x } else { row.label.x + w }
}

/// Months from the first activity's month to the end of the last one's, with a month's room
/// before and after; `None` when nothing is dated.
fn axis(activities: &[(Activity<'_>, When)], red: Option<NaiveDate>, delay_to: Option<NaiveDate>) -> Option<Axis> {
    axis_scaled(activities, red, delay_to, |days| {
        (TARGET_WIDTH / days).clamp(PER_DAY.0, PER_DAY.1).min(MAX_WIDTH / days)
    })
}

/// An axis of `width` pixels at most, however many years it spans: months over years, as the
/// overview of many plans wants it.
fn axis_within(activities: &[(Activity<'_>, When)], width: f64) -> Option<Axis> {
    axis_scaled(activities, None, None, |days| (width / days).min(PER_DAY.1))
}

/// The axis over `activities` (and the red line and the end of its delay), `per_day` pixels a
/// day for a span of so many days.
fn axis_scaled(
    activities: &[(Activity<'_>, When)],
    red: Option<NaiveDate>,
    delay_to: Option<NaiveDate>,
    per_day: impl Fn(f64) -> f64,
) -> Option<Axis> {
    let firsts = activities.iter().filter_map(|(_, w)| match w {
        When::Dated { first, .. } => Some(*first),
        When::Tbd => None,
    });
    let lasts = activities.iter().filter_map(|(_, w)| w.last_shown());
    let extra = red.into_iter().chain(delay_to);
    let min = firsts.clone().chain(extra.clone()).min()?;
    let max = lasts.chain(extra).chain(firsts).max()?;
    let from = min.with_day(1)?;
    let to = max.with_day(1)?.checked_add_months(chrono::Months::new(1))?;
    #[allow(clippy::cast_precision_loss)]
    let days = (to - from).num_days().max(1) as f64;
    // A plan over many years is drawn narrower rather than wider than MAX_WIDTH.
    let per_day = per_day(days);
    // A week number needs about 16 pixels.
    let week_step = [1, 2, 4, 13].into_iter().find(|s| f64::from(*s) * 7.0 * per_day >= 16.0).unwrap_or(26);
    Some(Axis { from, to, x0: MARGIN, per_day, week_step })
}

/// The row of one activity: its shape; its name is placed later.
fn row(plan: &Plan, a: &Activity<'_>, when: When, axis: Option<&Axis>, y: f64, lang: Lang) -> Bar {
    let kind = plan.kind_of(a);
    let name = a.name.map_or_else(|| a.id.value.clone(), |n| n.value.clone());
    let written = match a.timing {
        Some(Timing::On(d)) => lang.date(&d.value),
        Some(Timing::Between { start, end }) => format!("{} – {}", lang.date(&start.value), lang.date(&end.value)),
        None => lang.text("gantt-no-date"),
    };
    let tooltip = format!("{name} ({}): {written}", i18n::phase_kind(kind.word()).in_lang(lang));
    let mut warning = None;
    let shape = match (when, axis) {
        (When::Dated { first, start_last, end, one_day }, Some(axis)) => {
            let x0 = axis.x(first);
            let start_x1 = axis.x_after(start_last).max(x0 + 3.0);
            let milestone = matches!(kind, PhaseKind::GoLive | PhaseKind::Milestone);
            match end {
                End::Day(last) if milestone => {
                    let bar = (!one_day && last > first).then(|| (x0, axis.x_after(last)));
                    Shape::Diamond { x: x0, bar }
                }
                End::Day(last) => Shape::Bar { x0, x1: axis.x_after(last).max(x0 + 3.0) },
                End::Open => Shape::Open { x0, solid: start_x1, x1: axis.x1() },
                End::Tbd => Shape::EndTbd { x0, x1: start_x1 },
                End::Before(last) => {
                    warning = Some(lang.text_with("gantt-reversed", &[("last", last.into())]));
                    Shape::Reversed { x0, x1: start_x1 }
                }
            }
        }
        _ => Shape::Tbd,
    };
    let label = Label { x: 0.0, anchor_end: false, halo: false };
    let tooltip = match a.status {
        Status::Planned => tooltip,
        s => format!("{tooltip} · {}", lang.text(if s == Status::Done { "state-done" } else { "state-cancelled" })),
    };
    let is_training = kind_of_training(a);
    Bar { id: a.id.value.clone(), name, kind, is_training, y, shape, label, tooltip, warning, status: a.status }
}

const fn kind_of_training(a: &Activity<'_>) -> bool {
    matches!(a.entity.kind, EntityKind::Training)
}

/// The calendar's closed periods that show on the axis, cut to it.
fn closed_bands(plan: &Plan, axis: &Axis, lang: Lang) -> Vec<Band> {
    plan.calendar
        .closed
        .iter()
        .filter_map(|c| {
            let start = c.start.as_ref()?.value.earliest()?.max(axis.from);
            let end = c.end.as_ref()?.value.latest()?.min(axis.to.pred_opt()?);
            (start <= end).then(|| Band {
                x0: axis.x(start),
                x1: axis.x_after(end),
                name: c.name.as_ref().map_or_else(|| lang.text("gantt-legend-closed"), |n| n.value.clone()),
            })
        })
        .collect()
}

/// How many activities of its own the chart has, and how many are not dated yet (those of
/// followed plans, under qualified ids, are not counted).
fn counted(rows: &[Bar], lang: Lang) -> String {
    let own: Vec<&Bar> = rows.iter().filter(|r| qualified(&r.id).is_none()).collect();
    let tbd = own.iter().filter(|r| r.shape == Shape::Tbd).count();
    lang.text_with("gantt-counted", &[("n", own.len().into()), ("tbd", tbd.into())])
}

impl Chart {
    /// `23 activities, 12 not dated yet`.
    #[must_use]
    pub fn summary(&self) -> String {
        counted(&self.rows, self.lang)
    }
}

/// The version the plan is at and its date ("Version 2.2 af 22. november 2026"): the date of
/// that version's [[revision]] when the history records it (a shift writes one), else the
/// plan's own date, which may be the first version's.
#[must_use]
pub fn version(plan: &Plan, lang: Lang) -> Option<String> {
    let m = &plan.meta;
    let recorded = m.revision.as_ref().and_then(|r| {
        plan.revisions.iter().rev().find(|e| e.revision.as_ref().is_some_and(|x| x.value == r.value))?.date.as_ref()
    });
    match (&m.revision, recorded.or(m.date.as_ref())) {
        (Some(r), Some(d)) => {
            Some(lang.text_with("gantt-revision-of", &[("revision", (&r.value).into()), ("date", d.value.into())]))
        }
        (Some(r), None) => Some(lang.text_with("gantt-revision", &[("revision", (&r.value).into())])),
        (None, Some(d)) => Some(lang.text_with("gantt-as-of", &[("date", d.value.into())])),
        (None, None) => None,
    }
}

/// The heading: title and municipality; then revision, date and how much is dated.
fn titles(plan: &Plan, rows: &[Bar], lang: Lang) -> (String, String) {
    let m = &plan.meta;
    let mut title = m.title.as_ref().map_or_else(|| lang.text("gantt-title"), |t| t.value.clone());
    if let Some(municipality) = &m.municipality {
        title.push_str(" — ");
        title.push_str(&municipality.value);
    }
    let mut parts: Vec<String> = version(plan, lang).into_iter().collect();
    parts.push(counted(rows, lang));
    (title, parts.join(" · "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chart(toml: &str, red: RedLine) -> Chart {
        let loaded = crate::load::load(toml);
        layout(loaded.plan.as_ref().expect("plan"), red, Lang::En)
    }

    const PLAN: &str = r#"
format = 1
[plan]
title = "T"
[[training]]
id = "a"
start = 2019-01-07
end = 2019-01-11
track = "schools"
[[phase]]
id = "b"
kind = "go-live"
date = 2019-03-01
track = "schools"
after = ["a"]
[[phase]]
id = "c"
kind = "setup"
start = 2019-01-02
end = "open"
track = "daycare"
after = ["b"]
[[phase]]
id = "d"
kind = "setup"
date = "tbd"
track = "daycare"
[[revision]]
revision = "2"
date = 2019-01-01
shift = { months = 2, from = 2019-02-01 }
"#;

    #[test]
    fn lanes_follow_the_tracks_and_rows_go_in_date_order() {
        let c = chart(PLAN, RedLine::FromPlan);
        let lanes: Vec<&str> = c.lanes.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(lanes, ["Schools", "Day-care"], "the well-known tracks by name");
        let ids: Vec<&str> = c.rows.iter().map(|r| r.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "c", "d"]);
        assert!(c.rows.windows(2).all(|w| w[0].y < w[1].y));
    }

    #[test]
    fn shapes_follow_the_kind_and_the_dates() {
        let c = chart(PLAN, RedLine::Off);
        let axis = c.axis.expect("axis");
        assert_eq!(axis.from, NaiveDate::from_ymd_opt(2019, 1, 1).unwrap());
        let shape = |id: &str| c.rows.iter().find(|r| r.id == id).unwrap().shape;
        let Shape::Bar { x0, x1 } = shape("a") else { panic!("a bar") };
        assert!((x1 - x0 - 5.0 * axis.per_day).abs() < 1e-9, "five days wide");
        assert!(matches!(shape("b"), Shape::Diamond { bar: None, .. }));
        assert!(matches!(shape("c"), Shape::Open { x1, .. } if (x1 - axis.x1()).abs() < 1e-9));
        assert_eq!(shape("d"), Shape::Tbd);
    }

    #[test]
    fn the_red_line_defaults_to_the_latest_shift_and_shows_the_delay() {
        let c = chart(PLAN, RedLine::FromPlan);
        let red = c.red_line.expect("red line");
        assert_eq!(red.date, NaiveDate::from_ymd_opt(2019, 2, 1).unwrap());
        let (to, text) = red.delay.expect("delay");
        let axis = c.axis.unwrap();
        assert!((to - axis.x(NaiveDate::from_ymd_opt(2019, 4, 1).unwrap())).abs() < 1e-9);
        assert_eq!(text, "moved by 2 months (revision 2)");
        assert!(chart(PLAN, RedLine::Off).red_line.is_none());
        let at = chart(PLAN, RedLine::At(NaiveDate::from_ymd_opt(2019, 1, 15).unwrap())).red_line.unwrap();
        assert!(at.delay.is_none());
    }

    #[test]
    fn arrows_join_dependencies_and_mark_the_late_ones() {
        let c = chart(PLAN, RedLine::Off);
        let pairs: Vec<(&str, &str, bool)> =
            c.arrows.iter().map(|a| (a.from.as_str(), a.to.as_str(), a.late)).collect();
        // c starts on 2 January, before b (1 March) is over: late.
        assert_eq!(pairs, [("a", "b", false), ("b", "c", true)]);
        let a_to_b = &c.arrows[0];
        assert!(a_to_b.points.first().unwrap().0 < a_to_b.points.last().unwrap().0);
    }

    #[test]
    fn every_name_stays_inside_the_picture() {
        let c = chart(PLAN, RedLine::FromPlan);
        for r in &c.rows {
            let w = text_width(&r.name);
            let (left, right) =
                if r.label.anchor_end { (r.label.x - w, r.label.x) } else { (r.label.x, r.label.x + w) };
            assert!(left >= 0.0 && right <= c.width, "{}: {left}..{right} of {}", r.id, c.width);
        }
    }

    #[test]
    fn a_plan_with_nothing_dated_has_no_axis_but_every_row() {
        let c = chart("format = 1\n[[phase]]\nid = \"x\"\ndate = \"tbd\"\n", RedLine::FromPlan);
        assert!(c.axis.is_none());
        assert_eq!(c.rows.len(), 1);
        assert_eq!(c.lanes[0].name, "(no track)");
    }
}
