//! `show timeline`: every activity in date order, and a text Gantt chart with weeks or months
//! as columns, fitted to the width; what is not dated yet is listed apart.

use std::fmt::Write as _;

use chrono::{Datelike, Months, NaiveDate};
use serde_json::Value;

use super::{View, col};
use crate::follow::Wait;
use crate::i18n::{Lang, Text};
use crate::plan::{Keyword, Plan, PlanDate, Timing};

/// One dated row of the chart: from the earliest day it may start to the latest it may end
/// (none: it runs on), and the days it surely runs (from its latest start to its earliest end),
/// when there are any.
struct Bar<'a> {
    id: &'a str,
    from: NaiveDate,
    to: Option<NaiveDate>,
    sure: Option<(NaiveDate, NaiveDate)>,
    milestone: bool,
}

/// The timeline of `plan`; `width` is the terminal's (or 100 when there is none).
#[must_use]
pub fn report(plan: &Plan, width: usize, lang: Lang) -> View {
    with_national(plan, width, lang, &[])
}

/// One row of the timeline: an activity of the plan, or one of a followed plan it waits for.
struct Entry<'a> {
    id: &'a str,
    name: Option<&'a str>,
    kind: &'a str,
    track: Option<&'a str>,
    start: PlanDate,
    end: Option<PlanDate>,
    after: Vec<&'a str>,
    milestone: bool,
    /// The plan's own part and kind of task, where it has them.
    grouping: Vec<Value>,
    /// Its recorded status and the day it was held (`None`: a followed plan's).
    status: Option<crate::plan::Status>,
    done_on: Option<NaiveDate>,
}

/// The timeline of `plan` with the activities of followed plans it waits for (`national`),
/// each under its qualified id (`kombit:wave-15-rollout`), in date order with the plan's own.
#[must_use]
pub fn with_national(plan: &Plan, width: usize, lang: Lang, national: &[Wait]) -> View {
    let mut columns = vec![col("id", "col-activity").own(), col("name", "col-name").ids_only()];
    columns.extend(super::grouping_columns(plan));
    columns.extend([
        col("kind", "col-kind").choice("phase-kind"),
        col("track", "col-track").track(),
        col("start", "col-start").dates(),
        col("end", "col-end").dates(),
        col("after", "col-after").names(),
        col("status", "col-status").words(super::status_message),
        col("done_on", "col-done-on").dates().sheets_only(),
    ]);
    let mut r = View::new(lang, lang.text("report-timeline"), &columns).naming(plan).naming_national(national);
    let mut entries: Vec<Entry<'_>> = Vec::new();
    for a in plan.activities() {
        let Some(timing) = a.timing else {
            entries.push(Entry {
                id: &a.id.value,
                name: a.name.map(|n| n.value.as_str()),
                kind: plan.kind_of(&a).word(),
                track: a.track.map(|t| t.value.as_str()),
                start: PlanDate::Tbd,
                end: None,
                after: a.after.iter().map(|x| x.value.as_str()).collect(),
                milestone: false,
                grouping: super::grouping_cells(plan, &a),
                status: Some(a.status),
                done_on: a.done_on,
            });
            continue;
        };
        let end = match timing {
            Timing::On(_) => None,
            Timing::Between { end, .. } => Some(end.value.clone()),
        };
        entries.push(Entry {
            id: &a.id.value,
            name: a.name.map(|n| n.value.as_str()),
            kind: plan.kind_of(&a).word(),
            track: a.track.map(|t| t.value.as_str()),
            start: timing.start().value.clone(),
            end,
            after: a.after.iter().map(|x| x.value.as_str()).collect(),
            milestone: one_day(plan.kind_of(&a).word(), matches!(timing, Timing::On(_)), &timing.start().value),
            grouping: super::grouping_cells(plan, &a),
            status: Some(a.status),
            done_on: a.done_on,
        });
    }
    for w in national {
        let Some(start) = w.start.clone() else { continue };
        let milestone = one_day(w.kind.unwrap_or_default(), w.end.is_none(), &start);
        entries.push(Entry {
            id: &w.id,
            name: w.name.as_deref(),
            kind: w.kind.unwrap_or_default(),
            // Under its plan's short name, as `status` shows it: not one of the plan's tracks.
            track: crate::plan::qualified(&w.id).map(|(plan, _)| plan),
            start,
            end: w.end.clone(),
            after: Vec::new(),
            milestone,
            grouping: super::grouping_columns(plan).iter().map(|_| Value::Null).collect(),
            status: None,
            done_on: None,
        });
    }
    let mut dated: Vec<(NaiveDate, &Entry<'_>)> = Vec::new();
    let mut undated: Vec<&Entry<'_>> = Vec::new();
    for e in &entries {
        match e.start.earliest() {
            Some(d) => dated.push((d, e)),
            None => undated.push(e),
        }
    }
    dated.sort_by_key(|(d, e)| (*d, e.end.as_ref().unwrap_or(&e.start).latest()));
    // A row for every activity: the dated in date order, then those not dated yet.
    for e in dated.iter().map(|(_, e)| *e).chain(undated.iter().copied()) {
        let mut cells = vec![e.id.into(), e.name.map_or(Value::Null, Value::from)];
        cells.extend(e.grouping.iter().cloned());
        cells.extend([
            e.kind.into(),
            e.track.map_or(Value::Null, Value::from),
            super::date_cell(&e.start),
            e.end.as_ref().map_or(Value::Null, super::date_cell),
            e.after.iter().map(|&x| Value::from(x)).collect::<Vec<_>>().into(),
            e.status.map_or(Value::Null, |s| s.word().into()),
            e.done_on.map_or(Value::Null, |d| super::date_cell(&PlanDate::Day(d))),
        ]);
        r.row(cells);
    }
    let mut bars = Vec::new();
    for (from, e) in &dated {
        let end = e.end.as_ref().unwrap_or(&e.start);
        let to = match end {
            PlanDate::Open => None,
            other => Some(other.latest().unwrap_or(*from)),
        };
        let sure_end = if *end == PlanDate::Open { Some(NaiveDate::MAX) } else { end.as_end().map(|(first, _)| first) };
        let sure = e.start.as_start().map(|(_, last)| last).zip(sure_end).filter(|(a, z)| a <= z);
        bars.push(Bar {
            id: e.name.filter(|n| !n.trim().is_empty()).unwrap_or(e.id),
            from: *from,
            to,
            sure,
            milestone: e.milestone,
        });
    }
    r.picture = gantt(&bars, width, lang);
    r
}

/// The columns of a chart: each a span of days, with a header letter.
struct Columns {
    starts: Vec<NaiveDate>,
    end: NaiveDate,
    /// What one column is: "a week", "a month", "3 months".
    unit: Text,
}

impl Columns {
    /// Weeks when they fit, else months, else several months a column.
    fn fitting(from: NaiveDate, to: NaiveDate, room: usize) -> Self {
        let monday = from - chrono::Days::new(u64::from(from.weekday().num_days_from_monday()));
        let weeks = usize::try_from((to - monday).num_days() / 7 + 1).unwrap_or(usize::MAX);
        if weeks <= room {
            let starts = (0..weeks).map(|i| monday + chrono::Days::new(7 * i as u64)).collect();
            return Self { starts, end: to, unit: Text::id("timeline-week") };
        }
        let first = from.with_day(1).unwrap_or(from);
        let months = usize::try_from(
            (to.year() - first.year()) * 12 + i32::try_from(to.month()).unwrap_or(12)
                - i32::try_from(first.month()).unwrap_or(1)
                + 1,
        )
        .unwrap_or(1);
        let step = months.div_ceil(room.max(1)).max(1);
        let starts = (0..months.div_ceil(step))
            .filter_map(|i| first.checked_add_months(Months::new(u32::try_from(i * step).ok()?)))
            .collect();
        let unit = Text::id("timeline-months").arg("count", step);
        Self { starts, end: to, unit }
    }

    fn span(&self, i: usize) -> (NaiveDate, NaiveDate) {
        let last = self.starts.get(i + 1).map_or(self.end, |next| next.pred_opt().unwrap_or(*next));
        (self.starts[i], last.max(self.starts[i]))
    }

    /// Two header lines: each year over its first column (January, or the first column when
    /// there is room before the next January), and each month's initial where it starts.
    fn header(&self) -> (String, String) {
        const INITIALS: [char; 12] = ['J', 'F', 'M', 'A', 'M', 'J', 'J', 'A', 'S', 'O', 'N', 'D'];
        let n = self.starts.len();
        let mut months = Vec::with_capacity(n);
        let mut last = None;
        for d in &self.starts {
            months.push(if last == Some(d.month()) { ' ' } else { INITIALS[d.month0() as usize] });
            last = Some(d.month());
        }
        let mut years = vec![' '; n];
        let first_of_year: Vec<usize> =
            (0..n).filter(|&i| i > 0 && self.starts[i].year() != self.starts[i - 1].year()).collect();
        let mut labels: Vec<usize> = Vec::new();
        if first_of_year.first().is_none_or(|&j| j >= 5) {
            labels.push(0);
        }
        labels.extend(&first_of_year);
        let mut free = 0;
        for i in labels {
            let text = self.starts[i].year().to_string();
            // A year with no room for its number is left unnamed rather than cut to a digit.
            if i >= free && i + text.len() <= n {
                years.splice(i..i + text.len(), text.chars());
                free = i + text.len() + 1;
            }
        }
        (years.into_iter().collect::<String>().trim_end().to_owned(), months.into_iter().collect())
    }
}

/// Whether an activity of `kind` with one date (`one`) starting `start` is drawn as a diamond,
/// as the SVG chart draws it: a go-live or milestone, or any other step on one day. A task dated
/// vaguely with one date ("maj/juni 2019") runs somewhere in it: a bar; a course, a bar.
fn one_day(kind: &str, one: bool, start: &PlanDate) -> bool {
    one && kind != "training" && (matches!(kind, "go-live" | "milestone") || matches!(start, PlanDate::Day(_)))
}

/// The widest label of the text Gantt chart, in characters.
const LABEL: usize = 32;

/// A text Gantt chart: one line per dated activity, `█` where it surely runs, `▒` where it may
/// run (its dates are vague there), `◆` for a one-day phase (`◇` where a vague one may fall),
/// `…` where an open end runs on, and `!` where an activity that ends before it starts starts.
/// The legend is the last line.
fn gantt(bars: &[Bar<'_>], width: usize, lang: Lang) -> Option<String> {
    let from = bars.iter().map(|b| b.from).min()?;
    let to = bars.iter().map(|b| b.to.unwrap_or(b.from).max(b.from)).max()?;
    let label = bars.iter().map(|b| b.id.chars().count()).max().unwrap_or(0).min(LABEL);
    let room = width.saturating_sub(label + 3).max(12);
    let cols = Columns::fitting(from, to, room);
    let (years, months) = cols.header();
    let mut out = format!("{:label$}   {years}\n{:label$}   {}\n", "", "", months.trim_end());
    let out_cols = cols.starts.len();
    let mut reversed = false;
    let mut vague = false;
    for b in bars {
        let id = crate::escape::shortened(b.id, label);
        let backwards = b.to.filter(|t| *t < b.from);
        reversed |= backwards.is_some();
        let mut line = String::with_capacity(out_cols);
        for i in 0..out_cols {
            let (a, z) = cols.span(i);
            if backwards.is_some() {
                line.push(if a <= b.from && b.from <= z { '!' } else { '·' });
                continue;
            }
            let end = b.to.unwrap_or(cols.end);
            let on = b.from <= z && a <= end;
            let sure = b.sure.is_some_and(|(from, to)| from <= z && a <= to);
            vague |= on && !sure;
            line.push(match (on, b.milestone, b.to) {
                (true, true, _) if sure => '◆',
                (true, true, _) => '◇',
                (true, false, None) if i + 1 == out_cols => '…',
                (true, false, _) if sure => '█',
                (true, false, _) => '▒',
                (false, ..) => '·',
            });
        }
        let _ = writeln!(out, "{id:label$} │ {line}");
    }
    let legend = if reversed { "timeline-legend-reversed" } else { "timeline-legend" };
    let legend = Text::id(legend).arg("unit", cols.unit.clone()).arg("vague", if vague { "yes" } else { "no" });
    for line in wrapped(&legend.in_lang(lang), width.saturating_sub(label + 3).max(24)) {
        let _ = writeln!(out, "{:label$}   {line}", "");
    }
    Some(out)
}

/// `text` in lines of at most `room` characters, broken between words (a word longer than the
/// room stands alone).
fn wrapped(text: &str, room: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= room => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_owned()),
        }
    }
    lines
}
