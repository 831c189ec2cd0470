//! `aula-plan schema`: every plan of the repository is valid against it (checked by a JSON
//! Schema validator, the `jsonschema` crate), and it refuses what the loader refuses.

mod common;

use std::fs;
use std::path::Path;

use common::{aula_plan, stdout_of};
use serde_json::Value;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A TOML document as an editor hands it to a schema: dates become their text.
fn as_json(v: toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => i.into(),
        toml::Value::Float(f) => f.into(),
        toml::Value::Boolean(b) => b.into(),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.into_iter().map(as_json).collect()),
        toml::Value::Table(t) => Value::Object(t.into_iter().map(|(k, v)| (k, as_json(v))).collect()),
    }
}

fn parse(text: &str) -> Value {
    as_json(toml::Value::Table(text.parse::<toml::Table>().expect("TOML")))
}

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&stdout_of(aula_plan().arg("schema"))).expect("JSON");
    jsonschema::draft202012::new(&schema).expect("a valid draft 2020-12 schema")
}

#[test]
fn every_plan_of_the_repository_is_valid() {
    let v = validator();
    let mut checked = 0;
    for path in [
        "plans/esbjerg-2020.toml",
        "plans/kombit-2016.toml",
        "tests/fixtures/clean.toml",
        "tests/fixtures/export/plan.toml",
        "tests/fixtures/report/schools.toml",
        "tests/fixtures/shift/plan.toml",
    ] {
        let doc = parse(&fs::read_to_string(root().join(path)).unwrap());
        let errors: Vec<String> = v.iter_errors(&doc).map(|e| format!("{} at {}", e, e.instance_path())).collect();
        assert!(errors.is_empty(), "{path}: {errors:#?}");
        checked += 1;
    }
    assert_eq!(checked, 6);
}

#[test]
fn unknown_keys_and_wrong_words_are_refused() {
    let v = validator();
    let base = "format = 1\n[plan]\ntitle = \"T\"\n[[phase]]\nid = \"p\"\nstart = \"2019-W41\"\nend = \"open\"\n";
    assert!(v.is_valid(&parse(base)));
    for (extra, at) in [
        ("colour = \"red\"\n", "/phase/0"),
        ("kind = \"golive\"\n", "/phase/0/kind"),
        ("after = [\"Not An Id\"]\n", "/phase/0/after/0"),
    ] {
        let doc = parse(&format!("{base}{extra}"));
        let errors: Vec<String> = v.iter_errors(&doc).map(|e| e.instance_path().to_string()).collect();
        assert_eq!(errors, [at], "{extra}");
    }
    let bad_date = parse(&base.replace("2019-W41", "week 41"));
    assert!(!v.is_valid(&bad_date));
    let no_format = parse("[plan]\ntitle = \"T\"\n");
    assert!(!v.is_valid(&no_format));
    let unknown_rule = parse("format = 1\n[plan]\ntitle = \"T\"\n[lints]\nno-such-rule = \"deny\"\n");
    assert!(!v.is_valid(&unknown_rule));
}

#[test]
fn the_schema_in_the_repository_is_the_current_one() {
    let committed = fs::read_to_string(root().join("schema/plan-format-1.json")).unwrap();
    assert_eq!(committed, stdout_of(aula_plan().arg("schema")), "run `aula-plan schema -o schema/plan-format-1.json`");
}
