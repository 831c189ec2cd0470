//! The loader: every table and key of format 1, every date form, and every schema mistake of a
//! file reported in one run.

use std::fmt::Write as _;

use aula_plan::diagnostic::Severity;
use aula_plan::load::load;
use aula_plan::plan::{PlanDate, Timing, UnitKind};
use aula_plan::rules::Overrides;
use aula_plan::span::LineIndex;
use aula_plan::validate::validate;

/// `rule line:col message` of each finding of `src`, after all rules and lint levels.
fn findings(src: &str) -> Vec<String> {
    let report = validate("t.toml".into(), src.as_bytes(), &Overrides::default());
    report
        .findings
        .iter()
        .map(|f| {
            let at = report.line_col(f.span.start());
            let sev = if f.severity == Severity::Error { "" } else { " (warning)" };
            format!("{} {}:{}{sev} {}", f.rule.name, at.line, at.column, f.message)
        })
        .collect()
}

const HEAD: &str = r#"format = 1
[plan]
title = "T"
root = "v"
[[unit]]
id = "v"
name = "V"
kind = "vendor"
"#;

#[test]
fn reports_every_schema_mistake_of_a_file_in_one_run() {
    let src = format!(
        r#"{HEAD}
[[unit]]
id = "north"
name = 7
kind = "aera"
pupils = -3
colour = "red"

[[role]]
name = "No id"
unit = "v"

[[training]]
id = "course"
name = "Kursus"
trainer = "v"
trainees = ["x", 3]
seats = "73"
duration = "7 timer"
start = 2019-03-04
"#
    );
    assert_eq!(
        findings(&src),
        [
            "schema 12:8 `name` must be a string, found an integer",
            "schema 13:8 `aera` is not a unit kind",
            "schema 14:10 `pupils` must be 0 or more, found -3",
            "schema 15:1 unknown key `colour` in [[unit]]",
            "schema 17:1 missing key `id` in [[role]]",
            "unknown-reference 25:13 `x` is not defined in this plan",
            "schema 25:18 `trainees` must be an array of strings, found an integer in it",
            "schema 26:9 `seats` must be a whole number, found a string",
            "schema 27:12 `7 timer` is not a course length",
            "schema 28:1 `start` without `end`",
        ]
    );
}

#[test]
fn reads_every_date_form() {
    let src = format!(
        r#"{HEAD}
[[phase]]
id = "a"
name = "A"
start = 2019-01-28
end = "open"

[[phase]]
id = "b"
name = "B"
start = "2019-W41"
end = "2019-10"

[[phase]]
id = "c"
name = "C"
date = "tbd"

[[phase]]
id = "d"
name = "D"
date = "2019-01-28"
"#
    );
    let plan = load(&src).plan.expect("loads");
    let timing: Vec<String> = plan
        .phases
        .iter()
        .map(|p| match p.timing.as_ref().expect("dated") {
            Timing::On(d) => d.value.to_string(),
            Timing::Between { start, end } => format!("{}..{}", start.value, end.value),
        })
        .collect();
    assert_eq!(timing, ["2019-01-28..open", "2019-W41..2019-10", "tbd", "2019-01-28"]);
    assert!(
        matches!(plan.phases[0].timing, Some(Timing::Between { start: ref s, .. }) if matches!(s.value, PlanDate::Day(_)))
    );
}

#[test]
fn bad_dates_say_what_is_wrong_and_how_to_write_them() {
    let src = format!(
        r#"{HEAD}
[[phase]]
id = "a"
name = "A"
start = "2019-13"
end = "28.02.18"

[[phase]]
id = "b"
name = "B"
date = 2019-03-04T10:00:00

[[phase]]
id = "c"
name = "C"
start = "open"
end = "tbd"

[[phase]]
id = "d"
name = "D"
date = 2019-03-04
start = 2019-03-04
end = 2019-03-05

[[phase]]
id = "e"
name = "E"
"#
    );
    assert_eq!(
        findings(&src),
        [
            "invalid-date 13:9 `2019-13` is not a valid date for `start`",
            "invalid-date 14:7 `28.02.18` is not a valid date for `end`",
            "invalid-date 19:8 `date` has a time of day",
            "invalid-date 24:9 `open` is not a valid date for `start`",
            "schema 30:1 both `date` and `start`/`end` are given",
            "schema 34:1 [[phase]] has no date",
        ]
    );
    let report = validate("t.toml".into(), src.as_bytes(), &Overrides::default());
    let help = report.findings[1].help.as_ref().map(ToString::to_string);
    assert_eq!(help.as_deref(), Some("write the day as 2018-02-28 (year-month-day, no quotes)"));
}

#[test]
fn inline_tables_dotted_keys_and_arrays_of_tables_read_alike() {
    let src = format!(
        r#"{HEAD}
[[unit]]
id = "a"
name = "A"
kind = "school"
parent = "v"
pupils = 300
seats = {{ r = 2 }}

[[unit]]
id = "b"
name = "B"
kind = "school"
parent = "v"
seats.r = 1

[[role]]
id = "r"
name = "R"
unit = "v"
quota = 3

[calendar]
holidays = "dk"
closed = [{{ name = "Sommerferie", start = 2019-06-29, end = 2019-08-11 }}]
"#
    );
    let loaded = load(&src);
    assert!(loaded.findings.is_empty(), "{:?}", loaded.findings);
    let plan = loaded.plan.expect("loads");
    let seats: Vec<(String, u64)> =
        plan.units.iter().flat_map(|u| u.seats.iter().map(|(r, n)| (r.value.to_string(), n.value))).collect();
    assert_eq!(seats, [("r".to_owned(), 2), ("r".to_owned(), 1)]);
    assert_eq!(plan.units[1].kind.as_ref().map(|k| k.value), Some(UnitKind::School));
    assert_eq!(plan.calendar.closed.len(), 1);
}

#[test]
fn a_single_table_where_an_array_of_tables_belongs_says_how_to_write_it() {
    let src = r#"format = 1
[plan]
title = "T"
root = "v"
[unit]
id = "v"
"#;
    let report = validate("t.toml".into(), src.as_bytes(), &Overrides::default());
    let f = report.findings.iter().find(|f| f.rule.name == "schema").expect("a schema finding");
    assert_eq!(f.message, "`unit` must be an array of tables, found a table");
    assert_eq!(f.help.as_ref().map(ToString::to_string).as_deref(), Some("write each entry as [[unit]]"));
    assert_eq!(report.line_col(f.span.start()).line, 5);

    let row = r#"format = 1
[plan]
title = "T"
root = "v"
[estimate.row]
party = "x"
"#;
    let report = validate("t.toml".into(), row.as_bytes(), &Overrides::default());
    let f = report.findings.iter().find(|f| f.rule.name == "schema").expect("a schema finding");
    assert_eq!(
        f.help.as_ref().map(ToString::to_string).as_deref(),
        Some("write each entry as [[estimate.row]]"),
        "the path, not the last key"
    );

    let inline = format!(
        r#"{HEAD}[estimate]
row = {{ party = "x" }}
"#
    );
    let report = validate("t.toml".into(), inline.as_bytes(), &Overrides::default());
    let f = report.findings.iter().find(|f| f.rule.name == "schema").expect("a schema finding");
    assert_eq!(f.message, "`row` must be an array of tables, found an inline table");
    assert_eq!(f.help, None, "[[row]] is no help to someone who wrote an inline table");
}

#[test]
fn what_a_value_is_says_how_it_was_written() {
    let src = format!(
        r#"{HEAD}[[person]]
id = "p"
name = {{ first = "A" }}
unit = [[1]]
roles = [[{{ a = 1 }}]]
note = 10:00:00
"#
    );
    let found = findings(&src);
    assert!(found.iter().any(|f| f.ends_with("`unit` must be a string, found an array")), "{found:#?}");
    assert!(found.iter().any(|f| f.ends_with("found an array in it")), "{found:#?}");
    assert!(found.iter().any(|f| f.ends_with("`note` must be a string, found a time")), "{found:#?}");
    assert!(found.iter().any(|f| f.ends_with("`name` must be a string, found an inline table")), "{found:#?}");
}

#[test]
fn invalid_ids_are_reported_once_with_a_suggestion_and_no_follow_on() {
    let src = format!(
        r#"{HEAD}
[[unit]]
id = "Børn & Kultur"
name = "B"
kind = "area"
parent = "v"
"#
    );
    let report = validate("t.toml".into(), src.as_bytes(), &Overrides::default());
    assert_eq!(report.findings.len(), 1);
    assert_eq!(
        report.findings[0].help.as_ref().map(ToString::to_string).as_deref(),
        Some("write `boern-kultur`; the display name goes in `name`")
    );
}

#[test]
fn the_format_version_is_checked_first() {
    assert_eq!(
        findings(
            r#"[plan]
title = "T"
root = "v"
[[unit]]
id = "v"
name = "V"
kind = "vendor"
"#
        ),
        ["unsupported-format 1:1 the plan does not say its format version"]
    );
    assert_eq!(
        findings("format = 3\n[plan]\nwhatever = 1\n"),
        ["unsupported-format 1:10 plan format 3 is not supported"],
        "an unknown version stops the check: its keys may mean something else"
    );
    assert_eq!(
        findings(&HEAD.replace("format = 1", r#"format = "1""#)),
        ["unsupported-format 1:10 `format` must be a number"]
    );
    assert_eq!(
        findings("format = [\"vendor\"]\n"),
        ["unsupported-format 1:10 plan format [\"vendor\"] is not supported"]
    );
    assert_eq!(
        findings("[[format]]\nx = 1\n"),
        ["unsupported-format 1:1 plan format an array of tables is not supported"]
    );
}

#[test]
fn lint_levels_in_the_plan_change_severity_or_silence_a_rule() {
    let dates = r#"
[[phase]]
id = "p"
name = "P"
start = 2019-02-01
end = 2019-01-01
"#;
    let warn = format!(
        r#"{HEAD}{dates}
[lints]
reversed-dates = "warn"
"#
    );
    assert_eq!(findings(&warn), ["reversed-dates 14:7 (warning) `p` ends (2019-01-01) before it starts (2019-02-01)"]);
    let allow = format!(
        r#"{HEAD}{dates}
[lints]
reversed-dates = "allow"
"#
    );
    assert_eq!(findings(&allow), Vec::<String>::new());
    let typo = format!(
        r#"{HEAD}
[lints]
reversed-date = "allow"
parse-error = "allow"
schema = "loud"
"#
    );
    assert_eq!(
        findings(&typo),
        [
            "schema 11:1 unknown rule `reversed-date` in [lints]",
            "schema 12:1 the level of `parse-error` cannot be changed",
            "schema 13:10 `loud` is not a lint level",
        ]
    );
}

#[test]
fn each_syntax_error_is_a_finding_and_not_utf8_is_a_parse_error() {
    assert_eq!(
        findings("format = 1\n[plan\n"),
        ["parse-error 2:1 invalid TOML: the header `[plan` does not have as many brackets on each side of its name"]
    );
    assert_eq!(findings("a = 99999999999999999999\n").len(), 1, "integers beyond i64 are a syntax error");
    // Wherever it stands, and in any base: the parser keeps it as text, the loader looks.
    let deep = format!("{HEAD}[lints]\nx = {{ y = [1, 0x1_0000_0000_0000_0000] }}\nz = 9223372036854775808\n");
    assert_eq!(
        findings(&deep),
        [
            "parse-error 10:15 invalid TOML: the number is too large",
            "parse-error 11:5 invalid TOML: the number is too large"
        ],
        "where the parser recovers, every syntax error of the file in one run"
    );
    for (src, at) in [
        (format!("{HEAD}colour = [[0b1{}]]\n", "0".repeat(64)), "9:12"),
        (
            format!(
                r#"{HEAD}[[role]]
id = "r"
name = {{ n = -9_223_372_036_854_775_809 }}
"#
            ),
            "11:14",
        ),
        (
            format!(
                r#"{HEAD}[[role]]
id = "r"
quota = 0o1777777777777777777777
"#
            ),
            "11:9",
        ),
        ("format = 18446744073709551616\n".to_owned(), "1:10"),
    ] {
        assert_eq!(findings(&src), [format!("parse-error {at} invalid TOML: the number is too large")], "{src}");
    }
    let fits = format!(
        r#"{HEAD}[[role]]
id = "r"
name = "R"
unit = "v"
quota = 0x7FFF_FFFF_FFFF_FFFF
"#
    );
    assert!(findings(&fits).iter().all(|f| !f.starts_with("parse-error")), "{:?}", findings(&fits));
    let report = validate("t.toml".into(), b"format = 1\ntitle = \"caf\xe9\"\n", &Overrides::default());
    assert_eq!(report.findings.len(), 1);
    assert_eq!(report.findings[0].rule.name, "parse-error");
    assert_eq!(report.line_col(report.findings[0].span.start()).line, 2);
}

#[test]
fn columns_count_characters_not_bytes() {
    let src = r#"format = 1
[plan]
title = "Børn"
root = "ø"
"#;
    let idx = LineIndex::new(src);
    let report = validate("t.toml".into(), src.as_bytes(), &Overrides::default());
    let f = &report.findings[0];
    assert_eq!(f.rule.name, "unknown-reference");
    assert_eq!(idx.line_col(src, f.span.start()).column, 8);
}

#[test]
fn a_role_counts_seats_or_a_population_not_both() {
    let src = format!(
        r#"{HEAD}
[[role]]
id = "staff"
name = "S"
unit = "v"
quota = 3
population = 40
"#
    );
    let schema: Vec<String> = findings(&src).into_iter().filter(|f| f.starts_with("schema ")).collect();
    assert_eq!(schema, ["schema 15:14 a role has both `quota` and `population`"]);
}

#[test]
fn an_id_belongs_to_the_first_entity_in_the_file_whatever_its_kind() {
    // The phase comes first in the file, though units and roles are indexed before phases.
    let src = "format = 1\n[plan]\ntitle = \"T\"\nroot = \"x\"\n[[phase]]\nid = \"x\"\nname = \"P\"\ndate = 2019-01-01\n\
               [[unit]]\nid = \"x\"\nname = \"U\"\nkind = \"area\"\n[[role]]\nid = \"x\"\nname = \"R\"\nunit = \"x\"\n";
    let report = validate("t.toml".into(), src.as_bytes(), &Overrides::default());
    let dups: Vec<(usize, usize)> = report
        .findings
        .iter()
        .filter(|f| f.rule.name == "duplicate-id")
        .map(|f| (report.line_col(f.span.start()).line, report.line_col(f.related[0].0.start()).line))
        .collect();
    assert_eq!(dups, [(10, 6), (14, 6)]);
    let plan = load(src).plan.expect("a plan");
    assert_eq!(plan.lookup("x").map(|r| r.kind), Some(aula_plan::plan::EntityKind::Phase));
}

#[test]
fn unknown_ids_get_a_suggestion_each_until_searching_would_cost_too_much() {
    // One typo repeated is searched for once; after 256 different unknown ids, no more searches
    // (each compares with every id of the plan), so a file full of them stays linear.
    let mut src = format!(
        r#"{HEAD}[[role]]
id = "school-superuser"
name = "S"
unit = "v"
"#
    );
    for i in 0..300 {
        let _ = writeln!(
            src,
            r#"[[person]]
id = "p{i}"
name = "P"
unit = "v"
roles = ["school-superuser{i}", "school-superusr"]"#
        );
    }
    let report = validate("t.toml".into(), src.as_bytes(), &Overrides::default());
    let helps: Vec<String> = report
        .findings
        .iter()
        .filter(|f| f.rule.name == "unknown-reference")
        .filter_map(|f| f.help.as_ref().map(ToString::to_string))
        .collect();
    assert_eq!(helps.len(), 301, "one finding per unknown id, however often it is used");
    let suggested = helps.iter().filter(|h| h.contains("did you mean `school-superuser`")).count();
    assert_eq!(suggested, 256, "the first 256 ids, in the order of the file, the repeated typo among them");
    let typo = report.findings.iter().find(|f| f.message.to_string().contains("`school-superusr`")).expect("the typo");
    assert_eq!(typo.related.len(), 299, "its other uses are shown with it");
    assert!(typo.help.as_ref().map(ToString::to_string).as_deref().is_some_and(|h| h.contains("did you mean")));
}

#[test]
fn syntax_errors_in_plain_words() {
    let report = |src: &str| validate("t.toml".into(), src.as_bytes(), &Overrides::default());
    let twice = report("format = 1\n[plan]\ntitle = \"T\"\nroot = \"v\"\ntitle = \"U\"\n");
    let f = &twice.findings[0];
    assert_eq!(f.message, "invalid TOML: `title` is defined twice");
    assert_eq!(
        f.related.iter().map(|(s, t)| (twice.line_col(s.start()).line, t.to_string())).collect::<Vec<_>>(),
        [(3, "first defined here".to_owned())]
    );
    let bare = report(
        "format = 1\n[plan]\ntitle = \"T\"\nroot = \"v\"\n[[role]]\nid = \"r\"\nname = \"R\"\nunit = \"v\"\nquota = three\n",
    );
    assert_eq!(bare.findings[0].message, "invalid TOML: the text `three` has no quotes");
    assert!(
        bare.findings[0].help.as_ref().map(ToString::to_string).as_deref().is_some_and(|h| h.contains("\"three\""))
    );
    let list =
        report("format = 1\n[plan]\ntitle = \"T\"\nroot = \"v\"\n[[training]]\nid = \"a\"\n[training]\nid = \"b\"\n");
    assert_eq!(
        list.findings[0].message,
        "invalid TOML: `[training]` where `training` is a list of [[training]] entries"
    );
    assert_eq!(
        list.findings[0].help.as_ref().map(ToString::to_string).as_deref(),
        Some("write [[training]] for another entry")
    );
    // The first entry written `[training]` and the rest `[[training]]`: one mistake, one
    // finding at the first, not one per entry after it.
    let first = report(
        "format = 1\n[plan]\ntitle = \"T\"\nroot = \"v\"\n[training]\nid = \"a\"\n[[training]]\nid = \"b\"\n[[training]]\nid = \"c\"\n",
    );
    assert_eq!(first.findings.len(), 1, "{:?}", first.findings);
    assert_eq!(
        first.findings[0].message,
        "invalid TOML: `[training]` is one table, but `training` is a list of [[training]] entries"
    );
    assert_eq!(first.line_col(first.findings[0].span.start()).line, 5);
    assert_eq!(
        first.findings[0].help.as_ref().map(ToString::to_string).as_deref(),
        Some("write [[training]] for an entry of the list")
    );
    let empty = report("format = 1\n[plan]\ntitle = \"T\"\nroot = \"v\"\nowner = \n");
    assert_eq!(empty.findings[0].message, "invalid TOML: `owner` has no value after `=`");
}
