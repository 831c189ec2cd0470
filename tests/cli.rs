//! The `aula-plan` binary as users and CI meet it: arguments, output formats, exit status.

use std::path::Path;

use predicates::prelude::*;

mod common;

use common::{aula_plan, stdout_of};

#[test]
fn help_lists_the_commands() {
    insta::assert_snapshot!("help", stdout_of(aula_plan().arg("--help")));
    insta::assert_snapshot!("validate-help", stdout_of(aula_plan().args(["validate", "--help"])));
}

#[test]
fn version_names_the_release() {
    aula_plan().arg("--version").assert().success().stdout(format!("aula-plan {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn the_esbjerg_plan_fails_with_its_defects_at_their_lines() {
    let out = aula_plan().args(["validate", "plans/esbjerg-2020.toml"]).assert().code(1);
    let text = String::from_utf8(out.get_output().stdout.clone()).expect("UTF-8");
    assert!(!text.contains('\u{1b}'), "no colour when stdout is not a terminal");
    insta::assert_snapshot!("esbjerg-human", text);
}

#[test]
fn a_clean_plan_passes_with_a_summary() {
    aula_plan()
        .args(["validate", "tests/fixtures/clean.toml"])
        .assert()
        .success()
        .stdout("Checked 1 plan: no problems found.\n")
        .stderr("");
}

#[test]
fn bad_toml_is_one_finding_and_exit_1() {
    aula_plan()
        .args(["validate", "tests/fixtures/rules/parse-error.toml"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[parse-error]").count(1))
        .stdout(predicate::str::contains("Checked 1 plan: 1 error, 0 warnings."))
        .stderr("");
}

#[test]
fn a_missing_file_is_one_line_naming_it_and_exit_2() {
    aula_plan()
        .args(["validate", "plans/no-such-plan.toml"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::is_match("^error: cannot read plans/no-such-plan.toml: [^\n]+\n$").expect("regex"));
}

#[test]
fn other_plans_are_still_checked_when_one_is_missing() {
    aula_plan()
        .args(["validate", "nope.toml", "tests/fixtures/clean.toml"])
        .assert()
        .code(2)
        .stdout("Checked 1 plan: no problems found.\n")
        .stderr(predicate::str::contains("nope.toml"));
}

#[test]
fn a_directory_means_every_plan_in_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    std::fs::copy(fixtures.join("clean.toml"), dir.path().join("a.toml")).expect("copy");
    std::fs::copy(fixtures.join("rules/reversed-dates.toml"), dir.path().join("b.toml")).expect("copy");
    std::fs::write(dir.path().join("notes.txt"), "not a plan").expect("write");
    aula_plan()
        .arg("validate")
        .arg(dir.path())
        .assert()
        .code(1)
        .stdout(predicate::str::contains("b.toml:17:7"))
        .stdout(predicate::str::ends_with("Checked 2 plans: 1 error, 0 warnings.\n"));
    let empty = tempfile::tempdir().expect("tempdir");
    aula_plan()
        .arg("validate")
        .arg(empty.path())
        .assert()
        .code(2)
        .stderr(predicate::str::contains("no *.toml files in this directory"));
}

#[test]
fn json_has_file_rule_severity_message_line_and_column() {
    let text = stdout_of(aula_plan().args(["validate", "--format", "json", "plans/esbjerg-2020.toml"]));
    let doc: serde_json::Value = serde_json::from_str(&text).expect("one JSON document");
    let findings = doc["findings"].as_array().expect("findings");
    let first = findings.iter().find(|f| f["rule"] == "unknown-reference").expect("Henriette");
    assert_eq!(first["file"], "plans/esbjerg-2020.toml");
    assert_eq!(first["rule"], "unknown-reference");
    assert_eq!(first["severity"], "error");
    assert_eq!(first["message"], "`henriette` is not defined in this plan");
    let line = line_of("plans/esbjerg-2020.toml", "trainer = [\"henriette\"");
    assert_eq!((first["line"].as_u64(), first["column"].as_u64()), (Some(line), Some(12)));
    let errors = findings.iter().filter(|f| f["severity"] == "error").count();
    assert_eq!(doc["summary"], serde_json::json!({"files": 1, "errors": errors, "warnings": findings.len() - errors}));
}

#[test]
fn github_format_annotates_each_line() {
    let text = stdout_of(aula_plan().args(["validate", "--format", "github", "plans/esbjerg-2020.toml"]));
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines.iter().all(|l| l.starts_with("::error file=") || l.starts_with("::warning file=")));
    let line = line_of("plans/esbjerg-2020.toml", "end = 2018-02-28");
    let expected = format!(
        "::error file=plans/esbjerg-2020.toml,line={line},col=7,endLine={line},endColumn=17,title=reversed-dates::\
         `school-admin-staff-training` ends (2018-02-28) before it starts (2019-01-25)%0A\
         help: check the years; swap `start` and `end` if they are the wrong way round"
    );
    assert!(lines.contains(&expected.as_str()), "{text}");
}

/// The line (from 1) of a plan where `text` first stands.
fn line_of(plan: &str, text: &str) -> u64 {
    let source = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(plan)).expect("plan");
    let at = source.find(text).expect("the text is in the plan");
    source[..at].lines().count() as u64 + 1
}

#[test]
fn colour_only_when_asked_or_on_a_terminal_and_never_with_no_color() {
    let plan = "tests/fixtures/rules/schema.toml";
    let coloured = stdout_of(aula_plan().args(["validate", "--color", "always", plan]));
    assert!(coloured.contains("\u{1b}["));
    let no_color = stdout_of(aula_plan().args(["validate", plan]).env("NO_COLOR", "1").env("CLICOLOR_FORCE", "1"));
    assert!(!no_color.contains('\u{1b}'));
}

#[test]
fn reads_a_plan_from_standard_input() {
    let plan =
        std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/rules/schema.toml")).expect("fixture");
    aula_plan()
        .args(["validate", "-"])
        .write_stdin(plan)
        .assert()
        .code(1)
        .stdout(predicate::str::contains("--> <stdin>:17:1"));
}

#[test]
fn bad_arguments_exit_2() {
    aula_plan().arg("validate").assert().code(2);
    aula_plan().args(["validate", "--format", "xml", "x.toml"]).assert().code(2);
}

#[test]
fn lint_levels_from_the_command_line_win_and_the_last_word_counts() {
    let plan = "tests/fixtures/rules/tbd-date.toml";
    aula_plan().args(["validate", plan]).assert().success().stdout(predicate::str::contains("warning[tbd-date]"));
    aula_plan()
        .args(["validate", "--deny", "tbd-date", plan])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("error[tbd-date]"));
    aula_plan().args(["validate", "-D", "warnings", plan]).assert().code(1);
    aula_plan()
        .args(["validate", "-D", "warnings", "--allow", "tbd-date", plan])
        .assert()
        .success()
        .stdout("Checked 1 plan: no problems shown (1 finding allowed, not shown).\n");
    aula_plan()
        .args(["validate", "--allow", "tbd-date", "--warn", "tbd-date", plan])
        .assert()
        .success()
        .stdout(predicate::str::contains("warning[tbd-date]"));
}

#[test]
fn an_unknown_rule_on_the_command_line_is_exit_2_with_a_suggestion() {
    aula_plan()
        .args(["validate", "--deny", "tbd-dates", "tests/fixtures/clean.toml"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("error: unknown rule `tbd-dates` (did you mean `tbd-date`?); `aula-plan rules` lists the rules\n");
}

#[test]
fn rules_lists_every_rule_and_explain_prints_one() {
    insta::assert_snapshot!("rules", stdout_of(aula_plan().arg("rules")));
    let json = stdout_of(aula_plan().args(["rules", "--format", "json"]));
    let list: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    assert_eq!(list.as_array().map(Vec::len), Some(aula_plan::registry::ALL.len()));
    assert_eq!(list[0]["name"], "parse-error");
    let text = stdout_of(aula_plan().args(["explain", "untrained-trainer"]));
    assert!(text.starts_with("untrained-trainer (error by default)\n\nSomeone teaches a training but is never taught"));
    // Markdown put for the terminal: headings without their `##`, code indented, no fences.
    assert!(text.contains("\nExample\n") && text.contains("\nUse instead\n"), "{text}");
    assert!(!text.contains("##") && !text.contains("```"), "{text}");
    assert!(text.contains("\n    [[training]]\n"), "{text}");
    aula_plan()
        .args(["explain", "tbd-dates"])
        .assert()
        .code(2)
        .stderr("error: unknown rule `tbd-dates` (did you mean `tbd-date`?)\n");
}

#[test]
fn several_plans_are_reported_in_the_order_given() {
    // Checked in parallel, reported in order: each plan's findings, then the next plan's.
    let names = ["reversed-dates", "unknown-reference", "duplicate-id", "org-cycle", "tbd-date", "vacant-seat"];
    let paths: Vec<String> = names.iter().rev().map(|n| format!("tests/fixtures/rules/{n}.toml")).collect();
    let out = common::stdout_of(aula_plan().arg("validate").args(&paths));
    let order: Vec<&str> = out
        .lines()
        .filter_map(|l| l.trim().strip_prefix("--> "))
        .map(|at| at.split(':').next().unwrap())
        .fold(Vec::new(), |mut seen, p| {
            if seen.last() != Some(&p) {
                seen.push(p);
            }
            seen
        });
    assert_eq!(order, paths.iter().map(String::as_str).collect::<Vec<_>>());
}

/// Findings a lint level hides are counted in the summary, so that "no problems found" is
/// never said over hidden warnings.
#[test]
fn the_summary_says_how_many_findings_it_hid() {
    let text = stdout_of(aula_plan().args(["validate", "plans/esbjerg-2020.toml", "--allow", "warnings"]));
    assert!(
        text.trim_end().ends_with("Checked 1 plan: 6 errors, 0 warnings (44 findings allowed, not shown)."),
        "{text}"
    );
    let text = stdout_of(aula_plan().args(["validate", "plans/kombit-2016.toml", "--allow", "warnings"]));
    assert!(text.trim_end().ends_with("Checked 1 plan: no problems shown (6 findings allowed, not shown)."), "{text}");
    let da = stdout_of(aula_plan().env("AULA_PLAN_LANG", "da").args([
        "validate",
        "plans/kombit-2016.toml",
        "-A",
        "warnings",
    ]));
    assert!(da.trim_end().ends_with("1 plan gennemgået: ingen fund vist (6 fund tilladt, ikke vist)."), "{da}");
}

#[test]
fn numbers_and_days_given_wrongly_get_a_sentence_in_danish_that_says_what_to_write() {
    let plan = "plans/eksempelby-2019.toml";
    let cases: &[(&[&str], &str)] = &[
        (&["move", plan, "nc-admin", "--days", "1,5"], "forventede et helt antal, fx 2 eller -1"),
        (&["move", plan, "nc-admin", "--weeks", "tre"], "forventede et helt antal, fx 2 eller -1"),
        (&["status", plan, "--weeks", "tre"], "forventede et helt antal uger, 0 eller flere"),
        (&["status", plan, "--weeks", "-1"], "forventede et helt antal uger, 0 eller flere"),
        (&["status", plan, "--today", "15.03.2019"], "skriv dagen som år-måned-dag: 2019-03-15"),
        (&["status", plan, "--today", "uge 11 2019"], "en uge, ikke en dag: skriv en dag, fx ugens mandag 2019-03-11"),
    ];
    for (args, says) in cases {
        let out = aula_plan().args(["--lang", "da"]).args(*args).output().expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(err.contains(says), "{args:?}: {err}");
        assert!(!err.contains("invalid digit") && !err.contains("unexpected argument"), "{args:?}: {err}");
    }
}

#[test]
fn a_view_written_to_a_file_takes_its_format_from_the_name_and_never_holds_terminal_codes() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = "plans/eksempelby-2019.toml";
    let written = |args: &[&str], file: &str| {
        let path = dir.path().join(file);
        let out = aula_plan().args(args).arg("-o").arg(&path).output().expect("runs");
        assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        std::fs::read_to_string(&path).expect("written")
    };
    let page = written(&["status", plan, "--today", "2019-03-15"], "status.html");
    assert!(page.starts_with("<!DOCTYPE html>"), "{page}");
    let page = written(&["overview", "plans"], "overview.html");
    assert!(page.starts_with("<!DOCTYPE html>"), "{page}");
    let json = written(&["show", "roles", plan], "roles.json");
    assert!(serde_json::from_str::<serde_json::Value>(&json).is_ok(), "{json}");
    let table = written(&["show", "roles", plan], "roles.txt");
    assert!(table.contains("Roles") && !table.contains('\u{1b}'), "{table:?}");
    let table = written(&["overview", "plans"], "overview.txt");
    assert!(!table.contains('\u{1b}'), "{table:?}");
}

#[test]
fn on_the_command_line_the_last_word_on_a_rule_wins_over_warnings_too() {
    let plan = "plans/esbjerg-2020.toml";
    let tbd = |args: &[&str]| -> Vec<String> {
        let out = aula_plan().args(["validate", plan, "--format", "json"]).args(args).output().expect("runs");
        let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
        let findings = doc["findings"].as_array().cloned().unwrap_or_default();
        findings
            .iter()
            .filter(|f| f["rule"] == "tbd-date")
            .map(|f| f["severity"].as_str().unwrap().to_owned())
            .collect()
    };
    // After --deny warnings, a word on one rule sets that rule.
    assert!(tbd(&["-D", "warnings", "-W", "tbd-date"]).iter().all(|s| s == "warning"));
    assert!(!tbd(&["-D", "warnings", "-W", "tbd-date"]).is_empty());
    assert!(tbd(&["-A", "warnings", "-W", "tbd-date"]).iter().all(|s| s == "warning"));
    assert!(!tbd(&["-A", "warnings", "-W", "tbd-date"]).is_empty());
    // Before it, the group has the last word.
    assert!(tbd(&["-W", "tbd-date", "-D", "warnings"]).iter().all(|s| s == "error"));
    assert!(tbd(&["-D", "warnings", "-A", "tbd-date"]).is_empty());
    // A syntax error is always an error: not lowered from the command line either.
    aula_plan()
        .args(["validate", plan, "-A", "parse-error"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("parse-error"));
}
