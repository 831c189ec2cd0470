//! `aula-plan report`: the steering group's page. What it says is checked against what the tool
//! says elsewhere (the counts of `status --format json`, the moves of a shift), and read as a
//! person reads it: names, not ids; days as people write them; hostile names as text.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

const ESBJERG: &str = "plans/esbjerg-2020.toml";
const TODAY: &str = "2019-09-01";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn run(lang: &str, args: &[&str]) -> String {
    let out = common::aula_plan().args(["--lang", lang]).args(args).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// What a person reads on the page: text and tooltips, not tags, attributes or the style.
fn page_text(html: &str) -> String {
    let doc = roxmltree::Document::parse(html.trim_start_matches("<!DOCTYPE html>")).expect("well-formed");
    doc.descendants()
        .filter(|n| n.is_text() && n.parent().is_none_or(|p| p.tag_name().name() != "style"))
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join(" ")
}

/// The ids of `path` a person should not read: its activities' and roles' ids (each has a
/// name) and its tracks.
fn ids(path: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(root().join(path)).expect("plan");
    let plan = aula_plan::load::load(&text).plan.expect("loads");
    let mut ids = BTreeSet::new();
    for a in plan.activities() {
        ids.insert(a.id.value.to_string());
        ids.extend(a.track.map(|t| t.value.to_string()));
    }
    ids.extend(plan.roles.iter().filter(|r| r.name.is_some()).map(|r| r.id.value.to_string()));
    ids
}

fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == ':')).filter(|w| !w.is_empty())
}

#[test]
fn the_report_names_what_it_shows_and_writes_days_the_danish_way() {
    let html = run("da", &["report", ESBJERG, "--today", TODAY]);
    let text = page_text(&html);
    let ids = ids(ESBJERG);
    for w in words(&text) {
        assert!(!ids.contains(w), "the id `{w}`:\n{text}");
        assert!(!(w.len() >= 7 && w.as_bytes()[4] == b'-' && w[..4].bytes().all(|b| b.is_ascii_digit())), "ISO `{w}`");
    }
    for words in [
        "Implementeringsplan for Aula — Esbjerg Kommune",
        "status pr. 1. september 2019",
        "Seneste forsinkelse",
        "Skoleområdet",
        "uge 43 2019",
        "16. maj 2019",
        "Skolernes øvrige personale",
        "Pladser og kvoter",
        "Skolernes superbrugere",
        // The verdict of a track whose spring courses are past and not recorded as held.
        "Uafklaret: 6 aktiviteter er forbi, men ikke registreret som gennemført",
    ] {
        assert!(text.contains(words), "{words}:\n{text}");
    }
    // The chart is on the page, drawn by the same renderer as `gantt`, with today's line.
    assert_eq!(html.matches("<svg").count(), 1);
    assert!(html.contains(r#"class="today""#), "today's line");
    assert!(!html.contains("<script"), "no script");
}

#[test]
fn the_report_counts_what_status_json_says() {
    let json = run("en", &["status", ESBJERG, "--today", TODAY, "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let mut counted: BTreeMap<(String, String), usize> = BTreeMap::new();
    for row in doc["rows"].as_array().expect("rows") {
        let track = row["track"].as_str().unwrap_or("").to_owned();
        *counted.entry((track, row["state"].as_str().expect("state").to_owned())).or_default() += 1;
    }
    let markdown = run("en", &["report", ESBJERG, "--today", TODAY, "--format", "markdown"]);
    // The tracks' table: track, go-live, a column per state, verdict.
    let states =
        ["done", "cancelled", "overdue", "ended", "running", "possibly-running", "upcoming", "later", "undated"];
    for (track, name) in [("schools", "Schools"), ("daycare", "Day-care")] {
        let line = markdown.lines().find(|l| l.starts_with(&format!("| {name} "))).expect("the track's line");
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        for (i, state) in states.iter().enumerate() {
            let want = counted.get(&(track.to_owned(), (*state).to_owned())).copied().unwrap_or(0);
            assert_eq!(cells[3 + i], want.to_string(), "{name} {state}: {line}");
        }
    }
}

#[test]
fn after_a_shift_the_report_says_what_moved_and_how_far() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = dir.path().join("esbjerg.toml");
    std::fs::copy(root().join(ESBJERG), &plan).expect("copy");
    let plan = plan.to_str().expect("UTF-8");
    let shift = ["shift", plan, "--months", "4", "--from", "2019-05-01", "--write", "--yes", "--reason", "KOMBIT"];
    common::aula_plan().args(shift).assert().success();
    let unshifted = root().join(ESBJERG);
    let since = unshifted.to_str().expect("UTF-8");
    let text = page_text(&run("da", &["report", plan, "--today", TODAY, "--since", since]));
    // The earlier version by its number and the file's name, not the path given.
    assert!(text.contains("Ændringer siden version 2.1 af 1. marts 2020 (esbjerg-2020.toml)"), "{text}");
    assert!(!text.contains(since), "{text}");
    assert!(text.contains("Skolernes øvrige personale"), "{text}");
    assert!(text.contains("4 måneder frem"), "{text}");
    assert!(text.contains("Seneste forsinkelse: forsinket 4 måneder fra 1. maj 2019"), "{text}");
}

#[test]
fn hostile_names_are_text_on_the_page_and_in_markdown() {
    // The plan of hostile names, its role with a quota (shown under the seats) named to close
    // an attribute and open an element.
    let dir = tempfile::tempdir().expect("temp dir");
    let text = std::fs::read_to_string(root().join("tests/fixtures/hostile/plan.toml")).expect("plan");
    let text = text.replacen(r#"name = "-2+3+cmd|' /C calc'!A0""#, r#"name = "\"><svg onload=alert(1)>""#, 1);
    let path = dir.path().join("hostile.toml");
    std::fs::write(&path, text).expect("write");
    let hostile = path.to_str().expect("UTF-8");
    let html = run("en", &["report", hostile, "--today", "2019-02-10"]);
    let doc = roxmltree::Document::parse(html.trim_start_matches("<!DOCTYPE html>")).expect("well-formed");
    assert!(page_text(&html).contains(r#""><svg onload=alert(1)>"#), "the role's name as text");
    assert!(doc.descendants().all(|n| n.attribute("onload").is_none() && n.attribute("onerror").is_none()));
    assert_eq!(doc.descendants().filter(|n| n.tag_name().name() == "svg").count(), 1, "the chart's alone");
    for tag in ["script", "img", "a", "iframe", "object"] {
        assert!(doc.descendants().all(|n| n.tag_name().name() != tag), "a <{tag}> from a name");
    }
    assert!(page_text(&html).contains("<script>alert(1)</script>"), "the name as text");
    let markdown = run("en", &["report", hostile, "--today", "2019-02-10", "--format", "markdown"]);
    assert!(!markdown.contains("<img src"), "escaped in Markdown: {markdown}");
}

#[test]
fn status_as_a_page_is_the_report_s_status_part() {
    let html = run("da", &["status", ESBJERG, "--today", TODAY, "--format", "html"]);
    let text = page_text(&html);
    for words in ["Sporene", "Status den 1. september 2019", "Skolernes øvrige personale", "16. maj 2019"] {
        assert!(text.contains(words), "{words}:\n{text}");
    }
    assert!(!html.contains("<svg"), "no chart in the status part");
    // Any view as a page.
    let roles = run("da", &["show", "roles", ESBJERG, "--format", "html"]);
    assert!(page_text(&roles).contains("Skolernes superbrugere"), "{roles}");
}

/// A folder with the example plan and the national plan it follows.
fn example_folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    for plan in ["eksempelby-2019.toml", "kombit-2016.toml"] {
        std::fs::copy(root().join("plans").join(plan), dir.path().join(plan)).expect("copy");
    }
    dir
}

fn run_in(dir: &Path, lang: &str, args: &[&str]) -> String {
    let out = common::aula_plan().current_dir(dir).args(["--lang", lang]).args(args).output().expect("runs");
    assert!(out.status.code().is_some_and(|c| c <= 1), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8")
}

#[test]
fn a_cancelled_course_that_leaves_a_role_untrained_is_not_on_plan() {
    let dir = example_folder();
    let before = run_in(dir.path(), "da", &["status", "eksempelby-2019.toml", "--today", "2019-03-01"]);
    assert!(before.contains("Dagtilbudsområdet: Følger planen"), "{before}");
    run_in(
        dir.path(),
        "da",
        &["cancel", "eksempelby-2019.toml", "nc-daycare-superusers", "--reason", "Kursusstedet er lukket", "--yes"],
    );
    let broken = "Brudt kæde: kurset «Dagtilbuddenes superbrugere» er aflyst, og rollen «Dagtilbuddenes superbrugere» \
                  får ingen uddannelse";
    let status = run_in(dir.path(), "da", &["status", "eksempelby-2019.toml", "--today", "2019-03-01"]);
    assert!(status.contains(&format!("Dagtilbudsområdet: {broken}")), "{status}");
    assert!(status.contains("Skoleområdet: Følger planen"), "the schools' track is untouched:\n{status}");
    let report =
        run_in(dir.path(), "da", &["report", "eksempelby-2019.toml", "--today", "2019-03-01", "--format", "markdown"]);
    let line = report.lines().find(|l| l.starts_with("| Dagtilbudsområdet")).expect("the day-care line");
    assert!(line.contains(broken) && !line.contains("Følger planen"), "{line}");
}

#[test]
fn a_delay_of_a_range_and_a_go_live_without_a_date_are_not_on_plan() {
    let status = run("da", &["status", ESBJERG, "--today", TODAY]);
    let daycare = status.lines().find(|l| l.starts_with("Dagtilbudsområdet:")).expect("the day-care's verdict");
    assert_eq!(
        daycare,
        "Dagtilbudsområdet: Usikker: datoerne forskydes 3–5 måneder; Go-live har ingen dato; 14 aktiviteter mangler dato"
    );
    // The schools' dates under the red line are postponed without a step.
    let schools = status.lines().find(|l| l.starts_with("Skoleområdet:")).expect("the schools' verdict");
    assert!(schools.contains("Usikker: datoerne er udsat, men planen siger ikke hvor længe"), "{schools}");
    let english = run("en", &["status", ESBJERG, "--today", TODAY]);
    assert!(english.contains("Day-care: Uncertain: the dates move 3–5 months; The go-live has no date"), "{english}");
}

#[test]
fn national_activities_are_past_not_unrecorded_work_of_the_municipality() {
    let dir = example_folder();
    let status = run_in(dir.path(), "da", &["status", "eksempelby-2019.toml", "--today", "2019-03-01"]);
    let pilot = status.lines().find(|l| l.contains("Andre skoler i pilotkommunerne")).expect("KOMBIT's pilot");
    assert!(pilot.contains("Den nationale plan (KOMBIT)") && pilot.contains("forbi"), "{pilot}");
    assert!(!pilot.contains("ikke registreret"), "{pilot}");
    let report =
        run_in(dir.path(), "da", &["report", "eksempelby-2019.toml", "--today", "2019-03-01", "--format", "markdown"]);
    assert!(!report.contains("Andre skoler i pilotkommunerne"), "a past national activity is nothing to do:\n{report}");
}

#[test]
fn the_weekly_meeting_s_report_speaks_the_steering_group_s_words() {
    let dir = example_folder();
    common::git(dir.path(), &["init", "-q"]);
    common::git(dir.path(), &["add", "."]);
    common::git(dir.path(), &["commit", "-qm", "uge 10"]);
    let plan = "eksempelby-2019.toml";
    run_in(dir.path(), "da", &["done", plan, "nc-admin", "nc-school-superusers", "--on", "2019-03-13", "--yes"]);
    run_in(dir.path(), "da", &["cancel", plan, "nc-daycare-superusers", "--reason", "Ny dato aftales", "--yes"]);
    let since = ["report", plan, "--today", "2019-03-15", "--since", "HEAD"];
    let page = page_text(&run_in(dir.path(), "da", &since));
    let markdown = run_in(dir.path(), "da", &[&since[..], &["--format", "markdown"]].concat());
    let english = ["done", "cancelled", "planned", "overdue", "upcoming", "later", "training", "phase", "HEAD"];
    for (what, text) in [("page", page.as_str()), ("markdown", markdown.as_str())] {
        assert!(!text.contains('`') || what == "markdown", "a backtick on the {what}:\n{text}");
        for w in words(text) {
            assert!(!english.contains(&w), "`{w}` on the {what}:\n{text}");
            assert!(aula_plan::registry::find(w).is_none(), "the rule id `{w}` on the {what}:\n{text}");
        }
        for said in [
            "Ændringer siden en tidligere udgave af version 1.0",
            "Registreret: gennemført og aflyst",
            "13. marts 2019",
            "Brudt kæde: kurset «Dagtilbuddenes superbrugere» er aflyst",
            "nogen underviser i en uddannelse, men bliver aldrig selv uddannet",
        ] {
            assert!(text.contains(said), "{said} on the {what}:\n{text}");
        }
    }
    // In Markdown, only the command to draw the chart is code.
    assert_eq!(markdown.matches('`').count(), 2, "{markdown}");
}
