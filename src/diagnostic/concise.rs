//! Findings one to a line, `file:line:col: severity[rule] message`, as gcc and ruff's concise
//! output write them: for long plans, and for editors that jump to a line.

use std::fmt::Write;

use super::{CheckedPlan, Severity};
use crate::i18n::Lang;

/// One line per finding, coloured as the human rendering is (the stream strips it).
#[must_use]
pub fn render(report: &CheckedPlan, lang: Lang) -> String {
    let mut out = String::new();
    let (error, warning) = (Severity::Error.word(lang), Severity::Warning.word(lang));
    let bold = anstyle::Style::new().bold();
    for f in &report.findings {
        let at = report.line_col(f.span.start());
        let style = match f.severity {
            Severity::Error => anstyle::AnsiColor::BrightRed.on_default().bold(),
            Severity::Warning => anstyle::AnsiColor::Yellow.on_default().bold(),
        };
        let _ = writeln!(
            out,
            "{bold}{}:{}:{}:{bold:#} {style}{}[{}]{style:#} {}",
            report.path,
            at.line,
            at.column,
            match f.severity {
                Severity::Error => &error,
                Severity::Warning => &warning,
            },
            f.rule.name,
            f.message.in_lang(lang).replace('\n', " ")
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Finding;
    use crate::registry::SCHEMA;
    use crate::span::Span;

    #[test]
    fn a_line_per_finding_with_its_place() {
        let text = "format = 1\n[plan]\ncolour = 1\n";
        let at = text.find("colour").unwrap();
        let finding = Finding::new(SCHEMA, Span::new(at, at + 6), "unknown key `colour` in [plan]");
        let report = CheckedPlan::new("p.toml".into(), text.into(), vec![finding]);
        let out = anstream::adapter::strip_str(&render(&report, crate::i18n::Lang::En)).to_string();
        assert_eq!(out, "p.toml:3:1: error[schema] unknown key `colour` in [plan]\n");
    }
}
