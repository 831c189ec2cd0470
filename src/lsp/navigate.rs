//! Go to definition and find references of an id: in the document, in the plan a qualified id
//! (`kombit:wave-15-rollout`) points into, and in the open plans that follow the document.

use std::borrow::Cow;
use std::path::PathBuf;

use lsp_types::{Location, Uri};

use super::ids::{self, Mention};
use super::position::Lines;
use super::session::{Doc, Docs, Read, path_of, uri_of};
use crate::plan::Plan;
use crate::span::Span;

/// A plan a qualified id points into: open in the editor (its text there), or read from disk.
#[derive(Debug)]
pub struct Target<'d> {
    pub doc: Cow<'d, Doc>,
}

impl<'d> Target<'d> {
    /// The plan `plan` (of document `from`) follows by the short name `name`.
    #[must_use]
    pub fn followed(docs: &'d Docs, from: &Doc, plan: &Plan, name: &str) -> Option<Self> {
        let (_, path) = from.followed_files(plan).into_iter().find(|(n, _)| n == name)?;
        Self::file(docs, path)
    }

    fn file(docs: &'d Docs, path: PathBuf) -> Option<Self> {
        if let Some(doc) = docs.by_path(&path) {
            return Some(Self { doc: Cow::Borrowed(doc) });
        }
        let text = std::fs::read_to_string(&path).ok()?;
        let uri = uri_of(&path)?;
        Some(Self { doc: Cow::Owned(Doc::new(uri, text, 0, Some(path))) })
    }

    #[must_use]
    pub fn read(&self) -> Read<'_> {
        self.doc.read()
    }

    /// The file's name, for a hover.
    #[must_use]
    pub fn label(&self) -> String {
        self.doc
            .path
            .as_ref()
            .and_then(|p| p.file_name())
            .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
    }
}

/// One place to change or show: a document's URI and a byte span of its text.
#[derive(Debug, Clone)]
pub struct Place {
    pub uri: Uri,
    pub range: lsp_types::Range,
}

fn place(doc: &Doc, lines: &Lines, span: Span) -> Place {
    Place { uri: doc.uri.clone(), range: lines.range(doc.text(), span) }
}

/// Every place that writes the id at byte `offset` of the document: where it is defined,
/// where it is used, here and in the plans that follow (or are followed by) this one. The
/// id's own bytes each (inside the quotes, without a qualified id's short name). None when no
/// id is there.
#[must_use]
pub fn occurrences(docs: &Docs, read: &Read<'_>, offset: usize) -> Option<Occurrences> {
    let plan = read.plan()?;
    let m = ids::at(plan, offset)?;
    let here = m.id_span(read.text());
    let mut out = Occurrences { here: place(read.doc, &read.lines, here), definitions: Vec::new(), uses: Vec::new() };
    match m.qualified() {
        None => out.of_plan(docs, read, m.local()),
        Some((name, id)) => {
            let target = Target::followed(docs, read.doc, plan, name)?;
            let other = target.read();
            out.of_plan(docs, &other, id);
        }
    }
    Some(out)
}

/// The places of one id.
#[derive(Debug, Clone)]
pub struct Occurrences {
    /// Where the request was made.
    pub here: Place,
    pub definitions: Vec<Place>,
    pub uses: Vec<Place>,
}

impl Occurrences {
    /// The mentions of `id` in the plan it belongs to, and the qualified uses of it in the
    /// open plans that follow that plan.
    fn of_plan(&mut self, docs: &Docs, read: &Read<'_>, id: &str) {
        let Some(plan) = read.plan() else { return };
        self.add(read, &ids::of(plan, id));
        let Some(path) = read.doc.path.clone().or_else(|| path_of(&read.doc.uri)) else { return };
        for (doc, name) in docs.followers(&path) {
            let follower = doc.read();
            if let Some(p) = follower.plan() {
                self.add(&follower, &ids::qualified_uses(p, &name, id));
            }
        }
    }

    fn add(&mut self, read: &Read<'_>, mentions: &[Mention<'_>]) {
        for m in mentions {
            let p = place(read.doc, &read.lines, m.id_span(read.text()));
            if m.defines.is_some() { self.definitions.push(p) } else { self.uses.push(p) }
        }
    }

    /// Every place, definitions first.
    #[must_use]
    pub fn all(&self) -> Vec<Place> {
        self.definitions.iter().chain(&self.uses).cloned().collect()
    }
}

/// Where the id at `offset` is defined.
#[must_use]
pub fn definition(docs: &Docs, read: &Read<'_>, offset: usize) -> Vec<Location> {
    occurrences(docs, read, offset)
        .map(|o| o.definitions.into_iter().map(|p| Location { uri: p.uri, range: p.range }).collect())
        .unwrap_or_default()
}

/// Where the id at `offset` is written, its definition only when asked.
#[must_use]
pub fn references(docs: &Docs, read: &Read<'_>, offset: usize, declaration: bool) -> Vec<Location> {
    let Some(o) = occurrences(docs, read, offset) else { return Vec::new() };
    let places = if declaration { o.all() } else { o.uses };
    places.into_iter().map(|p| Location { uri: p.uri, range: p.range }).collect()
}
