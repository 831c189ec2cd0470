//! Dates as vague as a source writes them, through the command line: written back as the source
//! did in the reader's language, tied to the plan's own holidays, never a certainty the dates
//! do not give, and moved as windows — by a step or by a range.

mod common;

use common::{aula_plan, stdout_of};

const VAGUE: &str = "tests/fixtures/dates/vague.toml";

fn in_danish(args: &[&str]) -> String {
    stdout_of(aula_plan().env("AULA_PLAN_LANG", "da").args(args))
}

fn json(args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&stdout_of(aula_plan().args(args))).expect("JSON")
}

/// The fixture's text with `from` put as `to` (which must be there).
fn edited(from: &str, to: &str) -> String {
    let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(VAGUE)).expect("fixture");
    assert!(text.contains(from), "{from}");
    text.replace(from, to)
}

fn row<'a>(view: &'a serde_json::Value, id: &str) -> &'a serde_json::Value {
    view["rows"].as_array().expect("rows").iter().find(|r| r["id"] == id).unwrap_or_else(|| panic!("{id}"))
}

#[test]
fn the_timeline_writes_each_date_as_the_source_did_in_danish() {
    let timeline = in_danish(&["show", "timeline", VAGUE]);
    for words in [
        "forår 2018",
        "efterår 2018",
        "maj–juni 2019",
        "primo marts 2019",
        "før sommerferie 2019 (28. juni 2019)",
        "efter efterårsferie 2019 (21. oktober 2019)",
    ] {
        assert!(timeline.contains(words), "{words}: {timeline}");
    }
    // The chart draws what may be apart from what surely is.
    assert!(timeline.contains('▒') && timeline.contains('◇') && timeline.contains("◇ kan falde"), "{timeline}");
}

#[test]
fn machine_formats_give_the_form_and_the_earliest_and_latest_day() {
    let doc = json(&["show", "timeline", VAGUE, "--format", "json"]);
    let strategy = &row(&doc, "strategy")["start"];
    assert_eq!(
        strategy,
        &serde_json::json!({"written": "2018-autumn", "form": "season", "earliest": "2018-09-01", "latest": "2018-11-30"})
    );
    let go_live = &row(&doc, "go-live")["start"];
    assert_eq!(go_live["form"], "after");
    assert_eq!(
        (go_live["earliest"].as_str(), go_live["period"].as_str()),
        (Some("2019-10-21"), Some("efterarsferie-2019"))
    );
}

#[test]
fn status_says_possibly_running_never_a_certainty_it_does_not_have() {
    let doc = json(&["status", VAGUE, "--today", "2019-06-05", "--format", "json"]);
    // May or June: on 5 June it may have started and may have ended.
    assert_eq!(row(&doc, "operations")["state"], "possibly-running");
    // From 1 June to the last working day before the summer holiday: surely running.
    assert_eq!(row(&doc, "transfer")["state"], "running");
    assert!(in_danish(&["status", VAGUE, "--today", "2019-06-05"]).contains("måske i gang"));
}

#[test]
fn a_date_tied_to_a_holiday_moves_with_the_holiday() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.toml");
    // The municipality sets its autumn holiday a week later.
    std::fs::write(&path, edited("start = 2019-10-12, end = 2019-10-20", "start = 2019-10-19, end = 2019-10-27"))
        .expect("write");
    let path = path.display().to_string();
    let doc = json(&["show", "timeline", &path, "--format", "json"]);
    assert_eq!(row(&doc, "go-live")["start"]["earliest"], "2019-10-28", "the first working day after it");
    // The diff tells the go-live moved, though its text did not change.
    let diff = stdout_of(aula_plan().args(["diff", VAGUE, &path]));
    assert!(diff.contains("Go-live") && diff.contains("2019-10-21)") && diff.contains("2019-10-28)"), "{diff}");
}

#[test]
fn a_holiday_the_plan_does_not_state_is_a_finding() {
    let dir = tempfile::tempdir().expect("tempdir");
    // No autumn holiday in the calendar: the tie names nothing.
    let missing = dir.path().join("missing.toml");
    std::fs::write(
        &missing,
        edited(
            "  { id = \"efterarsferie-2019\", name = \"Efterårsferie 2019\", start = 2019-10-12, end = 2019-10-20 },\n",
            "",
        ),
    )
    .expect("write");
    let out =
        aula_plan().args(["validate", "--format", "concise", &missing.display().to_string()]).output().expect("runs");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert_eq!(out.status.code(), Some(1), "{text}");
    assert!(
        text.contains("error[unknown-reference] `efterarsferie-2019` is not a closed period of this plan's calendar"),
        "{text}"
    );
    // Stated without its dates (the source gives none): a warning, and the date is not known.
    let undated = dir.path().join("undated.toml");
    std::fs::write(&undated, edited("start = 2019-10-12, end = 2019-10-20", "start = \"tbd\", end = \"tbd\""))
        .expect("write");
    let out =
        aula_plan().args(["validate", "--format", "concise", &undated.display().to_string()]).output().expect("runs");
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("warning[tbd-date] `go-live` is tied to the closed period `efterarsferie-2019`, whose dates the plan does not give"), "{text}");
}

#[test]
fn a_delay_given_as_a_range_moves_each_date_to_a_window_and_is_recorded_and_reported_as_one() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.toml");
    // Without the phase tied to the summer holiday, which a delay cannot move past it.
    std::fs::write(&path, edited("end = \"before sommerferie-2019\"", "end = \"2019-06\"")).expect("write");
    let path = path.display().to_string();
    let shown = stdout_of(aula_plan().args([
        "shift",
        &path,
        "--months",
        "3..5",
        "--write",
        "--yes",
        "--reason",
        "3-5 måneder",
    ]));
    assert!(shown.contains("by 3–5 months"), "{shown}");
    let text = std::fs::read_to_string(&path).expect("read");
    // Spring 2018 (March–May) moved by 3 to 5 months: June to October, in the format's form (a
    // moved date is no longer the source's words).
    assert!(text.contains("date = \"2018-06/2018-10\""), "{text}");
    // Early March (1–10) moved by 3 to 5 months: 1 June to 10 August.
    assert!(text.contains("date = \"2019-06-01/2019-08-10\""), "{text}");
    // June moved by 3 to 5 months is September to November: the autumn.
    assert!(text.contains("start = \"2019-autumn\"\nend = \"2019-autumn\""), "{text}");
    assert!(text.contains("shift = { months = [3, 5] }"), "{text}");
    // A tied date moves with its holiday, not with the delay.
    assert!(text.contains("date = \"after efterarsferie-2019\""), "{text}");
    let report = in_danish(&["report", &path, "--today", "2019-01-01", "--format", "markdown"]);
    assert!(report.contains("Seneste forsinkelse: forsinket 3–5 måneder"), "{report}");
}

#[test]
fn a_season_moved_by_whole_seasons_stays_a_season_and_the_diff_says_how() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.toml");
    std::fs::write(&path, edited("end = \"before sommerferie-2019\"", "end = \"2019-06\"")).expect("write");
    let path = path.display().to_string();
    let before = path.replace("plan.toml", "before.toml");
    std::fs::copy(&path, &before).expect("copy");
    let only = ["--only", "budget", "--only", "strategy", "--only", "admin-course"];
    let out =
        aula_plan().args(["shift", &path, "--months", "12", "--write", "--yes"]).args(only).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains("date = \"2019-autumn\""), "{text}");
    assert!(text.contains("date = \"early 2020-03\""), "{text}");
    let diff = in_danish(&["diff", &before, &path]);
    assert!(
        diff.contains("efterår 2018")
            && diff.contains("efterår 2019")
            && diff.contains("12 måneder frem")
            && !diff.contains("dage frem"),
        "{diff}"
    );
}

#[test]
fn a_holiday_moved_by_command_takes_what_is_tied_to_it_along() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.toml");
    std::fs::write(&path, edited("", "")).expect("write");
    let path = path.display().to_string();
    // The municipality sets its autumn holiday a week later.
    let out = aula_plan().args(["move", &path, "efterarsferie-2019", "--weeks", "1", "--yes"]).output().expect("runs");
    let said = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(out.status.success(), "{said}{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        said.contains("`efterarsferie-2019` moved from 2019-10-12 – 2019-10-20 to 2019-10-19 – 2019-10-27"),
        "{said}"
    );
    assert!(said.contains("`go-live` is tied to it (after efterarsferie-2019) and moves with it"), "{said}");
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains("start = 2019-10-19, end = 2019-10-27 }"), "{text}");
    let doc = json(&["show", "timeline", &path, "--format", "json"]);
    assert_eq!(row(&doc, "go-live")["start"]["earliest"], "2019-10-28", "the first working day after it");
    // To a day: its start there, its length kept.
    let out =
        aula_plan().args(["move", &path, "sommerferie-2019", "--to", "2019-06-22", "--yes"]).output().expect("runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = std::fs::read_to_string(&path).expect("read");
    assert!(text.contains("start = 2019-06-22, end = 2019-08-04 }"), "{text}");
    // A done activity tied to it is not moved without --force.
    std::fs::write(
        &path,
        edited("date = \"after efterarsferie-2019\"", "date = \"after efterarsferie-2019\"\nstatus = \"done\""),
    )
    .expect("write");
    let out = aula_plan().args(["move", &path, "efterarsferie-2019", "--weeks", "1", "--yes"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("`go-live` is done"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// A task the source dates only vaguely ("Maj/juni 2019") runs somewhere in that window: the
/// text chart draws it as a bar that may run, as the SVG chart does, not as a one-day diamond
/// repeated over the window.
#[test]
fn the_text_chart_draws_a_vaguely_dated_task_as_a_bar() {
    let chart = in_danish(&["show", "timeline", VAGUE]);
    let row = |name: &str| chart.lines().find(|l| l.starts_with(name)).unwrap_or_else(|| panic!("{name}: {chart}"));
    let operations = row("Kommunerne drifter Aula");
    assert!(operations.contains('▒') && !operations.contains('◇') && !operations.contains('◆'), "{operations}");
    let strategy = row("Strategi for kommunikation");
    assert!(strategy.contains('▒') && !strategy.contains('◇'), "{strategy}");
}

#[test]
fn a_move_too_small_for_the_date_or_of_a_tied_date_says_why_nothing_moves() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.toml");
    std::fs::copy(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(VAGUE), &path).expect("copy");
    let before = std::fs::read(&path).expect("read");
    let refused = |args: &[&str], says: &str| {
        let out = aula_plan().env("AULA_PLAN_LANG", "da").arg("move").arg(&path).args(args).arg("--yes").output();
        let out = out.expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert_eq!(std::fs::read(&path).expect("read"), before, "{args:?} wrote");
    };
    // Autumn moves by whole months: two weeks round to none, and it would stay the autumn.
    refused(
        &["strategy", "--weeks", "2"],
        "`strategy` begynder efterår 2018: flyttet 2 uger frem er det stadig efterår 2018",
    );
    // A date tied to a holiday moves with the holiday.
    refused(&["go-live", "--days", "3"], "den flytter med den lukkede periode `efterarsferie-2019`");
    // A step as large as its own unit moves it: the autumn of 2018 by three months is the
    // winter of 2018/19, which the format writes as the year of its January.
    let out = aula_plan().args(["move"]).arg(&path).args(["strategy", "--months", "3", "--yes"]).output();
    assert!(out.expect("runs").status.success());
    assert!(std::fs::read_to_string(&path).expect("read").contains("date = \"2019-winter\""));
}

#[test]
fn a_closed_period_without_days_is_not_moved_and_the_message_says_where_its_days_go() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.toml");
    let undated = "start = 2019-10-12, end = 2019-10-20";
    std::fs::write(&path, edited(undated, "start = \"tbd\", end = \"tbd\"")).expect("write");
    let before = std::fs::read(&path).expect("read");
    let mut move_it = aula_plan();
    move_it.args(["--lang", "da", "move"]).arg(&path).args(["efterarsferie-2019", "--weeks", "1", "--yes"]);
    let out = move_it.output().expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("lukkeperioden `efterarsferie-2019` har endnu ingen dage at flytte"), "{err}");
    assert!(err.contains("under `[calendar]`") && !err.contains("aula-plan set"), "{err}");
    assert_eq!(std::fs::read(&path).expect("read"), before);
}
