//! The tree against hand-written cases; `tests/properties.rs` holds it against the `toml` crate.

use proptest::prelude::*;
use toml::de::{DeTable, DeValue};

use super::*;

/// A value written the same way whichever parser read it: keys sorted, numbers as numbers.
fn ours(v: &TomlValue) -> String {
    match v {
        TomlValue::String(s) => format!("{s:?}"),
        TomlValue::Integer(i) => i.to_string(),
        TomlValue::Float => "float".into(),
        TomlValue::Boolean(b) => b.to_string(),
        TomlValue::Datetime(d) => d.to_string(),
        TomlValue::Array(a) => format!("[{}]", a.items.iter().map(|n| ours(&n.value)).collect::<Vec<_>>().join(",")),
        TomlValue::Table(t) => {
            let mut e: Vec<String> = t.entries.iter().map(|e| format!("{:?}={}", e.key, ours(&e.node.value))).collect();
            e.sort();
            format!("{{{}}}", e.join(","))
        }
    }
}

fn theirs(v: &DeValue) -> String {
    match v {
        DeValue::String(s) => format!("{s:?}"),
        DeValue::Integer(i) => i64::from_str_radix(i.as_str(), i.radix()).map_or("overflow".into(), |i| i.to_string()),
        DeValue::Float(_) => "float".into(),
        DeValue::Boolean(b) => b.to_string(),
        DeValue::Datetime(d) => d.to_string(),
        DeValue::Array(a) => format!("[{}]", a.iter().map(|n| theirs(n.get_ref())).collect::<Vec<_>>().join(",")),
        DeValue::Table(t) => {
            let mut e: Vec<String> =
                t.iter().map(|(k, v)| format!("{:?}={}", k.get_ref(), theirs(v.get_ref()))).collect();
            e.sort();
            format!("{{{}}}", e.join(","))
        }
    }
}

/// Compares this tree with the `toml` crate's on one text: both refuse it, or both read
/// the same values (the `toml` crate keeps an integer past 64 bits; this tree refuses it).
fn agrees(text: &str) -> Result<(), String> {
    let mine = parse(text).map(|t| ours(&TomlValue::Table(t)));
    let reference = DeTable::parse(text).map(|t| theirs(&DeValue::Table(t.into_inner())));
    match (mine, reference) {
        (Ok(a), Ok(b)) if a == b => Ok(()),
        (Err(e), Ok(b)) if e[0].message == "integer number overflowed" && b.contains("overflow") => Ok(()),
        (Err(_), Err(_)) => Ok(()),
        (a, b) => Err(format!("{text:?}\n ours: {a:?}\ntoml: {:?}", b.map_err(|e| e.to_string()))),
    }
}

#[test]
fn reads_what_toml_reads_and_refuses_what_it_refuses() {
    let cases = [
        r#"a = 1
b.c = 2
b.d = "x"
[e]
f = [1, {g = 2}]
[[h]]
i = 1
[[h]]
i = 2
[h.j]
k = 3
"#,
        "[a.b.c]\n[a]\nb.d = 1\n",
        "[a.b]\n[a]\nb.c = 1\n",
        "[[a.b]]\n[a]\nb.c = 'x'\n",
        "[a]\nb.c = 1\n[a.b]\n",
        "[a]\nb.c = 1\n[a.b.d]\ne = 1\n",
        "a = {b = 1}\na.c = 2\n",
        "a = [1]\n[[a]]\n",
        "[[a]]\n[a]\n",
        "[a]\n[a]\n",
        "[a.b]\n[a]\n[a]\n",
        "a.b = 1\n[a]\n",
        "a = 1\na.b = 2\n",
        "[a]\nx = 1\n[[a.b]]\n[a.b.c]\nd = 1\n[[a.b]]\n",
        "a = 99999999999999999999\n",
        "'q.k' = 1\n\"q\\u0041\" = 2\nq.\"r s\" = 3\n",
        "a = 2019-02-29\n",
        "",
    ];
    for case in cases {
        agrees(case).unwrap();
    }
    let many = (0..100).fold(String::new(), |mut s, i| {
        let _ = writeln!(s, "k{i} = {i}");
        s
    });
    agrees(&many).unwrap();
    agrees(&(many.clone() + "k50 = 1\n")).unwrap();
}

/// Pieces of TOML that, put together at random, make files valid and invalid in the ways
/// that matter: headers, dotted keys, arrays of tables, inline tables, the same key twice.
fn piece() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "[a]\n",
        "[b]\n",
        "[a.b]\n",
        "[[a]]\n",
        "[[a.b]]\n",
        "[[c]]\n",
        "[a.c.d]\n",
        "a = 1\n",
        "b = 2\n",
        "c = 3\n",
        "a.b = 1\n",
        "b.c = 'x'\n",
        "a.c.d = true\n",
        "d = {e = 1, f.g = 2}\n",
        "e = [1, {a = 1}]\n",
        "f = []\n",
        "c = [[1], []]\n",
        "\"a\" = 1\n",
        "d.e = 1\n",
        "# comment\n",
        "\n",
        "x = 2019-01-01\n",
        "b = {}\n",
        "[d]\n",
        "[[d]]\n",
        "[e.f]\n",
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5000))]
    #[test]
    fn random_files_read_alike(pieces in prop::collection::vec(piece(), 0..12)) {
        let text: String = pieces.concat();
        prop_assert!(agrees(&text).is_ok(), "{}", agrees(&text).unwrap_err());
    }
}
