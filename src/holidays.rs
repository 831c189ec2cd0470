//! Danish public holidays (helligdage), computed for any year.
//!
//! New Year's Day, Maundy Thursday, Good Friday, Easter Sunday and Monday, Store Bededag
//! (the fourth Friday after Easter, abolished from 2024), Ascension Day, Whit Sunday and
//! Monday, Christmas Day and Boxing Day. Grundlovsdag and Christmas Eve are not public
//! holidays by law; a plan that treats them as closed lists them in `[calendar] closed`.

use chrono::{Datelike, NaiveDate};

/// Easter Sunday of `year` (Gregorian; the anonymous "Meeus/Jones/Butcher" computus).
#[must_use]
#[allow(clippy::many_single_char_names, reason = "the letters of the published algorithm")]
pub fn easter(year: i32) -> Option<NaiveDate> {
    let a = year.rem_euclid(19);
    let b = year.div_euclid(100);
    let c = year.rem_euclid(100);
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, u32::try_from(month).ok()?, u32::try_from(day).ok()?)
}

/// The Danish name of the public holiday on `day`, if it is one.
#[must_use]
pub fn holiday(day: NaiveDate) -> Option<&'static str> {
    let fixed = match (day.month(), day.day()) {
        (1, 1) => Some("nytårsdag"),
        (12, 25) => Some("juledag"),
        (12, 26) => Some("2. juledag"),
        _ => None,
    };
    if fixed.is_some() {
        return fixed;
    }
    let easter = easter(day.year())?;
    match (day - easter).num_days() {
        -3 => Some("skærtorsdag"),
        -2 => Some("langfredag"),
        0 => Some("påskedag"),
        1 => Some("2. påskedag"),
        26 if day.year() <= 2023 => Some("store bededag"),
        39 => Some("Kristi himmelfartsdag"),
        49 => Some("pinsedag"),
        50 => Some("2. pinsedag"),
        _ => None,
    }
}

/// Every public holiday of `year`, in date order.
#[must_use]
pub fn holidays(year: i32) -> Vec<(NaiveDate, &'static str)> {
    let Some(start) = NaiveDate::from_ymd_opt(year, 1, 1) else { return Vec::new() };
    start.iter_days().take_while(|d| d.year() == year).filter_map(|d| holiday(d).map(|h| (d, h))).collect()
}
