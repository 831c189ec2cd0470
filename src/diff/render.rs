//! A diff for people (tables at the terminal, or Markdown for a pull request or the intranet)
//! and for machines (JSON).

use std::fmt::Write as _;

use comfy_table::Table;

use super::{Change, FindingChange, Kind, PlanDiff};
use crate::i18n::{Lang, Text};

/// The columns of a kind's table, and of the findings' table.
const CHANGE_COLUMNS: [&str; 6] = [
    "diff-column-id",
    "diff-column-change",
    "diff-column-field",
    "diff-column-was",
    "diff-column-now",
    "diff-column-difference",
];
const FINDING_COLUMNS: [&str; 3] = ["diff-column-rule", "diff-column-where", "diff-column-message"];

fn columns<const N: usize>(ids: [&str; N], lang: Lang) -> [String; N] {
    ids.map(|id| lang.text(id))
}

/// A table for each kind of entity that changed, then the findings, then a summary line.
#[must_use]
pub fn tables(d: &PlanDiff, lang: Lang) -> String {
    let bold = anstyle::Style::new().bold();
    let mut out = format!("{bold}{} → {}{bold:#}\n", d.old, d.new);
    let change_columns = columns(CHANGE_COLUMNS, lang);
    for (kind, changes) in by_kind(&d.changes) {
        let mut table = crate::table::new(change_columns.each_ref().map(String::as_str));
        add_rows(&mut table, changes, terminal_cell, lang);
        let _ = write!(out, "\n{bold}{}{bold:#}\n{table}\n", kind.title().in_lang(lang));
    }
    if !d.new_findings.is_empty() || !d.fixed_findings.is_empty() {
        let [rule, at, message] = columns(FINDING_COLUMNS, lang);
        let mut table = crate::table::new(["", &rule, &at, &message]);
        add_finding_rows(&mut table, d, terminal_cell, lang);
        let _ = write!(out, "\n{bold}{}{bold:#}\n{table}\n", lang.text("diff-findings"));
    }
    let _ = write!(out, "\n{bold}{}{bold:#}\n", d.summary().in_lang(lang));
    out
}

/// The same as Markdown: a heading and a table for each kind.
#[must_use]
pub fn markdown(d: &PlanDiff, lang: Lang) -> String {
    let heading = Text::id("diff-heading").arg("old", &d.old).arg("new", &d.new);
    let mut out = format!("### {}\n", heading.in_lang(lang));
    let change_columns = columns(CHANGE_COLUMNS, lang);
    for (kind, changes) in by_kind(&d.changes) {
        let mut table = crate::table::markdown(change_columns.each_ref().map(String::as_str));
        add_rows(&mut table, changes, crate::table::markdown_cell, lang);
        let _ = write!(out, "\n#### {}\n\n{table}\n", kind.title().in_lang(lang));
    }
    if !d.new_findings.is_empty() || !d.fixed_findings.is_empty() {
        let [rule, at, message] = columns(FINDING_COLUMNS, lang);
        let mut table = crate::table::markdown(["", &rule, &at, &message]);
        add_finding_rows(&mut table, d, crate::table::markdown_cell, lang);
        let _ = write!(out, "\n#### {}\n\n{table}\n", lang.text("diff-findings"));
    }
    let _ = write!(out, "\n{}\n", d.summary().in_lang(lang));
    out
}

/// One JSON document: the changes, the findings new and fixed, and a summary.
#[must_use]
pub fn json(d: &PlanDiff, lang: Lang) -> String {
    let mut doc = serde_json::json!({
        "old": d.old,
        "new": d.new,
        "changes": d.changes,
        "new_findings": d.new_findings,
        "fixed_findings": d.fixed_findings,
        "summary": {
            "differs": d.differs(),
            "changes": d.changes.len(),
            "new_findings": d.new_findings.len(),
            "new_errors": d.new_errors(),
            "fixed_findings": d.fixed_findings.len(),
        },
    });
    // The findings' messages in the reader's language (ids, rules and severities stay).
    for (key, list) in [("new_findings", &d.new_findings), ("fixed_findings", &d.fixed_findings)] {
        if let Some(items) = doc[key].as_array_mut() {
            for (item, f) in items.iter_mut().zip(list) {
                item["message"] = f.message.in_lang(lang).into_owned().into();
            }
        }
    }
    // A value built from strings and numbers always serialises.
    serde_json::to_string_pretty(&doc).unwrap_or_default()
}

fn by_kind(changes: &[Change]) -> Vec<(Kind, &[Change])> {
    let mut out = Vec::new();
    let mut rest = changes;
    while let Some(first) = rest.first() {
        let n = rest.iter().take_while(|c| c.kind == first.kind).count();
        out.push((first.kind, &rest[..n]));
        rest = &rest[n..];
    }
    out
}

/// A row for each field; the id and the change only on an entity's first row.
/// A cell at the terminal: its control characters shown, not acted on.
fn terminal_cell(text: &str) -> String {
    crate::escape::visible(text).into_owned()
}

fn add_rows(table: &mut Table, changes: &[Change], cell: fn(&str) -> String, lang: Lang) {
    for c in changes {
        let what = c.what.text().in_lang(lang).into_owned();
        if c.fields.is_empty() {
            table.add_row([cell(&c.id), cell(&what), String::new(), String::new(), String::new(), String::new()]);
        }
        for (i, f) in c.fields.iter().enumerate() {
            let (id, what) = if i == 0 { (cell(&c.id), cell(&what)) } else { (String::new(), String::new()) };
            let opt = |v: &Option<String>| v.as_deref().map(cell).unwrap_or_default();
            let delta = f.delta.as_ref().map(|d| cell(&d.text().in_lang(lang))).unwrap_or_default();
            table.add_row([id, what, cell(&f.field), opt(&f.old), opt(&f.new), delta]);
        }
    }
}

fn add_finding_rows(table: &mut Table, d: &PlanDiff, cell: fn(&str) -> String, lang: Lang) {
    let row = |table: &mut Table, id: &'static str, f: &FindingChange| {
        table.add_row([
            cell(&lang.text_with(id, &[("severity", f.severity.into())])),
            cell(f.rule),
            cell(&format!("{}:{}:{}", f.file, f.line, f.column)),
            cell(&f.message.in_lang(lang)),
        ]);
    };
    for f in &d.new_findings {
        row(table, "diff-new", f);
    }
    for f in &d.fixed_findings {
        row(table, "diff-fixed", f);
    }
}
