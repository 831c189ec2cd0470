//! A diff for people (tables at the terminal, or Markdown for a pull request or the intranet)
//! and for machines (JSON).

use std::fmt::Write as _;

use comfy_table::Table;

use super::{Change, Delta, FieldChange, FieldValue, FindingChange, Kind, PlanDiff};
use crate::i18n::{Arg, Lang, Text};

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
        table.add_rows(Words { lang, names: &d.names, cell: terminal_cell }.rows(changes));
        crate::table::keep_words_whole(&mut table);
        let _ = write!(out, "\n{bold}{}{bold:#}\n{table}\n", kind.title().in_lang(lang));
    }
    if !d.new_findings.is_empty() || !d.fixed_findings.is_empty() {
        let [rule, at, message] = columns(FINDING_COLUMNS, lang);
        let mut table = crate::table::new(["", &rule, &at, &message]);
        add_finding_rows(&mut table, d, terminal_cell, lang);
        crate::table::keep_words_whole(&mut table);
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
        table.add_rows(Words { lang, names: &d.names, cell: crate::table::markdown_cell }.rows(changes));
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

/// The headers of a change's row, in the reader's language.
#[must_use]
pub fn headers(lang: Lang) -> [String; 6] {
    columns(CHANGE_COLUMNS, lang)
}

/// The changes as plain rows, for a page that makes its own tables (and escapes them): for each
/// kind of entity its title, and a row per field (name, change, field, was, now, difference),
/// the name and the change on an entity's first row only.
#[must_use]
pub fn rows(d: &PlanDiff, lang: Lang) -> Vec<(String, Vec<[String; 6]>)> {
    let words = Words { lang, names: &d.names, cell: str::to_owned };
    by_kind(&d.changes)
        .into_iter()
        .map(|(kind, changes)| (kind.title().in_lang(lang).into_owned(), words.rows(changes)))
        .collect()
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

/// How a person's table puts a change in words: names for ids, dates and words in the reader's
/// language, each cell made safe for the format by `cell`.
struct Words<'a> {
    lang: Lang,
    names: &'a std::collections::HashMap<String, String>,
    cell: fn(&str) -> String,
}

impl Words<'_> {
    /// What a person calls an id: its name, else the id.
    fn name<'a>(&'a self, id: &'a str) -> &'a str {
        self.names.get(id).map_or(id, String::as_str)
    }

    /// A field's name: the catalogue's word for a key of the format (`slut` for `end`), and
    /// the name of the role a `seats.ROLE` is for.
    fn field(&self, field: &str) -> String {
        match field.split_once('.') {
            Some(("seats", role)) => format!("{} ({})", self.lang.text("col-seats"), self.name(role)),
            _ => self.lang.text_with("diff-field", &[("field", field.into())]),
        }
    }

    /// A value as a person reads it.
    fn value(&self, v: &FieldValue) -> String {
        let lang = self.lang;
        match v {
            FieldValue::Date(d) => lang.date(d),
            FieldValue::Ref(id) => self.name(id).to_owned(),
            FieldValue::Refs(ids) => ids.iter().map(|id| self.name(id)).collect::<Vec<_>>().join(", "),
            FieldValue::Flag(yes) => lang.text(if *yes { "cell-yes" } else { "cell-no" }),
            FieldValue::Shift(s) => {
                let mut parts: Vec<String> =
                    s.steps.iter().map(|&(n, unit)| amount(n, unit).in_lang(lang).into_owned()).collect();
                if let Some(from) = s.from.clone() {
                    parts.push(Text::id("diff-shift-from").arg("date", Arg::Date(from)).in_lang(lang).into_owned());
                }
                if !s.tracks.is_empty() {
                    let tracks: Vec<String> =
                        s.tracks.iter().map(|t| crate::i18n::track(t).in_lang(lang).into_owned()).collect();
                    parts.push(Text::id("diff-shift-tracks").arg("tracks", tracks.join(", ")).in_lang(lang).into());
                }
                if !s.only.is_empty() {
                    let only: Vec<&str> = s.only.iter().map(|id| self.name(id)).collect();
                    parts.push(Text::id("diff-shift-only").arg("ids", only.join(", ")).in_lang(lang).into());
                }
                parts.join(", ")
            }
            FieldValue::Text(_) | FieldValue::Number(_) | FieldValue::Texts(_) => v.to_string(),
        }
    }

    /// The difference as a person says it: "4 måneder frem", "+2", "+Jacob, -Annette".
    fn delta(&self, d: &Delta) -> String {
        match d {
            Delta::Signed { n, unit } if !unit.is_empty() => step(*n, unit).in_lang(self.lang).into_owned(),
            Delta::List { gained, lost } => super::list_words(gained, lost, |id| self.name(id)),
            other => other.text().in_lang(self.lang).into_owned(),
        }
    }

    /// A row for each field of each change; the name and the change on an entity's first row.
    fn rows(&self, changes: &[Change]) -> Vec<[String; 6]> {
        let mut rows = Vec::new();
        for c in changes {
            if c.fields.is_empty() {
                rows.push(self.row(c, None, true));
            }
            for (i, f) in c.fields.iter().enumerate() {
                rows.push(self.row(c, Some(f), i == 0));
            }
        }
        rows
    }

    fn row(&self, c: &Change, f: Option<&FieldChange>, first: bool) -> [String; 6] {
        let cell = self.cell;
        let what = match &c.what {
            super::What::Renamed { from } => Text::id("diff-renamed").arg("from", self.name(from)),
            other => other.text(),
        };
        let (id, what) = if first {
            (cell(self.name(&c.id)), cell(&what.in_lang(self.lang)))
        } else {
            (String::new(), String::new())
        };
        let Some(f) = f else { return [id, what, String::new(), String::new(), String::new(), String::new()] };
        let value = |v: &Option<FieldValue>| match (f.field.as_str(), v) {
            // An activity's state in the reader's words; none written is planned.
            ("status", Some(FieldValue::Text(word))) => cell(&self.lang.text(state_id(word))),
            ("status", None) => cell(&self.lang.text("state-planned")),
            _ => v.as_ref().map(|v| cell(&self.value(v))).unwrap_or_default(),
        };
        let delta = f.delta.as_ref().map(|d| cell(&self.delta(d))).unwrap_or_default();
        [id, what, cell(&self.field(&f.field)), value(&f.values.0), value(&f.values.1), delta]
    }
}

/// The catalogue's word for an activity's `status` as written.
fn state_id(word: &str) -> &'static str {
    match word {
        "done" => "state-done",
        "cancelled" => "state-cancelled",
        _ => "state-planned",
    }
}

/// "4 måneder frem", "2 weeks earlier".
fn step(n: i64, unit: &'static str) -> Text {
    let units = crate::i18n::step_units(unit, i64::try_from(n.unsigned_abs()).unwrap_or(i64::MAX));
    Text::id(if n < 0 { "diff-earlier" } else { "diff-later" }).arg("units", units)
}

/// A recorded shift's amount in words: "4 months later", "3–5 months later".
fn amount(a: crate::plan::Amount, unit: &'static str) -> Text {
    if a.least == a.most {
        return step(a.least, unit);
    }
    let units = crate::i18n::amount_units(unit, a);
    Text::id(if a.most < 0 { "diff-earlier" } else { "diff-later" }).arg("units", units)
}

fn add_finding_rows(table: &mut Table, d: &PlanDiff, cell: fn(&str) -> String, lang: Lang) {
    let row = |table: &mut Table, id: &'static str, f: &FindingChange| {
        table.add_row([
            cell(&lang.text_with(id, &[("severity", f.severity.into())])),
            cell(f.rule),
            cell(&format!("{}:{}:{}", f.file, f.line, f.column)),
            // The ids it names as a person calls them, as the report says them.
            cell(&crate::view::named(&f.message.in_lang(lang), &d.names)),
        ]);
    };
    for f in &d.new_findings {
        row(table, "diff-new", f);
    }
    for f in &d.fixed_findings {
        row(table, "diff-fixed", f);
    }
}
