//! The words of dates, in one place for reading and writing: the Danish a source uses
//! ("efterår 2018", "3. kvartal 2019", "primo juni", "uge 41") and the English beside it.
//! [`PlanDate::words`] writes a date as a person reads it; the parser reads the same words
//! back, so a plan can quote what the tool shows.

use chrono::{Datelike, NaiveDate};

use super::{Grain, PartOfMonth, PlanDate, Season, Side, Tie};
use crate::lang::Lang;

/// The months in Danish, as a date is written out.
const MONTHS_DA: [&str; 12] = [
    "januar",
    "februar",
    "marts",
    "april",
    "maj",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "december",
];

/// The months in English, read as a source may write them.
const MONTHS_EN: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// The seasons' words: the format's and English first, then the Danish (with the definite form
/// a Danish sentence uses, "efteråret 2019").
const SEASONS: [(Season, &[&str]); 4] = [
    (Season::Spring, &["spring", "forår", "foråret"]),
    (Season::Summer, &["summer", "sommer", "sommeren"]),
    (Season::Autumn, &["autumn", "fall", "efterår", "efteråret"]),
    (Season::Winter, &["winter", "vinter", "vinteren"]),
];

/// Early, mid and late in a month: the format's words, the Latin ones of Danish business
/// letters, and the Danish phrases ("begyndelsen af juni").
const PARTS: [(PartOfMonth, &[&str]); 3] = [
    (PartOfMonth::Early, &["early", "primo", "begyndelsen", "start"]),
    (PartOfMonth::Mid, &["mid", "medio", "midten"]),
    (PartOfMonth::Late, &["late", "ultimo", "slutningen", "slut", "end"]),
];

/// What a word of a numbered part of the year is: `3. kvartal`, `1. halvår`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Vocabulary {
    Quarter,
    Half,
}

pub(super) fn vocabulary(word: &str) -> Option<Vocabulary> {
    match word {
        "kvartal" | "quarter" => Some(Vocabulary::Quarter),
        "halvår" | "half" => Some(Vocabulary::Half),
        _ => None,
    }
}

pub(super) fn season(word: &str) -> Option<Season> {
    SEASONS.iter().find(|(_, words)| words.contains(&word)).map(|(s, _)| *s)
}

pub(super) fn part(word: &str) -> Option<PartOfMonth> {
    PARTS.iter().find(|(_, words)| words.contains(&word)).map(|(p, _)| *p)
}

/// `before` or `after` a closed period, in the format's word or the Danish.
pub(super) fn side(word: &str) -> Option<Side> {
    match word {
        "before" | "før" | "inden" => Some(Side::Before),
        "after" | "efter" => Some(Side::After),
        _ => None,
    }
}

pub(super) fn is_week(word: &str) -> bool {
    matches!(word, "uge" | "week")
}

/// The month (1 to 12) a month's name in Danish or English names, or its first three letters
/// or more, with or without a period (`aug.`, `sept.`).
pub(super) fn month(word: &str) -> Option<u32> {
    month_of_danish(word).or_else(|| month_in(&MONTHS_EN, word))
}

/// The month (1 to 12) a Danish month name, or its first three letters or more, names
/// (`januar`, `feb.` without its dot): how people write a day the Danish way.
#[must_use]
pub fn month_of_danish(word: &str) -> Option<u32> {
    month_in(&MONTHS_DA, word)
}

fn month_in(names: &[&str; 12], word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.').to_lowercase();
    let at = names.iter().position(|m| *m == word || (word.chars().count() >= 3 && m.starts_with(word.as_str())))?;
    u32::try_from(at + 1).ok()
}

/// The month (1 to 12) in Danish; nothing for a month that does not exist.
#[must_use]
pub fn month_da(month: u32) -> &'static str {
    month.checked_sub(1).and_then(|m| MONTHS_DA.get(m as usize)).copied().unwrap_or_default()
}

impl PlanDate {
    /// The date as a person reads it: in Danish as a Danish plan writes it (`28. januar 2019`,
    /// `uge 41 2019`, `efterår 2018`, `3. kvartal 2019`, `primo juni 2019`, `maj–juni 2019`,
    /// `efter efterårsferie 2019`, `kendes ikke`, `uden slutdato`); in English as the format
    /// writes it (`2019-autumn`). A tied date adds the day it falls on, once known.
    #[must_use]
    pub fn words(&self, lang: Lang) -> String {
        if let Self::Tied(tie) = self {
            return tied(tie, lang);
        }
        if lang == Lang::En {
            return self.to_string();
        }
        match self {
            Self::Day(d) => day_da(*d),
            Self::Week { year, week } => format!("uge {week} {year}"),
            Self::Month { year, month } => format!("{} {year}", month_da(*month)),
            Self::Quarter { year, quarter } => format!("{quarter}. kvartal {year}"),
            Self::Half { year, half } => format!("{half}. halvår {year}"),
            Self::Season { year, season: Season::Winter } => format!("vinter {}/{:02}", year - 1, year.rem_euclid(100)),
            Self::Season { year, season } => format!("{} {year}", season_da(*season)),
            Self::PartOfMonth { part, year, month } => format!("{} {} {year}", part_da(*part), month_da(*month)),
            Self::Window { from, to, grain: Grain::Months } if from.year() == to.year() => {
                format!("{}–{} {}", month_da(from.month()), month_da(to.month()), to.year())
            }
            Self::Window { from, to, grain: Grain::Months } => {
                format!("{} {}–{} {}", month_da(from.month()), from.year(), month_da(to.month()), to.year())
            }
            Self::Window { from, to, grain: Grain::Days } if (from.year(), from.month()) == (to.year(), to.month()) => {
                format!("{}.–{}", from.day(), day_da(*to))
            }
            Self::Window { from, to, grain: Grain::Days } if from.year() == to.year() => {
                format!("{}. {}–{}", from.day(), month_da(from.month()), day_da(*to))
            }
            Self::Window { from, to, .. } => format!("{}–{}", day_da(*from), day_da(*to)),
            Self::Tbd => "kendes ikke".to_owned(),
            Self::Open => "uden slutdato".to_owned(),
            Self::Tied(_) => unreachable!("written above"),
        }
    }
}

/// A day as a Danish text writes it: `28. februar 2018`.
#[must_use]
pub fn day_da(day: NaiveDate) -> String {
    format!("{}. {} {}", day.day(), month_da(day.month()), day.year())
}

fn season_da(season: Season) -> &'static str {
    match season {
        Season::Spring => "forår",
        Season::Summer => "sommer",
        Season::Autumn => "efterår",
        Season::Winter => "vinter",
    }
}

fn part_da(part: PartOfMonth) -> &'static str {
    match part {
        PartOfMonth::Early => "primo",
        PartOfMonth::Mid => "medio",
        PartOfMonth::Late => "ultimo",
    }
}

/// `efter efterårsferie 2019 (21. oktober 2019)`: the period by its name (as a common noun, in
/// lower case) or its id, and the day once it is known.
fn tied(tie: &Tie, lang: Lang) -> String {
    let side = match (lang, tie.side) {
        (Lang::Da, Side::Before) => "før",
        (Lang::Da, Side::After) => "efter",
        (Lang::En, side) => side.word(),
    };
    let period = match (lang, tie.name.as_deref()) {
        (Lang::Da, Some(name)) => {
            let mut chars = name.chars();
            chars.next().map(|c| c.to_lowercase().chain(chars).collect()).unwrap_or_default()
        }
        _ => tie.period.to_string(),
    };
    let day = |d: NaiveDate| if lang == Lang::Da { day_da(d) } else { d.to_string() };
    match tie.days {
        Some((a, b)) if a == b => format!("{side} {period} ({})", day(a)),
        _ => format!("{side} {period}"),
    }
}
