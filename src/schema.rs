//! `aula-plan schema`: a JSON Schema (draft 2020-12) of plan format 1, for editors that
//! complete keys and underline mistakes as you type (taplo and Even Better TOML read it from a
//! `#:schema` line or a `.taplo.toml`). Unknown keys are refused, as the loader refuses them.
//!
//! The keys of each table are the loader's own lists, so the two cannot drift apart; the
//! fixed words (`kind`, `split`, …) are the model's, and the rule names those of the registry.
//! Dates are strings in the schema: editors hand TOML dates to a schema as their text.

use serde_json::{Map, Value, json};

use crate::load;
use crate::plan::{Holidays, Keyword, Paid, PhaseKind, Scope, Split, UnitKind};
use crate::registry::{self, Level};

/// The schema's name (its `$id`).
pub const ID: &str = "urn:aula-plan:plan-format-1";

/// The schema as a JSON value.
#[must_use]
pub fn schema() -> Value {
    let rule_names: Vec<&str> = registry::ALL.iter().map(|r| r.name).collect();
    let lints = json!({
        "description": "The plan's own level for a rule: allow, warn or deny",
        "type": "object",
        "propertyNames": { "enum": rule_names },
        "additionalProperties": words::<Level>(),
    });
    json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": ID,
        "title": "Aula implementation plan, format 1",
        "description": "A Danish municipality's Aula implementation plan, as aula-plan reads it.",
        "type": "object",
        "required": ["format", "plan"],
        "additionalProperties": false,
        "properties": properties(load::TOP, &[
            ("format", json!({ "description": "The plan format: 1", "const": 1 })),
            ("plan", table(load::PLAN, &["title"], &[
                ("date", json!({ "$ref": "#/$defs/day" })),
                ("root", json!({ "$ref": "#/$defs/id", "description": "Where training and support start and end" })),
                ("goals", strings()),
                ("success_criteria", strings()),
            ], "The plan itself: title, municipality, revision")),
            ("unit", list(&table(load::UNIT, &["id"], &[
                ("id", json!({ "$ref": "#/$defs/id" })),
                ("parent", json!({ "$ref": "#/$defs/id" })),
                ("kind", words::<UnitKind>()),
                ("pupils", count()),
                ("leaders", count()),
                ("seats", json!({
                    "description": "Declared shares of split quotas: role id = seats",
                    "type": "object",
                    "propertyNames": { "$ref": "#/$defs/id" },
                    "additionalProperties": count(),
                })),
            ], "A node of the organisation tree"))),
            ("role", list(&table(load::ROLE, &["id"], &[
                ("id", json!({ "$ref": "#/$defs/id" })),
                ("unit", json!({ "$ref": "#/$defs/id" })),
                ("quota", count()),
                ("population", count()),
                ("split", words::<Split>()),
                ("support", json!({ "$ref": "#/$defs/id" })),
                ("tech_support", json!({ "$ref": "#/$defs/id" })),
                ("needs_training", json!({ "type": "boolean" })),
                ("responsibilities", strings()),
            ], "What people do, and how many are needed"))),
            ("person", list(&table(load::PERSON, &["id"], &[
                ("id", json!({ "$ref": "#/$defs/id" })),
                ("unit", json!({ "$ref": "#/$defs/id" })),
                ("roles", ids()),
                ("tentative", json!({ "type": "boolean" })),
            ], "A named person"))),
            ("training", list(&table(load::TRAINING, &["id"], &[
                ("id", json!({ "$ref": "#/$defs/id" })),
                ("trainer", ids()),
                ("trainees", ids()),
                ("seats", count()),
                ("duration", json!({ "type": "string", "pattern": "^[0-9]+(-[0-9]+)?[hd]$", "description": "\"2d\", \"7h\", \"3-6h\"" })),
                ("date", json!({ "$ref": "#/$defs/date" })),
                ("start", json!({ "$ref": "#/$defs/date" })),
                ("end", json!({ "$ref": "#/$defs/end" })),
                ("scope", words::<Scope>()),
                ("paid", words::<Paid>()),
                ("after", ids()),
                ("topics", strings()),
            ], "A course of the train-the-trainer cascade"))),
            ("phase", list(&table(load::PHASE, &["id"], &[
                ("id", json!({ "$ref": "#/$defs/id" })),
                ("kind", words::<PhaseKind>()),
                ("date", json!({ "$ref": "#/$defs/date" })),
                ("start", json!({ "$ref": "#/$defs/date" })),
                ("end", json!({ "$ref": "#/$defs/end" })),
                ("owner", json!({ "$ref": "#/$defs/id" })),
                ("after", ids()),
            ], "A step of the timeline"))),
            ("revision", list(&table(load::REVISION, &[], &[
                ("date", json!({ "$ref": "#/$defs/day" })),
                ("shift", table(load::SHIFT, &[], &[
                    ("months", json!({ "type": "integer" })),
                    ("weeks", json!({ "type": "integer" })),
                    ("days", json!({ "type": "integer" })),
                    ("from", json!({ "$ref": "#/$defs/date" })),
                    ("tracks", strings()),
                    ("only", ids()),
                    ("workdays", json!({ "type": "boolean" })),
                ], "The shift this revision recorded (written by aula-plan shift)")),
            ], "One entry of the plan's own history"))),
            ("estimate", table(load::ESTIMATE, &[], &[
                ("phases", strings()),
                ("row", list(&table(load::ESTIMATE_ROW, &[], &[
                    ("basis", count()),
                    ("hours", json!({ "type": "array", "items": count() })),
                    ("total", count()),
                ], "Hours per phase for one party and track"))),
            ], "KOMBIT's resource model")),
            ("calendar", table(load::CALENDAR, &[], &[
                ("holidays", words::<Holidays>()),
                ("closed", list(&table(load::CLOSED, &["start", "end"], &[
                    ("start", json!({ "$ref": "#/$defs/date" })),
                    ("end", json!({ "$ref": "#/$defs/date" })),
                ], "A period with no sessions"))),
            ], "Holidays and closed periods")),
            ("lints", lints),
        ]),
        "$defs": {
            "id": {
                "description": "An id: lowercase letters, digits and hyphens",
                "type": "string",
                "pattern": "^[a-z0-9][a-z0-9-]*$",
            },
            "day": {
                "description": "A day: 2019-01-28",
                "type": "string",
                "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            },
            "date": {
                "description": "A day (2019-01-28), an ISO week (\"2019-W41\"), a month (\"2019-10\") or \"tbd\"",
                "type": "string",
                "pattern": "^([0-9]{4}-([0-9]{2}(-[0-9]{2})?|W[0-9]{2})|tbd)$",
            },
            "end": {
                "description": "A date, or \"open\" for no end",
                "anyOf": [{ "$ref": "#/$defs/date" }, { "const": "open" }],
            },
        },
    })
}

/// The schema, pretty-printed.
#[must_use]
pub fn render() -> String {
    serde_json::to_string_pretty(&schema()).unwrap_or_default() + "\n"
}

/// The properties of a table: every key the loader reads, a string unless `typed` says more.
fn properties(keys: &[&str], typed: &[(&str, Value)]) -> Value {
    debug_assert!(typed.iter().all(|(k, _)| keys.contains(k)), "a typed key the loader does not read");
    let mut map = Map::new();
    for key in keys {
        let value =
            typed.iter().find(|(k, _)| k == key).map_or_else(|| json!({ "type": "string" }), |(_, v)| v.clone());
        map.insert((*key).to_owned(), value);
    }
    Value::Object(map)
}

/// A table with exactly `keys`.
fn table(keys: &[&str], required: &[&str], typed: &[(&str, Value)], description: &str) -> Value {
    json!({
        "description": description,
        "type": "object",
        "required": required,
        "additionalProperties": false,
        "properties": properties(keys, typed),
    })
}

/// An array of tables (`[[unit]]`).
fn list(item: &Value) -> Value {
    json!({ "type": "array", "items": item })
}

fn strings() -> Value {
    json!({ "type": "array", "items": { "type": "string" } })
}

fn ids() -> Value {
    json!({ "type": "array", "items": { "$ref": "#/$defs/id" } })
}

fn count() -> Value {
    json!({ "type": "integer", "minimum": 0 })
}

/// One of a keyword's words.
fn words<K: Keyword + PartialEq>() -> Value {
    let all: Vec<&str> = K::ALL.iter().map(|(w, _)| *w).collect();
    json!({ "description": K::WHAT, "enum": all })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every table of the schema lists exactly the loader's keys, and only those.
    #[test]
    fn the_schema_has_the_loaders_keys() {
        let s = schema();
        let keys = |v: &Value| -> Vec<String> { v["properties"].as_object().unwrap().keys().cloned().collect() };
        let p = &s["properties"];
        for (v, want) in [
            (&s, load::TOP),
            (&p["plan"], load::PLAN),
            (&p["unit"]["items"], load::UNIT),
            (&p["role"]["items"], load::ROLE),
            (&p["person"]["items"], load::PERSON),
            (&p["training"]["items"], load::TRAINING),
            (&p["phase"]["items"], load::PHASE),
            (&p["revision"]["items"], load::REVISION),
            (&p["revision"]["items"]["properties"]["shift"], load::SHIFT),
            (&p["estimate"], load::ESTIMATE),
            (&p["estimate"]["properties"]["row"]["items"], load::ESTIMATE_ROW),
            (&p["calendar"], load::CALENDAR),
            (&p["calendar"]["properties"]["closed"]["items"], load::CLOSED),
        ] {
            assert_eq!(keys(v), want);
            assert_eq!(v["additionalProperties"], false);
        }
    }
}
