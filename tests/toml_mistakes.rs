//! The mistakes people make in TOML, said in the reader's language with the fix, not in the
//! parser's words: a missing quote, `:` for `=`, an unquoted word, a day written the Danish way.

mod common;

/// What `validate` says of a plan whose `[plan]` table holds `line`, in `lang`.
fn said(lang: &str, line: &str) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.toml");
    std::fs::write(&path, format!("format = 1\n[plan]\n{line}\nroot = \"a\"\n")).expect("write");
    let out = common::aula_plan()
        .env("AULA_PLAN_LANG", lang)
        .args(["validate", "--color", "never"])
        .arg(&path)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1), "a parse error");
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// Asserts `text` says each of `words` and nothing of the parser's own English.
fn says(text: &str, words: &[&str]) {
    for w in words {
        assert!(text.contains(w), "{w}:\n{text}");
    }
    for parser in ["invalid basic string", "invalid unquoted key", "key with no value", "expected literal string"] {
        assert!(!text.contains(parser), "the parser's words `{parser}`:\n{text}");
    }
}

#[test]
fn a_missing_closing_quote() {
    says(&said("da", r#"title = "Aula"#), &["mangler sit afsluttende anførselstegn", r#"title = "Aula""#]);
    says(&said("en", r#"title = "Aula"#), &["has no closing quote", r#"title = "Aula""#]);
}

#[test]
fn a_colon_for_an_equals_sign_is_one_finding() {
    let da = said("da", r#"title: "Aula""#);
    says(&da, &["`=` mellem nøglen og værdien", r#"title = "Aula""#]);
    assert_eq!(da.matches("fejl[parse-error]").count(), 1, "one finding for one mistake:\n{da}");
    says(&said("en", r#"title: "Aula""#), &["`=` between the key and the value"]);
}

#[test]
fn an_unquoted_word() {
    says(&said("da", "title = Aula"), &["`Aula` er hverken tekst eller et tal", r#"("Aula")"#]);
}

#[test]
fn danish_dates_in_every_style() {
    for (written, iso) in [
        ("25.01.19", "2019-01-25"),
        ("25-01-2019", "2019-01-25"),
        ("25/1 2019", "2019-01-25"),
        ("25. januar 2019", "2019-01-25"),
        ("1. feb. 2019", "2019-02-01"),
    ] {
        let da = said("da", &format!("date = {written}"));
        says(&da, &[&format!("`{written}` er en dato skrevet på dansk"), &format!("år-måned-dag: {iso}")]);
    }
}
