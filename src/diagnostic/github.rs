//! Findings as GitHub Actions workflow commands, so a pull request shows them on its lines.

use std::fmt::Write;

use super::{CheckedPlan, Severity};
use crate::i18n::Lang;

/// One `::error file=…,line=…,col=…,title=RULE::message` line per finding.
#[must_use]
pub fn render(report: &CheckedPlan, lang: Lang) -> String {
    let mut out = String::new();
    for f in &report.findings {
        let (start, end) = (report.line_col(f.span.start()), report.line_col(f.span.end()));
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        let message = super::with_help(f, lang);
        let _ = writeln!(
            out,
            "::{command} file={},line={},col={},endLine={},endColumn={},title={}::{}",
            property(&report.path),
            start.line,
            start.column,
            end.line,
            end.column,
            property(f.rule.name),
            data(&message)
        );
    }
    out
}

/// An `::error file=…::…` line for a plan that could not be read.
#[must_use]
pub fn unreadable(u: &super::Unreadable) -> String {
    format!("::error file={}::{}\n", property(&u.path), data(&u.message))
}

/// Escapes the message part of a workflow command.
fn data(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

/// Escapes a property value of a workflow command.
fn property(s: &str) -> String {
    data(s).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_the_runner_expects() {
        assert_eq!(data("50% done\nnext"), "50%25 done%0Anext");
        assert_eq!(property("C:\\plans,x.toml"), "C%3A\\plans%2Cx.toml");
    }
}
