//! The one way a command changes a plan file: edit → read back → (review) → safe write.
//!
//! An edit ([`Edit`]) is byte splices at the spans the loader reports, with notes for the person
//! who reviews it; `shift` and `allocate` each make one. [`read_back`] makes the edit and loads
//! the result: it must load with no error the original did not have, and say what the edit
//! meant (each edit states that as a check of the plan it reads back). Only then is it shown,
//! and only what was read back is written, by [`write::write_atomically`], which never replaces
//! a file that changed since it was read.
//!
//! Why splices and not a re-rendered document: `toml_edit::DocumentMut` keeps comments, order
//! and quoting, but writes every line ending as LF, so a CRLF plan would come back with every
//! line changed. A splice keeps each byte it does not change.

mod diff;
mod findings;
pub mod list;
mod splice;
pub mod table;
pub mod write;

pub use diff::unified_diff;
pub use findings::new_findings;
pub use splice::{Splice, Splices, line_ending, line_ending_at};
pub use write::{WriteError, write_atomically, write_atomically_with, write_output};

use crate::diagnostic::{Finding, Severity};
use crate::load::{self, Loaded};
use crate::plan::Plan;
use crate::span::Span;

/// A change to a plan's text: the splices that make it, and what a reviewer should know
/// about it, each note at the place in the original it is about.
#[derive(Debug, Clone, Default)]
pub struct Edit {
    pub splices: Splices,
    pub notes: Vec<(Span, String)>,
}

/// An edit made and read back.
#[derive(Debug)]
pub struct Edited {
    /// The new text of the plan.
    pub text: String,
    /// The new text, loaded.
    pub loaded: Loaded,
}

/// The edited text did not read back as the edit meant: a bug, caught before anything is
/// written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.text())]
pub struct VerifyError {
    /// What the edit made: "shifted plan", "plan with the allocated seats".
    pub what: &'static str,
    pub why: String,
}

impl VerifyError {
    /// The error in words (`i18n/*/errors.ftl`); what went wrong stays in English, for the
    /// bug report.
    #[must_use]
    pub fn text(&self) -> crate::i18n::Text {
        crate::i18n::Text::id("error-verify").arg("what", self.what).arg("why", &self.why)
    }
}

/// The findings of error severity among those the loader met.
fn load_errors(findings: &[Finding]) -> impl Iterator<Item = &Finding> {
    findings.iter().filter(|f| f.severity == Severity::Error)
}

/// What an edit is made on: a plan's text and what the loader found in it.
#[derive(Debug, Clone, Copy)]
pub struct Original<'a> {
    pub source: &'a str,
    pub findings: &'a [Finding],
}

/// Makes `splices` in the original and reads the result back. It must load, with no more load
/// errors than the original had, and pass `meant`, the edit's own check of what it should say.
///
/// # Errors
/// When it does not, naming the edit as `what`.
pub fn read_back(
    original: Original<'_>,
    splices: &Splices,
    what: &'static str,
    meant: impl FnOnce(&Plan) -> Result<(), String>,
) -> Result<Edited, VerifyError> {
    let fail = |why: String| VerifyError { what, why };
    let text = splices.apply(original.source);
    let loaded = load::load(&text);
    let Some(plan) = &loaded.plan else { return Err(fail("it no longer loads".into())) };
    // The loader's errors have no places to compare: by rule and words, each as often as before.
    let errors: Vec<Finding> = load_errors(&loaded.findings).cloned().collect();
    let old: Vec<Finding> = load_errors(original.findings).cloned().collect();
    if let Some(first) = new_findings(&old, None, &errors, None).first() {
        return Err(fail(first.message.to_string()));
    }
    meant(plan).map_err(fail)?;
    Ok(Edited { text, loaded })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PLAN: &str = r#"format = 1
[plan]
title = "T"
root = "r"
"#;
    const CLEAN: Original<'static> = Original { source: PLAN, findings: &[] };

    #[test]
    fn an_edit_that_breaks_the_file_is_caught() {
        let mut s = Splices::default();
        s.push(Span::new(0, 0), "[");
        let err = read_back(CLEAN, &s, "edited plan", |_| Ok(())).unwrap_err();
        assert_eq!(err.why, "it no longer loads");
        assert!(err.to_string().starts_with("the edited plan does not read back as intended"), "{err}");
    }

    #[test]
    fn an_edit_that_says_something_else_than_meant_is_caught() {
        let at = PLAN.find("\"T\"").unwrap();
        let mut s = Splices::default();
        s.push(Span::new(at, at + 3), "\"U\"");
        let meant = |p: &Plan| match p.meta.title.as_ref().map(|t| t.value.as_str()) {
            Some("V") => Ok(()),
            other => Err(format!("the title reads {other:?}")),
        };
        assert_eq!(read_back(CLEAN, &s, "edited plan", meant).unwrap_err().why, "the title reads Some(\"U\")");
        let edited = read_back(CLEAN, &s, "edited plan", |_| Ok(())).unwrap();
        assert!(edited.text.contains(r#"title = "U""#));
    }

    #[test]
    fn an_edit_that_adds_a_load_error_is_caught() {
        let at = PLAN.find("root").unwrap();
        let mut s = Splices::default();
        s.push(Span::new(at, at + 4), "rot");
        let err = read_back(CLEAN, &s, "edited plan", |_| Ok(())).unwrap_err();
        assert!(err.why.contains("rot"), "{err}");
    }
}
