//! `aula-plan diff` as reviewers and CI meet it: files, git revisions, formats, exit status.

mod common;

use std::fs;
use std::path::Path;
use std::process::Command as Process;

use common::{aula_plan, git, stdout_of};
use predicates::prelude::*;

const ESBJERG: &str = "plans/esbjerg-2020.toml";
const FIXTURE: &str = "tests/fixtures/shift/plan.toml";

/// A folder holding a copy of the Esbjerg plan, shifted as the project group would.
fn shifted_esbjerg() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("esbjerg-2020.toml");
    fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(ESBJERG), &path).expect("copy");
    aula_plan()
        .args(["shift", path.to_str().unwrap(), "--months", "4", "--from", "2019-05-01", "--write"])
        .args(["--reason", "KOMBIT udsætter Aula", "--revision-date", "2026-11-22"])
        .assert()
        .success();
    dir
}

#[test]
fn esbjerg_against_its_shifted_self_lists_the_moved_activities_and_the_revision_only() {
    let dir = shifted_esbjerg();
    let shifted = dir.path().join("esbjerg-2020.toml");
    let out = aula_plan()
        .args(["diff", ESBJERG, shifted.to_str().unwrap(), "--format", "json"])
        .assert()
        .success()
        .stderr("");
    let doc: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let changes: Vec<(String, String, String)> = doc["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (c["kind"].as_str().unwrap().into(), c["id"].as_str().unwrap().into(), c["change"].as_str().unwrap().into())
        })
        .collect();
    let expected = [
        ("plan", "plan", "changed"),
        ("training", "school-staff-training", "changed"),
        ("training", "it-staff-training", "changed"),
        ("phase", "daycare-implementation", "changed"),
        ("phase", "netcompany-runbook", "changed"),
        ("phase", "school-inform-switch", "changed"),
        ("phase", "school-parents-pupils", "changed"),
        ("phase", "school-go-live", "changed"),
        ("revision", "2.2", "added"),
    ];
    assert_eq!(changes, expected.map(|(a, b, c)| (a.to_owned(), b.to_owned(), c.to_owned())));
    assert_eq!(doc["new_findings"], serde_json::json!([]));
    assert_eq!(doc["fixed_findings"], serde_json::json!([]));

    let table = stdout_of(aula_plan().current_dir(dir.path()).args([
        "diff",
        &Path::new(env!("CARGO_MANIFEST_DIR")).join(ESBJERG).display().to_string(),
        "esbjerg-2020.toml",
    ]));
    let table = table.split_once('\n').unwrap().1; // the first line names the temporary folder
    insta::assert_snapshot!("diff-esbjerg-shifted", table);
}

#[test]
fn since_a_revision_compares_the_plan_with_its_committed_self() {
    let dir = shifted_esbjerg();
    let plans = dir.path().join("plans");
    fs::create_dir(&plans).unwrap();
    fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE), plans.join("plan.toml")).unwrap();
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-q", "-m", "v1"]);
    let plan = plans.join("plan.toml");
    let text = fs::read_to_string(&plan).unwrap().replace("date = 2019-08-12", "date = 2019-08-26");
    fs::write(&plan, text).unwrap();

    // From the repository's root, in either form.
    for args in
        [&["diff", "plans/plan.toml", "--since", "HEAD"][..], &["diff", "HEAD:plans/plan.toml", "plans/plan.toml"]]
    {
        let out = stdout_of(aula_plan().current_dir(dir.path()).args(args));
        assert!(out.starts_with("HEAD:plans/plan.toml → plans/plan.toml\n"), "{out}");
        assert!(out.contains("│ Go live ┆ changed ┆ date  ┆ 2019-08-12 ┆ 2019-08-26 ┆ 2 weeks later │"), "{out}");
        assert!(out.ends_with("1 phase differs; 0 new findings, 0 fixed.\n"), "{out}");
    }
    // From inside the plans folder, --since finds the file where it is.
    let out = stdout_of(aula_plan().current_dir(&plans).args(["diff", "plan.toml", "--since", "HEAD", "--exit-code"]));
    assert!(out.starts_with("HEAD:plan.toml → plan.toml\n"), "{out}");
    aula_plan().current_dir(&plans).args(["diff", "plan.toml", "--since", "HEAD", "--exit-code"]).assert().code(1);
    aula_plan().current_dir(&plans).args(["diff", "plan.toml", "--since", "HEAD"]).assert().code(0);

    aula_plan()
        .current_dir(dir.path())
        .args(["diff", "plans/plan.toml", "--since", "v9"])
        .assert()
        .code(2)
        .stderr("error: v9:plans/plan.toml: git has no revision `v9`\n");
    aula_plan()
        .current_dir(dir.path())
        .args(["diff", "HEAD:plans/gone.toml", "plans/plan.toml"])
        .assert()
        .code(2)
        .stderr("error: HEAD:plans/gone.toml: revision `HEAD` has no such file\n");
}

/// `--since` takes a revision, never the index (`:path`) or a path, which would make git read
/// the index and so run the program the repository's `core.fsmonitor` names; nor does reading
/// a revision run anything the repository's configuration names.
#[cfg(unix)]
#[test]
fn since_takes_revisions_only_and_git_runs_nothing_the_repository_names() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE), dir.path().join("plan.toml")).unwrap();
    git(dir.path(), &["init", "-q"]);
    git(dir.path(), &["add", "."]);
    git(dir.path(), &["commit", "-q", "-m", "v1"]);
    let ran = dir.path().join("fsmonitor-ran");
    let hook = dir.path().join("hook.sh");
    fs::write(&hook, format!("#!/bin/sh\ntouch '{}'\n", ran.display())).unwrap();
    fs::set_permissions(&hook, fs::Permissions::from_mode(0o755)).unwrap();
    git(dir.path(), &["config", "core.fsmonitor", hook.to_str().unwrap()]);
    // The hook runs when git reads the index, as git itself shows.
    Process::new("git").current_dir(dir.path()).args(["status", "--porcelain"]).output().unwrap();
    assert!(ran.exists(), "the hook is one git runs");
    fs::remove_file(&ran).unwrap();

    for rev in [":plan.toml", ":0:plan.toml", "HEAD:plan.toml", "-h", "--output=x", "HEAD plan"] {
        aula_plan()
            .current_dir(dir.path())
            .args(["diff", "plan.toml", &format!("--since={rev}")])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(format!("`{rev}` is not a revision")));
        assert!(!ran.exists(), "{rev}: git read the index");
    }
    aula_plan().current_dir(dir.path()).args(["report", "plan.toml", "--since", ":plan.toml"]).assert().code(2);
    aula_plan().current_dir(dir.path()).args(["diff", "plan.toml", "--since", "HEAD"]).assert().code(0);
    aula_plan().current_dir(dir.path()).args(["diff", "HEAD:plan.toml", "plan.toml"]).assert().code(0);
    assert!(!ran.exists(), "reading a revision ran the repository's fsmonitor");
}

#[test]
fn a_git_version_outside_a_repository_says_so() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE), dir.path().join("plan.toml")).unwrap();
    aula_plan()
        .current_dir(dir.path())
        .env("GIT_CEILING_DIRECTORIES", dir.path().parent().unwrap())
        .args(["diff", "plan.toml", "--since", "HEAD"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is not inside a git repository (give a file path instead)"));
}

#[test]
fn a_side_that_does_not_parse_shows_its_finding_and_exits_2() {
    aula_plan()
        .args(["diff", FIXTURE, "tests/fixtures/rules/parse-error.toml"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("error[parse-error]"))
        .stdout(predicate::str::contains("--> tests/fixtures/rules/parse-error.toml:"))
        .stderr("error: cannot compare: tests/fixtures/rules/parse-error.toml does not read as a plan\n");
    aula_plan()
        .args(["diff", FIXTURE, "no/such/plan.toml"])
        .assert()
        .code(2)
        .stderr(predicate::str::starts_with("error: cannot read no/such/plan.toml:"));
}

#[test]
fn exit_codes_gate_ci() {
    let dir = tempfile::tempdir().unwrap();
    let new = dir.path().join("new.toml");
    let text = fs::read_to_string(FIXTURE).unwrap().replace("date = 2019-08-12", "date = 2019-03-01");
    fs::write(&new, text).unwrap();
    let new = new.to_str().unwrap();
    aula_plan().args(["diff", FIXTURE, FIXTURE, "--exit-code"]).assert().code(0);
    aula_plan().args(["diff", FIXTURE, new]).assert().code(0);
    aula_plan().args(["diff", FIXTURE, new, "--exit-code"]).assert().code(1);
    aula_plan()
        .args(["diff", FIXTURE, new, "--fail-on-new-errors"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("new error"))
        .stdout(predicate::str::contains("dependency-order"));
    aula_plan().args(["diff", new, FIXTURE, "--fail-on-new-errors"]).assert().code(0);
    aula_plan().args(["diff", FIXTURE, new, "--since", "HEAD"]).assert().code(2);
}

#[test]
fn markdown_is_ready_to_paste() {
    let dir = tempfile::tempdir().unwrap();
    let new = dir.path().join("new.toml");
    fs::write(&new, fs::read_to_string(FIXTURE).unwrap().replace("date = 2019-08-12", "date = 2019-03-01")).unwrap();
    let out = stdout_of(aula_plan().args(["diff", FIXTURE, new.to_str().unwrap(), "--format", "markdown"]));
    let out = out.replace(&new.display().to_string(), "new.toml");
    insta::assert_snapshot!("diff-markdown", out);
}

#[test]
fn help_shows_every_option() {
    insta::assert_snapshot!("diff-help", stdout_of(aula_plan().args(["diff", "--help"])));
}

/// A course marked done was planned before: the diff says "planned → done" ("planlagt →
/// gennemført"), never a blank before it (issue 37).
#[test]
fn a_status_change_says_what_it_was_before() {
    let dir = tempfile::tempdir().expect("tempdir");
    let before = dir.path().join("before.toml");
    let after = dir.path().join("after.toml");
    let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE)).expect("fixture");
    fs::write(&before, &text).expect("write");
    // The first training's id line, and a status after it.
    let at = text.find("[[training]]\n").expect("a training") + "[[training]]\n".len();
    let id_end = at + text[at..].find('\n').expect("its id line") + 1;
    let marked = format!("{}status = \"done\"\n{}", &text[..id_end], &text[id_end..]);
    assert_ne!(marked, text);
    fs::write(&after, marked).expect("write");
    let out = aula_plan()
        .env("AULA_PLAN_LANG", "da")
        .args(["diff", before.to_str().unwrap(), after.to_str().unwrap(), "--color", "never"])
        .output()
        .expect("runs");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let row = text.lines().find(|l| l.contains("status")).unwrap_or_else(|| panic!("{text}"));
    assert!(row.contains("planlagt") && row.contains("gennemført"), "{row}");
}

#[test]
fn a_warning_made_an_error_by_lints_is_a_new_error_to_the_gate() {
    let dir = tempfile::tempdir().unwrap();
    let new = dir.path().join("new.toml");
    // The same plan, its `tbd-date` warnings made errors.
    let text = fs::read_to_string(ESBJERG).unwrap();
    let text = if text.contains("\n[lints]\n") {
        text.replace("\n[lints]\n", "\n[lints]\ntbd-date = \"deny\"\n")
    } else {
        format!("{text}\n[lints]\ntbd-date = \"deny\"\n")
    };
    fs::write(&new, text).unwrap();
    let out = aula_plan().args(["diff", ESBJERG]).arg(&new).args(["--fail-on-new-errors", "--format", "json"]).output();
    let out = out.unwrap();
    assert_eq!(out.status.code(), Some(1), "{}", String::from_utf8_lossy(&out.stdout));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let new_errors = doc["new_findings"].as_array().unwrap().iter().filter(|f| f["severity"] == "error").count();
    assert!(new_errors > 0, "{doc}");
}
