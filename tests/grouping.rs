//! A plan's own ways of grouping what it does, through the command line: its kinds of task and
//! parts in the tables and the chart, `--category` and `--part` as filters, a village scheme's
//! go-live, and two national plans followed at once.

mod common;

use std::fmt::Write as _;

use common::{aula_plan, stdout_of};
use compact_str::CompactString;

const GROUPED: &str = "tests/fixtures/dates/grouped.toml";
const SYDDJURS: &str = "plans/syddjurs-2019.toml";

fn in_danish(args: &[&str]) -> String {
    stdout_of(aula_plan().env("AULA_PLAN_LANG", "da").env("COLUMNS", "200").args(args))
}

fn json(args: &[&str]) -> serde_json::Value {
    serde_json::from_str(&stdout_of(aula_plan().args(args))).expect("JSON")
}

fn ids(view: &serde_json::Value) -> Vec<String> {
    view["rows"].as_array().expect("rows").iter().map(|r| r["id"].as_str().expect("id").to_owned()).collect()
}

#[test]
fn the_timeline_names_each_activity_s_part_and_kind_of_task() {
    let table = in_danish(&["show", "timeline", GROUPED]);
    for words in ["del", "opgavetype", "Forberedelse af processen", "Teknik/Opsætning", "Kommunikation"] {
        assert!(table.contains(words), "{words}: {table}");
    }
    let doc = json(&["show", "timeline", GROUPED, "--format", "json"]);
    let strategy = doc["rows"].as_array().unwrap().iter().find(|r| r["id"] == "strategy").unwrap();
    assert_eq!(
        (strategy["part"].as_str(), strategy["category"].as_str()),
        (Some("forberedelse"), Some("kommunikation"))
    );
    // A plan without parts or kinds of task of its own has no such columns.
    let esbjerg = json(&["show", "timeline", "plans/esbjerg-2020.toml", "--format", "json"]);
    assert!(esbjerg["rows"][0].get("category").is_none() && esbjerg["rows"][0].get("part").is_none());
}

#[test]
fn category_and_part_select_what_the_views_show() {
    let only = |extra: &[&str]| {
        let mut args = vec!["show", "timeline", GROUPED, "--format", "json"];
        args.extend(extra);
        ids(&json(&args))
    };
    assert_eq!(only(&["--category", "teknik"]), ["cleanup", "setup"]);
    assert_eq!(only(&["--part", "udrulning"]), ["setup", "go-live"]);
    assert_eq!(only(&["--part", "udrulning", "--category", "teknik"]), ["setup"]);
    assert_eq!(only(&["--category", "teknik", "--category", "kommunikation"]), ["strategy", "cleanup", "setup"]);
    let status = json(&["status", GROUPED, "--today", "2019-01-01", "--part", "forberedelse", "--format", "json"]);
    assert_eq!(ids(&status), ["strategy", "cleanup"]);
    // A kind of task the plan does not have: said, with the closest one.
    let out = aula_plan().args(["show", "timeline", GROUPED, "--category", "tekniik"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).expect("UTF-8");
    assert!(err.contains("no category has id `tekniik`") && err.contains("teknik"), "{err}");
}

#[test]
fn the_chart_colours_each_kind_of_task_names_it_in_the_legend_and_heads_each_part() {
    let svg = stdout_of(aula_plan().args(["gantt", GROUPED, "--today", "2019-01-01"]));
    let doc = roxmltree::Document::parse(&svg).expect("well-formed SVG");
    let bar_fill = |id: &str| {
        let g = doc.descendants().find(|n| n.attribute("data-id") == Some(id)).expect(id);
        g.descendants().find(|n| n.has_tag_name("rect")).and_then(|r| r.attribute("fill")).map(str::to_owned)
    };
    assert_eq!(bar_fill("strategy").as_deref(), Some("#7b3294"), "Kommunikation's colour");
    assert_eq!(bar_fill("cleanup").as_deref(), Some("#008837"), "Teknik/Opsætning's colour");
    let legend: String = doc
        .descendants()
        .find(|n| n.attribute("class") == Some("legend"))
        .expect("legend")
        .descendants()
        .filter(roxmltree::Node::is_text)
        .filter_map(|n| n.text())
        .collect();
    assert!(legend.contains("Kommunikation") && legend.contains("Teknik/Opsætning"), "{legend}");
    let parts: Vec<String> = doc
        .descendants()
        .filter(|n| n.attribute("class") == Some("part"))
        .map(|g| {
            g.descendants()
                .filter(roxmltree::Node::is_text)
                .filter_map(|n| n.text())
                .collect::<String>()
                .trim()
                .to_owned()
        })
        .collect();
    assert_eq!(parts, ["Forberedelse af processen", "Udrulning"]);
    // Autumn 2018 is vague: drawn pale over the days it may run, with nothing surely running.
    let strategy = doc.descendants().find(|n| n.attribute("data-id") == Some("strategy")).unwrap();
    assert!(strategy.descendants().any(|n| n.has_tag_name("rect") && n.attribute("fill-opacity") == Some("0.35")));
    assert!(legend.contains("Vague date"), "{legend}");
}

#[test]
fn a_village_scheme_s_day_care_goes_live_with_its_school() {
    let doc = json(&["show", "org", SYDDJURS, "--format", "json"]);
    let go_live = |id: &str| {
        let row = doc["rows"].as_array().unwrap().iter().find(|r| r["id"] == id).unwrap_or_else(|| panic!("{id}"));
        row["go_live"].as_object().map(|m| m.keys().cloned().collect::<Vec<_>>()).unwrap_or_default()
    };
    assert_eq!(go_live("rosmus-skole"), ["schools"]);
    assert_eq!(go_live("landsbyordning-rosmus"), ["schools"], "day-care under Rosmus Skole, with the schools");
    assert_eq!(go_live("ovrige-dagtilbud"), ["daycare"]);
}

#[test]
fn a_plan_follows_the_schools_national_plan_and_its_region_s_day_care_wave() {
    let out = aula_plan().args(["validate", SYDDJURS, "--format", "json"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "warnings only: gaps of the source");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let rules: Vec<&str> = doc["findings"].as_array().unwrap().iter().filter_map(|f| f["rule"].as_str()).collect();
    assert!(!rules.contains(&"other-region"), "{rules:?}");
    assert!(rules.contains(&"two-readings"), "the go-live the two pages give two ways");
    // The same plan waiting for another region's wave is told so.
    let dir = tempfile::tempdir().expect("tempdir");
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for f in ["kombit-2016.toml", "kombit-dagtilbud-2020.toml"] {
        std::fs::copy(root.join("plans").join(f), dir.path().join(f)).expect("copy");
    }
    let text = std::fs::read_to_string(root.join(SYDDJURS)).expect("plan");
    let wrong = text.replace("\"dagtilbud:wave-3-staff-access\"", "\"dagtilbud:wave-1-staff-access\"");
    assert_ne!(wrong, text);
    std::fs::write(dir.path().join("syddjurs.toml"), wrong).expect("write");
    let out = aula_plan().current_dir(dir.path()).args(["validate", "--format", "concise", "syddjurs.toml"]).output();
    let text = String::from_utf8(out.expect("runs").stdout).expect("UTF-8");
    assert!(
        text.contains("warning[other-region] `daycare-go-live` waits for `dagtilbud:wave-1-staff-access`, which is for Region Nordjylland, but the plan is in Region Midtjylland"),
        "{text}"
    );
}

/// Every row of the three tables of Syddjurs's implementation plan page — part, time as
/// written, task and kind of task, as the source (`shared/seeds`, section 1) gives them — is in
/// the shipped plan, the time read back in Danish as the page writes it.
#[test]
fn every_row_of_syddjurs_s_tables_is_in_its_plan_with_its_time_as_written() {
    use aula_plan::i18n::Lang;
    const ROWS: [(&str, &str, &str, &str); 23] = [
        ("Forberedelse af processen", "forår 2018", "Allokering af ressourcer på skolerne", "Budget/ressourcer"),
        (
            "Forberedelse af processen",
            "efterår 2018",
            "Afklaring af ledelsesforankring og værdiskabelse med implementering af Aula",
            "Organisatorisk",
        ),
        (
            "Forberedelse af processen",
            "efterår 2018",
            "Udarbejd strategi og proces for information og kommunikation om Aula",
            "Kommunikation",
        ),
        ("Forberedelse af processen", "efterår 2018", "Afklar administrativ metode for vikardækning", "Administration"),
        (
            "Forberedelse af processen",
            "efterår 2018",
            "Overordnet planlægning og allokering af ressourcer til uddannelse af superbruger og pædagogisk personale",
            "Uddannelse",
        ),
        (
            "Forberedelse af processen",
            "efterår 2018",
            "Udarbejd uddannelsesplan for pædagogisk personale",
            "Uddannelse",
        ),
        ("Forberedelse af processen", "efterår 2018", "Udarbejdelse af lokal migreringsplan", "Dataoprydning"),
        (
            "Forberedelse af processen",
            "efterår 2018",
            "Afklar behov for tilgang til og organisering af skolens egen support",
            "Organisatorisk",
        ),
        ("Klargøring til udrulning", "efterår 2018", "Organisering af superbrugernetværk", "Organisatorisk"),
        ("Klargøring til udrulning", "efterår 2018", "Kvalitetssikring af UNI-Login", "Teknik/Opsætning"),
        (
            "Klargøring til udrulning",
            "efterår 2018",
            "Kvalitetssikre, at brugernes UNI-Login-profil er tilknyttet de relevante grupper",
            "Teknik/Opsætning",
        ),
        ("Klargøring til udrulning", "efterår 2018", "Tilpasning af generisk informationsmateriale", "Kommunikation"),
        ("Klargøring til udrulning", "efterår 2018", "Oprydning af data i SkoleIntra", "Teknik/Opsætning"),
        ("Klargøring til udrulning", "forår 2019", "Afklaring af hjemmesideindhold", "Teknik/Opsætning"),
        ("Udrulning", "forår 2019", "Plan for opfølgning på målopfyldelse og fremdrift for Aula", "Planlægning"),
        ("Udrulning", "forår 2019", "Uddannelsesforløb for skolens personale", "Uddannelse"),
        ("Udrulning", "forår 2019", "Uddannelsesforløb for slutbrugere", "Uddannelse"),
        ("Udrulning", "forår 2019", "Udfør decentral opsætning af Aula", "Teknik/Opsætning"),
        ("Udrulning", "maj–juni 2019", "Kommunerne drifter Aula", "Teknik/Opsætning"),
        ("Udrulning", "juni 2019 – før sommerferie 2019", "Overflytning af data", "Teknik/Opsætning"),
        ("Udrulning", "juli 2019", "Organisering af overflyttede data i Aula", "Teknik/Opsætning"),
        ("Udrulning", "august 2019", "AULA går i luften for Syddjurs Kommune", ""),
        ("Udrulning", "efterår 2019", "Opfølgning på brug af Aula", "Evaluering/Tilretning"),
    ];
    let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SYDDJURS)).expect("plan");
    let plan = aula_plan::load::load(&text).plan.expect("loads");
    let name_of = |id: Option<&aula_plan::span::Spanned<CompactString>>, names: &[(String, String)]| {
        id.and_then(|id| names.iter().find(|(i, _)| *i == id.value)).map_or("", |(_, n)| n.as_str()).to_owned()
    };
    let parts: Vec<(String, String)> = plan
        .parts
        .iter()
        .map(|p| (p.id.value.to_string(), p.name.as_ref().map(|n| n.value.to_string()).unwrap_or_default()))
        .collect();
    let kinds: Vec<(String, String)> = plan
        .categories
        .iter()
        .map(|c| (c.id.value.to_string(), c.name.as_ref().map(|n| n.value.to_string()).unwrap_or_default()))
        .collect();
    let rows: Vec<(String, String, String, String)> = plan
        .activities()
        .filter(|a| a.part.is_some())
        .map(|a| {
            let dates: Vec<String> = a
                .timing
                .map(aula_plan::plan::Timing::values)
                .unwrap_or_default()
                .iter()
                .map(|d| d.words(Lang::Da))
                .collect();
            let name = a.name.map(|n| n.value.to_string()).unwrap_or_default();
            (name_of(a.part, &parts), dates.join(" – "), name, name_of(a.category, &kinds))
        })
        .collect();
    let want: Vec<(String, String, String, String)> =
        ROWS.iter().map(|(p, t, n, k)| ((*p).to_owned(), (*t).to_owned(), (*n).to_owned(), (*k).to_owned())).collect();
    assert_eq!(rows, want);
}

#[test]
fn each_unit_s_track_is_its_own_its_kind_s_or_its_nearest_parent_s_and_a_loop_has_none() {
    let mut text = String::from("format = 1\n[plan]\ntitle = \"Spor\"\nroot = \"kommune\"\n");
    let mut unit = |id: &str, more: &str| {
        let _ = writeln!(text, "[[unit]]\nid = \"{id}\"\nname = \"{id}\"\n{more}");
    };
    unit("kommune", "kind = \"department\"");
    unit("skole", "kind = \"school\"\nparent = \"kommune\"");
    unit("landsby", "kind = \"area\"\nparent = \"skole\"");
    unit("egen", "kind = \"area\"\nparent = \"skole\"\ntrack = \"daycare\"");
    unit("under-egen", "kind = \"area\"\nparent = \"egen\"");
    unit("dagpleje", "kind = \"childminding\"\nparent = \"kommune\"");
    unit("a", "kind = \"area\"\nparent = \"b\"");
    unit("b", "kind = \"area\"\nparent = \"a\"");
    unit("under-loop", "kind = \"area\"\nparent = \"a\"");
    // A chain deeper than any walk would care to repeat per unit, under the school.
    for i in 0..2000 {
        unit(
            &format!("led-{i}"),
            &format!(
                "kind = \"area\"\nparent = \"{}\"",
                if i == 0 { "landsby".to_owned() } else { format!("led-{}", i - 1) }
            ),
        );
    }
    let plan = aula_plan::load::load(&text).plan.expect("loads");
    let tracks = plan.tracks_of_units();
    let track = |id: &str| tracks[plan.unit_index(id).unwrap_or_else(|| panic!("{id}"))];
    assert_eq!(track("kommune"), None);
    assert_eq!(track("skole"), Some("schools"));
    assert_eq!(track("landsby"), Some("schools"), "its parent's");
    assert_eq!(track("egen"), Some("daycare"), "its own before its parent's");
    assert_eq!(track("under-egen"), Some("daycare"));
    assert_eq!(track("dagpleje"), Some("daycare"), "its kind's");
    assert_eq!([track("a"), track("b"), track("under-loop")], [None, None, None]);
    assert_eq!(track("led-1999"), Some("schools"));
}
