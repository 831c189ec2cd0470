//! The plan's working days: weekends, Danish public holidays (unless `[calendar] holidays =
//! "none"`) and the plan's own closed periods. `holiday-session` reports sessions on such days;
//! `shift --workdays` moves days off them.

use std::fmt;

use chrono::{Datelike, NaiveDate, Weekday};

use super::{Holidays, Plan};
use crate::holidays::holiday;

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

    /// Why `day` is a holiday, public or the plan's own, if it is.
    #[must_use]
    pub fn on_holiday(&self, day: NaiveDate) -> Option<Closed<'_>> {
        let dk = self.calendar.holidays.as_ref().is_none_or(|h| h.value == Holidays::Denmark);
        if let Some(name) = holiday(day).filter(|_| dk) {
            return Some(Closed::Holiday(name));
        }
        self.calendar.closed.iter().find_map(|c| {
            let (from, to) = (c.start.as_ref()?.value.first_day()?, c.end.as_ref()?.value.last_day()?);
            (from <= day && day <= to).then(|| Closed::Period(c.name.as_ref().map(|n| n.value.as_str())))
        })
    }
}
