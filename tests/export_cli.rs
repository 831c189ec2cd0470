//! `aula-plan export`: the calendar is read back with a calendar library (the `ical` crate,
//! not the one that wrote it), the CSV with a CSV reader and the JSON with a JSON parser, and
//! each is compared with the plan.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::BufReader;
use std::path::Path;

use aula_plan::plan::Plan;
use common::{aula_plan, stdout_of};

const ESBJERG: &str = "plans/esbjerg-2020.toml";
const FIXTURE: &str = "tests/fixtures/export/plan.toml";
/// 2019-11-22 00:00 UTC: calendars made in the tests carry this DTSTAMP.
const EPOCH: &str = "1574380800";

fn plan(path: &str) -> Plan {
    let text = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
    aula_plan::load::load(&text).plan.expect("plan")
}

fn export(path: &str, args: &[&str]) -> String {
    stdout_of(aula_plan().env("SOURCE_DATE_EPOCH", EPOCH).args(["export", path]).args(args))
}

/// Each event of a calendar as its properties, name → value.
fn events(ics: &str) -> Vec<BTreeMap<String, String>> {
    let mut parser = ical::IcalParser::new(BufReader::new(ics.as_bytes()));
    let cal = parser.next().expect("one calendar").expect("parses");
    assert!(parser.next().is_none(), "only one calendar");
    cal.events
        .into_iter()
        .map(|e| e.properties.into_iter().map(|p| (p.name, p.value.unwrap_or_default())).collect())
        .collect()
}

#[test]
fn the_calendar_parses_back_with_an_event_per_dated_activity() {
    let ics = export(ESBJERG, &["--to", "ics"]);
    let evs = events(&ics);
    let p = plan(ESBJERG);
    // Dated: a known start, and an end that is not before it.
    let dated: BTreeSet<String> = p
        .activities()
        .filter(|a| {
            let t = a.timing.unwrap();
            let first = t.start().value.earliest();
            first.is_some() && t.end().value.latest().is_none_or(|last| Some(last) >= first)
        })
        .map(|a| a.id.value.to_string())
        .collect();
    let uids: BTreeSet<String> = evs.iter().map(|e| e["UID"].clone()).collect();
    let expected: BTreeSet<String> = dated.iter().map(|id| format!("{id}.esbjerg-kommune@aula-plan")).collect();
    assert_eq!(uids, expected);
    assert_eq!(uids.len(), evs.len(), "UIDs are unique");
    for e in &evs {
        assert_eq!(e["DTSTAMP"], "20191122T000000Z");
        assert!(e["DTSTART"].len() == 8 && e["DTEND"] > e["DTSTART"], "{e:?}");
        assert_eq!(e["SEQUENCE"], (EPOCH.parse::<i64>().unwrap() - 1_451_606_400).to_string(), "seconds since 2016");
    }
    let staff = evs.iter().find(|e| e["UID"].starts_with("school-staff-training.")).unwrap();
    assert_eq!((staff["DTSTART"].as_str(), staff["DTEND"].as_str()), ("20190516", "20190622"));
    assert_eq!(staff["SUMMARY"], "Skolernes øvrige personale");
}

#[test]
fn lines_are_folded_at_75_octets_with_crlf_and_text_is_escaped() {
    let ics = export(FIXTURE, &["--to", "ics"]);
    assert!(ics.ends_with("END:VCALENDAR\r\n"));
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
        assert!(!line.contains('\n'), "a bare LF: {line:?}");
    }
    assert!(ics.contains("SUMMARY:Administratorkursus\\; dag 1\\, 2 og 3\r\n"), "{ics}");
    let evs = events(&ics);
    let long = evs.iter().find(|e| e["UID"].starts_with("staff-course.")).unwrap();
    // The parser unfolds: the long name comes back whole (still escaped, as ical leaves it).
    assert_eq!(
        long["SUMMARY"],
        "Personalets kursus i Aula – kommunikation\\, sikkerhed\\, arbejdsgange og læringsforløb i praksis"
    );
    let admin = evs.iter().find(|e| e["UID"].starts_with("admin-course.")).unwrap();
    assert!(admin["DESCRIPTION"].contains("Husk at medbringe pc.\\nFrokost er inkluderet."), "{admin:?}");
}

#[test]
fn weeks_months_and_open_ends_become_whole_days() {
    let evs = events(&export(FIXTURE, &["--to", "ics"]));
    let days = |id: &str| {
        let e = evs.iter().find(|e| e["UID"].starts_with(&format!("{id}."))).unwrap();
        (e["DTSTART"].clone(), e["DTEND"].clone())
    };
    // 2019-W12 to 2019-W14: Monday 18 March to Sunday 7 April; DTEND is the day after.
    assert_eq!(days("staff-course"), ("20190318".into(), "20190408".into()));
    // 2019-02 to 2019-03.
    assert_eq!(days("setup"), ("20190201".into(), "20190401".into()));
    // An open end marks its start week; an end not known yet its start day.
    assert_eq!(days("support-parents"), ("20190408".into(), "20190415".into()));
    assert_eq!(days("daycare-setup"), ("20190506".into(), "20190507".into()));
    assert_eq!(days("go-live"), ("20190423".into(), "20190424".into()));
    assert!(!evs.iter().any(|e| e["UID"].starts_with("daycare-go-live.")), "tbd is left out");
}

#[test]
fn uids_survive_a_shift_and_the_sequence_grows() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("plan.toml");
    fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(ESBJERG), &copy).unwrap();
    let path = copy.to_str().unwrap();
    let before = events(&export(path, &["--to", "ics"]));
    aula_plan()
        .args([
            "shift",
            path,
            "--months",
            "4",
            "--from",
            "2019-05-01",
            "--write",
            "--yes",
            "--revision-date",
            "2020-03-15",
        ])
        .assert()
        .success();
    // Exported a day later.
    let later = (EPOCH.parse::<i64>().unwrap() + 86_400).to_string();
    let after = events(&stdout_of(aula_plan().env("SOURCE_DATE_EPOCH", &later).args(["export", path, "--to", "ics"])));
    let by_uid = |evs: &[BTreeMap<String, String>]| -> BTreeMap<String, BTreeMap<String, String>> {
        evs.iter().map(|e| (e["UID"].clone(), e.clone())).collect()
    };
    let (old, new) = (by_uid(&before), by_uid(&after));
    assert_eq!(old.keys().collect::<Vec<_>>(), new.keys().collect::<Vec<_>>(), "the same events");
    let moved: Vec<&String> = old.keys().filter(|k| old[*k]["DTSTART"] != new[*k]["DTSTART"]).collect();
    assert!(moved.iter().any(|k| k.starts_with("school-staff-training.")), "{moved:?}");
    assert!(!moved.iter().any(|k| k.starts_with("nc-school-admin.")), "before the red line");
    let seq = |e: &BTreeMap<String, String>| e["SEQUENCE"].parse::<u64>().unwrap();
    for (uid, e) in &new {
        assert!(seq(e) > seq(&old[uid]), "a later export is the newer version: {uid}");
    }
}

#[test]
fn a_hand_edit_gets_a_higher_sequence_too() {
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("plan.toml");
    fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join(ESBJERG), &copy).unwrap();
    let path = copy.to_str().unwrap();
    let export_at = |epoch: &str| {
        events(&stdout_of(aula_plan().env("SOURCE_DATE_EPOCH", epoch).args(["export", path, "--to", "ics"])))
    };
    let before = export_at("1763769600");
    let text = fs::read_to_string(&copy)
        .unwrap()
        .replace("name = \"Skolernes kommunale administrator\"", "name = \"Skoleadministrator\"");
    fs::write(&copy, text).unwrap();
    let after = export_at("1763769660");
    let find = |evs: &[BTreeMap<String, String>]| {
        evs.iter().find(|e| e["UID"].starts_with("nc-school-admin.")).cloned().unwrap()
    };
    let (old, new) = (find(&before), find(&after));
    assert_eq!(new["SUMMARY"], "Skoleadministrator");
    assert!(new["SEQUENCE"].parse::<u64>().unwrap() > old["SEQUENCE"].parse::<u64>().unwrap());
}

#[test]
fn a_calendar_for_one_person_or_role() {
    let evs = events(&export(FIXTURE, &["--to", "ics", "--for", "mette"]));
    let uids: Vec<&str> = evs.iter().map(|e| e["UID"].split('.').next().unwrap()).collect();
    // Mette is an admin: she takes the admin course, teaches the staff course, owns setup.
    assert_eq!(uids, ["admin-course", "staff-course", "setup"]);
    let evs = events(&export(FIXTURE, &["--to", "ics", "--for", "staff"]));
    let uids: Vec<&str> = evs.iter().map(|e| e["UID"].split('.').next().unwrap()).collect();
    assert_eq!(uids, ["staff-course"]);

    let out = aula_plan().args(["export", FIXTURE, "--to", "ics", "--for", "mete"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no person or role has id `mete` (did you mean `mette`?)"));
    let out = aula_plan().args(["export", FIXTURE, "--to", "csv", "--for", "mette"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("use it with --to ics"));
}

#[test]
fn the_csv_has_a_row_per_entity_and_a_column_per_key() {
    let text = export(ESBJERG, &["--to", "csv"]);
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(str::to_owned).collect();
    assert_eq!(header[0], "entity");
    for key in ["id", "name", "parent", "trainer", "trainees", "start", "end", "roster"] {
        assert!(header.iter().any(|h| h == key), "{key} in {header:?}");
    }
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let count = |entity: &str| rows.iter().filter(|r| &r[0] == entity).count();
    let p = plan(ESBJERG);
    assert_eq!(count("plan"), 1);
    assert_eq!(count("unit"), p.units.len());
    assert_eq!(count("role"), p.roles.len());
    assert_eq!(count("person"), p.people.len());
    assert_eq!(count("training"), p.trainings.len());
    assert_eq!(count("phase"), p.phases.len());
    assert_eq!(count("revision"), p.revisions.len());
    assert_eq!(count("closed"), p.calendar.closed.len());
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let inform = rows.iter().find(|r| &r[col("id")] == "school-inform-switch").unwrap();
    assert_eq!(&inform[col("start")], "2019-W41");
    let superusers = rows.iter().find(|r| &r[col("id")] == "school-superuser").unwrap();
    assert_eq!(&superusers[col("roster")], "EKnettet");

    let excel = export(ESBJERG, &["--to", "csv-excel"]);
    assert!(excel.starts_with("\u{feff}entity;"));
    assert!(excel.contains("\r\n"));
}

#[test]
fn the_json_is_the_plan_with_the_files_keys_and_its_findings() {
    let text = export(ESBJERG, &["--to", "json"]);
    let doc: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    let keys: Vec<&str> = doc.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "format", "plan", "unit", "role", "person", "training", "phase", "reading", "revision", "estimate",
            "calendar", "lints", "findings", "summary"
        ]
    );
    let p = plan(ESBJERG);
    assert_eq!(doc["training"].as_array().unwrap().len(), p.trainings.len());
    assert_eq!(doc["plan"]["municipality"], "Esbjerg Kommune");
    let inform = doc["phase"].as_array().unwrap().iter().find(|x| x["id"] == "school-inform-switch").unwrap();
    // A date as the format writes it, its form, and the earliest and latest day it may be.
    assert_eq!(
        inform["start"],
        serde_json::json!({"written": "2019-W41", "form": "week", "earliest": "2019-10-07", "latest": "2019-10-13"})
    );
    assert_eq!(inform["end"]["written"], "2019-W43");
    let one_day = doc["training"].as_array().unwrap().iter().find(|x| x["id"] == "nc-school-admin-superusers").unwrap();
    assert_eq!(one_day["date"]["written"], "2019-01-24");
    assert_eq!(one_day["date"]["earliest"], one_day["date"]["latest"]);
    assert!(one_day.get("start").is_none());
    // The same findings as `validate --format json`.
    let validated: serde_json::Value =
        serde_json::from_str(&stdout_of(aula_plan().args(["validate", ESBJERG, "--format", "json"]))).unwrap();
    assert_eq!(doc["findings"], validated["findings"]);
    assert_eq!(doc["summary"]["errors"], 6);
}

#[test]
fn the_markdown_document_has_the_plans_tables_and_findings() {
    let md = export(ESBJERG, &["--to", "markdown"]);
    insta::assert_snapshot!("export-markdown-esbjerg", md);
    let headings: Vec<&str> = md.lines().filter(|l| l.starts_with('#')).collect();
    assert_eq!(
        headings,
        [
            "# Implementeringsplan for Aula — Esbjerg Kommune",
            "## Goals",
            "## Success criteria",
            "## Organisation",
            "## Roles",
            "## People",
            "## Trainings",
            "## Training cascade",
            "## Timeline",
            "## Support",
            "## History",
            "## Findings",
        ]
    );
    let finding_rows = md.lines().filter(|l| l.starts_with("| error ") || l.starts_with("| warning ")).count();
    assert_eq!(finding_rows, 6 + 44);
}

#[test]
fn an_export_is_written_whole_or_not_at_all() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.ics");
    let said =
        stdout_of(aula_plan().env("SOURCE_DATE_EPOCH", EPOCH).args(["export", FIXTURE, "--to", "ics", "-o"]).arg(&out));
    assert_eq!(said, format!("Wrote {} (6 events).\n", out.display()));
    assert_eq!(fs::read_to_string(&out).unwrap(), export(FIXTURE, &["--to", "ics"]));

    let bad =
        aula_plan().env("SOURCE_DATE_EPOCH", "yesterday").args(["export", FIXTURE, "--to", "ics"]).output().unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("SOURCE_DATE_EPOCH must be seconds since 1970"));
}
