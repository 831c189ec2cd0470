//! Rules about single dates and date ranges: `invalid-date` (raised by the loader),
//! `reversed-dates` and `implausible-date`.

use chrono::Datelike;

use crate::diagnostic::{Finding, Text};
use crate::i18n::Arg;
use crate::plan::date::DateError;
use crate::plan::{Plan, PlanDate, Timing};
use crate::registry::{IMPLAUSIBLE_DATE, INVALID_DATE, REVERSED_DATES};
use crate::span::{Span, Spanned};

pub(crate) fn invalid(key: &str, span: Span, text: &str, error: &DateError) -> Finding {
    let f = Finding::new(INVALID_DATE, span, Text::id("invalid-date").arg("text", text).arg("key", key));
    match error {
        DateError::NoSuchWeek { year, week, weeks_in_year } => f.label(
            Text::id("invalid-date-no-week")
                .arg("year", year.to_string())
                .arg("weeks", *weeks_in_year)
                .arg("week", *week),
        ),
        DateError::NoSuchMonth { month } => f.label(Text::id("invalid-date-no-month").arg("month", *month)),
        DateError::NoSuchDay => f.label(Text::id("invalid-date-no-day")),
        DateError::YearOutOfRange => f.label(Text::id("invalid-date-year")),
        DateError::NoSuchPart => f.label(Text::id("invalid-date-no-part")),
        DateError::Window => f.label(Text::id("invalid-date-window")).help(Text::id("invalid-date-window-help")),
        DateError::PeriodId { suggestion } => f
            .label(Text::id("invalid-date-period"))
            .help(Text::id("invalid-date-period-help").arg("id", suggestion.as_deref().unwrap_or("sommerferie-2019"))),
        DateError::Form => f.label(Text::id("invalid-date-form")).help(form_help(text)),
    }
}

/// A date tied to a closed period where only a date of its own can stand: a period's own
/// dates, the red line of a recorded shift.
pub(crate) fn tied_not_allowed(key: &str, span: Span, text: &str) -> Finding {
    Finding::new(INVALID_DATE, span, Text::id("invalid-date").arg("text", text).arg("key", key))
        .label(Text::id("invalid-date-tied-label"))
        .help(Text::id("invalid-date-tied-help"))
}

/// The form to use instead of a date as the Danish source writes it.
fn form_help(text: &str) -> Text {
    let t = text.trim().to_lowercase();
    // "28.01.19" or "28.01.2019": day.month.year, as Danish documents write it.
    let parts: Vec<&str> = t.split('.').collect();
    if let [d, m, y] = parts[..]
        && let (Ok(d), Ok(m), Ok(y)) = (d.parse::<u32>(), m.parse::<u32>(), y.parse::<i32>())
    {
        let y = if y < 100 { 2000 + y } else { y };
        return Text::id("date-form-day").arg("day", format!("{y:04}-{m:02}-{d:02}"));
    }
    if let Some(rest) = t.strip_prefix("uge") {
        let nums: Vec<u32> = rest.split(|c: char| !c.is_ascii_digit()).filter_map(|n| n.parse().ok()).collect();
        if let [w, y] = nums[..] {
            return Text::id("date-form-week").arg("week", format!("{y}-W{w:02}"));
        }
        return Text::id("date-form-any-week");
    }
    if matches!(t.as_str(), "?" | "" | "ukendt" | "dato kendes endnu ikke") {
        return Text::id("date-form-tbd");
    }
    Text::id("date-form-help")
}

pub(crate) fn open_not_end(key: &str, span: Span) -> Finding {
    Finding::new(INVALID_DATE, span, Text::id("invalid-date-open").arg("key", key))
        .label(Text::id("invalid-date-open-label"))
        .help(Text::id("date-form-tbd"))
}

pub(crate) fn with_time(key: &str, span: Span) -> Finding {
    Finding::new(INVALID_DATE, span, Text::id("invalid-date-time").arg("key", key))
        .label(Text::id("invalid-date-time-label"))
        .help(Text::id("invalid-date-time-help"))
}

pub(crate) fn not_a_day(key: &str, span: Span, text: &str) -> Finding {
    Finding::new(INVALID_DATE, span, Text::id("invalid-date-not-day").arg("key", key).arg("text", text))
        .label(Text::id("invalid-date-not-day-label"))
}

fn reversed(what: Arg, start: &Spanned<PlanDate>, end: &Spanned<PlanDate>) -> Finding {
    Finding::new(
        REVERSED_DATES,
        end.span,
        Text::id("reversed-dates").arg("what", what).arg("end", end.value.clone()).arg("start", start.value.clone()),
    )
    .label(Text::id("reversed-dates-label"))
    .related(start.span, Text::id("reversed-dates-start"))
    .help(Text::id("reversed-dates-help"))
}

/// Whether an end is surely before its start: the latest day it may end before the earliest
/// the start may be. A vague start and a more precise end ("efterår 2019" to "oktober 2019")
/// bound each other.
fn is_reversed(start: &PlanDate, end: &PlanDate) -> bool {
    matches!((start.as_start(), end.as_end()), (Some((s, _)), Some((_, e))) if e < s)
}

pub(crate) fn check(plan: &Plan, out: &mut Vec<Finding>) {
    implausible(plan, out);
    for a in plan.activities() {
        if let Some(Timing::Between { start, end }) = a.timing
            && is_reversed(&start.value, &end.value)
        {
            out.push(reversed(format!("`{}`", a.id.value).into(), start, end));
        }
    }
    for period in &plan.calendar.closed {
        if let (Some(start), Some(end)) = (&period.start, &period.end)
            && is_reversed(&start.value, &end.value)
        {
            let name = period
                .name
                .as_ref()
                .map_or_else(|| Text::id("a-closed-period").into(), |n| format!("`{}`", n.value).into());
            out.push(reversed(name, start, end));
        }
    }
}

/// How far from `[plan] date` a date may plausibly lie: 5 years before, 10 after.
const YEARS_BEFORE: i32 = 5;
const YEARS_AFTER: i32 = 10;

/// Whose a date is: an activity's (by id) or a closed period's (by name, if it has one).
#[derive(Clone, Copy)]
enum Whose<'p> {
    Activity(&'p str),
    Period(Option<&'p str>),
}

impl Whose<'_> {
    /// As a message names it: `` `id` ``, `` `name` ``, or "a closed period".
    fn named(self) -> Arg {
        match self {
            Self::Activity(id) | Self::Period(Some(id)) => format!("`{id}`").into(),
            Self::Period(None) => Text::id("a-closed-period").into(),
        }
    }
}

/// `implausible-date`: every date of the plan against its own date.
fn implausible(plan: &Plan, out: &mut Vec<Finding>) {
    let Some(today) = plan.meta.date.as_ref() else { return };
    let (Some(low), Some(high)) = (
        today.value.with_year(today.value.year() - YEARS_BEFORE),
        today.value.with_year(today.value.year() + YEARS_AFTER),
    ) else {
        return;
    };
    // Each date with whose it is, named only when it is reported: a name for every date of a
    // national plan took megabytes for the few that are implausible.
    let mut dates: Vec<(Whose<'_>, &str, &Spanned<PlanDate>)> = Vec::new();
    for a in plan.activities() {
        let whose = Whose::Activity(&a.id.value);
        match a.timing {
            Some(Timing::On(d)) => dates.push((whose, "date", d)),
            Some(Timing::Between { start, end }) => {
                dates.push((whose, "start", start));
                dates.push((whose, "end", end));
            }
            None => {}
        }
    }
    for c in &plan.calendar.closed {
        let whose = Whose::Period(c.name.as_ref().map(|n| n.value.as_str()));
        for (key, d) in [("start", &c.start), ("end", &c.end)] {
            if let Some(d) = d {
                dates.push((whose, key, d));
            }
        }
    }
    let mut report =
        |what: Arg, key: &str, span: crate::span::Span, first: chrono::NaiveDate, last: chrono::NaiveDate| {
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
                    Text::id("implausible-date")
                        .arg("what", what)
                        .arg("key", key)
                        .arg("far", far)
                        .arg("side", side)
                        .arg("date", today.value),
                )
                .label(Text::id("implausible-date-label"))
                .related(today.span, Text::id("implausible-date-plan"))
                .help(Text::id("implausible-date-help").arg("before", YEARS_BEFORE).arg("after", YEARS_AFTER)),
            );
        };
    for (whose, key, d) in dates {
        if let (Some(first), Some(last)) = (d.value.earliest(), d.value.latest()) {
            report(whose.named(), key, d.span, first, last);
        }
    }
    for r in &plan.revisions {
        if let Some(d) = &r.date {
            report(Text::id("a-revision").into(), "date", d.span, d.value, d.value);
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
        let da = |t: Text| t.in_lang(crate::i18n::Lang::Da).into_owned();
        assert_eq!(da(form_help("28.02.18")), "skriv dagen som 2018-02-28 (år-måned-dag, uden anførselstegn)");
    }

    #[test]
    fn an_end_is_reversed_only_when_it_surely_is() {
        let p = |s| PlanDate::parse(s).unwrap();
        assert!(!is_reversed(&p("2019-W41"), &p("2019-10")));
        assert!(!is_reversed(&p("2019-10"), &p("2019-10-01")));
        assert!(is_reversed(&p("2019-10-02"), &p("2019-W39")));
        assert!(!is_reversed(&p("2019-10-02"), &p("open")));
        // A vague start and a more precise end bound each other.
        assert!(!is_reversed(&p("2019-autumn"), &p("2019-10")));
        assert!(is_reversed(&p("2019-autumn"), &p("2019-08")));
    }
}
