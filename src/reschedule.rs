//! `aula-plan reschedule`: after a national delay, move exactly what it breaks, and no more.
//!
//! Every planned activity that starts before something it comes after has ended — an activity
//! of this plan, or one of a followed plan (`kombit:daycare-wave-2`) — or, for a training,
//! before its trainers' own course has ended, moves later by the smallest step of its own
//! granularity that puts its start after all of them: a day-granular one to the day after the
//! latest of them ends (with `workdays`, the next working day), a week to the first week after
//! it, a month to the first month after it. Its end moves by the same step, so it keeps its
//! length. What comes after it follows, in dependency order. Done, cancelled and pinned
//! activities never move; one that starts too early is a conflict, reported.
//!
//! The result is a [`Shift`] with no uniform request, so the shift's table, notes, read-back
//! check, revision and safe write serve it unchanged.

use std::collections::{HashMap, HashSet};

use chrono::{Days, NaiveDate};

use crate::edit::Splices;
use crate::follow::Following;
use crate::i18n::Text;
use crate::plan::date::Step;
use crate::plan::{Activity, EntityKind, EntityRef, Plan, PlanDate, Status, Timing, qualified};
use crate::shift::{DateMove, Move, Shift, ShiftError, replacement};
use crate::span::Span;

/// How to reschedule.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// A day that falls on a weekend, a public holiday or a closed period moves on to the next
    /// working day.
    pub workdays: bool,
}

/// What a reschedule moves, why, and what it may not move.
#[derive(Debug, Clone)]
pub struct Rescheduled {
    /// The moves, as a shift without a uniform step.
    pub shift: Shift,
    /// Why each activity moves: the latest end it must start after, at its start's value.
    pub reasons: Vec<(Span, Text)>,
    /// Done, cancelled or pinned activities that start before what they wait for ends.
    pub conflicts: Vec<(Span, Text)>,
}

/// The latest day an activity must start after, and what ends then.
type Bound = (NaiveDate, String);

/// The dates of an activity as they stand while rescheduling: start, and end when it has one.
#[derive(Debug, Clone)]
struct Dates {
    start: PlanDate,
    end: Option<PlanDate>,
}

impl Dates {
    /// The latest day it may end.
    fn last_day(&self) -> Option<NaiveDate> {
        self.end.as_ref().unwrap_or(&self.start).latest()
    }
}

/// Works out the reschedule of `plan` (read from `source`), whose followed plans are in
/// `following`, without changing anything.
///
/// # Errors
/// When a date would move out of the years the tool computes with.
pub fn reschedule(
    plan: &Plan,
    source: &str,
    following: &Following,
    options: Options,
) -> Result<Rescheduled, ShiftError> {
    moves(plan, source, following, options, None)
}

/// Whether an activity, by its id, is one a reschedule from seeds starts from.
type Seed<'a> = &'a dyn Fn(&str) -> bool;

/// [`reschedule`], moving only the activities `seeds` (ids) and what a moved activity leaves
/// starting too early in turn, however long that chain is (`move --with-dependents`): what
/// started too early before, for another reason, stays as it is.
///
/// # Errors
/// When a date would move out of the years the tool computes with.
pub fn reschedule_from<S: std::hash::BuildHasher>(
    plan: &Plan,
    source: &str,
    following: &Following,
    options: Options,
    seeds: &HashSet<&str, S>,
) -> Result<Rescheduled, ShiftError> {
    moves(plan, source, following, options, Some(&|id: &str| seeds.contains(id)))
}

/// One pass in dependency order: each activity is looked at once, after all it waits for.
fn moves(
    plan: &Plan,
    source: &str,
    following: &Following,
    options: Options,
    seeds: Option<Seed<'_>>,
) -> Result<Rescheduled, ShiftError> {
    let activities: Vec<Activity<'_>> = plan.activities().collect();
    let position: HashMap<EntityRef, usize> = activities.iter().enumerate().map(|(i, a)| (a.entity, i)).collect();
    let mut now: Vec<Option<Dates>> = activities
        .iter()
        .map(|a| {
            a.timing.map(|t| match t {
                Timing::On(d) => Dates { start: d.value.clone(), end: None },
                Timing::Between { start, end } => Dates { start: start.value.clone(), end: Some(end.value.clone()) },
            })
        })
        .collect();
    let before = before_edges(plan, &activities, &position);
    let ids: Vec<&str> = activities.iter().map(|a| a.id.value.as_str()).collect();
    let mut reasons = Vec::new();
    let mut conflicts = Vec::new();
    let mut has_moved = vec![false; activities.len()];
    for i in order(&before, activities.len()) {
        let a = &activities[i];
        let (Some(dates), Some(timing)) = (now[i].clone(), a.timing) else { continue };
        let Some(starts) = dates.start.earliest() else { continue };
        let Some((day, what)) = bound(following, a, &before[i], &now, &ids) else { continue };
        if starts > day {
            continue;
        }
        // From seeds: a seed, or one that something moved in this pass now ends too late for.
        let pushed =
            |b: &usize| has_moved[*b] && now[*b].as_ref().and_then(Dates::last_day).is_some_and(|d| d >= starts);
        if seeds.is_some_and(|seed| !seed(ids[i]) && !before[i].iter().any(pushed)) {
            continue;
        }
        let why = Text::id("reschedule-why").arg("other", what.as_str()).arg("day", day);
        let tied = dates.start.tie().is_some();
        if a.status != Status::Planned || a.pinned || tied {
            let kept = match a.status {
                Status::Done => "reschedule-kept-done",
                Status::Cancelled => "reschedule-kept-cancelled",
                Status::Planned if a.pinned => "reschedule-kept-pinned",
                Status::Planned => "reschedule-kept-tied",
            };
            conflicts.push((
                timing.start().span,
                Text::id("reschedule-conflict").arg("id", &a.id.value).arg("why", why).arg("kept", Text::id(kept)),
            ));
            continue;
        }
        let earliest = first_allowed(plan, day, &dates.start, options);
        let step = dates
            .start
            .smallest_step_to(earliest)
            .ok_or_else(|| out_of_range(a, "start", timing.start().span, &dates.start, Step::Days(0)))?;
        let moved = |d: &PlanDate| d.moved_by(step).map(|m| m.date);
        let key = if dates.end.is_some() { "start" } else { "date" };
        let start = moved(&dates.start).ok_or_else(|| out_of_range(a, key, timing.start().span, &dates.start, step))?;
        // A tied end moves with its period, not with the activity.
        let end = match &dates.end {
            Some(e) if e.tie().is_some() => Some(e.clone()),
            Some(e) => Some(moved(e).ok_or_else(|| out_of_range(a, "end", timing.end().span, e, step))?),
            None => None,
        };
        now[i] = Some(Dates { start, end });
        has_moved[i] = true;
        reasons.push((timing.start().span, Text::id("reschedule-moved").arg("id", &a.id.value).arg("why", why)));
    }
    let mut moves = Vec::new();
    let mut splices = Splices::default();
    for (a, new) in activities.iter().zip(&now) {
        let (Some(timing), Some(new)) = (a.timing, new) else { continue };
        let slots = match timing {
            Timing::On(d) => vec![("date", d, new.start.clone())],
            Timing::Between { start, end } => {
                vec![
                    ("start", start, new.start.clone()),
                    ("end", end, new.end.clone().unwrap_or_else(|| end.value.clone())),
                ]
            }
        };
        if slots.iter().all(|(_, old, new)| old.value == *new) {
            continue;
        }
        let dates: Vec<DateMove> = slots
            .into_iter()
            .map(|(key, old, new)| DateMove {
                key,
                span: old.span,
                old: old.value.clone(),
                new,
                one_way: false,
                workday: None,
            })
            .collect();
        for d in dates.iter().filter(|d| d.changed()) {
            splices.push(d.span, replacement(&source[d.span.range()], &d.old, &d.new));
        }
        moves.push(Move {
            entity: a.entity,
            id: a.id.value.to_string(),
            name: a.name.map(|n| n.value.to_string()),
            dates,
        });
    }
    reasons.sort_by_key(|(span, _)| *span);
    conflicts.sort_by_key(|(span, _)| *span);
    let shift = Shift { request: None, moves, left: Vec::new(), repairs: Vec::new(), splices, history: plan.history };
    Ok(Rescheduled { shift, reasons, conflicts })
}

fn out_of_range(a: &Activity<'_>, key: &'static str, span: Span, date: &PlanDate, step: Step) -> ShiftError {
    ShiftError::OutOfRange { id: a.id.value.to_string(), key, date: date.clone(), step, span }
}

/// For each activity, the activities of this plan it comes after: those in its `after`, and
/// for a training, the trainings that teach its trainers.
fn before_edges(plan: &Plan, activities: &[Activity<'_>], position: &HashMap<EntityRef, usize>) -> Vec<Vec<usize>> {
    let mut taught: HashMap<&str, Vec<usize>> = HashMap::new();
    for (index, t) in plan.trainings.iter().enumerate() {
        let Some(&i) = position.get(&EntityRef { kind: EntityKind::Training, index }) else { continue };
        for role in &t.trainees {
            taught.entry(role.value.as_str()).or_default().push(i);
        }
    }
    activities
        .iter()
        .map(|a| {
            let mut out: Vec<usize> = a
                .after
                .iter()
                .filter_map(|d| plan.lookup(&d.value))
                .filter_map(|r| position.get(&r).copied())
                .collect();
            if a.entity.kind == EntityKind::Training {
                for trainer in &plan.trainings[a.entity.index].trainer {
                    for role in trainer_roles(plan, &trainer.value) {
                        out.extend(
                            taught.get(role).into_iter().flatten().copied().filter(|&t| t != position[&a.entity]),
                        );
                    }
                }
            }
            out.sort_unstable();
            out.dedup();
            out
        })
        .collect()
}

/// The roles a trainer is trained as: a role itself, a person's roles.
fn trainer_roles<'p>(plan: &'p Plan, id: &str) -> Vec<&'p str> {
    match plan.lookup(id) {
        Some(r) if r.kind == EntityKind::Role => vec![plan.roles[r.index].id.value.as_str()],
        Some(r) if r.kind == EntityKind::Person => {
            plan.people[r.index].roles.iter().map(|x| x.value.as_str()).collect()
        }
        _ => Vec::new(),
    }
}

/// The activities in an order in which each comes after all it waits for (Kahn's); those in
/// a loop of `after` (reported as `dependency-cycle`) are left out.
fn order(before: &[Vec<usize>], n: usize) -> Vec<usize> {
    let mut waiting: Vec<usize> = before.iter().map(Vec::len).collect();
    let mut followers: Vec<Vec<usize>> = vec![Vec::new(); n];
    for (i, list) in before.iter().enumerate() {
        for &b in list {
            followers[b].push(i);
        }
    }
    let mut ready: std::collections::VecDeque<usize> = (0..n).filter(|&i| waiting[i] == 0).collect();
    let mut out = Vec::with_capacity(n);
    while let Some(i) = ready.pop_front() {
        out.push(i);
        for &f in &followers[i] {
            waiting[f] -= 1;
            if waiting[f] == 0 {
                ready.push_back(f);
            }
        }
    }
    out
}

/// The latest end among what `a` comes after, as the dates stand now, with what ends then.
fn bound(
    following: &Following,
    a: &Activity<'_>,
    before: &[usize],
    now: &[Option<Dates>],
    ids: &[&str],
) -> Option<Bound> {
    let mut latest: Option<Bound> = None;
    let mut consider = |day: Option<NaiveDate>, what: &str| {
        if let Some(day) = day
            && latest.as_ref().is_none_or(|(d, _)| day > *d)
        {
            latest = Some((day, what.to_owned()));
        }
    };
    for dep in a.after {
        if let Some((name, id)) = qualified(&dep.value) {
            let other = following.get(name).and_then(|f| f.plan()).and_then(|p| {
                p.lookup(id).and_then(|r| p.activity(r)).and_then(|x| x.timing).and_then(|t| t.end().value.latest())
            });
            consider(other, &dep.value);
        }
    }
    for &b in before {
        consider(now[b].as_ref().and_then(Dates::last_day), ids[b]);
    }
    latest
}

/// The first day `start` may fall on: the day after `day`, or with `workdays` (for a start that
/// is a day) the first working day from then.
fn first_allowed(plan: &Plan, day: NaiveDate, start: &PlanDate, options: Options) -> NaiveDate {
    let next = day.checked_add_days(Days::new(1)).unwrap_or(day);
    if !options.workdays || !matches!(start, PlanDate::Day(_)) {
        return next;
    }
    next.iter_days().take(3660).find(|d| plan.closed_because(*d).is_none()).unwrap_or(next)
}
