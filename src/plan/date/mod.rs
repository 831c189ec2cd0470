//! The dates of activities, as vague as the source writes them.
//!
//! A source plan dates its tasks "28.01.19", "uge 41", "maj/juni 2019", "efterår 2018", "primo
//! juni", "FØR sommerferiens start", "?" and "uge 43 og frem". Each is one [`PlanDate`]: a value
//! that knows the set of days it may be (its [`earliest`](PlanDate::earliest) and
//! [`latest`](PlanDate::latest) day), how the format writes it (`Display`, the canonical form),
//! how a person reads it in each language ([`PlanDate::words`]) and how it moves
//! ([`PlanDate::moved_by`]). Rules compare those bounds and renderers ask the value for its
//! words: no rule or renderer matches on the form, so a new form is added here and nowhere else.
//!
//! The forms, with their bounds (`docs/*/format.md` has the same table):
//! - a day `2019-01-28`; an ISO week `"2019-W41"` (Monday to Sunday); a month `"2019-10"`;
//! - a quarter `"2019-Q3"` (July–September), a half-year `"2019-H2"` (July–December);
//! - a season as the Danish Meteorological Institute counts them: `"2019-spring"` (March–May),
//!   `"2019-summer"` (June–August), `"2019-autumn"` (September–November), `"2020-winter"`
//!   (December 2019–February 2020: a winter belongs to the year of its January);
//! - early, mid or late in a month: `"early 2019-06"` (1–10 June), `"mid 2019-06"` (11–20),
//!   `"late 2019-06"` (21 to the month's end);
//! - a window of months or days, `"2019-05/2019-06"`, `"2019-06-08/2019-06-17"` (ISO 8601's
//!   interval): what the source's "maj/juni 2019" is, and what a vague date becomes when moved
//!   to where no other form fits;
//! - `"before ID"`, the last working day before the plan's closed period `ID` starts, and
//!   `"after ID"`, the first working day after it ends ([`Tie`]), known once the loader has
//!   read the calendar;
//! - `"tbd"`, not yet known; and, as an `end` only, `"open"`, running on with no end.
//!
//! The Danish words a source uses are read as the same values ([`PlanDate::parse`]).

mod moving;
mod parse;
mod words;

use std::fmt;
use std::sync::Arc;

use chrono::{Datelike, NaiveDate, Weekday};

pub use moving::fit;
pub use moving::{Moved, Step, add_months};
pub use parse::danish_day;
pub use words::{day_da, month_da, month_of_danish};

/// One date value as the plan writes it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum PlanDate {
    /// `2019-01-28` (a TOML local date, or the same as a string).
    Day(NaiveDate),
    /// `"2019-W41"`: Monday to Sunday of an ISO week.
    Week { year: i32, week: u32 },
    /// `"2019-10"`: the whole month.
    Month { year: i32, month: u32 },
    /// `"2019-Q3"`: a quarter of the year, 1 to 4.
    Quarter { year: i32, quarter: u32 },
    /// `"2019-H2"`: a half of the year, 1 or 2.
    Half { year: i32, half: u32 },
    /// `"2019-autumn"`: a season; a winter by the year of its January.
    Season { year: i32, season: Season },
    /// `"early 2019-06"`: a third of a month.
    PartOfMonth { part: PartOfMonth, year: i32, month: u32 },
    /// `"2019-05/2019-06"` or `"2019-06-08/2019-06-17"`: from one month or day to another.
    Window { from: NaiveDate, to: NaiveDate, grain: Grain },
    /// `"before sommerferie-2019"`, `"after efterarsferie-2019"`.
    Tied(Tie),
    /// `"tbd"`: not yet known.
    Tbd,
    /// `"open"`: runs on with no end (only as an `end`).
    Open,
}

/// A season, as the Danish Meteorological Institute counts them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Season {
    Spring,
    Summer,
    Autumn,
    Winter,
}

impl Season {
    pub(crate) const ALL: [Self; 4] = [Self::Spring, Self::Summer, Self::Autumn, Self::Winter];

    /// The month the season starts in: March, June, September, December (of the year before,
    /// for a winter).
    const fn first_month(self) -> u32 {
        match self {
            Self::Spring => 3,
            Self::Summer => 6,
            Self::Autumn => 9,
            Self::Winter => 12,
        }
    }

    /// The format's word.
    #[must_use]
    pub const fn word(self) -> &'static str {
        match self {
            Self::Spring => "spring",
            Self::Summer => "summer",
            Self::Autumn => "autumn",
            Self::Winter => "winter",
        }
    }
}

/// A third of a month: days 1–10, 11–20, 21 to the end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PartOfMonth {
    Early,
    Mid,
    Late,
}

impl PartOfMonth {
    pub(crate) const ALL: [Self; 3] = [Self::Early, Self::Mid, Self::Late];

    /// The format's word.
    #[must_use]
    pub const fn word(self) -> &'static str {
        match self {
            Self::Early => "early",
            Self::Mid => "mid",
            Self::Late => "late",
        }
    }

    /// The first day of the month the part covers.
    const fn first_day(self) -> u32 {
        match self {
            Self::Early => 1,
            Self::Mid => 11,
            Self::Late => 21,
        }
    }
}

/// Whether a window runs from month to month or from day to day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Grain {
    Days,
    Months,
}

/// Which side of a closed period a tied date is on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    /// The last working day before the period starts.
    Before,
    /// The first working day after the period ends.
    After,
}

impl Side {
    /// The format's word.
    #[must_use]
    pub const fn word(self) -> &'static str {
        match self {
            Self::Before => "before",
            Self::After => "after",
        }
    }
}

/// A date tied to one of the plan's closed periods (`[calendar] closed`, by its `id`). What
/// days it may be is known only with the plan's calendar: the loader resolves it
/// ([`crate::plan::Plan::resolve_ties`]), and a shift of the period moves it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Tie {
    pub side: Side,
    /// The period's id, as written.
    pub period: Arc<str>,
    /// The period's name, once resolved.
    pub name: Option<Arc<str>>,
    /// The earliest and latest day it may be, once resolved; none while the period's dates
    /// are not known (or there is no such period).
    pub days: Option<(NaiveDate, NaiveDate)>,
}

/// The kind of a date value, as machine formats name it (`"form"` in JSON).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Form {
    Day,
    Week,
    Month,
    Quarter,
    Half,
    Season,
    PartOfMonth,
    Window,
    Before,
    After,
    Tbd,
    Open,
}

impl Form {
    /// The word JSON uses.
    #[must_use]
    pub const fn word(self) -> &'static str {
        match self {
            Self::Day => "day",
            Self::Week => "week",
            Self::Month => "month",
            Self::Quarter => "quarter",
            Self::Half => "half-year",
            Self::Season => "season",
            Self::PartOfMonth => "part-of-month",
            Self::Window => "window",
            Self::Before => "before",
            Self::After => "after",
            Self::Tbd => "tbd",
            Self::Open => "open",
        }
    }
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
    /// A quarter outside 1–4 or a half outside 1–2 (`2019-Q5`).
    NoSuchPart,
    /// A window that ends before it starts, or mixes months and days (`2019-06/2019-05`).
    Window,
    /// `before` or `after` with something that is not the id of a period (`after
    /// efterårsferien`): the id, as an id would be written, when one can be made of it.
    PeriodId { suggestion: Option<String> },
}

/// Years the tool accepts: enough for any plan, and safe from overflow in shifts.
pub const YEARS: std::ops::RangeInclusive<i32> = 1..=9999;

impl PlanDate {
    /// The earliest day the date may be; `None` for `tbd`, `open` and a tie not yet known.
    #[must_use]
    pub fn earliest(&self) -> Option<NaiveDate> {
        self.bounds().map(|(first, _)| first)
    }

    /// The latest day the date may be; `None` for `tbd`, `open` and a tie not yet known.
    #[must_use]
    pub fn latest(&self) -> Option<NaiveDate> {
        self.bounds().map(|(_, last)| last)
    }

    /// The earliest and the latest day the date may be.
    #[must_use]
    pub fn bounds(&self) -> Option<(NaiveDate, NaiveDate)> {
        let months = |year: i32, first: u32, count: u32| {
            let from = NaiveDate::from_ymd_opt(year, first, 1)?;
            let to = add_months(from, i32::try_from(count).ok()?)?.pred_opt()?;
            Some((from, to))
        };
        match self {
            Self::Day(d) => Some((*d, *d)),
            Self::Week { year, week } => Some((
                NaiveDate::from_isoywd_opt(*year, *week, Weekday::Mon)?,
                NaiveDate::from_isoywd_opt(*year, *week, Weekday::Sun)?,
            )),
            Self::Month { year, month } => months(*year, *month, 1),
            Self::Quarter { year, quarter } => months(*year, quarter.checked_sub(1)? * 3 + 1, 3),
            Self::Half { year, half } => months(*year, half.checked_sub(1)? * 6 + 1, 6),
            Self::Season { year, season: Season::Winter } => months(year - 1, 12, 3),
            Self::Season { year, season } => months(*year, season.first_month(), 3),
            Self::PartOfMonth { part, year, month } => {
                let (first, last_of_month) = months(*year, *month, 1)?;
                let from = first.with_day(part.first_day())?;
                let to = match part {
                    PartOfMonth::Late => last_of_month,
                    _ => from.checked_add_days(chrono::Days::new(9))?,
                };
                Some((from, to))
            }
            Self::Window { from, to, .. } => Some((*from, *to)),
            Self::Tied(tie) => tie.days,
            Self::Tbd | Self::Open => None,
        }
    }

    /// The days an activity with this `start` may start on. A day, an ISO week and a month
    /// start on their first day, as the format has always read them ("uge 41–43" runs from
    /// Monday of week 41); a vaguer form (`"2019-autumn"`, `"2019-Q3"`, `"early 2019-06"`, a
    /// window, a tie to a period whose dates are vague) may start on any of its days.
    #[must_use]
    pub fn as_start(&self) -> Option<(NaiveDate, NaiveDate)> {
        let (first, last) = self.bounds()?;
        Some(if self.is_vague() { (first, last) } else { (first, first) })
    }

    /// The days an activity with this `end` may end on: a day, an ISO week and a month end on
    /// their last day; a vaguer form on any of its days.
    #[must_use]
    pub fn as_end(&self) -> Option<(NaiveDate, NaiveDate)> {
        let (first, last) = self.bounds()?;
        Some(if self.is_vague() { (first, last) } else { (last, last) })
    }

    /// Whether the date leaves its day open within its bounds: a quarter, a half-year, a
    /// season, early, mid or late in a month, a window, or a tie to a period whose dates are
    /// vague. A day, a week and a month are not: as a start they mean their first day, as an
    /// end their last.
    #[must_use]
    pub fn is_vague(&self) -> bool {
        match self {
            Self::Quarter { .. }
            | Self::Half { .. }
            | Self::Season { .. }
            | Self::PartOfMonth { .. }
            | Self::Window { .. } => true,
            Self::Tied(tie) => tie.days.is_some_and(|(a, b)| a != b),
            Self::Day(_) | Self::Week { .. } | Self::Month { .. } | Self::Tbd | Self::Open => false,
        }
    }

    /// What form the date is written in.
    #[must_use]
    pub const fn form(&self) -> Form {
        match self {
            Self::Day(_) => Form::Day,
            Self::Week { .. } => Form::Week,
            Self::Month { .. } => Form::Month,
            Self::Quarter { .. } => Form::Quarter,
            Self::Half { .. } => Form::Half,
            Self::Season { .. } => Form::Season,
            Self::PartOfMonth { .. } => Form::PartOfMonth,
            Self::Window { .. } => Form::Window,
            Self::Tied(Tie { side: Side::Before, .. }) => Form::Before,
            Self::Tied(Tie { side: Side::After, .. }) => Form::After,
            Self::Tbd => Form::Tbd,
            Self::Open => Form::Open,
        }
    }

    /// Whether the date is one known day.
    #[must_use]
    pub fn is_exact(&self) -> bool {
        self.bounds().is_some_and(|(a, b)| a == b)
    }

    /// Whether no day of the date is known: `tbd`, or a tie to a period whose dates are not
    /// known. (`open` is known to have no end.)
    #[must_use]
    pub fn is_unknown(&self) -> bool {
        matches!(self, Self::Tbd | Self::Tied(Tie { days: None, .. }))
    }

    /// The tie, for a date tied to a closed period.
    #[must_use]
    pub const fn tie(&self) -> Option<&Tie> {
        if let Self::Tied(tie) = self { Some(tie) } else { None }
    }
}

/// As the format writes it: `2019-01-28`, `2019-W41`, `2019-10`, `2019-Q3`, `2019-H2`,
/// `2019-autumn`, `early 2019-06`, `2019-05/2019-06`, `before sommerferie-2019`, `tbd`, `open`.
impl fmt::Display for PlanDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            Self::Week { year, week } => write!(f, "{year:04}-W{week:02}"),
            Self::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            Self::Quarter { year, quarter } => write!(f, "{year:04}-Q{quarter}"),
            Self::Half { year, half } => write!(f, "{year:04}-H{half}"),
            Self::Season { year, season } => write!(f, "{year:04}-{}", season.word()),
            Self::PartOfMonth { part, year, month } => write!(f, "{} {year:04}-{month:02}", part.word()),
            Self::Window { from, to, grain: Grain::Months } => {
                write!(f, "{}/{}", from.format("%Y-%m"), to.format("%Y-%m"))
            }
            Self::Window { from, to, grain: Grain::Days } => {
                write!(f, "{}/{}", from.format("%Y-%m-%d"), to.format("%Y-%m-%d"))
            }
            Self::Tied(tie) => write!(f, "{} {}", tie.side.word(), tie.period),
            Self::Tbd => f.write_str("tbd"),
            Self::Open => f.write_str("open"),
        }
    }
}

/// For machine formats: the date as the format writes it, its form, and the earliest and
/// latest day it may be (`null` when not known); a tied date names its period too.
impl serde::Serialize for PlanDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let tie = self.tie();
        let mut m = s.serialize_map(Some(if tie.is_some() { 6 } else { 4 }))?;
        m.serialize_entry("written", &self.to_string())?;
        m.serialize_entry("form", self.form().word())?;
        m.serialize_entry("earliest", &self.earliest())?;
        m.serialize_entry("latest", &self.latest())?;
        if let Some(tie) = tie {
            m.serialize_entry("period", &*tie.period)?;
            m.serialize_entry("period_name", &tie.name.as_deref())?;
        }
        m.end()
    }
}

impl PlanDate {
    /// The date a machine format wrote ([`serde::Serialize`]), or the text of one: a tie keeps
    /// the days and the period's name it was resolved to.
    #[must_use]
    pub fn from_json(value: &serde_json::Value) -> Option<Self> {
        match value {
            serde_json::Value::String(s) => Self::parse(s).ok(),
            serde_json::Value::Object(map) => {
                let date = Self::parse(map.get("written")?.as_str()?).ok()?;
                let Self::Tied(mut tie) = date else { return Some(date) };
                let day = |key: &str| map.get(key)?.as_str()?.parse::<NaiveDate>().ok();
                tie.days = day("earliest").zip(day("latest"));
                tie.name = map.get("period_name").and_then(serde_json::Value::as_str).map(Arc::from);
                Some(Self::Tied(tie))
            }
            _ => None,
        }
    }
}

/// Number of ISO weeks in `year` (52 or 53).
#[must_use]
pub fn weeks_in_year(year: i32) -> u32 {
    // 28 December is always in the last ISO week of its year.
    NaiveDate::from_ymd_opt(year, 12, 28).map_or(52, |d| d.iso_week().week())
}

/// The last day of the month `day` is in.
fn month_end(day: NaiveDate) -> Option<NaiveDate> {
    add_months(day.with_day(1)?, 1)?.pred_opt()
}

#[cfg(test)]
mod tests;
