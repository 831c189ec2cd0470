//! Training sessions on days when nobody works: weekends, Danish public holidays, and the
//! plan's own closed periods.

use crate::diagnostic::Finding;

use crate::plan::{PhaseKind, Plan, PlanDate, Timing};
use crate::registry::HOLIDAY_SESSION;
use crate::span::Spanned;

pub(crate) fn check(plan: &Plan, out: &mut Vec<Finding>) {
    for t in &plan.trainings {
        let dates: Vec<(&str, &Spanned<PlanDate>)> = match &t.timing {
            Some(Timing::On(d)) => vec![("date", d)],
            // A one-day course written `start = end` is one session on one day: one finding.
            Some(Timing::Between { start, end }) if start.value == end.value => vec![("start", start)],
            Some(Timing::Between { start, end }) => vec![("start", start), ("end", end)],
            None => Vec::new(),
        };
        for (key, d) in dates {
            let PlanDate::Day(day) = d.value else { continue };
            if let Some(why) = plan.closed_because(day) {
                out.push(
                    Finding::new(HOLIDAY_SESSION, d.span, format!("`{}` has its {key} on {day}, {why}", t.id.value))
                        .label(format!("{}", day.format("%A")))
                        .help("move the session to a working day"),
                );
            }
        }
    }
    for p in plan.phases.iter().filter(|p| p.kind.as_ref().is_some_and(|k| k.value == PhaseKind::GoLive)) {
        let Some(d) = p.timing.as_ref().map(Timing::start) else { continue };
        let PlanDate::Day(day) = d.value else { continue };
        if let Some(why) = plan.on_holiday(day) {
            out.push(
                Finding::new(HOLIDAY_SESSION, d.span, format!("go-live `{}` is on {day}, {why}", p.id.value))
                    .label(format!("{}", day.format("%A")))
                    .help("go live when people are at work to start using the system"),
            );
        }
    }
}
