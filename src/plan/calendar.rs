//! The plan's working days: weekends, Danish public holidays (unless `[calendar] holidays =
//! "none"`) and the plan's own closed periods. `holiday-session` reports sessions on such days;
//! `shift --workdays` moves days off them; a date tied to a closed period (`"after
//! efterarsferie-2019"`) is the first working day after it ends, or the last before it starts.

use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::sync::Arc;

use chrono::{Datelike, NaiveDate, Weekday};

use super::date::{Side, Tie};
use super::{Holidays, Plan, PlanDate, Timing};
use crate::holidays::holiday;
use crate::span::Spanned;

/// Why nobody works on a day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Closed<'p> {
    Saturday,
    Sunday,
    /// A Danish public holiday, by its Danish name (`juledag`).
    Holiday(&'static str),
    /// One of the plan's own closed periods, by its name if it has one.
    Period(Option<&'p str>),
}

/// In English, as the plan's own words are (the messages put it in the reader's language).
impl fmt::Display for Closed<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Closed::Saturday => f.write_str("a Saturday"),
            Closed::Sunday => f.write_str("a Sunday"),
            Closed::Holiday(name) => write!(f, "{name}, a public holiday"),
            Closed::Period(name) => write!(f, "in {}", name.unwrap_or("a closed period")),
        }
    }
}

/// What a tie to a period resolves to: the period's name, and the days the tied date may be
/// (none while the period's dates are not known).
pub type Resolved = (Option<Arc<str>>, Option<(NaiveDate, NaiveDate)>);

/// How far to look for a working day before a calendar is taken as closed for good.
const LOOK: usize = 3660;

impl Plan {
    /// Why nobody works on `day`, if nobody does.
    #[must_use]
    pub fn closed_because(&self, day: NaiveDate) -> Option<Closed<'_>> {
        match day.weekday() {
            Weekday::Sat => Some(Closed::Saturday),
            Weekday::Sun => Some(Closed::Sunday),
            _ => self.on_holiday(day),
        }
    }

    /// Why `day` is a holiday, public or the plan's own, if it is. A closed period with vague
    /// dates (`start = "2019-summer"`) is closed only on the days it surely covers: from its
    /// latest start to its earliest end.
    #[must_use]
    pub fn on_holiday(&self, day: NaiveDate) -> Option<Closed<'_>> {
        let dk = self.calendar.holidays.as_ref().is_none_or(|h| h.value == Holidays::Denmark);
        if let Some(name) = holiday(day).filter(|_| dk) {
            return Some(Closed::Holiday(name));
        }
        let closed = &self.calendar.closed;
        let first = self.calendar.closed_days.get_or_init(|| ClosedDays::of(closed)).first_covering(day)?;
        Some(Closed::Period(closed[first].name.as_ref().map(|n| n.value.as_str())))
    }

    /// The last working day before `day`.
    fn working_day_before(&self, day: NaiveDate) -> Option<NaiveDate> {
        let mut d = day;
        for _ in 0..LOOK {
            d = d.pred_opt()?;
            if self.closed_because(d).is_none() {
                return Some(d);
            }
        }
        None
    }

    /// The first working day after `day`.
    fn working_day_after(&self, day: NaiveDate) -> Option<NaiveDate> {
        day.succ_opt()?.iter_days().take(LOOK).find(|d| self.closed_because(*d).is_none())
    }

    /// The days a date tied to the closed period `id` may be, with the period's name: `None`
    /// for the days while the period's dates are not known; nothing at all when the calendar
    /// has no such period.
    #[must_use]
    pub fn tie_days(&self, side: Side, id: &str) -> Option<Resolved> {
        let period = self.period(id)?;
        let name = period.name.as_ref().map(|n| Arc::from(n.value.as_str()));
        let days = match side {
            Side::Before => period
                .start
                .as_ref()
                .and_then(|s| s.value.bounds())
                .and_then(|(a, b)| Some((self.working_day_before(a)?, self.working_day_before(b)?))),
            Side::After => period
                .end
                .as_ref()
                .and_then(|e| e.value.bounds())
                .and_then(|(a, b)| Some((self.working_day_after(a)?, self.working_day_after(b)?))),
        };
        Some((name, days))
    }

    /// Gives every date tied to a closed period (`"before sommerferie-2019"`) the days it may
    /// be and the period's name, from the plan's calendar; the loader calls it once the
    /// calendar is read. A tie to a period the calendar does not have stays unresolved (and
    /// `unknown-reference` reports it).
    pub fn resolve_ties(&mut self) {
        let mut resolved: HashMap<(Side, Arc<str>), Option<Resolved>> = HashMap::new();
        let timings = self
            .trainings
            .iter()
            .map(|t| t.timing.as_ref())
            .chain(self.phases.iter().map(|p| p.timing.as_ref()))
            .flatten();
        for timing in timings {
            for d in dates(timing) {
                if let PlanDate::Tied(tie) = &d.value
                    && !resolved.contains_key(&(tie.side, tie.period.clone()))
                {
                    let days = self.tie_days(tie.side, &tie.period);
                    resolved.insert((tie.side, tie.period.clone()), days);
                }
            }
        }
        if resolved.is_empty() {
            return;
        }
        let timings = self
            .trainings
            .iter_mut()
            .map(|t| t.timing.as_mut())
            .chain(self.phases.iter_mut().map(|p| p.timing.as_mut()))
            .flatten();
        for timing in timings {
            let slots = match timing {
                Timing::On(d) => vec![d],
                Timing::Between { start, end } => vec![start, end],
            };
            for d in slots {
                let PlanDate::Tied(Tie { side, period, name, days }) = &mut d.value else { continue };
                if let Some(Some((n, ds))) = resolved.get(&(*side, period.clone())) {
                    (*name, *days) = (n.clone(), *ds);
                }
            }
        }
    }

    /// The closed period of the calendar with the id `id`.
    #[must_use]
    pub fn period(&self, id: &str) -> Option<&super::ClosedPeriod> {
        self.calendar.closed.iter().find(|c| c.id.as_ref().is_some_and(|i| i.value == id))
    }
}

/// The days the plan's closed periods surely cover — a vague period from its latest start to
/// its earliest end — as sorted, disjoint runs of days, each with the first period in the
/// calendar's order that covers it. Made once per plan, so that asking about a day is a
/// search, not a pass over every period: a walk over the working days of a long phase asks
/// about each of its days.
#[derive(Debug, Default)]
pub struct ClosedDays(Vec<(NaiveDate, NaiveDate, usize)>);

impl ClosedDays {
    fn of(closed: &[super::ClosedPeriod]) -> Self {
        // Where each period begins and, the day after it ends, stops covering days.
        let mut changes: Vec<(NaiveDate, bool, usize)> = Vec::new();
        for (i, c) in closed.iter().enumerate() {
            let bounds =
                c.start.as_ref().and_then(|s| s.value.latest()).zip(c.end.as_ref().and_then(|e| e.value.earliest()));
            let Some((from, to)) = bounds.filter(|(from, to)| from <= to) else { continue };
            changes.push((from, true, i));
            if let Some(after) = to.succ_opt() {
                changes.push((after, false, i));
            }
        }
        changes.sort_unstable();
        let mut covering = BTreeSet::new();
        let mut runs = Vec::new();
        let mut k = 0;
        while k < changes.len() {
            let day = changes[k].0;
            while let Some(&(_, begins, i)) = changes.get(k).filter(|c| c.0 == day) {
                if begins {
                    covering.insert(i);
                } else {
                    covering.remove(&i);
                }
                k += 1;
            }
            if let Some(&first) = covering.first() {
                let last = changes.get(k).and_then(|c| c.0.pred_opt()).unwrap_or(NaiveDate::MAX);
                runs.push((day, last, first));
            }
        }
        Self(runs)
    }

    /// The first period, in the calendar's order, that surely covers `day`.
    fn first_covering(&self, day: NaiveDate) -> Option<usize> {
        let n = self.0.partition_point(|&(from, _, _)| from <= day);
        let &(_, to, first) = self.0.get(n.checked_sub(1)?)?;
        (day <= to).then_some(first)
    }
}

/// The dates of a timing: the one `date`, or `start` and `end`.
fn dates(timing: &Timing) -> Vec<&Spanned<PlanDate>> {
    match timing {
        Timing::On(d) => vec![d],
        Timing::Between { start, end } => vec![start, end],
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::ClosedPeriod;
    use crate::span::Span;

    fn period(name: &str, start: &str, end: &str) -> ClosedPeriod {
        let date = |d: &str| Some(Spanned::new(PlanDate::parse(d).expect("a date"), Span::default()));
        let name = Some(Spanned::new(name.into(), Span::default()));
        ClosedPeriod { span: Span::default(), id: None, name, start: date(start), end: date(end) }
    }

    /// What the index must give: the first period in the calendar's order whose surely
    /// closed days hold `day`, as a pass over them all finds it.
    fn by_scanning(closed: &[ClosedPeriod], day: NaiveDate) -> Option<usize> {
        closed.iter().position(|c| {
            let from = c.start.as_ref().and_then(|s| s.value.latest());
            let to = c.end.as_ref().and_then(|e| e.value.earliest());
            from.zip(to).is_some_and(|(from, to)| from <= day && day <= to)
        })
    }

    #[test]
    fn the_index_finds_the_first_period_that_surely_covers_a_day() {
        // Overlapping, nested, touching, reversed, and vague (a summer: closed only from its
        // latest start to its earliest end, which here is no day at all).
        let closed = vec![
            period("a", "2019-07-01", "2019-07-20"),
            period("b", "2019-06-25", "2019-07-05"),
            period("c", "2019-07-10", "2019-07-12"),
            period("d", "2019-07-21", "2019-07-21"),
            period("e", "2019-08-10", "2019-08-01"),
            period("f", "2019-summer", "2019-summer"),
            period("g", "2019-07", "2019-08"),
            period("h", "2019-07-15", "2019-08-31"),
        ];
        let index = ClosedDays::of(&closed);
        let first = NaiveDate::from_ymd_opt(2019, 6, 1).expect("a day");
        for day in first.iter_days().take(120) {
            assert_eq!(index.first_covering(day), by_scanning(&closed, day), "{day}");
        }
    }

    #[test]
    fn the_index_agrees_with_a_scan_on_many_random_calendars() {
        let mut seed: u64 = 7;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) % n
        };
        let first = NaiveDate::from_ymd_opt(2019, 1, 1).expect("a day");
        for _ in 0..200 {
            let closed: Vec<ClosedPeriod> = (0..next(12))
                .map(|_| {
                    let a = first + chrono::Days::new(next(90));
                    let b = a + chrono::Days::new(next(20));
                    let (a, b) = if next(8) == 0 { (b, a) } else { (a, b) };
                    period("p", &a.to_string(), &b.to_string())
                })
                .collect();
            let index = ClosedDays::of(&closed);
            for day in first.iter_days().take(120) {
                assert_eq!(index.first_covering(day), by_scanning(&closed, day), "{day}");
            }
        }
    }
}
