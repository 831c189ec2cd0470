//! The plan's working days: weekends, Danish public holidays (unless `[calendar] holidays =
//! "none"`) and the plan's own closed periods. `holiday-session` reports sessions on such days;
//! `shift --workdays` moves days off them.

use chrono::{Datelike, NaiveDate, Weekday};

use super::{Holidays, Plan};
use crate::holidays::holiday;

impl Plan {
    /// Why nobody works on `day`, if nobody does.
    #[must_use]
    pub fn closed_because(&self, day: NaiveDate) -> Option<String> {
        match day.weekday() {
            Weekday::Sat => Some("a Saturday".into()),
            Weekday::Sun => Some("a Sunday".into()),
            _ => self.on_holiday(day),
        }
    }

    /// Why `day` is a holiday, public or the plan's own, if it is.
    #[must_use]
    pub fn on_holiday(&self, day: NaiveDate) -> Option<String> {
        let dk = self.calendar.holidays.as_ref().is_none_or(|h| h.value == Holidays::Denmark);
        if let Some(name) = holiday(day).filter(|_| dk) {
            return Some(format!("{name}, a public holiday"));
        }
        self.calendar.closed.iter().find_map(|c| {
            let (from, to) = (c.start.as_ref()?.value.first_day()?, c.end.as_ref()?.value.last_day()?);
            (from <= day && day <= to)
                .then(|| format!("in {}", c.name.as_ref().map_or("a closed period", |n| n.value.as_str())))
        })
    }
}
