//! Rules about the timeline: activities in dependency order, inside the period they lie
//! `within`, and dates not yet known.

use crate::diagnostic::{Finding, Text};
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
                Timing::On(_) => "date",
                Timing::Between { start, end } if start.value == end.value => "both",
                Timing::Between { start, .. } if start.value == PlanDate::Tbd => "start",
                Timing::Between { .. } => "end",
            };
            out.push(
                Finding::new(TBD_DATE, first.span, Text::id("tbd-date").arg("id", &a.id.value).arg("which", which))
                    .label(Text::id("tbd-date-label"))
                    .help(Text::id("tbd-date-help")),
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
                    Text::id("dependency-order-same-day").arg("day", starts)
                } else {
                    Text::id("dependency-order").arg("starts", starts).arg("ends", ends)
                };
                let message = message.arg("id", &a.id.value).arg("other", &other.id.value);
                let mut f = Finding::new(DEPENDENCY_ORDER, timing.start().span, message)
                    .label(Text::id("dependency-order-label").arg("other", &other.id.value))
                    .related(dep.span, Text::id("dependency-order-waits"));
                if let Some(t) = other.timing {
                    f = f.related(t.end().span, Text::id("dependency-order-ends-here"));
                }
                out.push(f.help(Text::id("dependency-order-help")));
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
                    Text::id("outside-period-starts")
                        .arg("id", &a.id.value)
                        .arg("starts", starts)
                        .arg("period", name)
                        .arg("from", from),
                )
                .label(Text::id("outside-period-label").arg("period", name))
                .related(w.span, Text::id("outside-period-within"))
                .related(frame.start().span, Text::id("outside-period-starts-here"))
                .help(Text::id("outside-period-help").arg("period", name)),
            );
        }
        let until = frame.end().value;
        let Some(last) = until.last_day() else { continue }; // open, or not known
        let end = timing.end();
        let past = match end.value {
            PlanDate::Open => Some(Text::id("outside-period-open")),
            v => v.last_day().filter(|d| *d > last).map(|d| Text::id("outside-period-ends").arg("ends", d)),
        };
        if let Some(message) = past {
            out.push(
                Finding::new(
                    OUTSIDE_PERIOD,
                    end.span,
                    message.arg("id", &a.id.value).arg("period", name).arg("last", last),
                )
                .label(Text::id("outside-period-label").arg("period", name))
                .related(w.span, Text::id("outside-period-within"))
                .related(frame.end().span, Text::id("outside-period-ends-here"))
                .help(Text::id("outside-period-help").arg("period", name)),
            );
        }
    }
}
