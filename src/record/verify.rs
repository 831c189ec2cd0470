//! What a record must read back as: exactly the values it meant, at the entities it meant, and
//! nothing else of the plan changed. The plans before and after are compared as the loader
//! read them (every entity as named fields, [`crate::diff::fields`]), not as findings: a splice
//! that lands in the wrong table — a key added under a sub-table, where it reads as a seat
//! count — changes another entity's fields, or not the one meant, and is caught before
//! anything is written.

use crate::diff::{self, Entity, FieldValue, Kind};
use crate::plan::{EntityKind, EntityRef, Plan};

use super::Meant;

/// One value a record means to change: `key` of what is at `place` to `value` (`None`: the key
/// gone, or a list emptied). The key `id` renames the entity.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub place: Place,
    pub key: String,
    pub value: Option<FieldValue>,
}

/// Where a change is made: the plan's own table, an entity, or a closed period of the calendar
/// (by its place in `closed`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    Plan,
    Entity(EntityRef),
    Closed(usize),
}

impl Change {
    #[must_use]
    pub fn of(entity: EntityRef, key: &str, value: Option<FieldValue>) -> Self {
        Self { place: Place::Entity(entity), key: key.to_owned(), value }
    }
}

/// The kind of diff entity an entity of the plan is.
const fn kind(k: EntityKind) -> Kind {
    match k {
        EntityKind::Unit => Kind::Unit,
        EntityKind::Role => Kind::Role,
        EntityKind::Person => Kind::Person,
        EntityKind::Training => Kind::Training,
        EntityKind::Phase => Kind::Phase,
        EntityKind::Category => Kind::Category,
        EntityKind::Part => Kind::Part,
    }
}

/// Where what is at `place` stands in `list`.
fn position(list: &[Entity], place: Place) -> Option<usize> {
    let (kind, index) = match place {
        Place::Plan => return list.iter().position(|x| x.kind == Kind::Plan),
        Place::Entity(e) => (kind(e.kind), e.index),
        Place::Closed(index) => (Kind::ClosedPeriod, index),
    };
    let first = list.iter().position(|x| x.kind == kind)?;
    Some(first + index).filter(|&i| list.get(i).is_some_and(|x| x.kind == kind))
}

/// The check that the plan read back is `before` with `changes` made, and nothing else.
#[must_use]
pub fn exactly(before: &Plan, changes: &[Change]) -> Meant {
    exactly_and(before, changes, |_| Vec::new())
}

/// As [`exactly`], with the changes only the plan read back can tell, which `read` gives: a
/// date tied to a closed period that the record moved reads the days the moved period gives
/// it.
#[must_use]
pub fn exactly_and(before: &Plan, changes: &[Change], read: impl Fn(&Plan) -> Vec<Change> + 'static) -> Meant {
    let base = diff::fields(before);
    let follows = follows(before);
    let changes = changes.to_vec();
    Box::new(move |after: &Plan| {
        if follows != self::follows(after) {
            return Err("[follows] changed".into());
        }
        let mut want = base.clone();
        apply(&mut want, &changes)?;
        apply(&mut want, &read(after))?;
        compare(&want, &diff::fields(after))
    })
}

/// `want` with `changes` made.
fn apply(want: &mut [Entity], changes: &[Change]) -> Result<(), String> {
    for c in changes {
        let at = position(want, c.place).ok_or_else(|| format!("nothing at {:?}", c.place))?;
        let e = &mut want[at];
        if c.key == "id" {
            e.id = c.value.as_ref().map(ToString::to_string).unwrap_or_default();
            continue;
        }
        e.fields.retain(|(k, _)| *k != c.key);
        if let Some(v) = &c.value {
            e.fields.push((c.key.clone(), v.clone()));
        }
    }
    Ok(())
}

/// `[follows]`: its short names and paths.
fn follows(plan: &Plan) -> Vec<(String, String)> {
    plan.follows.iter().map(|f| (f.name.value.to_string(), f.path.value.to_string())).collect()
}

/// The first way `got` differs from `want`, in words for the bug report.
fn compare(want: &[Entity], got: &[Entity]) -> Result<(), String> {
    if want.len() != got.len() {
        return Err(format!("the plan has {} entities, not {}", got.len(), want.len()));
    }
    for (w, g) in want.iter().zip(got) {
        if (w.kind, &w.id) != (g.kind, &g.id) {
            return Err(format!("`{}` reads as `{}`", w.id, g.id));
        }
        let sorted = |e: &Entity| {
            let mut f = e.fields.clone();
            f.sort_by(|a, b| a.0.cmp(&b.0));
            f
        };
        let (wf, gf) = (sorted(w), sorted(g));
        if wf != gf {
            let key = wf
                .iter()
                .chain(&gf)
                .map(|(k, _)| k)
                .find(|k| wf.iter().find(|(x, _)| x == *k) != gf.iter().find(|(x, _)| x == *k))
                .map_or_else(String::new, Clone::clone);
            let value = |f: &[(String, FieldValue)]| {
                f.iter().find(|(x, _)| *x == key).map_or_else(|| "nothing".to_owned(), |(_, v)| format!("`{v}`"))
            };
            return Err(format!("`{}.{key}` reads {}, not {}", w.id, value(&gf), value(&wf)));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;

    const PLAN: &str = "format = 1\n[plan]\ntitle = \"T\"\nroot = \"v\"\n\n[[unit]]\nid = \"v\"\nname = \"V\"\nkind = \"vendor\"\n\n[[unit]]\nid = \"n\"\nname = \"N\"\nkind = \"school\"\nparent = \"v\"\n\n[unit.seats]\nadmin = 1\n\n[[role]]\nid = \"admin\"\nname = \"A\"\nunit = \"n\"\n";

    fn plan(text: &str) -> Plan {
        load::load(text).plan.unwrap()
    }

    #[test]
    fn the_value_meant_at_the_entity_meant_and_nothing_else() {
        let before = plan(PLAN);
        let n = EntityRef { kind: EntityKind::Unit, index: 1 };
        let meant = exactly(&before, &[Change::of(n, "count", Some(FieldValue::Number(3)))]);
        let right = PLAN.replace("parent = \"v\"\n", "parent = \"v\"\ncount = 3\n");
        assert_eq!(meant(&plan(&right)), Ok(()));
        // Under the sub-table, where the splice once put it: a seat count of a role `count`.
        let wrong = PLAN.replace("admin = 1\n", "count = 3\nadmin = 1\n");
        assert_eq!(meant(&plan(&wrong)), Err("`n.count` reads nothing, not `3`".into()));
        // The value meant, and something else too.
        let more = right.replace("title = \"T\"", "title = \"U\"");
        assert_eq!(meant(&plan(&more)), Err("`plan.title` reads `U`, not `T`".into()));
    }

    #[test]
    fn a_rename_is_the_entity_read_by_its_new_id() {
        let before = plan(PLAN);
        let admin = EntityRef { kind: EntityKind::Role, index: 0 };
        let meant = exactly(&before, &[Change::of(admin, "id", Some(FieldValue::Text("boss".into())))]);
        let renamed = PLAN.replace("id = \"admin\"", "id = \"boss\"");
        assert_eq!(meant(&plan(&renamed)), Ok(()));
        assert!(meant(&before).is_err());
    }
}
