//! The mistakes people make in TOML, said in the reader's language with the fix, not in the
//! parser's words: a missing quote, `:` for `=`, an unquoted word, a day written the Danish way.

mod common;

/// What `validate` says of a plan whose `[plan]` table holds `line`, in `lang`.
fn said(lang: &str, line: &str) -> String {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("t.toml");
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
    says(&said("da", "title = Aula"), &["teksten `Aula` står uden anførselstegn", r#"title = "Aula""#]);
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

/// What `validate --format FORMAT` says, in Danish, of the example plan with the line
/// `original` written as `slip`, as a hand edit leaves it.
fn slipped(original: &str, slip: &str, format: &str) -> String {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("plans/eksempelby-2019.toml")).expect("the example plan");
    let line = format!("\n{original}\n");
    assert!(text.contains(&line), "{original} is in the example plan");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("eksempelby-2019.toml");
    std::fs::write(&path, text.replacen(&line, &format!("\n{slip}\n"), 1)).expect("write");
    std::fs::copy(root.join("plans/kombit-2016.toml"), dir.path().join("kombit-2016.toml")).expect("copy");
    let out = common::aula_plan()
        .args(["--lang", "da", "validate", "--color", "never", "--format", format])
        .arg(&path)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1), "a parse error");
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// The line of the example plan that `original` is.
fn line_of(original: &str) -> usize {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("plans/eksempelby-2019.toml")).expect("the example plan");
    text.lines().position(|l| l == original).expect("the line") + 1
}

/// The slip is one Danish finding at line `at` (column `col`), saying each of `words`, with
/// none of the parser's English; `--format github` shows it once, at the same place.
fn one_danish_finding(original: &str, slip: &str, at: usize, col: usize, words: &[&str]) {
    let human = slipped(original, slip, "human");
    assert_eq!(human.matches("fejl[").count(), 1, "one finding for one slip:\n{human}");
    assert!(human.contains(&format!("eksempelby-2019.toml:{at}:{col}\n")), "at {at}:{col}:\n{human}");
    for w in words {
        assert!(human.contains(w), "{w}:\n{human}");
    }
    for english in [
        "expected",
        "invalid",
        "missing comma",
        "must be quoted",
        "unexpected",
        "ret syntaksen her",
        "har ingen værdi efter",
    ] {
        assert!(!human.contains(english), "no parser words `{english}`:\n{human}");
    }
    let github = slipped(original, slip, "github");
    assert_eq!(github.matches("::error ").count(), 1, "one annotation:\n{github}");
    assert!(github.contains(&format!("line={at},col={col},")), "at {at}:{col}:\n{github}");
}

#[test]
fn a_missing_bracket_is_one_finding_where_the_list_opened() {
    let original = r#"trainees = ["school-superuser"]"#;
    one_danish_finding(
        original,
        r#"trainees = ["school-superuser""#,
        line_of(original),
        12,
        &["listen i `trainees` bliver ikke lukket", r#"trainees = ["school-superuser"]"#],
    );
}

#[test]
fn a_list_over_lines_left_open_before_a_key_or_a_table() {
    for next in ["root = \"a\"", "[[unit]]"] {
        let en = said("en", &format!("after = [\n  \"a\",  # first\n  \"b\", # second\n\n# the end\n{next}"));
        says(&en, &["the list of `after` is never closed with `]`", "on line 5: \"b\",]", "t.toml:3:9"]);
        assert_eq!(en.matches("error[").count(), 1, "one finding:\n{en}");
    }
}

#[test]
fn a_missing_brace_is_one_finding_where_the_table_opened() {
    let original = "seats = { school-superuser = 2 }";
    one_danish_finding(
        original,
        "seats = { school-superuser = 2",
        line_of(original),
        9,
        &["tabellen i `seats` bliver ikke lukket", "seats = { school-superuser = 2 }"],
    );
}

#[test]
fn curly_quotes_are_one_finding() {
    let original = r#"name = "Kommunal administrator""#;
    let at = line_of(original);
    for slip in
        ["name = “Kommunal administrator”", "name = „Kommunal administrator“", "name = ‘Kommunal administrator’"]
    {
        one_danish_finding(original, slip, at, 8, &["lige anførselstegn", original]);
    }
    let original = r#"trainees = ["municipal-admin"]"#;
    one_danish_finding(original, "trainees = [“municipal-admin”]", line_of(original), 13, &[original]);
}

#[test]
fn a_bare_word_is_put_in_quotes() {
    let original = r#"name = "Kommunal administrator""#;
    one_danish_finding(original, "name = Kommunal administrator", line_of(original), 8, &["anførselstegn", original]);
    let original = r#"kind = "school""#;
    one_danish_finding(original, "kind = school", line_of(original), 8, &["anførselstegn", original]);
}

#[test]
fn a_day_or_month_without_its_zero() {
    let original = "start = 2019-03-04";
    one_danish_finding(original, "start = 2019-3-4", line_of(original), 9, &["`2019-3-4`", "2019-03-04"]);
    one_danish_finding(original, "start = 2019-03-4", line_of(original), 9, &["2019-03-04"]);
}

#[test]
fn a_decimal_comma() {
    let original = "seats = 1";
    one_danish_finding(original, "seats = 3,5", line_of(original), 9, &["`3,5`", "helt tal", "punktum"]);
}

#[test]
fn a_missing_opening_quote() {
    let original = r#"name = "Kommunal administrator""#;
    one_danish_finding(
        original,
        r#"name = Kommunal administrator""#,
        line_of(original),
        8,
        &["første anførselstegn", original],
    );
}

#[test]
fn a_missing_comma_between_a_lists_values() {
    let original = r#"trainees = ["school-superuser"]"#;
    one_danish_finding(
        original,
        r#"trainees = ["school-superuser" "municipal-admin"]"#,
        line_of(original),
        32,
        &["komma", r#"trainees = ["school-superuser", "municipal-admin"]"#],
    );
}

#[test]
fn a_header_with_a_bracket_missing_or_too_many_is_one_finding() {
    let original = "[[training]]";
    for slip in ["[[training]", "[training]]", "[[training"] {
        one_danish_finding(original, slip, line_of(original), 1, &["[[training]]", "klammer"]);
    }
}

#[test]
fn a_missing_equals_sign() {
    let original = r#"name = "Kommunal administrator""#;
    one_danish_finding(original, r#"name "Kommunal administrator""#, line_of(original), 6, &["`=`", original]);
}

#[test]
fn more_after_the_value() {
    let original = r#"name = "Kommunal administrator""#;
    one_danish_finding(
        original,
        r#"name = "Kommunal "administrator"""#,
        line_of(original),
        19,
        &["efter værdien", r#"\""#],
    );
}

#[test]
fn a_day_not_in_the_calendar() {
    let original = "start = 2019-03-04";
    one_danish_finding(original, "start = 2019-03-32", line_of(original), 9, &["`2019-03-32`", "31. marts 2019"]);
    one_danish_finding(original, "start = 2019-13-04", line_of(original), 9, &["`2019-13-04`", "måned"]);
}

#[test]
fn a_text_in_a_list_without_its_closing_quote_or_without_quotes() {
    let original = r#"trainees = ["school-superuser"]"#;
    let at = line_of(original);
    one_danish_finding(original, r#"trainees = ["school-superuser]"#, at, 13, &["afsluttende anførselstegn", original]);
    one_danish_finding(original, "trainees = [school-superuser]", at, 13, &["anførselstegn", original]);
    let original = r#"trainer = ["netcompany"]"#;
    one_danish_finding(
        original,
        "trainer = [netcompany, school-superuser]",
        line_of(original),
        12,
        &["anførselstegn", r#"trainer = ["netcompany", "school-superuser"]"#],
    );
}

#[test]
fn the_parsers_other_descriptions_in_danish() {
    for (original, slip, said) in [
        (r#"name = "Kommunal administrator""#, r#"name == "Kommunal administrator""#, "der står et `=` for meget"),
        ("seats = 1", "seats = 01", "et tal begynder ikke med 0"),
        (
            r#"trainees = ["school-superuser"]"#,
            r#"trainees = ["school-superuser",, "x"]"#,
            "der står et komma for meget i listen",
        ),
    ] {
        let human = slipped(original, slip, "human");
        assert_eq!(human.matches("fejl[").count(), 1, "{human}");
        assert!(human.contains(&format!("ugyldig TOML: {said}\n")), "{said}:\n{human}");
        assert!(human.contains(&format!("eksempelby-2019.toml:{}:", line_of(original))), "{human}");
        assert!(!human.contains("expected") && !human.contains("extra"), "no parser words:\n{human}");
        if slip.contains("==") {
            assert!(human.contains(&format!("skriv {original}")), "the fix:\n{human}");
        }
    }
}

#[test]
fn two_slips_are_two_findings_each_at_its_place() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(root.join("plans/eksempelby-2019.toml")).expect("the example plan");
    let text = text
        .replacen("\nname = \"Kommunal administrator\"\n", "\nname = “Kommunal administrator”\n", 1)
        .replacen("\ntrainees = [\"school-superuser\"]\n", "\ntrainees = [\"school-superuser\"\n", 1);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("plan.toml");
    std::fs::write(&path, text).expect("write");
    let out =
        common::aula_plan().args(["--lang", "da", "validate", "--color", "never"]).arg(&path).output().expect("runs");
    let human = String::from_utf8(out.stdout).expect("UTF-8");
    assert_eq!(human.matches("fejl[").count(), 2, "{human}");
    assert!(
        human.contains("krumme anførselstegn") && human.contains("listen i `trainees` bliver ikke lukket"),
        "{human}"
    );
}

#[test]
fn a_text_over_lines_never_ended_is_found_where_it_begins() {
    let original = r#"name = "Kommunal administrator""#;
    one_danish_finding(
        original,
        r#"name = """Kommunal administrator"#,
        line_of(original),
        8,
        &["`name`", "aldrig afsluttet"],
    );
}
