//! The chart in a page of its own: no script, no fonts or styles fetched, so it opens from a
//! mail or a USB stick as well as from the intranet. Below the chart, the activities as a
//! table, for screen readers and for copying.

use quick_xml::Writer;
use quick_xml::events::{BytesStart, BytesText, Event};

use super::Chart;
use crate::view::View;

const STYLE: &str = "
body { font-family: Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif; margin: 1.5rem; color: #222; }
.chart { overflow-x: auto; border: 1px solid #ddd; }
.chart svg { display: block; }
table { border-collapse: collapse; margin-top: 0.5rem; font-size: 0.9rem; }
th, td { border: 1px solid #ccc; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
td.number { text-align: right; }
td.day { white-space: nowrap; }
table.many { width: 100%; font-size: 0.8rem; }
table.many td:first-child { overflow-wrap: anywhere; }
.wide { max-width: 100%; overflow-x: auto; }
.wide svg { max-width: 100%; height: auto; }
th { background: #f2f2f2; }
footer { margin-top: 1rem; color: #666; font-size: 0.8rem; }
@media print { body { margin: 0; } .chart { overflow: visible; border: none; } .chart svg { max-width: 100%; height: auto; } }
";

/// A whole HTML page: the chart, then `activities` as a table, then where it came from.
#[must_use]
pub fn page(chart: &Chart, activities: &View, source: &str) -> String {
    document(chart.lang, &chart.title, source, |w| {
        chart_div(w, chart, "chart")?;
        w.create_element("h2").write_text_content(BytesText::new(&activities.title))?;
        table(w, activities, "")?;
        notes(w, activities)
    })
}

/// Many plans on one page (`aula-plan overview`): `overview` as a table, then `chart`, a lane
/// per plan on one time axis ([`super::overview::layout`]).
#[must_use]
pub fn overview(overview: &View, chart: &Chart, source: &str) -> String {
    document(overview.lang, &overview.title, source, |w| {
        w.create_element("h1").write_text_content(BytesText::new(&overview.title))?;
        table(w, overview, "many")?;
        notes(w, overview)?;
        chart_div(w, chart, "chart wide")
    })
}

/// The chart's SVG in a `div` of `class`: `chart` scrolls sideways, a `wide` one is scaled to
/// the page.
fn chart_div(w: &mut Writer<Vec<u8>>, chart: &Chart, class: &str) -> std::io::Result<()> {
    w.create_element("div").with_attribute(("class", class)).write_inner_content(|w| {
        let svg = super::svg::element(chart);
        w.get_mut().extend_from_slice(svg.trim_end().as_bytes());
        Ok(())
    })?;
    Ok(())
}

fn notes(w: &mut Writer<Vec<u8>>, r: &View) -> std::io::Result<()> {
    for note in &r.notes {
        w.create_element("p").write_text_content(BytesText::new(note))?;
    }
    Ok(())
}

/// A page in `lang` titled `title`: its head, `main` written by `body`, and a footer naming
/// `source`.
fn document(
    lang: crate::i18n::Lang,
    title: &str,
    source: &str,
    body: impl FnOnce(&mut Writer<Vec<u8>>) -> std::io::Result<()>,
) -> String {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 1);
    // Writing into memory cannot fail.
    let _ = write_document(&mut w, lang, title, source, body);
    let page = String::from_utf8(w.into_inner()).unwrap_or_default();
    // No control character from a name reaches the page (see `svg::Svg::finish`).
    let page = crate::escape::visible_keeping(&page, super::svg::XML_SPACE);
    format!("<!DOCTYPE html>\n{page}\n")
}

fn write_document(
    w: &mut Writer<Vec<u8>>,
    lang: crate::i18n::Lang,
    title: &str,
    source: &str,
    body: impl FnOnce(&mut Writer<Vec<u8>>) -> std::io::Result<()>,
) -> std::io::Result<()> {
    w.create_element("html").with_attribute(("lang", lang.code())).write_inner_content(|w| {
        w.create_element("head").write_inner_content(|w| {
            w.create_element("meta").with_attribute(("charset", "utf-8")).write_empty()?;
            w.create_element("meta")
                .with_attributes([("name", "viewport"), ("content", "width=device-width, initial-scale=1")])
                .write_empty()?;
            let generator = format!("aula-plan {}", env!("CARGO_PKG_VERSION"));
            w.create_element("meta")
                .with_attributes([("name", "generator"), ("content", generator.as_str())])
                .write_empty()?;
            w.create_element("title").write_text_content(BytesText::new(title))?;
            w.create_element("style").write_text_content(BytesText::from_escaped(STYLE))?;
            Ok(())
        })?;
        w.create_element("body").write_inner_content(|w| {
            w.create_element("main").write_inner_content(body)?;
            let made = lang.text_with(
                "gantt-made-by",
                &[("version", env!("CARGO_PKG_VERSION").into()), ("source", source.into())],
            );
            w.create_element("footer").write_text_content(BytesText::new(&made))?;
            Ok(())
        })?;
        Ok(())
    })?;
    Ok(())
}

/// A report as an HTML table of `class` (`many`: as wide as the page, its text wrapped to fit).
fn table(w: &mut Writer<Vec<u8>>, r: &View, class: &str) -> std::io::Result<()> {
    let table = w.create_element("table");
    let table = if class.is_empty() { table } else { table.with_attribute(("class", class)) };
    table.write_inner_content(|w| {
        w.create_element("thead").write_inner_content(|w| {
            w.create_element("tr").write_inner_content(|w| {
                for header in r.headers() {
                    w.create_element("th")
                        .with_attribute(("scope", "col"))
                        .write_text_content(BytesText::new(&header))?;
                }
                Ok(())
            })?;
            Ok(())
        })?;
        w.write_event(Event::Start(BytesStart::new("tbody")))?;
        for row in &r.rows {
            w.create_element("tr").write_inner_content(|w| {
                for i in r.visible() {
                    let td = w.create_element("td");
                    let td = if row.cells.get(i).is_some_and(serde_json::Value::is_number) {
                        td.with_attribute(("class", "number"))
                    } else if matches!(r.columns[i].shown, crate::view::Shown::Dates) {
                        td.with_attribute(("class", "day"))
                    } else {
                        td
                    };
                    td.write_text_content(BytesText::new(&r.cell(row, i)))?;
                }
                Ok(())
            })?;
        }
        w.write_event(Event::End(BytesStart::new("tbody").to_end()))?;
        Ok(())
    })?;
    Ok(())
}
