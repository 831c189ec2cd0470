//! Findings, and the one place that turns them into text for people or machines.
//!
//! A rule builds a [`Finding`] (rule, message, spans, help); it knows nothing of terminals
//! or JSON. [`human`], [`json`] and [`github`] render the findings of a run.

pub mod concise;
pub mod github;
pub mod human;
pub mod json;
pub mod sarif;

pub use crate::i18n::Text;
use crate::registry::{Level, Rule};
use crate::span::{LineCol, LineIndex, Span};

/// How bad a finding is, after lint levels are applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Warning,
    Error,
}

impl Severity {
    /// The severity of findings at a lint level; `None` when they are not shown.
    #[must_use]
    pub const fn of(level: Level) -> Option<Self> {
        match level {
            Level::Allow => None,
            Level::Warn => Some(Self::Warning),
            Level::Deny => Some(Self::Error),
        }
    }

    /// The severity as a person reads it, in `lang` (`as_str` is the machine's word).
    #[must_use]
    pub fn word(self, lang: crate::i18n::Lang) -> String {
        lang.text(match self {
            Self::Warning => "severity-warning",
            Self::Error => "severity-error",
        })
    }

    #[must_use]
    pub const fn as_str(self) -> &'static str {
        match self {
            Self::Warning => "warning",
            Self::Error => "error",
        }
    }
}

/// One thing wrong with a plan, pointing at where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub rule: Rule,
    pub severity: Severity,
    pub message: Text,
    pub span: Span,
    /// Text under the caret.
    pub label: Option<Text>,
    /// Other places that explain the finding ("first defined here").
    pub related: Vec<(Span, Text)>,
    /// How to fix it, where that is known.
    pub help: Option<Text>,
}

impl Finding {
    /// A finding of `rule` at its default severity.
    #[must_use]
    pub fn new(rule: Rule, span: Span, message: impl Into<Text>) -> Self {
        Self {
            rule,
            severity: Severity::of(rule.level).unwrap_or(Severity::Warning),
            message: message.into(),
            span,
            label: None,
            related: Vec::new(),
            help: None,
        }
    }

    #[must_use]
    pub fn label(mut self, text: impl Into<Text>) -> Self {
        self.label = Some(text.into());
        self
    }

    #[must_use]
    pub fn related(mut self, span: Span, text: impl Into<Text>) -> Self {
        self.related.push((span, text.into()));
        self
    }

    #[must_use]
    pub fn help(mut self, text: impl Into<Text>) -> Self {
        self.help = Some(text.into());
        self
    }

    /// Adds `help: did you mean ...?` when there is a suggestion.
    #[must_use]
    pub fn did_you_mean(self, suggestion: Option<&str>) -> Self {
        match suggestion {
            Some(s) => self.help(Text::id("did-you-mean").arg("word", s)),
            None => self,
        }
    }
}

/// A finding's message with its help line below it (`help: …`), in `lang`: for outputs that
/// have one text per finding (GitHub's annotations, SARIF).
#[must_use]
pub fn with_help(f: &Finding, lang: crate::i18n::Lang) -> String {
    let mut message = f.message.in_lang(lang).into_owned();
    if let Some(help) = &f.help {
        message.push('\n');
        message.push_str(&lang.text("severity-help"));
        message.push_str(": ");
        message.push_str(&help.in_lang(lang));
    }
    message
}

/// The findings of one plan file, with its text for locating and quoting them.
#[derive(Debug)]
pub struct CheckedPlan {
    /// The path as the user gave it.
    pub path: String,
    pub source: String,
    pub findings: Vec<Finding>,
    /// How many findings a lint level of `allow` hid: the summary says so.
    pub hidden: usize,
    lines: LineIndex,
}

impl CheckedPlan {
    #[must_use]
    pub fn new(path: String, source: String, mut findings: Vec<Finding>) -> Self {
        findings.sort_by(|a, b| (a.span, a.rule.name).cmp(&(b.span, b.rule.name)));
        let lines = LineIndex::new(&source);
        Self { path, source, findings, hidden: 0, lines }
    }

    #[must_use]
    pub fn line_col(&self, offset: usize) -> LineCol {
        self.lines.line_col(&self.source, offset)
    }

    /// Where the line that holds `offset` starts.
    #[must_use]
    pub fn line_start(&self, offset: usize) -> usize {
        self.lines.line_start(&self.source, offset)
    }

    #[must_use]
    pub fn count(&self, severity: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == severity).count()
    }
}

/// A plan named on the command line that could not be read at all: its path as given, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub path: String,
    pub message: String,
}

/// Totals over the files of one run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    /// Findings an `allow` hid.
    pub hidden: usize,
}

impl Summary {
    #[must_use]
    pub fn of(reports: &[CheckedPlan]) -> Self {
        Self {
            files: reports.len(),
            errors: reports.iter().map(|r| r.count(Severity::Error)).sum(),
            warnings: reports.iter().map(|r| r.count(Severity::Warning)).sum(),
            hidden: reports.iter().map(|r| r.hidden).sum(),
        }
    }
}

/// `n thing` or `n things`.
#[must_use]
pub fn plural(n: usize, thing: &str) -> String {
    if n == 1 { format!("1 {thing}") } else { format!("{n} {thing}s") }
}

pub use crate::suggest::{closest, did_you_mean};
