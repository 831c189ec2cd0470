//! Rules about the timeline: activities in dependency order, and dates not yet known.

use crate::diagnostic::Finding;
use foldhash::HashSet;

use crate::plan::{EntityRef, Plan, PlanDate, Timing};
use crate::rules::{Level, Rule};

pub static DEPENDENCY_ORDER: Rule = Rule {
    name: "dependency-order",
    level: Level::Deny,
    summary: "an activity starts before something in its `after` ends",
    explanation: r#"## What it does
For every training and phase with `after`, compares its start with the end of each activity it
waits for: it must start after that end (a week ends on its Sunday, a month on its last day).
`tbd` and `open` dates are not compared.

## Why is this bad?
Parents told about the switch to Aula before the staff who will help them have been trained
get their questions answered by nobody. After a national delay moves one activity, the ones
that wait for it must move too.

## Example
```toml
[[phase]]
id = "school-inform-switch"
name = "Skolerne informerer om skift til Aula"
start = "2019-W20"
end = "2019-W22"
after = ["school-staff-training"]   # runs 2019-05-16 to 2019-06-21
```

## Use instead
```toml
[[phase]]
id = "school-inform-switch"
name = "Skolerne informerer om skift til Aula"
start = "2019-W41"
end = "2019-W43"
after = ["school-staff-training"]
```
"#,
};

pub static TBD_DATE: Rule = Rule {
    name: "tbd-date",
    level: Level::Warn,
    summary: "an activity's date is not yet known (\"tbd\")",
    explanation: r#"## What it does
Reports every training and phase with a `"tbd"` date (once per activity, even when both its
start and end are `tbd`). Checks that compare dates skip `tbd` ones, so this is the reminder
that they were not checked.

## Why is this bad?
It is not bad to write down what is not known — the Esbjerg plan's day-care dates were "dato
kendes endnu ikke" — but the plan is not finished until every date is set. A plan that accepts
unknown dates for now can say so: `[lints] tbd-date = "allow"`.

## Example
```toml
[[training]]
id = "daycare-staff-training"
name = "Dagtilbuddenes øvrige personale"
trainer = ["daycare-superuser"]
trainees = ["daycare-staff"]
start = "tbd"
end = "tbd"
```

## Use instead
```toml
start = "2020-W36"
end = "2020-W40"
```
"#,
};

/// `in_loop`: activities on a loop of `after`, which `dependency-cycle` has reported.
pub(crate) fn check(plan: &Plan, in_loop: &HashSet<EntityRef>, out: &mut Vec<Finding>) {
    for a in plan.activities() {
        let Some(timing) = a.timing else { continue };
        let dates: Vec<_> = match timing {
            Timing::On(d) => vec![d],
            Timing::Between { start, end } => vec![start, end],
        };
        if let Some(first) = dates.iter().find(|d| d.value == PlanDate::Tbd) {
            let which = match timing {
                Timing::On(_) => "its date is",
                Timing::Between { start, end } if start.value == end.value => "its start and end are",
                Timing::Between { start, .. } if start.value == PlanDate::Tbd => "its start is",
                Timing::Between { .. } => "its end is",
            };
            out.push(
                Finding::new(&TBD_DATE, first.span, format!("`{}` is not dated yet: {which} tbd", a.id.value))
                    .label("not yet known")
                    .help("set the date when it is known; dates that are tbd are left out of every date check"),
            );
        }
        let Some(starts) = timing.start().value.first_day().filter(|_| !in_loop.contains(&a.entity)) else { continue };
        for dep in a.after {
            let Some(other) = plan.lookup(&dep.value).and_then(|r| plan.activity(r)) else {
                continue; // dangling: `unknown-reference`
            };
            let Some(ends) = other.timing.and_then(|t| t.end().value.last_day()) else { continue };
            if starts <= ends {
                let mut f = Finding::new(
                    &DEPENDENCY_ORDER,
                    timing.start().span,
                    format!("`{}` starts {starts}, before `{}` ends {ends}", a.id.value, other.id.value),
                )
                .label(format!("must start after `{}` ends", other.id.value))
                .related(dep.span, "waits for it here");
                if let Some(t) = other.timing {
                    f = f.related(t.end().span, "which ends here");
                }
                out.push(f.help("move this activity later, or the one it waits for earlier"));
            }
        }
    }
}
