//! Findings for people, as rustc and clippy show them: severity, rule, message, the source
//! line with a caret under the span, and a help line where a fix is known.

use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};

use super::{CheckedPlan, Finding, Severity, Summary};
use crate::i18n::{Lang, Text};

/// Renders every finding of a file. ANSI styles are always written; the caller's stream
/// strips them when colour is off (not a terminal, `NO_COLOR`, `--color never`).
#[must_use]
pub fn render(report: &CheckedPlan, lang: Lang) -> String {
    let renderer = Renderer::styled();
    let mut out = String::new();
    let words = Words::new(lang);
    for f in &report.findings {
        let texts = Texts::new(f, lang);
        out.push_str(&renderer.render(&[group(report, f, &texts, &words)]));
        out.push_str("\n\n");
    }
    out
}

/// The words of the headings, in the language chosen.
struct Words {
    error: String,
    warning: String,
    help: String,
}

impl Words {
    fn new(lang: Lang) -> Self {
        Words {
            error: Severity::Error.word(lang),
            warning: Severity::Warning.word(lang),
            help: lang.text("severity-help"),
        }
    }
}

/// A finding's texts, in the language chosen.
struct Texts {
    message: String,
    label: Option<String>,
    related: Vec<String>,
    help: Option<String>,
}

impl Texts {
    fn new(f: &Finding, lang: Lang) -> Self {
        let text = |t: &Text| t.in_lang(lang).into_owned();
        Texts {
            message: text(&f.message),
            label: f.label.as_ref().map(text),
            related: f.related.iter().map(|(_, t)| text(t)).collect(),
            help: f.help.as_ref().map(text),
        }
    }
}

fn group<'a>(report: &'a CheckedPlan, f: &'a Finding, texts: &'a Texts, words: &'a Words) -> Group<'a> {
    let level = match f.severity {
        Severity::Error => Level::ERROR.with_name(words.error.as_str()),
        Severity::Warning => Level::WARNING.with_name(words.warning.as_str()),
    };
    // Quote only the lines the finding touches, so cost does not grow with the file.
    let src = report.source.as_str();
    let lo = f.related.iter().map(|(s, _)| s.start()).fold(f.span.start(), usize::min).min(src.len());
    let hi = f.related.iter().map(|(s, _)| s.end()).fold(f.span.end(), usize::max).min(src.len());
    let from = src[..floor(src, lo)].rfind('\n').map_or(0, |i| i + 1);
    // A byte-order mark (Notepad's) is not quoted: it is no column of the first line.
    let from = if from == 0 && src.starts_with('\u{feff}') { '\u{feff}'.len_utf8().min(floor(src, lo)) } else { from };
    let to = src[floor(src, hi)..].find('\n').map_or(src.len(), |i| floor(src, hi) + i);
    let local =
        |r: crate::span::Span| floor(src, r.start()).max(from) - from..floor(src, r.end()).clamp(from, to) - from;

    let mut primary = AnnotationKind::Primary.span(local(f.span));
    if let Some(label) = &texts.label {
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
        .annotations(
            f.related
                .iter()
                .zip(&texts.related)
                .map(|((s, _), text)| AnnotationKind::Context.span(local(*s)).label(text.as_str())),
        );
    let mut g = level.primary_title(texts.message.as_str()).id(f.rule.name).element(snippet);
    if let Some(help) = &texts.help {
        g = g.element(Level::HELP.with_name(words.help.as_str()).message(help.as_str()));
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
pub fn summary(s: Summary, lang: Lang) -> String {
    let plans = lang.text_with("summary-plans", &[("plans", s.files.into())]);
    let bold = anstyle::Style::new().bold();
    // What an `allow` hid, said, so that a clean line is never said over hidden findings.
    let hidden = match s.hidden {
        0 => String::new(),
        n => format!(" {}", lang.text_with("summary-hidden", &[("count", n.into())])),
    };
    match (s.errors, s.warnings) {
        (0, 0) if s.hidden > 0 => format!("{bold}{plans}: {}{hidden}.{bold:#}", lang.text("summary-none-shown")),
        (0, 0) => format!("{bold}{plans}: {}{bold:#}", lang.text("summary-clean")),
        (e, w) => {
            let (red, yellow) =
                (anstyle::AnsiColor::BrightRed.on_default().bold(), anstyle::AnsiColor::Yellow.on_default().bold());
            format!(
                "{bold}{plans}:{bold:#} {red}{}{red:#}, {yellow}{}{yellow:#}{hidden}.",
                lang.text_with("count-errors", &[("count", e.into())]),
                lang.text_with("count-warnings", &[("count", w.into())])
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
pub fn line(tone: Tone, text: &str, lang: Lang) -> String {
    let (word, style) = match tone {
        Tone::Error => ("severity-error", anstyle::AnsiColor::BrightRed.on_default().bold()),
        Tone::Warning => ("severity-warning", anstyle::AnsiColor::Yellow.on_default().bold()),
        Tone::Note => ("severity-note", anstyle::Style::new()),
    };
    format!("{style}{}:{style:#} {text}", lang.text(word))
}

/// A note about a place in a plan: the text, and the file, line and column it is about.
#[must_use]
pub fn note_at(report: &CheckedPlan, at: crate::span::Span, text: &str, lang: Lang) -> String {
    let cyan = anstyle::AnsiColor::Cyan.on_default().bold();
    let blue = anstyle::AnsiColor::BrightBlue.on_default().bold();
    let lc = report.line_col(at.start());
    let note = lang.text("severity-note");
    format!("{cyan}{note}{cyan:#}: {text}\n  {blue}-->{blue:#} {}:{}:{}", report.path, lc.line, lc.column)
}
