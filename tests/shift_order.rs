//! A shift never breaks the plan it moves: over random tight plans — twelve trainings in a
//! chain, each starting the day after the one before ends and taught by the role the one
//! before trained, inside a period, their dates written as days, ISO weeks or months — a delay
//! of every red line, by months, weeks or days, brings no new `dependency-order`,
//! `reversed-dates`, `trainer-trained-late` or `outside-period` finding.

use aula_plan::diagnostic::CheckedPlan;
use aula_plan::edit::Original;
use aula_plan::load::load;
use aula_plan::plan::PlanDate;
use aula_plan::plan::date::Step;
use aula_plan::rules::Overrides;
use aula_plan::shift::{self, Request};
use aula_plan::validate;
use std::fmt::Write as _;

use chrono::{Datelike, Days, NaiveDate};
use proptest::prelude::*;

/// The rules a shift must not offend that the plan did not offend before.
const ORDER: &[&str] = &["dependency-order", "reversed-dates", "trainer-trained-late", "outside-period"];

/// A day as the plan writes it at one of three granularities.
fn written(day: NaiveDate, granularity: u8) -> String {
    match granularity {
        0 => day.to_string(),
        1 => {
            let w = day.iso_week();
            format!("\"{}-W{:02}\"", w.year(), w.week())
        }
        _ => format!("\"{}-{:02}\"", day.year(), day.month()),
    }
}

/// Twelve trainings in a tight chain inside an open period, from the lengths of the courses
/// and the granularity of each start and end.
fn plan_text(lengths: &[u64], granularity: &[(u8, u8)], first: NaiveDate) -> String {
    let mut out = String::from(
        r#"format = 1
[plan]
title = "T"
date = 2019-01-01
root = "vendor"
[[unit]]
id = "vendor"
name = "V"
kind = "vendor"
"#,
    );
    let period = written(first, 2);
    let _ = write!(out, "[[phase]]\nid = \"period\"\nname = \"Periode\"\nstart = {period}\nend = \"open\"\n");
    let mut start = first;
    for (i, (&len, &(gs, ge))) in lengths.iter().zip(granularity).enumerate() {
        let end = start + Days::new(len);
        let trainer = if i == 0 { "vendor".to_owned() } else { format!("r{}", i - 1) };
        let after = if i == 0 { String::new() } else { format!("after = [\"t{}\"]\n", i - 1) };
        let (from, to) = (written(start, gs), written(end, ge));
        let _ = write!(
            out,
            r#"[[role]]
id = "r{i}"
name = "R{i}"
unit = "vendor"
support = "vendor"
[[training]]
id = "t{i}"
name = "T{i}"
trainer = ["{trainer}"]
trainees = ["r{i}"]
start = {from}
end = {to}
within = "period"
{after}"#
        );
        start = end + Days::new(1);
    }
    out
}

fn checked(text: &str) -> CheckedPlan {
    validate::validate("p.toml".into(), text.as_bytes(), &Overrides::default())
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (1i32..=12).prop_map(Step::Months),
        (1i32..=52).prop_map(Step::Weeks),
        (1i32..=365).prop_map(Step::Days)
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn a_delay_brings_no_new_order_finding(
        lengths in prop::collection::vec(0u64..40, 12),
        granularity in prop::collection::vec((0u8..3, 0u8..3), 12),
        offset in 0u64..1500,
        step in step(),
        line in prop::option::of(0usize..13),
    ) {
        let first = NaiveDate::from_ymd_opt(2017, 1, 2).unwrap() + Days::new(offset);
        let text = plan_text(&lengths, &granularity, first);
        let loaded = load(&text);
        let plan = loaded.plan.as_ref().expect("the generated plan loads");
        // A red line at one of the activities' starts, or none.
        let from = line.and_then(|i| plan.trainings.get(i)).and_then(|t| t.timing.as_ref()).map(|t| t.start().value.clone());
        let from = from.filter(|d| d.earliest().is_some()).map(|d| PlanDate::Day(d.earliest().unwrap()));
        let request = Request { step, most: None, from, tracks: Vec::new(), only: Vec::new(), workdays: false, end_only: false };
        let planned = shift::plan_shift(plan, &text, &request).expect("shifts");
        let edited = shift::verify(plan, Original { source: &text, findings: &loaded.findings }, &planned, false)
            .expect("reads back");
        let before = checked(&text);
        let after = checked(&edited.text);
        let (new, _) = shift::new_findings(&before, &after, &planned.splices);
        let broken: Vec<String> = new
            .iter()
            .filter(|f| ORDER.contains(&f.rule.name))
            .map(|f| format!("{}: {}", f.rule.name, f.message))
            .collect();
        prop_assert!(broken.is_empty(), "{:?}\n{}\n→\n{}", broken, text, edited.text);
        // Each repaired activity is moved whole: a span of days as many working days as it had,
        // a start on a working day still on one; a span of weeks or months as long as the step
        // alone made it (a step of months may itself change how many weeks a span covers).
        let working = |d: NaiveDate| plan.closed_because(d).is_none();
        let workdays = |a: NaiveDate, z: NaiveDate| a.iter_days().take_while(|d| *d <= z).filter(|d| working(*d)).count();
        for m in planned.moves.iter().filter(|m| planned.repairs.iter().any(|r| r.id == m.id)) {
            let [start, end] = m.dates.as_slice() else { continue };
            let stepped = |d: &shift::DateMove| {
                planned.repairs.iter().find(|r| r.id == m.id && r.key == d.key).map_or(d.new.clone(), |r| r.stepped.clone())
            };
            match (start.old.clone(), end.old.clone(), start.new.clone(), end.new.clone()) {
                (PlanDate::Day(a), PlanDate::Day(z), PlanDate::Day(na), PlanDate::Day(nz)) if workdays(a, z) > 0 => {
                    prop_assert_eq!(workdays(a, z), workdays(na, nz), "{}: {}..{} → {}..{}", m.id, a, z, na, nz);
                    prop_assert!(!working(a) || working(na), "{}: {} → {} is not a working day", m.id, a, na);
                }
                (PlanDate::Week { .. }, PlanDate::Week { .. }, na, nz)
                | (PlanDate::Month { .. }, PlanDate::Month { .. }, na, nz) => {
                    let (a, z) = (stepped(start), stepped(end));
                    prop_assert_eq!(a.units_until(&z), na.units_until(&nz), "{}: {}..{} → {}..{}", m.id, a, z, na, nz);
                }
                _ => {}
            }
        }
    }
}

/// The case the issue reported: an activity ending 2019-W43 and its successor starting
/// 2019-W44 both land on 2020-W09 after `--months 4`; the successor is moved on to 2020-W10.
#[test]
fn weeks_that_land_together_are_kept_apart() {
    let text = r#"format = 1
[plan]
title = "T"
root = "v"
[[unit]]
id = "v"
name = "V"
kind = "vendor"
[[phase]]
id = "a"
name = "A"
start = "2019-W41"
end = "2019-W43"
[[phase]]
id = "b"
name = "B"
start = "2019-W44"
end = "2019-W46"
after = ["a"]
"#;
    let loaded = load(text);
    let plan = loaded.plan.as_ref().unwrap();
    let request = Request {
        step: Step::Months(4),
        most: None,
        from: None,
        tracks: Vec::new(),
        only: Vec::new(),
        workdays: false,
        end_only: false,
    };
    let planned = shift::plan_shift(plan, text, &request).unwrap();
    let b = planned.moves.iter().find(|m| m.id == "b").unwrap();
    assert_eq!(b.dates[0].new.to_string(), "2020-W10");
    // Moved whole: three weeks long, as before (the end is repaired with the start).
    assert_eq!(b.dates[1].new.to_string(), "2020-W12");
    assert_eq!(planned.repairs.len(), 2, "{:?}", planned.repairs);
    assert_eq!(
        planned.repairs[0].to_string(),
        "`b`'s start moved on to 2020-W10 (the step alone gives 2020-W09) so that it starts after `a` ends (2020-03-01)"
    );
    let edited = shift::verify(plan, Original { source: text, findings: &[] }, &planned, false).unwrap();
    assert!(checked(&edited.text).findings.iter().all(|f| f.rule.name != "dependency-order"));
}

/// The reported case: `g-next`, five working days, waits for `f-first`, which ends on a Friday.
/// Three weeks back puts `g-next` before it; the repair moves it whole to the first working day
/// after, still five working days long — not one Saturday.
#[test]
fn a_repair_moves_the_activity_whole_onto_working_days() {
    let source = "format = 1\n[plan]\ntitle = \"t\"\nroot = \"v\"\n[[unit]]\nid = \"v\"\nname = \"V\"\nkind = \"vendor\"\n\
                  [[phase]]\nid = \"f-first\"\nname = \"F\"\nstart = 2019-02-04\nend = 2019-02-08\n\
                  [[phase]]\nid = \"g-next\"\nname = \"G\"\nstart = 2019-02-18\nend = 2019-02-22\nafter = [\"f-first\"]\n";
    let plan = aula_plan::load::load(source).plan.expect("loads");
    let request = aula_plan::shift::Request {
        step: Step::Weeks(-3),
        most: None,
        from: None,
        tracks: Vec::new(),
        only: vec!["g-next".into()],
        workdays: false,
        end_only: false,
    };
    let s = aula_plan::shift::plan_shift(&plan, source, &request).expect("a shift");
    let g = s.moves.iter().find(|m| m.id == "g-next").expect("g-next moves");
    let dates: Vec<String> = g.dates.iter().map(|d| d.new.to_string()).collect();
    assert_eq!(dates, ["2019-02-11", "2019-02-15"], "{:?}", s.repairs);
}
