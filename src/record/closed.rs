//! `move PLAN ID` of a closed period of the calendar (`move plan.toml efterarsferie-2019
//! --weeks 1`, when the municipality sets its autumn holiday a week later): its first and last
//! day moved by the same step, in calendar days, and with it every date tied to it (`"after
//! efterarsferie-2019"`), which follows by itself as the plan is read. A done or pinned
//! activity tied to it is not moved without `force`.

use super::moving::{Target, moved};
use super::verify::{self, Change, Place};
use super::{Record, RecordError};
use crate::diff::FieldValue;
use crate::edit::Splices;
use crate::i18n::Text;
use crate::plan::date::Tie;
use crate::plan::{EntityRef, Plan, PlanDate, Status};
use crate::shift::replacement;

/// The closed period with id `id`, by its place in the calendar.
#[must_use]
pub fn position(plan: &Plan, id: &str) -> Option<usize> {
    plan.calendar.closed.iter().position(|c| c.id.as_ref().is_some_and(|i| i.value == id))
}

/// Moves closed period `index` (whose id is `id`) to `target`.
///
/// # Errors
/// A period with no days to move; a target of another kind than a day; a day out of the years
/// the tool computes with; a done or pinned activity tied to it, without `force`.
pub fn record(
    plan: &Plan,
    source: &str,
    (index, id): (usize, &str),
    target: Target,
    force: bool,
) -> Result<Record, RecordError> {
    let c = &plan.calendar.closed[index];
    let not_dated = || RecordError::PeriodNotDated { id: id.to_owned() };
    let (Some(start), Some(end)) = (&c.start, &c.end) else { return Err(not_dated()) };
    if !matches!((&start.value, &end.value), (PlanDate::Day(_), PlanDate::Day(_))) {
        return Err(not_dated());
    }
    let step = match target {
        Target::By(step) => step,
        Target::To(to) => start.value.step_to(&to).ok_or_else(|| RecordError::OtherKind {
            id: id.to_owned(),
            start: start.value.clone(),
            to: to.clone(),
        })?,
    };
    let old = [start.value.clone(), end.value.clone()];
    let new: Vec<PlanDate> = old
        .iter()
        .map(|d| d.moved_by(step).map(|m| m.date))
        .collect::<Option<_>>()
        .ok_or_else(|| RecordError::OutOfRange { id: id.to_owned() })?;
    let mut changes = vec![moved(id, &old, &new)];
    // Every date tied to the period, under its key.
    let mut tied: Vec<(EntityRef, &'static str, Tie)> = Vec::new();
    for a in plan.activities() {
        let own: Vec<(&'static str, Tie)> = a
            .timing
            .iter()
            .flat_map(|t| t.keyed())
            .filter_map(|(key, d)| d.value.tie().filter(|t| &*t.period == id).map(|t| (key, t.clone())))
            .collect();
        let Some((_, first)) = own.first() else { continue };
        if !force && (a.status == Status::Done || a.pinned) {
            let why = if a.pinned { "record-why-pinned" } else { "record-why-done" };
            return Err(RecordError::Fixed { id: a.id.value.to_string(), why });
        }
        let written = PlanDate::Tied(first.clone()).to_string();
        changes.push(Text::id("record-tied-moves").arg("id", a.id.value.as_str()).arg("date", written));
        tied.extend(own.into_iter().map(|(key, tie)| (a.entity, key, tie)));
    }
    let mut splices = Splices::default();
    for (d, new) in [start, end].into_iter().zip(&new) {
        splices.push(d.span, replacement(&source[d.span.start()..d.span.end()], &d.value, new));
    }
    let meant: Vec<Change> = ["start", "end"]
        .iter()
        .zip(&new)
        .map(|(k, d)| Change {
            place: Place::Closed(index),
            key: (*k).to_owned(),
            value: Some(FieldValue::Date(d.clone())),
        })
        .collect();
    // The tied dates read the days the moved period gives them.
    let read = move |after: &Plan| {
        tied.iter()
            .map(|(entity, key, tie)| {
                let (name, days) = after.tie_days(tie.side, &tie.period).unwrap_or_default();
                let date = PlanDate::Tied(Tie { name, days, ..tie.clone() });
                Change::of(*entity, key, Some(FieldValue::Date(date)))
            })
            .collect()
    };
    Ok(Record { splices, changes, warnings: Vec::new(), meant: verify::exactly_and(plan, &meant, read) })
}
