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
    let base = r#"format = 1
[plan]
title = "T"
root = "r"
[[phase]]
id = "p"
name = "P"
start = "2019-W41"
end = "open"
"#;
    assert!(v.is_valid(&parse(base)));
    for (extra, at) in [
        (
            r#"colour = "red"
"#,
            "/phase/0",
        ),
        (
            r#"kind = "golive"
"#,
            "/phase/0/kind",
        ),
        ("after = [\"Not An Id\"]\n", "/phase/0/after"),
    ] {
        let doc = parse(&format!("{base}{extra}"));
        let errors: Vec<String> = v.iter_errors(&doc).map(|e| e.instance_path().to_string()).collect();
        assert_eq!(errors, [at], "{extra}");
    }
    let bad_date = parse(&base.replace("2019-W41", "week 41"));
    assert!(!v.is_valid(&bad_date));
    let no_format = parse(
        r#"[plan]
title = "T"
root = "r"
"#,
    );
    assert!(!v.is_valid(&no_format));
    let unknown_rule = parse(
        r#"format = 1
[plan]
title = "T"
root = "r"
[lints]
no-such-rule = "deny"
"#,
    );
    assert!(!v.is_valid(&unknown_rule));
}

#[test]
fn the_schema_in_the_repository_is_the_current_one() {
    let committed = fs::read_to_string(root().join("schema/plan-format-1.json")).unwrap();
    assert_eq!(committed, stdout_of(aula_plan().arg("schema")), "run `aula-plan schema -o schema/plan-format-1.json`");
}

/// Where the first table of each kind stands in `tests/fixtures/clean.toml`, as TOML keys and
/// list positions.
fn path_of(table: &str) -> Option<&'static [&'static str]> {
    Some(match table {
        "the top level" => &[],
        "[plan]" => &["plan"],
        "[[unit]]" => &["unit", "0"],
        "[[role]]" => &["role", "0"],
        "[[person]]" => &["person", "0"],
        "[[training]]" => &["training", "0"],
        "[[phase]]" => &["phase", "0"],
        "[[category]]" => &["category", "0"],
        "[[part]]" => &["part", "0"],
        // A reading is always a finding (`two-readings`): the clean plan has none, and the
        // test puts one in.
        "[[reading]]" => &["reading", "0"],
        "[[estimate.row]]" => &["estimate", "row", "0"],
        "[calendar] closed" => &["calendar", "closed", "0"],
        _ => return None,
    })
}

fn table_at<'a>(mut v: &'a mut toml::Value, path: &[&str]) -> &'a mut toml::Table {
    for step in path {
        v = match v {
            toml::Value::Table(t) => t.get_mut(*step).expect("the fixture has the table"),
            toml::Value::Array(a) => &mut a[step.parse::<usize>().expect("a position")],
            _ => panic!("no table at {path:?}"),
        };
    }
    v.as_table_mut().expect("a table")
}

/// The key spec says what is required; the loader and the JSON Schema both hold to it: a
/// plan without any one required key is refused by each.
#[test]
fn each_required_key_is_required_by_the_loader_and_the_schema() {
    let v = validator();
    let text = fs::read_to_string(root().join("tests/fixtures/clean.toml")).unwrap();
    let clean: toml::Value = toml::Value::Table(text.parse().expect("TOML"));
    let errors = |toml: &str| {
        let report =
            aula_plan::validate::validate("x.toml".into(), toml.as_bytes(), &aula_plan::rules::Overrides::default());
        report.findings.iter().filter(|f| f.severity == aula_plan::diagnostic::Severity::Error).count()
    };
    assert_eq!(errors(&toml::to_string(&clean).unwrap()), 0, "the fixture as written back has no error");
    assert!(v.is_valid(&as_json(clean.clone())));
    let mut checked = 0;
    for table in aula_plan::spec::TABLES {
        let required: Vec<&str> = table.keys.iter().filter(|k| k.required).map(|k| k.name).collect();
        if required.is_empty() {
            continue;
        }
        let path = path_of(table.name).unwrap_or_else(|| panic!("give the test a path to {}", table.name));
        for key in required {
            let mut plan = clean.clone();
            if table.name == "[[reading]]" {
                let reading: toml::Value =
                    toml::from_str("of = \"staff\"\nkey = \"duration\"\nvalue = \"3h\"\nsource = \"Tabellen\"")
                        .unwrap();
                plan.as_table_mut().unwrap().insert("reading".into(), toml::Value::Array(vec![reading]));
            }
            assert!(table_at(&mut plan, path).remove(key).is_some(), "the fixture has {key} in {}", table.name);
            let toml = toml::to_string(&plan).unwrap();
            assert!(errors(&toml) > 0, "the loader takes {} without `{key}`", table.name);
            assert!(!v.is_valid(&as_json(plan)), "the schema takes {} without `{key}`", table.name);
            checked += 1;
        }
    }
    assert!(checked >= 20, "{checked} keys checked");
}
