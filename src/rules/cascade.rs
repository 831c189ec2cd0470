//! Rules about the train-the-trainer cascade: is every trainer trained, in time, and does a
//! chain of trainings from the root reach every role that needs training?
//!
//! A person counts as trained when a training teaches one of their roles; the root (a unit or
//! role, and the people who hold a root role) needs no training, nor does whoever is
//! `trained_outside` the plan. Dates of different
//! granularity compare by their first and last days; a `tbd` date skips the comparison.

use compact_str::CompactString;
use foldhash::{HashSet, HashSetExt};

use crate::diagnostic::{Finding, Text};
use crate::plan::{EntityKind, EntityRef, Plan, Status};
use crate::registry::{TRAINER_TRAINED_LATE, UNCERTAIN_ORDER, UNREACHED_ROLE, UNTRAINED_TRAINER};
use crate::rules::cycles::Graphs;
use crate::rules::timeline::Order;

/// For each role (by index), the trainings that teach it: those held or planned (`cancelled`
/// false), or those cancelled (`cancelled` true), which teach no one.
fn teaching(plan: &Plan, cancelled: bool) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); plan.roles.len()];
    for (ti, t) in plan.trainings.iter().enumerate().filter(|(_, t)| is_cancelled(t) == cancelled) {
        for role in t.trainees.iter().filter_map(|x| plan.role_index(&x.value)) {
            if out[role].last() != Some(&ti) {
                out[role].push(ti);
            }
        }
    }
    out
}

/// Whether a training is cancelled: it trains no one.
pub(crate) fn is_cancelled(t: &crate::plan::Training) -> bool {
    t.status.as_ref().is_some_and(|s| s.value == Status::Cancelled)
}

/// The cancelled trainings that leave a role with no course at all, each with those roles (by
/// index): roles that no held or planned training teaches, that are not trained outside the plan
/// and are not its root. What a track's verdict counts as a broken chain.
#[must_use]
pub fn left_untrained(plan: &Plan) -> Vec<(usize, Vec<usize>)> {
    let root = plan.meta.root.as_ref().and_then(|r| plan.lookup(&r.value));
    let teaching = teaching(plan, false);
    plan.trainings
        .iter()
        .enumerate()
        .filter(|(_, t)| is_cancelled(t))
        .filter_map(|(ti, t)| {
            let mut roles: Vec<usize> = t
                .trainees
                .iter()
                .filter_map(|x| plan.role_index(&x.value))
                .filter(|&r| {
                    let who = EntityRef { kind: EntityKind::Role, index: r };
                    teaching[r].is_empty() && !plan.trained_outside(who) && root != Some(who)
                })
                .collect();
            roles.dedup();
            (!roles.is_empty()).then_some((ti, roles))
        })
        .collect()
}

/// The trainings that teach an entity directly (a role) or through its roles (a person).
fn taught_by(plan: &Plan, teaching: &[Vec<usize>], who: EntityRef) -> Vec<usize> {
    match who.kind {
        EntityKind::Role => teaching[who.index].clone(),
        EntityKind::Person => {
            let mut all: Vec<usize> = plan.people[who.index]
                .roles
                .iter()
                .filter_map(|r| plan.role_index(&r.value))
                .flat_map(|r| teaching[r].iter().copied())
                .collect();
            all.sort_unstable();
            all.dedup();
            all
        }
        _ => Vec::new(),
    }
}

/// Whether `who` is the root, or a person holding a root role.
fn is_root(plan: &Plan, root: Option<EntityRef>, who: EntityRef) -> bool {
    let Some(root) = root else { return false };
    who == root
        || (who.kind == EntityKind::Person
            && root.kind == EntityKind::Role
            && plan.people[who.index].roles.iter().any(|r| plan.lookup(&r.value) == Some(root)))
}

pub(crate) fn check(plan: &Plan, graphs: &Graphs, out: &mut Vec<Finding>) {
    let root = plan.meta.root.as_ref().and_then(|r| plan.lookup(&r.value));
    let mut untrained: HashSet<EntityRef> = HashSet::new();
    let mut reported: HashSet<EntityRef> = HashSet::new();
    let in_loop = &graphs.cascade_loops;
    let teaching = teaching(plan, false);
    let cancelled = self::teaching(plan, true);
    for (ti, t) in plan.trainings.iter().enumerate().filter(|(_, t)| !is_cancelled(t)) {
        for trainer in &t.trainer {
            let Some(who) =
                plan.lookup(&trainer.value).filter(|r| r.kind != EntityKind::Training && r.kind != EntityKind::Phase)
            else {
                continue; // dangling or the wrong kind: `unknown-reference`
            };
            if is_root(plan, root, who) || in_loop.contains(&who) || plan.trained_outside(who) {
                continue;
            }
            let own = taught_by(plan, &teaching, who);
            if own.is_empty() {
                untrained.insert(who);
                if reported.insert(who) {
                    let teaches: Vec<String> = plan
                        .trainings
                        .iter()
                        .filter(|o| !is_cancelled(o) && o.trainer.iter().any(|x| x.value == trainer.value))
                        .map(|o| format!("`{}`", o.id.value))
                        .collect();
                    // Its own course, cancelled: the finding says which.
                    let called_off = taught_by(plan, &cancelled, who);
                    let message = if called_off.is_empty() {
                        Text::id("untrained-trainer")
                    } else {
                        Text::id("untrained-trainer-cancelled").arg("cancelled", courses(plan, &called_off))
                    };
                    let mut f = Finding::new(
                        UNTRAINED_TRAINER,
                        trainer.span,
                        message.arg("id", &trainer.value).arg("trainings", teaches.join(", ")),
                    );
                    for &c in &called_off {
                        if let Some(status) = &plan.trainings[c].status {
                            f = f.related(status.span, Text::id("cascade-cancelled-here"));
                        }
                    }
                    out.push(
                        f.label(Text::id("untrained-trainer-label").arg("kind", crate::i18n::kind(who.kind))).help(
                            Text::id(match who.kind {
                                EntityKind::Person => "untrained-trainer-help-person",
                                _ => "untrained-trainer-help",
                            })
                            .arg("id", &trainer.value),
                        ),
                    );
                }
                continue;
            }
            late(plan, ti, trainer, &own, out);
        }
    }
    // With part of a training unread (a misspelt `trainees`, a `[[traning]]`), who is taught is
    // not known: the mistake is reported where it stands, not again as roles nobody teaches.
    if !plan.trainings_unread {
        let reached = root.map_or_else(
            || vec![false; plan.roles.len()],
            |r| graphs.cascade.reach(r, EntityKind::Role, plan.roles.len()),
        );
        unreached(plan, root, &reached, (&teaching, &cancelled), &untrained, out);
    }
}

/// Courses by id, for a message: `` `a`, `b` ``.
fn courses(plan: &Plan, trainings: &[usize]) -> String {
    trainings.iter().map(|&t| format!("`{}`", plan.trainings[t].id.value)).collect::<Vec<_>>().join(", ")
}

/// `trainer-trained-late` for one trainer of training `ti`, trained by `own`: in time when one
/// of their own trainings surely ends before it starts, too late when each surely ends on or
/// after it starts; between the two, for vague dates, `uncertain-order`.
fn late(plan: &Plan, ti: usize, trainer: &crate::span::Spanned<CompactString>, own: &[usize], out: &mut Vec<Finding>) {
    let t = &plan.trainings[ti];
    let Some(timing) = t.timing.as_ref().filter(|x| x.start_days().is_some()) else { return };
    let starts = &timing.start().value;
    // The own training that ends latest, as far as any order between them is known.
    let mut worst: Option<(usize, Order)> = None;
    for &o in own {
        let Some(own_timing) = plan.trainings[o].timing.as_ref() else { return };
        match Order::after(own_timing.end_days(), timing.start_days()) {
            // In time; or a training of theirs not dated yet: nothing to compare.
            Some(Order::Kept) | None => return,
            Some(order) => {
                if worst.is_none_or(|(_, w)| order == Order::Maybe && w == Order::Broken) {
                    worst = Some((o, order));
                }
            }
        }
    }
    let Some((o, order)) = worst else { return };
    let own_training = &plan.trainings[o];
    let Some(own_timing) = &own_training.timing else { return };
    let ends = &own_timing.end().value;
    let (rule, message, label) = match order {
        Order::Maybe => (UNCERTAIN_ORDER, "uncertain-order-trainer", "uncertain-order-trainer-label"),
        _ => (TRAINER_TRAINED_LATE, "trainer-trained-late", "trainer-trained-late-label"),
    };
    let f = Finding::new(
        rule,
        trainer.span,
        Text::id(message)
            .arg("id", &trainer.value)
            .arg("training", &t.id.value)
            .arg("starts", crate::rules::timeline::starts(starts))
            .arg("own", &own_training.id.value)
            .arg("ends", crate::rules::timeline::ends(ends)),
    )
    .label(Text::id(label))
    .related(own_timing.end().span, Text::id("trainer-trained-late-own"));
    out.push(f.help(Text::id("trainer-trained-late-help")));
}

fn unreached(
    plan: &Plan,
    root: Option<EntityRef>,
    reached: &[bool],
    (teaching, cancelled): (&[Vec<usize>], &[Vec<usize>]),
    untrained: &HashSet<EntityRef>,
    out: &mut Vec<Finding>,
) {
    let holders = plan.holders();
    for (ri, role) in plan.roles.iter().enumerate() {
        let me = EntityRef { kind: EntityKind::Role, index: ri };
        let needs = role.needs_training.as_ref().is_none_or(|n| n.value) && role.trained_outside.is_none();
        if !needs || reached.get(ri).copied().unwrap_or(false) || Some(me) == root || !teaching[ri].is_empty() {
            continue;
        }
        // Its holders or the role itself already reported as untrained trainers: one finding.
        let holder_reported =
            holders[ri].iter().any(|&p| untrained.contains(&EntityRef { kind: EntityKind::Person, index: p }));
        if untrained.contains(&me) || holder_reported {
            continue;
        }
        let message = if cancelled[ri].is_empty() {
            Text::id("unreached-role")
        } else {
            Text::id("unreached-role-cancelled").arg("cancelled", courses(plan, &cancelled[ri]))
        };
        out.push(
            Finding::new(UNREACHED_ROLE, role.id.span, message.arg("id", &role.id.value))
                .label(Text::id("unreached-role-label"))
                .help(Text::id("unreached-role-help")),
        );
    }
}
