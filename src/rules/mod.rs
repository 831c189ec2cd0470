//! The rules: a registry of every named check, and the pass that runs them over a plan.
//!
//! Each family lives in its own file, and each rule's name, default level, summary and
//! explanation live beside its check as a `static` [`Rule`]; findings' messages are built
//! there too. This file only lists them and applies lint levels.

pub mod calendar;
pub mod cascade;
pub mod cycles;
pub mod dates;
pub mod estimate;
pub mod format;
pub mod quotas;
pub mod references;
pub mod support;
pub mod timeline;

use crate::diagnostic::{Finding, Severity};
use crate::plan::{Keyword, Plan};

/// A named check, as users refer to it in `[lints]`, on the command line and in JSON.
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    /// Stable kebab-case name.
    pub name: &'static str,
    /// Level when neither the plan nor the command line sets one.
    pub level: Level,
    /// One line: what the rule finds.
    pub summary: &'static str,
    /// Longer text: what it does, why it matters, a bad and a fixed example.
    pub explanation: &'static str,
}

/// What to do with a rule's findings, as clippy and ruff name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Level {
    Allow,
    Warn,
    Deny,
}

impl Keyword for Level {
    const WHAT: &'static str = "lint level";
    const ALL: &'static [(&'static str, Self)] = &[("allow", Self::Allow), ("warn", Self::Warn), ("deny", Self::Deny)];
}

impl Level {
    /// The severity of findings at this level; `None` when they are not shown.
    #[must_use]
    pub const fn severity(self) -> Option<Severity> {
        match self {
            Self::Allow => None,
            Self::Warn => Some(Severity::Warning),
            Self::Deny => Some(Severity::Error),
        }
    }
}

/// Every rule, in the order `aula-plan rules` lists them.
pub static ALL: &[&Rule] = &[
    &format::PARSE_ERROR,
    &format::SCHEMA,
    &format::UNSUPPORTED_FORMAT,
    &references::DUPLICATE_ID,
    &references::UNKNOWN_REFERENCE,
    &dates::INVALID_DATE,
    &dates::REVERSED_DATES,
    &cycles::ORG_CYCLE,
    &cycles::CASCADE_CYCLE,
    &cycles::DEPENDENCY_CYCLE,
    &cascade::UNTRAINED_TRAINER,
    &cascade::TRAINER_TRAINED_LATE,
    &timeline::DEPENDENCY_ORDER,
    &quotas::QUOTA_MISMATCH,
    &quotas::OVER_ASSIGNED,
    &support::SUPPORT_GAP,
    &estimate::ESTIMATE_TOTAL,
    &timeline::TBD_DATE,
    &quotas::VACANT_SEAT,
    &quotas::TENTATIVE_HOLDER,
    &quotas::APPORTIONMENT,
    &cascade::UNREACHED_ROLE,
    &calendar::HOLIDAY_SESSION,
];

/// The rule of that name.
#[must_use]
pub fn find(name: &str) -> Option<&'static Rule> {
    ALL.iter().copied().find(|r| r.name == name)
}

/// Runs every rule family over a loaded plan.
#[must_use]
pub fn check(plan: &Plan) -> Vec<Finding> {
    let mut findings = Vec::new();
    references::check(plan, &mut findings);
    dates::check(plan, &mut findings);
    let graphs = cycles::check(plan, &mut findings);
    quotas::check(plan, &mut findings);
    cascade::check(plan, &graphs, &mut findings);
    support::check(plan, &mut findings);
    timeline::check(plan, &graphs.dependency_loops, &mut findings);
    calendar::check(plan, &mut findings);
    estimate::check(plan, &mut findings);
    findings
}

/// Lint levels from the command line, in the order given (the last word on a rule wins).
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub rules: Vec<(&'static Rule, Level)>,
    /// `--deny warnings` / `--allow warnings`: what becomes of every finding still a warning.
    pub warnings: Option<Level>,
}

impl Overrides {
    /// Adds `--deny NAME` (or warn, allow); `warnings` names every warning.
    ///
    /// # Errors
    /// The name of a rule that does not exist, with the closest rule name if there is one.
    pub fn set(&mut self, name: &str, level: Level) -> Result<(), UnknownRule> {
        if name == "warnings" {
            self.warnings = Some(level);
            return Ok(());
        }
        let rule = find(name).ok_or_else(|| UnknownRule {
            name: name.to_owned(),
            suggestion: crate::diagnostic::closest(name, ALL.iter().map(|r| r.name).chain(["warnings"])),
        })?;
        self.rules.push((rule, level));
        Ok(())
    }
}

/// A rule name that is not one of aula-plan's.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown rule `{name}`{}", suggestion.map(|s| format!(" (did you mean `{s}`?)")).unwrap_or_default())]
pub struct UnknownRule {
    pub name: String,
    pub suggestion: Option<&'static str>,
}

/// Sets each finding's severity from the plan's `[lints]` and then `overrides` (the command
/// line, which wins), and drops the allowed ones. `parse-error` cannot be lowered.
pub fn apply_levels(findings: &mut Vec<Finding>, plan: Option<&Plan>, overrides: &Overrides) {
    let level_of = |rule: &'static Rule| {
        let from_plan =
            plan.and_then(|p| p.lints.iter().rev().find(|l| std::ptr::eq(l.rule, rule))).map(|l| l.level.value);
        let from_cli = overrides.rules.iter().rev().find(|(r, _)| std::ptr::eq(*r, rule)).map(|&(_, l)| l);
        let level = from_cli.or(from_plan).unwrap_or(rule.level);
        match (level, overrides.warnings) {
            (Level::Warn, Some(all)) => all,
            _ => level,
        }
    };
    findings.retain_mut(|f| {
        if std::ptr::eq(f.rule, &raw const format::PARSE_ERROR) {
            f.severity = Severity::Error;
            return true;
        }
        match level_of(f.rule).severity() {
            Some(s) => {
                f.severity = s;
                true
            }
            None => false,
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_names_are_unique_kebab_case_and_documented() {
        let mut seen = std::collections::HashSet::new();
        for r in ALL {
            assert!(seen.insert(r.name), "{} twice", r.name);
            assert!(crate::plan::id::is_valid(r.name), "{}", r.name);
            assert!(!r.summary.is_empty() && !r.summary.ends_with('.'), "{}", r.name);
            for section in ["## What it does", "## Why is this bad?", "## Example", "## Use instead"] {
                assert!(r.explanation.contains(section), "{} lacks {section}", r.name);
            }
        }
    }
}
