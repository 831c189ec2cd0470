//! Rules about the timeline: activities in dependency order, inside the period they lie
//! `within`, and dates not yet known.

use crate::diagnostic::Finding;
use foldhash::HashSet;

use crate::plan::{EntityRef, Plan, PlanDate, Timing};
use crate::registry::{DEPENDENCY_ORDER, OUTSIDE_PERIOD, TBD_DATE};

/// `in_loop`: activities on a loop of `after`, which `dependency-cycle` has reported.
pub(crate) fn check(plan: &Plan, in_loop: &HashSet<EntityRef>, out: &mut Vec<Finding>) {
    within(plan, out);
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
                Finding::new(TBD_DATE, first.span, format!("`{}` is not dated yet: {which} tbd", a.id.value))
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
                let message = if starts == ends {
                    format!("`{}` starts on the day `{}` ends, {starts}", a.id.value, other.id.value)
                } else {
                    format!("`{}` starts {starts}, before `{}` ends {ends}", a.id.value, other.id.value)
                };
                let mut f = Finding::new(DEPENDENCY_ORDER, timing.start().span, message)
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

/// `outside-period`: each activity that names a period `within` lies inside its dates.
fn within(plan: &Plan, out: &mut Vec<Finding>) {
    for a in plan.activities() {
        let (Some(timing), Some(w)) = (a.timing, a.within) else { continue };
        let Some(period) = plan.lookup(&w.value).and_then(|r| plan.activity(r)) else { continue };
        let Some(frame) = period.timing else { continue };
        let name = &period.id.value;
        if let (Some(starts), Some(from)) = (timing.start().value.first_day(), frame.start().value.first_day())
            && starts < from
        {
            out.push(
                Finding::new(
                    OUTSIDE_PERIOD,
                    timing.start().span,
                    format!("`{}` starts {starts}, before `{name}` starts {from}", a.id.value),
                )
                .label(format!("outside `{name}`"))
                .related(w.span, "lies within it here")
                .related(frame.start().span, "which starts here")
                .help(format!("move the activity into `{name}`, or widen `{name}`")),
            );
        }
        let until = frame.end().value;
        let Some(last) = until.last_day() else { continue }; // open, or not known
        let end = timing.end();
        let past = match end.value {
            PlanDate::Open => Some(format!("`{}` has no end, but `{name}` ends {last}", a.id.value)),
            v => v
                .last_day()
                .filter(|d| *d > last)
                .map(|d| format!("`{}` ends {d}, after `{name}` ends {last}", a.id.value)),
        };
        if let Some(message) = past {
            out.push(
                Finding::new(OUTSIDE_PERIOD, end.span, message)
                    .label(format!("outside `{name}`"))
                    .related(w.span, "lies within it here")
                    .related(frame.end().span, "which ends here")
                    .help(format!("move the activity into `{name}`, or widen `{name}`")),
            );
        }
    }
}
