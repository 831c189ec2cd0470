//! `reschedule`: each activity that starts before what it waits for ends moves by the smallest
//! step of its own dates — days, weeks, months — keeping its length, in dependency order;
//! done, cancelled and pinned ones are conflicts; followed plans count; and through the binary,
//! the preview, the write with its revision, and the refusals.

mod common;

use aula_plan::follow::Following;
use aula_plan::load::load;
use aula_plan::reschedule::{Options, reschedule};

const HEAD: &str = "format = 1\n[plan]\ntitle = \"t\"\ndate = 2019-01-01\nroot = \"v\"\n\
                    [[unit]]\nid = \"v\"\nname = \"V\"\nkind = \"vendor\"\n";

/// The moves of a reschedule of `body` (after a plan head), each as `id: old → new` per date.
fn moves(body: &str) -> Vec<String> {
    let text = format!("{HEAD}{body}");
    let plan = load(&text).plan.expect("plan");
    let done = reschedule(&plan, &text, &Following::default(), Options::default()).expect("reschedule");
    assert!(done.conflicts.is_empty(), "{:?}", done.conflicts);
    done.shift
        .moves
        .iter()
        .map(|m| {
            let dates: Vec<String> = m.dates.iter().map(|d| format!("{} → {}", d.old, d.new)).collect();
            format!("{}: {}", m.id, dates.join(", "))
        })
        .collect()
}

fn phase(id: &str, dates: &str, after: &[&str]) -> String {
    let after = after.iter().map(|a| format!("\"{a}\"")).collect::<Vec<_>>().join(", ");
    format!("[[phase]]\nid = \"{id}\"\nname = \"{id}\"\n{dates}\nafter = [{after}]\n")
}

#[test]
fn a_day_moves_to_the_day_after_and_keeps_its_length() {
    let body = phase("a", "start = 2019-10-01\nend = 2019-10-10", &[])
        + &phase("b", "start = 2019-10-08\nend = 2019-10-09", &["a"]);
    assert_eq!(moves(&body), ["b: 2019-10-08 → 2019-10-11, 2019-10-09 → 2019-10-12"]);
}

#[test]
fn a_week_moves_to_the_first_week_after_and_a_month_to_the_first_month_after() {
    // `a` ends on Wednesday 9 October 2019, in week 41.
    let body = phase("a", "start = 2019-10-01\nend = 2019-10-09", &[])
        + &phase("w", "start = \"2019-W40\"\nend = \"2019-W41\"", &["a"])
        + &phase("m", "date = \"2019-10\"", &["a"]);
    assert_eq!(moves(&body), ["w: 2019-W40 → 2019-W42, 2019-W41 → 2019-W43", "m: 2019-10 → 2019-11"]);
}

#[test]
fn what_comes_after_a_moved_activity_follows_in_dependency_order() {
    // Written last first: the order of the file is not the order of moving.
    let body = phase("c", "date = 2019-10-04", &["b"])
        + &phase("b", "date = 2019-10-03", &["a"])
        + &phase("a", "start = 2019-10-01\nend = 2019-10-05", &[]);
    assert_eq!(moves(&body), ["c: 2019-10-04 → 2019-10-07", "b: 2019-10-03 → 2019-10-06"]);
}

#[test]
fn an_activity_in_time_does_not_move() {
    let body = phase("a", "date = 2019-10-01", &[]) + &phase("b", "date = 2019-10-02", &["a"]);
    assert!(moves(&body).is_empty());
}

#[test]
fn a_training_waits_for_its_trainers_own_course() {
    let body = "[[role]]\nid = \"su\"\nname = \"Superbrugere\"\nunit = \"v\"\n\
                [[role]]\nid = \"staff\"\nname = \"Personale\"\nunit = \"v\"\n\
                [[training]]\nid = \"course\"\nname = \"Kursus\"\ntrainer = [\"v\"]\ntrainees = [\"su\"]\n\
                start = 2019-03-04\nend = 2019-03-08\n\
                [[training]]\nid = \"local\"\nname = \"Lokal\"\ntrainer = [\"su\"]\ntrainees = [\"staff\"]\n\
                date = 2019-03-06\n";
    assert_eq!(moves(body), ["local: 2019-03-06 → 2019-03-09"]);
}

#[test]
fn a_pinned_done_or_cancelled_activity_is_a_conflict_and_does_not_move() {
    for kept in ["pinned = true", "status = \"done\"", "status = \"cancelled\""] {
        let body = phase("a", "start = 2019-10-01\nend = 2019-10-10", &[])
            + &phase("b", &format!("date = 2019-10-08\n{kept}"), &["a"]);
        let text = format!("{HEAD}{body}");
        let plan = load(&text).plan.expect("plan");
        let done = reschedule(&plan, &text, &Following::default(), Options::default()).expect("reschedule");
        assert!(done.shift.moves.is_empty(), "{kept}");
        let conflicts: Vec<String> = done.conflicts.iter().map(|(_, t)| t.to_string()).collect();
        let word = kept.split('"').nth(1).unwrap_or("pinned");
        assert_eq!(conflicts, [format!("`b` starts before `a` ends 2019-10-10, but is {word}: it is not moved")]);
    }
}

#[test]
fn with_workdays_a_day_moves_on_past_the_weekend() {
    let body = phase("a", "date = 2019-10-04", &[]) + &phase("b", "date = 2019-10-03", &["a"]);
    let text = format!("{HEAD}{body}");
    let plan = load(&text).plan.expect("plan");
    let done = reschedule(&plan, &text, &Following::default(), Options { workdays: true }).expect("reschedule");
    // Friday 4 October ends `a`: Saturday and Sunday are no working days.
    assert_eq!(done.shift.moves[0].dates[0].new.to_string(), "2019-10-07");
}

/// `aula-plan ARGS` in a folder holding the fictional municipal plan and a national plan whose
/// wave 15 KOMBIT has moved two months.
fn after_a_national_delay(args: &[&str]) -> (tempfile::TempDir, std::process::Output) {
    let dir = common::national_delay();
    let out = common::aula_plan().current_dir(dir.path()).args(args).output().expect("runs");
    (dir, out)
}

#[test]
fn after_a_national_delay_validate_finds_it_and_reschedule_moves_exactly_that() {
    let (_dir, out) = after_a_national_delay(&["validate", "eksempelby-2019.toml", "--format", "concise"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        text.contains(
            "error[dependency-order] `school-go-live` starts 2019-06-03, before `kombit:wave-15-rollout` ends 2019-07"
        ),
        "{text}"
    );

    let (dir, out) = after_a_national_delay(&[
        "reschedule",
        "eksempelby-2019.toml",
        "--write",
        "--yes",
        "--reason",
        "KOMBIT flytter bølge 15",
        "--revision-date",
        "2026-11-22",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let written = std::fs::read_to_string(dir.path().join("eksempelby-2019.toml")).expect("plan");
    let before = std::fs::read_to_string("plans/eksempelby-2019.toml").expect("plan");
    // Only the go-live moved, the revision counted on and one was recorded.
    let recorded = "[[revision]]\nrevision = \"1.1\"\ndate = 2026-11-22\nnote = \"KOMBIT flytter bølge 15\"\n\n";
    assert!(written.contains(recorded), "{written}");
    let expected = before.replacen("revision = \"1.0\"", "revision = \"1.1\"", 1).replacen(
        "date = 2019-06-03",
        "date = 2019-08-01",
        1,
    );
    assert_eq!(written.replacen(recorded, "", 1), expected);
    let out =
        common::aula_plan().current_dir(dir.path()).args(["validate", "eksempelby-2019.toml"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
}

#[test]
fn a_pinned_go_live_that_a_national_delay_passes_is_refused() {
    let dir = common::national_delay();
    let plan = std::fs::read_to_string("plans/eksempelby-2019.toml")
        .expect("plan")
        .replace("date = 2019-06-03\n", "date = 2019-06-03\npinned = true\n");
    std::fs::write(dir.path().join("p.toml"), &plan).expect("write");
    let out = common::aula_plan()
        .current_dir(dir.path())
        .args(["reschedule", "p.toml", "--write", "--yes"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8(out.stderr).expect("UTF-8");
    assert!(
        err.contains("`school-go-live` starts before `kombit:wave-15-rollout` ends 2019-07-31, but is pinned"),
        "{err}"
    );
    assert_eq!(std::fs::read_to_string(dir.path().join("p.toml")).expect("plan"), plan, "nothing written");
}

#[test]
fn a_reschedule_into_a_closed_period_says_so_and_workdays_moves_past_it() {
    // The day after KOMBIT's wave is 1 August 2019, in the plan's summer holiday.
    let (_dir, out) = after_a_national_delay(&["--lang", "da", "reschedule", "eksempelby-2019.toml"]);
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        text.contains("advarsel[holiday-session]: go-live `school-go-live` er den 1. august 2019, i Sommerferie 2019"),
        "{text}"
    );
    let (_dir, out) = after_a_national_delay(&["reschedule", "eksempelby-2019.toml", "--workdays"]);
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(text.contains("+date = 2019-08-12"), "the first working day after the holiday:\n{text}");
    assert!(!text.contains("holiday-session"), "{text}");
}
