//! The rules: the pass that runs every check over a plan, and lint levels applied to findings.
//!
//! Each family lives in its own file, with the text of its findings beside its checks; the
//! rules' names, default levels and explanations are the registry's ([`crate::registry`]).

pub mod calendar;
pub mod cascade;
pub mod cycles;
pub mod dates;
pub mod estimate;
pub mod follows;
pub mod format;
pub mod privacy;
pub mod quotas;
pub mod readings;
pub mod references;
pub mod support;
pub mod timeline;

use crate::diagnostic::{Finding, Severity};
use crate::plan::Plan;
use crate::registry::{self, Level, PARSE_ERROR, Rule};

/// Runs the rules that read the file's text itself (personal data), loaded or not.
pub fn check_text(source: &str, findings: &mut Vec<Finding>) {
    privacy::check(source, findings);
}

/// Runs every rule family over a loaded plan.
#[must_use]
pub fn check(plan: &Plan) -> Vec<Finding> {
    let mut findings = independent(plan);
    findings.extend(graphed(plan));
    findings
}

/// Runs every rule over a plan file: those that read its text, and (when it loaded) those
/// that read the plan. A large plan (a national one) is checked on two threads, the text and
/// the families that need the plan's graphs on one, the rest on the other; the findings come
/// in the same order either way.
#[must_use]
pub fn check_file(source: &str, plan: Option<&Plan>) -> Vec<Finding> {
    let text = || {
        let mut findings = Vec::new();
        check_text(source, &mut findings);
        findings
    };
    let Some(plan) = plan else { return text() };
    if plan.id_count() < PARALLEL_FROM {
        let mut findings = text();
        findings.extend(check(plan));
        return findings;
    }
    let ((mut findings, graphed), independent) = std::thread::scope(|scope| {
        let other = scope.spawn(|| (text(), graphed(plan)));
        let independent = independent(plan);
        (other.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)), independent)
    });
    findings.extend(independent);
    findings.extend(graphed);
    findings
}

/// The number of entities from which [`check`] uses a second thread: below it, starting one
/// costs more than it saves.
const PARALLEL_FROM: usize = 5_000;

/// The families that read the plan alone.
fn independent(plan: &Plan) -> Vec<Finding> {
    let mut findings = Vec::new();
    references::check(plan, &mut findings);
    readings::check(plan, &mut findings);
    dates::check(plan, &mut findings);
    quotas::check(plan, &mut findings);
    support::check(plan, &mut findings);
    calendar::check(plan, &mut findings);
    estimate::check(plan, &mut findings);
    findings
}

/// The families that read the plan's graphs (the cascade and the order of activities).
fn graphed(plan: &Plan) -> Vec<Finding> {
    let mut findings = Vec::new();
    let graphs = cycles::check(plan, &mut findings);
    cascade::check(plan, &graphs, &mut findings);
    timeline::check(plan, &graphs.dependency_loops, &mut findings);
    findings
}

/// Lint levels from the command line, in the order given: the last word on a rule wins, and
/// `warnings` is a word on every rule that is then a warning.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub rules: Vec<(Rule, Level)>,
    /// `--deny warnings` / `--allow warnings`: what becomes of every finding still a warning,
    /// and how many words on single rules came before it (a word on a rule after it wins).
    pub warnings: Option<(Level, usize)>,
}

impl Overrides {
    /// Adds `--deny NAME` (or warn, allow); `warnings` names every warning.
    ///
    /// # Errors
    /// The name of a rule that does not exist, with the closest rule name if there is one.
    pub fn set(&mut self, name: &str, level: Level) -> Result<(), UnknownRule> {
        if name == "warnings" {
            self.warnings = Some((level, self.rules.len()));
            return Ok(());
        }
        let rule = registry::find(name).ok_or_else(|| UnknownRule {
            name: name.to_owned(),
            suggestion: crate::diagnostic::closest(name, registry::ALL.iter().map(|r| r.name).chain(["warnings"])),
        })?;
        self.rules.push((rule, level));
        Ok(())
    }
}

/// A rule name that is not one of aula-plan's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.text())]
pub struct UnknownRule {
    pub name: String,
    pub suggestion: Option<&'static str>,
}

impl UnknownRule {
    /// The error in words (`i18n/*/errors.ftl`).
    #[must_use]
    pub fn text(&self) -> crate::i18n::Text {
        crate::i18n::Text::id("error-unknown-rule")
            .arg("name", &self.name)
            .arg("hint", crate::i18n::hint(self.suggestion))
    }
}

/// Sets each finding's severity from the plan's `[lints]` and then `overrides` (the command
/// line, which wins), and drops the allowed ones. `parse-error` cannot be lowered.
/// Returns how many findings an `allow` hid.
pub fn apply_levels(findings: &mut Vec<Finding>, plan: Option<&Plan>, overrides: &Overrides) -> usize {
    let level_of = |rule: Rule| {
        let from_plan = plan.and_then(|p| p.lints.iter().rev().find(|l| l.rule == rule)).map(|l| l.level.value);
        let from_cli =
            overrides.rules.iter().enumerate().rev().find(|(_, (r, _))| *r == rule).map(|(i, &(_, l))| (i, l));
        let level = from_cli.map(|(_, l)| l).or(from_plan).unwrap_or(rule.level);
        match (level, overrides.warnings) {
            // `warnings` after the last word on this rule, or with none: it has the last word.
            (Level::Warn, Some((all, at))) if from_cli.is_none_or(|(i, _)| i < at) => all,
            _ => level,
        }
    };
    let before = findings.len();
    findings.retain_mut(|f| {
        if f.rule == PARSE_ERROR {
            f.severity = Severity::Error;
            return true;
        }
        match Severity::of(level_of(f.rule)) {
            Some(s) => {
                f.severity = s;
                true
            }
            None => false,
        }
    });
    before - findings.len()
}
