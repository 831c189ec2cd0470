//! Training sessions on days when nobody works: weekends, Danish public holidays, and the
//! plan's own closed periods.

use chrono::{Datelike, NaiveDate, Weekday};

use crate::diagnostic::Finding;
use crate::holidays::holiday;
use crate::plan::{Holidays, PhaseKind, Plan, PlanDate, Timing};
use crate::rules::{Level, Rule};
use crate::span::Spanned;

pub static HOLIDAY_SESSION: Rule = Rule {
    name: "holiday-session",
    level: Level::Warn,
    summary: "a training's day falls on a weekend, a public holiday or a closed period, or a go-live on a holiday",
    explanation: r#"## What it does
Checks each training's day-granular `date`, `start` and `end`: a Saturday or Sunday, a Danish
public holiday (with `[calendar] holidays = "dk"`, the default; the holiday is named) or a day
inside one of the plan's `[calendar] closed` periods is reported. Weeks, months and the days
inside a range are not checked: a course "in week 20" is planned around the holidays in it.

A go-live (a phase of `kind = "go-live"`) is checked the same way, except on weekends: systems
are often switched over a weekend, but not in a holiday when nobody is there to start using
them.

## Why is this bad?
A course booked on Kristi himmelfartsdag, or in the school summer holiday, has no participants;
a go-live in the summer holiday meets empty schools and institutions. Shifting a plan by whole
months easily lands a date on one.

## Example
```toml
[[training]]
id = "nc-superusers"
name = "Superbrugere"
trainer = ["netcompany"]
trainees = ["school-superuser"]
date = 2019-05-30
```

## Use instead
```toml
date = 2019-05-28
```
"#,
};

/// Why nobody works on `day`, if nobody does.
pub(crate) fn closed_because(plan: &Plan, day: NaiveDate) -> Option<String> {
    match day.weekday() {
        Weekday::Sat => Some("a Saturday".into()),
        Weekday::Sun => Some("a Sunday".into()),
        _ => on_holiday(plan, day),
    }
}

/// Why `day` is a holiday, public or the plan's own, if it is.
fn on_holiday(plan: &Plan, day: NaiveDate) -> Option<String> {
    let dk = plan.calendar.holidays.as_ref().is_none_or(|h| h.value == Holidays::Denmark);
    if let Some(name) = holiday(day).filter(|_| dk) {
        return Some(format!("{name}, a public holiday"));
    }
    plan.calendar.closed.iter().find_map(|c| {
        let (from, to) = (c.start.as_ref()?.value.first_day()?, c.end.as_ref()?.value.last_day()?);
        (from <= day && day <= to)
            .then(|| format!("in {}", c.name.as_ref().map_or("a closed period", |n| n.value.as_str())))
    })
}

pub(crate) fn check(plan: &Plan, out: &mut Vec<Finding>) {
    for t in &plan.trainings {
        let dates: Vec<(&str, &Spanned<PlanDate>)> = match &t.timing {
            Some(Timing::On(d)) => vec![("date", d)],
            Some(Timing::Between { start, end }) => vec![("start", start), ("end", end)],
            None => Vec::new(),
        };
        for (key, d) in dates {
            let PlanDate::Day(day) = d.value else { continue };
            if let Some(why) = closed_because(plan, day) {
                out.push(
                    Finding::new(&HOLIDAY_SESSION, d.span, format!("`{}` has its {key} on {day}, {why}", t.id.value))
                        .label(format!("{}", day.format("%A")))
                        .help("move the session to a working day"),
                );
            }
        }
    }
    for p in plan.phases.iter().filter(|p| p.kind.as_ref().is_some_and(|k| k.value == PhaseKind::GoLive)) {
        let Some(d) = p.timing.as_ref().map(Timing::start) else { continue };
        let PlanDate::Day(day) = d.value else { continue };
        if let Some(why) = on_holiday(plan, day) {
            out.push(
                Finding::new(&HOLIDAY_SESSION, d.span, format!("go-live `{}` is on {day}, {why}", p.id.value))
                    .label(format!("{}", day.format("%A")))
                    .help("go live when people are at work to start using the system"),
            );
        }
    }
}
