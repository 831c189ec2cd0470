//! Reading a date: the format's own forms (`2019-Q3`, `early 2019-06`, `before
//! sommerferie-2019`) and the words a Danish (or English) source uses for the same values
//! (`"3. kvartal 2019"`, `"primo juni 2019"`, `"efterår 2018"`, `"maj/juni 2019"`), so that a
//! plan can quote its source. The words are those of [`super::words`], which also writes them.

use std::sync::Arc;

use chrono::{Datelike, NaiveDate};

use super::words::{self, Vocabulary};
use super::{DateError, Grain, PartOfMonth, PlanDate, Season, Side, Tie, YEARS, weeks_in_year};

impl PlanDate {
    /// Reads a date in any of its forms (see the module [`super`]), in the format's spelling or
    /// in the words of a Danish or English source; case, extra spaces and a trailing period of
    /// an abbreviated month ("aug.") do not matter.
    ///
    /// # Errors
    /// When the text is none of the forms, or names a week, month, quarter or day that does not
    /// exist, or a window that ends before it starts.
    pub fn parse(text: &str) -> Result<Self, DateError> {
        let t = normalise(text);
        match t.as_str() {
            "tbd" => return Ok(Self::Tbd),
            "open" => return Ok(Self::Open),
            _ => {}
        }
        let tokens: Vec<&str> = t.split(' ').collect();
        if let Some(side) = words::side(tokens[0]) {
            return tie(side, &tokens[1..]);
        }
        if let Some(season) = season(&tokens)? {
            return Ok(season);
        }
        if let Some((left, right)) = split_window(&t) {
            return window(left, right);
        }
        one(&tokens)
    }
}

/// Lower case, single spaces, no space before a comma or after a period that ends a number
/// ("1. halvår" and "1.halvår" alike), dashes as hyphens where they are not a range.
fn normalise(text: &str) -> String {
    let lower = text.trim().to_lowercase().replace(',', " ");
    // "2.halvår" is "2. halvår": a space after the period of a number followed by a word.
    let mut spaced = String::with_capacity(lower.len() + 2);
    let mut previous = [' ', ' '];
    for c in lower.chars() {
        if previous[0].is_ascii_digit() && previous[1] == '.' && c.is_alphabetic() {
            spaced.push(' ');
        }
        spaced.push(c);
        previous = [previous[1], c];
    }
    let mut out = String::with_capacity(spaced.len());
    for word in spaced.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// `before ID` / `after ID` (`før`, `efter`): the period's id, to be resolved with the plan's
/// calendar.
fn tie(side: Side, rest: &[&str]) -> Result<PlanDate, DateError> {
    let id = rest.join(" ");
    if crate::plan::id::is_valid(&id) {
        Ok(PlanDate::Tied(Tie { side, period: Arc::from(id.as_str()), name: None, days: None }))
    } else {
        Err(DateError::PeriodId { suggestion: crate::plan::id::suggest(&id) })
    }
}

/// A season in words or the format's form: `forår 2018`, `efteråret 2019`, `2019-autumn`, `vinter
/// 2019/20` (December 2019 to February 2020), `vinter 2020` (the same winter: it belongs to the
/// year of its January).
fn season(tokens: &[&str]) -> Result<Option<PlanDate>, DateError> {
    let (word, year) = match tokens {
        [one] => match one.split_once('-') {
            Some((y, w)) if y.len() == 4 => (w, y),
            _ => return Ok(None),
        },
        [w, y] => (*w, *y),
        _ => return Ok(None),
    };
    let Some(season) = words::season(word) else { return Ok(None) };
    let year = match (season, year.split_once('/')) {
        (Season::Winter, Some((first, second))) => {
            let first = year_of(first)?;
            let next = second.parse::<i32>().map_err(|_| DateError::Form)?;
            // "2019/20" and "2019/2020" both name the winter into 2020.
            if next != first + 1 && next != (first + 1) % 100 {
                return Err(DateError::Form);
            }
            first + 1
        }
        (_, Some(_)) => return Err(DateError::Form),
        (_, None) => year_of(year)?,
    };
    Ok(Some(checked(PlanDate::Season { year, season })?))
}

/// Where a window's two ends meet: `/` (the format's, and "maj/juni"), an en or em dash, or a
/// hyphen with spaces around it or between two words ("jan. - feb. 2019", "maj-juni 2019").
fn split_window(t: &str) -> Option<(&str, &str)> {
    if let Some(at) = t.find(['/', '–', '—']) {
        let sep = t[at..].chars().next()?.len_utf8();
        return Some((t[..at].trim(), t[at + sep..].trim()));
    }
    if let Some(at) = t.find(" - ") {
        return Some((t[..at].trim(), t[at + 3..].trim()));
    }
    let bytes = t.as_bytes();
    (1..t.len().saturating_sub(1)).find_map(|i| {
        let letter = |c: u8| c.is_ascii_alphabetic() || c == b'.' || c >= 0x80;
        (bytes[i] == b'-' && letter(bytes[i - 1]) && letter(bytes[i + 1])).then(|| (&t[..i], &t[i + 1..]))
    })
}

/// A window from one month or day to another: `2019-05/2019-06`, `maj/juni 2019`, `8.–17. juni
/// 2019`, `28. juni–2. juli 2019`, `nov. 2019 - jan. 2020`. An end without its year takes the
/// other end's (and a start month after the end month is of the year before); a day without
/// its month takes the end's month.
fn window(left: &str, right: &str) -> Result<PlanDate, DateError> {
    let end_tokens: Vec<&str> = right.split(' ').collect();
    let end = one(&end_tokens)?;
    let (grain, end_day) = match end {
        PlanDate::Day(d) => (Grain::Days, d),
        PlanDate::Month { .. } => (Grain::Months, end.latest().ok_or(DateError::Form)?),
        _ => return Err(DateError::Window),
    };
    let start_tokens: Vec<&str> = left.split(' ').filter(|s| !s.is_empty()).collect();
    let start = match one(&start_tokens) {
        Ok(d) => d,
        Err(DateError::Form) => borrow_year(&start_tokens, end_day, grain)?,
        Err(e) => return Err(e),
    };
    let from = match (grain, &start) {
        (Grain::Days, PlanDate::Day(d)) => *d,
        (Grain::Months, PlanDate::Month { .. }) => start.earliest().ok_or(DateError::Form)?,
        _ => return Err(DateError::Window),
    };
    if end_day < from || (grain == Grain::Months && from.with_day(1) == end_day.with_day(1)) || from == end_day {
        return Err(DateError::Window);
    }
    Ok(PlanDate::Window { from, to: end_day, grain })
}

/// The start of a window written without its year (`maj` of "maj/juni 2019") or without its
/// month (`8.` of "8.–17. juni 2019"), completed from its end.
fn borrow_year(tokens: &[&str], end: NaiveDate, grain: Grain) -> Result<PlanDate, DateError> {
    let year_before = |month: u32| if month > end.month() { end.year() - 1 } else { end.year() };
    match (grain, tokens) {
        (Grain::Months, [month]) => {
            let month = words::month(month).ok_or(DateError::Form)?;
            checked(PlanDate::Month { year: year_before(month), month })
        }
        (Grain::Days, [day]) => {
            let day = day_number(day).ok_or(DateError::Form)?;
            NaiveDate::from_ymd_opt(end.year(), end.month(), day).map(PlanDate::Day).ok_or(DateError::NoSuchDay)
        }
        (Grain::Days, [day, month]) => {
            let (day, month) = (day_number(day).ok_or(DateError::Form)?, words::month(month).ok_or(DateError::Form)?);
            NaiveDate::from_ymd_opt(year_before(month), month, day).map(PlanDate::Day).ok_or(DateError::NoSuchDay)
        }
        _ => Err(DateError::Form),
    }
}

/// One date that is not a window or a season.
fn one(tokens: &[&str]) -> Result<PlanDate, DateError> {
    match tokens {
        [canonical] if starts_with_year(canonical) => self::canonical(canonical),
        [q, year] if q.len() == 2 && (q.starts_with('q') || q.starts_with('h')) => numbered(q, year),
        [n, word, year] if words::vocabulary(word).is_some() => {
            let n = day_number(n).ok_or(DateError::Form)?;
            let year = year_of(year)?;
            match words::vocabulary(word) {
                Some(Vocabulary::Quarter) if (1..=4).contains(&n) => Ok(PlanDate::Quarter { year, quarter: n }),
                Some(Vocabulary::Half) if (1..=2).contains(&n) => Ok(PlanDate::Half { year, half: n }),
                _ => Err(DateError::NoSuchPart),
            }
        }
        [week, n, year] if words::is_week(week) => {
            let week = n.parse::<u32>().map_err(|_| DateError::Form)?;
            self::canonical(&format!("{year}-w{week:02}"))
        }
        [day, month, year] if day_number(day).is_some() && words::month(month).is_some() => {
            let (day, month, year) = (day_number(day).unwrap_or(0), words::month(month).unwrap_or(0), year_of(year)?);
            NaiveDate::from_ymd_opt(year, month, day).map(PlanDate::Day).ok_or(DateError::NoSuchDay)
        }
        [month, year] if words::month(month).is_some() => {
            checked(PlanDate::Month { year: year_of(year)?, month: words::month(month).unwrap_or(0) })
        }
        [first, rest @ ..] if !rest.is_empty() => {
            // "primo juni 2019", "early 2019-06", "(i) begyndelsen af juni 2019"
            let (part, rest) = match (words::part(first), rest) {
                (Some(part), rest) => (part, rest),
                (None, [second, rest @ ..]) if *first == "i" => (words::part(second).ok_or(DateError::Form)?, rest),
                _ => return Err(DateError::Form),
            };
            let rest = rest.strip_prefix(&["af"]).unwrap_or(rest);
            part_of(part, &one(rest)?)
        }
        _ => Err(DateError::Form),
    }
}

/// `early` (or `primo`) and a month: the month's third.
fn part_of(part: PartOfMonth, month: &PlanDate) -> Result<PlanDate, DateError> {
    match *month {
        PlanDate::Month { year, month } => Ok(PlanDate::PartOfMonth { part, year, month }),
        _ => Err(DateError::Form),
    }
}

/// `q3 2019`, `h2 2019`.
fn numbered(q: &str, year: &str) -> Result<PlanDate, DateError> {
    let n = q[1..].parse::<u32>().map_err(|_| DateError::Form)?;
    let year = year_of(year)?;
    match q.as_bytes()[0] {
        b'q' if (1..=4).contains(&n) => Ok(PlanDate::Quarter { year, quarter: n }),
        b'h' if (1..=2).contains(&n) => Ok(PlanDate::Half { year, half: n }),
        _ => Err(DateError::NoSuchPart),
    }
}

fn starts_with_year(s: &str) -> bool {
    s.len() > 5 && s.as_bytes()[..4].iter().all(u8::is_ascii_digit) && s.as_bytes()[4] == b'-'
}

/// The forms that start with the year: `2019-01-28`, `2019-W41`, `2019-10`, `2019-Q3`,
/// `2019-H2`.
fn canonical(t: &str) -> Result<PlanDate, DateError> {
    let (year, rest) = t.split_once('-').ok_or(DateError::Form)?;
    let year = year_of(year)?;
    if let Some(week) = rest.strip_prefix('w') {
        let week = parse_digits(week, 2).ok_or(DateError::Form)?;
        let weeks_in_year = weeks_in_year(year);
        if week == 0 || week > weeks_in_year {
            return Err(DateError::NoSuchWeek { year, week, weeks_in_year });
        }
        return checked(PlanDate::Week { year, week });
    }
    if rest.len() == 2 && (rest.starts_with('q') || rest.starts_with('h')) {
        return numbered(rest, &format!("{year:04}"));
    }
    match rest.split_once('-') {
        None => {
            let month = parse_digits(rest, 2).ok_or(DateError::Form)?;
            if !(1..=12).contains(&month) {
                return Err(DateError::NoSuchMonth { month });
            }
            Ok(PlanDate::Month { year, month })
        }
        Some((month, day)) => {
            let month = parse_digits(month, 2).ok_or(DateError::Form)?;
            let day = parse_digits(day, 2).ok_or(DateError::Form)?;
            if !(1..=12).contains(&month) {
                return Err(DateError::NoSuchMonth { month });
            }
            NaiveDate::from_ymd_opt(year, month, day).map(PlanDate::Day).ok_or(DateError::NoSuchDay)
        }
    }
}

/// A four-digit year inside [`YEARS`].
fn year_of(s: &str) -> Result<i32, DateError> {
    let year = parse_digits(s, 4).ok_or(DateError::Form)?;
    let year = i32::try_from(year).map_err(|_| DateError::Form)?;
    if YEARS.contains(&year) { Ok(year) } else { Err(DateError::YearOutOfRange) }
}

/// `8.` or `8`: a day of the month, or the number of a quarter or half.
fn day_number(s: &str) -> Option<u32> {
    let digits = s.strip_suffix('.').unwrap_or(s);
    (!digits.is_empty() && digits.len() <= 2 && digits.bytes().all(|b| b.is_ascii_digit()))
        .then(|| digits.parse().ok())
        .flatten()
}

/// The date, if every day it covers is inside the years the tool computes with: a week may end
/// in the year after its own, a winter starts in the year before.
fn checked(date: PlanDate) -> Result<PlanDate, DateError> {
    let inside = |d: NaiveDate| YEARS.contains(&d.year());
    match date.bounds() {
        Some((a, b)) if inside(a) && inside(b) => Ok(date),
        _ => Err(DateError::YearOutOfRange),
    }
}

/// Parses exactly `width` ASCII digits.
fn parse_digits(s: &str, width: usize) -> Option<u32> {
    if s.len() == width && s.bytes().all(|b| b.is_ascii_digit()) { s.parse().ok() } else { None }
}

/// A day written the Danish way (`25.01.19`, `28-02-2018`, `1/3/2019`, `1. marts 2019`): day,
/// month (a number or its Danish name) and year, two-digit years this century's; `None` for
/// anything else, or a day the calendar does not have.
#[must_use]
pub fn danish_day(written: &str) -> Option<chrono::NaiveDate> {
    let parts: Vec<&str> = written.split(['.', '-', '/', ' ']).filter(|p| !p.is_empty()).collect();
    let [d, m, y] = parts[..] else { return None };
    let number = |s: &str, len: std::ops::RangeInclusive<usize>| {
        (len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u32>().ok()).flatten()
    };
    let (d, m, y) = (number(d, 1..=2)?, number(m, 1..=2).or_else(|| super::month_of_danish(m))?, number(y, 2..=4)?);
    let year = if y < 100 { 2000 + y } else { y };
    chrono::NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, m, d)
}
