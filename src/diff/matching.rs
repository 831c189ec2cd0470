//! Telling what is the same in two versions: entities renamed (several at once, references
//! between them included), revisions by what they say, and findings by what they are about.

use std::collections::{HashMap, HashSet};

use super::{Entity, FieldValue, FindingChange, Kind, is_referable};
use crate::diagnostic::{CheckedPlan, Finding};
use crate::plan::Plan;

/// Ids that disappeared while an entity of the same kind with the same content appeared. The
/// content is compared with every reference to a disappeared or an appeared id made alike, so
/// that entities renamed together — a unit and the role in it — are found at once; each old
/// entity is paired with the first new one that matches, in the order of the file.
pub(super) fn renames<'a>(before: &'a [Entity], after: &'a [Entity]) -> Vec<(Kind, &'a str, &'a str)> {
    let old_ids: HashSet<(Kind, &str)> = before.iter().map(|e| (e.kind, e.id.as_str())).collect();
    let new_ids: HashSet<(Kind, &str)> = after.iter().map(|e| (e.kind, e.id.as_str())).collect();
    let gone: Vec<&Entity> =
        before.iter().filter(|e| is_referable(e.kind) && !new_ids.contains(&(e.kind, e.id.as_str()))).collect();
    let added: Vec<&Entity> = after.iter().filter(|e| !old_ids.contains(&(e.kind, e.id.as_str()))).collect();
    let changing: HashSet<&str> = gone.iter().chain(&added).map(|e| e.id.as_str()).collect();
    let alike = |e: &Entity| -> Vec<(String, FieldValue)> {
        let blur = |id: &String| if changing.contains(id.as_str()) { String::new() } else { id.clone() };
        e.fields
            .iter()
            .map(|(k, v)| {
                let v = match v {
                    FieldValue::Ref(id) => FieldValue::Ref(blur(id)),
                    FieldValue::Refs(ids) => FieldValue::Refs(ids.iter().map(blur).collect()),
                    other => other.clone(),
                };
                (k.clone(), v)
            })
            .collect()
    };
    let added_alike: Vec<Vec<(String, FieldValue)>> = added.iter().map(|e| alike(e)).collect();
    let mut taken = vec![false; added.len()];
    let mut out = Vec::new();
    for g in gone {
        let mine = alike(g);
        let found = (0..added.len()).find(|&i| !taken[i] && added[i].kind == g.kind && added_alike[i] == mine);
        if let Some(i) = found {
            taken[i] = true;
            out.push((g.kind, g.id.as_str(), added[i].id.as_str()));
        }
    }
    out
}

/// Gives each new revision that says exactly what an old one says that one's id, so that a
/// revision inserted before others (or two on one day) leaves the others unchanged; the rest
/// get ids of their own.
pub(super) fn pair_revisions(before: &[Entity], after: &mut [Entity]) {
    let old: Vec<&Entity> = before.iter().filter(|e| e.kind == Kind::Revision).collect();
    let mut taken = vec![false; old.len()];
    let mut unpaired = Vec::new();
    for (n, e) in after.iter_mut().enumerate().filter(|(_, e)| e.kind == Kind::Revision) {
        match (0..old.len()).find(|&i| !taken[i] && old[i].fields == e.fields) {
            Some(i) => {
                taken[i] = true;
                e.id.clone_from(&old[i].id);
            }
            None => unpaired.push(n),
        }
    }
    // A revision that says something new must not take the id of one paired by content.
    let used: HashSet<String> = old.iter().zip(&taken).filter(|(_, t)| **t).map(|(e, _)| e.id.clone()).collect();
    for n in unpaired {
        let mut id = after[n].id.clone();
        let mut k = 2;
        while used.contains(&id)
            || after.iter().enumerate().any(|(m, e)| m != n && e.kind == Kind::Revision && e.id == id)
        {
            id = format!("{} (new {k})", after[n].id);
            k += 1;
        }
        after[n].id = id;
    }
}

/// Where each table of a plan starts, in the order of the file, with the name a finding in it
/// is matched by: built once per plan, so that placing a finding is a search.
struct Headers<'p>(Vec<(usize, &'p str)>);

impl<'p> Headers<'p> {
    fn of(plan: &'p Plan) -> Self {
        let mut headers: Vec<(usize, &str)> = vec![(plan.meta.span.start(), "plan")];
        headers.extend(plan.units.iter().map(|e| (e.span.start(), e.id.value.as_str())));
        headers.extend(plan.roles.iter().map(|e| (e.span.start(), e.id.value.as_str())));
        headers.extend(plan.people.iter().map(|e| (e.span.start(), e.id.value.as_str())));
        headers.extend(plan.trainings.iter().map(|e| (e.span.start(), e.id.value.as_str())));
        headers.extend(plan.phases.iter().map(|e| (e.span.start(), e.id.value.as_str())));
        headers.extend(plan.revisions.iter().map(|e| (e.span.start(), "revision")));
        headers.extend(plan.calendar.closed.iter().map(|e| (e.span.start(), "closed")));
        // Stable: of two tables at one place, the later in this list, as before.
        headers.sort_by_key(|&(start, _)| start);
        Self(headers)
    }

    /// The entity whose table holds `at` (the last header before it).
    fn at(&self, at: usize) -> &'p str {
        let n = self.0.partition_point(|&(start, _)| start <= at);
        n.checked_sub(1).map_or("", |i| self.0[i].1)
    }
}

/// Where a finding stands, in words that survive edits elsewhere: the entity whose table it is
/// in (the last header before it), and the key of its line.
fn place<'p, 'r>(headers: &Headers<'p>, report: &'r CheckedPlan, f: &Finding) -> (&'p str, &'r str) {
    let entity = headers.at(f.span.start());
    let source = &report.source;
    let start = report.line_start(f.span.start().min(source.len()));
    // The line up to its first `=`, or all of it: found from the line's start, never by a
    // walk over the whole line (a list of ten thousand ids is one line).
    let rest = &source.as_bytes()[start..];
    let end = memchr::memchr2(b'=', b'\n', rest).map_or(source.len(), |i| start + i);
    (entity, source[start..end].trim())
}

/// Findings matched by rule, severity, the entity they are in and the key they point at — never
/// by message text, which has dates and counts in it: a finding that only moved to another
/// line, or whose dates a shift moved, is the same finding. A warning that `[lints]` made an
/// error is a new error (and a warning fixed), which `--fail-on-new-errors` counts.
pub(super) fn findings(
    old: (&Plan, &CheckedPlan),
    new: (&Plan, &CheckedPlan),
) -> (Vec<FindingChange>, Vec<FindingChange>) {
    let unmatched = |(from_plan, from): (&Plan, &CheckedPlan), (against_plan, against): (&Plan, &CheckedPlan)| {
        let (theirs, ours) = (Headers::of(against_plan), Headers::of(from_plan));
        let mut counts: HashMap<(&str, &str, (&str, &str)), usize> = HashMap::new();
        for f in &against.findings {
            *counts.entry((f.rule.name, f.severity.as_str(), place(&theirs, against, f))).or_default() += 1;
        }
        let mut out = Vec::new();
        for f in &from.findings {
            match counts.get_mut(&(f.rule.name, f.severity.as_str(), place(&ours, from, f))) {
                Some(n) if *n > 0 => *n -= 1,
                _ => {
                    let at = from.line_col(f.span.start());
                    out.push(FindingChange {
                        rule: f.rule.name,
                        severity: f.severity.as_str(),
                        message: f.message.clone(),
                        file: from.path.clone(),
                        line: at.line,
                        column: at.column,
                    });
                }
            }
        }
        out
    };
    (unmatched(new, old), unmatched(old, new))
}
