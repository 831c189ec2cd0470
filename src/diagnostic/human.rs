//! Findings for people, as rustc and clippy show them: severity, rule, message, the source
//! line with a caret under the span, and a help line where a fix is known.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::{CheckedPlan, Finding, Severity, Summary, plural};

/// Renders every finding of a file. ANSI styles are always written; the caller's stream
/// strips them when colour is off (not a terminal, `NO_COLOR`, `--color never`).
#[must_use]
pub fn render(report: &CheckedPlan) -> String {
    let renderer = Renderer::styled();
    let mut out = String::new();
    for f in &report.findings {
        out.push_str(&renderer.render(&[group(report, f)]));
        out.push_str("\n\n");
    }
    out
}

fn group<'a>(report: &'a CheckedPlan, f: &'a Finding) -> Group<'a> {
    let level = match f.severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
    };
    // Quote only the lines the finding touches, so cost does not grow with the file.
    let src = report.source.as_str();
    let lo = f.related.iter().map(|(s, _)| s.start).fold(f.span.start, usize::min).min(src.len());
    let hi = f.related.iter().map(|(s, _)| s.end).fold(f.span.end, usize::max).min(src.len());
    let from = src[..floor(src, lo)].rfind('\n').map_or(0, |i| i + 1);
    let to = src[floor(src, hi)..].find('\n').map_or(src.len(), |i| floor(src, hi) + i);
    let local = |r: crate::span::Span| floor(src, r.start).max(from) - from..floor(src, r.end).clamp(from, to) - from;

    let mut primary = AnnotationKind::Primary.span(local(f.span));
    if let Some(label) = &f.label {
        primary = primary.label(label.as_str());
    }
    // A CR of a CRLF file would show as a symbol; a space keeps every offset where it was.
    let text = &src[from..to];
    let text = if text.contains('\r') { std::borrow::Cow::Owned(text.replace('\r', " ")) } else { text.into() };
    let snippet = Snippet::source(text)
        .line_start(report.line_col(from).line)
        .path(report.path.as_str())
        .fold(true)
        .annotation(primary)
        .annotations(f.related.iter().map(|(s, text)| AnnotationKind::Context.span(local(*s)).label(text.as_str())));
    let mut g = level.primary_title(f.message.as_str()).id(f.rule.name).element(snippet);
    if let Some(help) = &f.help {
        g = g.element(Level::HELP.message(help.as_str()));
    }
    g
}

/// The largest char boundary at or below `i`.
fn floor(s: &str, mut i: usize) -> usize {
    i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The closing line of a run, like cargo's: what was checked and what was found.
#[must_use]
pub fn summary(s: Summary) -> String {
    let files = plural(s.files, "plan");
    let bold = anstyle::Style::new().bold();
    match (s.errors, s.warnings) {
        (0, 0) => format!("{bold}Checked {files}: no problems found.{bold:#}"),
        (e, w) => {
            let (red, yellow) =
                (anstyle::AnsiColor::BrightRed.on_default().bold(), anstyle::AnsiColor::Yellow.on_default().bold());
            format!(
                "{bold}Checked {files}:{bold:#} {red}{}{red:#}, {yellow}{}{yellow:#}.",
                plural(e, "error"),
                plural(w, "warning")
            )
        }
    }
}

/// What a line outside a plan's findings says: something went wrong, something to mind, or
/// something to know.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Error,
    Warning,
    Note,
}

/// One line for a person, headed as rustc heads them: `error: …`, `warning: …`, `note: …`.
#[must_use]
pub fn line(tone: Tone, text: &str) -> String {
    let (word, style) = match tone {
        Tone::Error => ("error", anstyle::AnsiColor::BrightRed.on_default().bold()),
        Tone::Warning => ("warning", anstyle::AnsiColor::Yellow.on_default().bold()),
        Tone::Note => ("note", anstyle::Style::new()),
    };
    format!("{style}{word}:{style:#} {text}")
}

/// A note about a place in a plan: the text, and the file, line and column it is about.
#[must_use]
pub fn note_at(report: &CheckedPlan, at: crate::span::Span, text: &str) -> String {
    let cyan = anstyle::AnsiColor::Cyan.on_default().bold();
    let blue = anstyle::AnsiColor::BrightBlue.on_default().bold();
    let lc = report.line_col(at.start);
    format!("{cyan}note{cyan:#}: {text}\n  {blue}-->{blue:#} {}:{}:{}", report.path, lc.line, lc.column)
}
