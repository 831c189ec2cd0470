//! `overview`: a row per plan, read in parallel — what each says of go-lives, seats, courses,
//! findings and the national activities it waits for — in every report format and as a page
//! with every plan's chart; a plan that cannot be read does not hide the others.

mod common;

use serde_json::Value;

fn json(dir: &std::path::Path, args: &[&str]) -> (Option<i32>, Value) {
    let out =
        common::aula_plan().current_dir(dir).args(["overview", "--format", "json"]).args(args).output().expect("runs");
    (out.status.code(), serde_json::from_slice(&out.stdout).expect("JSON"))
}

fn row<'a>(doc: &'a Value, file: &str) -> &'a Value {
    doc["rows"].as_array().expect("rows").iter().find(|r| r["file"] == file).unwrap_or_else(|| panic!("{file}"))
}

#[test]
fn a_row_per_shipped_plan_with_what_it_says() {
    let (code, doc) = json(std::path::Path::new(env!("CARGO_MANIFEST_DIR")), &["plans"]);
    assert_eq!(code, Some(0));
    assert_eq!(doc["rows"].as_array().expect("rows").len(), 5);
    let esbjerg = row(&doc, "plans/esbjerg-2020.toml");
    assert_eq!((esbjerg["errors"].as_u64(), esbjerg["warnings"].as_u64()), (Some(6), Some(44)));
    assert_eq!(esbjerg["undated"], 18);
    assert_eq!(esbjerg["go_live"]["schools"]["written"], "2019-W43");
    assert_eq!(esbjerg["go_live"]["daycare"]["written"], "after sommerferie-2020");
    let example = row(&doc, "plans/eksempelby-2019.toml");
    assert_eq!(example["municipality"], "Eksempelby Kommune (fiktiv)");
    assert_eq!(example["go_live"]["schools"]["written"], "2019-06-03");
    assert_eq!((example["named"].as_u64(), example["seats"].as_u64()), (Some(6), Some(6)));
    assert_eq!((example["waits_met"].as_u64(), example["waits"].as_u64()), (Some(4), Some(4)));
    assert_eq!(example["follows"], serde_json::json!(["kombit"]));
    // Syddjurs follows the schools' national plan and the day-care one at once.
    let syddjurs = row(&doc, "plans/syddjurs-2019.toml");
    assert_eq!(syddjurs["follows"], serde_json::json!(["kombit", "dagtilbud"]));
    assert_eq!(syddjurs["errors"], 0);
    assert_eq!(syddjurs["go_live"]["schools"]["written"], "2019-08");
    assert_eq!(syddjurs["go_live"]["daycare"]["written"], "2021-01-11");
    assert_eq!(row(&doc, "plans/kombit-dagtilbud-2020.toml")["national"], true);
    assert!(doc["notes"].as_array().expect("notes").is_empty());
}

#[test]
fn a_national_delay_shows_as_a_wait_not_met_and_a_plan_that_cannot_be_read_does_not_hide_the_rest() {
    let dir = common::national_delay();
    let (code, doc) = json(dir.path(), &["eksempelby-2019.toml", "kombit-2016.toml", "missing.toml"]);
    assert_eq!(code, Some(2), "a plan could not be read");
    let example = row(&doc, "eksempelby-2019.toml");
    assert_eq!((example["waits_met"].as_u64(), example["waits"].as_u64()), (Some(3), Some(4)));
    assert_eq!(example["errors"], 1, "the go-live that now starts too early");
    let notes = doc["notes"].to_string();
    assert!(notes.contains("eksempelby-2019.toml (Udrulning og uddannelse i 10-15 kommuner)"), "by name: {notes}");
}

#[test]
fn the_page_has_the_table_and_a_lane_per_plan_in_the_reader_s_language() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page = dir.path().join("overview.html");
    let out = common::aula_plan()
        .args(["--lang", "da", "overview", "plans", "--format", "html", "-o"])
        .arg(&page)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let html = std::fs::read_to_string(&page).expect("page");
    assert!(html.contains(r#"<html lang="da">"#) && html.contains("<h1>Overblik</h1>"), "{html}");
    assert!(html.contains(r#"<th scope="col">kommune</th>"#), "headers in words");
    assert_eq!(html.matches("<svg").count(), 1, "one chart");
    // A lane per municipality, with its span and its go-lives.
    // The two national plans, both KOMBIT's, told apart by their titles.
    for lane in [
        ">Eksempelby Kommune (fiktiv)</text>",
        ">Esbjerg Kommune</text>",
        ">Den nationale plan (KOMBIT): Aula</text>",
        ">Den nationale plan (KOMBIT): Udrulningsplan</text>",
    ] {
        assert!(html.contains(lane), "{lane}");
    }
    assert!(html.contains(">daterede aktiviteter</text>"), "the span's row");
    assert!(html.contains("Go live, skoler (Go-live): 3. juni 2019"), "the example's go-live");
}

#[test]
fn a_shifted_plan_shows_its_new_revision_with_that_revision_s_date() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::copy("plans/esbjerg-2020.toml", dir.path().join("esbjerg-2020.toml")).expect("copy");
    let plan = dir.path().join("esbjerg-2020.toml");
    let mut shift = common::aula_plan();
    shift.arg("shift").arg(&plan).args(["--months", "1", "--write", "--yes", "--revision-date", "2020-05-04"]);
    assert!(shift.output().expect("runs").status.success());
    let (_, doc) = json(dir.path(), &["."]);
    let row = row(&doc, "./esbjerg-2020.toml");
    assert_eq!(row["revision"], "2.2");
    assert_eq!(row["date"], "2020-05-04", "the date of version 2.2, not the plan's first date: {row}");
}
