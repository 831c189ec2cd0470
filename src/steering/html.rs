//! The report as one page of HTML, made for the screen and for paper: A4 landscape when
//! printed, a page break before the chart, table headers repeated on every page, nothing wider
//! than the page at 1 280 pixels.

use quick_xml::Writer;
use quick_xml::events::BytesText;

use super::{Briefing, COUNTED};
use crate::html::{cells, document, table, titled};
use crate::view::View;

const STYLE: &str = "
body { font-family: Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif; margin: 1.5rem auto; max-width: 1240px; padding: 0 1rem; color: #222; font-size: 0.95rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; }
h2 { font-size: 1.2rem; margin: 1.4rem 0 0.4rem; break-after: avoid; }
.subtitle { color: #555; margin-top: 0; }
.delay { border-left: 4px solid #d7191c; padding: 0.3rem 0.6rem; color: #8a1010; background: #fdf0f0; }
table { border-collapse: collapse; margin-top: 0.4rem; font-size: 0.85rem; width: 100%; }
th, td { border: 1px solid #ccc; padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
td.number { text-align: right; }
td.day { white-space: nowrap; }
td.behind { color: #8a1010; font-weight: bold; }
.chart svg { display: block; max-width: 100%; height: auto; }
ul.errors { padding-left: 1.2rem; }
footer { margin-top: 1rem; color: #666; font-size: 0.8rem; }
@page { size: A4 landscape; margin: 10mm; }
@media print {
  body { margin: 0; max-width: none; padding: 0; font-size: 9pt; }
  table { font-size: 8pt; }
  thead { display: table-header-group; }
  tr { break-inside: avoid; }
  section.chart { break-before: page; }
  .chart svg { max-height: 160mm; width: auto; max-width: 100%; }
  footer { margin-top: 0.3rem; }
}
";

/// The whole report.
#[must_use]
pub fn page(b: &Briefing, source: &str) -> String {
    document(b.lang, &b.title, STYLE, source, |w| {
        header(w, b)?;
        summary(w, b)?;
        section(w, &b.coming, "coming")?;
        if !b.recorded.rows.is_empty() {
            section(w, &b.recorded, "recorded")?;
        }
        section(w, &b.seats, "seats")?;
        findings(w, b)?;
        changes(w, b)?;
        w.create_element("section").with_attribute(("class", "chart")).write_inner_content(|w| {
            w.create_element("h2").write_text_content(BytesText::new(&b.lang.text("steering-chart")))?;
            w.create_element("div").with_attribute(("class", "chart")).write_inner_content(|w| {
                let svg = crate::gantt::svg::element(&b.chart);
                w.get_mut().extend_from_slice(svg.trim_end().as_bytes());
                Ok(())
            })?;
            Ok(())
        })?;
        Ok(())
    })
}

/// The status part alone (`status --format html`): the header, a line per track, and every
/// activity's state.
#[must_use]
pub fn status(b: &Briefing, source: &str) -> String {
    document(b.lang, &b.title, STYLE, source, |w| {
        header(w, b)?;
        summary(w, b)?;
        section(w, &b.status, "status")
    })
}

fn header(w: &mut Writer<Vec<u8>>, b: &Briefing) -> std::io::Result<()> {
    w.create_element("h1").write_text_content(BytesText::new(&b.title))?;
    w.create_element("p").with_attribute(("class", "subtitle")).write_text_content(BytesText::new(&b.subtitle))?;
    if let Some(delay) = &b.delay {
        w.create_element("p").with_attribute(("class", "delay")).write_text_content(BytesText::new(delay))?;
    }
    Ok(())
}

/// A line per track: its go-live, the counts, the verdict.
fn summary(w: &mut Writer<Vec<u8>>, b: &Briefing) -> std::io::Result<()> {
    let lang = b.lang;
    let mut headers = vec![lang.text("col-track"), lang.text("col-go-live")];
    headers.extend(COUNTED.iter().map(|s| lang.text(s.message())));
    headers.push(lang.text("steering-col-verdict"));
    let rows: Vec<Vec<(String, &str)>> = b
        .tracks
        .iter()
        .map(|t| {
            let mut row = vec![(t.name.clone(), ""), (t.go_live.clone(), "day")];
            row.extend(COUNTED.iter().zip(t.counts).map(|(state, n)| {
                let behind = *state == crate::view::status::State::Overdue && n > 0;
                (n.to_string(), if behind { "number behind" } else { "number" })
            }));
            row.push((t.verdict.clone(), ""));
            row
        })
        .collect();
    w.create_element("section").with_attribute(("class", "summary")).write_inner_content(|w| {
        w.create_element("h2").write_text_content(BytesText::new(&lang.text("steering-summary")))?;
        cells(w, &headers, &rows, "")
    })?;
    Ok(())
}

/// A view under its title, or the words for nothing.
fn section(w: &mut Writer<Vec<u8>>, v: &View, class: &str) -> std::io::Result<()> {
    w.create_element("section").with_attribute(("class", class)).write_inner_content(|w| titled(w, v, "h2"))?;
    Ok(())
}

fn findings(w: &mut Writer<Vec<u8>>, b: &Briefing) -> std::io::Result<()> {
    w.create_element("section").with_attribute(("class", "findings")).write_inner_content(|w| {
        w.create_element("h2").write_text_content(BytesText::new(&b.findings.title))?;
        if b.findings.rows.is_empty() {
            w.create_element("p").write_text_content(BytesText::new(&b.lang.text("md-clean")))?;
            return Ok(());
        }
        table(w, &b.findings, "")?;
        if !b.errors.is_empty() {
            w.create_element("h3").write_text_content(BytesText::new(&b.lang.text("steering-errors")))?;
            w.create_element("ul").with_attribute(("class", "errors")).write_inner_content(|w| {
                for e in &b.errors {
                    w.create_element("li").write_text_content(BytesText::new(e))?;
                }
                Ok(())
            })?;
        }
        Ok(())
    })?;
    Ok(())
}

fn changes(w: &mut Writer<Vec<u8>>, b: &Briefing) -> std::io::Result<()> {
    let Some(c) = &b.changes else { return Ok(()) };
    w.create_element("section").with_attribute(("class", "changes")).write_inner_content(|w| {
        w.create_element("h2").write_text_content(BytesText::new(&c.since))?;
        for (kind, rows) in &c.kinds {
            w.create_element("h3").write_text_content(BytesText::new(kind))?;
            let rows: Vec<Vec<(String, &str)>> =
                rows.iter().map(|row| row.iter().map(|x| (x.clone(), "")).collect()).collect();
            cells(w, &c.headers, &rows, "")?;
        }
        w.create_element("p").write_text_content(BytesText::new(&c.summary))?;
        Ok(())
    })?;
    Ok(())
}
