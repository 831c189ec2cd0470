//! `aula-plan status`: where each activity stands on a given day — the project group's weekly
//! meeting view: what is done or cancelled, what is overdue (ended and not done), running,
//! coming up within a few weeks, later, or not dated yet, grouped by track.

use chrono::{Days, NaiveDate};
use serde_json::Value;

use super::{View, col};
use crate::follow::Wait;
use crate::i18n::{Arg, Lang, Text};
use crate::plan::{Activity, Plan, PlanDate, Status};

/// Where an activity stands, in the order the view lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum State {
    Done,
    Cancelled,
    Overdue,
    Running,
    /// Its dates are vague around the day asked about: it may have started, or may have ended.
    Possibly,
    Upcoming,
    Later,
    Undated,
    /// Its dates were past when its plan was written, and the plan does not say whether it was
    /// done: a national activity, or one of a plan older than the day asked about. Not overdue:
    /// "not recorded" is not "late".
    Ended,
    /// A followed (national) plan's activity whose dates are past: the municipality records
    /// nothing of it, so it is neither late nor unrecorded work of its own.
    Past,
}

impl State {
    /// The word the view and its JSON use.
    #[must_use]
    pub const fn word(self) -> &'static str {
        match self {
            Self::Done => "done",
            Self::Cancelled => "cancelled",
            Self::Overdue => "overdue",
            Self::Running => "running",
            Self::Possibly => "possibly-running",
            Self::Upcoming => "upcoming",
            Self::Later => "later",
            Self::Undated => "undated",
            Self::Ended => "ended",
            Self::Past => "past",
        }
    }

    /// The message id of the word.
    #[must_use]
    pub const fn message(self) -> &'static str {
        match self {
            Self::Done => "state-done",
            Self::Cancelled => "state-cancelled",
            Self::Overdue => "state-overdue",
            Self::Running => "state-running",
            Self::Possibly => "state-possibly-running",
            Self::Upcoming => "state-upcoming",
            Self::Later => "state-later",
            Self::Undated => "state-undated",
            Self::Ended => "state-ended",
            Self::Past => "state-past",
        }
    }

    /// The message id of a state's word as the view and its JSON write it.
    #[must_use]
    pub fn message_of(word: &str) -> Option<&'static str> {
        Self::ALL.iter().find(|s| s.word() == word).map(|s| s.message())
    }

    const ALL: [Self; 10] = [
        Self::Done,
        Self::Cancelled,
        Self::Overdue,
        Self::Running,
        Self::Possibly,
        Self::Upcoming,
        Self::Later,
        Self::Undated,
        Self::Ended,
        Self::Past,
    ];
}

/// Where `a` stands on `today`, with "upcoming" reaching `soon` ahead, in a plan written on
/// `written`: what had already ended then, and is not marked done, the plan does not record.
#[must_use]
pub fn state(a: &Activity<'_>, today: NaiveDate, soon: NaiveDate, written: Option<NaiveDate>) -> State {
    match a.status {
        Status::Done => return State::Done,
        Status::Cancelled => return State::Cancelled,
        Status::Planned => {}
    }
    let Some(timing) = a.timing else { return State::Undated };
    match dated(&timing.start().value, &timing.end().value, today, soon) {
        State::Overdue if written.is_some_and(|w| timing.end().value.latest().is_some_and(|end| end < w)) => {
            State::Ended
        }
        s => s,
    }
}

/// Where an activity from `start` to `end` stands on `today` by its dates alone. A vague date
/// is the days it may be: what surely ended is overdue, what surely started and has not surely
/// ended is running, and what may have started or may have ended is possibly running — never a
/// certainty the dates do not give.
fn dated(start: &PlanDate, end: &PlanDate, today: NaiveDate, soon: NaiveDate) -> State {
    let Some((starts, surely_started)) = start.as_start() else { return State::Undated };
    // An end not known yet runs from its start, and is overdue from nothing; `open` never ends.
    let (ends_soonest, ends_latest) = end.as_end().unwrap_or((NaiveDate::MAX, NaiveDate::MAX));
    if ends_latest < today {
        State::Overdue
    } else if surely_started <= today && today <= ends_soonest {
        State::Running
    } else if starts <= today {
        State::Possibly
    } else if starts <= soon {
        State::Upcoming
    } else {
        State::Later
    }
}

/// The status of every activity of `plan` on `today`; `weeks` ahead count as upcoming.
#[must_use]
pub fn report(plan: &Plan, today: NaiveDate, weeks: u32, lang: Lang) -> View {
    with_national(plan, today, weeks, lang, &[])
}

/// The status of every activity of `plan` on `today`, and of the activities of followed plans
/// it waits for (`national`), by their dates, under the followed plan's short name.
#[must_use]
pub fn with_national(plan: &Plan, today: NaiveDate, weeks: u32, lang: Lang, national: &[Wait]) -> View {
    let mut columns =
        vec![col("track", "col-track").track(), col("id", "col-activity").own(), col("name", "col-name").ids_only()];
    columns.extend(super::grouping_columns(plan));
    columns.extend([
        col("state", "col-state").words(State::message_of),
        col("start", "col-start").dates(),
        col("end", "col-end").dates(),
        col("done_on", "col-done-on").dates().sheets_only(),
    ]);
    let mut r = View::new(lang, Text::id("report-status").arg("today", Arg::Day(today)).in_lang(lang), &columns)
        .naming(plan)
        .naming_national(national);
    let written = plan.meta.date.as_ref().map(|d| d.value);
    let soon = today.checked_add_days(Days::new(u64::from(weeks) * 7)).unwrap_or(NaiveDate::MAX);
    // Tracks in the order the plan first uses them; activities without one last.
    let mut tracks: Vec<Option<&str>> = Vec::new();
    for a in plan.activities() {
        let t = a.track.map(|t| t.value.as_str());
        if !tracks.contains(&t) {
            tracks.push(t);
        }
    }
    tracks.sort_by_key(Option::is_none);
    let mut counts = [0usize; State::ALL.len()];
    let mut verdicts: Vec<String> = Vec::new();
    for track in tracks {
        let mut own = [0usize; State::ALL.len()];
        let mut rows: Vec<(State, Option<NaiveDate>, Activity<'_>)> = plan
            .activities()
            .filter(|a| a.track.map(|t| t.value.as_str()) == track)
            .map(|a| (state(&a, today, soon, written), a.timing.and_then(|t| t.start().value.earliest()), a))
            .collect();
        rows.sort_by_key(|(s, start, _)| (*s, *start));
        for (s, _, a) in rows {
            counts[s as usize] += 1;
            own[s as usize] += 1;
            let (start, end) = super::dates(a.timing);
            let mut cells = vec![
                track.map_or(Value::Null, Value::from),
                a.id.value.as_str().into(),
                a.name.map_or(Value::Null, |n| n.value.as_str().into()),
            ];
            cells.extend(super::grouping_cells(plan, &a));
            let done_on = a.done_on.map_or(Value::Null, |d| super::date_cell(&PlanDate::Day(d)));
            cells.extend([s.word().into(), start, end, done_on]);
            r.row(cells);
        }
        let verdict = super::verdict::of_track(plan, track.unwrap_or_default(), |s| own[s as usize], lang);
        let name =
            track.map_or_else(|| lang.text("steering-no-track"), |t| crate::i18n::track(t).in_lang(lang).into_owned());
        verdicts.push(Text::id("status-verdict").arg("track", name).arg("verdict", verdict).in_lang(lang).into_owned());
    }
    // The national activities the plan waits for, under the short name of their plan; not
    // counted with the plan's own.
    let mut rows: Vec<(State, &PlanDate, &Wait)> = national
        .iter()
        .filter_map(|w| {
            let start = w.start.as_ref()?;
            let s = match dated(start, w.end.as_ref().unwrap_or(start), today, soon) {
                State::Overdue => State::Past,
                s => s,
            };
            Some((s, start, w))
        })
        .collect();
    rows.sort_by_key(|(s, start, _)| (*s, start.earliest()));
    for (s, start, w) in rows {
        let plan_name = w.id.split(':').next().unwrap_or_default();
        let mut cells = vec![plan_name.into(), w.id.clone().into(), w.name.clone().map_or(Value::Null, Value::from)];
        cells.extend(super::grouping_columns(plan).iter().map(|_| Value::Null));
        r.row(
            cells
                .into_iter()
                .chain([
                    s.word().into(),
                    super::date_cell(start),
                    w.end.as_ref().map_or(Value::Null, super::date_cell),
                    Value::Null,
                ])
                .collect(),
        );
    }
    let summary: Vec<String> = State::ALL
        .iter()
        .zip(counts)
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| {
            let count = Text::id("status-count").arg("count", n).arg("state", Text::id(s.message()));
            count.arg("key", s.word()).in_lang(lang).into()
        })
        .collect();
    let line = Text::id("status-line")
        .arg("activities", Text::id("status-activities").arg("count", counts.iter().sum::<usize>()))
        .arg("counts", summary.join(", "))
        .arg("weeks", Text::id("count-weeks").arg("count", weeks))
        .arg("today", Arg::Day(today));
    r.note(line.in_lang(lang));
    for v in verdicts {
        r.note(v);
    }
    r
}
