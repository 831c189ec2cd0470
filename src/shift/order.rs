//! Keeping the plan's order through a shift. Every date moves by the same step, but a week
//! moves by its Thursday and a month is 28 to 31 days, so an activity that starts right after
//! another can land on the same week or before it. Where the plan kept an order before the
//! shift — an activity after those in its `after`, its end not before its start, a trainer
//! trained before the course they teach, an activity inside its `within` — and the moved dates
//! break it, the activity is moved on whole, as `reschedule` moves: by the smallest step of its
//! own granularity that keeps it, its length kept (a span of days as many working days, starting
//! on a working day). Each such repair is reported.

use std::collections::HashMap;
use std::fmt;

use chrono::NaiveDate;

use super::{DateMove, Move};
use crate::i18n::Text;
use crate::plan::date::Step;
use crate::plan::{EntityKind, EntityRef, Plan, PlanDate, Timing};
use crate::span::Span;

/// A date moved on further than the step, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Repair {
    pub id: String,
    pub key: &'static str,
    pub span: Span,
    /// Where the step alone put it.
    pub stepped: PlanDate,
    /// Where it is moved on to.
    pub to: PlanDate,
    pub because: Text,
}

impl Repair {
    /// The repair in words.
    #[must_use]
    pub fn text(&self) -> Text {
        Text::id("repair")
            .arg("id", &self.id)
            .arg("key", self.key)
            .arg("to", self.to.clone())
            .arg("stepped", self.stepped.clone())
            .arg("because", self.because.clone())
    }
}

/// In English, as the library's tests read it.
impl fmt::Display for Repair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

/// Which order a bound keeps; put in words only for a bound the moves break.
#[derive(Clone, Copy)]
enum Why<'p> {
    After(&'p str),
    Trained(&'p str),
    Within(&'p str),
}

impl Why<'_> {
    fn words(self, day: NaiveDate) -> Text {
        let (id, who) = match self {
            Why::After(who) => ("repair-after", who),
            Why::Trained(who) => ("repair-trained", who),
            Why::Within(who) => ("repair-within", who),
        };
        Text::id(id).arg("id", who).arg("day", day)
    }
}

/// What the repairs look up again and again, indexed once: a national plan has tens of
/// thousands of moving activities, and a scan per look-up would make the shift quadratic.
struct Index<'p> {
    plan: &'p Plan,
    /// The position in the moves of each moving activity.
    moving: HashMap<EntityRef, usize>,
    /// The trainings that teach each role, by the role's id.
    taught: HashMap<&'p str, Vec<EntityRef>>,
}

impl<'p> Index<'p> {
    fn new(plan: &'p Plan, moves: &[Move]) -> Self {
        let moving = moves.iter().enumerate().map(|(i, m)| (m.entity, i)).collect();
        let mut taught: HashMap<&str, Vec<EntityRef>> = HashMap::new();
        for (index, t) in plan.trainings.iter().enumerate() {
            for role in &t.trainees {
                let list = taught.entry(role.value.as_str()).or_default();
                let training = EntityRef { kind: EntityKind::Training, index };
                if list.last() != Some(&training) {
                    list.push(training);
                }
            }
        }
        Index { plan, moving, taught }
    }

    /// The first and last day of an activity, as moved (when it moves) or as it stands.
    fn span_of(&self, moves: &[Move], e: EntityRef, as_moved: bool) -> (Option<NaiveDate>, Option<NaiveDate>) {
        if as_moved && let Some(&i) = self.moving.get(&e) {
            let m = &moves[i];
            let first = m.dates.first().and_then(|d| d.new.earliest());
            let last = m.dates.last().and_then(|d| d.new.latest());
            return (first, last);
        }
        match self.plan.activity(e).and_then(|a| a.timing) {
            Some(t) => (t.start().value.earliest(), t.end().value.latest()),
            None => (None, None),
        }
    }

    /// The trainings that teach an entity: a role directly, a person through their roles.
    fn own_trainings(&self, who: EntityRef) -> impl Iterator<Item = EntityRef> + '_ {
        let roles: Vec<&str> = match who.kind {
            EntityKind::Role => vec![self.plan.roles[who.index].id.value.as_str()],
            EntityKind::Person => self.plan.people[who.index].roles.iter().map(|r| r.value.as_str()).collect(),
            _ => Vec::new(),
        };
        roles.into_iter().flat_map(|r| self.taught.get(r).into_iter().flatten().copied())
    }

    /// The latest day an activity must start after (or on, for `within`), with why: each order
    /// the plan kept before the shift.
    fn lower_bounds(&self, moves: &[Move], e: EntityRef) -> Vec<(NaiveDate, bool, Why<'p>)> {
        let plan = self.plan;
        let Some(a) = plan.activity(e) else { return Vec::new() };
        let (old_first, _) = self.span_of(moves, e, false);
        let Some(old_first) = old_first else { return Vec::new() };
        let mut out = Vec::new();
        for dep in a.after {
            let Some(d) = plan.lookup(&dep.value).filter(|d| plan.activity(*d).is_some()) else { continue };
            if let ((_, Some(was)), (_, Some(now))) = (self.span_of(moves, d, false), self.span_of(moves, d, true))
                && old_first > was
            {
                out.push((now, false, Why::After(&dep.value)));
            }
        }
        if e.kind == EntityKind::Training {
            for trainer in &plan.trainings[e.index].trainer {
                let Some(who) = plan.lookup(&trainer.value) else { continue };
                // The last day of their own training, before and after the moves; none when
                // one of those trainings has no end.
                let ends = |moved: bool| {
                    self.own_trainings(who)
                        .map(|o| self.span_of(moves, o, moved).1)
                        .try_fold(None, |max: Option<NaiveDate>, d| d.map(|d| Some(max.map_or(d, |m| m.max(d)))))
                };
                if let (Some(Some(was)), Some(Some(now))) = (ends(false), ends(true))
                    && old_first > was
                {
                    out.push((now, false, Why::Trained(&trainer.value)));
                }
            }
        }
        if let Some(w) = a.within.and_then(|w| plan.lookup(&w.value))
            && let ((Some(was), _), (Some(now), _)) = (self.span_of(moves, w, false), self.span_of(moves, w, true))
            && old_first >= was
        {
            out.push((now, true, Why::Within(&plan.id_of(w).value)));
        }
        out
    }
}

/// `d` moved on a unit of its own granularity at a time until `ok`, at most a few years'
/// worth.
fn moved_on(d: &PlanDate, ok: impl Fn(&PlanDate) -> bool) -> Option<PlanDate> {
    let step = d.unit()?;
    let mut at = d.clone();
    for _ in 0..2000 {
        if ok(&at) {
            return Some(at);
        }
        at = at.moved_by(step)?.date;
    }
    None
}

/// An activity's dates (as the step put them) moved on whole, so that its start falls on or
/// after `earliest`: by the smallest step of its own granularity, as `reschedule` moves, and its
/// length kept. A start that is a day lands on the first working day from `earliest`, and a
/// span of days keeps as many working days as it had (or, if it had none, as many days).
fn moved_whole(plan: &Plan, dates: &[DateMove], earliest: NaiveDate) -> Option<Vec<PlanDate>> {
    let old: Vec<PlanDate> = dates.iter().map(|d| d.old.clone()).collect();
    let stepped: Vec<PlanDate> = dates.iter().map(|d| d.new.clone()).collect();
    whole(plan, &old, &stepped, earliest)
}

/// An activity's dates, `old` in the file and `stepped` as a step put them, moved on whole so
/// that its start falls on or after `earliest` (see `moved_whole`); `move` uses it too.
pub(crate) fn whole(plan: &Plan, old: &[PlanDate], stepped: &[PlanDate], earliest: NaiveDate) -> Option<Vec<PlanDate>> {
    let start = stepped.first()?;
    let working = |d: &NaiveDate| plan.closed_because(*d).is_none();
    // A tied date moves with its period, not with the activity.
    let keep_tied = |d: &PlanDate, moved: Option<PlanDate>| if d.tie().is_some() { Some(d.clone()) } else { moved };
    let PlanDate::Day(from) = *start else {
        let step = start.smallest_step_to(earliest)?;
        return stepped.iter().map(|d| keep_tied(d, d.moved_by(step).map(|m| m.date))).collect();
    };
    let first = earliest.iter_days().take(3660).find(working)?;
    let mut out = vec![PlanDate::Day(first)];
    if let (Some(old_end), Some(new_end)) = (old.get(1), stepped.get(1)) {
        out.push(match (&old[0], old_end, new_end) {
            (PlanDate::Day(a), PlanDate::Day(z), PlanDate::Day(_)) if z >= a => {
                let days = a.iter_days().take_while(|d| d <= z);
                match days.clone().filter(working).count() {
                    0 => PlanDate::Day(first + (*z - *a)),
                    n => PlanDate::Day(first.iter_days().filter(working).nth(n - 1)?),
                }
            }
            // Open, not known yet, a week, a month or vaguer: moved by as many days as the start.
            (_, _, other) => {
                let step = Step::Days(i32::try_from((first - from).num_days()).ok()?);
                keep_tied(other, other.moved_by(step).map(|m| m.date))?
            }
        });
    }
    Some(out)
}

/// Moves on each moving activity whose new dates break an order the plan kept, until none
/// does (or a loop of `after` stops it); the repairs made.
pub(super) fn keep(plan: &Plan, moves: &mut [Move]) -> Vec<Repair> {
    let index = Index::new(plan, moves);
    let mut repairs: Vec<Repair> = Vec::new();
    for _ in 0..=moves.len() {
        let mut changed = false;
        for i in 0..moves.len() {
            let e = moves[i].entity;
            let bounds = index.lower_bounds(moves, e);
            let first = &moves[i].dates[0];
            let Some(starts) = first.new.earliest() else { continue };
            // The latest bound broken: the first day the start must come after (or on).
            let broken = bounds
                .into_iter()
                .filter(|(day, on, _)| if *on { starts < *day } else { starts <= *day })
                .max_by_key(|(day, on, _)| (*day, !*on));
            if let Some((day, on, because)) = broken {
                let earliest = if on { Some(day) } else { day.checked_add_days(chrono::Days::new(1)) };
                if let Some(to) = earliest.and_then(|e| moved_whole(plan, &moves[i].dates, e)) {
                    for (slot, to) in to.into_iter().enumerate() {
                        if to != moves[i].dates[slot].new {
                            record(&mut repairs, &moves[i], slot, to.clone(), because.words(day));
                            moves[i].dates[slot].new = to;
                        }
                    }
                    changed = true;
                }
            }
            changed |= keep_ends_after_starts(plan, &mut moves[i], &mut repairs);
        }
        if !changed {
            break;
        }
    }
    repairs
}

/// An end the moves put before its start, where the plan had it on or after: moved on.
fn keep_ends_after_starts(plan: &Plan, m: &mut Move, repairs: &mut Vec<Repair>) -> bool {
    let [start, end] = m.dates.as_slice() else { return false };
    let was_in_order = match plan.activity(m.entity).and_then(|a| a.timing) {
        Some(Timing::Between { start, end }) => match (start.value.earliest(), end.value.latest()) {
            (Some(a), Some(z)) => z >= a,
            _ => end.value == PlanDate::Open,
        },
        _ => false,
    };
    let (Some(starts), Some(ends)) = (start.new.earliest(), end.new.latest()) else { return false };
    if !was_in_order || ends >= starts {
        return false;
    }
    let Some(to) = moved_on(&end.new, |d| d.latest().is_some_and(|z| z >= starts)) else { return false };
    let because = Text::id("repair-end").arg("start", start.new.clone());
    record(repairs, m, 1, to.clone(), because);
    m.dates[1].new = to;
    true
}

/// Notes a repair, or updates the one already made to the same date.
fn record(repairs: &mut Vec<Repair>, m: &Move, slot: usize, to: PlanDate, because: Text) {
    let d: &DateMove = &m.dates[slot];
    if let Some(r) = repairs.iter_mut().find(|r| r.span == d.span) {
        r.to = to;
        r.because = because;
        return;
    }
    repairs.push(Repair { id: m.id.clone(), key: d.key, span: d.span, stepped: d.new.clone(), to, because });
}
