//! `move ID (--to DATE | --days N | --weeks N | --months N)`: one activity moved whole (a closed
//! period of the calendar is [`super::closed`]'s to move), its
//! length kept in its own granularity — a span of days keeps as many working days and starts on
//! a working day, a span of weeks or months as many weeks or months — by the same code as
//! `shift`'s repairs. A done or pinned activity moves only with `force`. What waits for it is
//! the command line's to check: the edited plan must not gain a `dependency-order` or
//! `trainer-trained-late` finding (or, with `--with-dependents`, `reschedule` moves those).

use chrono::NaiveDate;

use super::verify::{self, Change};
use super::{Record, RecordError, activity};
use crate::diff::FieldValue;
use crate::edit::Splices;
use crate::i18n::{Arg, Text};
use crate::plan::date::Step;
use crate::plan::{Plan, PlanDate, Status, Timing};
use crate::shift::replacement;

/// Where to: a date of the activity's own kind for its start, or a step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    To(PlanDate),
    By(Step),
}

/// Moves activity `id` to `target`.
///
/// # Errors
/// An unknown id; a done or pinned activity without `force`; one with no date to move; a
/// target of another kind than its start; a date out of the years the tool computes with.
pub fn record(plan: &Plan, source: &str, id: &str, target: Target, force: bool) -> Result<Record, RecordError> {
    let a = match activity(plan, source, id) {
        Ok(a) => a,
        Err(RecordError::Unknown { .. }) if let Some(at) = super::closed::position(plan, id) => {
            return super::closed::record(plan, source, (at, id), target, force);
        }
        Err(RecordError::Unknown { id, suggestion, .. }) => {
            let periods = plan.calendar.closed.iter().filter_map(|c| c.id.as_ref()).map(|i| i.value.as_str());
            let suggestion = suggestion.or_else(|| crate::suggest::closest(&id, periods).map(|p| format!("`{p}`")));
            return Err(RecordError::Unknown { id, what: "record-what-movable", suggestion });
        }
        Err(e) => return Err(e),
    };
    if !force && a.status == Status::Done {
        return Err(RecordError::Fixed { id: id.to_owned(), why: "record-why-done" });
    }
    if !force && a.pinned {
        return Err(RecordError::Fixed { id: id.to_owned(), why: "record-why-pinned" });
    }
    let not_dated = || RecordError::NotDated { id: id.to_owned() };
    let timing = a.timing.ok_or_else(not_dated)?;
    let spanned: Vec<_> = match timing {
        Timing::On(d) => vec![d],
        Timing::Between { start, end } => vec![start, end],
    };
    let start = spanned[0].value.clone();
    let first: NaiveDate = start.earliest().ok_or_else(not_dated)?;
    let by_step = matches!(target, Target::By(_));
    let step = match target {
        Target::By(step) => step,
        Target::To(to) => start.step_to(&to).ok_or_else(|| RecordError::OtherKind {
            id: id.to_owned(),
            start: start.clone(),
            to: to.clone(),
        })?,
    };
    let out = || RecordError::OutOfRange { id: id.to_owned() };
    let old: Vec<PlanDate> = spanned.iter().map(|d| d.value.clone()).collect();
    if by_step && let Some((d, tie)) = old.iter().find_map(|d| d.tie().map(|t| (d, t))) {
        return Err(RecordError::Tied { id: id.to_owned(), start: d.clone(), period: tie.period.to_string() });
    }
    let stepped: Vec<PlanDate> =
        old.iter().map(|d| d.moved_by(step).map(|m| m.date)).collect::<Option<_>>().ok_or_else(out)?;
    let earliest = stepped[0].earliest().unwrap_or(first);
    let new = crate::shift::order::whole(plan, &old, &stepped, earliest).ok_or_else(out)?;
    let mut splices = Splices::default();
    for (d, new) in spanned.iter().zip(&new) {
        if d.value != *new {
            let raw = &source[d.span.start()..d.span.end()];
            splices.push(d.span, replacement(raw, &d.value, new));
        }
    }
    if splices.is_empty() && by_step && step.amount() != 0 {
        return Err(RecordError::TooSmall { id: id.to_owned(), start: old[0].clone(), step });
    }
    let changes = vec![moved(id, &old, &new)];
    let keys: &[&str] = match timing {
        Timing::On(_) => &["date"],
        Timing::Between { .. } => &["start", "end"],
    };
    let meant: Vec<Change> =
        keys.iter().zip(&new).map(|(k, d)| Change::of(a.entity, k, Some(FieldValue::Date(d.clone())))).collect();
    Ok(Record { splices, changes, warnings: Vec::new(), meant: verify::exactly(plan, &meant) })
}

/// `move --with-dependents`: the activities `waiting` (those the move left starting too early)
/// moved as `reschedule` moves them, and what each of those moves leaves too early in turn, in
/// one pass however long the chain, as splices of the moved plan's `text`, with the words for
/// each. Other activities that start too early were so before the move, and stay as they are.
///
/// # Errors
/// When a date would move out of the years the tool computes with.
pub fn follow_on(
    plan: &Plan,
    text: &str,
    following: &crate::follow::Following,
    waiting: &[String],
) -> Result<(Splices, Vec<Text>), crate::shift::ShiftError> {
    let seeds: std::collections::HashSet<&str> = waiting.iter().map(String::as_str).collect();
    let options = crate::reschedule::Options::default();
    let done = crate::reschedule::reschedule_from(plan, text, following, options, &seeds)?;
    let mut splices = Splices::default();
    let mut said = Vec::new();
    for m in &done.shift.moves {
        for d in m.dates.iter().filter(|d| d.changed()) {
            splices.push(d.span, replacement(&text[d.span.start()..d.span.end()], &d.old, &d.new));
        }
        let (old, new): (Vec<PlanDate>, Vec<PlanDate>) = m.dates.iter().map(|d| (d.old.clone(), d.new.clone())).unzip();
        said.push(moved(&m.id, &old, &new));
    }
    Ok((splices, said))
}

/// "`id` moved from OLD to NEW", each a date or a start – end, in the reader's words.
pub(super) fn moved(id: &str, old: &[PlanDate], new: &[PlanDate]) -> Text {
    let span = |dates: &[PlanDate]| match dates {
        [a, b, ..] => Arg::from(Text::id("record-date-span").arg("start", a).arg("end", b)),
        [d] => Arg::from(d),
        [] => Arg::from(""),
    };
    Text::id("record-moved").arg("id", id).arg("was", span(old)).arg("now", span(new))
}
