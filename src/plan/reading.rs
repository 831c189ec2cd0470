//! Two readings of one fact. A source that contradicts itself — the text names one trainer, the
//! table another; a person named firmly in the organisation and "(Alice)" in the tables — is
//! encoded as it is: the plan keeps one reading in the entity and records the other as a
//! `[[reading]]`, with the source's words. `validate` reports each (`two-readings`), so the
//! contradiction is settled by the people who wrote the source, not silently by its encoder.

use compact_str::CompactString;
use serde::Serialize;

use crate::span::{Span, Spanned};

/// `[[reading]]`: another reading of one key of one entity.
#[derive(Debug, Serialize)]
pub struct Reading {
    #[serde(skip)]
    pub span: Span,
    /// The entity the fact is about, by its id.
    pub of: Option<Spanned<CompactString>>,
    /// The key of that entity the fact is.
    pub key: Option<Spanned<CompactString>>,
    /// The other reading's value, as the file writes it.
    pub value: Option<Spanned<CompactString>>,
    /// Where the source says so, in its words.
    pub source: Option<Spanned<CompactString>>,
    pub note: Option<Spanned<CompactString>>,
}
