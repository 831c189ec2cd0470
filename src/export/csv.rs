//! The whole plan as one CSV table, to filter in a spreadsheet: a row per entity (the plan
//! itself, each unit, role, person, training, phase, revision, estimate row, closed period and
//! lint setting), an `entity` column saying which, and a column for every key any entity has.
//! Nested tables become dotted columns (`shift.months`, `seats.school-superuser`); lists are
//! joined with commas.

use serde_json::{Map, Value};

use crate::i18n::Lang;
use crate::plan::Plan;

/// The plan as CSV; `excel` for Excel set up for Danish (semicolons, a byte-order mark, CRLF,
/// and the headers and the kinds of entity in the reader's language, `lang`).
#[must_use]
pub fn render(plan: &Plan, excel: bool, lang: Lang) -> String {
    let Ok(Value::Object(doc)) = serde_json::to_value(plan) else { return String::new() };
    let mut rows: Vec<(&str, Vec<(String, String)>)> = Vec::new();
    let mut add = |entity: &'static str, v: &Value| {
        let mut cells = Vec::new();
        flatten("", v, &mut cells);
        rows.push((entity, cells));
    };
    add("plan", &doc["plan"]);
    for (key, entity) in
        [("unit", "unit"), ("role", "role"), ("person", "person"), ("training", "training"), ("phase", "phase")]
    {
        for item in doc[key].as_array().into_iter().flatten() {
            add(entity, item);
        }
    }
    for item in doc["revision"].as_array().into_iter().flatten() {
        add("revision", item);
    }
    if let Value::Object(estimate) = &doc["estimate"] {
        let top: Map<String, Value> =
            estimate.iter().filter(|(k, _)| *k != "row").map(|(k, v)| (k.clone(), v.clone())).collect();
        add("estimate", &Value::Object(top));
        for row in estimate["row"].as_array().into_iter().flatten() {
            add("estimate-row", row);
        }
    }
    if let Value::Object(calendar) = &doc["calendar"] {
        add("calendar", &serde_json::json!({ "holidays": calendar["holidays"] }));
        for period in calendar["closed"].as_array().into_iter().flatten() {
            add("closed", period);
        }
    }
    for (rule, level) in doc["lints"].as_object().into_iter().flatten() {
        add("lint", &serde_json::json!({ "id": rule, "level": level }));
    }

    let mut columns: Vec<String> = Vec::new();
    for (_, cells) in &rows {
        for (key, _) in cells {
            if !columns.contains(key) {
                columns.push(key.clone());
            }
        }
    }
    let mut header = vec!["entity".to_owned()];
    header.extend(columns.iter().cloned());
    if excel {
        // A person's words for the keys, part by part (`shift.from`: "flytning.fra").
        let word = |key: &str| lang.text_with("diff-field", &[("field", key.into())]);
        header = header.iter().map(|h| h.split('.').map(word).collect::<Vec<_>>().join(".")).collect();
    }
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let lines = rows.iter().map(|(entity, cells)| {
        let name =
            if excel { lang.text_with("csv-entity", &[("entity", (*entity).into())]) } else { (*entity).to_owned() };
        let mut line = vec![name];
        line.extend(columns.iter().map(|c| {
            let value = cells.iter().find(|(k, _)| k == c).map(|(_, v)| v.as_str()).unwrap_or_default();
            // For a person in Excel, the format's words in the reader's language.
            excel.then(|| word(entity, c, value, lang)).flatten().unwrap_or_else(|| value.to_owned())
        }));
        line
    });
    crate::view::csv_text(&header, lines, excel)
}

/// A word of the format (`vendor`, `own-unit`, `done`) as a person reads it in `lang`, for the
/// key `key` of an `entity`; `None` for any other value, which stays as written.
fn word(entity: &str, key: &str, value: &str, lang: Lang) -> Option<String> {
    let message = match (entity, key) {
        ("unit", "kind") => "unit-kind",
        ("phase", "kind") => "phase-kind",
        ("role", "split") => "split-word",
        ("training", "paid") => "paid-word",
        ("training", "scope") => "scope-word",
        (_, "track") => "track-name",
        ("calendar", "holidays") => "holidays-word",
        ("training" | "phase", "status") => return crate::view::status_message(value).map(|m| lang.text(m)),
        ("training", "duration") => {
            return crate::plan::Duration::parse(value).map(|d| crate::i18n::length(d).in_lang(lang).into_owned());
        }
        (_, form) if form.rsplit('.').next() == Some("form") && form.contains('.') => "date-form-word",
        // A date of another form than a day (a week, a season, `tbd`, a tie) in words; a day
        // stays as Excel reads and sorts it.
        (_, "start" | "end" | "date" | "shift.from") => {
            return crate::plan::PlanDate::parse(value)
                .ok()
                .filter(|d| !matches!(d, crate::plan::PlanDate::Day(_)))
                .map(|d| d.words(lang));
        }
        ("lint", "level") => {
            let id = match value {
                "deny" => "level-error",
                "warn" => "level-warning",
                "allow" => "level-allowed",
                _ => return None,
            };
            return Some(lang.text(id));
        }
        _ => return None,
    };
    (!value.is_empty()).then(|| lang.text_with(message, &[("word", value.into())]))
}

/// A value's cells: objects by dotted key, lists joined, `null` left out. A date is its key
/// as written, with its form and its earliest and latest day beside it (`start.form`, …).
fn flatten(prefix: &str, v: &Value, out: &mut Vec<(String, String)>) {
    match v {
        Value::Object(map) if map.contains_key("written") && map.contains_key("form") => {
            for (k, v) in map {
                let key = if k == "written" { prefix.to_owned() } else { format!("{prefix}.{k}") };
                flatten(&key, v, out);
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                let key = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
                flatten(&key, v, out);
            }
        }
        Value::Null => {}
        Value::Array(list) if list.is_empty() => {}
        Value::Array(list) if list.iter().any(|x| x.is_object() || x.is_array()) => {
            out.push((prefix.to_owned(), v.to_string()));
        }
        other => out.push((prefix.to_owned(), crate::view::text(other))),
    }
}
