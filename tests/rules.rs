//! Every rule against its fixture: each file under tests/fixtures/rules/ is named after a rule
//! and says in `# expect:` lines exactly which findings it must give (rule, severity,
//! line:column). The human rendering of each is kept as a snapshot.

use std::path::{Path, PathBuf};

use aula_plan::diagnostic::{FileReport, human};
use aula_plan::rules;
use aula_plan::validate::validate;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

fn check(path: &Path) -> FileReport {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let name = path.strip_prefix(env!("CARGO_MANIFEST_DIR")).unwrap_or(path);
    validate(name.display().to_string(), &bytes, &[])
}

/// `(rule, severity, line, column)` of each finding.
fn found(report: &FileReport) -> Vec<String> {
    report
        .findings
        .iter()
        .map(|f| {
            let at = report.line_col(f.span.start);
            format!("{} {} {}:{}", f.rule.name, f.severity.as_str(), at.line, at.column)
        })
        .collect()
}

fn expected(report: &FileReport) -> Vec<String> {
    report.source.lines().filter_map(|l| l.strip_prefix("# expect: ")).map(str::to_owned).collect()
}

#[test]
fn every_rule_has_a_fixture_giving_exactly_its_findings() {
    for rule in rules::ALL {
        let report = check(&fixtures().join(format!("rules/{}.toml", rule.name)));
        let want = expected(&report);
        assert!(want.iter().any(|w| w.starts_with(&format!("{} ", rule.name))), "{}: no expectation", rule.name);
        assert_eq!(found(&report), want, "{}", rule.name);
    }
}

#[test]
fn human_output_of_each_rule() {
    for rule in rules::ALL {
        let report = check(&fixtures().join(format!("rules/{}.toml", rule.name)));
        let text = anstream::adapter::strip_str(&human::render(&report)).to_string();
        insta::assert_snapshot!(format!("human-{}", rule.name), text);
    }
}

#[test]
fn a_plan_that_follows_every_rule_has_no_finding() {
    let report = check(&fixtures().join("clean.toml"));
    assert_eq!(found(&report), Vec::<String>::new());
}

#[test]
fn the_esbjerg_plan_shows_the_defects_of_its_source() {
    let report = check(&Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/esbjerg-2020.toml"));
    let lines: Vec<&str> = report.source.lines().collect();
    let summary: Vec<(String, &str)> = report
        .findings
        .iter()
        .map(|f| (f.rule.name.to_owned(), lines[report.line_col(f.span.start).line - 1].trim()))
        .collect();
    assert_eq!(
        summary,
        [
            (
                "unknown-reference".to_owned(),
                "trainer = [\"henriette\", \"jacob\", \"annette\"]   # NOTE: Henriette is not in the organisation"
            ),
            ("unknown-reference".to_owned(), "trainer = [\"henriette\", \"morten\", \"jacob\", \"annette\"]"),
            ("reversed-dates".to_owned(), "end = 2018-02-28"),
        ]
    );
}

#[test]
fn the_kombit_plan_is_clean() {
    let report = check(&Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/kombit-2016.toml"));
    assert_eq!(found(&report), Vec::<String>::new());
}
