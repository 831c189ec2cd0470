//! Rules about the train-the-trainer cascade: is every trainer trained, in time, and does a
//! chain of trainings from the root reach every role that needs training?
//!
//! A person counts as trained when a training teaches one of their roles; the root (a unit or
//! role, and the people who hold a root role) needs no training. Dates of different
//! granularity compare by their first and last days; a `tbd` date skips the comparison.

use foldhash::{HashSet, HashSetExt};

use crate::diagnostic::Finding;
use crate::plan::{EntityKind, EntityRef, Plan};
use crate::rules::cycles::Graphs;
use crate::rules::{Level, Rule};

pub static UNTRAINED_TRAINER: Rule = Rule {
    name: "untrained-trainer",
    level: Level::Deny,
    summary: "someone teaches a training but is never taught, and is not the root",
    explanation: r#"## What it does
Checks every `trainer` of every training: a unit, role or person that is neither the plan's
`root` nor a trainee of any training (a person: through one of their roles) is reported once,
with the trainings they teach.

## Why is this bad?
Train-the-trainer only works if the trainers were trained. A trainer nobody teaches stands in
front of colleagues with no more knowledge of Aula than they have.

## Example
```toml
[[training]]
id = "digital-childminders"
name = "Digitale dagplejere"
trainer = ["childminding-superuser"]
trainees = ["digital-childminder"]
date = "tbd"
```

## Use instead
```toml
[[training]]
id = "nc-childminding-superuser"
name = "Dagplejens superbruger"
trainer = ["netcompany"]
trainees = ["childminding-superuser"]
date = "tbd"

[[training]]
id = "digital-childminders"
name = "Digitale dagplejere"
trainer = ["childminding-superuser"]
trainees = ["digital-childminder"]
date = "tbd"
```
"#,
};

pub static TRAINER_TRAINED_LATE: Rule = Rule {
    name: "trainer-trained-late",
    level: Level::Deny,
    summary: "a trainer's own training does not end before the training they teach starts",
    explanation: r#"## What it does
For each trainer of a training, looks at the trainings that teach the trainer (a person:
through their roles). At least one of them must end strictly before the training they teach
starts. A week ends on its Sunday, a month on its last day; `tbd` dates are not compared.

## Why is this bad?
Super-users booked to teach their colleagues in May, on a vendor course in June, teach what
they have not learnt yet. National delays make this easy to miss: one course moves, the next
does not.

## Example
```toml
[[training]]
id = "nc-superusers"
name = "Superbrugere"
trainer = ["netcompany"]
trainees = ["school-superuser"]
start = 2019-05-20
end = 2019-05-24

[[training]]
id = "staff"
name = "Medarbejdere"
trainer = ["school-superuser"]
trainees = ["school-staff"]
start = 2019-05-16
end = 2019-06-21
```

## Use instead
```toml
[[training]]
id = "nc-superusers"
name = "Superbrugere"
trainer = ["netcompany"]
trainees = ["school-superuser"]
start = 2019-03-04
end = 2019-03-11
```
"#,
};

pub static UNREACHED_ROLE: Rule = Rule {
    name: "unreached-role",
    level: Level::Warn,
    summary: "a role needs training, but no training teaches it",
    explanation: r#"## What it does
Follows the cascade from the root: trainings whose trainers are reached teach their trainee
roles, whose holders are then reached. A role with `needs_training` (the default) that is
never reached, and that no training teaches at all, is reported. (Where a training teaches the
role but its trainers are not reached, that break is reported where it is, as
`untrained-trainer`, and not again here.) Set `needs_training = false` for roles that are only
informed.

## Why is this bad?
Every user group of Aula has to learn it from somebody: a role forgotten in the cascade meets
Aula on go-live day.

## Example
```toml
[[role]]
id = "it-staff"
name = "Medarbejdere i Digitalisering & IT"
unit = "digitalisering-it"
```

## Use instead
```toml
[[training]]
id = "it-staff-training"
name = "Medarbejdere i D&IT"
trainer = ["it-technician"]
trainees = ["it-staff"]
start = 2019-05-16
end = 2019-06-21
```
"#,
};

/// For each role (by index), the trainings that teach it.
fn teaching(plan: &Plan) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); plan.roles.len()];
    for (ti, t) in plan.trainings.iter().enumerate() {
        for role in t.trainees.iter().filter_map(|x| plan.role_index(&x.value)) {
            if out[role].last() != Some(&ti) {
                out[role].push(ti);
            }
        }
    }
    out
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
    let teaching = teaching(plan);
    for (ti, t) in plan.trainings.iter().enumerate() {
        for trainer in &t.trainer {
            let Some(who) =
                plan.lookup(&trainer.value).filter(|r| r.kind != EntityKind::Training && r.kind != EntityKind::Phase)
            else {
                continue; // dangling or the wrong kind: `unknown-reference`
            };
            if is_root(plan, root, who) || in_loop.contains(&who) {
                continue;
            }
            let own = taught_by(plan, &teaching, who);
            if own.is_empty() {
                untrained.insert(who);
                if reported.insert(who) {
                    let teaches: Vec<String> = plan
                        .trainings
                        .iter()
                        .filter(|o| o.trainer.iter().any(|x| x.value == trainer.value))
                        .map(|o| format!("`{}`", o.id.value))
                        .collect();
                    out.push(
                        Finding::new(
                            &UNTRAINED_TRAINER,
                            trainer.span,
                            format!("`{}` teaches {} but is never trained", trainer.value, teaches.join(", ")),
                        )
                        .label(format!("not the root, and no training teaches this {}", who.kind.noun()))
                        .help(format!(
                            "add a training whose `trainees` include {}",
                            match who.kind {
                                EntityKind::Person => format!("one of `{}`'s roles", trainer.value),
                                _ => format!("`{}`", trainer.value),
                            }
                        )),
                    );
                }
                continue;
            }
            late(plan, ti, trainer, &own, out);
        }
    }
    let reached = root.map(|r| graphs.cascade.reach(r)).unwrap_or_default();
    unreached(plan, root, &reached, &teaching, &untrained, out);
}

/// `trainer-trained-late` for one trainer of training `ti`, trained by `own`.
fn late(plan: &Plan, ti: usize, trainer: &crate::span::Spanned<String>, own: &[usize], out: &mut Vec<Finding>) {
    let t = &plan.trainings[ti];
    let Some(starts) = t.timing.as_ref().and_then(|x| x.start().value.first_day()) else { return };
    let mut latest_known = None;
    for &o in own {
        match plan.trainings[o].timing.as_ref().and_then(|x| x.end().value.last_day()) {
            Some(end) if end < starts => return,
            Some(end) => latest_known = Some((o, end)),
            None => return, // a training of theirs is not dated yet: nothing to compare
        }
    }
    let Some((o, end)) = latest_known else { return };
    let own_training = &plan.trainings[o];
    let mut f = Finding::new(
        &TRAINER_TRAINED_LATE,
        trainer.span,
        format!(
            "`{}` teaches `{}` from {starts}, but is trained in `{}`, which ends {end}",
            trainer.value, t.id.value, own_training.id.value
        ),
    )
    .label("trained too late to teach this");
    if let Some(x) = &own_training.timing {
        f = f.related(x.end().span, "their own training ends here");
    }
    out.push(f.help("move their own training earlier, or this training later"));
}

fn unreached(
    plan: &Plan,
    root: Option<EntityRef>,
    reached: &HashSet<EntityRef>,
    teaching: &[Vec<usize>],
    untrained: &HashSet<EntityRef>,
    out: &mut Vec<Finding>,
) {
    let holders = plan.holders();
    for (ri, role) in plan.roles.iter().enumerate() {
        let me = EntityRef { kind: EntityKind::Role, index: ri };
        let needs = role.needs_training.as_ref().is_none_or(|n| n.value);
        if !needs || reached.contains(&me) || Some(me) == root || !teaching[ri].is_empty() {
            continue;
        }
        // Its holders or the role itself already reported as untrained trainers: one finding.
        let holder_reported =
            holders[ri].iter().any(|&p| untrained.contains(&EntityRef { kind: EntityKind::Person, index: p }));
        if untrained.contains(&me) || holder_reported {
            continue;
        }
        out.push(
            Finding::new(&UNREACHED_ROLE, role.id.span, format!("no training teaches `{}`", role.id.value))
                .label("needs training, but is nobody's trainee")
                .help("add a training with this role among its `trainees`, or set `needs_training = false` if it is only informed"),
        );
    }
}
