//! What a person reads in Danish holds names, not ids; the catalogue's words, not the format's;
//! and dates as people write them, not ISO 8601. The machine formats keep the ids and ISO.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

const ESBJERG: &str = "plans/esbjerg-2020.toml";

fn in_danish(args: &[&str]) -> String {
    let mut cmd = common::aula_plan();
    cmd.args(["--lang", "da"]).args(args).env("COLUMNS", "400");
    common::stdout_of(&mut cmd)
}

/// The plan's words that a person should not read where a name exists: the ids of its
/// activities (which all have names), its tracks, and the activity kinds of the format.
fn ids_of(path: &str) -> BTreeSet<String> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).expect("plan");
    let plan = aula_plan::load::load(&text).plan.expect("loads");
    let mut ids = BTreeSet::new();
    for a in plan.activities() {
        assert!(a.name.is_some(), "every activity of {path} has a name: {}", a.id.value);
        ids.insert(a.id.value.to_string());
        ids.extend(a.track.map(|t| t.value.to_string()));
    }
    for kind in ["training", "setup", "parents-pupils", "milestone", "other"] {
        ids.insert(kind.to_owned());
    }
    ids
}

/// The words of `text` (split at anything that cannot be in an id or an ISO date).
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == ':')).filter(|w| !w.is_empty())
}

fn is_iso(word: &str) -> bool {
    let b = word.as_bytes();
    let digits = |r: std::ops::Range<usize>| b.get(r).is_some_and(|s| s.iter().all(u8::is_ascii_digit));
    digits(0..4) && b.get(4) == Some(&b'-') && (digits(5..7) || (b.get(5) == Some(&b'W') && digits(6..8)))
}

/// Asserts that `text` names no id of `ids` and writes no ISO date.
fn reads_as_a_person(what: &str, text: &str, ids: &BTreeSet<String>) {
    assert!(!text.trim().is_empty(), "{what} printed nothing");
    for w in words(text) {
        assert!(!ids.contains(w), "{what} shows the id `{w}`:\n{text}");
        assert!(!is_iso(w), "{what} shows the ISO date `{w}`:\n{text}");
    }
}

#[test]
fn status_and_the_timeline_name_activities_tracks_and_kinds() {
    let ids = ids_of(ESBJERG);
    let status = in_danish(&["status", ESBJERG, "--today", "2019-09-01"]);
    reads_as_a_person("status", &status, &ids);
    for words in ["Skoleområdet", "Dagtilbudsområdet", "Skolernes øvrige personale", "16. maj 2019"] {
        assert!(status.contains(words), "{words}: {status}");
    }
    let timeline = in_danish(&["show", "timeline", ESBJERG]);
    reads_as_a_person("show timeline", &timeline, &ids);
    for words in ["Uddannelse", "Forældre og elever", "Go-live", "Skolernes øvrige personale"] {
        assert!(timeline.contains(words), "{words}: {timeline}");
    }
    // The reader who types an id in `done` asks for them.
    let with_ids = in_danish(&["status", ESBJERG, "--today", "2019-09-01", "--ids"]);
    assert!(with_ids.contains("school-staff-training") && with_ids.contains("Skolernes øvrige personale"));
    // The data keeps ids and ISO.
    let json = in_danish(&["status", ESBJERG, "--today", "2019-09-01", "--format", "json"]);
    assert!(json.contains("\"id\": \"school-staff-training\"") && json.contains("\"track\": \"schools\""));
    assert!(json.contains("\"written\": \"2019-05-16\""), "{json}");
}

#[test]
fn the_training_view_names_people_and_lengths_in_words() {
    let training = in_danish(&["show", "training", ESBJERG]);
    assert!(training.contains("Netcompany"), "{training}");
    assert!(!words(&training).any(|w| w == "nc-school-admin" || w == "school-staff"), "{training}");
    let eksempelby = in_danish(&["show", "training", "plans/eksempelby-2019.toml"]);
    assert!(eksempelby.contains(" dage") || eksempelby.contains(" timer"), "{eksempelby}");
    assert!(!words(&eksempelby).any(|w| w.ends_with('d') && w[..w.len() - 1].bytes().all(|b| b.is_ascii_digit())));
}

#[test]
fn the_diff_of_a_shift_names_what_moved_and_says_how_far_in_words() {
    let dir = tempfile::tempdir().expect("tempdir");
    let moved = dir.path().join("esbjerg-2020.toml");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(ESBJERG), &moved).expect("copy");
    let moved = moved.to_str().expect("UTF-8 path");
    common::aula_plan()
        .args(["shift", moved, "--months", "4", "--from", "2019-05-01", "--write", "--yes"])
        .assert()
        .success();
    let diff = in_danish(&["diff", ESBJERG, moved]);
    let ids = ids_of(ESBJERG);
    // The table's rows, not the header line naming the two files.
    let body: String = diff.lines().skip(1).collect::<Vec<_>>().join("\n");
    reads_as_a_person("diff", &body, &ids);
    for words in ["Skolernes øvrige personale", "4 måneder frem", "16. september 2019", "uge 9 2020", "slut", "version"]
    {
        assert!(diff.contains(words), "{words}: {diff}");
    }
    for field in ["start ", "end ", "note ", "shift ", "date "] {
        assert!(!diff.contains(&format!("┆ {field}")) || field == "start ", "the field `{field}` in English: {diff}");
    }
    // JSON keeps the ids, the keys and ISO.
    let json = in_danish(&["diff", ESBJERG, moved, "--format", "json"]);
    assert!(json.contains("\"id\": \"school-staff-training\"") && json.contains("\"new\": \"2019-09-16\""), "{json}");
}

/// The text of an HTML page a person reads: its text and tooltips, without tags, attributes
/// (where the ids stay, for scripts and styles) or the style sheet.
fn page_text(html: &str) -> String {
    let html = match (html.find("<style>"), html.find("</style>")) {
        (Some(a), Some(b)) => format!("{}{}", &html[..a], &html[b..]),
        _ => html.to_owned(),
    };
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text
}

#[test]
fn the_gantt_page_names_activities_lanes_and_kinds_and_writes_danish_dates() {
    let ids = ids_of(ESBJERG);
    let html = in_danish(&["gantt", ESBJERG, "--format", "html"]);
    let text = page_text(&html);
    reads_as_a_person("gantt --format html", &text, &ids);
    for words in ["Skoleområdet", "Skolernes øvrige personale (Uddannelse): 16. maj 2019 – 21. juni 2019"] {
        assert!(text.contains(words), "{words}: {text}");
    }
    // The ids stay where a script or a style sheet looks for them.
    assert!(html.contains(r#"data-id="school-staff-training""#), "{html}");
}

#[test]
fn the_gantt_page_of_a_plan_that_follows_kombit_names_the_national_lane() {
    let plan = "plans/eksempelby-2019.toml";
    let mut ids = ids_of(plan);
    ids.extend(ids_of("plans/kombit-2016.toml"));
    let text = page_text(&in_danish(&["gantt", plan, "--format", "html"]));
    reads_as_a_person("gantt of eksempelby", &text, &ids);
    assert!(text.contains("KOMBIT"), "{text}");
}

#[test]
fn after_a_shift_the_chart_says_the_new_version_and_its_date() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = dir.path().join("esbjerg.toml");
    std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(ESBJERG), &plan).expect("copy");
    let plan = plan.to_str().expect("utf-8");
    let mut shift = common::aula_plan();
    shift.args(["shift", plan, "--months", "4", "--from", "2019-05-01", "--write", "--yes", "--reason", "KOMBIT"]);
    shift.args(["--revision-date", "2026-11-22"]);
    common::stdout_of(&mut shift);
    let text = page_text(&in_danish(&["gantt", plan, "--format", "html"]));
    assert!(text.contains("Version 2.2 af 22. november 2026"), "{text}");
}

#[test]
fn the_overview_names_the_national_plan_as_such_and_go_lives_by_track_and_danish_date() {
    let mut ids = ids_of(ESBJERG);
    ids.extend(ids_of("plans/eksempelby-2019.toml"));
    ids.extend(ids_of("plans/kombit-2016.toml"));
    ids.extend(ids_of("plans/syddjurs-2019.toml"));
    ids.extend(ids_of("plans/kombit-dagtilbud-2020.toml"));
    let table = in_danish(&["overview", "plans"]);
    reads_as_a_person("overview", &table, &ids);
    // Each track's go-live on a line of its own in the cell.
    assert!(table.contains("┆ Skoleområdet uge 43 2019 "), "{table}");
    assert!(table.contains("┆ Dagtilbudsområdet efter sommerferie 2020 "), "{table}");
    assert!(table.contains("Den nationale plan (KOMBIT)"), "{table}");
    let text = page_text(&in_danish(&["overview", "plans", "--format", "html"]));
    reads_as_a_person("overview --format html", &text, &ids);
    // KOMBIT's plans are not counted as municipalities.
    assert!(text.contains("3 kommuner og 2 nationale planer"), "{text}");
    // Programs read the same in JSON: the national plan marked, the go-lives by track in ISO.
    let json = in_danish(&["overview", "plans", "--format", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let rows = doc["rows"].as_array().expect("rows");
    let national: Vec<bool> = rows.iter().map(|r| r["national"].as_bool().expect("national")).collect();
    assert_eq!(national, [false, false, true, true, false], "{json}");
    assert_eq!(rows[1]["go_live"]["schools"]["written"], "2019-W43", "{json}");
}

#[test]
fn calendar_events_name_people_roles_and_tracks_and_courses_are_busy_time() {
    let ics = in_danish(&["export", ESBJERG, "--to", "ics"]).replace("\r\n ", "").replace("\r\n", "\n");
    let event = ics.split("BEGIN:VEVENT").find(|e| e.contains("UID:nc-school-admin.")).expect("the course");
    for words in ["Skoleområdet", "Underviser: Netcompany", "Deltagere: Skolernes kommunale administrator", "2 dage"] {
        assert!(event.contains(words), "{words}: {event}");
    }
    assert!(!event.contains("Deltagere: school-"), "roles by name: {event}");
    assert!(event.contains("TRANSP:OPAQUE"), "a course is busy time: {event}");
    let phase = ics.split("BEGIN:VEVENT").find(|e| e.contains("CATEGORIES:Go-live")).expect("a go-live");
    assert!(phase.contains("TRANSP:TRANSPARENT"), "a go-live is not: {phase}");
}
