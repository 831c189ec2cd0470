//! `aula-plan shift` as the project group and CI meet it: the diff and table, writing, and
//! every way a write can fail without touching the plan.

use std::fs;
use std::path::{Path, PathBuf};

use predicates::prelude::*;

mod common;

use common::{aula_plan, stdout_of};

/// A copy of a plan in a folder of its own.
fn copy(plan: &str) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(Path::new(plan).file_name().unwrap());
    fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(plan), &path).expect("copy");
    (dir, path)
}

const ESBJERG: &str = "plans/esbjerg-2020.toml";
const FIXTURE: &str = "tests/fixtures/shift/plan.toml";

#[test]
fn help_shows_every_option() {
    insta::assert_snapshot!("shift-help", stdout_of(aula_plan().args(["shift", "--help"])));
}

#[test]
fn without_write_the_esbjerg_delay_is_shown_and_nothing_changes() {
    let before = fs::read(ESBJERG).unwrap();
    let out = aula_plan()
        .args([
            "shift",
            ESBJERG,
            "--months",
            "4",
            "--from",
            "2019-05-01",
            "--revision-date",
            "2026-11-22",
            "--reason",
            "KOMBIT udsætter Aula",
        ])
        .assert()
        .success()
        .stderr("");
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(!text.contains('\u{1b}'), "no colour when stdout is not a terminal");
    insta::assert_snapshot!("shift-esbjerg", text);
    assert_eq!(fs::read(ESBJERG).unwrap(), before);
}

#[test]
fn write_changes_only_the_moved_dates_and_adds_the_revision() {
    let (_dir, path) = copy(ESBJERG);
    let before = fs::read_to_string(&path).unwrap();
    aula_plan()
        .args(["shift", path.to_str().unwrap(), "--months", "4", "--from", "2019-05-01", "--write"])
        .args(["--revision-date", "2026-11-22", "--reason", "KOMBIT udsætter Aula"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Moved 12 dates of 7 activities by 4 months from the red line 2019-05-01."))
        .stdout(predicate::str::contains("with the shift recorded as revision 2.2 of 2026-11-22"));
    let after = fs::read_to_string(&path).unwrap();
    let diff = similar::TextDiff::from_lines(&before, &after);
    let mut removed = Vec::new();
    let mut added = Vec::new();
    for change in diff.iter_all_changes() {
        match change.tag() {
            similar::ChangeTag::Delete => removed.push(change.value().trim_end().to_owned()),
            similar::ChangeTag::Insert => added.push(change.value().trim_end().to_owned()),
            similar::ChangeTag::Equal => {}
        }
    }
    // The plan's revision counts on, and the twelve moved dates.
    assert_eq!(removed.len(), 13, "{removed:?}");
    assert_eq!(removed[0], r#"revision = "2.1""#);
    assert_eq!(added[0], r#"revision = "2.2""#);
    let date = |l: &String| ["start = ", "end = ", "date = "].iter().any(|k| l.starts_with(k));
    assert!(removed[1..].iter().all(date), "{removed:?}");
    let (dates, revision) = added[1..].split_at(12);
    assert!(dates.iter().all(date), "{dates:?}");
    assert_eq!(
        revision,
        [
            "[[revision]]",
            r#"revision = "2.2""#,
            "date = 2026-11-22",
            r#"note = "KOMBIT udsætter Aula""#,
            "shift = { months = 4, from = 2019-05-01 }",
            "",
        ]
    );
    // The written plan reads as before, with the same findings.
    aula_plan()
        .args(["validate", path.to_str().unwrap()])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("Checked 1 plan: 6 errors, 44 warnings."));
}

#[test]
fn a_crlf_plan_is_written_back_crlf() {
    let (_dir, path) = copy(FIXTURE);
    let crlf = fs::read_to_string(&path).unwrap().replace('\n', "\r\n");
    fs::write(&path, &crlf).unwrap();
    aula_plan()
        .args(["shift", path.to_str().unwrap(), "--weeks", "2", "--write", "--revision-date", "2026-11-22"])
        .assert()
        .success();
    let after = fs::read_to_string(&path).unwrap();
    assert_ne!(after, crlf);
    assert_eq!(after.matches('\n').count(), after.matches("\r\n").count(), "every line ends in CRLF");
    assert!(after.ends_with("\r\n[[revision]]\r\ndate = 2026-11-22\r\nshift = { weeks = 2 }\r\n\r\n# The calendar never moves.\r\n[calendar]\r\nholidays = \"dk\"\r\nclosed = [\r\n  { name = \"Sommerferie 2019\", start = 2019-06-29, end = 2019-08-11 },\r\n]\r\n"));
}

#[test]
fn findings_the_shift_brings_are_shown() {
    let out = stdout_of(aula_plan().args(["shift", FIXTURE, "--months", "7", "--only", "staff-course"]));
    assert!(out.contains("The shifted plan has 1 new finding it did not have before:"), "{out}");
    assert!(out.contains("error[dependency-order]: `go-live` starts 2019-08-12, before `staff-course` ends 2019-W43"));
    // Moving the go-live into the summer holiday is a new warning; the plan had none there.
    let out = stdout_of(aula_plan().args(["shift", FIXTURE, "--weeks", "-3", "--only", "go-live"]));
    assert!(out.contains("warning[holiday-session]: go-live `go-live` is on 2019-07-22, in Sommerferie 2019"), "{out}");
}

#[test]
fn the_diff_is_coloured_on_request() {
    let out = stdout_of(aula_plan().args(["--color", "always", "shift", FIXTURE, "--days", "7"]));
    assert!(out.contains("\u{1b}[31m-date = 2019-01-31"), "deleted lines are red");
    assert!(out.contains("\u{1b}[32m+date = 2019-02-07"), "added lines are green");
}

#[test]
fn a_read_only_plan_is_left_untouched_with_exit_2() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, path) = copy(FIXTURE);
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    let before = fs::read(&path).unwrap();
    aula_plan()
        .args(["shift", path.to_str().unwrap(), "--months", "1", "--write"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is read-only; nothing written"));
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file is left");
}

#[test]
fn a_plan_in_a_read_only_folder_is_left_untouched_with_exit_2() {
    use std::os::unix::fs::PermissionsExt;
    let (dir, path) = copy(FIXTURE);
    let before = fs::read(&path).unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o555)).unwrap();
    let out = aula_plan().args(["shift", path.to_str().unwrap(), "--months", "1", "--write"]).assert().code(2);
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o755)).unwrap();
    out.stderr(predicate::str::contains("is read-only; nothing written"));
    assert_eq!(fs::read(&path).unwrap(), before);
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file is left");
}

#[test]
fn a_plan_that_does_not_load_is_left_untouched_with_exit_1() {
    for fixture in ["tests/fixtures/rules/invalid-date.toml", "tests/fixtures/rules/parse-error.toml"] {
        let (_dir, path) = copy(fixture);
        let before = fs::read(&path).unwrap();
        aula_plan()
            .args(["shift", path.to_str().unwrap(), "--months", "1", "--write", "--yes"])
            .assert()
            .code(1)
            .stdout(predicate::str::contains("error["))
            .stderr(predicate::str::contains("does not read as a plan; fix the error"))
            .stderr(predicate::str::contains("Nothing written."));
        assert_eq!(fs::read(&path).unwrap(), before, "{fixture}");
    }
}

#[test]
fn wrong_arguments_are_one_line_each_with_exit_2() {
    let cases: &[(&[&str], &str)] = &[
        (&["--months", "1", "--track", "school"], "no activity has track `school` (did you mean `schools`?)"),
        (&["--months", "1", "--only", "staff"], "`staff` is a role; --only takes the ids of trainings and phases"),
        (&["--days", "0"], "a shift of 0 moves nothing"),
        (
            &["--months", "-30000"],
            "tests/fixtures/shift/plan.toml:31:8: `superuser-course`: date 2019-01-31 moved back",
        ),
        (&["--from", "tbd", "--months", "1"], "invalid value 'tbd' for '--from <DATE>'"),
        (&[], "the following required arguments were not provided"),
        (&["--months", "1", "--days", "2"], "cannot be used with"),
        (&["--months", "1", "--yes"], "--write"),
    ];
    for (args, message) in cases {
        aula_plan()
            .args(["shift", FIXTURE])
            .args(*args)
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(*message));
    }
    aula_plan()
        .args(["shift", "-", "--months", "1", "--write"])
        .write_stdin("format = 1\n")
        .assert()
        .code(2)
        .stderr("error: --write needs a plan file, not standard input\n");
}

#[test]
fn negative_amounts_move_earlier() {
    let out = stdout_of(aula_plan().args(["shift", FIXTURE, "--months", "-1", "--only", "go-live"]));
    assert!(out.contains("-date = 2019-08-12\n+date = 2019-07-12\n"), "{out}");
    assert!(out.contains("Would move 1 date of 1 activity back 1 month."), "{out}");
}

#[test]
fn nothing_to_move_writes_nothing() {
    let (_dir, path) = copy(FIXTURE);
    let before = fs::read(&path).unwrap();
    aula_plan()
        .args(["shift", path.to_str().unwrap(), "--days", "3", "--only", "staff-course", "--write"])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "note: `staff-course` starts 2019-W10: moved by 3 days that is still 2019-W10; it stays where it is",
        ))
        .stdout(predicate::str::ends_with(
            "Nothing to move: no selected activity has a known date that the shift changes. Nothing written.\n",
        ));
    assert_eq!(fs::read(&path).unwrap(), before);
}

/// A small plan: a go-live pinned to its day, a course held already, one planned, a milestone.
const SMALL: &str = r#"format = 1
[plan]
title = "T"
revision = "1.4"
root = "v"
[[unit]]
id = "v"
name = "V"
kind = "vendor"
[[phase]]
id = "held"
name = "Afholdt"
start = 2019-03-04
end = 2019-03-08
status = "done"
[[phase]]
id = "course"
name = "Kursus"
start = 2019-05-06
end = 2019-05-10
[[phase]]
id = "go-live"
name = "Go live"
date = 2019-08-12
pinned = true
after = ["course"]
"#;

fn small() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.toml");
    fs::write(&path, SMALL).unwrap();
    (dir, path)
}

#[test]
fn done_and_pinned_activities_are_kept_and_a_new_error_is_not_written() {
    let (_dir, path) = small();
    // Four months later, the course ends after the pinned go-live: a new error.
    let out = aula_plan()
        .args(["shift", path.to_str().unwrap(), "--months", "4", "--write", "--yes", "--revision-date", "2026-11-22"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "error: the shifted plan has 1 new error it did not have; nothing written (--allow-new-errors writes it anyway)",
        ));
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.contains("note: `held` is done (`status = \"done\"`); kept where it is"), "{text}");
    assert!(text.contains("note: `go-live` is pinned (`pinned = true`); kept where it is"), "{text}");
    assert!(text.contains("dependency-order"), "the new error is shown: {text}");
    assert_eq!(fs::read_to_string(&path).unwrap(), SMALL, "nothing written");
    aula_plan()
        .args(["shift", path.to_str().unwrap(), "--months", "4", "--write", "--yes", "--allow-new-errors"])
        .args(["--revision-date", "2026-11-22"])
        .assert()
        .success();
    let written = fs::read_to_string(&path).unwrap();
    assert!(written.contains("start = 2019-09-06") && written.contains("date = 2019-08-12"), "{written}");
}

#[test]
fn a_shift_made_already_is_refused_unless_again() {
    let (_dir, path) = small();
    let shift = |extra: &[&str]| {
        let mut cmd = aula_plan();
        cmd.args([
            "shift",
            path.to_str().unwrap(),
            "--weeks",
            "1",
            "--write",
            "--yes",
            "--revision-date",
            "2026-11-22",
        ]);
        cmd.args(extra);
        cmd.assert()
    };
    shift(&[]).success().stdout(predicate::str::contains("recorded as revision 1.5 of 2026-11-22"));
    let once = fs::read_to_string(&path).unwrap();
    assert!(once.contains("revision = \"1.5\""), "{once}");
    shift(&[]).code(1).stderr(predicate::str::contains(
        "error: revision 1.5 of 2026-11-22 (", // and the place it stands
    ));
    assert_eq!(fs::read_to_string(&path).unwrap(), once, "nothing written the second time");
    shift(&["--again", "--plan-revision", "2.0"]).success().stdout(predicate::str::contains("revision 2.0"));
    assert!(fs::read_to_string(&path).unwrap().contains("start = 2019-05-20"));
}

#[test]
fn end_only_extends_periods_across_the_red_line() {
    let (_dir, path) = small();
    let out = aula_plan()
        .args(["shift", path.to_str().unwrap(), "--weeks", "2", "--from", "2019-05-08", "--end-only"])
        .assert()
        .success();
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(text.contains("-end = 2019-05-10") && text.contains("+end = 2019-05-24"), "{text}");
    assert!(!text.contains("-start = 2019-05-06"), "the start stays: {text}");
    assert!(text.contains("`go-live` is pinned"), "{text}");
}

/// People shift the same plan at once, 40 times two of them: each one whose `aula-plan` says it
/// wrote finds its revision in the file; each other one is told that the plan changed since it
/// was read (exit 2) — never about another writer's temporary file — and no update is lost. The
/// folder holds the plan alone afterwards: no temporary or lock file is left.
#[test]
fn shifts_at_once_are_each_written_or_refused_as_changed() {
    let bin = assert_cmd::cargo::cargo_bin("aula-plan");
    for round in 0..40 {
        let (dir, path) = small();
        let children: Vec<_> = (0..2)
            .map(|i| {
                std::process::Command::new(&bin)
                    .env("AULA_PLAN_LANG", "en")
                    .env("AULA_PLAN_TODAY", common::TODAY)
                    .args(["shift", path.to_str().unwrap(), "--days", &(i + 1).to_string(), "--write", "--yes"])
                    .args(["--reason", &format!("writer {i}")])
                    .stdout(std::process::Stdio::null())
                    .stderr(std::process::Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        let mut wrote = Vec::new();
        for (i, child) in children.into_iter().enumerate() {
            let out = child.wait_with_output().unwrap();
            let stderr = String::from_utf8_lossy(&out.stderr);
            match out.status.code() {
                Some(0) => wrote.push(i),
                Some(2) => {
                    assert!(stderr.contains("changed since aula-plan read it"), "round {round}, writer {i}: {stderr}");
                }
                other => panic!("round {round}: writer {i} ended with {other:?}: {stderr}"),
            }
        }
        let text = fs::read_to_string(&path).unwrap();
        assert!(!wrote.is_empty(), "round {round}: someone writes");
        for i in &wrote {
            assert!(
                text.contains(&format!("note = \"writer {i}\"")),
                "round {round}: writer {i} said it wrote:\n{text}"
            );
        }
        assert_eq!(text.matches("[[revision]]").count(), wrote.len(), "round {round}");
        let left: Vec<_> = fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(left, ["plan.toml"], "round {round}: nothing left beside the plan");
    }
}
