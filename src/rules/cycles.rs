//! Rules about loops in the plan's three graphs: the organisation tree (`org-cycle`), the
//! training cascade (`cascade-cycle`) and the activities' `after` dependencies
//! (`dependency-cycle`). Each loop is found with petgraph and reported once, with its path.

use std::collections::VecDeque;

use foldhash::{HashMap, HashMapExt, HashSet, HashSetExt};

use petgraph::algo::TarjanScc;
use petgraph::graph::{DiGraph, EdgeIndex, NodeIndex};
use petgraph::visit::{Bfs, EdgeRef};

use crate::diagnostic::{Finding, Text};
use crate::plan::{EntityKind, EntityRef, Plan};
use crate::registry::{CASCADE_CYCLE, DEPENDENCY_CYCLE, ORG_CYCLE, Rule};
use crate::span::Span;

/// One loop per strongly connected component that has one: the edges of a shortest loop
/// through the component's first node (in the order nodes were added).
pub(crate) fn loops<N, E>(g: &DiGraph<N, E>) -> Vec<Vec<EdgeIndex>> {
    // Most components are one node without a loop: only the others are kept (and allocated).
    let mut looping: Vec<Vec<NodeIndex>> = Vec::new();
    TarjanScc::new().run(g, |scc: &[NodeIndex]| {
        if scc.iter().min().is_some_and(|&start| scc.len() > 1 || g.find_edge(start, start).is_some()) {
            looping.push(scc.to_vec());
        }
    });
    let mut out = Vec::new();
    for scc in looping {
        let Some(&start) = scc.iter().min() else { continue };
        let in_scc: HashSet<NodeIndex> = scc.iter().copied().collect();
        // Breadth-first from `start`, remembering by which edge each node was reached.
        let mut reached_by: HashMap<NodeIndex, EdgeIndex> = HashMap::new();
        let mut queue = VecDeque::from([start]);
        let mut closing = None;
        'search: while let Some(n) = queue.pop_front() {
            let mut edges: Vec<_> = g.edges(n).collect();
            edges.sort_by_key(EdgeRef::id);
            for e in edges {
                let to = e.target();
                if to == start {
                    closing = Some(e.id());
                    break 'search;
                }
                if in_scc.contains(&to) && !reached_by.contains_key(&to) {
                    reached_by.insert(to, e.id());
                    queue.push_back(to);
                }
            }
        }
        let Some(mut edge) = closing else { continue };
        let mut path = vec![edge];
        while let Some((from, _)) = g.edge_endpoints(edge) {
            if from == start {
                break;
            }
            edge = reached_by[&from];
            path.push(edge);
        }
        path.reverse();
        out.push(path);
    }
    out.sort_by_key(|p| p.first().copied());
    out
}

/// `a → b → a`, from the source of the first edge through the target of each.
pub(crate) fn path_text<N, E>(g: &DiGraph<N, E>, path: &[EdgeIndex], name: impl Fn(&N) -> String) -> String {
    let mut parts = Vec::with_capacity(path.len() + 1);
    if let Some((from, _)) = path.first().and_then(|&e| g.edge_endpoints(e)) {
        parts.push(name(&g[from]));
    }
    for &e in path {
        if let Some((_, to)) = g.edge_endpoints(e) {
            parts.push(name(&g[to]));
        }
    }
    parts.join(" → ")
}

/// Nodes for entities, added once each, in a stable order.
pub(crate) struct Nodes<'p> {
    plan: &'p Plan,
    graph: DiGraph<EntityRef, Span>,
    /// The node of each entity that has one, by kind and then by index in its list.
    index: [Vec<Option<NodeIndex>>; 5],
}

impl<'p> Nodes<'p> {
    fn new(plan: &'p Plan) -> Self {
        let index = [
            vec![None; plan.units.len()],
            vec![None; plan.roles.len()],
            vec![None; plan.people.len()],
            vec![None; plan.trainings.len()],
            vec![None; plan.phases.len()],
        ];
        Self { plan, graph: DiGraph::new(), index }
    }

    fn slot(&mut self, r: EntityRef) -> &mut Option<NodeIndex> {
        &mut self.index[r.kind as usize][r.index]
    }

    fn node(&mut self, r: EntityRef) -> NodeIndex {
        if let Some(n) = *self.slot(r) {
            return n;
        }
        let n = self.graph.add_node(r);
        *self.slot(r) = Some(n);
        n
    }

    /// Adds `from → to` when `to` resolves to one of `kinds`; dangling ids are another rule's.
    fn edge(&mut self, from: EntityRef, to: &str, span: Span, kinds: &[EntityKind]) {
        if let Some(target) = self.plan.lookup(to).filter(|r| kinds.contains(&r.kind)) {
            let (a, b) = (self.node(from), self.node(target));
            self.graph.add_edge(a, b, span);
        }
    }

    /// Reports each loop once, with its path, and returns every entity on a loop.
    fn report(
        &self,
        rule: Rule,
        message: &'static str,
        label: &'static str,
        help: &'static str,
        out: &mut Vec<Finding>,
    ) -> HashSet<EntityRef> {
        let name = |r: &EntityRef| format!("`{}`", self.plan.id_of(*r).value);
        let mut members = HashSet::new();
        for path in loops(&self.graph) {
            let Some(&closing) = path.last() else { continue };
            out.push(
                Finding::new(
                    rule,
                    self.graph[closing],
                    Text::id(message).arg("path", path_text(&self.graph, &path, name)),
                )
                .label(Text::id(label))
                .help(Text::id(help)),
            );
            for (a, b) in path.iter().filter_map(|&e| self.graph.edge_endpoints(e)) {
                members.extend([self.graph[a], self.graph[b]]);
            }
        }
        members
    }

    /// The entities of `kind` a path of edges leads to from `from` (`from` included), by index:
    /// a flag per entity of the kind, not a set of every entity reached (a set of the 100 000
    /// people of a national plan took 3 MB for the rule that asks about roles).
    pub(crate) fn reach(&self, from: EntityRef, kind: EntityKind, count: usize) -> Vec<bool> {
        let mut seen = vec![false; count];
        if let Some(start) = self.index[from.kind as usize][from.index] {
            let mut bfs = Bfs::new(&self.graph, start);
            while let Some(n) = bfs.next(&self.graph) {
                let e = self.graph[n];
                if e.kind == kind
                    && let Some(flag) = seen.get_mut(e.index)
                {
                    *flag = true;
                }
            }
        }
        seen
    }
}

/// The graphs the loop rules build, kept for the rules that follow them.
pub(crate) struct Graphs<'p> {
    /// The cascade: trainers → trainee roles → the people who hold them.
    pub cascade: Nodes<'p>,
    /// Entities on a loop of the cascade: the cascade-order rules leave them to `cascade-cycle`.
    pub cascade_loops: HashSet<EntityRef>,
    /// Activities on a loop of `after`: `dependency-order` leaves them to `dependency-cycle`.
    pub dependency_loops: HashSet<EntityRef>,
}

fn org(plan: &Plan, out: &mut Vec<Finding>) {
    let mut n = Nodes::new(plan);
    for (index, u) in plan.units.iter().enumerate() {
        let me = EntityRef { kind: EntityKind::Unit, index };
        if plan.lookup(&u.id.value) != Some(me) {
            continue; // a duplicate id; reported by `duplicate-id`
        }
        if let Some(p) = &u.parent {
            n.edge(me, &p.value, p.span, &[EntityKind::Unit]);
        }
    }
    n.report(ORG_CYCLE, "org-cycle", "org-cycle-label", "org-cycle-help", out);
}

fn cascade_graph(plan: &Plan) -> Nodes<'_> {
    use EntityKind::{Person, Role, Unit};
    let mut n = Nodes::new(plan);
    // A cancelled course trains no one.
    for t in plan.trainings.iter().filter(|t| !super::cascade::is_cancelled(t)) {
        for trainer in &t.trainer {
            let Some(from) = plan.lookup(&trainer.value).filter(|r| [Unit, Role, Person].contains(&r.kind)) else {
                continue;
            };
            for trainee in &t.trainees {
                n.edge(from, &trainee.value, trainee.span, &[Role]);
            }
        }
    }
    for (index, p) in plan.people.iter().enumerate() {
        let me = EntityRef { kind: Person, index };
        for role in &p.roles {
            if let Some(from) = plan.lookup(&role.value).filter(|r| r.kind == Role) {
                let (a, b) = (n.node(from), n.node(me));
                n.graph.add_edge(a, b, role.span);
            }
        }
    }
    n
}

/// The `after` graph: each activity → the activities it waits for.
fn dependency_graph(plan: &Plan) -> Nodes<'_> {
    use EntityKind::{Phase, Training};
    let mut n = Nodes::new(plan);
    for a in plan.activities() {
        for dep in a.after {
            n.edge(a.entity, &dep.value, dep.span, &[Training, Phase]);
        }
    }
    n
}

/// Reports the loops of the three graphs, each built once, and returns them for later rules.
pub(crate) fn check<'p>(plan: &'p Plan, out: &mut Vec<Finding>) -> Graphs<'p> {
    org(plan, out);
    let cascade = cascade_graph(plan);
    let cascade_loops =
        cascade.report(CASCADE_CYCLE, "cascade-cycle", "cascade-cycle-label", "cascade-cycle-help", out);
    let dependency_loops = dependency_graph(plan).report(
        DEPENDENCY_CYCLE,
        "dependency-cycle",
        "dependency-cycle-label",
        "dependency-cycle-help",
        out,
    );
    Graphs { cascade, cascade_loops, dependency_loops }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_one_loop_per_component_with_its_path() {
        let mut graph: DiGraph<&str, ()> = DiGraph::new();
        let [a, b, c, d] = ["a", "b", "c", "d"].map(|s| graph.add_node(s));
        graph.extend_with_edges([(a, b), (b, c), (c, a), (b, a), (d, d)]);
        let found: Vec<String> = loops(&graph).iter().map(|p| path_text(&graph, p, |s| (*s).to_owned())).collect();
        assert_eq!(found, ["a → b → a", "d → d"]);
    }

    #[test]
    fn no_loop_in_a_tree() {
        let mut g: DiGraph<(), ()> = DiGraph::new();
        let [a, b, c] = [(); 3].map(|()| g.add_node(()));
        g.extend_with_edges([(b, a), (c, a)]);
        assert!(loops(&g).is_empty());
    }
}
