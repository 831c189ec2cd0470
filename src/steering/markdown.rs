//! The report as Markdown, for an intranet page or a pull request: the same sections as the
//! page, names escaped so that none becomes a link, emphasis or HTML. The chart is a picture:
//! `aula-plan gantt` draws it.

use std::fmt::Write as _;

use super::{Briefing, COUNTED};
use crate::escape::markdown as escaped;
use crate::table::{markdown as table, markdown_cell as cell};
use crate::view;

/// The report.
#[must_use]
pub fn render(b: &Briefing) -> String {
    let lang = b.lang;
    let mut out = format!("# {}\n\n{}\n\n", cell(&b.title), escaped(&b.subtitle));
    if let Some(delay) = &b.delay {
        let _ = writeln!(out, "{}\n", escaped(delay));
    }
    let mut headers = vec![lang.text("col-track"), lang.text("col-go-live")];
    headers.extend(COUNTED.iter().map(|s| lang.text(s.message())));
    headers.push(lang.text("steering-col-verdict"));
    let mut t = table::<String, 0>([]);
    t.set_header(headers);
    for track in &b.tracks {
        let mut row = vec![cell(&track.name), cell(&track.go_live)];
        row.extend(track.counts.iter().map(ToString::to_string));
        row.push(cell(&track.verdict));
        t.add_row(row);
    }
    let _ = writeln!(out, "## {}\n\n{t}\n", lang.text("steering-summary"));
    let recorded = (!b.recorded.rows.is_empty()).then_some(&b.recorded);
    for v in [Some(&b.coming), recorded, Some(&b.seats)].into_iter().flatten() {
        let _ = writeln!(out, "{}", view::markdown(v, 2));
    }
    if b.findings.rows.is_empty() {
        let _ = writeln!(out, "## {}\n\n{}\n", cell(&b.findings.title), lang.text("md-clean"));
    } else {
        let _ = writeln!(out, "{}", view::markdown(&b.findings, 2));
        if !b.errors.is_empty() {
            let _ = writeln!(out, "### {}\n", lang.text("steering-errors"));
            for e in &b.errors {
                let _ = writeln!(out, "- {}", escaped(e));
            }
            out.push('\n');
        }
    }
    if let Some(c) = &b.changes {
        let _ = writeln!(out, "## {}\n", cell(&c.since));
        for (kind, rows) in &c.kinds {
            let mut t = table(c.headers.clone());
            for row in rows {
                t.add_row(row.iter().map(|x| cell(x)));
            }
            let _ = writeln!(out, "### {}\n\n{t}\n", cell(kind));
        }
        let _ = writeln!(out, "{}\n", escaped(&c.summary));
    }
    // The catalogue's own words: the command in it is code, as Markdown shows it.
    let _ = writeln!(out, "{}", lang.text("steering-chart-elsewhere"));
    out
}
