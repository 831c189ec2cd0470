//! HTML pages, the one way the tool writes them: a page in the reader's language that needs
//! no network, script or font (it opens from a mail or a USB stick), its style sheet given by
//! the page, a footer naming what it was made from, and a view as a table. Every text is
//! escaped by the XML writer; no control character from a name reaches the page.

use quick_xml::Writer;
use quick_xml::events::{BytesStart, BytesText, Event};

use crate::view::View;

const STYLE: &str = "
body { font-family: Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif; margin: 1.5rem; color: #222; }
table { border-collapse: collapse; margin-top: 0.5rem; font-size: 0.9rem; max-width: 100%; }
th, td { border: 1px solid #ccc; padding: 0.2rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #f2f2f2; }
td.number { text-align: right; }
td.day { white-space: nowrap; }
footer { margin-top: 1rem; color: #666; font-size: 0.8rem; }
thead { display: table-header-group; }
";

/// A view as a page of its own (`--format html`): its title, its table, its notes.
#[must_use]
pub fn view_page(v: &View, source: &str) -> String {
    document(v.lang, &v.title, STYLE, source, |w| titled(w, v, "h1"))
}

/// A view under its title in a heading `h` (`h1`, `h2`): its table, or the words for nothing,
/// then its notes.
///
/// # Errors
/// When the writer fails (writing into memory does not).
pub fn titled(w: &mut Writer<Vec<u8>>, v: &View, h: &str) -> std::io::Result<()> {
    w.create_element(h).write_text_content(BytesText::new(&v.title))?;
    if v.rows.is_empty() {
        w.create_element("p").write_text_content(BytesText::new(&v.lang.text("report-nothing")))?;
    } else {
        table(w, v, "")?;
    }
    notes(w, v)
}

/// A view's notes, a paragraph each.
///
/// # Errors
/// When the writer fails (writing into memory does not).
pub fn notes(w: &mut Writer<Vec<u8>>, r: &View) -> std::io::Result<()> {
    for note in &r.notes {
        w.create_element("p").write_text_content(BytesText::new(note))?;
    }
    Ok(())
}

/// A page in `lang` titled `title`: its head, `main` written by `body`, and a footer naming
/// `source`.
pub fn document(
    lang: crate::i18n::Lang,
    title: &str,
    style: &str,
    source: &str,
    body: impl FnOnce(&mut Writer<Vec<u8>>) -> std::io::Result<()>,
) -> String {
    let mut w = Writer::new_with_indent(Vec::new(), b' ', 1);
    // Writing into memory cannot fail.
    let _ = write_document(&mut w, lang, title, style, source, body);
    let page = String::from_utf8(w.into_inner()).unwrap_or_default();
    // No control character from a name reaches the page (see `svg::Svg::finish`).
    let page = crate::escape::visible_keeping(&page, crate::escape::XML_SPACE);
    format!("<!DOCTYPE html>\n{page}\n")
}

fn write_document(
    w: &mut Writer<Vec<u8>>,
    lang: crate::i18n::Lang,
    title: &str,
    style: &str,
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
            w.create_element("style").write_text_content(BytesText::from_escaped(style))?;
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
///
/// # Errors
/// When the writer fails (writing into memory does not).
pub fn table(w: &mut Writer<Vec<u8>>, r: &View, class: &str) -> std::io::Result<()> {
    let rows: Vec<Vec<(String, &str)>> = r
        .rows
        .iter()
        .map(|row| {
            r.visible()
                .into_iter()
                .map(|i| {
                    let class = if row.cells.get(i).is_some_and(serde_json::Value::is_number) {
                        "number"
                    } else if matches!(r.columns[i].shown, crate::view::Shown::Dates) {
                        "day"
                    } else if r.columns[i].key == "file" {
                        "file"
                    } else {
                        ""
                    };
                    (r.cell(row, i), class)
                })
                .collect()
        })
        .collect();
    cells(w, &r.headers(), &rows, class)
}

/// A table of `class` under `headers`, its cells given as text with a class each (`number`,
/// `day`, `file`, or none).
///
/// # Errors
/// When the writer fails (writing into memory does not).
pub fn cells(
    w: &mut Writer<Vec<u8>>,
    headers: &[String],
    rows: &[Vec<(String, &str)>],
    class: &str,
) -> std::io::Result<()> {
    let table = w.create_element("table");
    let table = if class.is_empty() { table } else { table.with_attribute(("class", class)) };
    table.write_inner_content(|w| {
        w.create_element("thead").write_inner_content(|w| {
            w.create_element("tr").write_inner_content(|w| {
                for header in headers {
                    w.create_element("th")
                        .with_attribute(("scope", "col"))
                        .write_text_content(BytesText::new(header))?;
                }
                Ok(())
            })?;
            Ok(())
        })?;
        w.write_event(Event::Start(BytesStart::new("tbody")))?;
        for row in rows {
            w.create_element("tr").write_inner_content(|w| {
                for (text, class) in row {
                    let td = w.create_element("td");
                    let td = if class.is_empty() { td } else { td.with_attribute(("class", *class)) };
                    if *class == "file" {
                        // A file name is broken only after a folder's `/`: each part whole.
                        td.write_inner_content(|w| {
                            let parts: Vec<String> = text
                                .split_inclusive(['/', '\\'])
                                .map(|p| format!("<span>{}</span>", quick_xml::escape::escape(p)))
                                .collect();
                            w.get_mut().extend_from_slice(parts.join("<wbr>").as_bytes());
                            Ok(())
                        })?;
                    } else if text.contains('\n') {
                        // A cell of lines (each track's go-live): a line break between them.
                        td.write_inner_content(|w| {
                            for (i, line) in text.lines().enumerate() {
                                if i > 0 {
                                    w.create_element("br").write_empty()?;
                                }
                                w.write_event(Event::Text(BytesText::new(line)))?;
                            }
                            Ok(())
                        })?;
                    } else {
                        td.write_text_content(BytesText::new(text))?;
                    }
                }
                Ok(())
            })?;
        }
        w.write_event(Event::End(BytesStart::new("tbody").to_end()))?;
        Ok(())
    })?;
    Ok(())
}
