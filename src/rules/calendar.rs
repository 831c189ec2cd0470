//! Training sessions on days when nobody works: weekends, Danish public holidays, and the
//! plan's own closed periods.

use crate::diagnostic::{Finding, Text};
use crate::i18n;

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
                    Finding::new(
                        HOLIDAY_SESSION,
                        d.span,
                        Text::id("holiday-session")
                            .arg("id", &t.id.value)
                            .arg("key", key)
                            .arg("day", day)
                            .arg("why", i18n::closed(why)),
                    )
                    .label(i18n::weekday(day))
                    .help(Text::id("holiday-session-help")),
                );
            }
        }
    }
    for p in plan.phases.iter().filter(|p| p.kind.as_ref().is_some_and(|k| k.value == PhaseKind::GoLive)) {
        let Some(d) = p.timing.as_ref().map(Timing::start) else { continue };
        let PlanDate::Day(day) = d.value else { continue };
        if let Some(why) = plan.on_holiday(day) {
            out.push(
                Finding::new(
                    HOLIDAY_SESSION,
                    d.span,
                    Text::id("holiday-go-live").arg("id", &p.id.value).arg("day", day).arg("why", i18n::closed(why)),
                )
                .label(i18n::weekday(day))
                .help(Text::id("holiday-go-live-help")),
            );
        }
    }
}
