//! `diff` through the library: entities compared by id, each change told as a difference.

use aula_plan::diff::{self, FieldChange, Kind, PlanDiff};
use aula_plan::load::load;
use aula_plan::rules::Overrides;
use aula_plan::validate;

const BASE: &str = include_str!("fixtures/shift/plan.toml");

fn compare(old: &str, new: &str) -> PlanDiff {
    let (a, b) = (load(old), load(new));
    let ra = validate::check("old.toml".into(), old.into(), &a, &Overrides::default());
    let rb = validate::check("new.toml".into(), new.into(), &b, &Overrides::default());
    diff::diff(&a.plan.expect("old loads"), &b.plan.expect("new loads"), &ra, &rb)
}

/// A field change as text: field, old, new, and the difference in English.
type Shown = (String, Option<String>, Option<String>, Option<String>);

fn field(f: &str, old: Option<&str>, new: Option<&str>, delta: Option<&str>) -> Shown {
    (f.into(), old.map(Into::into), new.map(Into::into), delta.map(Into::into))
}

fn shown(f: &FieldChange) -> Shown {
    (f.field.clone(), f.old.clone(), f.new.clone(), f.delta.as_ref().map(ToString::to_string))
}

/// Changes as (kind, id, what) for a quick look.
fn overview(d: &PlanDiff) -> Vec<(Kind, &str, String)> {
    d.changes.iter().map(|c| (c.kind, c.id.as_str(), c.what.word())).collect()
}

#[test]
fn a_plan_against_itself_has_no_differences() {
    let d = compare(BASE, BASE);
    assert!(!d.differs());
    assert!(d.changes.is_empty() && d.new_findings.is_empty() && d.fixed_findings.is_empty());
    assert_eq!(d.summary().to_string(), "No changes; 0 new findings, 0 fixed.");
}

#[test]
fn comments_and_layout_are_not_differences() {
    let relaid =
        BASE.replace("# The calendar never moves.\n", "").replace(r#"id = "go-live""#, "id   =   'go-live' # moved");
    assert!(!compare(BASE, &relaid).differs());
}

#[test]
fn dates_move_by_the_unit_a_person_would_say() {
    let new = BASE
        .replace("date = 2019-08-12", "date = 2019-12-12")
        .replace("date = 2019-01-31", "date = 2019-02-17")
        .replace(r#"end = "2019-W12""#, r#"end = "2019-W14""#)
        .replace(r#"end = "2019-11""#, r#"end = "2020-02""#);
    let d = compare(BASE, &new);
    let deltas: Vec<(&str, &str, Option<String>)> = d
        .changes
        .iter()
        .flat_map(|c| {
            c.fields.iter().map(move |f| (c.id.as_str(), f.field.as_str(), f.delta.as_ref().map(ToString::to_string)))
        })
        .collect();
    let deltas: Vec<(&str, &str, Option<&str>)> = deltas.iter().map(|(a, b, c)| (*a, *b, c.as_deref())).collect();
    assert_eq!(
        deltas,
        [
            ("superuser-course", "date", Some("+17 days")),
            ("staff-course", "end", Some("+2 weeks")),
            ("implementation", "end", Some("+3 months")),
            ("go-live", "date", Some("+4 months")),
        ]
    );
}

#[test]
fn quotas_seats_roles_and_confirmations_are_told_as_differences() {
    let old = BASE
        .replace(
            r#"kind = "vendor"
"#,
            r#"kind = "vendor"
seats = { superuser = 2 }
"#,
        )
        .replace(
            r#"unit = "vendor"
support = "vendor""#,
            r#"unit = "vendor"
quota = 2
support = "vendor""#,
        )
        .replace(
            r#"[[training]]
id = "superuser-course""#,
            "[[person]]\nid = \"alice\"\nname = \"Alice\"\nroles = [\"superuser\"]\ntentative = true\n\n\
             [[training]]\nid = \"superuser-course\"",
        );
    let new = old
        .replace("seats = { superuser = 2 }", "seats = { superuser = 3 }")
        .replace("quota = 2", "quota = 4")
        .replace("tentative = true", "tentative = false")
        .replace("roles = [\"superuser\"]", "roles = [\"staff\"]");
    let d = compare(&old, &new);
    let fields: Vec<(&str, Shown)> =
        d.changes.iter().flat_map(|c| c.fields.iter().map(move |f| (c.id.as_str(), shown(f)))).collect();
    assert_eq!(
        fields,
        [
            ("vendor", field("seats.superuser", Some("2"), Some("3"), Some("+1"))),
            ("superuser", field("quota", Some("2"), Some("4"), Some("+2"))),
            ("alice", field("roles", Some("superuser"), Some("staff"), Some("+staff, -superuser"))),
            ("alice", field("tentative", Some("true"), Some("false"), Some("confirmed"))),
        ]
    );
}

#[test]
fn added_and_removed_entities_list_their_fields() {
    let new = BASE.replace(
        r#"[[phase]]
id = "daycare-info""#,
        r#"[[phase]]
id = "kickoff"
name = "Kick-off"
kind = "milestone"
date = 2019-02-01

[[phase]]
id = "daycare-info""#,
    );
    let d = compare(BASE, &new);
    assert_eq!(overview(&d), [(Kind::Phase, "kickoff", "added".to_owned())]);
    assert_eq!(
        d.changes[0].fields.iter().map(shown).collect::<Vec<_>>(),
        [
            field("name", None, Some("Kick-off"), None),
            field("kind", None, Some("milestone"), None),
            field("date", None, Some("2019-02-01"), None)
        ]
    );
    let back = compare(&new, BASE);
    assert_eq!(overview(&back), [(Kind::Phase, "kickoff", "removed".to_owned())]);
}

#[test]
fn a_new_id_for_the_same_content_is_a_rename_and_references_follow_it() {
    let new = BASE
        .replace(r#"id = "staff-course""#, r#"id = "personale-kursus""#)
        .replace("after = [\"staff-course\"]", "after = [\"personale-kursus\"]");
    let d = compare(BASE, &new);
    assert_eq!(overview(&d), [(Kind::Training, "personale-kursus", "renamed from staff-course".to_owned())]);
    assert!(d.changes[0].fields.is_empty(), "go-live's `after` names the same training: no change there");
}

#[test]
fn plan_settings_and_the_calendar_are_compared_too() {
    let new = BASE.replace(r#"title = "Shift fixture""#, r#"title = "Shift fixture 2""#).replace(
        r#"{ name = "Sommerferie 2019", start = 2019-06-29, end = 2019-08-11 }"#,
        r#"{ name = "Sommerferie 2019", start = 2019-06-29, end = 2019-08-09 }"#,
    );
    let d = compare(BASE, &new);
    assert_eq!(
        overview(&d),
        [(Kind::Plan, "plan", "changed".to_owned()), (Kind::ClosedPeriod, "Sommerferie 2019", "changed".to_owned())]
    );
    assert_eq!(
        d.changes[1].fields.iter().map(shown).collect::<Vec<_>>(),
        [field("end", Some("2019-08-11"), Some("2019-08-09"), Some("-2 days"))]
    );
}

#[test]
fn findings_are_matched_by_rule_and_place_not_by_line() {
    // A blank line at the top moves every finding a line down: none is new.
    let d = compare(BASE, &format!("\n{BASE}"));
    assert!(d.new_findings.is_empty() && d.fixed_findings.is_empty());
    // Dating the tbd start fixes its tbd-date warning; moving the go-live before the course
    // it follows is a new error.
    let new =
        BASE.replace(r#"start = "tbd""#, r#"start = "2019-09""#).replace("date = 2019-08-12", "date = 2019-03-01");
    let d = compare(BASE, &new);
    let rules = |list: &[diff::FindingChange]| list.iter().map(|f| (f.rule, f.severity)).collect::<Vec<_>>();
    assert_eq!(rules(&d.new_findings), [("dependency-order", "error")]);
    assert_eq!(rules(&d.fixed_findings), [("tbd-date", "warning")]);
    assert_eq!(d.new_errors(), 1);
    assert_eq!((d.new_findings[0].file.as_str(), d.new_findings[0].line), ("new.toml", 57));
    assert_eq!(d.summary().to_string(), "2 phases differ; 1 new finding, 1 fixed.");
}

#[test]
fn markdown_escapes_what_would_break_a_table() {
    let new = BASE.replace(r#"name = "Go live""#, r#"name = "Go | live""#);
    let md = diff::render::markdown(&compare(BASE, &new), aula_plan::i18n::Lang::En);
    assert!(md.contains("| Go \\| live | changed | name  | Go live | Go \\| live |"), "{md}");
}

#[test]
fn json_has_the_changes_and_a_summary() {
    let new = BASE.replace("date = 2019-08-12", "date = 2019-12-12");
    let doc: serde_json::Value =
        serde_json::from_str(&diff::render::json(&compare(BASE, &new), aula_plan::i18n::Lang::En)).unwrap();
    assert_eq!(doc["changes"][0]["kind"], "phase");
    assert_eq!(doc["changes"][0]["id"], "go-live");
    assert_eq!(doc["changes"][0]["change"], "changed");
    assert_eq!(doc["changes"][0]["fields"][0]["delta"], "+4 months");
    assert_eq!(doc["summary"]["differs"], true);
    assert_eq!(doc["summary"]["new_errors"], 0);
}

/// After a pure shift of a plan that already has an error, the error is the same finding: its
/// message has other dates, but it is the same rule about the same entity and key.
#[test]
fn a_finding_whose_dates_moved_is_the_same_finding() {
    let old = r#"format = 1
[plan]
title = "T"
root = "v"
[[unit]]
id = "v"
name = "V"
kind = "vendor"
[[phase]]
id = "course"
name = "Course"
start = 2019-05-10
end = 2019-05-06
"#;
    let new = old.replace("2019-05-10", "2019-09-10").replace("2019-05-06", "2019-09-06");
    let d = compare(old, &new);
    assert!(d.new_findings.is_empty() && d.fixed_findings.is_empty(), "{:?} {:?}", d.new_findings, d.fixed_findings);
}

/// A unit and the role in it, renamed together, are two renames, not two removals and two
/// additions.
#[test]
fn related_entities_renamed_together_are_renames() {
    let new = BASE.replace(r#""schools""#, r#""skoler""#);
    let old_with_units = format!(
        "{BASE}\n[[unit]]\nid = \"area\"\nname = \"Area\"\nkind = \"area\"\nparent = \"vendor\"\n\
         [[role]]\nid = \"helper\"\nname = \"Helper\"\nunit = \"area\"\nsupport = \"vendor\"\n"
    );
    let _ = new;
    let renamed = old_with_units
        .replace("id = \"area\"", "id = \"omraade\"")
        .replace("unit = \"area\"", "unit = \"omraade\"")
        .replace("id = \"helper\"", "id = \"hjaelper\"");
    let d = compare(&old_with_units, &renamed);
    let words: Vec<(Kind, &str, String)> = overview(&d);
    assert!(words.contains(&(Kind::Unit, "omraade", "renamed from area".to_owned())), "{words:?}");
    assert!(words.contains(&(Kind::Role, "hjaelper", "renamed from helper".to_owned())), "{words:?}");
    assert_eq!(words.len(), 2, "{words:?}");
}

/// Revisions are matched by what they say, not by their date or place: one inserted before the
/// others does not make every later one changed.
#[test]
fn revisions_are_matched_by_content() {
    let old = format!("{BASE}\n[[revision]]\ndate = 2019-01-01\nnote = \"first\"\n");
    let new = old.replace(
        "[[revision]]\ndate = 2019-01-01",
        "[[revision]]\ndate = 2019-01-01\nnote = \"a draft the same day\"\n\n[[revision]]\ndate = 2019-01-01",
    );
    let d = compare(&old, &new);
    let revisions: Vec<(Kind, &str, String)> =
        overview(&d).into_iter().filter(|(k, ..)| *k == Kind::Revision).collect();
    assert_eq!(revisions.len(), 1, "{revisions:?}");
    assert_eq!(revisions[0].2, "added");
    let added = d.changes.iter().find(|c| c.kind == Kind::Revision).unwrap();
    assert!(added.fields.iter().any(|f| f.new.as_deref() == Some("a draft the same day")), "{added:?}");
}
