//! `show cascade`: the train-the-trainer chain as a tree from the root — who is trained by
//! which course, when — then a tree from each trainer the root does not reach, with flags
//! where the chain breaks or is unsure.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

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
    let mut nodes = HashMap::new();
    let mut node =
        |g: &mut DiGraph<EntityRef, Option<usize>>, e: EntityRef| *nodes.entry(e).or_insert_with(|| g.add_node(e));
    for (ti, t) in plan.trainings.iter().enumerate() {
        let trainees: Vec<EntityRef> =
            t.trainees.iter().filter_map(|r| plan.lookup(&r.value).filter(|e| e.kind == EntityKind::Role)).collect();
        for trainer in &t.trainer {
            let Some(from) =
                plan.lookup(&trainer.value).filter(|e| e.kind != EntityKind::Training && e.kind != EntityKind::Phase)
            else {
                continue;
            };
            let a = node(&mut g, from);
            for &to in &trainees {
                let b = node(&mut g, to);
                g.add_edge(a, b, Some(ti));
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
    let order = walk(&g, &starts);
    let glyphs = tree_glyphs(&order.iter().map(|s| (s.depth, s.last)).collect::<Vec<_>>());
    let early = TaughtFrom::of(plan);
    for (step, glyph) in order.iter().zip(glyphs) {
        let course = step.via.map(|t| &plan.trainings[t]);
        let (from, to) = super::dates(course.and_then(|t| t.timing.as_ref()));
        let (who, mut flags) = match step.shown {
            Shown::More(n) => {
                let (kind, words) = match step.via {
                    Some(_) => (EntityKind::Role, "flag-roles-shown-above"),
                    None => (EntityKind::Person, "flag-holders-shown-above"),
                };
                let cells = vec![Value::Null, kind.noun().into(), via_cell(course), from, to];
                let more = Text::id(words).arg("count", n).in_lang(lang).into_owned();
                r.rows.push(Row { cells: [cells, vec![more.into()]].concat(), depth: Some(step.depth), glyphs: glyph });
                continue;
            }
            Shown::First | Shown::Again => (g[step.node], Vec::new()),
        };
        flags.extend(self::flags(plan, who, course, &early));
        // A tree of its own: a trainer the root's tree does not reach.
        if step.depth == 0 && Some(who) != Some(root) {
            flags.insert(
                0,
                Text::id(if plan.trained_outside(who) { "flag-trained-outside" } else { "flag-never-trained" }),
            );
        }
        if step.shown == Shown::Again {
            flags.push(Text::id("flag-shown-above"));
        }
        let flags: Vec<String> = flags.iter().map(|f| f.in_lang(lang).into_owned()).collect();
        let cells = vec![
            plan.id_of(who).value.as_str().into(),
            who.kind.noun().into(),
            via_cell(course),
            from,
            to,
            if flags.is_empty() { Value::Null } else { flags.join("; ").into() },
        ];
        r.rows.push(Row { cells, depth: Some(step.depth), glyphs: glyph });
    }
    let mut findings = rules::check(plan);
    let _hidden = rules::apply_levels(&mut findings, Some(plan), &Overrides::default());
    // In the reader's words, as the table: ids put as names, no rule id.
    let names = super::names(plan);
    for f in findings.iter().filter(|f| BREAKS.contains(&f.rule.name)) {
        let message = super::named(&f.message.in_lang(lang), &names);
        r.note(Text::id("cascade-break").arg("message", message).in_lang(lang));
    }
    r
}

/// What is wrong or unsure on this row: the course that trains it is reversed or not dated
/// yet; a person holds their roles tentatively; it teaches a course that starts before the
/// course that trained it (on this path) has ended.
fn flags(plan: &Plan, who: EntityRef, trained_by: Option<&crate::plan::Training>, early: &TaughtFrom) -> Vec<Text> {
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
    if let Some(done) = trained_by.and_then(|t| t.timing.as_ref()).and_then(|t| t.end().value.latest())
        && let Some(t) = early.first_by(&plan.id_of(who).value, done).map(|i| &plan.trainings[i])
    {
        let called = t.name.as_ref().map_or(&t.id.value, |n| &n.value);
        out.push(Text::id("flag-teaches-early").arg("training", called.as_str()));
    }
    out
}

/// The course cell of a row: the course's id, or nothing for a holder of a role.
fn via_cell(course: Option<&crate::plan::Training>) -> Value {
    course.map_or(Value::Null, |t| t.id.value.as_str().into())
}

/// How a row shows its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shown {
    /// Here first, with what it leads to below it.
    First,
    /// Shown above already, and here again without its subtree.
    Again,
    /// So many entities of one course (or holders of one role) shown above already, as one
    /// row: one course of a thousand trainers for a thousand roles would otherwise list each
    /// role under each trainer, a million rows.
    More(usize),
}

/// One row of the walk.
#[derive(Debug, Clone, Copy)]
struct Step {
    node: NodeIndex,
    /// The course that trains it (none for a role's holder, and for the top of a tree).
    via: Option<usize>,
    depth: usize,
    /// The last of its siblings.
    last: bool,
    shown: Shown,
}

/// Of the entities one course teaches under one trainer (or one role's holders), those shown
/// above already are listed again up to this many; more are one row saying how many.
const AGAIN_LISTED: usize = 5;

/// The rows of the cascade: depth first from each start, children in file order; an entity is
/// expanded once, and where it is met again it stands again without its subtree — or, when
/// more than [`AGAIN_LISTED`] of one course's are met again under one trainer, as one row for
/// them all. The rows are never more than the entities and the trainers' courses allow:
/// each entity is expanded once, and each course under each trainer adds at most
/// [`AGAIN_LISTED`] + 1 rows of entities shown above.
fn walk(g: &DiGraph<EntityRef, Option<usize>>, starts: &[NodeIndex]) -> Vec<Step> {
    let mut order: Vec<Step> = Vec::new();
    let mut seen = HashSet::new();
    for &first in starts {
        if seen.contains(&first) {
            continue;
        }
        let mut stack = vec![Step { node: first, via: None, depth: 0, last: true, shown: Shown::First }];
        while let Some(step) = stack.pop() {
            if let Shown::More(_) = step.shown {
                order.push(step);
                continue;
            }
            if !seen.insert(step.node) {
                order.push(Step { shown: Shown::Again, ..step });
                continue;
            }
            order.push(step);
            let mut kids: Vec<(NodeIndex, Option<usize>)> =
                g.edges(step.node).map(|e| (e.target(), *e.weight())).collect();
            kids.reverse(); // petgraph lists the newest edge first
            let mut unique = HashSet::new();
            kids.retain(|k| unique.insert(*k));
            let rows = summarised(&kids, &seen);
            for (i, &(node, via, shown)) in rows.iter().enumerate().rev() {
                let last = i + 1 == rows.len();
                stack.push(Step { node, via, depth: step.depth + 1, last, shown });
            }
        }
    }
    order
}

/// The children of a node as rows: each course's children (and the holders) shown above
/// already, when there are more than [`AGAIN_LISTED`] of them, become one row where the first
/// of them stood.
fn summarised(
    kids: &[(NodeIndex, Option<usize>)],
    seen: &HashSet<NodeIndex>,
) -> Vec<(NodeIndex, Option<usize>, Shown)> {
    let mut shown_above: HashMap<Option<usize>, usize> = HashMap::new();
    for (k, via) in kids {
        if seen.contains(k) {
            *shown_above.entry(*via).or_default() += 1;
        }
    }
    let mut summarised = HashSet::new();
    let mut rows = Vec::with_capacity(kids.len());
    for &(k, via) in kids {
        match shown_above.get(&via) {
            Some(&n) if n > AGAIN_LISTED && seen.contains(&k) => {
                if summarised.insert(via) {
                    rows.push((k, via, Shown::More(n)));
                }
            }
            _ => rows.push((k, via, Shown::First)),
        }
    }
    rows
}

/// For each trainer, the courses it teaches in the order of the file with the earliest day
/// each may start, and the least of those so far: the first course a trainer teaches from a
/// day on is found by a search, not by a pass over every course for every row.
struct TaughtFrom<'p>(HashMap<&'p str, Vec<(usize, NaiveDate)>>);

impl<'p> TaughtFrom<'p> {
    fn of(plan: &'p Plan) -> Self {
        let mut by: HashMap<&'p str, Vec<(usize, NaiveDate)>> = HashMap::new();
        for (i, t) in plan.trainings.iter().enumerate() {
            let Some(start) = t.timing.as_ref().and_then(|tm| tm.start().value.earliest()) else { continue };
            for trainer in &t.trainer {
                let list = by.entry(trainer.value.as_str()).or_default();
                if list.last().is_some_and(|&(last, _)| last == i) {
                    continue; // a trainer named twice in one course
                }
                let least = list.last().map_or(start, |&(_, d)| d.min(start));
                list.push((i, least));
            }
        }
        Self(by)
    }

    /// The first course in the file that `trainer` teaches starting on or before `day`.
    fn first_by(&self, trainer: &str, day: NaiveDate) -> Option<usize> {
        let list = self.0.get(trainer)?;
        // The least start so far only falls along the list: the first at or before `day` is
        // the course that brought it there.
        let at = list.partition_point(|&(_, least)| least > day);
        list.get(at).map(|&(i, _)| i)
    }
}
