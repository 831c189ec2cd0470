//! `shift`: move a plan's activities after a national delay, keeping the file as it was written.
//!
//! A shift moves the `date`, `start` and `end` of trainings and phases by a [`Step`] — never
//! the plan's own date, its revisions or its calendar. The red line (`--from`) divides the
//! plan as the source's Gantt chart does: what starts on or after it moves, both ends; what
//! starts before it and ends after it is left as it is and reported, never half-moved.
//! How each kind of date moves is [`PlanDate::moved_by`]'s business.
//!
//! The result is a set of [`Splices`] on the file's text, so that every byte but the moved
//! dates (and, when written, the new `[[revision]]`) stays as it was. The texts users read
//! about a shift are in this file.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use comfy_table::Table;
use toml_edit::{Item, Value};

use crate::diagnostic::{CheckedPlan, Finding, closest, plural};
use crate::edit::{Edited, Original, Splices, VerifyError, line_ending, read_back};
use crate::plan::date::{Moved, Step};
use crate::plan::{EntityRef, History, Plan, PlanDate, Timing};

use crate::span::Span;

/// What to move, and how far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    pub step: Step,
    /// The red line: only activities starting on or after its first day move.
    pub from: Option<PlanDate>,
    /// Only activities of these tracks (any of them).
    pub tracks: Vec<String>,
    /// Only these trainings and phases (any of them).
    pub only: Vec<String>,
    /// Move a moved day that is not a working day on to the next working day.
    pub workdays: bool,
}

/// Why a shift cannot be made. Nothing is changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ShiftError {
    #[error("a shift of 0 moves nothing")]
    NothingToMove,
    #[error("the red line must be a day, a week or a month, not `{0}`")]
    RedLineNotKnown(PlanDate),
    #[error("no activity has track `{track}`{}", hint(suggestion.as_deref(), "the tracks are", known))]
    UnknownTrack { track: String, suggestion: Option<String>, known: Vec<String> },
    #[error("no training or phase has id `{id}`{}", hint(suggestion.as_deref(), "", &[]))]
    UnknownActivity { id: String, suggestion: Option<String> },
    #[error("`{id}` is a {noun}; --only takes the ids of trainings and phases")]
    NotAnActivity { id: String, noun: &'static str },
    #[error("`{id}`: {key} {date} moved {step} is past the years aula-plan computes with (1-9999)")]
    OutOfRange { id: String, key: &'static str, date: PlanDate, step: Step, span: Span },
    #[error("`revision` is neither [[revision]] tables nor an array of them; cannot add a revision")]
    RevisionNotAnArray { span: Span },
    /// The edited text did not read back as intended: a bug, caught before anything is written.
    #[error(transparent)]
    Verify(#[from] VerifyError),
}

impl ShiftError {
    /// Where in the file the error is, when it is about a place in it.
    #[must_use]
    pub const fn span(&self) -> Option<Span> {
        match self {
            Self::OutOfRange { span, .. } | Self::RevisionNotAnArray { span } => Some(*span),
            _ => None,
        }
    }
}

fn hint(suggestion: Option<&str>, known_intro: &str, known: &[String]) -> String {
    match suggestion {
        Some(s) => crate::diagnostic::did_you_mean(Some(s)),
        None if known.is_empty() => String::new(),
        None => format!("; {known_intro} {}", known.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")),
    }
}

/// A planned shift: what moves, what is left alone and why, and the splices that make it.
#[derive(Debug, Clone)]
pub struct Shift {
    pub request: Request,
    pub moves: Vec<Move>,
    pub left: Vec<LeftAlone>,
    pub splices: Splices,
    /// How the plan writes its history, where [`add_revision`] adds to it.
    pub history: History,
}

/// One activity that moves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Move {
    pub entity: EntityRef,
    pub id: String,
    pub name: Option<String>,
    /// Every date of the activity (`date`, or `start` and `end`), moved or not.
    pub dates: Vec<DateMove>,
}

/// One date of a moving activity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMove {
    pub key: &'static str,
    pub span: Span,
    pub old: PlanDate,
    pub new: PlanDate,
    /// Moving back by the same step would not bring it home (see [`Moved::one_way`]).
    pub one_way: bool,
    /// With `--workdays`: the day it first landed on, and why nobody works then.
    pub workday: Option<(NaiveDate, String)>,
}

impl DateMove {
    #[must_use]
    pub fn changed(&self) -> bool {
        self.old != self.new
    }
}

/// An activity the request selected but the shift leaves as it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftAlone {
    pub id: String,
    pub span: Span,
    pub why: Why,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Why {
    /// Starts before the red line and ends on or after it (or runs on, `open`).
    Straddles { line: PlanDate, start: PlanDate, end: PlanDate },
    /// Its start is `tbd` and its end is after the red line: which side is it on?
    StartNotKnown { line: PlanDate },
}

impl fmt::Display for LeftAlone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let id = &self.id;
        match &self.why {
            Why::Straddles { line, start, end } => write!(
                f,
                "`{id}` starts before the red line {line} and ends after it ({start} – {end}); left as it is, \
                 not half-moved (name it with --only and no --from to move it whole)"
            ),
            Why::StartNotKnown { line } => {
                write!(f, "`{id}` starts `tbd`, so it is not known to start after the red line {line}; left as it is")
            }
        }
    }
}

/// Works out a shift of `plan` (read from `source`) without changing anything.
///
/// # Errors
/// When the request names a track or activity the plan does not have, or a date would move
/// out of the years the tool computes with.
pub fn plan_shift(plan: &Plan, source: &str, request: &Request) -> Result<Shift, ShiftError> {
    if request.step.amount() == 0 {
        return Err(ShiftError::NothingToMove);
    }
    let line = match request.from {
        Some(d) => Some((d, d.first_day().ok_or(ShiftError::RedLineNotKnown(d))?)),
        None => None,
    };
    check_selection(plan, request)?;
    let mut shift = Shift {
        request: request.clone(),
        moves: Vec::new(),
        left: Vec::new(),
        splices: Splices::default(),
        history: plan.history,
    };
    for a in plan.activities() {
        let selected = (request.only.is_empty() || request.only.contains(&a.id.value))
            && (request.tracks.is_empty() || a.track.is_some_and(|t| request.tracks.contains(&t.value)));
        let Some(timing) = a.timing.filter(|_| selected) else { continue };
        if let Some((line, first)) = line {
            let (start, end) = (timing.start().value, timing.end().value);
            let ends_after = end == PlanDate::Open || end.last_day().is_some_and(|d| d >= first);
            let why = match start.first_day() {
                Some(d) if d >= first => None,
                Some(_) if ends_after => Some(Why::Straddles { line, start, end }),
                None if ends_after && end != PlanDate::Open => Some(Why::StartNotKnown { line }),
                _ => continue,
            };
            if let Some(why) = why {
                shift.left.push(LeftAlone { id: a.id.value.clone(), span: timing.start().span, why });
                continue;
            }
        }
        let slots = match timing {
            Timing::On(d) => vec![("date", d)],
            Timing::Between { start, end } => vec![("start", start), ("end", end)],
        };
        let mut dates = Vec::with_capacity(slots.len());
        for (key, d) in slots {
            let Moved { date, one_way } = d.value.moved_by(request.step).ok_or_else(|| ShiftError::OutOfRange {
                id: a.id.value.clone(),
                key,
                date: d.value,
                step: request.step,
                span: d.span,
            })?;
            let (new, workday) = match date {
                PlanDate::Day(day) if request.workdays => next_working_day(plan, day),
                _ => (date, None),
            };
            dates.push(DateMove { key, span: d.span, old: d.value, new, one_way, workday });
        }
        if dates.iter().any(DateMove::changed) {
            for d in dates.iter().filter(|d| d.changed()) {
                shift.splices.push(d.span, replacement(&source[d.span.range()], d.old, d.new));
            }
            shift.moves.push(Move {
                entity: a.entity,
                id: a.id.value.clone(),
                name: a.name.map(|n| n.value.clone()),
                dates,
            });
        }
    }
    Ok(shift)
}

/// Every `--track` must be some activity's track, and every `--only` a training or phase.
fn check_selection(plan: &Plan, request: &Request) -> Result<(), ShiftError> {
    let mut known: Vec<String> = plan.activities().filter_map(|a| a.track.map(|t| t.value.clone())).collect();
    known.sort();
    known.dedup();
    for track in &request.tracks {
        if !known.contains(track) {
            let suggestion = closest(track, known.iter().map(String::as_str)).map(str::to_owned);
            return Err(ShiftError::UnknownTrack { track: track.clone(), suggestion, known });
        }
    }
    for id in &request.only {
        match plan.lookup(id) {
            Some(r) if plan.activity(r).is_some() => {}
            Some(r) => return Err(ShiftError::NotAnActivity { id: id.clone(), noun: r.kind.noun() }),
            None => {
                let suggestion = closest(id, plan.activities().map(|a| a.id.value.as_str())).map(str::to_owned);
                return Err(ShiftError::UnknownActivity { id: id.clone(), suggestion });
            }
        }
    }
    Ok(())
}

/// `day`, or the first working day after it, with why `day` was not one. A calendar closed
/// for more than ten years is taken as a mistake in the calendar, and `day` is kept.
fn next_working_day(plan: &Plan, day: NaiveDate) -> (PlanDate, Option<(NaiveDate, String)>) {
    let Some(why) = plan.closed_because(day) else { return (PlanDate::Day(day), None) };
    let open = day.iter_days().skip(1).take(3660).find(|d| plan.closed_because(*d).is_none());
    (PlanDate::Day(open.unwrap_or(day)), open.map(|_| (day, why)))
}

/// The new text of a date value: the moved date in the old value's place, quotes and all.
fn replacement(raw: &str, old: PlanDate, new: PlanDate) -> String {
    let (old, new) = (old.to_string(), new.to_string());
    match raw.find(&old) {
        Some(at) => format!("{}{new}{}", &raw[..at], &raw[at + old.len()..]),
        // Written with escapes, which no one does by hand: write it plainly.
        None => format!("\"{new}\""),
    }
}

/// The `[[revision]]` that `--write` adds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevisionEntry {
    pub date: NaiveDate,
    pub note: Option<String>,
}

/// Adds the splice that appends `entry`, with the shift's parameters, to the plan's history:
/// after the last `[[revision]]` (so the history stays together), or at the end of the file
/// when it has none, in the file's own line endings.
///
/// # Errors
/// When `revision` is something other than tables, which the loader reports anyway.
pub fn add_revision(shift: &mut Shift, source: &str, entry: &RevisionEntry) -> Result<(), ShiftError> {
    let eol = line_ending(source);
    let mut table = toml_edit::Table::new();
    table["date"] = toml_edit::value(toml_date(entry.date));
    if let Some(note) = &entry.note {
        table["note"] = toml_edit::value(note.as_str());
    }
    let record = shift_record(&shift.request);
    let (at, text) = match shift.history {
        History::None => {
            let pad = if source.is_empty() { "" } else { eol };
            let sep = if source.is_empty() || source.ends_with('\n') { "" } else { eol };
            (source.len(), format!("{sep}{pad}{}", block(table, record, eol)))
        }
        History::Tables { end } => {
            let end = end.min(source.len());
            let at = source[end..].find('\n').map_or(source.len(), |i| end + i + 1);
            let sep = if at == source.len() && !source.ends_with('\n') { eol } else { "" };
            (at, format!("{sep}{eol}{}", block(table, record, eol)))
        }
        History::Inline { span, last_end } => {
            let mut inline = table.into_inline_table();
            inline.insert("shift", record);
            let close = span.end.saturating_sub(1);
            let trailing_comma = last_end.is_some_and(|end| source.get(end..close).is_some_and(|s| s.contains(',')));
            let comma = if last_end.is_none() || trailing_comma { "" } else { ", " };
            (close, format!("{comma}{inline} "))
        }
        History::Other { span } => return Err(ShiftError::RevisionNotAnArray { span }),
    };
    shift.splices.push(Span::new(at, at), text);
    Ok(())
}

fn block(mut table: toml_edit::Table, record: Value, eol: &str) -> String {
    table["shift"] = toml_edit::Item::Value(record);
    let mut list = toml_edit::ArrayOfTables::new();
    list.push(table);
    let mut doc = toml_edit::DocumentMut::new();
    doc["revision"] = Item::ArrayOfTables(list);
    doc.to_string().replace('\n', eol)
}

/// `shift = { months = 4, from = 2019-05-01, tracks = ["schools"] }`, as the format has it.
fn shift_record(r: &Request) -> Value {
    let mut t = toml_edit::InlineTable::new();
    let (key, n) = match r.step {
        Step::Months(n) => ("months", n),
        Step::Weeks(n) => ("weeks", n),
        Step::Days(n) => ("days", n),
    };
    t.insert(key, i64::from(n).into());
    if let Some(from) = r.from {
        let v: Value = match from {
            PlanDate::Day(d) => toml_date(d).into(),
            other => other.to_string().into(),
        };
        t.insert("from", v);
    }
    if !r.tracks.is_empty() {
        t.insert("tracks", r.tracks.iter().collect::<toml_edit::Array>().into());
    }
    if !r.only.is_empty() {
        t.insert("only", r.only.iter().collect::<toml_edit::Array>().into());
    }
    if r.workdays {
        t.insert("workdays", true.into());
    }
    Value::InlineTable(t)
}

fn toml_date(d: NaiveDate) -> toml_edit::Datetime {
    // Plan dates stay within years 1-9999, which fit TOML's u16 year.
    let year = u16::try_from(d.year()).unwrap_or(9999);
    let (month, day) = (u8::try_from(d.month()).unwrap_or(1), u8::try_from(d.day()).unwrap_or(1));
    toml_edit::Datetime { date: Some(toml_edit::Date { year, month, day }), time: None, offset: None }
}

/// Makes the shift and reads it back ([`crate::edit::read_back`]): it must load as cleanly as
/// the original, every moved date must read as its new value, and the history must have grown
/// by the one revision when one was added.
///
/// # Errors
/// [`ShiftError::Verify`] when it does not: a bug, caught before anything is written.
pub fn verify(
    before: &Plan,
    original: Original<'_>,
    shift: &Shift,
    revision_added: bool,
) -> Result<Edited, ShiftError> {
    let meant = |after: &Plan| {
        for m in &shift.moves {
            let timing = after.activity(m.entity).and_then(|a| a.timing);
            let read: Vec<PlanDate> = match timing {
                Some(Timing::On(d)) => vec![d.value],
                Some(Timing::Between { start, end }) => vec![start.value, end.value],
                None => Vec::new(),
            };
            let meant: Vec<PlanDate> = m.dates.iter().map(|d| d.new).collect();
            if read != meant {
                return Err(format!("`{}` reads {read:?}, not {meant:?}", m.id));
            }
        }
        let grew = after.revisions.len() - before.revisions.len().min(after.revisions.len());
        if grew == usize::from(revision_added) { Ok(()) } else { Err(format!("{grew} revisions were added")) }
    };
    Ok(read_back(original, &shift.splices, "shifted plan", meant)?)
}

/// Findings of the shifted plan that the plan did not have before (the same rule at the same
/// place counts as the same finding), and how many of the old ones are gone.
#[must_use]
pub fn new_findings<'a>(before: &CheckedPlan, after: &'a CheckedPlan, splices: &Splices) -> (Vec<&'a Finding>, usize) {
    let old: std::collections::HashSet<(&str, Option<Span>)> =
        before.findings.iter().map(|f| (f.rule.name, splices.map_span(f.span).or(Some(f.span)))).collect();
    let now: std::collections::HashSet<(&str, Option<Span>)> =
        after.findings.iter().map(|f| (f.rule.name, Some(f.span))).collect();
    let new = after.findings.iter().filter(|f| !old.contains(&(f.rule.name, Some(f.span)))).collect();
    let gone = old.iter().filter(|k| !now.contains(k)).count();
    (new, gone)
}

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
/// dates ([`date_notes`]) and each activity left alone, and why.
#[must_use]
pub fn notes(shift: &Shift) -> Vec<(Span, String)> {
    let mut notes = date_notes(shift);
    notes.extend(shift.left.iter().map(|l| (l.span, l.to_string())));
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
