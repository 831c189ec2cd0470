//! The progress commands as the project group meets them at its weekly meeting: `done`,
//! `cancel`, `reopen`, `pin`, `unpin`, `assign`, `unassign`, `set` and `move` change only the
//! bytes of the values they record, keep comments and CRLF, refuse what would break the plan,
//! and leave the file untouched when they refuse.

use std::fs;
use std::path::{Path, PathBuf};

use predicates::prelude::*;

mod common;

use common::{aula_plan, stdout_of};

const ESBJERG: &str = "plans/esbjerg-2020.toml";
const FIXTURE: &str = "tests/fixtures/record/plan.toml";

/// A copy of a plan in a folder of its own, with CRLF line endings when `crlf`.
fn copy(plan: &str, crlf: bool) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join(Path::new(plan).file_name().unwrap());
    let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(plan)).expect("plan");
    fs::write(&path, if crlf { text.replace('\n', "\r\n") } else { text }).expect("copy");
    (dir, path)
}

/// The lines that differ between two texts: (removed, added).
fn changed(before: &str, after: &str) -> (Vec<String>, Vec<String>) {
    let diff = similar::TextDiff::from_lines(before, after);
    let (mut removed, mut added) = (Vec::new(), Vec::new());
    for change in diff.iter_all_changes() {
        match change.tag() {
            similar::ChangeTag::Delete => removed.push(change.value().to_owned()),
            similar::ChangeTag::Insert => added.push(change.value().to_owned()),
            similar::ChangeTag::Equal => {}
        }
    }
    (removed, added)
}

/// Runs `args` on the plan at `path` with `--yes` and returns the lines it changed.
fn record(path: &Path, args: &[&str]) -> (Vec<String>, Vec<String>) {
    warned(path, args, "")
}

/// [`record`], for a change written with the warning `warning` (a line, or nothing).
fn warned(path: &Path, args: &[&str], warning: &str) -> (Vec<String>, Vec<String>) {
    let before = fs::read_to_string(path).unwrap();
    let (command, rest) = args.split_first().unwrap();
    aula_plan().arg(command).arg(path).args(rest).arg("--yes").assert().success().stderr(warning.to_owned());
    let after = fs::read_to_string(path).unwrap();
    if before.contains("\r\n") {
        assert!(after.matches('\n').count() == after.matches("\r\n").count(), "every line still ends in CRLF");
    }
    changed(&before, &after)
}

fn state(path: &Path, id: &str) -> String {
    let json = stdout_of(aula_plan().args(["status"]).arg(path).args(["--today", "2019-05-20", "--format", "json"]));
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let row = doc["rows"].as_array().unwrap().iter().find(|r| r["id"] == id).unwrap_or_else(|| panic!("{id}"));
    row["state"].as_str().unwrap().to_owned()
}

#[test]
fn each_command_changes_only_its_value_on_a_crlf_copy_of_esbjerg() {
    let (_dir, path) = copy(ESBJERG, true);
    let comments = |p: &Path| fs::read_to_string(p).unwrap().lines().filter(|l| l.contains('#')).count();
    let comments_before = comments(&path);

    // A line added after the activity's last key.
    assert_eq!(record(&path, &["done", "nc-school-admin"]), (vec![], vec!["status = \"done\"\r\n".to_owned()]));
    assert_eq!(state(&path, "nc-school-admin"), "done");
    // The value replaced in place.
    let (removed, added) = record(&path, &["cancel", "nc-school-admin", "--reason", "flyttet\nstatus = 1"]);
    assert_eq!(removed, ["status = \"done\"\r\n"]);
    assert_eq!(added, ["status = \"cancelled\"  # flyttet status = 1\r\n"], "a reason cannot leave its comment");
    assert_eq!(state(&path, "nc-school-admin"), "cancelled");
    let (removed, added) = record(&path, &["reopen", "nc-school-admin"]);
    assert_eq!((removed.len(), added.len()), (1, 1));
    assert!(added[0].starts_with("status = \"planned\""), "{added:?}");
    assert_eq!(state(&path, "nc-school-admin"), "ended");

    assert_eq!(record(&path, &["pin", "nc-school-superusers"]), (vec![], vec!["pinned = true\r\n".to_owned()]));
    assert_eq!(
        record(&path, &["unpin", "nc-school-superusers"]),
        (vec!["pinned = true\r\n".to_owned()], vec!["pinned = false\r\n".to_owned()])
    );

    // Alice was tentative: assigning her a seat she holds confirms her.
    assert_eq!(
        record(&path, &["assign", "daycare-municipal-admin", "alice"]),
        (vec!["tentative = true\r\n".to_owned()], vec!["tentative = false\r\n".to_owned()])
    );
    // Jacob takes the vacant seat of the schools' administrative super-users, from the project
    // group: written, with a word.
    let (removed, added) = warned(
        &path,
        &["assign", "school-admin-superuser", "jacob"],
        "warning: «Jacob» works in «Projektgruppe», outside «Skoler», where the role «Skolernes administrative \
         superbrugere» belongs: is this the right person?\n",
    );
    assert_eq!(removed, ["roles = [\"project-member\"]\r\n"]);
    assert_eq!(added, ["roles = [\"project-member\", \"school-admin-superuser\"]\r\n"]);

    let (removed, added) = record(&path, &["set", "nc-school-admin.seats", "2"]);
    assert_eq!((removed, added), (vec!["seats = 1\r\n".to_owned()], vec!["seats = 2\r\n".to_owned()]));

    // A move changes the two dates, and only them; the course keeps its working days, so the
    // end moves a day less than a week: Ascension Day, Constitution Day and Whit Monday fall
    // inside both spans, and 21 June is a day the course no longer needs.
    let (removed, added) = record(&path, &["move", "school-staff-training", "--weeks", "1"]);
    assert_eq!(removed, ["start = 2019-05-16\r\n", "end = 2019-06-21\r\n"]);
    assert_eq!(added, ["start = 2019-05-23\r\n", "end = 2019-06-27\r\n"]);

    assert_eq!(comments(&path), comments_before + 1, "every comment kept, and the reason's added");
}

#[test]
fn a_move_keeps_five_working_days_and_refuses_to_break_what_waits() {
    let (_dir, path) = copy(FIXTURE, false);
    // Two weeks on: 4 to 8 March, still Monday to Friday.
    let (removed, added) = record(&path, &["move", "admin-course", "--weeks", "-1"]);
    assert_eq!(
        removed,
        ["start = 2019-02-18            # Monday to Friday: five working days\n", "end = 2019-02-22\n"]
    );
    assert_eq!(added, ["start = 2019-02-11            # Monday to Friday: five working days\n", "end = 2019-02-15\n"]);
    // Onto Wednesday before Easter 2019: the five working days skip Maundy Thursday, Good
    // Friday and Easter Monday (what waits for the course moves too).
    let (_, added) = record(&path, &["move", "admin-course", "--to", "2019-04-17", "--with-dependents"]);
    assert_eq!(
        added[..2],
        ["start = 2019-04-17            # Monday to Friday: five working days\n", "end = 2019-04-26\n"]
    );
}

#[test]
fn a_move_that_breaks_a_dependent_is_refused_unless_they_move_too() {
    let (_dir, path) = copy(FIXTURE, false);
    let before = fs::read(&path).unwrap();
    aula_plan()
        .args(["move"])
        .arg(&path)
        .args(["admin-course", "--weeks", "2", "--yes"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("would leave `staff-course` starting before what it waits for"));
    assert_eq!(fs::read(&path).unwrap(), before, "nothing written");

    let out = stdout_of(aula_plan().args(["move"]).arg(&path).args([
        "admin-course",
        "--weeks",
        "4",
        "--with-dependents",
        "--yes",
    ]));
    assert!(out.contains("`staff-course` moved from 2019-03-04 – 2019-03-08 to"), "{out}");
    assert!(out.contains("`go-live` moved from 2019-W12 to"), "what waits for what moved, moves too: {out}");
    let doc: serde_json::Value =
        serde_json::from_str(&stdout_of(aula_plan().args(["validate", "--format", "json"]).arg(&path))).unwrap();
    let rules: Vec<&str> = doc["findings"].as_array().unwrap().iter().map(|f| f["rule"].as_str().unwrap()).collect();
    assert!(!rules.iter().any(|r| *r == "dependency-order" || *r == "trainer-trained-late"), "{rules:?}");

    // Done or pinned: not without --force.
    record(&path, &["pin", "staff-course"]);
    aula_plan()
        .args(["move"])
        .arg(&path)
        .args(["staff-course", "--days", "1", "--yes"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("`staff-course` is pinned, so it is not moved without --force"));
    let (_, added) = record(&path, &["move", "staff-course", "--days", "7", "--force", "--with-dependents"]);
    assert_eq!(added.len(), 3, "its two dates and the go-live after it: {added:?}");
}

#[test]
fn refusals_exit_2_and_leave_the_file_as_it_was() {
    let (_dir, path) = copy(ESBJERG, false);
    let before = fs::read(&path).unwrap();
    let refused = |args: &[&str], says: &str| {
        let (command, rest) = args.split_first().unwrap();
        aula_plan()
            .arg(command)
            .arg(&path)
            .args(rest)
            .arg("--yes")
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains(says));
        assert_eq!(fs::read(&path).unwrap(), before, "{args:?} wrote");
    };
    refused(
        &["done", "nc-schol-admin"],
        "no training or phase has the id `nc-schol-admin` (did you mean `nc-school-admin` («Skolernes kommunale administrator»)?)",
    );
    refused(
        &["done", "school-staff-training", "--on", "2019-05-01"],
        "starts 2019-05-16, so it cannot have been done 2019-05-01",
    );
    refused(
        &["assign", "steering-member", "jacob"],
        "`steering-member` is full: 6 seats, held by `lene`, `bo`, `mette`, `niels`, `jan`, `tine`",
    );
    refused(&["assign", "school-admin-superuser", "mortn"], "(did you mean `morten`?)");
    refused(&["unassign", "school-leader", "morten"], "`morten` does not hold `school-leader`");
    refused(&["set", "nc-school-admin.seats", "tre"], "`seats` must be a whole number, found a string");
    refused(&["set", "nc-school-admin.seets", "3"], "[[training]] has no key `seets` (did you mean `seats`?)");
    refused(&["set", "cosmosskolen.seats", "3"], "`seats` of [[unit]] holds a list or a table, not one value");
    refused(&["move", "nc-daycare-admin", "--weeks", "1"], "`nc-daycare-admin` has no date to move yet");
    refused(&["move", "school-staff-training", "--to", "2019-W30"], "is another kind of date");
}

#[test]
fn a_wrong_type_points_at_the_value_as_the_loader_sees_it() {
    let (_dir, path) = copy(ESBJERG, false);
    let err = String::from_utf8(
        aula_plan().arg("set").arg(&path).args(["nc-school-admin.seats", "tre", "--yes"]).output().unwrap().stderr,
    )
    .unwrap();
    assert!(err.contains("error[schema]: `seats` must be a whole number, found a string"), "{err}");
    assert!(err.contains(":555:9\n") && err.contains("seats = \"tre\""), "file, line and column: {err}");
}

#[test]
fn dry_run_shows_the_change_and_writes_nothing() {
    let (_dir, path) = copy(ESBJERG, false);
    let before = fs::read(&path).unwrap();
    let out = stdout_of(aula_plan().arg("done").arg(&path).args(["nc-school-admin", "--dry-run"]));
    assert!(out.contains("+status = \"done\""), "{out}");
    assert!(out.trim_end().ends_with("Would write: `nc-school-admin` done. Nothing written (--dry-run)."), "{out}");
    assert_eq!(fs::read(&path).unwrap(), before);
    // Again: nothing to change.
    record(&path, &["done", "nc-school-admin"]);
    let again = stdout_of(aula_plan().arg("done").arg(&path).args(["nc-school-admin", "--yes"]));
    assert_eq!(again, "Nothing to change: the plan already says so.\n");
}

#[test]
fn a_revision_is_added_only_when_asked() {
    let (_dir, path) = copy(FIXTURE, false);
    let (_, added) = record(&path, &["done", "admin-course", "--on", "2019-02-22"]);
    assert_eq!(added, ["status = \"done\"\n", "done_on = 2019-02-22\n"]);
    let (removed, added) = record(&path, &["assign", "admin", "kim", "--revision", "--revision-date", "2019-02-25"]);
    assert_eq!(removed, ["revision = \"1.0\"\n", "roles = []\n", "tentative = true\n"]);
    assert_eq!(
        added,
        [
            "revision = \"1.1\"\n",
            "roles = [\"admin\"]\n",
            "tentative = false\n",
            "\n",
            "[[revision]]\n",
            "revision = \"1.1\"\n",
            "date = 2019-02-25\n",
            "note = \"`kim` holds `admin`; `kim` confirmed (no longer tentative)\"\n",
        ]
    );
}

#[test]
fn the_commands_speak_danish() {
    let (_dir, path) = copy(ESBJERG, false);
    let out =
        stdout_of(aula_plan().env("AULA_PLAN_LANG", "da").arg("done").arg(&path).args(["nc-school-admin", "--yes"]));
    assert!(out.contains("Skrev ") && out.contains(": `nc-school-admin` gennemført."), "{out}");
    let err = String::from_utf8(
        aula_plan()
            .env("AULA_PLAN_LANG", "da")
            .arg("assign")
            .arg(&path)
            .args(["steering-member", "jacob"])
            .output()
            .unwrap()
            .stderr,
    )
    .unwrap();
    assert!(err.contains("`steering-member` er fuldt besat: 6 pladser"), "{err}");
    let err = String::from_utf8(
        aula_plan().env("AULA_PLAN_LANG", "da").arg("done").arg(&path).args(["xyz"]).output().unwrap().stderr,
    )
    .unwrap();
    assert!(err.contains("ingen uddannelse eller fase har id'et `xyz`; intet skrevet"), "{err}");
}

/// Two people mark two different courses done at the same moment: both marks land.
#[test]
fn concurrent_marks_on_one_plan_both_land() {
    for _ in 0..10 {
        let (_dir, path) = copy(ESBJERG, false);
        let run = |id: &'static str| {
            let path = path.clone();
            std::thread::spawn(move || aula_plan().arg("done").arg(&path).args([id, "--yes"]).output().expect("runs"))
        };
        let (a, b) = (run("nc-school-admin"), run("nc-school-superusers"));
        let (a, b) = (a.join().unwrap(), b.join().unwrap());
        assert!(a.status.success(), "{}", String::from_utf8_lossy(&a.stderr));
        assert!(b.status.success(), "{}", String::from_utf8_lossy(&b.stderr));
        assert_eq!(state(&path, "nc-school-admin"), "done");
        assert_eq!(state(&path, "nc-school-superusers"), "done");
    }
}

/// A span of months moves by the months asked, no more (it once moved a month further: the
/// step that keeps the order was counted from one month on).
#[test]
fn a_move_by_months_moves_a_span_of_months_by_that_many() {
    let (_dir, path) = copy("plans/kombit-2016.toml", false);
    let (removed, added) = record(&path, &["move", "wave-70-live", "--months", "3"]);
    assert_eq!(removed, ["start = \"2019-05\"             # \"Maj - juni 2019\"\n", "end = \"2019-06\"\n"]);
    assert_eq!(added, ["start = \"2019-08\"             # \"Maj - juni 2019\"\n", "end = \"2019-09\"\n"]);
    let (_, added) = record(&path, &["move", "milestone-first-daycare", "--months", "-3"]);
    assert_eq!(
        added,
        [
            "date = \"2019-summer\"         # as the slide writes it: a milestone at a time the slide gives as a season\n"
        ]
    );
}

#[test]
fn done_on_a_day_stores_the_day_and_the_report_shows_it() {
    let (_dir, path) = copy(ESBJERG, false);
    let (removed, added) = record(&path, &["done", "nc-school-admin", "--on", "2019-01-29"]);
    assert_eq!((removed, added), (vec![], vec!["status = \"done\"\n".to_owned(), "done_on = 2019-01-29\n".to_owned()]));
    let json = stdout_of(aula_plan().args(["status"]).arg(&path).args(["--today", "2019-05-20", "--format", "json"]));
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    let row = doc["rows"].as_array().unwrap().iter().find(|r| r["id"] == "nc-school-admin").unwrap();
    assert_eq!(row["done_on"]["earliest"], "2019-01-29", "{row}");
    let report = stdout_of(aula_plan().args(["--lang", "da", "report"]).arg(&path).args([
        "--today",
        "2019-05-20",
        "--format",
        "markdown",
    ]));
    let line = report.lines().find(|l| l.contains("Skolernes kommunale administrator") && l.contains("gennemført"));
    assert!(line.is_some_and(|l| l.contains("29. januar 2019")), "{report}");
    // Without --on, today's day is not written: the file says only what was said.
    let (_, added) = record(&path, &["done", "nc-school-superusers"]);
    assert_eq!(added, ["status = \"done\"\n"]);
}

#[test]
fn a_record_command_finds_an_activity_by_its_name_or_the_start_of_it() {
    let (_dir, path) = copy(ESBJERG, false);
    let (_, added) = record(&path, &["done", "Skolernes kommunale administrator"]);
    assert_eq!(added, ["status = \"done\"\n"]);
    assert_eq!(state(&path, "nc-school-admin"), "done");
    // A start that more than one name has: which is meant is asked, by id and name.
    let out = aula_plan().args(["--lang", "da", "done"]).arg(&path).args(["Skolernes", "--yes"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("er begyndelsen af flere navne") && err.contains("«Skolernes øvrige personale»"), "{err}");
    // A name written wrong gets the closest name's id.
    let out = aula_plan()
        .args(["--lang", "da", "cancel"])
        .arg(&path)
        .args(["Skolernes kommunale administratr", "--yes"])
        .output()
        .unwrap();
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("mente du `nc-school-admin` («Skolernes kommunale administrator»)?"), "{err}");
}

#[test]
fn a_national_activity_is_recorded_in_the_plan_it_belongs_to() {
    let dir = tempfile::tempdir().unwrap();
    for plan in ["eksempelby-2019.toml", "kombit-2016.toml"] {
        fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("plans").join(plan), dir.path().join(plan)).unwrap();
    }
    let path = dir.path().join("eksempelby-2019.toml");
    let before = fs::read_to_string(&path).unwrap();
    let out = aula_plan()
        .args(["--lang", "da", "done"])
        .arg(&path)
        .args(["kombit:wave-15-rollout", "--yes"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("`kombit:wave-15-rollout` er en aktivitet i den plan, denne plan følger"), "{err}");
    assert!(err.contains("kombit-2016.toml"), "names the file: {err}");
    assert_eq!(fs::read_to_string(&path).unwrap(), before, "nothing written");
}

#[test]
fn assign_warns_when_a_person_from_another_unit_takes_a_seat() {
    let (_dir, path) = copy("plans/eksempelby-2019.toml", false);
    // A day-care leader on the schools' staff: written as asked, with a word of warning.
    let out = aula_plan().args(["--lang", "da", "assign"]).arg(&path).args(["school-staff", "sol-1", "--yes"]).output();
    let out = out.unwrap();
    assert_eq!(out.status.code(), Some(0));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(
        err,
        "advarsel: «Pædagogisk leder 1, Solsikken» arbejder i «Børnehuset Solsikken», uden for «Skoler», som rollen \
         «Skolernes personale» hører til: er det den rigtige person?\n"
    );
    assert!(fs::read_to_string(&path).unwrap().contains("roles = [\"daycare-superuser\", \"school-staff\"]"));
    // A teacher of a school under the schools: no word.
    aula_plan().arg("assign").arg(&path).args(["school-staff", "nord-1", "--yes"]).assert().success().stderr("");
}

#[test]
fn a_move_held_back_by_a_pinned_or_done_dependent_names_it_and_how_to_free_it() {
    let (_dir, path) = copy(FIXTURE, false);
    record(&path, &["pin", "staff-course"]);
    let before = fs::read(&path).unwrap();
    // Without --with-dependents: the refusal says that moving them too would not help.
    aula_plan()
        .args(["move"])
        .arg(&path)
        .args(["admin-course", "--weeks", "2", "--yes"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("would leave `staff-course` starting before what it waits for"))
        .stderr(predicate::str::contains(
            "`staff-course` is pinned and does not move with --with-dependents: unpin it first (`aula-plan unpin PLAN staff-course`), or choose another date",
        ));
    // With it: the new error is refused, and the pinned activity is named as the reason.
    aula_plan()
        .args(["move"])
        .arg(&path)
        .args(["admin-course", "--weeks", "2", "--with-dependents", "--yes"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("`staff-course` is pinned and does not move with --with-dependents"));
    assert_eq!(fs::read(&path).unwrap(), before, "nothing written");
}

#[test]
fn an_id_of_another_kind_or_a_name_several_start_with_is_said_as_such() {
    let (_dir, path) = copy("plans/eksempelby-2019.toml", false);
    let refused = |args: &[&str], says: &str| {
        let out = aula_plan().args(["--lang", "da"]).arg(args[0]).arg(&path).args(&args[1..]).arg("--yes").output();
        let out = out.unwrap();
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(!err.contains("mente du"), "{args:?}: {err}");
    };
    refused(&["pin", "nordskolen"], "`nordskolen` er en enhed, ikke en uddannelse eller fase; intet skrevet");
    refused(&["done", "Skole"], "`Skole` er begyndelsen af flere navne: `");
}
