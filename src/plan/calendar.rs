//! The plan's working days: weekends, Danish public holidays (unless `[calendar] holidays =
//! "none"`) and the plan's own closed periods. `holiday-session` reports sessions on such days;
//! `shift --workdays` moves days off them; a date tied to a closed period (`"after
//! efterarsferie-2019"`) is the first working day after it ends, or the last before it starts.

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
        self.calendar.closed.iter().find_map(|c| {
            let (from, to) = (c.start.as_ref()?.value.latest()?, c.end.as_ref()?.value.earliest()?);
            (from <= day && day <= to).then(|| Closed::Period(c.name.as_ref().map(|n| n.value.as_str())))
        })
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
        let mut resolved: Vec<(Side, Arc<str>, Option<Resolved>)> = Vec::new();
        let timings = self
            .trainings
            .iter()
            .map(|t| t.timing.as_ref())
            .chain(self.phases.iter().map(|p| p.timing.as_ref()))
            .flatten();
        for timing in timings {
            for d in dates(timing) {
                if let PlanDate::Tied(tie) = &d.value
                    && !resolved.iter().any(|(s, p, _)| *s == tie.side && *p == tie.period)
                {
                    resolved.push((tie.side, tie.period.clone(), self.tie_days(tie.side, &tie.period)));
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
                if let Some((n, ds)) =
                    resolved.iter().find(|(s, p, _)| s == side && p == period).and_then(|(.., r)| r.clone())
                {
                    (*name, *days) = (n, ds);
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

/// The dates of a timing: the one `date`, or `start` and `end`.
fn dates(timing: &Timing) -> Vec<&Spanned<PlanDate>> {
    match timing {
        Timing::On(d) => vec![d],
        Timing::Between { start, end } => vec![start, end],
    }
}
