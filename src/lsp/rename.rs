//! Rename an id: its definition and every use, in the plan it belongs to and in the open plans
//! that follow that plan (their qualified ids). A new name must be a valid id (lowercase
//! kebab-case) that no entity of the plan has yet.

use std::collections::HashMap;

use lsp_types::{PrepareRenameResponse, TextEdit, Uri, WorkspaceEdit};

use super::ids;
use super::navigate::{self, Target};
use super::session::{Docs, Read};
use crate::i18n::{Lang, Text};
use crate::plan::id;

/// The range of the id that would be renamed, when there is one at `offset`.
#[must_use]
pub fn prepare(docs: &Docs, read: &Read<'_>, offset: usize) -> Option<PrepareRenameResponse> {
    let o = navigate::occurrences(docs, read, offset)?;
    (!o.definitions.is_empty()).then_some(PrepareRenameResponse::Range(o.here.range))
}

/// The edit that renames the id at `offset` to `new`.
///
/// # Errors
/// Why not, in words: no id there, a name that is not an id, or one that is taken.
#[allow(
    clippy::mutable_key_type,
    reason = "lsp-types keys a WorkspaceEdit by Uri, whose cached cell never changes its hash"
)]
pub fn rename(docs: &Docs, read: &Read<'_>, offset: usize, new: &str, lang: Lang) -> Result<WorkspaceEdit, String> {
    let nothing = || lang.text("lsp-rename-nothing");
    let plan = read.plan().ok_or_else(nothing)?;
    let m = ids::at(plan, offset).ok_or_else(nothing)?;
    if !id::is_valid(new) {
        let text = Text::id("lsp-rename-not-an-id")
            .arg("name", new)
            .arg("hint", crate::i18n::hint(id::suggest(new).as_deref()));
        return Err(text.in_lang(lang).into_owned());
    }
    // The plan the id belongs to must not have the new name already.
    let taken = match m.qualified() {
        None => plan.lookup(new).is_some(),
        Some((name, _)) => {
            let target = Target::followed(docs, read.doc, plan, name).ok_or_else(nothing)?;
            target.read().plan().is_none_or(|p| p.lookup(new).is_some())
        }
    };
    if taken {
        return Err(Text::id("lsp-rename-taken").arg("name", new).in_lang(lang).into_owned());
    }
    let o = navigate::occurrences(docs, read, offset).ok_or_else(nothing)?;
    if o.definitions.is_empty() {
        return Err(Text::id("lsp-rename-undefined").arg("id", m.local()).in_lang(lang).into_owned());
    }
    let mut changes: HashMap<Uri, Vec<TextEdit>> = HashMap::new();
    for p in o.all() {
        changes.entry(p.uri).or_default().push(TextEdit { range: p.range, new_text: new.to_owned() });
    }
    Ok(WorkspaceEdit { changes: Some(changes), document_changes: None, change_annotations: None })
}
