//! Findings for machines: one JSON document, as plan-format.md describes it.

use std::borrow::Cow;

use serde::Serialize;

use super::{CheckedPlan, Summary, Unreadable};
use crate::i18n::Lang;

#[derive(Serialize)]
struct Document<'a> {
    findings: Vec<Item<'a>>,
    /// Plans that could not be read, each with its path and why.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    unreadable: Vec<Missing<'a>>,
    summary: Totals,
}

#[derive(Serialize)]
struct Missing<'a> {
    file: &'a str,
    message: &'a str,
}

#[derive(Serialize)]
struct Item<'a> {
    file: &'a str,
    rule: &'static str,
    severity: &'static str,
    message: Cow<'a, str>,
    line: usize,
    column: usize,
    end_line: usize,
    end_column: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    label: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    help: Option<Cow<'a, str>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    related: Vec<Related<'a>>,
}

#[derive(Serialize)]
struct Related<'a> {
    line: usize,
    column: usize,
    message: Cow<'a, str>,
}

#[derive(Serialize)]
struct Totals {
    /// Every plan named, read or not.
    files: usize,
    #[serde(skip_serializing_if = "is_zero")]
    unreadable: usize,
    errors: usize,
    warnings: usize,
}

#[allow(clippy::trivially_copy_pass_by_ref, reason = "serde's skip_serializing_if passes a reference")]
const fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// The whole run as one pretty-printed JSON document, the plans that could not be read
/// included.
#[must_use]
pub fn render(reports: &[CheckedPlan], unreadable: &[Unreadable], lang: Lang) -> String {
    // A value built from strings and numbers always serialises.
    serde_json::to_string_pretty(&document(reports, unreadable, lang)).unwrap_or_default()
}

/// The whole run as a JSON value: `findings`, `unreadable` (when a plan could not be read) and
/// `summary`.
#[must_use]
pub fn document(reports: &[CheckedPlan], unreadable: &[Unreadable], lang: Lang) -> serde_json::Value {
    let findings = reports
        .iter()
        .flat_map(|r| {
            r.findings.iter().map(move |f| {
                let (start, end) = (r.line_col(f.span.start()), r.line_col(f.span.end()));
                Item {
                    file: &r.path,
                    rule: f.rule.name,
                    severity: f.severity.as_str(),
                    message: f.message.in_lang(lang),
                    line: start.line,
                    column: start.column,
                    end_line: end.line,
                    end_column: end.column,
                    label: f.label.as_ref().map(|t| t.in_lang(lang)),
                    help: f.help.as_ref().map(|t| t.in_lang(lang)),
                    related: f
                        .related
                        .iter()
                        .map(|(s, m)| {
                            let at = r.line_col(s.start());
                            Related { line: at.line, column: at.column, message: m.in_lang(lang) }
                        })
                        .collect(),
                }
            })
        })
        .collect();
    let s = Summary::of(reports);
    let missing = unreadable.iter().map(|u| Missing { file: &u.path, message: &u.message }).collect();
    let summary = Totals {
        files: s.files + unreadable.len(),
        unreadable: unreadable.len(),
        errors: s.errors,
        warnings: s.warnings,
    };
    let doc = Document { findings, unreadable: missing, summary };
    // Serialising plain structs of strings and numbers cannot fail.
    serde_json::to_value(&doc).unwrap_or_default()
}
