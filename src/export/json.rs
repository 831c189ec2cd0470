//! The whole plan as one JSON document: the file's own keys and values (`plan`, `unit`,
//! `role`, `person`, `training`, `phase`, `revision`, `estimate`, `calendar`, `lints`), `null`
//! for what the file leaves out, then the plan's `findings` and their `summary` as
//! `aula-plan validate --format json` gives them.

use serde_json::{Map, Value};

use crate::diagnostic::CheckedPlan;
use crate::plan::Plan;

/// The plan and its findings as a JSON value.
#[must_use]
pub fn document(plan: &Plan, findings: &CheckedPlan) -> Value {
    let mut doc = Map::new();
    doc.insert("format".into(), 1.into());
    // The model serialises as plain maps, lists, strings and numbers: this cannot fail.
    if let Ok(Value::Object(fields)) = serde_json::to_value(plan) {
        doc.extend(fields);
    }
    if let Value::Object(found) =
        crate::diagnostic::json::document(std::slice::from_ref(findings), &[], crate::i18n::Lang::En)
    {
        doc.extend(found);
    }
    Value::Object(doc)
}

/// The document, pretty-printed.
#[must_use]
pub fn render(plan: &Plan, findings: &CheckedPlan) -> String {
    serde_json::to_string_pretty(&document(plan, findings)).unwrap_or_default() + "\n"
}
