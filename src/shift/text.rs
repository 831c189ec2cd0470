//! The texts users read about a shift: the table of moves, the notes on single dates and on
//! activities left alone, and the one-line summary.

use chrono::Datelike;
use comfy_table::Table;

use super::{DateMove, Move, Shift};
use crate::i18n::{self, Arg, Lang, Text};
use crate::plan::PlanDate;
use crate::plan::date::Step;
use crate::span::Span;

/// A table of the moves: activity, name, old dates, new dates, and how far.
#[must_use]
pub fn table(shift: &Shift, lang: Lang) -> Table {
    let columns =
        ["shift-column-activity", "shift-column-name", "shift-column-was", "shift-column-now", "shift-column-moved"]
            .map(|id| lang.text(id));
    let mut table = crate::table::new(columns.each_ref().map(String::as_str));
    for m in &shift.moves {
        let span = |pick: fn(&DateMove) -> &PlanDate| m.dates.iter().map(|d| lang.date(pick(d))).collect::<Vec<_>>();
        table.add_row([
            m.id.clone(),
            m.name.clone().unwrap_or_default(),
            span(|d| &d.old).join(" – "),
            span(|d| &d.new).join(" – "),
            distance(m, shift.request.as_ref(), lang),
        ]);
    }
    crate::table::keep_words_whole(&mut table);
    table
}

/// How far an activity moved: the step itself where its dates moved by exactly that ("4 months
/// later", "3–5 months later" for a range; a week moved by months with the weeks it came to,
/// "4 months later (18 weeks)"), else in each date's own unit (days for a clamped or
/// working-day date); each end's when the ends moved differently.
fn distance(m: &Move, request: Option<&super::Request>, lang: Lang) -> String {
    let each: Vec<(&str, Text)> = m
        .dates
        .iter()
        .filter(|d| d.changed())
        .filter_map(|d| {
            if let Some(r) = request.filter(|r| r.most.is_some() && d.workday.is_none()) {
                return Some((d.key, i18n::delay(r.step, r.most)));
            }
            let own = d.old.unit()?;
            let exact = request.map(|r| r.step).filter(|&step| {
                !d.one_way && d.workday.is_none() && (matches!(d.old, PlanDate::Day(_)) || own.unit() == step.unit())
            });
            let (n, unit) = match exact {
                Some(step) => (i64::from(step.amount()), step.unit()),
                None => (d.old.units_until(&d.new)?, own.unit()),
            };
            let sign = if n > 0 { "later" } else { "earlier" };
            let units = i18n::step_units(unit, i64::try_from(n.unsigned_abs()).unwrap_or(i64::MAX));
            // A week moved by months: the shift's own step, one unit for the whole shift, with
            // the weeks it came to beside it.
            if let Some(r) = request.filter(|_| exact.is_none() && !d.one_way && d.workday.is_none()) {
                return Some((d.key, Text::id("distance-as").arg("step", i18n::step(r.step)).arg("units", units)));
            }
            Some((d.key, Text::id("distance").arg("sign", sign).arg("units", units)))
        })
        .collect();
    match each.as_slice() {
        [(_, a), (_, b)] if a == b => a.in_lang(lang).into_owned(),
        [(_, a)] if m.dates.len() == 1 || m.dates.iter().any(|d| !d.changed()) => a.in_lang(lang).into_owned(),
        _ => each
            .iter()
            .map(|(k, d)| format!("{} {}", lang.text_with("diff-field", &[("field", (*k).into())]), d.in_lang(lang)))
            .collect::<Vec<_>>()
            .join(", "),
    }
}

/// What a reviewer should know about a shift, in the order of the file: the notes on single
/// dates ([`date_notes`]), each activity left alone and why, and each date moved on further
/// to keep the plan's order.
#[must_use]
pub fn notes(shift: &Shift) -> Vec<(Span, Text)> {
    let mut notes = date_notes(shift);
    notes.extend(shift.left.iter().map(|l| (l.span, l.text())));
    notes.extend(shift.repairs.iter().map(|r| (r.span, r.text())));
    notes.sort_by_key(|(span, _)| *span);
    notes
}

/// What a reviewer should know about single dates: clamped month ends, weeks that would not
/// come back, and days moved on to a working day. Each with the span of the value it is about.
#[must_use]
pub fn date_notes(shift: &Shift) -> Vec<(Span, Text)> {
    let mut out = Vec::new();
    for m in &shift.moves {
        for d in &m.dates {
            if let (true, Some(r)) = (d.one_way, &shift.request) {
                out.push((d.span, one_way_note(&m.id, d, r.step)));
            }
            if let Some((day, why)) = &d.workday {
                out.push((
                    d.span,
                    Text::id("shift-workday")
                        .arg("id", &m.id)
                        .arg("key", d.key)
                        .arg("day", *day)
                        .arg("why", why.clone())
                        .arg("new", d.new.clone()),
                ));
            }
        }
    }
    out
}

/// Why moving a date back would not bring it home: a day its new month does not have, or
/// months that do not hold whole weeks.
fn one_way_note(id: &str, d: &DateMove, step: Step) -> Text {
    let (key, old, how, new) = (d.key, d.old.clone(), i18n::step(step), d.new.clone());
    if let PlanDate::Day(day) = &old {
        let day = *day;
        // The clamped day, before any move on to a working day.
        let clamped = d.workday.as_ref().map_or(new.earliest(), |(day, _)| Some(*day)).unwrap_or(day);
        let impossible = Text::id("impossible-day")
            .arg("day", day.day())
            .arg("month", Arg::MonthName { year: clamped.year(), month: clamped.month() });
        return Text::id("shift-clamped")
            .arg("id", id)
            .arg("key", key)
            .arg("old", old)
            .arg("how", how)
            .arg("impossible", impossible)
            .arg("clamped", clamped);
    }
    let back: Arg =
        new.moved_by(step.reversed()).map_or_else(|| Text::id("shift-out-of-range").into(), |b| b.date.into());
    Text::id("shift-no-way-back")
        .arg("id", id)
        .arg("key", key)
        .arg("old", old)
        .arg("how", how)
        .arg("new", new)
        .arg("back_step", i18n::step(step.reversed()))
        .arg("back", back)
}

/// The closing line: what moved, by how much.
#[must_use]
pub fn summary(shift: &Shift) -> Text {
    let dates = shift.moves.iter().flat_map(|m| &m.dates).filter(|d| d.changed()).count();
    let text = match &shift.request {
        None => return Text::id("reschedule-summary").arg("dates", dates).arg("activities", shift.moves.len()),
        Some(r) => match &r.from {
            Some(line) => Text::id("shift-summary-from").arg("line", line),
            None => Text::id("shift-summary"),
        }
        .arg("step", i18n::delay(r.step, r.most)),
    };
    text.arg("dates", dates).arg("activities", shift.moves.len())
}
