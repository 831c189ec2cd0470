//! How a date moves: by a step of months, weeks or days (a shift, a move, a reschedule), or by
//! a range of them (a delay "of 3–5 months"). A vague date moves as a window of the same width
//! and is written back in the format's forms: its own where it still fits ("efterår 2019" + 12
//! months is "efterår 2020"), else the form that fits the moved window ("efterår 2019" + 1
//! month is "4. kvartal 2019"), else a window (`2019-11/2020-01`).

use std::fmt;

use chrono::{Datelike, Days, Months, NaiveDate, Weekday};

use super::{Form, Grain, PartOfMonth, PlanDate, Season, YEARS, month_end};

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
        self.with_amount(-self.amount())
    }

    /// A step of the same unit and another amount.
    #[must_use]
    pub const fn with_amount(self, n: i32) -> Self {
        match self {
            Self::Months(_) => Self::Months(n),
            Self::Weeks(_) => Self::Weeks(n),
            Self::Days(_) => Self::Days(n),
        }
    }

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
#[derive(Debug, Clone, PartialEq, Eq)]
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
    /// - A month, quarter, half-year, season or window of months moves by months; days and
    ///   weeks move it by the nearest whole number of average Gregorian months (30.44 days), so
    ///   that it stays whole months and moving back always brings it home.
    /// - Early, mid or late in a month moves to the same part of the moved month by months;
    ///   by days and weeks, and a window of days by any step, its first and last day move.
    /// - `tbd`, `open` and a date tied to a closed period stay as they are: a tied date moves
    ///   with its period.
    #[must_use]
    pub fn moved_by(&self, step: Step) -> Option<Moved> {
        let date = self.stepped(step)?;
        let one_way = date.stepped(step.reversed()).and_then(|back| back.bounds()) != self.bounds();
        Some(Moved { date, one_way })
    }

    /// This date delayed by a range of steps of one unit, `least` to `most` (a delay "of 3–5
    /// months"): the window from its earliest day moved by `least` to its latest moved by
    /// `most`, in the form that fits it.
    #[must_use]
    pub fn moved_between(&self, least: Step, most: Step) -> Option<PlanDate> {
        if least == most {
            return self.stepped(least);
        }
        let (Some(low), Some(high)) = (self.stepped(least), self.stepped(most)) else { return None };
        match (low.earliest(), high.latest()) {
            (Some(from), Some(to)) if from <= to => Some(fit(from, to, self.form())),
            _ => Some(low),
        }
    }

    fn stepped(&self, step: Step) -> Option<PlanDate> {
        let moved = match self {
            Self::Tbd | Self::Open | Self::Tied(_) => return Some(self.clone()),
            Self::Day(d) => Self::Day(match step {
                Step::Months(n) => add_months(*d, n)?,
                Step::Weeks(n) => add_days(*d, i64::from(n) * 7)?,
                Step::Days(n) => add_days(*d, i64::from(n))?,
            }),
            Self::Week { year, week } => {
                let (year, week) = move_week((*year, *week), step)?;
                Self::Week { year, week }
            }
            Self::PartOfMonth { part, year, month } if matches!(step, Step::Months(_)) => {
                let first = add_months(NaiveDate::from_ymd_opt(*year, *month, 1)?, step.amount())?;
                Self::PartOfMonth { part: *part, year: first.year(), month: first.month() }
            }
            Self::PartOfMonth { .. } | Self::Window { grain: Grain::Days, .. } => {
                let (from, to) = self.bounds()?;
                let (from, to) = match step {
                    Step::Months(n) => (add_months(from, n)?, add_months(to, n)?),
                    Step::Weeks(n) => (add_days(from, i64::from(n) * 7)?, add_days(to, i64::from(n) * 7)?),
                    Step::Days(n) => (add_days(from, i64::from(n))?, add_days(to, i64::from(n))?),
                };
                fit(from, to, self.form())
            }
            // Whole months: a month, quarter, half-year, season or window of months.
            _ => {
                let months = match step {
                    Step::Months(n) => n,
                    // 4,800 months in 146,097 days: the Gregorian calendar's 400-year cycle.
                    Step::Weeks(n) => i32::try_from(rounded_div(i64::from(n) * 7 * 4800, 146_097)).ok()?,
                    Step::Days(n) => i32::try_from(rounded_div(i64::from(n) * 4800, 146_097)).ok()?,
                };
                let (from, to) = self.bounds()?;
                let from = add_months(from, months)?;
                let to = month_end(add_months(to.with_day(1)?, months)?)?;
                fit(from, to, self.form())
            }
        };
        // Every day it covers inside the years: a week may end in the year after its own.
        let inside = |d: Option<NaiveDate>| d.is_some_and(|d| YEARS.contains(&d.year()));
        (inside(moved.earliest()) && inside(moved.latest())).then_some(moved)
    }

    /// One unit of this date's own granularity: a day for a day, early/mid/late in a month and
    /// a window of days; a week for a week; a month for the forms of whole months; none for
    /// `tbd`, `open` and a tied date.
    #[must_use]
    pub fn unit(&self) -> Option<Step> {
        match self {
            Self::Day(_) | Self::PartOfMonth { .. } | Self::Window { grain: Grain::Days, .. } => Some(Step::Days(1)),
            Self::Week { .. } => Some(Step::Weeks(1)),
            Self::Month { .. }
            | Self::Quarter { .. }
            | Self::Half { .. }
            | Self::Season { .. }
            | Self::Window { grain: Grain::Months, .. } => Some(Step::Months(1)),
            Self::Tied(_) | Self::Tbd | Self::Open => None,
        }
    }

    /// The smallest step of this date's own granularity ([`PlanDate::unit`]) that puts its
    /// earliest day on or after `earliest`.
    #[must_use]
    pub fn smallest_step_to(&self, earliest: NaiveDate) -> Option<Step> {
        let first = self.earliest()?;
        let days = (earliest - first).num_days();
        match self.unit()? {
            Step::Days(_) => i32::try_from(days).ok().map(Step::Days),
            Step::Weeks(_) => i32::try_from((days + 6).div_euclid(7)).ok().map(Step::Weeks),
            Step::Months(_) => (0..=1200)
                .map(Step::Months)
                .find(|&s| self.stepped(s).and_then(|m| m.earliest()).is_some_and(|d| d >= earliest)),
        }
    }

    /// Whole units of this date's own granularity from `self` to `later`, earliest day to
    /// earliest day ("+4 months" for the forms of months, "+17 weeks" for weeks, days for
    /// the rest); `None` when either is not known or they differ in granularity.
    #[must_use]
    pub fn units_until(&self, later: &Self) -> Option<i64> {
        let (a, b) = (self.earliest()?, later.earliest()?);
        match (self.unit()?, later.unit()?) {
            (Step::Days(_), Step::Days(_)) => Some((b - a).num_days()),
            (Step::Weeks(_), Step::Weeks(_)) => Some((b - a).num_days() / 7),
            (Step::Months(_), Step::Months(_)) => Some(month_index(b) - month_index(a)),
            _ => None,
        }
    }

    /// The step that moves this date to `to`, in this date's own granularity: whole units
    /// between two dates of the same granularity; for a week or a date of months and a day,
    /// the step to the week or month that holds the day. `None` for a day and a coarser date
    /// (which day?), and for dates not known.
    #[must_use]
    pub fn step_to(&self, to: &Self) -> Option<Step> {
        let n = |x: i64| i32::try_from(x).ok();
        let unit = self.unit()?;
        if let Some(units) = self.units_until(to) {
            return n(units).map(|x| unit.with_amount(x));
        }
        let (Self::Day(d), first) = (to, self.earliest()?) else { return None };
        match unit {
            Step::Weeks(_) => {
                let monday = *d - Days::new(u64::from(d.weekday().num_days_from_monday()));
                n((monday - first).num_days() / 7).map(Step::Weeks)
            }
            Step::Months(_) => n(month_index(*d) - month_index(first)).map(Step::Months),
            Step::Days(_) => None,
        }
    }
}

/// The date that covers exactly `from` to `to`: in the form `prefer` names when it can, else
/// the one form that does (a day, week, month, quarter, half-year, season, or early, mid or
/// late in a month), else a window of months or of days.
#[must_use]
pub fn fit(from: NaiveDate, to: NaiveDate, prefer: Form) -> PlanDate {
    let whole_months = from.day() == 1 && month_end(to) == Some(to);
    let window = PlanDate::Window { from, to, grain: if whole_months { Grain::Months } else { Grain::Days } };
    if from == to {
        return PlanDate::Day(from);
    }
    if prefer == Form::Window {
        return window;
    }
    named(from, to, whole_months).unwrap_or(window)
}

/// The named form that covers exactly `from` to `to`, if one does.
fn named(from: NaiveDate, to: NaiveDate, whole_months: bool) -> Option<PlanDate> {
    let (year, month) = (from.year(), from.month());
    if whole_months {
        let months = month_index(to) - month_index(from) + 1;
        return match (months, month) {
            (1, _) => Some(PlanDate::Month { year, month }),
            (3, 1 | 4 | 7 | 10) => Some(PlanDate::Quarter { year, quarter: (month - 1) / 3 + 1 }),
            (6, 1 | 7) => Some(PlanDate::Half { year, half: (month - 1) / 6 + 1 }),
            (3, 3 | 6 | 9) => {
                let season = Season::ALL[(month as usize - 3) / 3];
                Some(PlanDate::Season { year, season })
            }
            (3, 12) => Some(PlanDate::Season { year: year + 1, season: Season::Winter }),
            _ => None,
        };
    }
    if from.weekday() == Weekday::Mon && (to - from).num_days() == 6 {
        let iso = from.iso_week();
        return Some(PlanDate::Week { year: iso.year(), week: iso.week() });
    }
    PartOfMonth::ALL
        .into_iter()
        .map(|part| PlanDate::PartOfMonth { part, year, month })
        .find(|p| p.bounds() == Some((from, to)))
}

/// Months since year 0, for counting months between two days.
fn month_index(d: NaiveDate) -> i64 {
    i64::from(d.year()) * 12 + i64::from(d.month()) - 1
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
