//! A plan's own ways of grouping its activities, as its source does: its kinds of task (a
//! Danish plan's *Opgavetype*: "Kommunikation", "Teknik/Opsætning"), each with a colour for the
//! chart, and its parts ("Forberedelse af processen", "Klargøring til udrulning",
//! "Udrulning"), which group tasks under a heading. An activity names one of each with
//! `category` and `part`.

use compact_str::CompactString;
use serde::Serialize;

use crate::span::{Span, Spanned};

/// `[[category]]`: a kind of task the plan names itself.
#[derive(Debug, Serialize)]
pub struct Category {
    #[serde(skip)]
    pub span: Span,
    pub id: Spanned<CompactString>,
    pub name: Option<Spanned<CompactString>>,
    /// The chart's colour for its activities, `#rrggbb`.
    pub colour: Option<Spanned<CompactString>>,
    pub note: Option<Spanned<CompactString>>,
}

/// `[[part]]`: a part of the plan that groups activities under a heading.
#[derive(Debug, Serialize)]
pub struct Part {
    #[serde(skip)]
    pub span: Span,
    pub id: Spanned<CompactString>,
    pub name: Option<Spanned<CompactString>>,
    pub note: Option<Spanned<CompactString>>,
}

/// Whether a colour is written as the chart takes it: `#` and six hexadecimal digits.
#[must_use]
pub fn is_colour(s: &str) -> bool {
    s.len() == 7 && s.starts_with('#') && s[1..].bytes().all(|b| b.is_ascii_hexdigit())
}

/// A `--category` or `--part` that names no category or part of the plan.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("no {} has id `{id}`{}", kind.noun(), crate::suggest::did_you_mean(suggestion.as_deref()))]
pub struct UnknownGroup {
    pub kind: super::EntityKind,
    pub id: String,
    pub suggestion: Option<String>,
}

impl super::Plan {
    /// Keeps only the activities of the given kinds of task and parts (any of each; all, where
    /// none is given), as the views show a selection of a plan. The other entities stay.
    ///
    /// # Errors
    /// A category or part the plan does not have, with the closest id as a suggestion.
    pub fn keep_only(&mut self, categories: &[String], parts: &[String]) -> Result<(), UnknownGroup> {
        use super::EntityKind;
        let known = |plan: &Self, kind: EntityKind, id: &str| -> Result<(), UnknownGroup> {
            if plan.lookup(id).is_some_and(|r| r.kind == kind) {
                return Ok(());
            }
            let ids = plan.entities().filter(|(r, _)| r.kind == kind).map(|(_, id)| id.value.as_str());
            let suggestion = crate::suggest::closest(id, ids).map(str::to_owned);
            Err(UnknownGroup { kind, id: id.to_owned(), suggestion })
        };
        for c in categories {
            known(self, EntityKind::Category, c)?;
        }
        for p in parts {
            known(self, EntityKind::Part, p)?;
        }
        let wanted = |list: &[String], v: Option<&Spanned<CompactString>>| {
            list.is_empty() || v.is_some_and(|v| list.iter().any(|x| *x == v.value))
        };
        self.trainings.retain(|t| wanted(categories, t.category.as_ref()) && wanted(parts, t.part.as_ref()));
        self.phases.retain(|p| wanted(categories, p.category.as_ref()) && wanted(parts, p.part.as_ref()));
        self.index_ids();
        Ok(())
    }
}
