//! Code actions. Quick fixes: a finding whose hint is one word to put in its place (the
//! "did you mean" id, the format's word for a Danish one) becomes that edit, offered only when
//! the edited text is checked again and has that finding no more and no new one. On an
//! activity, the weekly decisions — mark done, cancel, reopen, pin, unpin — as the edits the
//! `done`, `cancel`, `reopen`, `pin` and `unpin` commands make (worked out by
//! [`crate::record`] and read back by [`crate::edit::read_back`]).

use std::collections::HashMap;

use lsp_types::{CodeAction, CodeActionKind, CodeActionOrCommand, Diagnostic, Range, TextEdit, Uri, WorkspaceEdit};

use super::diagnostics;
use super::position::inner;
use super::session::{Doc, Read};
use crate::diagnostic::{CheckedPlan, Finding};
use crate::edit::{Original, Splices, new_findings, read_back};
use crate::i18n::{Arg, Lang, Text};
use crate::plan::{EntityKind, Status};
use crate::record::{self, Record, RecordError};
use crate::span::Span;

/// The actions for `range` of a document; `checked` is its last check, when it is of this text.
#[must_use]
pub fn actions(read: &Read<'_>, range: Range, checked: Option<&CheckedPlan>, lang: Lang) -> Vec<CodeActionOrCommand> {
    let span = read.lines.span(read.text(), range);
    let mut out = fixes(read, span, checked, lang);
    out.extend(decisions(read, span.start(), lang));
    out.into_iter().map(CodeActionOrCommand::CodeAction).collect()
}

/// The one edit a finding's hint says, when it says one: the word of a "did you mean" or of a
/// valid id in the value's place (inside its quotes), the day of a Danish date, or the line a
/// missing quote or a `:` for `=` should have been.
fn suggested(text: &str, f: &Finding) -> Option<(Span, String)> {
    let Some(Text::Message { id, args }) = &f.help else { return None };
    let arg = |name: &str| {
        args.iter().find_map(|(n, a)| match a {
            Arg::Str(s) if *n == name => Some(s.clone()),
            _ => None,
        })
    };
    match *id {
        "did-you-mean" => Some((inner(text, f.span), arg("word")?)),
        "bad-id-help" => Some((inner(text, f.span), arg("id")?)),
        "danish-date-help" => Some((f.span, arg("iso")?)),
        "missing-quote-help" | "colon-for-equals-help" => {
            let start = text[..f.span.start().min(text.len())].rfind('\n').map_or(0, |i| i + 1);
            let end = text[start..].find(['\r', '\n']).map_or(text.len(), |i| start + i);
            let indent = text[start..end].len() - text[start..end].trim_start().len();
            Some((Span::new(start + indent, end), arg("fixed")?))
        }
        _ => None,
    }
}

fn fixes(read: &Read<'_>, span: Span, checked: Option<&CheckedPlan>, lang: Lang) -> Vec<CodeAction> {
    let text = read.text();
    let fresh;
    let before = if let Some(c) = checked {
        c
    } else {
        fresh = diagnostics::check(read.doc).checked;
        &fresh
    };
    let mut out = Vec::new();
    for f in &before.findings {
        let overlaps = f.span.start() <= span.end() && span.start() <= f.span.end();
        let Some((at, word)) = suggested(text, f).filter(|_| overlaps) else { continue };
        let mut splices = Splices::default();
        splices.push(at, word.as_str());
        let edited = splices.apply(text);
        let doc = Doc::new(read.doc.uri.clone(), edited, read.doc.version, read.doc.path.clone());
        let after = diagnostics::check(&doc);
        if !fixed(f, before, &after.checked) {
            continue;
        }
        let title = Text::id("lsp-fix-replace").arg("word", word.as_str()).in_lang(lang).into_owned();
        let mut action = action(title, CodeActionKind::QUICKFIX, &read.doc.uri, edits(read, &splices));
        action.diagnostics = Some(vec![as_diagnostic(read, f, lang)]);
        action.is_preferred = Some(true);
        out.push(action);
    }
    out
}

/// Whether an edit fixed finding `f`: the edited plan has fewer findings of its rule and none of
/// that rule that is new. (Other rules may find more: a plan that did not parse is checked by
/// every rule once it does.)
fn fixed(f: &Finding, before: &CheckedPlan, after: &CheckedPlan) -> bool {
    let of_rule = |c: &CheckedPlan| c.findings.iter().filter(|g| g.rule == f.rule).cloned().collect::<Vec<_>>();
    let (was, is) = (of_rule(before), of_rule(after));
    is.len() < was.len() && new_findings(&was, None, &is, None).is_empty()
}

fn as_diagnostic(read: &Read<'_>, f: &Finding, lang: Lang) -> Diagnostic {
    let checked = CheckedPlan::new(String::new(), String::new(), vec![f.clone()]);
    diagnostics::diagnostics(read.doc, &checked, lang, None).remove(0)
}

fn edits(read: &Read<'_>, splices: &Splices) -> Vec<TextEdit> {
    splices
        .iter()
        .map(|s| TextEdit { range: read.lines.range(read.text(), s.span), new_text: s.text.clone() })
        .collect()
}

#[allow(
    clippy::mutable_key_type,
    reason = "lsp-types keys a WorkspaceEdit by Uri, whose cached cell never changes its hash"
)]
fn action(title: String, kind: CodeActionKind, uri: &Uri, edits: Vec<TextEdit>) -> CodeAction {
    let changes = HashMap::from([(uri.clone(), edits)]);
    CodeAction {
        title,
        kind: Some(kind),
        edit: Some(WorkspaceEdit { changes: Some(changes), ..WorkspaceEdit::default() }),
        ..CodeAction::default()
    }
}

/// A decision worked out as its command works it out.
type Make<'a> = Box<dyn Fn() -> Result<Record, RecordError> + 'a>;

/// The decisions on the activity whose table holds byte `offset`.
fn decisions(read: &Read<'_>, offset: usize, lang: Lang) -> Vec<CodeAction> {
    let Some(plan) = read.plan() else { return Vec::new() };
    let Some(r) = plan.entity_at(offset).filter(|r| matches!(r.kind, EntityKind::Training | EntityKind::Phase)) else {
        return Vec::new();
    };
    // The table under the entity's header holds the cursor, not one after it.
    let table = match r.kind {
        EntityKind::Training => plan.trainings[r.index].span,
        _ => plan.phases[r.index].span,
    };
    if offset > super::context::table_end(read.text(), table.start()) {
        return Vec::new();
    }
    let Some(a) = plan.activity(r) else { return Vec::new() };
    let source = read.text();
    let ids = [a.id.value.to_string()];
    let today = crate::clock::today().ok();
    let on = today.map(|day| record::status::On { day, today: Some(day), recorded: false });
    let tries: [(&'static str, bool, Make<'_>); 5] = [
        (
            "lsp-action-done",
            a.status != Status::Done && on.is_some(),
            Box::new(|| record::status::record(plan, source, &ids, Status::Done, on, None)),
        ),
        (
            "lsp-action-cancel",
            a.status != Status::Cancelled,
            Box::new(|| record::status::record(plan, source, &ids, Status::Cancelled, None, None)),
        ),
        (
            "lsp-action-reopen",
            a.status != Status::Planned,
            Box::new(|| record::status::record(plan, source, &ids, Status::Planned, None, None)),
        ),
        ("lsp-action-pin", !a.pinned, Box::new(|| record::pin::record(plan, source, &ids, true))),
        ("lsp-action-unpin", a.pinned, Box::new(|| record::pin::record(plan, source, &ids, false))),
    ];
    let original = Original { source, findings: &read.loaded.findings };
    let mut out = Vec::new();
    for (title, applies, make) in &tries {
        let Some(record) = applies.then(make).and_then(Result::ok) else { continue };
        // The edit reads itself back, as the command's does, before it is offered.
        if record.splices.is_empty() || read_back(original, &record.splices, "edited plan", &record.meant).is_err() {
            continue;
        }
        let title = lang.text_with(title, &[("id", a.id.value.as_str().into())]);
        out.push(action(title, CodeActionKind::REFACTOR_REWRITE, &read.doc.uri, edits(read, &record.splices)));
    }
    out
}
