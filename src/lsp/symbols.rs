//! The outline: each unit, role, person, training and phase by name, in the order of the file.

use lsp_types::{DocumentSymbol, SymbolKind};

use super::session::Read;
use crate::i18n::{self, Lang};
use crate::plan::EntityKind;
use crate::span::Span;

/// The document's symbols.
#[must_use]
#[allow(deprecated, reason = "DocumentSymbol's `deprecated` field must be given; it is None")]
pub fn symbols(read: &Read<'_>, lang: Lang) -> Vec<DocumentSymbol> {
    let Some(plan) = read.plan() else { return Vec::new() };
    let text = read.text();
    let mut out: Vec<(usize, DocumentSymbol)> = Vec::new();
    for (r, id) in plan.entities() {
        let table = match r.kind {
            EntityKind::Unit => plan.units[r.index].span,
            EntityKind::Role => plan.roles[r.index].span,
            EntityKind::Person => plan.people[r.index].span,
            EntityKind::Training => plan.trainings[r.index].span,
            EntityKind::Phase => plan.phases[r.index].span,
            EntityKind::Category | EntityKind::Part => continue,
        };
        // The table must hold its id, as LSP asks of a symbol's two ranges.
        let end = super::context::table_end(text, table.start()).max(table.end());
        let whole = Span::new(table.start().min(id.span.start()), end.max(id.span.end()));
        let kind = match r.kind {
            EntityKind::Unit => SymbolKind::NAMESPACE,
            EntityKind::Role => SymbolKind::CLASS,
            EntityKind::Person => SymbolKind::OBJECT,
            _ => SymbolKind::EVENT,
        };
        out.push((
            whole.start(),
            DocumentSymbol {
                name: plan.called(r).to_owned(),
                detail: Some(format!("{} {}", i18n::kind(r.kind).in_lang(lang), id.value)),
                kind,
                tags: None,
                deprecated: None,
                range: read.lines.range(text, whole),
                selection_range: read.lines.range(text, id.span),
                children: None,
            },
        ));
    }
    out.sort_by_key(|(at, _)| *at);
    out.into_iter().map(|(_, s)| s).collect()
}
