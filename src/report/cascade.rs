//! `show cascade`: the train-the-trainer chain as a tree from the root — who is trained by
//! which course, when — with flags where the chain breaks.

use std::collections::HashSet;

use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::visit::EdgeRef;
use serde_json::Value;

use super::{Report, Row, col, tree_glyphs};
use crate::plan::{EntityKind, EntityRef, Plan};
use crate::rules::{self, Overrides};

/// The rules whose findings are breaks in the chain.
const BREAKS: &[&str] = &["untrained-trainer", "trainer-trained-late", "unreached-role", "cascade-cycle"];

#[must_use]
pub fn report(plan: &Plan) -> Report {
    let mut r = Report::new(
        "Training cascade",
        &[
            col("id", "who"),
            col("kind", "kind"),
            col("via", "trained by"),
            col("start", "from"),
            col("end", "to"),
            col("flag", "flag"),
        ],
    );
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
        r.notes.push("The plan names no `root`, so the cascade has no top.".into());
        return r;
    };
    let start = node(&mut g, root);

    // Depth first from the root, children in file order, each entity once.
    let mut order: Vec<(NodeIndex, Option<usize>, usize, bool)> = Vec::new();
    let mut seen = HashSet::new();
    let mut stack = vec![(start, None, 0, true)];
    while let Some((n, via, depth, last)) = stack.pop() {
        if !seen.insert(n) {
            continue;
        }
        order.push((n, via, depth, last));
        let mut kids: Vec<(NodeIndex, Option<usize>)> =
            g.edges(n).map(|e| (e.target(), *e.weight())).filter(|(t, _)| !seen.contains(t)).collect();
        kids.reverse(); // petgraph lists the newest edge first
        let mut unique = HashSet::new();
        kids.retain(|(t, _)| unique.insert(*t));
        for (i, (k, via)) in kids.iter().enumerate().rev() {
            stack.push((*k, *via, depth + 1, i + 1 == kids.len()));
        }
    }
    let glyphs = tree_glyphs(&order.iter().map(|&(_, _, d, last)| (d, last)).collect::<Vec<_>>());
    for (&(n, via, depth, _), glyph) in order.iter().zip(glyphs) {
        let who = g[n];
        let course = via.map(|t| &plan.trainings[t]);
        let (from, to) = super::dates(course.and_then(|t| t.timing.as_ref()));
        let cells = vec![
            plan.id_of(who).value.clone().into(),
            who.kind.noun().into(),
            course.map_or(Value::Null, |t| t.id.value.clone().into()),
            from,
            to,
            flag(plan, who, course).map_or(Value::Null, Value::from),
        ];
        r.rows.push(Row { cells, depth: Some(depth), glyphs: glyph });
    }
    let mut findings = rules::check(plan);
    rules::apply_levels(&mut findings, Some(plan), &Overrides::default());
    for f in findings.iter().filter(|f| BREAKS.contains(&f.rule.name)) {
        r.notes.push(format!("break [{}]: {}", f.rule.name, f.message));
    }
    r
}

/// "teaches X before being trained" when a course this node teaches starts before the course
/// that trained it (on this path) has ended.
fn flag(plan: &Plan, who: EntityRef, trained_by: Option<&crate::plan::Training>) -> Option<String> {
    let done = trained_by?.timing.as_ref()?.end().value.last_day()?;
    let id = &plan.id_of(who).value;
    plan.trainings
        .iter()
        .find(|t| {
            t.trainer.iter().any(|x| x.value == *id)
                && t.timing.as_ref().and_then(|tm| tm.start().value.first_day()).is_some_and(|s| s <= done)
        })
        .map(|t| format!("teaches {} before being trained", t.id.value))
}
