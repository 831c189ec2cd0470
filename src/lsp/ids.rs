//! Where a plan names ids: each entity's own `id`, and each use of one under a key that
//! refers to entities (the keys `rules/references.rs` checks), with the kinds the key accepts.
//! Hover, go to definition, references, rename and completion all find their id here.

use crate::plan::{EntityKind, EntityRef, Plan, qualified};
use crate::span::{Span, Spanned};
use compact_str::CompactString;

use EntityKind::{Category, Part, Person, Phase, Role, Training, Unit};

/// Activities: what `after` and `within` name.
pub const ACTIVITIES: &[EntityKind] = &[Training, Phase];
const EVERY: &[EntityKind] = &[Unit, Role, Person, Training, Phase, Category, Part];

/// The kinds of entity the key `key` of the table written under `table` (`training`, `plan`,
/// `revision`; `""` for the top level) may name; none for a key that names no entity.
#[must_use]
pub fn kinds(table: &str, key: &str) -> Option<&'static [EntityKind]> {
    Some(match (table, key) {
        ("plan", "root") => &[Unit, Role],
        ("unit", "parent") | ("role" | "person", "unit") => &[Unit],
        ("unit", "seats") | ("person", "roles") | ("training", "trainees") => &[Role],
        ("role", "support" | "tech_support") => &[Role, Unit],
        ("training", "trainer") => &[Unit, Role, Person],
        ("phase", "owner") => &[Role, Person],
        ("training" | "phase", "after" | "within") | ("revision", "only") => ACTIVITIES,
        ("training" | "phase", "category") => &[Category],
        ("training" | "phase", "part") => &[Part],
        ("reading", "of") => EVERY,
        _ => return None,
    })
}

/// One place the file writes an id.
#[derive(Debug, Clone, Copy)]
pub struct Mention<'p> {
    /// The value as written: the id, or a qualified id (`kombit:wave-15-rollout`).
    pub id: &'p Spanned<CompactString>,
    /// The entity whose own `id` this is; none for a use.
    pub defines: Option<EntityRef>,
    /// The kinds the key accepts (a definition: its own kind's).
    pub kinds: &'static [EntityKind],
}

impl Mention<'_> {
    /// The followed plan's short name of a qualified id, and the id in it.
    #[must_use]
    pub fn qualified(&self) -> Option<(&str, &str)> {
        qualified(&self.id.value)
    }

    /// The id as its own plan names it: without the short name of a qualified one.
    #[must_use]
    pub fn local(&self) -> &str {
        self.qualified().map_or(self.id.value.as_str(), |(_, id)| id)
    }

    /// The bytes of the id itself: inside the quotes, after `name:` of a qualified id.
    #[must_use]
    pub fn id_span(&self, text: &str) -> Span {
        let inner = super::position::inner(text, self.id.span);
        match self.qualified() {
            Some((name, _)) if text.get(inner.range()).is_some_and(|s| s.starts_with(name)) => {
                Span::new(inner.start() + name.len() + 1, inner.end())
            }
            _ => inner,
        }
    }
}

/// Every id the plan writes, definitions and uses, in no particular order.
#[must_use]
pub fn mentions<'p>(plan: &'p Plan) -> Vec<Mention<'p>> {
    let mut out: Vec<Mention<'p>> =
        plan.entities().map(|(r, id)| Mention { id, defines: Some(r), kinds: own(r.kind) }).collect();
    let mut uses = |table: &str, key: &str, ids: &mut dyn Iterator<Item = &'p Spanned<CompactString>>| {
        let kinds = kinds(table, key).unwrap_or(EVERY);
        out.extend(ids.map(|id| Mention { id, defines: None, kinds }));
    };
    uses("plan", "root", &mut plan.meta.root.iter());
    for u in &plan.units {
        uses("unit", "parent", &mut u.parent.iter());
        uses("unit", "seats", &mut u.seats.iter().map(|(r, _)| r));
    }
    for r in &plan.roles {
        uses("role", "unit", &mut r.unit.iter());
        uses("role", "support", &mut r.support.iter().chain(&r.tech_support));
    }
    for p in &plan.people {
        uses("person", "unit", &mut p.unit.iter());
        uses("person", "roles", &mut p.roles.iter());
    }
    for t in &plan.trainings {
        uses("training", "trainer", &mut t.trainer.iter());
        uses("training", "trainees", &mut t.trainees.iter());
    }
    for p in &plan.phases {
        uses("phase", "owner", &mut p.owner.iter());
    }
    for a in plan.activities() {
        uses("training", "after", &mut a.after.iter().chain(a.within));
        uses("training", "category", &mut a.category.into_iter());
        uses("training", "part", &mut a.part.into_iter());
    }
    for r in &plan.readings {
        uses("reading", "of", &mut r.of.iter());
    }
    for s in plan.revisions.iter().filter_map(|r| r.shift.as_ref()) {
        uses("revision", "only", &mut s.only.iter());
    }
    out
}

/// The kinds an entity's own id names: its own.
const fn own(kind: EntityKind) -> &'static [EntityKind] {
    match kind {
        Unit => &[Unit],
        Role => &[Role],
        Person => &[Person],
        Training => &[Training],
        Phase => &[Phase],
        Category => &[Category],
        Part => &[Part],
    }
}

/// The mention whose value holds byte `offset` (its quotes included).
#[must_use]
pub fn at(plan: &Plan, offset: usize) -> Option<Mention<'_>> {
    mentions(plan).into_iter().find(|m| m.id.span.start() <= offset && offset <= m.id.span.end())
}

/// Every mention of the plan's own id `id`: its definitions and its plain uses.
#[must_use]
pub fn of<'p>(plan: &'p Plan, id: &str) -> Vec<Mention<'p>> {
    mentions(plan).into_iter().filter(|m| m.qualified().is_none() && m.id.value == id).collect()
}

/// Every qualified use of `name:id`.
#[must_use]
pub fn qualified_uses<'p>(plan: &'p Plan, name: &str, id: &str) -> Vec<Mention<'p>> {
    mentions(plan).into_iter().filter(|m| m.qualified() == Some((name, id))).collect()
}
