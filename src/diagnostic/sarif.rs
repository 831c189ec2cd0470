//! Findings as SARIF 2.1.0, the format code scanning reads (GitHub's among others): one run of
//! `aula-plan` with every rule described and a result per finding, columns counted in
//! characters as everywhere else in the tool.

use serde_json::{Value, json};

use super::{CheckedPlan, Severity};
use crate::registry::{self, Level};

/// The whole run as one SARIF log.
#[must_use]
pub fn render(reports: &[CheckedPlan]) -> String {
    let descriptors: Vec<Value> = registry::ALL
        .iter()
        .map(|r| {
            let level = match r.level {
                Level::Deny => "error",
                Level::Warn => "warning",
                Level::Allow => "none",
            };
            json!({
                "id": r.name,
                "shortDescription": { "text": r.summary },
                "help": { "text": r.explanation, "markdown": r.explanation },
                "defaultConfiguration": { "level": level },
            })
        })
        .collect();
    let mut results = Vec::new();
    for report in reports {
        for f in &report.findings {
            let (start, end) = (report.line_col(f.span.start), report.line_col(f.span.end));
            let mut message = f.message.clone();
            if let Some(help) = &f.help {
                message.push_str("\nhelp: ");
                message.push_str(help);
            }
            let related: Vec<Value> = f
                .related
                .iter()
                .enumerate()
                .map(|(i, (span, text))| {
                    let at = report.line_col(span.start);
                    json!({
                        "id": i,
                        "message": { "text": text },
                        "physicalLocation": {
                            "artifactLocation": { "uri": report.path },
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
                        "artifactLocation": { "uri": report.path },
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
    let log = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "aula-plan",
                "version": env!("CARGO_PKG_VERSION"),
                "rules": descriptors,
            }},
            "columnKind": "unicodeCodePoints",
            "results": results,
        }],
    });
    // A value built from strings and numbers always serialises.
    serde_json::to_string_pretty(&log).unwrap_or_default()
}
