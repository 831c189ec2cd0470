//! The dates of activities: a day, an ISO week, a month, "not yet known", or an open end.
//!
//! The source plans mix granularities ("28.01.19", "uge 41", "jan.–feb. 2019", "?",
//! "uge 43 og frem"); the format keeps each as written so that comparisons and shifts can
//! respect it. Comparing two dates of different granularity uses their first or last day.

use std::fmt;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

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
            let date = Self::Week { year, week };
            // A week at the edge of the years may end (or start) in a year past them.
            let inside = |d: Option<NaiveDate>| d.is_some_and(|d| YEARS.contains(&d.year()));
            if !inside(date.first_day()) || !inside(date.last_day()) {
                return Err(DateError::YearOutOfRange);
            }
            return Ok(date);
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

/// How far a shift moves dates: whole calendar months, weeks or days, forwards or back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Step {
    Months(i32),
    Weeks(i32),
    Days(i32),
}

impl Step {
    /// The amount, whatever its unit.
    #[must_use]
    pub const fn amount(self) -> i32 {
        match self {
            Self::Months(n) | Self::Weeks(n) | Self::Days(n) => n,
        }
    }

    /// The same step backwards.
    #[must_use]
    pub const fn reversed(self) -> Self {
        match self {
            Self::Months(n) => Self::Months(-n),
            Self::Weeks(n) => Self::Weeks(-n),
            Self::Days(n) => Self::Days(-n),
        }
    }
}

impl Step {
    /// The unit's name, singular.
    #[must_use]
    pub const fn unit(self) -> &'static str {
        match self {
            Self::Months(_) => "month",
            Self::Weeks(_) => "week",
            Self::Days(_) => "day",
        }
    }
}

/// "by 4 months", "back 1 week", as notes and charts say how far something moved.
impl fmt::Display for Step {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let n = self.amount().unsigned_abs();
        let unit = self.unit();
        let s = if n == 1 { "" } else { "s" };
        if self.amount() < 0 { write!(f, "back {n} {unit}{s}") } else { write!(f, "by {n} {unit}{s}") }
    }
}

/// A date moved by a [`Step`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Moved {
    pub date: PlanDate,
    /// Moving back by the same step does not bring the date home, so a shift reports it: a
    /// day moved by months met a day its new month does not have (31 January + 1 month) and
    /// became the month's last day, or a week moved by months, which do not hold whole weeks,
    /// would come back a week off.
    pub one_way: bool,
}

impl PlanDate {
    /// This date moved by `step`, keeping its granularity; `None` when the result would leave
    /// the years the tool computes with ([`YEARS`]).
    ///
    /// - A day moves by calendar months (the day of the month is kept, or clamped to the
    ///   month's last day), by weeks or by days.
    /// - A week moves as its Thursday does — ISO 8601 gives a week to the year its Thursday is
    ///   in — to the week that holds the moved Thursday. So days and weeks move it by whole
    ///   weeks, rounded to the nearest (a 3-day delay keeps "uge 41", a 4-day delay makes it
    ///   "uge 42"), and moving back by the same amount always brings it home.
    /// - A month moves by months; days and weeks move it by the nearest whole number of
    ///   average Gregorian months (30.44 days), which also always brings it home.
    /// - `tbd` and `open` stay as they are.
    #[must_use]
    pub fn moved_by(self, step: Step) -> Option<Moved> {
        let exact = |date| Some(Moved { date, one_way: false });
        let moved = match self {
            Self::Tbd | Self::Open => return exact(self),
            Self::Day(d) => match step {
                Step::Months(n) => {
                    let to = add_months(d, n)?;
                    Moved { date: Self::Day(to), one_way: to.day() != d.day() }
                }
                Step::Weeks(n) => Moved { date: Self::Day(add_days(d, i64::from(n) * 7)?), one_way: false },
                Step::Days(n) => Moved { date: Self::Day(add_days(d, i64::from(n))?), one_way: false },
            },
            Self::Week { year, week } => {
                let to = move_week((year, week), step)?;
                let one_way = matches!(step, Step::Months(_)) && move_week(to, step.reversed()) != Some((year, week));
                Moved { date: Self::Week { year: to.0, week: to.1 }, one_way }
            }
            Self::Month { year, month } => {
                let months = match step {
                    Step::Months(n) => i64::from(n),
                    // 4,800 months in 146,097 days: the Gregorian calendar's 400-year cycle.
                    Step::Weeks(n) => rounded_div(i64::from(n) * 7 * 4800, 146_097),
                    Step::Days(n) => rounded_div(i64::from(n) * 4800, 146_097),
                };
                let index = i64::from(year) * 12 + i64::from(month) - 1 + months;
                let year = i32::try_from(index.div_euclid(12)).ok()?;
                let month = u32::try_from(index.rem_euclid(12)).ok()? + 1;
                Moved { date: Self::Month { year, month }, one_way: false }
            }
        };
        // Every day it covers inside the years: a week may end in the year after its own.
        let inside = |d: Option<NaiveDate>| d.is_some_and(|d| YEARS.contains(&d.year()));
        (inside(moved.date.first_day()) && inside(moved.date.last_day())).then_some(moved)
    }

    /// The smallest step of this date's own granularity that puts its first day on or after
    /// `earliest` (a day: days; a week: weeks; a month: months); none for `tbd` and `open`.
    #[must_use]
    pub fn smallest_step_to(self, earliest: NaiveDate) -> Option<Step> {
        let first = self.first_day()?;
        let days = (earliest - first).num_days();
        match self {
            Self::Day(_) => i32::try_from(days).ok().map(Step::Days),
            Self::Week { .. } => i32::try_from((days + 6).div_euclid(7)).ok().map(Step::Weeks),
            Self::Month { .. } => (1..=1200)
                .map(Step::Months)
                .find(|&s| self.moved_by(s).and_then(|m| m.date.first_day()).is_some_and(|d| d >= earliest)),
            Self::Tbd | Self::Open => None,
        }
    }

    /// Whole units of this date's own granularity from `self` to `later` ("+4 months" for
    /// months, "+17 weeks" for weeks, days for days); `None` when either is not known or
    /// they differ in granularity.
    #[must_use]
    pub fn units_until(self, later: Self) -> Option<i64> {
        match (self, later) {
            (Self::Day(a), Self::Day(b)) => Some((b - a).num_days()),
            (Self::Week { .. }, Self::Week { .. }) => Some((later.first_day()? - self.first_day()?).num_days() / 7),
            (Self::Month { year: y1, month: m1 }, Self::Month { year: y2, month: m2 }) => {
                Some((i64::from(y2) - i64::from(y1)) * 12 + i64::from(m2) - i64::from(m1))
            }
            _ => None,
        }
    }
}

/// The ISO week that holds a week's Thursday moved by `step`, days and weeks rounded to whole
/// weeks.
fn move_week((year, week): (i32, u32), step: Step) -> Option<(i32, u32)> {
    let thursday = NaiveDate::from_isoywd_opt(year, week, Weekday::Thu)?;
    let to = match step {
        Step::Months(n) => add_months(thursday, n)?,
        Step::Weeks(n) => add_days(thursday, i64::from(n) * 7)?,
        Step::Days(n) => add_days(thursday, 7 * rounded_div(i64::from(n), 7))?,
    };
    let iso = to.iso_week();
    Some((iso.year(), iso.week()))
}

/// `d` moved by `n` calendar months, clamped to the month's last day.
#[must_use]
pub fn add_months(d: NaiveDate, n: i32) -> Option<NaiveDate> {
    let m = Months::new(n.unsigned_abs());
    if n >= 0 { d.checked_add_months(m) } else { d.checked_sub_months(m) }
}

fn add_days(d: NaiveDate, n: i64) -> Option<NaiveDate> {
    let days = Days::new(n.unsigned_abs());
    if n >= 0 { d.checked_add_days(days) } else { d.checked_sub_days(days) }
}

/// `a / b` rounded to the nearest whole number, halves away from zero, so that
/// `rounded_div(-a, b) == -rounded_div(a, b)` and a step back undoes a step forward.
fn rounded_div(a: i64, b: i64) -> i64 {
    let q = (2 * a.abs() + b) / (2 * b);
    if a < 0 { -q } else { q }
}

/// As the format writes it: `2019-01-28`, `2019-W41`, `2019-10`, `tbd`, `open`.
impl serde::Serialize for PlanDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
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
    fn a_week_that_ends_past_the_years_is_refused() {
        // Week 52 of 9999 runs Monday 27 December 9999 to Sunday 2 January 10000.
        assert_eq!(PlanDate::parse("9999-W52"), Err(DateError::YearOutOfRange));
        assert_eq!(PlanDate::parse("9999-W51").map(PlanDate::last_day), Ok(Some(day(9999, 12, 26))));
        assert!(PlanDate::parse("0001-W01").is_ok());
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

    fn moved(s: &str, step: Step) -> String {
        let m = PlanDate::parse(s).unwrap().moved_by(step).unwrap();
        format!("{}{}", m.date, if m.one_way { " (one way)" } else { "" })
    }

    #[test]
    fn days_move_by_calendar_months_and_are_clamped_at_the_month_end() {
        assert_eq!(moved("2019-05-16", Step::Months(4)), "2019-09-16");
        assert_eq!(moved("2019-01-31", Step::Months(1)), "2019-02-28 (one way)");
        assert_eq!(moved("2020-01-31", Step::Months(1)), "2020-02-29 (one way)");
        assert_eq!(moved("2019-03-31", Step::Months(-1)), "2019-02-28 (one way)");
        assert_eq!(moved("2019-12-15", Step::Months(1)), "2020-01-15");
        assert_eq!(moved("2019-12-30", Step::Weeks(1)), "2020-01-06");
        assert_eq!(moved("2019-03-01", Step::Days(-1)), "2019-02-28");
    }

    #[test]
    fn weeks_move_as_their_thursday_does() {
        assert_eq!(moved("2019-W41", Step::Weeks(2)), "2019-W43");
        assert_eq!(moved("2019-W52", Step::Weeks(1)), "2020-W01");
        assert_eq!(moved("2020-W53", Step::Weeks(1)), "2021-W01");
        assert_eq!(moved("2019-W41", Step::Days(3)), "2019-W41", "a 3-day delay keeps the week");
        assert_eq!(moved("2019-W41", Step::Days(4)), "2019-W42");
        assert_eq!(moved("2019-W41", Step::Days(-3)), "2019-W41");
        assert_eq!(moved("2019-W41", Step::Days(-4)), "2019-W40");
        // Thursday 10 October 2019 + 4 months is Monday 10 February 2020, in week 7.
        assert_eq!(moved("2019-W41", Step::Months(4)), "2020-W07");
        assert_eq!(moved("2020-W07", Step::Months(-4)), "2019-W41");
        // Thursday 31 October 2019 + 4 months is 29 February 2020, in week 9.
        assert_eq!(moved("2019-W44", Step::Months(4)), "2020-W09 (one way)");
        // Thursday 2 June 2005 + 13 months is Sunday 2 July 2006, in week 26; its Thursday,
        // 29 June, − 13 months is Sunday 29 May 2005, in week 21.
        assert_eq!(moved("2005-W22", Step::Months(13)), "2006-W26 (one way)");
        assert_eq!(moved("2006-W26", Step::Months(-13)), "2005-W21");
    }

    #[test]
    fn months_move_by_months_or_the_nearest_number_of_months() {
        assert_eq!(moved("2019-11", Step::Months(4)), "2020-03");
        assert_eq!(moved("2019-11", Step::Months(-11)), "2018-12");
        assert_eq!(moved("2019-10", Step::Days(15)), "2019-10");
        assert_eq!(moved("2019-10", Step::Days(16)), "2019-11");
        assert_eq!(moved("2019-10", Step::Days(-16)), "2019-09");
        assert_eq!(moved("2019-10", Step::Weeks(9)), "2019-12");
    }

    #[test]
    fn unknown_dates_stay_and_years_past_9999_are_refused() {
        assert_eq!(moved("tbd", Step::Months(4)), "tbd");
        assert_eq!(moved("open", Step::Days(-4)), "open");
        assert_eq!(PlanDate::parse("9999-12-01").unwrap().moved_by(Step::Months(1)), None);
        assert_eq!(PlanDate::parse("9999-W50").unwrap().moved_by(Step::Weeks(2)), None, "9999-W52 ends in 10000");
        assert_eq!(PlanDate::parse("0001-01").unwrap().moved_by(Step::Months(-1)), None);
        assert_eq!(PlanDate::parse("2019-01-01").unwrap().moved_by(Step::Days(i32::MAX)), None);
        assert_eq!(PlanDate::parse("2019-01").unwrap().moved_by(Step::Weeks(i32::MIN)), None);
    }

    #[test]
    fn units_until_counts_in_the_date_s_own_granularity() {
        let p = |s| PlanDate::parse(s).unwrap();
        assert_eq!(p("2019-05-16").units_until(p("2019-09-16")), Some(123));
        assert_eq!(p("2019-W41").units_until(p("2020-W07")), Some(18));
        assert_eq!(p("2019-11").units_until(p("2020-03")), Some(4));
        assert_eq!(p("2019-11").units_until(p("tbd")), None);
    }

    #[test]
    fn display_round_trips() {
        for s in ["2019-01-28", "2019-W01", "2019-10", "tbd", "open"] {
            assert_eq!(PlanDate::parse(s).unwrap().to_string(), s);
        }
    }
}
