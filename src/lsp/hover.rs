//! Hover: on an id, what it names (its name and kind, an activity's dates and state as a person
//! reads them, a role's seats and holders); on a rule's name, the rule's explanation; on a key
//! or a table's header, what the key spec says it holds.

use lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind};

use super::context;
use super::ids::{self, Mention};
use super::navigate::Target;
use super::session::{Docs, Read};
use crate::escape::markdown_inline;
use crate::i18n::{self, Lang};
use crate::plan::{EntityKind, EntityRef, Plan};
use crate::registry;
use crate::span::Span;

/// What a hover at byte `offset` of a document shows.
#[must_use]
pub fn hover(docs: &Docs, read: &Read<'_>, offset: usize, lang: Lang) -> Option<Hover> {
    let text = read.text();
    if let Some(plan) = read.plan()
        && let Some(m) = ids::at(plan, offset)
    {
        return on_id(docs, read, plan, &m, lang);
    }
    let c = context::at(text, offset);
    let word_end =
        offset + text[offset..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).unwrap_or(0);
    let word = &text[c.word.start()..word_end.max(c.word.end())];
    let span = Span::new(c.word.start(), word_end.max(c.word.end()));
    if let Some(rule) = registry::find(word.trim_matches(|c| c == '\u{22}')) {
        let explanation = match lang {
            Lang::Da => rule.explanation_da,
            Lang::En => rule.explanation,
        };
        let head = format!("**{}** — {}", rule.name, lang.text(rule.message));
        return Some(markdown(read, span, format!("{head}\n\n{explanation}")));
    }
    let table = c.table?;
    if c.on_header {
        return Some(markdown(read, span, format!("**{}** — {}", table.name, lang.text(&table.doc_id()))));
    }
    let (name, at) = c.key?;
    if c.in_value || offset > at.end() {
        return None;
    }
    let key = table.key(name)?;
    let doc = lang.text(&table.key_doc_id(key));
    Some(markdown(read, at, format!("**{}** `{}` — {doc}\n\n{}", table.name, key.name, key.ty.describe())))
}

fn markdown(read: &Read<'_>, span: Span, value: String) -> Hover {
    Hover {
        contents: HoverContents::Markup(MarkupContent { kind: MarkupKind::Markdown, value }),
        range: Some(read.lines.range(read.text(), span)),
    }
}

fn on_id(docs: &Docs, read: &Read<'_>, plan: &Plan, m: &Mention<'_>, lang: Lang) -> Option<Hover> {
    let span = m.id_span(read.text());
    let value = match m.qualified() {
        None => describe(plan, plan.lookup(m.local())?, lang),
        Some((name, id)) => {
            let target = Target::followed(docs, read.doc, plan, name)?;
            let other = target.read();
            let plan = other.plan()?;
            format!("{}\n\n{}", describe(plan, plan.lookup(id)?, lang), markdown_inline(&target.label()))
        }
    };
    Some(markdown(read, span, value))
}

/// An entity in a few lines of Markdown.
#[must_use]
pub fn describe(plan: &Plan, r: EntityRef, lang: Lang) -> String {
    let id = &plan.id_of(r).value;
    let kind = i18n::kind(r.kind).in_lang(lang).into_owned();
    // Names are the plan's own text: none may become a link, emphasis or HTML in the hover.
    let name = |r: EntityRef| markdown_inline(plan.called(r));
    let by_id = |id: &str| markdown_inline(plan.called_by_id(id));
    let id = if crate::plan::id::is_valid(id) { format!("`{id}`") } else { markdown_inline(id) };
    let mut lines = vec![format!("**{}** — {kind} {id}", name(r))];
    let say = |id: &'static str, value: String| lang.text_with(id, &[("value", value.into())]);
    match r.kind {
        EntityKind::Unit => {
            let u = &plan.units[r.index];
            if let Some(k) = &u.kind {
                lines.push(i18n::unit_kind(crate::plan::Keyword::word(k.value)).in_lang(lang).into_owned());
            }
            if let Some(parent) = &u.parent {
                lines.push(say("lsp-hover-parent", by_id(&parent.value)));
            }
        }
        EntityKind::Role => {
            let role = &plan.roles[r.index];
            if let Some(unit) = &role.unit {
                lines.push(say("lsp-hover-unit", by_id(&unit.value)));
            }
            if let Some(q) = &role.quota {
                lines.push(say("lsp-hover-seats", q.value.to_string()));
            }
            if let Some(p) = &role.population {
                lines.push(say("lsp-hover-population", p.value.to_string()));
            }
            let holders: Vec<String> = plan.holders()[r.index].iter().map(|&p| name(person(p))).collect();
            lines.push(if holders.is_empty() {
                lang.text("lsp-hover-no-holders")
            } else {
                say("lsp-hover-holders", holders.join(", "))
            });
        }
        EntityKind::Person => {
            let p = &plan.people[r.index];
            if let Some(unit) = &p.unit {
                lines.push(say("lsp-hover-unit", by_id(&unit.value)));
            }
            if !p.roles.is_empty() {
                let roles: Vec<String> = p.roles.iter().map(|x| by_id(&x.value)).collect();
                lines.push(say("lsp-hover-roles", roles.join(", ")));
            }
        }
        EntityKind::Training | EntityKind::Phase => {
            if let Some(a) = plan.activity(r) {
                let dates = a.timing.map_or_else(
                    || lang.text("lsp-hover-undated"),
                    |t| {
                        let (start, end) = (lang.date(&t.start().value), lang.date(&t.end().value));
                        if start == end { start } else { format!("{start} – {end}") }
                    },
                );
                lines.push(say("lsp-hover-dates", markdown_inline(&dates)));
                let state = match a.status {
                    crate::plan::Status::Planned => "state-planned",
                    crate::plan::Status::Done => "state-done",
                    crate::plan::Status::Cancelled => "state-cancelled",
                };
                let mut status = say("lsp-hover-status", lang.text(state));
                if a.pinned {
                    status = format!("{status} · {}", lang.text("lsp-hover-pinned"));
                }
                lines.push(status);
            }
        }
        EntityKind::Category | EntityKind::Part => {}
    }
    lines.join("\n\n")
}

const fn person(index: usize) -> EntityRef {
    EntityRef { kind: EntityKind::Person, index }
}
