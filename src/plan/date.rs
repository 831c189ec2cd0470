//! The dates of activities: a day, an ISO week, a month, "not yet known", or an open end.
//!
//! The source plans mix granularities ("28.01.19", "uge 41", "jan.–feb. 2019", "?",
//! "uge 43 og frem"); the format keeps each as written so that comparisons and shifts can
//! respect it. Comparing two dates of different granularity uses their first or last day.

use std::fmt;

use chrono::{Datelike, NaiveDate, Weekday};

/// One date value as the plan writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlanDate {
    /// `2019-01-28` (a TOML local date, or the same as a string).
    Day(NaiveDate),
    /// `"2019-W41"`: Monday to Sunday of an ISO week.
    Week { year: i32, week: u32 },
    /// `"2019-10"`: the whole month.
    Month { year: i32, month: u32 },
    /// `"tbd"`: not yet known.
    Tbd,
    /// `"open"`: runs on with no end (only as an `end`).
    Open,
}

/// Why a text is not a date of the plan format. The message lives with the `invalid-date`
/// rule; this only says what was wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    /// Not of any accepted form.
    Form,
    /// An ISO week that the year does not have (`2019-W54`).
    NoSuchWeek { year: i32, week: u32, weeks_in_year: u32 },
    /// A month outside 1–12 (`2019-13`).
    NoSuchMonth { month: u32 },
    /// A day that the calendar does not have (`2019-02-29`).
    NoSuchDay,
    /// A year outside what the tool computes with.
    YearOutOfRange,
}

/// Years the tool accepts: enough for any plan, and safe from overflow in shifts.
pub const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

impl PlanDate {
    /// Parses the string forms: `2019-01-28`, `2019-W41`, `2019-10`, `tbd`, `open`.
    ///
    /// # Errors
    /// When the text is none of those, or names a week, month or day that does not exist.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let t = text.trim();
        match t {
            "tbd" => return Ok(Self::Tbd),
            "open" => return Ok(Self::Open),
            _ => {}
        }
        let (year, rest) = t.split_once('-').ok_or(DateError::Form)?;
        let year = parse_digits(year, 4).ok_or(DateError::Form)?;
        let year = i32::try_from(year).map_err(|_| DateError::Form)?;
        if !YEARS.contains(&year) {
            return Err(DateError::YearOutOfRange);
        }
        if let Some(week) = rest.strip_prefix('W') {
            let week = parse_digits(week, 2).ok_or(DateError::Form)?;
            let weeks_in_year = weeks_in_year(year);
            if week == 0 || week > weeks_in_year {
                return Err(DateError::NoSuchWeek { year, week, weeks_in_year });
            }
            return Ok(Self::Week { year, week });
        }
        match rest.split_once('-') {
            None => {
                let month = parse_digits(rest, 2).ok_or(DateError::Form)?;
                if !(1..=12).contains(&month) {
                    return Err(DateError::NoSuchMonth { month });
                }
                Ok(Self::Month { year, month })
            }
            Some((month, day)) => {
                let month = parse_digits(month, 2).ok_or(DateError::Form)?;
                let day = parse_digits(day, 2).ok_or(DateError::Form)?;
                if !(1..=12).contains(&month) {
                    return Err(DateError::NoSuchMonth { month });
                }
                NaiveDate::from_ymd_opt(year, month, day).map(Self::Day).ok_or(DateError::NoSuchDay)
            }
        }
    }

    /// The first day the date covers; `None` for `tbd` and `open`.
    #[must_use]
    pub fn first_day(self) -> Option<NaiveDate> {
        match self {
            Self::Day(d) => Some(d),
            Self::Week { year, week } => NaiveDate::from_isoywd_opt(year, week, Weekday::Mon),
            Self::Month { year, month } => NaiveDate::from_ymd_opt(year, month, 1),
            Self::Tbd | Self::Open => None,
        }
    }

    /// The last day the date covers; `None` for `tbd` and `open`.
    #[must_use]
    pub fn last_day(self) -> Option<NaiveDate> {
        match self {
            Self::Day(d) => Some(d),
            Self::Week { year, week } => NaiveDate::from_isoywd_opt(year, week, Weekday::Sun),
            Self::Month { year, month } => {
                let first = NaiveDate::from_ymd_opt(year, month, 1)?;
                first.checked_add_months(chrono::Months::new(1))?.pred_opt()
            }
            Self::Tbd | Self::Open => None,
        }
    }
}

impl fmt::Display for PlanDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            Self::Week { year, week } => write!(f, "{year:04}-W{week:02}"),
            Self::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            Self::Tbd => f.write_str("tbd"),
            Self::Open => f.write_str("open"),
        }
    }
}

/// Number of ISO weeks in `year` (52 or 53).
#[must_use]
pub fn weeks_in_year(year: i32) -> u32 {
    // 28 December is always in the last ISO week of its year.
    NaiveDate::from_ymd_opt(year, 12, 28).map_or(52, |d| d.iso_week().week())
}

/// Parses exactly `width` ASCII digits.
fn parse_digits(s: &str, width: usize) -> Option<u32> {
    if s.len() == width && s.bytes().all(|b| b.is_ascii_digit()) { s.parse().ok() } else { None }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn parses_every_form() {
        assert_eq!(PlanDate::parse("2019-01-28"), Ok(PlanDate::Day(day(2019, 1, 28))));
        assert_eq!(PlanDate::parse("2019-W41"), Ok(PlanDate::Week { year: 2019, week: 41 }));
        assert_eq!(PlanDate::parse("2019-10"), Ok(PlanDate::Month { year: 2019, month: 10 }));
        assert_eq!(PlanDate::parse("tbd"), Ok(PlanDate::Tbd));
        assert_eq!(PlanDate::parse("open"), Ok(PlanDate::Open));
    }

    #[test]
    fn rejects_weeks_months_and_days_that_do_not_exist() {
        assert_eq!(PlanDate::parse("2019-W54"), Err(DateError::NoSuchWeek { year: 2019, week: 54, weeks_in_year: 52 }));
        assert!(PlanDate::parse("2020-W53").is_ok(), "2020 has 53 ISO weeks");
        assert_eq!(PlanDate::parse("2019-13"), Err(DateError::NoSuchMonth { month: 13 }));
        assert_eq!(PlanDate::parse("2019-02-29"), Err(DateError::NoSuchDay));
        assert_eq!(PlanDate::parse("28.01.19"), Err(DateError::Form));
        assert_eq!(PlanDate::parse("uge 41"), Err(DateError::Form));
        assert_eq!(PlanDate::parse("0000-01"), Err(DateError::YearOutOfRange));
    }

    #[test]
    fn weeks_run_monday_to_sunday_and_months_to_their_last_day() {
        let w = PlanDate::Week { year: 2019, week: 41 };
        assert_eq!(w.first_day(), Some(day(2019, 10, 7)));
        assert_eq!(w.last_day(), Some(day(2019, 10, 13)));
        let feb = PlanDate::Month { year: 2020, month: 2 };
        assert_eq!(feb.last_day(), Some(day(2020, 2, 29)));
        let dec = PlanDate::Month { year: 2019, month: 12 };
        assert_eq!(dec.last_day(), Some(day(2019, 12, 31)));
        assert_eq!(PlanDate::Tbd.first_day(), None);
    }

    #[test]
    fn display_round_trips() {
        for s in ["2019-01-28", "2019-W01", "2019-10", "tbd", "open"] {
            assert_eq!(PlanDate::parse(s).unwrap().to_string(), s);
        }
    }
}
