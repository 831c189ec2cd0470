//! Completion: where a key's value names entities, the ids of the kinds that key accepts (a role
//! for `trainees`, an activity for `after`, with the followed plans' activities as qualified
//! ids); where a keyword goes, the format's words; at the start of a line, the keys of the
//! table the cursor is in (from the key spec); in a header, the tables.

use lsp_types::{CompletionItem, CompletionItemKind, CompletionTextEdit, TextEdit};

use super::context::{self, Context};
use super::ids;
use super::navigate::Target;
use super::session::{Docs, Read};
use crate::i18n::{self, Lang};
use crate::plan::{EntityKind, Plan, PlanDate};
use crate::registry;
use crate::spec::{self, TableSpec, Type};

/// The completions at byte `offset` of a document.
#[must_use]
pub fn complete(docs: &Docs, read: &Read<'_>, offset: usize, lang: Lang) -> Vec<CompletionItem> {
    let text = read.text();
    let c = context::at(text, offset);
    let mut out = Completions { read, c: &c, list: Vec::new() };
    if c.on_header {
        for (path, table) in tables() {
            out.push(path.clone(), CompletionItemKind::MODULE, Some(lang.text(&table.doc_id())), path, false);
        }
        return out.list;
    }
    let lints = c.table_path == "lints";
    // While the text being typed does not parse, the names of its last text that did.
    let known = read.doc.known();
    let plan = known.as_ref().and_then(|l| l.plan.as_ref());
    match (c.key, c.in_value) {
        (Some(_), true) if lints => {
            for level in ["allow", "warn", "deny"] {
                out.word(level);
            }
        }
        (Some((key, _)), true) => {
            let Some(table) = c.table else { return out.list };
            if let Some(kinds) = ids::kinds(c.table_key(), key)
                && let Some(plan) = plan
            {
                out.ids(plan, kinds, lang);
                if kinds == ids::ACTIVITIES && key == "after" {
                    out.followed(docs, plan, lang);
                }
            }
            match table.key(key).map(|k| k.ty) {
                Some(Type::Word(w)) => (w.list)().into_iter().for_each(|w| out.word(w)),
                Some(Type::Flag) => ["true", "false"].into_iter().for_each(|w| out.word(w)),
                Some(t @ (Type::Date | Type::End)) => {
                    out.word("tbd");
                    if matches!(t, Type::End) {
                        out.word("open");
                    }
                    if let Some(plan) = plan {
                        out.date_forms(plan, lang);
                        for id in plan.calendar.closed.iter().filter_map(|p| p.id.as_ref()) {
                            out.word(&format!("before {}", id.value));
                            out.word(&format!("after {}", id.value));
                        }
                    }
                }
                _ => {}
            }
        }
        (_, false) if lints => {
            for r in registry::ALL {
                out.push(
                    r.name.to_owned(),
                    CompletionItemKind::PROPERTY,
                    Some(lang.text(r.message)),
                    r.name.to_owned(),
                    false,
                );
            }
        }
        (_, false) => {
            let Some(table) = c.table else { return out.list };
            for key in table.keys {
                let doc = lang.text(&table.key_doc_id(key));
                out.push(key.name.to_owned(), CompletionItemKind::PROPERTY, Some(doc), key.name.to_owned(), false);
            }
        }
        (None, true) => {}
    }
    out.list
}

/// Every table a header may name, by its path (`unit`, `estimate.row`).
fn tables() -> Vec<(String, &'static TableSpec)> {
    let mut out = Vec::new();
    let mut stack: Vec<(String, &'static TableSpec)> = vec![(String::new(), &spec::TOP)];
    while let Some((path, table)) = stack.pop() {
        for key in table.keys {
            if let Type::Table(t) | Type::List(t) = key.ty {
                let p = if path.is_empty() { key.name.to_owned() } else { format!("{path}.{}", key.name) };
                out.push((p.clone(), t));
                stack.push((p, t));
            }
        }
    }
    out
}

struct Completions<'a> {
    read: &'a Read<'a>,
    c: &'a Context<'a>,
    list: Vec<CompletionItem>,
}

impl Completions<'_> {
    /// An item that replaces the word before the cursor; a value is quoted unless the cursor is
    /// in a string already.
    fn push(&mut self, label: String, kind: CompletionItemKind, detail: Option<String>, insert: String, quoted: bool) {
        let new_text = if quoted && !self.c.in_string { format!("\"{insert}\"") } else { insert };
        let range = self.read.lines.range(self.read.text(), self.c.word);
        self.list.push(CompletionItem {
            label,
            kind: Some(kind),
            detail,
            text_edit: Some(CompletionTextEdit::Edit(TextEdit { range, new_text })),
            ..CompletionItem::default()
        });
    }

    fn word(&mut self, word: &str) {
        let quoted = !matches!(word, "true" | "false");
        self.push(word.to_owned(), CompletionItemKind::ENUM_MEMBER, None, word.to_owned(), quoted);
    }

    /// The forms a date may take, each in the year of the plan's `date`, with how a person
    /// reads it ("uge 41 2019", "3. kvartal 2019").
    fn date_forms(&mut self, plan: &Plan, lang: Lang) {
        let Some(year) = plan.meta.date.as_ref().map(|d| chrono::Datelike::year(&d.value)) else { return };
        let forms = ["W41", "10", "Q3", "H2", "autumn", "early 06"];
        for form in forms {
            let written = match form.split_once(' ') {
                Some((part, month)) => format!("{part} {year}-{month}"),
                None => format!("{year}-{form}"),
            };
            let Ok(date) = PlanDate::parse(&written) else { continue };
            self.push(written.clone(), CompletionItemKind::VALUE, Some(lang.date(&date)), written, true);
        }
    }

    fn ids(&mut self, plan: &Plan, kinds: &[EntityKind], lang: Lang) {
        for (r, id) in plan.entities().filter(|(r, _)| kinds.contains(&r.kind)) {
            let detail = format!("{} — {}", i18n::kind(r.kind).in_lang(lang), plan.called(r));
            self.push(id.value.to_string(), kind_of(r.kind), Some(detail), id.value.to_string(), true);
        }
    }

    /// The activities of the followed plans, as qualified ids.
    fn followed(&mut self, docs: &Docs, plan: &Plan, lang: Lang) {
        for f in &plan.follows {
            let Some(target) = Target::followed(docs, self.read.doc, plan, &f.name.value) else { continue };
            let other = target.read();
            let Some(theirs) = other.plan() else { continue };
            for a in theirs.activities() {
                let id = format!("{}:{}", f.name.value, a.id.value);
                let detail = format!("{} — {}", i18n::kind(a.entity.kind).in_lang(lang), theirs.called(a.entity));
                self.push(id.clone(), kind_of(a.entity.kind), Some(detail), id, true);
            }
        }
    }
}

const fn kind_of(kind: EntityKind) -> CompletionItemKind {
    match kind {
        EntityKind::Unit => CompletionItemKind::MODULE,
        EntityKind::Role => CompletionItemKind::CLASS,
        EntityKind::Person => CompletionItemKind::VALUE,
        EntityKind::Training | EntityKind::Phase => CompletionItemKind::EVENT,
        EntityKind::Category | EntityKind::Part => CompletionItemKind::ENUM,
    }
}
