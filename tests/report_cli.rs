//! The reports through the binary: one snapshot per view of the Esbjerg plan, the formats,
//! and `allocate --write`.

mod common;

use std::fs;

use common::{aula_plan, stdout_of};
use predicates::prelude::*;

const ESBJERG: &str = "plans/esbjerg-2020.toml";
const SCHOOLS: &str = "tests/fixtures/report/schools.toml";

#[test]
fn every_view_of_the_esbjerg_plan() {
    for view in ["org", "roles", "people", "training", "cascade", "timeline", "support"] {
        // Every command that reads a plan with errors says so, the same way.
        let warned = "warning: plans/esbjerg-2020.toml has 6 errors (`aula-plan validate plans/esbjerg-2020.toml` \
                      shows them); this shows what could be read\n";
        let out = aula_plan().args(["show", view, ESBJERG]).assert().success().stderr(warned);
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        insta::assert_snapshot!(format!("show-{view}"), text);
    }
    insta::assert_snapshot!(
        "show-support-role",
        stdout_of(aula_plan().args(["show", "support", ESBJERG, "--role", "school-parent"]))
    );
    insta::assert_snapshot!("allocate-esbjerg", stdout_of(aula_plan().args(["allocate", ESBJERG])));
    insta::assert_snapshot!(
        "estimate-esbjerg",
        stdout_of(aula_plan().args([
            "estimate",
            ESBJERG,
            "--model",
            "plans/kombit-2016.toml",
            "--schools",
            "28",
            "--daycare",
            "90"
        ]))
    );
}

/// Esbjerg's plan names one school and one childminding unit but does not say how many schools
/// and institutions the municipality has: the estimate asks, rather than scale to "1 and 1".
#[test]
fn estimate_asks_for_the_counts_a_plan_does_not_give() {
    let out = aula_plan()
        .args(["estimate", ESBJERG, "--model", "plans/kombit-2016.toml"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("--schools N").and(predicate::str::contains("--institutions N")));
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(err.contains("how many schools"), "{err}");
    // Given one count, it still asks for the other.
    aula_plan()
        .args(["estimate", ESBJERG, "--model", "plans/kombit-2016.toml", "--schools", "28"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--institutions N").and(predicate::str::contains("--schools N").not()));
    // Both given: scaled.
    let text = stdout_of(aula_plan().args([
        "estimate",
        ESBJERG,
        "--model",
        "plans/kombit-2016.toml",
        "--schools",
        "28",
        "--institutions",
        "90",
    ]));
    assert!(text.contains("28 schools and 90 day-care institutions"), "{text}");
}

#[test]
fn every_view_takes_json_and_csv() {
    for view in ["org", "roles", "people", "training", "cascade", "timeline", "support"] {
        let json = stdout_of(aula_plan().args(["show", view, ESBJERG, "--format", "json"]));
        let doc: serde_json::Value = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{view}: {e}"));
        assert!(!doc["rows"].as_array().unwrap().is_empty(), "{view}");
        let csv = stdout_of(aula_plan().args(["show", view, ESBJERG, "--format", "csv"]));
        let header = csv.lines().next().unwrap();
        assert!(!header.contains('│') && header.contains(','), "{view}: {header}");
        let excel = stdout_of(aula_plan().args(["show", view, ESBJERG, "--format", "csv-excel"]));
        assert!(excel.starts_with('\u{feff}') && excel.contains(';') && excel.contains("\r\n"), "{view}");
    }
}

#[test]
fn wrong_names_are_refused_with_a_suggestion() {
    aula_plan()
        .args(["show", "support", ESBJERG, "--role", "school-parnet"])
        .assert()
        .code(2)
        .stderr(predicate::str::ends_with("error: no role has id `school-parnet` (did you mean `school-parent`?)\n"));
    aula_plan().args(["allocate", ESBJERG, "--role", "school-staff"]).assert().code(2).stderr(
        predicate::str::ends_with("error: `school-staff` has no `split`: its quota is not divided over units\n"),
    );
    aula_plan()
        .args(["show", "org", "tests/fixtures/rules/parse-error.toml"])
        .assert()
        .code(2)
        .stdout(predicate::str::contains("error[parse-error]"))
        .stderr("error: tests/fixtures/rules/parse-error.toml does not read as a plan\n");
}

#[test]
fn allocate_write_changes_only_the_seats_and_keeps_line_endings() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("schools.toml");
    let crlf = fs::read_to_string(SCHOOLS).unwrap().replace('\n', "\r\n");
    fs::write(&path, &crlf).unwrap();
    aula_plan()
        .args(["allocate", path.to_str().unwrap(), "--write"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Wrote the allocated seats into"));
    let after = fs::read_to_string(&path).unwrap();
    assert_eq!(after.matches('\n').count(), after.matches("\r\n").count(), "CRLF throughout");
    let changed: Vec<(&str, &str)> = crlf.lines().zip(after.lines()).filter(|(a, b)| a != b).collect();
    assert_eq!(
        changed[0],
        (
            "seats = { school-superuser = 30 }   # declared by hand, one short",
            "seats = { school-superuser = 31 }   # declared by hand, one short"
        )
    );
    let added = after.lines().count() - crlf.lines().count();
    assert_eq!(added, 3, "a seats line for sydskolen, midtskolen and boernehusene");
    assert!(after.contains("seats = { school-superuser = 5 }"), "the empty inline table of oestskolen is filled");
    aula_plan()
        .args(["validate", path.to_str().unwrap()])
        .assert()
        .stdout(predicate::str::contains("apportionment").not())
        .stdout(predicate::str::contains("quota-mismatch").not());
    // A second run has nothing left to write.
    aula_plan()
        .args(["allocate", path.to_str().unwrap(), "--write"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Every unit already declares the seats allocated to it. Nothing written."));
}

#[test]
fn allocate_write_leaves_a_read_only_plan_alone() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("schools.toml");
    fs::copy(SCHOOLS, &path).unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o444)).unwrap();
    aula_plan()
        .args(["allocate", path.to_str().unwrap(), "--write"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("is read-only; nothing written"));
    assert_eq!(fs::read_to_string(&path).unwrap(), fs::read_to_string(SCHOOLS).unwrap());
}

#[test]
fn allocate_write_refuses_a_plan_the_loader_could_not_read_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("schools.toml");
    let text = fs::read_to_string(SCHOOLS).unwrap();
    // One pupil count written as text: that school would be left out of the split.
    let line = text.lines().find(|l| l.starts_with("pupils = ")).expect("a school with pupils");
    let quoted = format!("pupils = \"{}\"", &line["pupils = ".len()..]);
    let typo = text.replacen(line, &quoted, 1);
    fs::write(&path, &typo).unwrap();
    aula_plan()
        .args(["allocate", path.to_str().unwrap(), "--write", "--yes"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("seats are not written into a plan that does not read whole"));
    assert_eq!(fs::read_to_string(&path).unwrap(), typo, "nothing written");
}
