//! Findings as SARIF 2.1.0, the format code scanning reads (GitHub's among others): one run of
//! `aula-plan` with every rule described and a result per finding, columns counted in
//! characters as everywhere else in the tool. A plan that could not be read is a notification
//! of the run's invocation, which then records that it did not succeed; the log is a whole
//! document even when nothing could be read.
//!
//! Artifact URIs are relative to a base folder (the working folder, or `--base DIR`) where the
//! file is under it, an absolute `file://` URI where it is not, and percent-encoded either way:
//! `plan #1.toml` is `plan%20%231.toml`, not a fragment.

use std::fmt::Write as _;
use std::path::{Component, Path, PathBuf};

use serde_json::{Value, json};

use super::{CheckedPlan, Severity, Unreadable};
use crate::i18n::Lang;
use crate::registry::{self, Level};

/// The URI code scanning maps to a file: relative to `base` where the path lies under it,
/// else absolute (`file:///…`), percent-encoded; standard input as `%3Cstdin%3E`.
#[must_use]
pub fn uri(path: &str, base: &Path) -> String {
    if path == "<stdin>" {
        return encode(path);
    }
    let here = std::env::current_dir().unwrap_or_default();
    let absolute = normal(&here.join(path));
    match absolute.strip_prefix(normal(&here.join(base))) {
        Ok(rest) => encode(&rest.to_string_lossy()),
        Err(_) => format!("file://{}", encode(&absolute.to_string_lossy())),
    }
}

/// A path without `.` and `..` parts, as far as they can be resolved without the disk.
fn normal(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Percent-encodes all but the unreserved characters and `/` (RFC 3986).
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// The whole run as one SARIF log: the findings of the plans read, and a notification for each
/// that could not be; URIs relative to `base`.
#[must_use]
pub fn render(reports: &[CheckedPlan], unreadable: &[Unreadable], base: &Path, lang: Lang) -> String {
    let descriptors: Vec<Value> = registry::ALL
        .iter()
        .map(|r| {
            let level = match r.level {
                Level::Deny => "error",
                Level::Warn => "warning",
                Level::Allow => "none",
            };
            // In the reader's language, as the results are: code scanning shows them together.
            let explanation = if lang == Lang::Da { r.explanation_da } else { r.explanation };
            json!({
                "id": r.name,
                "shortDescription": { "text": lang.text(r.message) },
                "help": { "text": explanation, "markdown": explanation },
                "defaultConfiguration": { "level": level },
            })
        })
        .collect();
    let mut results = Vec::new();
    for report in reports {
        for f in &report.findings {
            let (start, end) = (report.line_col(f.span.start()), report.line_col(f.span.end()));
            let message = super::with_help(f, lang);
            let related: Vec<Value> = f
                .related
                .iter()
                .enumerate()
                .map(|(i, (span, text))| {
                    let at = report.line_col(span.start());
                    json!({
                        "id": i,
                        "message": { "text": text.in_lang(lang) },
                        "physicalLocation": {
                            "artifactLocation": { "uri": uri(&report.path, base) },
                            "region": { "startLine": at.line, "startColumn": at.column },
                        },
                    })
                })
                .collect();
            let mut result = json!({
                "ruleId": f.rule.name,
                "ruleIndex": registry::ALL.iter().position(|r| *r == f.rule),
                "level": match f.severity { Severity::Error => "error", Severity::Warning => "warning" },
                "message": { "text": message },
                "locations": [{
                    "physicalLocation": {
                        "artifactLocation": { "uri": uri(&report.path, base) },
                        "region": {
                            "startLine": start.line,
                            "startColumn": start.column,
                            "endLine": end.line,
                            "endColumn": end.column,
                        },
                    },
                }],
            });
            if !related.is_empty() {
                result["relatedLocations"] = Value::Array(related);
            }
            results.push(result);
        }
    }
    let notes: Vec<Value> = unreadable
        .iter()
        .map(|u| {
            json!({
                "level": "error",
                "message": { "text": u.message },
                "locations": [{ "physicalLocation": { "artifactLocation": { "uri": uri(&u.path, base) } } }],
            })
        })
        .collect();
    let invocation = json!({ "executionSuccessful": unreadable.is_empty(), "toolExecutionNotifications": notes });
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            // The language of the messages; rule ids and levels are the same in every one.
            "language": lang.code(),
            "tool": { "driver": {
                "name": "aula-plan",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": descriptors,
            }},
            "columnKind": "unicodeCodePoints",
            "invocations": [invocation],
            "results": results,
        }],
    });
    // A value built from strings and numbers always serialises.
    serde_json::to_string_pretty(&log).unwrap_or_default()
}
