//! Rules about single dates and date ranges: `invalid-date` (raised by the loader),
//! `reversed-dates` and `implausible-date`.

use chrono::Datelike;

use crate::diagnostic::Finding;
use crate::plan::date::DateError;
use crate::plan::{Plan, PlanDate, Timing};
use crate::registry::{IMPLAUSIBLE_DATE, INVALID_DATE, REVERSED_DATES};
use crate::span::{Span, Spanned};

pub(crate) fn invalid(key: &str, span: Span, text: &str, error: &DateError) -> Finding {
    let f = Finding::new(INVALID_DATE, span, format!("`{text}` is not a valid date for `{key}`"));
    match error {
        DateError::NoSuchWeek { year, week, weeks_in_year } => {
            f.label(format!("{year} has {weeks_in_year} ISO weeks, so week {week} does not exist"))
        }
        DateError::NoSuchMonth { month } => f.label(format!("there is no month {month}")),
        DateError::NoSuchDay => f.label("that day is not in the calendar"),
        DateError::YearOutOfRange => f.label("years run from 0001 to 9999"),
        DateError::Form => f.label("not a date form of the plan format").help(form_help(text)),
    }
}

/// The form to use instead of a date as the Danish source writes it.
fn form_help(text: &str) -> String {
    let generic = "write a day as 2019-01-28, a week as \"2019-W41\", a month as \"2019-10\", \
                   or \"tbd\" when not yet known";
    let t = text.trim().to_lowercase();
    // "28.01.19" or "28.01.2019": day.month.year, as Danish documents write it.
    let parts: Vec<&str> = t.split('.').collect();
    if let [d, m, y] = parts[..]
        && let (Ok(d), Ok(m), Ok(y)) = (d.parse::<u32>(), m.parse::<u32>(), y.parse::<i32>())
    {
        let y = if y < 100 { 2000 + y } else { y };
        return format!("write the day as {y:04}-{m:02}-{d:02} (year-month-day, no quotes)");
    }
    if let Some(rest) = t.strip_prefix("uge") {
        let nums: Vec<u32> = rest.split(|c: char| !c.is_ascii_digit()).filter_map(|n| n.parse().ok()).collect();
        if let [w, y] = nums[..] {
            return format!("write the week as \"{y}-W{w:02}\"");
        }
        return "write a week as \"2019-W41\" (year, W, two-digit week)".into();
    }
    if matches!(t.as_str(), "?" | "" | "ukendt" | "dato kendes endnu ikke") {
        return "write \"tbd\" for a date not yet known".into();
    }
    generic.into()
}

pub(crate) fn open_not_end(key: &str, span: Span) -> Finding {
    Finding::new(INVALID_DATE, span, format!("`open` is not a valid date for `{key}`"))
        .label("only an `end` can be open")
        .help("write \"tbd\" for a date not yet known")
}

pub(crate) fn with_time(key: &str, span: Span) -> Finding {
    Finding::new(INVALID_DATE, span, format!("`{key}` has a time of day"))
        .label("plan dates are whole days")
        .help("write the date alone, as 2019-01-28")
}

pub(crate) fn not_a_day(key: &str, span: Span, text: &str) -> Finding {
    Finding::new(INVALID_DATE, span, format!("`{key}` must be a day, found `{text}`"))
        .label("write a day such as 2020-03-01")
}

fn reversed(what: &str, start: &Spanned<PlanDate>, end: &Spanned<PlanDate>) -> Finding {
    Finding::new(REVERSED_DATES, end.span, format!("{what} ends ({}) before it starts ({})", end.value, start.value))
        .label("the end is before the start")
        .related(start.span, "starts here")
        .help("check the years; swap `start` and `end` if they are the wrong way round")
}

fn is_reversed(start: PlanDate, end: PlanDate) -> bool {
    matches!((start.first_day(), end.last_day()), (Some(s), Some(e)) if e < s)
}

pub(crate) fn check(plan: &Plan, out: &mut Vec<Finding>) {
    implausible(plan, out);
    for a in plan.activities() {
        if let Some(Timing::Between { start, end }) = a.timing
            && is_reversed(start.value, end.value)
        {
            out.push(reversed(&format!("`{}`", a.id.value), start, end));
        }
    }
    for period in &plan.calendar.closed {
        if let (Some(start), Some(end)) = (&period.start, &period.end)
            && is_reversed(start.value, end.value)
        {
            let name = period.name.as_ref().map_or("a closed period", |n| n.value.as_str());
            out.push(reversed(&format!("`{name}`"), start, end));
        }
    }
}

/// How far from `[plan] date` a date may plausibly lie: 5 years before, 10 after.
const YEARS_BEFORE: i32 = 5;
const YEARS_AFTER: i32 = 10;

/// `implausible-date`: every date of the plan against its own date.
fn implausible(plan: &Plan, out: &mut Vec<Finding>) {
    let Some(today) = plan.meta.date.as_ref() else { return };
    let (Some(low), Some(high)) = (
        today.value.with_year(today.value.year() - YEARS_BEFORE),
        today.value.with_year(today.value.year() + YEARS_AFTER),
    ) else {
        return;
    };
    let mut dates: Vec<(String, &str, &Spanned<PlanDate>)> = Vec::new();
    for a in plan.activities() {
        match a.timing {
            Some(Timing::On(d)) => dates.push((format!("`{}`", a.id.value), "date", d)),
            Some(Timing::Between { start, end }) => {
                dates.push((format!("`{}`", a.id.value), "start", start));
                dates.push((format!("`{}`", a.id.value), "end", end));
            }
            None => {}
        }
    }
    for c in &plan.calendar.closed {
        let name = c.name.as_ref().map_or_else(|| "a closed period".to_owned(), |n| format!("`{}`", n.value));
        for (key, d) in [("start", &c.start), ("end", &c.end)] {
            if let Some(d) = d {
                dates.push((name.clone(), key, d));
            }
        }
    }
    let mut report =
        |what: &str, key: &str, span: crate::span::Span, first: chrono::NaiveDate, last: chrono::NaiveDate| {
            let (far, side) = if last < low {
                (today.value.year() - last.year(), "before")
            } else if first > high {
                (first.year() - today.value.year(), "after")
            } else {
                return;
            };
            out.push(
            Finding::new(
                IMPLAUSIBLE_DATE,
                span,
                format!("{what}'s {key} is {far} years {side} the plan's own date, {}", today.value),
            )
            .label("is the year right?")
            .related(today.span, "the plan's date")
            .help(format!(
                "dates more than {YEARS_BEFORE} years before or {YEARS_AFTER} after the plan's date are usually a typo"
            )),
        );
        };
    for (what, key, d) in dates {
        if let (Some(first), Some(last)) = (d.value.first_day(), d.value.last_day()) {
            report(&what, key, d.span, first, last);
        }
    }
    for r in &plan.revisions {
        if let Some(d) = &r.date {
            report("a revision", "date", d.span, d.value, d.value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_format_for_danish_dates() {
        assert_eq!(form_help("28.02.18"), "write the day as 2018-02-28 (year-month-day, no quotes)");
        assert_eq!(form_help("Uge 41 2019"), "write the week as \"2019-W41\"");
        assert_eq!(form_help("?"), "write \"tbd\" for a date not yet known");
    }

    #[test]
    fn mixed_granularity_compares_first_and_last_days() {
        let p = |s| PlanDate::parse(s).unwrap();
        assert!(!is_reversed(p("2019-W41"), p("2019-10")));
        assert!(!is_reversed(p("2019-10"), p("2019-10-01")));
        assert!(is_reversed(p("2019-10-02"), p("2019-W39")));
        assert!(!is_reversed(p("2019-10-02"), p("open")));
    }
}
