//! The texts users read about a shift: the table of moves, the notes on single dates and on
//! activities left alone, and the one-line summary.

use chrono::Datelike;
use comfy_table::Table;

use super::{DateMove, Move, Shift};
use crate::diagnostic::plural;
use crate::plan::PlanDate;
use crate::plan::date::Step;
use crate::span::Span;

/// A table of the moves: activity, name, old dates, new dates, and how far.
#[must_use]
pub fn table(shift: &Shift) -> Table {
    let mut table = crate::table::new(["activity", "name", "was", "now", "moved"]);
    for m in &shift.moves {
        let span = |pick: fn(&DateMove) -> PlanDate| m.dates.iter().map(|d| pick(d).to_string()).collect::<Vec<_>>();
        table.add_row([
            m.id.clone(),
            m.name.clone().unwrap_or_default(),
            span(|d| d.old).join(" – "),
            span(|d| d.new).join(" – "),
            distance(m, shift.request.step),
        ]);
    }
    table
}

/// How far an activity moved: the step itself where its dates moved by exactly that ("+4
/// months"), else in each date's own unit ("+18 weeks" for a week moved by months, days for
/// a clamped or working-day date); each end's when the ends moved differently.
fn distance(m: &Move, step: Step) -> String {
    let each: Vec<(&str, String)> = m
        .dates
        .iter()
        .filter(|d| d.changed())
        .filter_map(|d| {
            let exact = !d.one_way
                && d.workday.is_none()
                && matches!(
                    (d.old, step),
                    (PlanDate::Day(_), _)
                        | (PlanDate::Week { .. }, Step::Weeks(_))
                        | (PlanDate::Month { .. }, Step::Months(_))
                );
            let (n, unit) = if exact {
                (i64::from(step.amount()), Step::unit(step))
            } else {
                let unit = match d.old {
                    PlanDate::Week { .. } => "week",
                    PlanDate::Month { .. } => "month",
                    _ => "day",
                };
                (d.old.units_until(d.new)?, unit)
            };
            let sign = if n > 0 { "+" } else { "-" };
            Some((d.key, format!("{sign}{}", plural(usize::try_from(n.unsigned_abs()).unwrap_or(usize::MAX), unit))))
        })
        .collect();
    match each.as_slice() {
        [(_, a), (_, b)] if a == b => a.clone(),
        [(_, a)] if m.dates.len() == 1 || m.dates.iter().any(|d| !d.changed()) => a.clone(),
        _ => each.iter().map(|(k, d)| format!("{k} {d}")).collect::<Vec<_>>().join(", "),
    }
}

/// What a reviewer should know about a shift, in the order of the file: the notes on single
/// dates ([`date_notes`]), each activity left alone and why, and each date moved on further
/// to keep the plan's order.
#[must_use]
pub fn notes(shift: &Shift) -> Vec<(Span, String)> {
    let mut notes = date_notes(shift);
    notes.extend(shift.left.iter().map(|l| (l.span, l.to_string())));
    notes.extend(shift.repairs.iter().map(|r| (r.span, r.to_string())));
    notes.sort_by_key(|(span, _)| *span);
    notes
}

/// What a reviewer should know about single dates: clamped month ends, weeks that would not
/// come back, and days moved on to a working day. Each with the span of the value it is about.
#[must_use]
pub fn date_notes(shift: &Shift) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    for m in &shift.moves {
        for d in &m.dates {
            if d.one_way {
                out.push((d.span, one_way_note(&m.id, d, shift.request.step)));
            }
            if let Some((day, why)) = &d.workday {
                out.push((
                    d.span,
                    format!("`{}` {}: {day} is {why}; moved on to {}, the next working day", m.id, d.key, d.new),
                ));
            }
        }
    }
    out
}

/// Why moving a date back would not bring it home: a day its new month does not have, or
/// months that do not hold whole weeks.
fn one_way_note(id: &str, d: &DateMove, step: Step) -> String {
    let (key, old, how, new) = (d.key, d.old, step, d.new);
    if let PlanDate::Day(day) = old {
        // The clamped day, before any move on to a working day.
        let clamped = d.workday.as_ref().map_or(new.first_day(), |(day, _)| Some(*day)).unwrap_or(day);
        return format!(
            "`{id}` {key}: {old} moved {how} would be {} {}, which does not exist; it is {clamped}, the last day of \
             the month",
            day.day(),
            clamped.format("%B %Y"),
        );
    }
    let back = new.moved_by(step.reversed()).map_or_else(|| "out of range".to_owned(), |b| b.date.to_string());
    format!(
        "`{id}` {key}: {old} moved {how} is {new}, but {new} moved {} is {back}: months do not hold whole weeks, so \
         moving back will not bring it home",
        step.reversed(),
    )
}

/// The closing line: what moved, by how much.
#[must_use]
pub fn summary(shift: &Shift) -> String {
    let dates = shift.moves.iter().flat_map(|m| &m.dates).filter(|d| d.changed()).count();
    let step = shift.request.step;
    let line = shift.request.from.map_or_else(String::new, |d| format!(" from the red line {d}"));
    let activities = match shift.moves.len() {
        1 => "1 activity".to_owned(),
        n => format!("{n} activities"),
    };
    format!("{} of {activities} {step}{line}", plural(dates, "date"))
}
