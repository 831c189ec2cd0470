//! `aula-plan schema`: a JSON Schema (draft 2020-12) of plan format 1, for editors that
//! complete keys and underline mistakes as you type (taplo and Even Better TOML read it from a
//! `#:schema` line or a `.taplo.toml`). Unknown keys are refused, as the loader refuses them.
//!
//! Made from the format's key spec ([`crate::spec`]), which the loader reads by too, so the
//! two cannot drift apart: the same keys, the same required ones; the fixed words (`kind`,
//! `split`, …) are the model's, and the rule names those of the registry.
//! Dates are strings in the schema: editors hand TOML dates to a schema as their text.

use serde_json::{Map, Value, json};

use crate::i18n::Lang;
use crate::plan::Keyword;
use crate::registry::{self, Level};
use crate::spec::{self, TableSpec, Type};

/// The schema's name (its `$id`).
pub const ID: &str = "urn:aula-plan:plan-format-1";

/// The schema as a JSON value, its descriptions in `lang` (editors show them as you type).
#[must_use]
pub fn schema(lang: Lang) -> Value {
    let mut top = table(&spec::TOP, lang);
    let Value::Object(map) = &mut top else { unreachable!("a table is an object") };
    let head = json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": ID,
        "title": lang.text("schema-title"),
    });
    let mut out = head.as_object().cloned().unwrap_or_default();
    out.extend(std::mem::take(map));
    out.insert("description".into(), json!(lang.text("schema-description")));
    out.insert("$defs".into(), defs(lang));
    Value::Object(out)
}

/// The date forms a plan may write ([`crate::plan::PlanDate::parse`]): the format's own, and a
/// source's words with a four-digit year in them ("efterår 2019", "primo juni 2019"), which the
/// loader reads; before or after a closed period by its id; `tbd`. JSON Schema's patterns have
/// no case-insensitive flag, so a source's words are matched loosely (letters, numbers and the
/// marks of a date, ending in the year) and the loader says the rest.
const DATE_PATTERN: &str = concat!(
    "^(",
    "[0-9]{4}-[0-9]{2}-[0-9]{2}",
    "|[0-9]{4}-W[0-9]{2}",
    "|[0-9]{4}-[0-9]{2}",
    "|[0-9]{4}-[QqHh][0-9]",
    "|[0-9]{4}-(spring|summer|autumn|winter)",
    "|(early|mid|late) [0-9]{4}-[0-9]{2}",
    "|[0-9]{4}-[0-9]{2}(-[0-9]{2})?/[0-9]{4}-[0-9]{2}(-[0-9]{2})?",
    "|(before|after|før|efter) [a-z0-9][a-z0-9-]*",
    "|[0-9A-Za-zÆØÅæøå.,/ –-]* [0-9]{4}(/[0-9]{2,4})?",
    "|tbd",
    ")$"
);

/// The formats of ids and dates, which several keys share.
fn defs(lang: Lang) -> Value {
    json!({
        "id": {
            "description": lang.text("schema-id"),
            "type": "string",
            "pattern": "^[a-z0-9][a-z0-9-]*$",
        },
        "activity": {
            "description": lang.text("schema-activity"),
            "type": "string",
            "pattern": "^([a-z0-9][a-z0-9-]*:)?[a-z0-9][a-z0-9-]*$",
        },
        "day": {
            "description": lang.text("schema-day"),
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
        },
        "date": {
            "description": lang.text("schema-date"),
            "type": "string",
            "pattern": DATE_PATTERN,
        },
        "end": {
            "description": lang.text("schema-end"),
            "anyOf": [{ "$ref": "#/$defs/date" }, { "const": "open" }],
        },
    })
}

/// A table with exactly the spec's keys, requiring the required ones.
fn table(t: &TableSpec, lang: Lang) -> Value {
    let mut properties = Map::new();
    for k in t.keys {
        let mut v = of_type(k.ty, lang);
        if let Value::Object(m) = &mut v {
            m.insert("description".into(), json!(lang.text(&t.key_doc_id(k))));
        }
        properties.insert(k.name.to_owned(), v);
    }
    let required: Vec<&str> = t.keys.iter().filter(|k| k.required).map(|k| k.name).collect();
    json!({
        "description": lang.text(&t.doc_id()),
        "type": "object",
        "required": required,
        "additionalProperties": false,
        "properties": properties,
    })
}

/// The schema of a value of that type. Where the loader takes one value for a list of them
/// (`trainer = "netcompany"`), so does the schema.
fn of_type(ty: Type, lang: Lang) -> Value {
    let id = || json!({ "$ref": "#/$defs/id" });
    let count = || json!({ "type": "integer", "minimum": 0 });
    let one_or_list = |item: Value| json!({ "anyOf": [item.clone(), { "type": "array", "items": item }] });
    match ty {
        Type::Format => json!({ "const": 1 }),
        Type::Text => json!({ "type": "string" }),
        Type::Texts => one_or_list(json!({ "type": "string" })),
        Type::Id | Type::Ref => id(),
        Type::Refs => one_or_list(id()),
        Type::After => one_or_list(json!({ "$ref": "#/$defs/activity" })),
        Type::Count => count(),
        Type::Counts => json!({ "type": "array", "items": count() }),
        Type::Integer => json!({ "type": "integer" }),
        Type::Amount => json!({ "anyOf": [
            { "type": "integer" },
            { "type": "array", "items": { "type": "integer" }, "minItems": 2, "maxItems": 2 },
        ] }),
        Type::Flag => json!({ "type": "boolean" }),
        Type::Day => json!({ "$ref": "#/$defs/day" }),
        Type::Date => json!({ "$ref": "#/$defs/date" }),
        Type::End => json!({ "$ref": "#/$defs/end" }),
        Type::Duration => json!({ "type": "string", "pattern": "^[0-9]+(-[0-9]+)?[hd]$" }),
        Type::Word(w) => json!({ "enum": (w.list)() }),
        Type::Colour => json!({ "type": "string", "pattern": "^#[0-9A-Fa-f]{6}$" }),
        Type::Any => json!({}),
        Type::Table(t) => table(t, lang),
        Type::List(t) => json!({ "type": "array", "items": table(t, lang) }),
        Type::Seats => json!({
            "type": "object",
            "propertyNames": { "$ref": "#/$defs/id" },
            "additionalProperties": count(),
        }),
        Type::Follows => json!({
            "type": "object",
            "propertyNames": { "$ref": "#/$defs/id" },
            "additionalProperties": { "type": "string" },
        }),
        Type::Lints => {
            let rule_names: Vec<&str> = registry::ALL.iter().map(|r| r.name).collect();
            json!({
                "type": "object",
                "propertyNames": { "enum": rule_names },
                "additionalProperties": { "enum": <Level as Keyword>::ALL.iter().map(|(w, _)| *w).collect::<Vec<_>>() },
            })
        }
    }
}

/// The schema, pretty-printed.
#[must_use]
pub fn render(lang: Lang) -> String {
    serde_json::to_string_pretty(&schema(lang)).unwrap_or_default() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every table of the schema lists exactly the spec's keys, and requires the required ones.
    #[test]
    fn the_schema_has_the_specs_keys() {
        let s = schema(Lang::En);
        let p = &s["properties"];
        let keys = |v: &Value| -> Vec<String> { v["properties"].as_object().unwrap().keys().cloned().collect() };
        for (v, want) in [
            (&s, &spec::TOP),
            (&p["plan"], &spec::PLAN),
            (&p["unit"]["items"], &spec::UNIT),
            (&p["revision"]["items"]["properties"]["shift"], &spec::SHIFT),
            (&p["estimate"]["properties"]["row"]["items"], &spec::ESTIMATE_ROW),
            (&p["calendar"]["properties"]["closed"]["items"], &spec::CLOSED),
        ] {
            assert_eq!(keys(v), want.names().collect::<Vec<_>>());
            assert_eq!(v["additionalProperties"], false);
            let required: Vec<&str> = want.keys.iter().filter(|k| k.required).map(|k| k.name).collect();
            assert_eq!(v["required"], json!(required), "{}", want.name);
        }
    }
}
