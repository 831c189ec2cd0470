//! A plan whose names try to act on what they are written into (tests/fixtures/hostile/): run
//! through every exporter and renderer, and each output read as its consumer reads it. A CSV
//! cell never starts a formula; Markdown, read by a real Markdown parser, holds no element from
//! a name; the SVG and the pages (the chart's, the report's) parse as XML; the calendar has no bare CR and no line over 75
//! octets; the terminal sees no control character.

use std::io::BufReader;

mod common;

use common::{aula_plan, stdout_of};

const HOSTILE: &str = "tests/fixtures/hostile/plan.toml";

fn run(args: &[&str]) -> String {
    let out = aula_plan().env("SOURCE_DATE_EPOCH", "1700000000").args(args).output().expect("runs");
    assert!(out.status.code().is_some_and(|c| c < 2), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("UTF-8") + &String::from_utf8_lossy(&out.stderr)
}

/// No control character but line feed and tab (and CR before LF, where a format ends lines so).
fn assert_no_controls(what: &str, text: &str) {
    let text = text.replace("\r\n", "\n");
    let bad: Vec<char> = text.chars().filter(|c| c.is_control() && !matches!(c, '\n' | '\t')).collect();
    assert!(bad.is_empty(), "{what}: control characters {bad:?} in\n{text}");
}

#[test]
fn no_csv_cell_starts_a_formula() {
    let outputs = [
        run(&["export", HOSTILE, "--to", "csv"]),
        run(&["export", HOSTILE, "--to", "csv-excel"]),
        run(&["show", "org", HOSTILE, "--format", "csv-excel"]),
        run(&["show", "roles", HOSTILE, "--format", "csv"]),
        run(&["show", "training", HOSTILE, "--format", "csv"]),
        run(&["status", HOSTILE, "--format", "csv", "--today", "2019-02-10"]),
        run(&["overview", HOSTILE, "--format", "csv"]),
    ];
    let mut cells = 0;
    for (i, text) in outputs.iter().enumerate() {
        assert_no_controls(&format!("csv {i}"), text);
        let delimiter = if text.starts_with('\u{feff}') { b';' } else { b',' };
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(delimiter)
            .has_headers(false)
            .flexible(true)
            .from_reader(text.trim_start_matches('\u{feff}').as_bytes());
        for record in reader.records() {
            for cell in &record.expect("a CSV record") {
                cells += 1;
                let number = cell.trim_start_matches(['-', '+']).replace(',', ".").parse::<f64>().is_ok();
                // Excel's way to keep `2.2` text: a constant of digits and separators, no more.
                let kept_as_text = cell
                    .strip_prefix("=\"")
                    .and_then(|c| c.strip_suffix('"'))
                    .is_some_and(|c| c.bytes().all(|b| b.is_ascii_digit() || b"./-".contains(&b)));
                assert!(
                    !cell.starts_with(['=', '+', '-', '@', '\t', '\r']) || number || kept_as_text,
                    "csv {i}: {cell:?}"
                );
            }
        }
    }
    assert!(outputs[0].contains("'=HYPERLINK") && outputs[0].contains("'+cmd") && outputs[0].contains("'-2+3"));
    assert!(cells > 100, "{cells} cells read");
}

#[test]
fn markdown_holds_no_element_from_a_name() {
    use pulldown_cmark::{Event, Parser, Tag};
    let dir = tempfile::tempdir().expect("a folder");
    let outputs = [
        run(&["export", HOSTILE, "--to", "markdown"]),
        run(&["show", "org", HOSTILE, "--format", "markdown"]),
        run(&["show", "timeline", HOSTILE, "--format", "markdown"]),
        run(&["overview", HOSTILE, "--format", "markdown"]),
        run(&["diff", "tests/fixtures/export/plan.toml", HOSTILE, "--format", "markdown"]),
        run(&["report", HOSTILE, "--format", "markdown", "--today", "2019-02-10"]),
    ];
    drop(dir);
    for (i, text) in outputs.iter().enumerate() {
        assert_no_controls(&format!("markdown {i}"), text);
        for event in Parser::new_ext(text, pulldown_cmark::Options::ENABLE_TABLES) {
            match &event {
                Event::Html(h) | Event::InlineHtml(h) => assert_eq!(h.as_ref(), "<br>", "markdown {i}:\n{text}"),
                Event::Start(
                    Tag::Link { .. } | Tag::Image { .. } | Tag::Emphasis | Tag::Strong | Tag::BlockQuote(_),
                ) => {
                    panic!("markdown {i}: {event:?} from a name in\n{text}")
                }
                _ => {}
            }
        }
    }
    assert!(outputs[0].contains("&lt;script&gt;") && outputs[0].contains("&lt;img"), "{}", outputs[0]);
}

#[test]
fn the_chart_and_the_page_parse_as_xml() {
    for format in ["svg", "html"] {
        let text = stdout_of(aula_plan().args(["gantt", HOSTILE, "--format", format, "--today", "2019-02-10"]));
        assert_no_controls(format, &text);
        let xml = text.trim_start_matches("<!DOCTYPE html>\n");
        let doc = roxmltree::Document::parse(xml).unwrap_or_else(|e| panic!("{format}: {e}\n{text}"));
        assert!(!doc.descendants().any(|n| n.has_tag_name("script") || n.has_tag_name("img")), "{format}");
    }
    // The steering group's report, and status as a page.
    for args in [&["report", HOSTILE, "--today", "2019-02-10"][..], &["status", HOSTILE, "--format", "html"]] {
        let text = stdout_of(aula_plan().args(args));
        assert_no_controls("report", &text);
        let doc = roxmltree::Document::parse(text.trim_start_matches("<!DOCTYPE html>\n"))
            .unwrap_or_else(|e| panic!("{args:?}: {e}\n{text}"));
        assert!(!doc.descendants().any(|n| n.has_tag_name("script") || n.has_tag_name("img")), "{args:?}");
    }
}

#[test]
fn the_calendar_has_no_bare_cr_and_no_long_line() {
    let ics = run(&["export", HOSTILE, "--to", "ics"]);
    assert_eq!(ics.split("\r\n").filter(|l| *l == "END:VCALENDAR").count(), 1, "{ics}");
    for line in ics.trim_end_matches("\r\n").split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
        assert_no_controls("ics line", line);
    }
    let mut parser = ical::IcalParser::new(BufReader::new(ics.as_bytes()));
    let cal = parser.next().expect("one calendar").expect("parses");
    assert_eq!(cal.events.len(), 2);
    assert!(parser.next().is_none(), "one calendar, nothing after it");
}

#[test]
fn a_long_name_of_semicolons_is_folded_after_it_is_escaped() {
    let dir = tempfile::tempdir().expect("a folder");
    let plan = dir.path().join("plan.toml");
    let text = std::fs::read_to_string(HOSTILE).expect("fixture");
    let long = ";,".repeat(70);
    std::fs::write(&plan, text.replace("title = \"=HYPERLINK", &format!("title = \"{long}=HYPERLINK"))).unwrap();
    let ics = run(&["export", plan.to_str().unwrap(), "--to", "ics"]);
    for line in ics.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line}", line.len());
    }
}

#[test]
fn the_terminal_sees_no_control_character() {
    for args in [
        &["show", "org", HOSTILE][..],
        &["show", "roles", HOSTILE],
        &["show", "people", HOSTILE],
        &["show", "training", HOSTILE],
        &["show", "timeline", HOSTILE],
        &["show", "support", HOSTILE],
        &["status", HOSTILE, "--today", "2019-02-10"],
        &["overview", HOSTILE],
        &["validate", HOSTILE, "--format", "concise"],
        &["validate", HOSTILE],
        &["diff", "tests/fixtures/export/plan.toml", HOSTILE],
    ] {
        let text = run(&[args, &["--color", "never"]].concat());
        assert_no_controls(&args.join(" "), &text);
        if args[1] == "people" {
            assert!(text.contains('\u{241b}'), "{args:?} shows ESC as ␛:\n{text}");
        }
    }
}
