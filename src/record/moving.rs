//! `move ID (--to DATE | --days N | --weeks N | --months N)`: one activity moved whole, its
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
use crate::i18n::Text;
use crate::plan::date::Step;
use crate::plan::{Plan, PlanDate, Status, Timing};
use crate::shift::replacement;

/// Where to: a date of the activity's own kind for its start, or a step.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    let a = activity(plan, source, id)?;
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
    let start = spanned[0].value;
    let first: NaiveDate = start.first_day().ok_or_else(not_dated)?;
    let step = match target {
        Target::By(step) => step,
        Target::To(to) => step_to(start, to).ok_or_else(|| RecordError::OtherKind {
            id: id.to_owned(),
            start: start.to_string(),
            to: to.to_string(),
        })?,
    };
    let out = || RecordError::OutOfRange { id: id.to_owned() };
    let old: Vec<PlanDate> = spanned.iter().map(|d| d.value).collect();
    let stepped: Vec<PlanDate> =
        old.iter().map(|d| d.moved_by(step).map(|m| m.date)).collect::<Option<_>>().ok_or_else(out)?;
    let earliest = stepped[0].first_day().unwrap_or(first);
    let new = crate::shift::order::whole(plan, &old, &stepped, earliest).ok_or_else(out)?;
    let mut splices = Splices::default();
    for (d, new) in spanned.iter().zip(&new) {
        if d.value != *new {
            let raw = &source[d.span.start..d.span.end];
            splices.push(d.span, replacement(raw, d.value, *new));
        }
    }
    let changes = vec![moved(id, &old, &new)];
    let keys: &[&str] = match timing {
        Timing::On(_) => &["date"],
        Timing::Between { .. } => &["start", "end"],
    };
    let meant: Vec<Change> =
        keys.iter().zip(&new).map(|(k, d)| Change::of(a.entity, k, Some(FieldValue::Date(*d)))).collect();
    Ok(Record { splices, changes, meant: verify::exactly(plan, &meant) })
}

/// `move --with-dependents`: of what `reschedule` would move in the moved plan (`text`), the
/// moves of the activities `waiting` (those the move left starting too early), as splices of
/// `text`, with the words for each. Other activities that start too early were so before the
/// move, and stay as they are.
///
/// # Errors
/// When a date would move out of the years the tool computes with.
pub fn follow_on(
    plan: &Plan,
    text: &str,
    following: &crate::follow::Following,
    waiting: &[String],
) -> Result<(Splices, Vec<Text>), crate::shift::ShiftError> {
    let done = crate::reschedule::reschedule(plan, text, following, crate::reschedule::Options::default())?;
    let mut splices = Splices::default();
    let mut said = Vec::new();
    for m in done.shift.moves.iter().filter(|m| waiting.contains(&m.id)) {
        for d in m.dates.iter().filter(|d| d.changed()) {
            splices.push(d.span, replacement(&text[d.span.start..d.span.end], d.old, d.new));
        }
        let (old, new): (Vec<PlanDate>, Vec<PlanDate>) = m.dates.iter().map(|d| (d.old, d.new)).unzip();
        said.push(moved(&m.id, &old, &new));
    }
    Ok((splices, said))
}

/// "`id` moved from OLD to NEW", each a date or a start – end.
fn moved(id: &str, old: &[PlanDate], new: &[PlanDate]) -> Text {
    let span = |dates: &[PlanDate]| dates.iter().map(ToString::to_string).collect::<Vec<_>>().join(" – ");
    Text::id("record-moved").arg("id", id).arg("was", span(old)).arg("now", span(new))
}

/// The step from `start` to `to`, in `start`'s own granularity: whole days, weeks or months
/// between two dates of the same kind; for a week or month start and a day, the first week or
/// month that holds it. `None` for a day start and a week or month (which day?).
fn step_to(start: PlanDate, to: PlanDate) -> Option<Step> {
    let n = |x: i64| i32::try_from(x).ok();
    match (start, to) {
        (PlanDate::Day(_), PlanDate::Day(_)) => start.units_until(to).and_then(n).map(Step::Days),
        (PlanDate::Week { .. }, PlanDate::Week { .. }) => start.units_until(to).and_then(n).map(Step::Weeks),
        (PlanDate::Month { .. }, PlanDate::Month { .. }) => start.units_until(to).and_then(n).map(Step::Months),
        (PlanDate::Week { .. }, PlanDate::Day(d)) => {
            let monday = d - chrono::Days::new(u64::from(chrono::Datelike::weekday(&d).num_days_from_monday()));
            start.first_day().and_then(|f| n((monday - f).num_days() / 7)).map(Step::Weeks)
        }
        (PlanDate::Month { year, month }, PlanDate::Day(d)) => {
            let months = (i64::from(chrono::Datelike::year(&d)) - i64::from(year)) * 12
                + i64::from(chrono::Datelike::month(&d))
                - i64::from(month);
            n(months).map(Step::Months)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> PlanDate {
        PlanDate::Day(NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap())
    }

    #[test]
    fn the_step_to_a_date_is_in_the_start_s_own_granularity() {
        let w = |year, week| PlanDate::Week { year, week };
        assert_eq!(step_to(day("2019-02-18"), day("2019-03-04")), Some(Step::Days(14)));
        assert_eq!(step_to(w(2019, 41), w(2019, 45)), Some(Step::Weeks(4)));
        assert_eq!(step_to(w(2019, 41), day("2019-11-06")), Some(Step::Weeks(4)));
        assert_eq!(step_to(PlanDate::Month { year: 2019, month: 10 }, day("2020-01-15")), Some(Step::Months(3)));
        assert_eq!(step_to(day("2019-02-18"), w(2019, 45)), None);
    }
}
