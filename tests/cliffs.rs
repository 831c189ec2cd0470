//! What the hostile inputs of `benches/cliffs.rs` must still say, at sizes a test can afford:
//! the cascade of many trainers for many roles summarised, findings matched by place at any
//! number, a chain of dependents of any length moved whole. (The index of closed days is held
//! against a pass over every period in `src/plan/calendar.rs`.) How long each takes at the
//! reported sizes is the benchmark's business, never a test's.

mod common;
#[path = "common/fan.rs"]
mod fan;

use std::fmt::Write as _;

use aula_plan::i18n::Lang;
use aula_plan::load::load;
use aula_plan::view::{self, Format};
use serde_json::Value;

const HEAD: &str =
    "format = 1\n[plan]\ntitle = \"Cliff\"\nroot = \"u0\"\n[[unit]]\nid = \"u0\"\nname = \"V\"\nkind = \"vendor\"\n";

#[test]
fn the_cascade_of_many_trainers_for_many_roles_lists_each_role_once_and_then_counts() {
    let n = 300;
    let plan = load(&fan::fan(n)).plan.expect("loads");
    let r = view::cascade::report(&plan, Lang::En);
    let doc: Value = serde_json::from_str(&view::render(&r, Format::Json)).expect("JSON");
    let rows = doc["rows"].as_array().expect("rows");
    // The vendor, each trainer, each role once under the first trainer, and one row for the
    // roles under each other trainer: not n × n.
    assert_eq!(rows.len(), 1 + n + n + (n - 1), "{}", rows.len());
    let under_first: Vec<&str> = rows.iter().filter(|r| r["depth"] == 2).filter_map(|r| r["id"].as_str()).collect();
    assert_eq!(under_first.len(), n);
    let counted: Vec<&Value> = rows.iter().filter(|r| r["id"].is_null()).collect();
    assert_eq!(counted.len(), n - 1);
    for row in counted {
        assert_eq!((row["kind"].as_str(), row["via"].as_str()), (Some("role"), Some("t1")));
        assert_eq!(row["flag"], "300 roles of this course, each shown above");
    }
    // In Danish, too.
    let da = view::cascade::report(&plan, Lang::Da);
    assert!(da.rows.iter().any(|r| r.cells[5] == "300 roller fra dette kursus, alle vist ovenfor"));
}

#[test]
fn a_course_with_a_few_roles_shown_above_still_lists_them() {
    // Five roles under a second trainer are listed again, each flagged; the sixth makes a count.
    for (n, listed) in [(5, true), (6, false)] {
        let plan = load(&fan::fan(n)).plan.expect("loads");
        let r = view::cascade::report(&plan, Lang::En);
        let again = r.rows.iter().filter(|r| r.cells[5] == "shown above").count();
        assert_eq!(again, if listed { n * (n - 1) } else { 0 }, "{n}");
        assert_eq!(r.rows.iter().filter(|r| r.cells[0].is_null()).count(), if listed { 0 } else { n - 1 });
    }
}

/// `n` roles with three warnings each (no support, no course, seats vacant).
fn warned(n: usize) -> String {
    let mut t = HEAD.to_owned();
    for i in 0..n {
        let _ = write!(t, "[[role]]\nid = \"r{i}\"\nname = \"Rolle {i}\"\nunit = \"u0\"\nquota = 3\n");
    }
    t
}

#[test]
fn the_diff_matches_thousands_of_findings_by_their_place() {
    use aula_plan::rules::Overrides;
    use aula_plan::validate;
    let old = warned(2000);
    // A line more at the top moves every finding; one role gets a course, which fixes its
    // `unreached-role`, and one more role brings its three.
    let new = format!(
        "# moved\n{old}[[role]]\nid = \"extra\"\nname = \"Ekstra\"\nunit = \"u0\"\nquota = 3\n[[training]]\nid = \"t\"\nname = \"T\"\ntrainer = [\"u0\"]\ntrainees = [\"r7\"]\ndate = 2019-03-04\n"
    );
    let (a, b) = (load(&old), load(&new));
    let ra = validate::check("old.toml".into(), old.clone(), &a, &Overrides::default());
    let rb = validate::check("new.toml".into(), new.clone(), &b, &Overrides::default());
    assert_eq!(ra.findings.len(), 6000);
    let d = aula_plan::diff::diff(&a.plan.expect("loads"), &b.plan.expect("loads"), &ra, &rb);
    let rules = |list: &[aula_plan::diff::FindingChange]| list.iter().map(|f| f.rule).collect::<Vec<_>>();
    assert_eq!(rules(&d.fixed_findings), ["unreached-role"]);
    assert_eq!(rules(&d.new_findings), ["no-support", "unreached-role", "vacant-seat"]);
}

#[test]
fn move_with_dependents_moves_a_chain_of_a_hundred_phases_whole() {
    let mut t = HEAD.to_owned();
    let first = chrono::NaiveDate::from_ymd_opt(2019, 1, 7).expect("a day");
    for i in 0..100 {
        let on = first + chrono::Days::new(i);
        let _ = write!(t, "[[phase]]\nid = \"p{i}\"\nname = \"P{i}\"\nstart = {on}\nend = {on}\n");
        if i > 0 {
            let _ = writeln!(t, "after = [\"p{}\"]", i - 1);
        }
    }
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("plan.toml");
    std::fs::write(&path, &t).expect("written");
    let out =
        common::aula_plan().arg("move").arg(&path).args(["p0", "--days", "3", "--with-dependents", "--yes"]).output();
    let out = out.expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // Every phase three days on, still each after the one before.
    let moved = std::fs::read_to_string(&path).expect("read");
    let plan = load(&moved).plan.expect("loads");
    for (i, p) in plan.phases.iter().enumerate() {
        let start = p.timing.as_ref().and_then(|t| t.start().value.earliest());
        assert_eq!(start, Some(first + chrono::Days::new(i as u64 + 3)), "{}", p.id.value);
    }
    let checked = common::aula_plan().arg("validate").arg(&path).output().expect("runs");
    assert!(checked.status.success(), "{}", String::from_utf8_lossy(&checked.stdout));
}

#[test]
fn move_with_dependents_leaves_what_was_too_early_before_the_move() {
    let phase = |id: &str, on: &str, after: &str| {
        let after = if after.is_empty() { String::new() } else { format!("after = [\"{after}\"]\n") };
        format!("[[phase]]\nid = \"{id}\"\nname = \"{id}\"\nstart = {on}\nend = {on}\n{after}")
    };
    let t = [
        HEAD.to_owned(),
        phase("a", "2019-01-07", ""),
        phase("b", "2019-01-08", "a"),
        phase("c", "2019-01-09", "b"),
        phase("y", "2019-02-01", ""),
        phase("x", "2019-01-10", "y"),
    ]
    .concat();
    let dir = tempfile::tempdir().expect("a folder");
    let path = dir.path().join("plan.toml");
    std::fs::write(&path, &t).expect("written");
    let out = common::aula_plan()
        .arg("move")
        .arg(&path)
        .args(["a", "--days", "3", "--with-dependents", "--dry-run"])
        .output()
        .expect("runs");
    let said = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{said}{}", String::from_utf8_lossy(&out.stderr));
    for id in ["a", "b", "c"] {
        assert!(said.contains(&format!("`{id}` moved from")), "{id}: {said}");
    }
    assert!(!said.contains("`x` moved"), "x waited too little for y before the move: {said}");
}
