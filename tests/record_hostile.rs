//! The progress commands on plans written to trip them (issue 39, round 4): every edit reads
//! back as exactly what it meant, at the entity it meant, with nothing else changed, or it is
//! refused and the file is left as it was.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Output;

mod common;

use common::aula_plan;

/// The start of every plan here: a vendor that teaches, a role of staff.
const HEAD: &str = r#"format = 1

[plan]
title = "T"
root = "v"

[[unit]]
id = "v"
name = "V"
kind = "vendor"

[[role]]
id = "staff"
name = "Staff"
unit = "v"
support = "v"
"#;

/// A plan of `text` in a folder of its own.
fn plan(text: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.toml");
    fs::write(&path, text).expect("write");
    (dir, path)
}

/// Runs `command PLAN args… --yes`.
fn run(path: &Path, command: &str, args: &[&str]) -> Output {
    aula_plan().arg(command).arg(path).args(args).arg("--yes").output().expect("runs")
}

fn says(out: &Output) -> String {
    format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr))
}

/// Runs it, and it must succeed.
fn ok(path: &Path, command: &str, args: &[&str]) {
    let out = run(path, command, args);
    assert_eq!(out.status.code(), Some(0), "{command} {args:?}: {}", says(&out));
}

/// Runs it, and it must be refused with `code`, saying `words`, with the file as it was.
fn refused(path: &Path, command: &str, args: &[&str], code: i32, words: &str) -> String {
    let before = fs::read(path).unwrap();
    let out = run(path, command, args);
    let said = says(&out);
    assert_eq!(out.status.code(), Some(code), "{command} {args:?}: {said}");
    assert!(said.contains(words), "{command} {args:?}: {said}");
    assert_eq!(fs::read(path).unwrap(), before, "{command} {args:?} wrote");
    said
}

/// The errors `validate` finds, as `rule` names.
fn errors(path: &Path) -> Vec<String> {
    let out = aula_plan().args(["validate", "--format", "json"]).arg(path).output().unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    doc["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "error")
        .map(|f| f["rule"].as_str().unwrap().to_owned())
        .collect()
}

#[test]
fn a_new_key_goes_into_the_entitys_own_table_not_its_sub_table() {
    let text = format!(
        "{HEAD}\n[[unit]]\nid = \"nord\"\nname = \"Nord\"\nkind = \"school\"\nparent = \"v\"\n\n[unit.seats]\nadmin = 1\n\n[[role]]\nid = \"admin\"\nname = \"A\"\nunit = \"v\"\nsupport = \"v\"\nquota = 1\n"
    );
    let (_dir, path) = plan(&text);
    ok(&path, "set", &["nord.count", "3"]);
    let after = fs::read_to_string(&path).unwrap();
    assert!(after.contains("parent = \"v\"\ncount = 3\n\n[unit.seats]\nadmin = 1\n"), "before the sub-table: {after}");
    assert_eq!(errors(&path), Vec::<String>::new());

    // With an error in the plan already, still in its own table.
    let broken = text.replace("parent = \"v\"", "parent = \"nowhere\"");
    let (_dir, path) = plan(&broken);
    ok(&path, "set", &["nord.count", "3"]);
    let after = fs::read_to_string(&path).unwrap();
    assert!(after.contains("parent = \"nowhere\"\ncount = 3\n\n[unit.seats]\nadmin = 1\n"), "{after}");
}

/// Trainings of these ids, one a day from 1 May 2019; each id on line 19 + 7 × its place.
fn trainings(ids: &[&str]) -> String {
    let each = ids.iter().zip(1..).map(|(id, day)| {
        format!(
            "\n[[training]]\nid = \"{id}\"\nname = \"{id}\"\ntrainer = [\"v\"]\ntrainees = [\"staff\"]\ndate = 2019-05-{day:02}\n"
        )
    });
    format!("{HEAD}{}", each.collect::<String>())
}

/// `t1` twice already, and a `t3`.
fn twice() -> String {
    trainings(&["t1", "t1", "t3"])
}

#[test]
fn a_second_copy_of_an_error_the_plan_has_is_a_new_error() {
    let (_dir, path) = plan(&twice());
    assert_eq!(errors(&path), ["duplicate-id"]);
    refused(&path, "set", &["t3.id", "t1"], 1, "1 new error");
    // Asked for, it is written, and reads back as meant.
    ok(&path, "set", &["t3.id", "t1", "--allow-new-errors"]);
    assert_eq!(errors(&path), ["duplicate-id", "duplicate-id"]);
}

#[test]
fn an_edit_to_a_duplicated_id_is_refused_naming_both_places() {
    let (_dir, path) = plan(&twice());
    for (command, args) in [("done", &["t1"][..]), ("set", &["t1.name", "x"][..]), ("pin", &["t1"][..])] {
        let said = refused(&path, command, args, 2, "`t1` is the id of 2 entities (lines 19, 26)");
        assert!(!said.contains("did you mean"), "{said}");
    }
}

/// A person `p1` and a unit `p1`.
fn person_and_unit() -> String {
    format!(
        "{HEAD}\n[[person]]\nid = \"p1\"\nname = \"P\"\nunit = \"v\"\nroles = [\"staff\"]\n\n[[unit]]\nid = \"p1\"\nname = \"P\"\nkind = \"school\"\nparent = \"v\"\n"
    )
}

#[test]
fn did_you_mean_never_suggests_the_id_it_was_given() {
    let (_dir, path) = plan(&person_and_unit());
    let said = refused(&path, "unassign", &["staff", "p1"], 2, "`p1` is the id of 2 entities (lines 19, 25)");
    assert!(!said.contains("did you mean `p1`"), "{said}");
    let said = refused(&path, "done", &["p1"], 2, "p1");
    assert!(!said.contains("did you mean `p1`"), "{said}");
}

/// A person holding `roles` written as `list`.
fn holding(list: &str) -> String {
    let mut roles = String::new();
    for r in ["a", "b", "c"] {
        let _ = write!(roles, "\n[[role]]\nid = \"{r}\"\nname = \"{r}\"\nunit = \"v\"\nsupport = \"v\"\n");
    }
    format!("{HEAD}{roles}\n[[person]]\nid = \"kim\"\nname = \"Kim\"\nunit = \"v\"\nroles = {list}\nnote = \"x\"\n")
}

#[test]
fn unassign_keeps_each_comment_on_its_own_item() {
    let list = "[\n  \"a\",   # first\n  \"b\",   # second\n  \"c\",   # third\n]";
    let (_dir, path) = plan(&holding(list));
    ok(&path, "unassign", &["b", "kim"]);
    let after = fs::read_to_string(&path).unwrap();
    assert!(after.contains("roles = [\n  \"a\",   # first\n  \"c\",   # third\n]\nnote"), "{after}");
    ok(&path, "unassign", &["c", "kim"]);
    ok(&path, "unassign", &["a", "kim"]);
    let after = fs::read_to_string(&path).unwrap();
    assert!(after.contains("roles = [\n]\nnote"), "{after}");

    // The last item without a comma, and a comment of the list's own.
    let list = "[\n  # who does what\n  \"a\",   # first\n  \"b\"    # second\n]";
    let (_dir, path) = plan(&holding(list));
    ok(&path, "unassign", &["a", "kim"]);
    ok(&path, "assign", &["c", "kim"]);
    let after = fs::read_to_string(&path).unwrap();
    assert!(after.contains("roles = [\n  # who does what\n  \"b\",    # second\n  \"c\"\n]\nnote"), "{after}");
    ok(&path, "unassign", &["b", "kim"]);
    ok(&path, "unassign", &["c", "kim"]);
    let after = fs::read_to_string(&path).unwrap();
    assert!(after.contains("roles = [\n  # who does what\n]\nnote"), "the list's comment stays: {after}");
}

#[test]
fn unassign_takes_a_role_written_twice_out_whole() {
    for (list, left) in [
        ("[\"a\", \"a\"]", "roles = []"),
        ("[\"a\", \"b\", \"a\"]", "roles = [\"b\"]"),
        ("[ \"b\", \"a\", \"a\" ]", "roles = [ \"b\" ]"),
        ("[\n  \"a\",\n  \"b\", \"a\"\n]", "roles = [\n  \"b\"\n]"),
    ] {
        let (_dir, path) = plan(&holding(list));
        ok(&path, "unassign", &["a", "kim"]);
        let after = fs::read_to_string(&path).unwrap();
        assert!(after.contains(&format!("{left}\nnote")), "{list}: {after}");
    }
}

/// Two trainings as inline tables, on lines of their own or on one line.
fn inline_trainings(one_line: bool) -> String {
    let t = |id: &str| {
        format!("{{ id = \"{id}\", name = \"{id}\", trainer = [\"v\"], trainees = [\"staff\"], date = 2019-05-01 }}")
    };
    // Before the first table header, where a key of the top level stands.
    let list = if one_line {
        format!("training = [{}, {}]\n", t("t1"), t("t2"))
    } else {
        format!("training = [\n  {},\n  {},\n]\n", t("t1"), t("t2"))
    };
    HEAD.replacen("format = 1\n", &format!("format = 1\n{list}"), 1)
}

#[test]
fn a_reason_on_an_inline_table_activity_goes_after_the_table() {
    let (_dir, path) = plan(&inline_trainings(false));
    ok(&path, "cancel", &["t1", "--reason", "sygdom"]);
    let after = fs::read_to_string(&path).unwrap();
    assert!(after.contains("date = 2019-05-01, status = \"cancelled\" },  # sygdom\n  { id = \"t2\""), "{after}");
    ok(&path, "cancel", &["t2", "--reason", "også"]);
    let after = fs::read_to_string(&path).unwrap();
    assert!(after.contains("status = \"cancelled\" },  # også\n]"), "{after}");

    let (_dir, path) = plan(&inline_trainings(true));
    ok(&path, "cancel", &["t1", "--reason", "sygdom"]);
    let after = fs::read_to_string(&path).unwrap();
    assert!(after.contains("status = \"cancelled\" },  # sygdom\n{ id = \"t2\""), "{after}");
    assert_eq!(errors(&path), Vec::<String>::new());
}

#[test]
fn a_del_character_in_a_name_is_written_escaped() {
    let (_dir, path) = plan(&trainings(&["t1", "t2", "t3"]));
    ok(&path, "set", &["t3.name", "A\u{7f}B\u{1b}C"]);
    let after = fs::read_to_string(&path).unwrap();
    assert!(after.contains("name = \"A\\u007FB\\u001bC\""), "{after}");
}

#[test]
fn a_plan_table_written_as_dotted_keys_or_inline_is_edited_where_it_is() {
    let dotted = HEAD.replace("[plan]\ntitle = \"T\"\nroot = \"v\"\n", "plan.title = \"T\"\nplan.root = \"v\"\n");
    let (_dir, path) = plan(&dotted);
    ok(&path, "set", &["plan.owner", "KOMBIT"]);
    ok(&path, "set", &["plan.title", "Ny"]);
    let after = fs::read_to_string(&path).unwrap();
    assert!(
        after.starts_with("format = 1\n\nplan.title = \"Ny\"\nplan.root = \"v\"\nplan.owner = \"KOMBIT\"\n"),
        "{after}"
    );

    let inline = HEAD.replace("[plan]\ntitle = \"T\"\nroot = \"v\"\n", "plan = { title = \"T\", root = \"v\" }\n");
    let (_dir, path) = plan(&inline);
    ok(&path, "set", &["plan.owner", "KOMBIT"]);
    let after = fs::read_to_string(&path).unwrap();
    assert!(after.contains("plan = { title = \"T\", root = \"v\", owner = \"KOMBIT\" }\n"), "{after}");
}

#[test]
fn done_on_a_day_after_today_is_refused_unless_forced() {
    let (_dir, path) = plan(&trainings(&["t1", "t2", "t3"]));
    // Today is common::TODAY, 2026-11-22.
    refused(&path, "done", &["t3", "--on", "9999-12-31"], 2, "9999-12-31 is after today (2026-11-22)");
    refused(&path, "done", &["t3", "--on", "2026-11-23"], 2, "after today");
    ok(&path, "done", &["t3", "--on", "2026-11-22"]);
    ok(&path, "done", &["t1", "--on", "2027-01-04", "--force"]);
}

/// 32 people mark 32 different courses done at the same moment: every mark lands.
#[test]
fn thirty_two_writers_of_different_activities_all_land() {
    let writers = 32;
    let mut trainings = String::new();
    for i in 0..writers {
        let _ = write!(
            trainings,
            "\n[[training]]\nid = \"t{i}\"\nname = \"Course {i}\"\ntrainer = [\"v\"]\ntrainees = [\"staff\"]\ndate = 2019-05-01\n"
        );
    }
    let (dir, path) = plan(&format!("{HEAD}{trainings}"));
    let barrier = std::sync::Arc::new(std::sync::Barrier::new(writers));
    let handles: Vec<_> = (0..writers)
        .map(|i| {
            let (path, barrier) = (path.clone(), barrier.clone());
            std::thread::spawn(move || {
                let mut cmd = aula_plan();
                cmd.arg("done").arg(&path).arg(format!("t{i}")).arg("--yes");
                barrier.wait();
                cmd.output().expect("runs")
            })
        })
        .collect();
    for (i, h) in handles.into_iter().enumerate() {
        let out = h.join().unwrap();
        assert_eq!(out.status.code(), Some(0), "writer {i}: {}", says(&out));
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(stdout.matches("+++ ").count(), 1, "writer {i} shows its change once: {stdout}");
    }
    let after = fs::read_to_string(&path).unwrap();
    assert_eq!(after.matches("status = \"done\"").count(), writers, "{after}");
    let left: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert_eq!(left, ["plan.toml"], "no lock or temporary file is left");
}
