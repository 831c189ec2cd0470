//! The values of flags that clap does not know how to read: amounts, dates, days and
//! `NAME=N` pairs, each refused in the reader's language with what to write instead.

use aula_plan::plan::PlanDate;
use chrono::NaiveDate;

use super::super::{lang, say};

/// How far `shift` moves: a whole number, or a range of two (`3..5`: a delay "of 3–5 months").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Amount {
    pub least: i32,
    pub most: Option<i32>,
}

pub fn amount(s: &str) -> Result<Amount, String> {
    let number = |t: &str| t.trim().parse::<i32>().map_err(|_| say("cli-expected-amount", &[]));
    match s.split_once("..") {
        Some((a, b)) => {
            let (least, most) = (number(a)?, number(b)?);
            if least > most {
                return Err(say("cli-expected-amount", &[]));
            }
            Ok(Amount { least, most: Some(most) })
        }
        None => Ok(Amount { least: number(s)?, most: None }),
    }
}

pub fn red_line(s: &str) -> Result<PlanDate, String> {
    match PlanDate::parse(s) {
        Ok(d) if d.earliest().is_some() => Ok(d),
        _ => Err(say("cli-expected-date", &[])),
    }
}

/// A day (`--today`, `--revision-date`): as the format writes it; a day written the Danish way
/// or a date of another kind is refused with the day to write.
pub fn revision_day(s: &str) -> Result<NaiveDate, String> {
    match PlanDate::parse(s) {
        Ok(PlanDate::Day(d)) => Ok(d),
        Ok(PlanDate::Week { year, week }) => {
            let monday = NaiveDate::from_isoywd_opt(year, week, chrono::Weekday::Mon);
            let iso = monday.map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default();
            Err(say("cli-expected-day-not-week", &[("iso", iso.into())]))
        }
        _ => match aula_plan::plan::date::danish_day(s.trim()) {
            Some(d) => Err(say("cli-expected-day-iso", &[("iso", d.format("%Y-%m-%d").to_string().into())])),
            None => Err(say("cli-expected-day", &[])),
        },
    }
}

/// A whole number of days, weeks or months to move by, back if negative (`move --weeks -1`).
pub fn whole(s: &str) -> Result<i32, String> {
    s.trim().parse().map_err(|_| say("cli-expected-whole", &[]))
}

/// How many of something there must be one of at least (`init --admins`: a municipality has
/// an administrator).
pub fn at_least_one(s: &str) -> Result<u64, String> {
    s.trim().parse().ok().filter(|n| *n >= 1).ok_or_else(|| say("cli-expected-at-least-one", &[]))
}

/// How many weeks ahead (`status --weeks`): a whole number, 0 or more.
pub fn count(s: &str) -> Result<u32, String> {
    s.trim().parse().map_err(|_| say("cli-expected-count", &[]))
}

/// `NAME=N`, a school with its pupils or an institution with its leaders.
pub fn institution(s: &str) -> Result<aula_plan::init::Institution, String> {
    aula_plan::init::institution(s).map_err(|e| e.in_lang(lang()).into_owned())
}

pub fn holiday(s: &str) -> Result<aula_plan::init::Holiday, String> {
    aula_plan::init::holiday(s).map_err(|e| e.in_lang(lang()).into_owned())
}
