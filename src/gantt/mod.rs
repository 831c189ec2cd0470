//! `aula-plan gantt`: the timeline as a picture. The layout is worked out here, once, in SVG
//! user units (pixels); [`svg`] draws it and [`html`] puts it in a page.
//!
//! Top to bottom: a header (title, revision, legend), the red line's label and the delay
//! arrow, the month and week axis, then a swimlane per track with a row per activity, and a
//! footer naming the closed periods. Left to right: the dated part, then a column for what is
//! not dated yet. Each activity's name stands beside its bar (after it when there is room,
//! else before it, else on it).

mod bars;
mod chart;
pub mod html;
pub mod overview;
mod placing;
pub mod svg;

use bars::{End, When, closed_bands, row};
pub use chart::*;
pub use placing::tbd_marker;
use placing::{arrows, place_label};

use chrono::{Datelike, NaiveDate};

use crate::follow::{self, Following};
use crate::i18n::{self, Lang, Text};
use crate::plan::date::Step;
use crate::plan::{Activity, EntityKind, Keyword, PhaseKind, Plan, PlanDate, Status, qualified};

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
            let name = revision.revision.as_ref().map(|r| r.value.to_string());
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
    // Two followed plans of one owner (KOMBIT's schools' plan and its day-care waves) are told
    // apart by their titles.
    let called_of = |name: &str| following.get(name).and_then(|f| f.plan()).and_then(follow::called);
    let shared = |name: &str| followed.iter().filter(|other| called_of(other) == called_of(name)).count() > 1;
    for &name in &followed {
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
        let title = following.get(name).and_then(|f| f.plan()).and_then(|p| p.meta.title.as_ref());
        let mut text = follow::national_plan(called_of(name).unwrap_or(name));
        if let Some(title) = title.filter(|_| shared(name)) {
            text = Text::id("national-plan-titled").arg("plan", text).arg("title", title.value.as_str());
        }
        let name = text.in_lang(lang).into_owned();
        lanes.push(Lane { name, y: top, height: y - top });
    }
    let mut parts = Vec::new();
    for name in lane_names {
        let top = y;
        y += ROW;
        let mut members: Vec<&(Activity<'_>, When)> =
            activities.iter().filter(|(a, _)| a.track.map_or(NO_TRACK, |t| t.value.as_str()) == name).collect();
        // By the plan's parts in their order (those of none last), then dated in date order,
        // then what is not dated yet in file order.
        let part_of = |a: &Activity<'_>| {
            a.part.and_then(|p| plan.lookup(&p.value)).filter(|r| r.kind == EntityKind::Part).map(|r| r.index)
        };
        members.sort_by_key(|(a, w)| {
            let when = match w {
                When::Tbd => (1, None, None),
                When::Dated { first, .. } => (0, Some(*first), w.last_shown()),
            };
            (part_of(a).map_or((1, 0), |i| (0, i)), when)
        });
        let mut heading: Option<(Option<usize>, usize)> = None;
        for (a, when) in members {
            let part = part_of(a);
            if part.is_some() && heading.is_none_or(|(p, _)| p != part) {
                let name = part.map(|i| plan.called(crate::plan::EntityRef { kind: EntityKind::Part, index: i }));
                parts.push(PartHeading { name: name.unwrap_or_default().to_owned(), y, span: None });
                heading = Some((part, parts.len() - 1));
                y += ROW;
            }
            let bar = row(plan, a, *when, axis.as_ref(), y, lang);
            if let Some((_, i)) = heading.filter(|(p, _)| *p == part) {
                let (x0, x1) = placing::edges(&bar, tbd_x);
                let span = parts[i].span.get_or_insert((x0, x1));
                *span = (span.0.min(x0), span.1.max(x1));
            }
            rows.push(bar);
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
        let label = lang.text_with("gantt-red-line", &[("date", date.into())]);
        Some(RedLineMark { date, x, delay, label })
    });
    let closed = axis.as_ref().map_or_else(Vec::new, |axis| closed_bands(plan, axis, lang));
    if let Some((to, text)) = red_line.as_ref().and_then(|r| r.delay.as_ref()) {
        widest = widest.max(to + 6.0 + text_width(text));
    }

    let mut legend: Vec<LegendItem> = Vec::new();
    for &(_, kind) in PhaseKind::ALL {
        if rows.iter().any(|r| r.kind == kind && r.colour.is_none()) {
            legend.push(LegendItem::Kind(kind));
        }
    }
    // The plan's own kinds of task with a colour, those its activities use, in its order.
    let categories: Vec<(String, String)> = plan
        .categories
        .iter()
        .filter_map(|c| Some((plan.called_by_id(&c.id.value).to_owned(), c.colour.as_ref()?.value.to_string())))
        .filter(|(_, colour)| rows.iter().any(|r| r.colour.as_ref() == Some(colour)))
        .collect();
    legend.extend((0..categories.len()).map(LegendItem::Category));
    let any = |f: fn(&Bar) -> bool| rows.iter().any(f);
    if any(|r| r.sure.is_some()) {
        legend.push(LegendItem::Vague);
    }
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
        today_label: TodayLabel::default(),
        closed,
        legend,
        categories,
        parts,
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
    match (&plan.meta.revision, plan.version_date()) {
        (Some(r), Some(d)) => {
            Some(lang.text_with("gantt-revision-of", &[("revision", (&r.value).into()), ("date", d.into())]))
        }
        (Some(r), None) => Some(lang.text_with("gantt-revision", &[("revision", (&r.value).into())])),
        (None, Some(d)) => Some(lang.text_with("gantt-as-of", &[("date", d.into())])),
        (None, None) => None,
    }
}

/// The heading: title and municipality; then revision, date and how much is dated.
fn titles(plan: &Plan, rows: &[Bar], lang: Lang) -> (String, String) {
    let m = &plan.meta;
    let mut title = m.title.as_ref().map_or_else(|| lang.text("gantt-title"), |t| t.value.to_string());
    if let Some(municipality) = &m.municipality {
        title.push_str(" — ");
        title.push_str(&municipality.value);
    }
    let mut parts: Vec<String> = version(plan, lang).into_iter().collect();
    parts.push(counted(rows, lang));
    (title, parts.join(" · "))
}

#[cfg(test)]
mod tests;
