//! `aula-plan gantt`: the SVG and the HTML page are checked for structure (well-formed, every
//! activity present, every dependency drawn, the red line where it should be), not for pixels.

mod common;

use std::collections::BTreeSet;
use std::fs;

use aula_plan::plan::Plan;
use common::{aula_plan, stdout_of};

const ESBJERG: &str = "plans/esbjerg-2020.toml";
const FIXTURE: &str = "tests/fixtures/export/plan.toml";

fn plan(path: &str) -> Plan {
    let text = fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
    aula_plan::load::load(&text).plan.expect("plan")
}

fn svg_of(path: &str, extra: &[&str]) -> String {
    stdout_of(aula_plan().args(["gantt", path]).args(extra))
}

/// The activity groups of a chart: data-id → (data-kind, the text of the name).
fn activities(doc: &roxmltree::Document<'_>) -> Vec<(String, String, String)> {
    doc.descendants()
        .filter(|n| n.attribute("class") == Some("activity"))
        .map(|g| {
            let name = g
                .children()
                .find(|c| c.attribute("class") == Some("name"))
                .map(|t| t.descendants().filter(roxmltree::Node::is_text).filter_map(|d| d.text()).collect::<String>())
                .unwrap_or_default();
            (g.attribute("data-id").unwrap().to_owned(), g.attribute("data-kind").unwrap().to_owned(), name)
        })
        .collect()
}

#[test]
fn the_esbjerg_chart_is_well_formed_and_has_every_activity_by_name() {
    let svg = svg_of(ESBJERG, &[]);
    let doc = roxmltree::Document::parse(&svg).expect("well-formed SVG");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(root.tag_name().namespace(), Some("http://www.w3.org/2000/svg"));
    let p = plan(ESBJERG);
    let drawn = activities(&doc);
    let ids: BTreeSet<&str> = drawn.iter().map(|(id, ..)| id.as_str()).collect();
    let expected: BTreeSet<&str> = p.activities().map(|a| a.id.value.as_str()).collect();
    assert_eq!(ids, expected);
    assert_eq!(drawn.len(), expected.len(), "each activity once");
    for a in p.activities() {
        let (_, _, name) = drawn.iter().find(|(id, ..)| *id == a.id.value).unwrap();
        let want = a.name.map_or(&a.id.value, |n| &n.value);
        assert!(name.starts_with(want.as_str()), "{}: {name:?}", a.id.value);
    }
    // Swimlanes for both tracks, and the legend's words for the kinds the plan uses.
    let texts: Vec<&str> = doc.descendants().filter(roxmltree::Node::is_element).filter_map(|n| n.text()).collect();
    for word in ["Schools", "Day-care", "Training", "Parents and pupils", "Go-live", "Not dated yet", "not dated"] {
        assert!(texts.contains(&word), "{word} missing");
    }
    // Esbjerg's version 2.1 records the national delay, but where its red line stood is lost with
    // the source's chart: no revision says from when, and the chart draws no red line of its own.
    assert!(!svg.contains("red-line"));
}

#[test]
fn every_dependency_between_two_activities_is_an_arrow() {
    let svg = svg_of(FIXTURE, &[]);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let drawn: BTreeSet<(String, String)> = doc
        .descendants()
        .filter(|n| n.has_tag_name("polyline"))
        .map(|n| (n.attribute("data-from").unwrap().to_owned(), n.attribute("data-to").unwrap().to_owned()))
        .collect();
    let p = plan(FIXTURE);
    let is_activity = |id: &str| p.activities().any(|a| a.id.value == id);
    let expected: BTreeSet<(String, String)> = p
        .activities()
        .flat_map(|a| a.after.iter().map(move |b| (b.value.to_string(), a.id.value.to_string())))
        .filter(|(from, _)| is_activity(from))
        .collect();
    assert!(!expected.is_empty());
    assert_eq!(drawn, expected);
}

#[test]
fn the_red_line_comes_from_the_latest_shift_or_the_option() {
    let svg = svg_of(FIXTURE, &[]);
    let doc = roxmltree::Document::parse(&svg).unwrap();
    let red = doc.descendants().find(|n| n.attribute("class") == Some("red-line")).expect("red line");
    let words: String = red
        .descendants()
        .filter(|n| n.is_text() && !n.text().unwrap_or("").trim().is_empty())
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join("|");
    assert_eq!(words, "red line 2019-03-01|moved by 2 weeks (revision 3)");

    let asked = svg_of(ESBJERG, &["--red-line", "2019-05-01"]);
    assert!(asked.contains(">red line 2019-05-01<"), "{asked}");
    let off = svg_of(FIXTURE, &["--no-red-line"]);
    assert!(!off.contains("red-line"));
}

#[test]
fn names_with_markup_characters_are_escaped_not_interpreted() {
    let svg = svg_of(FIXTURE, &[]);
    let doc = roxmltree::Document::parse(&svg).expect("well-formed despite <, & and quotes");
    let drawn = activities(&doc);
    let setup = drawn.iter().find(|(id, ..)| id == "setup").unwrap();
    assert_eq!(setup.2, "Opsætning af skolernes <grupper> & rettigheder");
    let title = doc.descendants().find(|n| n.has_tag_name("title")).unwrap();
    assert_eq!(title.text(), Some("Plan <Aula> & \"co\" — Ærø Kommune: timeline"));
}

#[test]
fn the_html_page_needs_no_network_and_lists_the_activities() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("chart.html");
    let said = stdout_of(aula_plan().args(["gantt", ESBJERG, "-o"]).arg(&out));
    assert_eq!(said, format!("Wrote {}: 31 activities, 18 not dated yet.\n", out.display()));
    let html = fs::read_to_string(&out).unwrap();
    let body = html.strip_prefix("<!DOCTYPE html>\n").expect("doctype");
    let doc = roxmltree::Document::parse(body).expect("the page is well-formed");
    let title = doc.descendants().find(|n| n.has_tag_name("title")).unwrap();
    assert_eq!(title.text(), Some("Implementeringsplan for Aula — Esbjerg Kommune"));
    assert!(doc.descendants().any(|n| n.tag_name().name() == "svg"));
    let rows = doc
        .descendants()
        .filter(|n| n.has_tag_name("tbody"))
        .flat_map(|b| b.children())
        .filter(|n| n.has_tag_name("tr"))
        .count();
    assert_eq!(rows, 31, "a table row per activity, those not dated yet too");
    // Nothing fetched: no script, no stylesheet or image by address, no address but the
    // SVG namespace.
    for tag in ["script", "link", "img", "iframe"] {
        assert!(!doc.descendants().any(|n| n.has_tag_name(tag)), "{tag}");
    }
    let addresses: Vec<&str> = html.match_indices("http").map(|(i, _)| &html[i..i + 26]).collect();
    assert!(addresses.iter().all(|a| a.starts_with("http://www.w3.org/2000/svg")), "{addresses:?}");
}

#[test]
fn the_format_follows_the_extension_and_unknown_ones_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let svg = dir.path().join("chart.svg");
    aula_plan().args(["gantt", FIXTURE, "-o"]).arg(&svg).assert().success();
    assert!(fs::read_to_string(&svg).unwrap().starts_with("<?xml"));

    let png = dir.path().join("chart.png");
    let out = aula_plan().args(["gantt", FIXTURE, "-o"]).arg(&png).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("cannot tell the format from `.png`"), "{err}");
    assert!(!png.exists());

    let forced = dir.path().join("chart.txt");
    aula_plan().args(["gantt", FIXTURE, "--format", "html", "-o"]).arg(&forced).assert().success();
    assert!(fs::read_to_string(&forced).unwrap().starts_with("<!DOCTYPE html>"));
}

#[test]
fn the_chart_never_replaces_the_plan_nor_writes_into_a_read_only_folder() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    fs::copy(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(FIXTURE), &plan).unwrap();
    let before = fs::read(&plan).unwrap();
    let out = aula_plan().args(["gantt", "--format", "svg"]).arg(&plan).arg("-o").arg(&plan).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is a plan this command reads"));
    assert_eq!(fs::read(&plan).unwrap(), before);

    let locked = dir.path().join("locked");
    fs::create_dir(&locked).unwrap();
    let mut perms = fs::metadata(&locked).unwrap().permissions();
    perms.set_readonly(true);
    fs::set_permissions(&locked, perms).unwrap();
    let out = aula_plan().args(["gantt"]).arg(&plan).arg("-o").arg(locked.join("c.svg")).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("read-only"), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(fs::read_dir(&locked).unwrap().count(), 0, "no temporary file left behind");
}

#[test]
fn a_plan_that_does_not_load_gets_its_errors_not_a_chart() {
    let out = aula_plan().args(["gantt", "-"]).write_stdin("format = 1\n[[phase]\n").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("error[parse-error]"), "{stdout}");
    assert!(!stdout.contains("<svg"));
}

#[test]
fn the_chart_marks_today_where_it_reaches_it() {
    let inside = svg_of(ESBJERG, &["--today", "2019-05-20"]);
    let doc = roxmltree::Document::parse(&inside).unwrap();
    let today = doc.descendants().find(|n| n.attribute("class") == Some("today")).expect("a today mark");
    assert!(today.descendants().any(|n| n.text() == Some("today 2019-05-20")));
    let outside = svg_of(ESBJERG, &["--today", "2026-12-01"]);
    assert!(!outside.contains("class=\"today\""), "beyond the axis: no mark");
}

#[test]
fn done_and_cancelled_activities_are_drawn_apart_from_planned_ones() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = dir.path().join("plan.toml");
    fs::copy(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/eksempelby-2019.toml"), &plan).unwrap();
    fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/kombit-2016.toml"),
        dir.path().join("kombit-2016.toml"),
    )
    .unwrap();
    let plan = plan.to_str().unwrap();
    aula_plan().args(["done", plan, "nc-admin", "--yes"]).assert().success();
    aula_plan().args(["cancel", plan, "nc-school-superusers", "--yes"]).assert().success();
    let svg = stdout_of(aula_plan().args(["--lang", "da", "gantt", plan]));
    let doc = roxmltree::Document::parse(&svg).expect("XML");
    let status = |id: &str| {
        doc.descendants()
            .find(|n| n.attribute("data-id") == Some(id))
            .and_then(|g| g.attribute("data-status"))
            .unwrap_or_else(|| panic!("{id}: {svg}"))
            .to_owned()
    };
    assert_eq!(status("nc-admin"), "done");
    assert_eq!(status("nc-school-superusers"), "cancelled");
    assert_eq!(status("school-staff-training"), "planned");
    let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
    for word in ["Gennemført", "Aflyst"] {
        assert!(texts.contains(&word), "the legend's {word}: {texts:?}");
    }
    // The cancelled one's name is struck through.
    let cancelled = doc.descendants().find(|n| n.attribute("data-id") == Some("nc-school-superusers")).unwrap();
    let name = cancelled.children().find(|c| c.attribute("class") == Some("name")).unwrap();
    assert_eq!(name.attribute("text-decoration"), Some("line-through"));
}

/// A legend wider than the chart goes on to a second line, and what lies below it moves down:
/// Syddjurs's nine kinds of task once ran past the chart's right edge.
#[test]
fn a_long_legend_wraps_inside_the_chart() {
    let svg = svg_of("plans/syddjurs-2019.toml", &[]);
    let doc = roxmltree::Document::parse(&svg).expect("well-formed SVG");
    let width: f64 = doc.root_element().attribute("width").unwrap().parse().unwrap();
    let legend = doc.descendants().find(|n| n.attribute("class") == Some("legend")).expect("a legend");
    let labels: Vec<(f64, f64, String)> = legend
        .descendants()
        .filter(|n| n.has_tag_name("text"))
        .map(|t| {
            let at = |k: &str| t.attribute(k).unwrap().parse::<f64>().unwrap();
            (at("x"), at("y"), t.text().unwrap_or_default().to_owned())
        })
        .collect();
    // An estimate of the width of each label, as the chart makes it: 7 units a character.
    for (x, _, text) in &labels {
        let chars: f64 = text.chars().map(|_| 1.0).sum();
        assert!(x + 7.0 * chars <= width, "{text} at {x} runs past {width}");
    }
    let lines: BTreeSet<String> = labels.iter().map(|(_, y, _)| y.to_string()).collect();
    assert!(lines.len() >= 2, "{labels:?}");
    assert!(labels.iter().any(|(.., t)| t == "Not dated yet"), "{labels:?}");
    // The axis, lanes and bars sit below the legend's last line.
    let below = doc.descendants().find(|n| n.attribute("transform").is_some_and(|t| t.starts_with("translate(0,")));
    assert!(below.is_some(), "what lies below the legend is moved down");
    // Its two national plans, both KOMBIT's, are told apart by their titles.
    for lane in ["The national plan (KOMBIT): Aula", "The national plan (KOMBIT): Udrulningsplan"] {
        assert!(svg.contains(&format!(">{lane}<")), "{lane}");
    }
}
