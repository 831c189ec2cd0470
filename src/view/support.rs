//! `show support`: whom each role turns to for help, step by step up to the vendor, with the
//! technical line beside it.

use compact_str::CompactString;
use std::collections::HashSet;

use serde_json::Value;

use super::{View, col, kind_word};
use crate::i18n::{Lang, Text};
use crate::plan::{EntityKind, Plan};

/// The chain of `support` from a role: each role's `support`, until a unit, a person, a
/// role with none, or a loop. Returns the ids in order, and where it looped back to.
fn chain<'a>(
    plan: &'a Plan,
    from: &'a str,
    next: fn(&crate::plan::Role) -> Option<&crate::span::Spanned<CompactString>>,
) -> (Vec<&'a str>, Option<&'a str>) {
    chain_up_to(plan, from, next, usize::MAX)
}

/// How many steps of each role's path the overview shows: a chain of thousands of roles would
/// otherwise print every path whole, the square of its length (900 MB for 10 000).
const SHOWN_STEPS: usize = 50;

/// [`chain`], stopped after `steps` steps.
fn chain_up_to<'a>(
    plan: &'a Plan,
    from: &'a str,
    next: fn(&crate::plan::Role) -> Option<&crate::span::Spanned<CompactString>>,
    steps: usize,
) -> (Vec<&'a str>, Option<&'a str>) {
    let mut out = vec![from];
    let mut seen: HashSet<&str> = HashSet::from([from]);
    let mut at = from;
    while let Some(role) = plan.role_index(at).map(|i| &plan.roles[i]).filter(|_| out.len() <= steps) {
        let Some(to) = next(role) else { break };
        let to = to.value.as_str();
        if !seen.insert(to) {
            return (out, Some(to));
        }
        out.push(to);
        at = to;
    }
    (out, None)
}

fn kind(plan: &Plan, id: &str) -> &'static str {
    plan.lookup(id).map_or("unknown", |r| r.kind.noun())
}

/// With a role: its escalation path, a row a step. Without: every role's path on one row.
#[must_use]
pub fn report(plan: &Plan, role: Option<&str>, lang: Lang) -> View {
    match role {
        Some(role) => path(plan, role, lang),
        None => overview(plan, lang),
    }
}

fn path(plan: &Plan, role: &str, lang: Lang) -> View {
    let mut r = View::new(
        lang,
        Text::id("report-support-for").arg("role", role).in_lang(lang),
        &[
            col("step", "col-step"),
            col("id", "col-turns-to").own(),
            col("name", "col-name").ids_only(),
            col("kind", "col-kind").words(kind_word),
            col("tech_support", "col-technical-support").names(),
        ],
    )
    .naming(plan);
    let (ids, looped) = chain(plan, role, |r| r.support.as_ref());
    for (step, id) in ids.iter().enumerate() {
        let found = plan.lookup(id);
        let name = found.and_then(|e| match e.kind {
            EntityKind::Role => plan.roles[e.index].name.as_ref(),
            EntityKind::Unit => plan.units[e.index].name.as_ref(),
            EntityKind::Person => plan.people[e.index].name.as_ref(),
            _ => None,
        });
        let tech = plan.role_index(id).and_then(|i| plan.roles[i].tech_support.as_ref());
        r.row(vec![
            step.into(),
            (*id).into(),
            name.map_or(Value::Null, |n| n.value.as_str().into()),
            kind(plan, id).into(),
            tech.map_or(Value::Null, |t| t.value.as_str().into()),
        ]);
    }
    if let Some(to) = looped {
        r.note(Text::id("support-chain-loops").arg("role", to).in_lang(lang));
    } else if let Some(last) = ids.last().filter(|l| kind(plan, l) == "role") {
        r.note(Text::id("support-ends").arg("role", *last).in_lang(lang));
    }
    let (tech, _) = chain(plan, role, |r| r.tech_support.as_ref());
    if tech.len() > 1 {
        r.note(Text::id("support-technical").arg("roles", tech.join(" → ")).in_lang(lang));
    }
    r
}

fn overview(plan: &Plan, lang: Lang) -> View {
    let mut r = View::new(
        lang,
        lang.text("report-support"),
        &[
            col("id", "col-role").names(),
            col("path", "col-escalation-path").names(),
            col("tech", "col-technical-line").names(),
        ],
    )
    .naming(plan);
    for role in &plan.roles {
        let (ids, looped) = chain_up_to(plan, &role.id.value, |r| r.support.as_ref(), SHOWN_STEPS + 1);
        let mut path: Vec<Value> = ids.iter().skip(1).take(SHOWN_STEPS).map(|&id| id.into()).collect();
        if let Some(to) = looped {
            path.push(Text::id("support-loops-to").arg("role", to).in_lang(lang).into());
        } else if ids.len() > SHOWN_STEPS + 1 {
            path.push(Text::id("support-path-more").arg("steps", SHOWN_STEPS).in_lang(lang).into());
        }
        let (tech, _) = chain_up_to(plan, &role.id.value, |r| r.tech_support.as_ref(), SHOWN_STEPS + 1);
        let tech = &tech[..tech.len().min(SHOWN_STEPS + 1)];
        r.row(vec![
            role.id.value.as_str().into(),
            Value::String(path.iter().map(super::text).collect::<Vec<_>>().join(" → ")),
            Value::String(tech.iter().skip(1).copied().collect::<Vec<_>>().join(" → ")),
        ]);
    }
    r
}
