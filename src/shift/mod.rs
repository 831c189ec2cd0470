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

pub(crate) mod order;
mod revision;
mod text;

pub use order::Repair;
pub use revision::{RevisionEntry, add_revision, bumped_revision, repeats};
pub use text::{date_notes, notes, summary, table};

use std::fmt;

use chrono::NaiveDate;

use crate::diagnostic::{CheckedPlan, Finding, closest};
use crate::edit::{Edited, Original, Splices, VerifyError, read_back};
use crate::i18n::{self, Text};
use crate::plan::date::{Moved, Step};
use crate::plan::{EntityKind, EntityRef, History, Plan, PlanDate, Status, Timing};

use crate::span::Span;

/// What to move, and how far.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// The step; with [`Request::most`], the least of a range.
    pub step: Step,
    /// A delay given as a range ("3–5 months"): the most, in the step's unit. Each date moves
    /// to the window from its earliest day moved by the step to its latest moved by this.
    pub most: Option<Step>,
    /// The red line: only activities starting on or after its first day move.
    pub from: Option<PlanDate>,
    /// Only activities of these tracks (any of them).
    pub tracks: Vec<String>,
    /// Only these trainings and phases (any of them).
    pub only: Vec<String>,
    /// Move a moved day that is not a working day on to the next working day.
    pub workdays: bool,
    /// Move only the ends of periods (a period extended rather than delayed): what ends on or
    /// after the red line.
    pub end_only: bool,
}

/// Why a shift cannot be made. Nothing is changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ShiftError {
    #[error("{}", self.text())]
    NothingToMove,
    #[error("{}", self.text())]
    RedLineNotKnown(PlanDate),
    #[error("{}", self.text())]
    UnknownTrack { track: String, suggestion: Option<String>, known: Vec<String> },
    #[error("{}", self.text())]
    UnknownActivity { id: String, suggestion: Option<String> },
    #[error("{}", self.text())]
    NotAnActivity { id: String, kind: EntityKind },
    #[error("{}", self.text())]
    OutOfRange { id: String, key: &'static str, date: PlanDate, step: Step, span: Span },
    #[error("{}", self.text())]
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

impl ShiftError {
    /// The error in words (`i18n/*/errors.ftl`).
    #[must_use]
    pub fn text(&self) -> Text {
        match self {
            Self::NothingToMove => Text::id("error-nothing-to-move"),
            Self::RedLineNotKnown(date) => Text::id("error-red-line").arg("date", date.to_string()),
            Self::UnknownTrack { track, suggestion, known } => {
                let hint = match suggestion {
                    None if !known.is_empty() => Text::id("error-known")
                        .arg("intro", Text::id("error-known-tracks"))
                        .arg("list", known.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(", ")),
                    _ => i18n::hint(suggestion.as_deref()),
                };
                Text::id("error-unknown-track").arg("track", track).arg("hint", hint)
            }
            Self::UnknownActivity { id, suggestion } => {
                Text::id("error-unknown-activity").arg("id", id).arg("hint", i18n::hint(suggestion.as_deref()))
            }
            Self::NotAnActivity { id, kind } => {
                Text::id("error-not-an-activity").arg("id", id).arg("kind", i18n::kind(*kind))
            }
            Self::OutOfRange { id, key, date, step, .. } => Text::id("error-out-of-range")
                .arg("id", id)
                .arg("key", *key)
                .arg("date", date.clone())
                .arg("step", i18n::step(*step)),
            Self::RevisionNotAnArray { .. } => Text::id("error-revision-not-array"),
            Self::Verify(e) => e.text(),
        }
    }
}

/// A planned shift: what moves, what is left alone and why, and the splices that make it.
#[derive(Debug, Clone)]
pub struct Shift {
    /// The uniform shift asked for; none for a reschedule, which moves each activity by a
    /// step of its own (`crate::reschedule`).
    pub request: Option<Request>,
    pub moves: Vec<Move>,
    pub left: Vec<LeftAlone>,
    /// Dates moved on further than the step, so that the shift breaks no order the plan kept.
    pub repairs: Vec<Repair>,
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
    pub workday: Option<(NaiveDate, Text)>,
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
    /// Done or cancelled (`status`): what happened does not move.
    Status(Status),
    /// `pinned = true`: a fixed date.
    Pinned,
    /// `--end-only`, and the activity has one `date`, no end.
    NoEnd,
    /// Its dates are tied to a closed period (by its id), and move with the period.
    Tied(String),
    /// The step is smaller than its dates' own kind and rounds to no move (2 days on a week,
    /// 2 weeks on a season): the start as written, and the step.
    TooSmall { start: PlanDate, step: Step },
}

impl LeftAlone {
    /// Why the activity is left alone, in words.
    #[must_use]
    pub fn text(&self) -> Text {
        let text = match &self.why {
            Why::Straddles { line, start, end } => {
                Text::id("left-straddles").arg("line", line.clone()).arg("start", start.clone()).arg("end", end.clone())
            }
            Why::StartNotKnown { line } => Text::id("left-start-unknown").arg("line", line.clone()),
            Why::Status(Status::Done) => Text::id("left-done"),
            Why::Status(_) => Text::id("left-cancelled"),
            Why::Pinned => Text::id("left-pinned"),
            Why::NoEnd => Text::id("left-no-end"),
            Why::Tied(period) => Text::id("left-tied").arg("period", period),
            Why::TooSmall { start, step } => {
                Text::id("left-too-small").arg("start", start.clone()).arg("step", crate::i18n::step(*step))
            }
        };
        text.arg("id", &self.id)
    }
}

/// In English, as the library's tests read it.
impl fmt::Display for LeftAlone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

/// Works out a shift of `plan` (read from `source`) without changing anything.
///
/// # Errors
/// When the request names a track or activity the plan does not have, or a date would move
/// out of the years the tool computes with.
pub fn plan_shift(plan: &Plan, source: &str, request: &Request) -> Result<Shift, ShiftError> {
    if request.step.amount() == 0 && request.most.is_none_or(|m| m.amount() == 0) {
        return Err(ShiftError::NothingToMove);
    }
    let line = match &request.from {
        Some(d) => Some((d, d.earliest().ok_or_else(|| ShiftError::RedLineNotKnown(d.clone()))?)),
        None => None,
    };
    check_selection(plan, request)?;
    let mut shift = Shift {
        request: Some(request.clone()),
        moves: Vec::new(),
        left: Vec::new(),
        repairs: Vec::new(),
        splices: Splices::default(),
        history: plan.history,
    };
    for a in plan.activities() {
        let selected = (request.only.is_empty() || request.only.iter().any(|x| *x == a.id.value))
            && (request.tracks.is_empty() || a.track.is_some_and(|t| request.tracks.iter().any(|x| *x == t.value)));
        let Some(timing) = a.timing.filter(|_| selected) else { continue };
        if let Some((line, first)) = line {
            match beside_the_line(timing, line, first, request.end_only) {
                Side::Moves => {}
                Side::Passed => continue,
                Side::Left(why) => {
                    shift.left.push(LeftAlone { id: a.id.value.to_string(), span: timing.start().span, why });
                    continue;
                }
            }
        }
        let tied =
            timing.keyed().into_iter().all(|(key, d)| d.value.tie().is_some() || (request.end_only && key == "start"));
        let kept = match (a.status, a.pinned, timing) {
            (Status::Done | Status::Cancelled, ..) => Some(Why::Status(a.status)),
            (_, true, _) => Some(Why::Pinned),
            (.., Timing::On(_)) if request.end_only => Some(Why::NoEnd),
            _ if tied => Some(Why::Tied(
                timing
                    .end()
                    .value
                    .tie()
                    .or(timing.start().value.tie())
                    .map(|t| t.period.to_string())
                    .unwrap_or_default(),
            )),
            _ => None,
        };
        if let Some(why) = kept {
            shift.left.push(LeftAlone { id: a.id.value.to_string(), span: timing.start().span, why });
            continue;
        }
        let mut dates = Vec::with_capacity(2);
        for (key, d) in timing.keyed() {
            let old = d.value.clone();
            // A tied date moves with its period, not with the shift.
            if (request.end_only && key == "start") || old.tie().is_some() {
                dates.push(DateMove { key, span: d.span, new: old.clone(), old, one_way: false, workday: None });
                continue;
            }
            let out_of_range = || ShiftError::OutOfRange {
                id: a.id.value.to_string(),
                key,
                date: old.clone(),
                step: request.step,
                span: d.span,
            };
            let Moved { date, one_way } = match request.most {
                Some(most) => {
                    Moved { date: old.moved_between(request.step, most).ok_or_else(out_of_range)?, one_way: false }
                }
                None => old.moved_by(request.step).ok_or_else(out_of_range)?,
            };
            let (new, workday) = match date {
                PlanDate::Day(day) if request.workdays => next_working_day(plan, day),
                date => (date, None),
            };
            dates.push(DateMove { key, span: d.span, old, new, one_way, workday });
        }
        // Kept even when the step leaves its dates as they are (a week that absorbs a day):
        // the order is kept for every activity the shift moves.
        shift.moves.push(Move {
            entity: a.entity,
            id: a.id.value.to_string(),
            name: a.name.map(|n| n.value.to_string()),
            dates,
        });
    }
    // Rounding to weeks and months can put an activity before one it waits for: move it on.
    shift.repairs = order::keep(plan, &mut shift.moves);
    // What the step left as it was, because it is smaller than the dates' own kind, is said.
    if request.most.is_none() && request.step.amount() != 0 {
        for m in shift.moves.iter().filter(|m| !m.dates.iter().any(DateMove::changed)) {
            let kept = |d: &&DateMove| d.old.tie().is_none() && !(request.end_only && d.key == "start");
            if let Some(d) = m.dates.iter().filter(kept).find(|d| d.old.unit().is_some()) {
                let why = Why::TooSmall { start: d.old.clone(), step: request.step };
                shift.left.push(LeftAlone { id: m.id.clone(), span: d.span, why });
            }
        }
    }
    shift.moves.retain(|m| m.dates.iter().any(DateMove::changed));
    for m in &shift.moves {
        for d in m.dates.iter().filter(|d| d.changed()) {
            shift.splices.push(d.span, replacement(&source[d.span.range()], &d.old, &d.new));
        }
    }
    Ok(shift)
}

/// Where an activity stands to the red line.
enum Side {
    /// Below it: the shift moves it.
    Moves,
    /// Above it: the shift passes it by.
    Passed,
    /// Across it, or not known: left alone, and reported.
    Left(Why),
}

/// Where an activity stands to the red line, whose first day is `first`. What may start before
/// the line (a vague start whose earliest day is before it) and ends after it is across it, never
/// half-moved.
fn beside_the_line(timing: &Timing, line: &PlanDate, first: NaiveDate, end_only: bool) -> Side {
    let (start, end) = (&timing.start().value, &timing.end().value);
    let ends_after = *end == PlanDate::Open || end.latest().is_some_and(|d| d >= first);
    if end_only {
        // Only the end moves: whatever ends after the red line, however it starts.
        return if !ends_after || *end == PlanDate::Open { Side::Passed } else { Side::Moves };
    }
    match start.earliest() {
        Some(d) if d >= first => Side::Moves,
        Some(_) if ends_after => {
            Side::Left(Why::Straddles { line: line.clone(), start: start.clone(), end: end.clone() })
        }
        None if ends_after && *end != PlanDate::Open => Side::Left(Why::StartNotKnown { line: line.clone() }),
        _ => Side::Passed,
    }
}

/// Every `--track` must be some activity's track, and every `--only` a training or phase.
fn check_selection(plan: &Plan, request: &Request) -> Result<(), ShiftError> {
    let mut known: Vec<String> = plan.activities().filter_map(|a| a.track.map(|t| t.value.to_string())).collect();
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
            Some(r) => return Err(ShiftError::NotAnActivity { id: id.clone(), kind: r.kind }),
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
fn next_working_day(plan: &Plan, day: NaiveDate) -> (PlanDate, Option<(NaiveDate, Text)>) {
    let Some(why) = plan.closed_because(day) else { return (PlanDate::Day(day), None) };
    let open = day.iter_days().skip(1).take(3660).find(|d| plan.closed_because(*d).is_none());
    (PlanDate::Day(open.unwrap_or(day)), open.map(|_| (day, crate::i18n::closed(why))))
}

/// The new text of a date value: the moved date in the old value's place, quotes and all,
/// written in the format's form — a date the source wrote in its words (`"efterår 2018"`) is a
/// quote of the source, and the moved date is no longer one (`"2019-autumn"`); the diff and the
/// tables still read it in the reader's language.
pub(crate) fn replacement(raw: &str, old: &PlanDate, new: &PlanDate) -> String {
    let (old, new) = (old.to_string(), new.to_string());
    match raw.find(&old) {
        Some(at) => format!("{}{new}{}", &raw[..at], &raw[at + old.len()..]),
        // Written in words, or with escapes: the new date plainly, in the format's form.
        None => format!("\"{new}\""),
    }
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
                Some(Timing::On(d)) => vec![d.value.clone()],
                Some(Timing::Between { start, end }) => vec![start.value.clone(), end.value.clone()],
                None => Vec::new(),
            };
            let meant: Vec<PlanDate> = m.dates.iter().map(|d| d.new.clone()).collect();
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
