//! A plan's own ways of grouping its activities, as its source does: its kinds of task (a
//! Danish plan's *Opgavetype*: "Kommunikation", "Teknik/Opsætning"), each with a colour for the
//! chart, and its parts ("Forberedelse af processen", "Klargøring til udrulning",
//! "Udrulning"), which group tasks under a heading. An activity names one of each with
//! `category` and `part`.

use serde::Serialize;

use crate::span::{Span, Spanned};

/// `[[category]]`: a kind of task the plan names itself.
#[derive(Debug, Serialize)]
pub struct Category {
    #[serde(skip)]
    pub span: Span,
    pub id: Spanned<String>,
    pub name: Option<Spanned<String>>,
    /// The chart's colour for its activities, `#rrggbb`.
    pub colour: Option<Spanned<String>>,
    pub note: Option<Spanned<String>>,
}

/// `[[part]]`: a part of the plan that groups activities under a heading.
#[derive(Debug, Serialize)]
pub struct Part {
    #[serde(skip)]
    pub span: Span,
    pub id: Spanned<String>,
    pub name: Option<Spanned<String>>,
    pub note: Option<Spanned<String>>,
}

/// Whether a colour is written as the chart takes it: `#` and six hexadecimal digits.
#[must_use]
pub fn is_colour(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].bytes().all(|b| b.is_ascii_hexdigit())
}
