//! `show cascade`: the train-the-trainer chain as a tree from the root — who is trained by
//! which course, when — then a tree from each trainer the root does not reach, with flags
//! where the chain breaks or is unsure.

use std::collections::HashSet;

use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use serde_json::Value;

use super::{Row, View, col, kind_word, tree_glyphs};
use crate::i18n::{Lang, Text};
use crate::plan::{EntityKind, EntityRef, Plan};
use crate::rules::{self, Overrides};

/// The rules whose findings are breaks in the chain.
const BREAKS: &[&str] = &["untrained-trainer", "trainer-trained-late", "unreached-role", "cascade-cycle"];

#[must_use]
pub fn report(plan: &Plan, lang: Lang) -> View {
    let mut r = View::new(
        lang,
        lang.text("report-cascade"),
        &[
            col("id", "col-who").names(),
            col("kind", "col-kind").words(kind_word),
            col("via", "col-trained-by").names(),
            col("start", "col-from").dates(),
            col("end", "col-to").dates(),
            col("flag", "col-flag"),
        ],
    )
    .naming(plan);
    // Trainers → the roles their courses teach (edge: the course); roles → their holders.
    let mut g: DiGraph<EntityRef, Option<usize>> = DiGraph::new();
    let mut nodes = std::collections::HashMap::new();
    let mut node =
        |g: &mut DiGraph<EntityRef, Option<usize>>, e: EntityRef| *nodes.entry(e).or_insert_with(|| g.add_node(e));
    for (ti, t) in plan.trainings.iter().enumerate() {
        for trainer in &t.trainer {
            let Some(from) =
                plan.lookup(&trainer.value).filter(|e| e.kind != EntityKind::Training && e.kind != EntityKind::Phase)
            else {
                continue;
            };
            for trainee in &t.trainees {
                if let Some(to) = plan.lookup(&trainee.value).filter(|e| e.kind == EntityKind::Role) {
                    let (a, b) = (node(&mut g, from), node(&mut g, to));
                    g.add_edge(a, b, Some(ti));
                }
            }
        }
    }
    for (pi, p) in plan.people.iter().enumerate() {
        for role in &p.roles {
            if let Some(from) = plan.lookup(&role.value).filter(|e| e.kind == EntityKind::Role) {
                let (a, b) = (node(&mut g, from), node(&mut g, EntityRef { kind: EntityKind::Person, index: pi }));
                g.add_edge(a, b, None);
            }
        }
    }
    let Some(root) = plan.meta.root.as_ref().and_then(|r| plan.lookup(&r.value)) else {
        r.note(lang.text("cascade-no-root"));
        return r;
    };
    let start = node(&mut g, root);
    // The tree from the root first; then, in the order of the file, a tree from each trainer it
    // does not reach (trained outside the plan, or not at all), so that every training stands
    // under its own trainers and every role it teaches is shown.
    let mut starts = vec![start];
    for t in &plan.trainings {
        for trainer in &t.trainer {
            if let Some(e) =
                plan.lookup(&trainer.value).filter(|e| !matches!(e.kind, EntityKind::Training | EntityKind::Phase))
            {
                starts.push(node(&mut g, e));
            }
        }
    }
    // (node, the course that trains it, depth, last of its siblings, shown above already)
    let mut order: Vec<(NodeIndex, Option<usize>, usize, bool, bool)> = Vec::new();
    let mut seen = HashSet::new();
    for first in starts {
        if seen.contains(&first) {
            continue;
        }
        // Depth first, children in file order; an entity is expanded once, and where it is met
        // again (a second trainer, a second course) it stands again without its subtree.
        let mut stack = vec![(first, None, 0, true)];
        while let Some((n, via, depth, last)) = stack.pop() {
            if !seen.insert(n) {
                order.push((n, via, depth, last, true));
                continue;
            }
            order.push((n, via, depth, last, false));
            let mut kids: Vec<(NodeIndex, Option<usize>)> = g.edges(n).map(|e| (e.target(), *e.weight())).collect();
            kids.reverse(); // petgraph lists the newest edge first
            let mut unique = HashSet::new();
            kids.retain(|k| unique.insert(*k));
            for (i, (k, via)) in kids.iter().enumerate().rev() {
                stack.push((*k, *via, depth + 1, i + 1 == kids.len()));
            }
        }
    }
    let glyphs = tree_glyphs(&order.iter().map(|&(_, _, d, last, _)| (d, last)).collect::<Vec<_>>());
    for (&(n, via, depth, _, again), glyph) in order.iter().zip(glyphs) {
        let who = g[n];
        let course = via.map(|t| &plan.trainings[t]);
        let (from, to) = super::dates(course.and_then(|t| t.timing.as_ref()));
        let mut flags = flags(plan, who, course);
        // A tree of its own: a trainer the root's tree does not reach.
        if depth == 0 && Some(who) != Some(root) {
            flags.insert(
                0,
                Text::id(if plan.trained_outside(who) { "flag-trained-outside" } else { "flag-never-trained" }),
            );
        }
        if again {
            flags.push(Text::id("flag-shown-above"));
        }
        let flags: Vec<String> = flags.iter().map(|f| f.in_lang(lang).into_owned()).collect();
        let cells = vec![
            plan.id_of(who).value.clone().into(),
            who.kind.noun().into(),
            course.map_or(Value::Null, |t| t.id.value.clone().into()),
            from,
            to,
            if flags.is_empty() { Value::Null } else { flags.join("; ").into() },
        ];
        r.rows.push(Row { cells, depth: Some(depth), glyphs: glyph });
    }
    let mut findings = rules::check(plan);
    let _hidden = rules::apply_levels(&mut findings, Some(plan), &Overrides::default());
    for f in findings.iter().filter(|f| BREAKS.contains(&f.rule.name)) {
        r.note(Text::id("cascade-break").arg("rule", f.rule.name).arg("message", f.message.clone()).in_lang(lang));
    }
    r
}

/// What is wrong or unsure on this row: the course that trains it is reversed or not dated
/// yet; a person holds their roles tentatively; it teaches a course that starts before the
/// course that trained it (on this path) has ended.
fn flags(plan: &Plan, who: EntityRef, trained_by: Option<&crate::plan::Training>) -> Vec<Text> {
    let mut out = Vec::new();
    if let Some(timing) = trained_by.and_then(|t| t.timing.as_ref()) {
        let (start, end) = (timing.start().value.clone(), timing.end().value.clone());
        if start.is_unknown() || end.is_unknown() {
            out.push(Text::id("flag-not-dated"));
        } else if let (Some(a), Some(z)) = (start.earliest(), end.latest())
            && z < a
        {
            out.push(Text::id("flag-reversed"));
        }
    }
    if who.kind == EntityKind::Person && plan.people[who.index].tentative.as_ref().is_some_and(|t| t.value) {
        out.push(Text::id("flag-tentative"));
    }
    if let Some(done) = trained_by.and_then(|t| t.timing.as_ref()).and_then(|t| t.end().value.latest()) {
        let id = &plan.id_of(who).value;
        let early = plan.trainings.iter().find(|t| {
            t.trainer.iter().any(|x| x.value == *id)
                && t.timing.as_ref().and_then(|tm| tm.start().value.earliest()).is_some_and(|s| s <= done)
        });
        if let Some(t) = early {
            let called = t.name.as_ref().map_or(&t.id.value, |n| &n.value);
            out.push(Text::id("flag-teaches-early").arg("training", called.as_str()));
        }
    }
    out
}
