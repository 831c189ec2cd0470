//! Domain rules in the situations their fixtures do not show: which units have vacancies,
//! shares outside the role's unit, support loops, closed periods, and no follow-on findings.

use aula_plan::rules::Overrides;
use aula_plan::validate::validate;

fn findings(src: &str) -> Vec<String> {
    let report = validate("t.toml".into(), src.as_bytes(), &Overrides::default());
    report
        .findings
        .iter()
        .map(|f| format!("{} {}: {}", f.rule.name, report.line_col(f.span.start()).line, f.message))
        .collect()
}

const HEAD: &str = r#"format = 1
[plan]
title = "T"
root = "v"
[[unit]]
id = "v"
name = "V"
kind = "vendor"
"#;

#[test]
fn vacancies_name_the_units_whose_seats_are_empty() {
    let src = format!(
        r#"{HEAD}
[[unit]]
id = "skoler"
name = "Skoler"
kind = "area"
[[unit]]
id = "nord"
name = "Nord"
kind = "school"
parent = "skoler"
pupils = 300
seats = {{ su = 2 }}
[[unit]]
id = "syd"
name = "Syd"
kind = "school"
parent = "skoler"
pupils = 200
seats = {{ su = 1 }}
[[role]]
id = "su"
name = "Superbrugere"
unit = "skoler"
quota = 3
split = "pupils"
support = "v"
[[person]]
id = "anna"
name = "Anna"
unit = "nord"
roles = ["su"]
[[training]]
id = "nc"
name = "NC"
trainer = ["v"]
trainees = ["su"]
date = 2019-03-04
"#
    );
    assert_eq!(findings(&src), ["vacant-seat 32: `su` has 2 seats vacant of 3: nord 1, syd 1"]);
}

#[test]
fn shares_must_add_up_and_lie_below_the_roles_unit() {
    let src = format!(
        r#"{HEAD}seats = {{ su = 1 }}
[[unit]]
id = "skoler"
name = "Skoler"
kind = "area"
seats = {{ su = 1 }}
[[role]]
id = "su"
name = "Superbrugere"
unit = "skoler"
quota = 3
support = "v"
needs_training = false
[[person]]
id = "anna"
name = "Anna"
unit = "skoler"
roles = ["su", "su"]
[[person]]
id = "bo"
name = "Bo"
unit = "skoler"
roles = ["su"]
[[person]]
id = "carl"
name = "Carl"
unit = "skoler"
roles = ["su"]
"#
    );
    assert_eq!(
        findings(&src),
        [
            "quota-mismatch 9: `v` declares seats of `su`, but is not below `skoler`",
            "quota-mismatch 19: the seats declared for `su` add up to 2, not its quota of 3",
            "repeated-reference 26: `su` stands twice in `roles`",
        ],
        "a person listing a role twice holds one seat, and is told of the repeat"
    );
}

#[test]
fn a_support_loop_is_one_finding_with_its_path() {
    let src = format!(
        r#"{HEAD}
[[role]]
id = "a"
name = "A"
unit = "v"
support = "b"
needs_training = false
[[role]]
id = "b"
name = "B"
unit = "v"
support = "a"
needs_training = false
[[role]]
id = "c"
name = "C"
unit = "v"
support = "a"
needs_training = false
"#
    );
    assert_eq!(findings(&src), ["support-gap 20: support loops: `a` → `b` → `a`"]);
}

#[test]
fn a_support_chain_ending_at_a_unit_other_than_the_root_is_a_gap() {
    let src = format!(
        r#"{HEAD}
[[unit]]
id = "desk"
name = "IT ServiceDesk"
kind = "service-desk"
[[role]]
id = "a"
name = "A"
unit = "v"
support = "desk"
needs_training = false
"#
    );
    assert_eq!(
        findings(&src),
        ["support-gap 18: the support chain ends at `desk`, which is not the root: `a` → `desk`"]
    );
}

#[test]
fn sessions_in_closed_periods_and_on_weekends_are_named() {
    let src = format!(
        r#"{HEAD}
[[role]]
id = "su"
name = "Superbrugere"
unit = "v"
support = "v"
[[training]]
id = "nc"
name = "NC"
trainer = ["v"]
trainees = ["su"]
start = 2019-07-01
end = 2019-07-06
[[training]]
id = "weeks"
name = "Weeks are not checked"
trainer = ["v"]
trainees = ["su"]
start = "2019-W27"
end = "2019-07"
[calendar]
closed = [{{ name = "Sommerferie 2019", start = 2019-06-29, end = 2019-08-11 }}]
"#
    );
    assert_eq!(
        findings(&src),
        [
            "holiday-session 20: `nc` has its start on 2019-07-01, in Sommerferie 2019",
            "holiday-session 21: `nc` has its end on 2019-07-06, a Saturday",
        ]
    );
    let none = src
        .replace(
            "[calendar]\n",
            r#"[calendar]
holidays = "none"
"#,
        )
        .replace("2019-07-01", "2019-05-30");
    assert_eq!(findings(&none), ["holiday-session 21: `nc` has its end on 2019-07-06, a Saturday"]);
}

#[test]
fn a_person_trained_through_one_role_may_teach_and_late_training_is_reported() {
    let src = format!(
        r#"{HEAD}
[[role]]
id = "admin"
name = "Admin"
unit = "v"
support = "v"
[[role]]
id = "leader"
name = "Ledere"
unit = "v"
support = "admin"
[[person]]
id = "thomas"
name = "Thomas"
unit = "v"
roles = ["admin"]
[[training]]
id = "nc"
name = "NC"
trainer = ["v"]
trainees = ["admin"]
start = "2019-W10"
end = "2019-W11"
[[training]]
id = "leaders"
name = "Ledere"
trainer = ["thomas"]
trainees = ["leader"]
date = "2019-03"
"#
    );
    assert_eq!(
        findings(&src),
        [
            "trainer-trained-late 35: `thomas` teaches `leaders` from 2019-03, but is trained in `nc`, which ends 2019-W11"
        ]
    );
    let fixed = src.replace(r#"date = "2019-03""#, r#"date = "2019-04""#);
    assert_eq!(findings(&fixed), Vec::<String>::new());
}

#[test]
fn an_untrained_trainer_is_reported_once_and_not_again_as_an_unreached_role() {
    let src = format!(
        r#"{HEAD}
[[role]]
id = "consultant"
name = "Konsulent"
unit = "v"
support = "v"
[[role]]
id = "staff"
name = "Staff"
unit = "v"
support = "v"
[[person]]
id = "jacob"
name = "Jacob"
unit = "v"
roles = ["consultant"]
[[training]]
id = "one"
name = "One"
trainer = ["jacob"]
trainees = ["staff"]
date = 2019-03-04
[[training]]
id = "two"
name = "Two"
trainer = ["jacob"]
trainees = ["staff"]
date = 2019-03-05
"#
    );
    assert_eq!(findings(&src), ["untrained-trainer 28: `jacob` teaches `one`, `two` but is never trained"]);
}

#[test]
fn an_estimate_row_with_more_figures_than_phases() {
    let src = format!(
        r#"{HEAD}
[estimate]
phases = ["1", "2"]
[[estimate.row]]
party = "p"
hours = [1, 2, 3]
"#
    );
    assert_eq!(findings(&src), ["estimate-total 14: this row has 3 figures, but [estimate] names 2 phases"]);
}

/// One mistake, one finding: what follows from a mistake already reported is not reported again.
#[test]
fn one_mistake_gives_one_finding() {
    let src = format!(
        r#"{HEAD}
[[unit]]
id = "Nord Skole"
name = "Nord"
kind = "school"
parent = "v"
[[role]]
id = "su"
name = "SU"
unit = "Nord Skole"
support = "v"
[[role]]
id = "staff"
name = "Staff"
unit = "Nord Skole"
support = "su"
[[traning]]
id = "nc"
name = "NC"
trainer = ["v"]
trainees = ["su"]
date = 2019-03-04
[[training]]
id = "sat"
name = "Saturday"
trainer = ["v"]
trainees = ["staff"]
start = 2019-03-09
end = 2019-03-09
"#
    );
    assert_eq!(
        findings(&src),
        [
            "schema 11: `Nord Skole` is not a valid id",
            "schema 25: unknown key `traning` in the top level",
            "holiday-session 36: `sat` has its start on 2019-03-09, a Saturday",
        ],
        "an invalid id is not unknown at each use; a misspelt [[training]] makes no role unreached; \
         a one-day course on a Saturday is one finding"
    );
}

#[test]
fn an_unknown_id_is_one_finding_however_often_it_is_used() {
    let src = format!(
        r#"{HEAD}
[[role]]
id = "su"
name = "SU"
unit = "v"
support = "v"
[[training]]
id = "a"
name = "A"
trainer = ["henriette"]
trainees = ["su"]
date = 2019-03-04
[[training]]
id = "b"
name = "B"
trainer = ["henriette", "v"]
trainees = ["su"]
date = 2019-03-05
"#
    );
    assert_eq!(findings(&src), ["unknown-reference 18: `henriette` is not defined in this plan"]);
}

#[test]
fn a_reversed_range_still_has_its_trainer_checked() {
    let src = format!(
        r#"{HEAD}
[[role]]
id = "su"
name = "SU"
unit = "v"
support = "v"
[[role]]
id = "staff"
name = "Staff"
unit = "v"
support = "su"
[[training]]
id = "nc"
name = "NC"
trainer = ["v"]
trainees = ["su"]
date = 2019-03-06
[[training]]
id = "rev"
name = "Reversed"
trainer = ["su"]
trainees = ["staff"]
start = 2019-03-05
end = 2019-03-01
"#
    );
    assert_eq!(
        findings(&src),
        [
            "trainer-trained-late 29: `su` teaches `rev` from 2019-03-05, but is trained in `nc`, which ends 2019-03-06",
            "reversed-dates 32: `rev` ends (2019-03-01) before it starts (2019-03-05)",
        ]
    );
}

#[test]
fn an_activity_that_starts_the_day_another_ends_says_so() {
    let src = format!(
        r#"{HEAD}
[[phase]]
id = "m1"
name = "M1"
date = 2019-03-04
[[phase]]
id = "m2"
name = "M2"
date = 2019-03-04
after = ["m1"]
"#
    );
    assert_eq!(findings(&src), ["dependency-order 17: `m2` starts on the day `m1` ends, 2019-03-04"]);
}
