//! The support chain: from every role, following `support` must reach the root
//! (parents → staff → super-users → municipal administrator → vendor). A chain that ends at a
//! unit other than the root, or loops, is `support-gap`; one that stops at a role that names no
//! `support` is `no-support`, data the plan does not give yet.

use foldhash::{HashMap, HashMapExt};

use petgraph::Direction;
use petgraph::graph::{DiGraph, NodeIndex};

use crate::diagnostic::{Finding, Text};
use crate::i18n::Arg;
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
            Finding::new(
                SUPPORT_GAP,
                graph[closing],
                Text::id("support-loops").arg("path", path_text(&graph, &path, name)),
            )
            .label(Text::id("support-loops-label"))
            .help(Text::id("support-loops-help")),
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
        let root_name: Arg =
            plan.meta.root.as_ref().map_or_else(|| Text::id("the-root").into(), |r| format!("`{}`", r.value).into());
        let f = if who.kind == EntityKind::Role {
            let role = &plan.roles[who.index];
            let message = if chain.len() == 1 {
                Text::id("no-support-alone")
            } else {
                Text::id("no-support-chain").arg("path", text)
            };
            // Whom the role turns to is not said: missing data, not a wrong chain.
            Finding::new(NO_SUPPORT, role.id.span, message.arg("id", &role.id.value))
                .label(Text::id("no-support-label"))
                .help(Text::id("no-support-help").arg("id", &role.id.value).arg("root", root_name))
        } else {
            let Some(&last) = chain.get(chain.len().wrapping_sub(2)) else { continue };
            let Some(edge) = graph.find_edge(last, end) else { continue };
            Finding::new(
                SUPPORT_GAP,
                graph[edge],
                Text::id("support-gap-end").arg("id", &plan.id_of(who).value).arg("path", text),
            )
            .label(Text::id("support-gap-label").arg("kind", crate::i18n::kind(who.kind)))
            .help(Text::id("support-gap-help").arg("root", root_name))
        };
        out.push(f);
    }
}
