//! The support chain: from every role, following `support` must reach the root
//! (parents → staff → super-users → municipal administrator → vendor). A chain that ends at a
//! unit other than the root, or loops, is `support-gap`; one that stops at a role that names no
//! `support` is `no-support`, data the plan does not give yet.

use foldhash::{HashMap, HashMapExt};

use petgraph::Direction;
use petgraph::graph::{DiGraph, NodeIndex};

use crate::diagnostic::Finding;
use crate::plan::{EntityKind, EntityRef, Plan};
use crate::registry::{NO_SUPPORT, SUPPORT_GAP};
use crate::rules::cycles::{loops, path_text};
use crate::span::Span;

pub(crate) fn check(plan: &Plan, out: &mut Vec<Finding>) {
    let root = plan.meta.root.as_ref().and_then(|r| plan.lookup(&r.value));
    let mut graph: DiGraph<EntityRef, Span> = DiGraph::new();
    let mut nodes: HashMap<EntityRef, NodeIndex> = HashMap::new();
    let mut node = |g: &mut DiGraph<EntityRef, Span>, r: EntityRef| *nodes.entry(r).or_insert_with(|| g.add_node(r));
    let mut checked = Vec::new();
    let mut dangling = Vec::new();
    for (ri, role) in plan.roles.iter().enumerate() {
        let me = EntityRef { kind: EntityKind::Role, index: ri };
        let needs = role.needs_training.as_ref().is_none_or(|n| n.value);
        if !needs && role.support.is_none() {
            continue; // only informed, and not in the support chain
        }
        let a = node(&mut graph, me);
        checked.push(a);
        if let Some(s) = &role.support {
            match plan.lookup(&s.value).filter(|r| matches!(r.kind, EntityKind::Role | EntityKind::Unit)) {
                Some(target) => {
                    let b = node(&mut graph, target);
                    graph.add_edge(a, b, s.span);
                }
                // Dangling: reported by `unknown-reference`; the chain is not followed further.
                None => dangling.push(a),
            }
        }
    }
    let name = |r: &EntityRef| format!("`{}`", plan.id_of(*r).value);
    for path in loops(&graph) {
        let Some(&closing) = path.last() else { continue };
        out.push(
            Finding::new(SUPPORT_GAP, graph[closing], format!("support loops: {}", path_text(&graph, &path, name)))
                .label("this `support` closes the loop")
                .help("the chain must climb to the root; point the last role upwards"),
        );
    }
    // Dead ends: nodes with nothing further that are not the root, reported once each with a
    // chain that leads there.
    for end in graph.node_indices() {
        let who = graph[end];
        if Some(who) == root
            || dangling.contains(&end)
            || graph.neighbors_directed(end, Direction::Outgoing).next().is_some()
        {
            continue;
        }
        let mut chain = vec![end];
        while let Some(prev) =
            graph.neighbors_directed(chain[chain.len() - 1], Direction::Incoming).filter(|p| !chain.contains(p)).min()
        {
            chain.push(prev);
        }
        if chain.len() == 1 && !checked.contains(&end) {
            continue;
        }
        chain.reverse();
        let text = chain.iter().map(|&n| name(&graph[n])).collect::<Vec<_>>().join(" → ");
        let root_name = plan.meta.root.as_ref().map_or("the root".to_owned(), |r| format!("`{}`", r.value));
        let f = if who.kind == EntityKind::Role {
            let role = &plan.roles[who.index];
            let message = if chain.len() == 1 {
                format!("`{}` names no `support`: whom it turns to is not said", role.id.value)
            } else {
                format!("the support chain stops at `{}`, which names no `support`: {text}", role.id.value)
            };
            // Whom the role turns to is not said: missing data, not a wrong chain.
            Finding::new(NO_SUPPORT, role.id.span, message)
                .label("this role has no `support`")
                .help(format!("give `{}` a `support` that leads to {root_name}", role.id.value))
        } else {
            let Some(&last) = chain.get(chain.len().wrapping_sub(2)) else { continue };
            let Some(edge) = graph.find_edge(last, end) else { continue };
            Finding::new(
                SUPPORT_GAP,
                graph[edge],
                format!("the support chain ends at {}, which is not the root: {text}", name(&who)),
            )
            .label(format!("support climbs no further than this {}", who.kind.noun()))
            .help(format!("point it at a role whose chain reaches {root_name}, or at {root_name}"))
        };
        out.push(f);
    }
}
