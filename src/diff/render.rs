//! A diff for people (tables at the terminal, or Markdown for a pull request or the intranet)
//! and for machines (JSON).

use std::fmt::Write as _;

use comfy_table::Table;

use super::{Change, FindingChange, Kind, PlanDiff};

/// A table for each kind of entity that changed, then the findings, then a summary line.
#[must_use]
pub fn tables(d: &PlanDiff) -> String {
    let bold = anstyle::Style::new().bold();
    let mut out = format!("{bold}{} → {}{bold:#}\n", d.old, d.new);
    for (kind, changes) in by_kind(&d.changes) {
        let mut table = crate::table::new(["id", "change", "field", "was", "now", "difference"]);
        add_rows(&mut table, changes, str::to_owned);
        let _ = write!(out, "\n{bold}{}{bold:#}\n{table}\n", kind.title());
    }
    if !d.new_findings.is_empty() || !d.fixed_findings.is_empty() {
        let mut table = crate::table::new(["", "rule", "where", "message"]);
        add_finding_rows(&mut table, d, str::to_owned);
        let _ = write!(out, "\n{bold}Findings{bold:#}\n{table}\n");
    }
    let _ = write!(out, "\n{bold}{}{bold:#}\n", d.summary());
    out
}

/// The same as Markdown: a heading and a table for each kind.
#[must_use]
pub fn markdown(d: &PlanDiff) -> String {
    let mut out = format!("### Changes from `{}` to `{}`\n", d.old, d.new);
    for (kind, changes) in by_kind(&d.changes) {
        let mut table = crate::table::markdown(["id", "change", "field", "was", "now", "difference"]);
        add_rows(&mut table, changes, crate::table::markdown_cell);
        let _ = write!(out, "\n#### {}\n\n{table}\n", kind.title());
    }
    if !d.new_findings.is_empty() || !d.fixed_findings.is_empty() {
        let mut table = crate::table::markdown(["", "rule", "where", "message"]);
        add_finding_rows(&mut table, d, crate::table::markdown_cell);
        let _ = write!(out, "\n#### Findings\n\n{table}\n");
    }
    let _ = write!(out, "\n{}\n", d.summary());
    out
}

/// One JSON document: the changes, the findings new and fixed, and a summary.
#[must_use]
pub fn json(d: &PlanDiff) -> String {
    let doc = serde_json::json!({
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
fn add_rows(table: &mut Table, changes: &[Change], cell: fn(&str) -> String) {
    for c in changes {
        let what = c.what.word();
        if c.fields.is_empty() {
            table.add_row([cell(&c.id), cell(&what), String::new(), String::new(), String::new(), String::new()]);
        }
        for (i, f) in c.fields.iter().enumerate() {
            let (id, what) = if i == 0 { (cell(&c.id), cell(&what)) } else { (String::new(), String::new()) };
            let opt = |v: &Option<String>| v.as_deref().map(cell).unwrap_or_default();
            table.add_row([id, what, cell(&f.field), opt(&f.old), opt(&f.new), opt(&f.delta)]);
        }
    }
}

fn add_finding_rows(table: &mut Table, d: &PlanDiff, cell: fn(&str) -> String) {
    let row = |table: &mut Table, what: &str, f: &FindingChange| {
        table.add_row([
            cell(&format!("{what} {}", f.severity)),
            cell(f.rule),
            cell(&format!("{}:{}:{}", f.file, f.line, f.column)),
            cell(&f.message),
        ]);
    };
    for f in &d.new_findings {
        row(table, "new", f);
    }
    for f in &d.fixed_findings {
        row(table, "fixed", f);
    }
}
