//! Rules about the timeline: activities in dependency order, inside the period they lie
//! `within`, dates not yet known, and — where a vague date may break one of those orders but
//! need not — `uncertain-order`.
//!
//! A date is the days it may be ([`PlanDate::bounds`]): an order broken for every possible pair
//! of days is its rule's error; one broken only for some is an `uncertain-order` warning.

use chrono::NaiveDate;
use foldhash::HashSet;

use crate::diagnostic::{Finding, Text};
use crate::i18n::Arg;

use crate::plan::{EntityRef, Plan, PlanDate, Status, Timing};
use crate::registry::{DEPENDENCY_ORDER, OUTSIDE_PERIOD, TBD_DATE, UNCERTAIN_ORDER};

/// The first and the last day a date may be.
pub(crate) type Days = (NaiveDate, NaiveDate);

/// Whether an order between two dates holds, fails, or may do either.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Order {
    Kept,
    /// Broken for some of the days the dates may be, kept for others.
    Maybe,
    Broken,
}

impl Order {
    /// Whether one activity starts (`starts`, the days it may) on a later day than another
    /// ends (`ends`), as an activity after another must; `None` when either is not known.
    pub(crate) fn after(ends: Option<Days>, starts: Option<Days>) -> Option<Self> {
        let ((end_first, end_last), (start_first, start_last)) = (ends?, starts?);
        Some(if start_first > end_last {
            Self::Kept
        } else if start_last <= end_first {
            Self::Broken
        } else {
            Self::Maybe
        })
    }

    /// Whether the days `later` may be fall on or after those `earlier` may be, as an activity
    /// inside another starts on or after its start and ends on or before its end.
    fn not_before((early_first, early_last): Days, (late_first, late_last): Days) -> Self {
        if late_first >= early_last {
            Self::Kept
        } else if late_last < early_first {
            Self::Broken
        } else {
            Self::Maybe
        }
    }
}

/// A start as a message says it: the day it starts on, or, for a week, a month or a vague
/// date, the date as written ("august 2019", "efterår 2019"), not its first day.
pub(crate) fn starts(d: &PlanDate) -> Arg {
    match d.as_start() {
        Some((day, last)) if day == last && !matches!(d, PlanDate::Week { .. } | PlanDate::Month { .. }) => {
            Arg::Day(day)
        }
        _ => Arg::Date(d.clone()),
    }
}

/// An end as a message says it: the day it ends on, or, for a week, a month or a vague date,
/// the date as written, not its last day.
pub(crate) fn ends(d: &PlanDate) -> Arg {
    match d.as_end() {
        Some((first, day)) if day == first && !matches!(d, PlanDate::Week { .. } | PlanDate::Month { .. }) => {
            Arg::Day(day)
        }
        _ => Arg::Date(d.clone()),
    }
}

/// `in_loop`: activities on a loop of `after`, which `dependency-cycle` has reported.
pub(crate) fn check(plan: &Plan, in_loop: &HashSet<EntityRef>, out: &mut Vec<Finding>) {
    within(plan, out);
    for a in plan.activities() {
        let Some(timing) = a.timing else { continue };
        tbd(&a.id.value, timing, out);
        if in_loop.contains(&a.entity) {
            continue;
        }
        let start = timing.start();
        for dep in a.after {
            let Some(other) = plan.lookup(&dep.value).and_then(|r| plan.activity(r)) else {
                continue; // dangling: `unknown-reference`
            };
            // Waiting for a course or step called off is waiting for nothing.
            if other.status == Status::Cancelled && a.status == Status::Planned {
                let mut f = Finding::new(
                    DEPENDENCY_ORDER,
                    dep.span,
                    Text::id("dependency-order-cancelled").arg("id", &a.id.value).arg("other", &other.id.value),
                )
                .label(Text::id("dependency-order-cancelled-label"))
                .help(Text::id("dependency-order-cancelled-help").arg("other", &other.id.value));
                if let Some(status) = other_status_span(plan, other.entity) {
                    f = f.related(status, Text::id("cascade-cancelled-here"));
                }
                out.push(f);
                continue;
            }
            let Some(other_timing) = other.timing else { continue };
            let ends = other_timing.end();
            let mut f = match Order::after(other_timing.end_days(), timing.start_days()) {
                None | Some(Order::Kept) => continue,
                Some(Order::Broken) => {
                    let message = match (starts(&start.value), self::ends(&ends.value)) {
                        (Arg::Day(a), Arg::Day(b)) if a == b => Text::id("dependency-order-same-day").arg("day", a),
                        (a, b) => Text::id("dependency-order").arg("starts", a).arg("ends", b),
                    };
                    Finding::new(
                        DEPENDENCY_ORDER,
                        start.span,
                        message.arg("id", &a.id.value).arg("other", &other.id.value),
                    )
                    .label(Text::id("dependency-order-label").arg("other", &other.id.value))
                    .help(Text::id("dependency-order-help"))
                }
                Some(Order::Maybe) => {
                    uncertain_after(&a.id.value, &start.value, &other.id.value, &ends.value, start.span)
                }
            };
            f = f
                .related(dep.span, Text::id("dependency-order-waits"))
                .related(ends.span, Text::id("dependency-order-ends-here"));
            out.push(f);
        }
    }
}

/// Where an activity's `status` is written.
fn other_status_span(plan: &Plan, e: EntityRef) -> Option<crate::span::Span> {
    match e.kind {
        crate::plan::EntityKind::Training => plan.trainings[e.index].status.as_ref().map(|s| s.span),
        crate::plan::EntityKind::Phase => plan.phases[e.index].status.as_ref().map(|s| s.span),
        _ => None,
    }
}

/// `uncertain-order` for an activity that may start before one it waits for ends.
pub(crate) fn uncertain_after(
    id: &str,
    starts: &PlanDate,
    other: &str,
    ends: &PlanDate,
    at: crate::span::Span,
) -> Finding {
    Finding::new(
        UNCERTAIN_ORDER,
        at,
        Text::id("uncertain-order-after")
            .arg("id", id)
            .arg("starts", self::starts(starts))
            .arg("other", other)
            .arg("ends", self::ends(ends)),
    )
    .label(Text::id("uncertain-order-after-label").arg("other", other))
    .help(
        Text::id("uncertain-order-help")
            .arg("id", id)
            .arg("last", ends.latest().map_or_else(|| ends.clone(), PlanDate::Day)),
    )
}

/// `tbd-date`: a date not yet known, or tied to a closed period whose dates are not known.
fn tbd(id: &str, timing: &Timing, out: &mut Vec<Finding>) {
    let Some((key, first)) = timing.keyed().into_iter().find(|(_, d)| d.value.is_unknown()) else { return };
    let which = match timing {
        Timing::On(_) => "date",
        Timing::Between { start, end } if start.value.is_unknown() && end.value.is_unknown() => "both",
        Timing::Between { .. } => key,
    };
    let f = match first.value.tie() {
        Some(tie) => {
            Finding::new(TBD_DATE, first.span, Text::id("tbd-date-tied").arg("id", id).arg("period", &*tie.period))
                .label(Text::id("tbd-date-tied-label"))
                .help(Text::id("tbd-date-tied-help").arg("period", &*tie.period))
        }
        None => Finding::new(TBD_DATE, first.span, Text::id("tbd-date").arg("id", id).arg("which", which))
            .label(Text::id("tbd-date-label"))
            .help(Text::id("tbd-date-help")),
    };
    out.push(f);
}

/// `outside-period`: each activity that names a period `within` lies inside its dates; where a
/// vague date may put it outside, `uncertain-order`.
fn within(plan: &Plan, out: &mut Vec<Finding>) {
    for a in plan.activities() {
        let (Some(timing), Some(w)) = (a.timing, a.within) else { continue };
        let Some(period) = plan.lookup(&w.value).and_then(|r| plan.activity(r)) else { continue };
        let Some(frame) = period.timing else { continue };
        let name = &period.id.value;
        let (start, from) = (timing.start(), frame.start());
        let starts_too_early = match frame.start_days().zip(timing.start_days()).map(|(f, s)| Order::not_before(f, s)) {
            Some(Order::Broken) => Some((OUTSIDE_PERIOD, "outside-period-starts", "outside-period-label")),
            Some(Order::Maybe) => Some((UNCERTAIN_ORDER, "uncertain-order-starts", "uncertain-order-within-label")),
            _ => None,
        };
        if let Some((rule, message, label)) = starts_too_early {
            out.push(
                Finding::new(
                    rule,
                    start.span,
                    Text::id(message)
                        .arg("id", &a.id.value)
                        .arg("starts", starts(&start.value))
                        .arg("period", name)
                        .arg("from", starts(&from.value)),
                )
                .label(Text::id(label).arg("period", name))
                .related(w.span, Text::id("outside-period-within"))
                .related(from.span, Text::id("outside-period-starts-here"))
                .help(Text::id("outside-period-help").arg("period", name)),
            );
        }
        let (end, until) = (timing.end(), frame.end());
        if until.value.bounds().is_none() {
            continue; // open, or not known
        }
        let past = match (&end.value, timing.end_days().zip(frame.end_days()).map(|(e, u)| Order::not_before(e, u))) {
            (PlanDate::Open, _) => Some((OUTSIDE_PERIOD, Text::id("outside-period-open"), "outside-period-label")),
            (_, Some(Order::Broken)) => Some((
                OUTSIDE_PERIOD,
                Text::id("outside-period-ends").arg("ends", ends(&end.value)),
                "outside-period-label",
            )),
            (_, Some(Order::Maybe)) => Some((
                UNCERTAIN_ORDER,
                Text::id("uncertain-order-ends").arg("ends", ends(&end.value)),
                "uncertain-order-within-label",
            )),
            _ => None,
        };
        if let Some((rule, message, label)) = past {
            out.push(
                Finding::new(
                    rule,
                    end.span,
                    message.arg("id", &a.id.value).arg("period", name).arg("last", ends(&until.value)),
                )
                .label(Text::id(label).arg("period", name))
                .related(w.span, Text::id("outside-period-within"))
                .related(until.span, Text::id("outside-period-ends-here"))
                .help(Text::id("outside-period-help").arg("period", name)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn days(start: &str, end: &str) -> (Option<Days>, Option<Days>) {
        let t = Timing::Between {
            start: crate::span::Spanned::new(PlanDate::parse(start).unwrap(), crate::span::Span::default()),
            end: crate::span::Spanned::new(PlanDate::parse(end).unwrap(), crate::span::Span::default()),
        };
        (t.start_days(), t.end_days())
    }

    /// Whether an activity from `start` to `end` comes after one that ends on `before`'s end.
    fn after(before: (&str, &str), start: &str, end: &str) -> Option<Order> {
        Order::after(days(before.0, before.1).1, days(start, end).0)
    }

    #[test]
    fn an_order_is_broken_when_every_pair_of_days_breaks_it_and_uncertain_when_some_do() {
        // Days and weeks as before: a week ends on its Sunday, a start on its Monday.
        assert_eq!(after(("2019-05-16", "2019-06-21"), "2019-W20", "2019-W22"), Some(Order::Broken));
        assert_eq!(after(("2019-05-16", "2019-06-21"), "2019-W26", "2019-W27"), Some(Order::Kept));
        assert_eq!(after(("2019-05-16", "2019-10"), "2019-11", "2019-11"), Some(Order::Kept));
        // A season after a month it overlaps: it may start in September, or in November.
        assert_eq!(after(("2019-09-01", "2019-10"), "2019-autumn", "2019-autumn"), Some(Order::Maybe));
        // ... and after one that ends in August, surely after.
        assert_eq!(after(("2019-05-16", "2019-08"), "2019-autumn", "2019-autumn"), Some(Order::Kept));
        // A season before a month it cannot reach: surely broken.
        assert_eq!(after(("2019-05-16", "2019-12"), "2019-autumn", "2019-autumn"), Some(Order::Broken));
        // An end no earlier than its own start: "efterår" starting in November ends in November.
        assert_eq!(after(("2019-11", "2019-autumn"), "2019-12-01", "2019-12-02"), Some(Order::Kept));
        assert_eq!(after(("tbd", "2019-10"), "tbd", "2019-11"), None);
    }
}
