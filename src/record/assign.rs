//! `assign` and `unassign`: a person given a seat of a role (the role added to their `roles`,
//! and a tentative person confirmed: `tentative = false`), or the seat given up. A role whose
//! seats are all taken is refused, with its seats and holders.

use compact_str::CompactString;
use toml_edit::Value;

use super::verify::{self, Change};
use super::{Record, RecordError, document, find, table_of};
use crate::diff::FieldValue;
use crate::edit::table::EntityTable;
use crate::edit::{Splices, list};
use crate::i18n::Text;
use crate::plan::{EntityKind, EntityRef, Person, Plan};
use crate::span::Span;

/// Gives `person` a seat of `role`.
///
/// # Errors
/// An unknown or duplicated role or person, or a role already full.
pub fn assign(plan: &Plan, source: &str, role: &str, person: &str) -> Result<Record, RecordError> {
    let (r, p) = both(plan, source, role, person)?;
    let (holds, tentative) = holding(&plan.people[p.index], role);
    let doc = document(source);
    let table = table_of(plan, doc.as_ref(), p)?;
    let mut splices = Splices::default();
    let mut changes = Vec::new();
    let mut meant = Vec::new();
    let mut warnings = Vec::new();
    if !holds {
        let holders: Vec<String> =
            plan.holders()[r.index].iter().map(|&h| plan.people[h].id.value.to_string()).collect::<Vec<_>>();
        if let Some(quota) = plan.roles[r.index].quota.as_ref().map(|q| q.value)
            && holders.len() as u64 >= quota
        {
            return Err(RecordError::RoleFull { role: role.to_owned(), seats: quota, holders });
        }
        add_to_list(&mut splices, source, table, "roles", role);
        changes.push(Text::id("record-assigned").arg("person", person).arg("role", role));
        warnings.extend(elsewhere(plan, r, p));
        let mut roles = roles_of(&plan.people[p.index]);
        roles.push(role.to_owned());
        meant.push(Change::of(p, "roles", Some(FieldValue::Refs(roles))));
    }
    if tentative {
        table.set(&mut splices, source, "tentative", "false");
        changes.push(Text::id("record-confirmed").arg("person", person));
        meant.push(Change::of(p, "tentative", Some(FieldValue::Flag(false))));
    }
    Ok(Record { splices, changes, warnings, meant: verify::exactly(plan, &meant) })
}

/// A warning when `person` works outside the unit `role` belongs to (and every unit below it):
/// a day-care teacher on a school's seat is allowed, and seldom meant.
fn elsewhere(plan: &Plan, role: EntityRef, person: EntityRef) -> Option<Text> {
    let unit_of = |u: Option<&crate::span::Spanned<CompactString>>| u.and_then(|u| plan.unit_index(&u.value));
    let seat = unit_of(plan.roles[role.index].unit.as_ref())?;
    let works = unit_of(plan.people[person.index].unit.as_ref())?;
    if plan.units_below(seat).contains(&works) {
        return None;
    }
    Some(
        Text::id("record-assigned-elsewhere")
            .arg("person", plan.called(person))
            .arg("works", plan.called(EntityRef { kind: EntityKind::Unit, index: works }))
            .arg("role", plan.called(role))
            .arg("unit", plan.called(EntityRef { kind: EntityKind::Unit, index: seat })),
    )
}

/// Takes `role` from `person`: every time their `roles` names it.
///
/// # Errors
/// An unknown or duplicated role or person, or a person who does not hold the role.
pub fn unassign(plan: &Plan, source: &str, role: &str, person: &str) -> Result<Record, RecordError> {
    let (_, p) = both(plan, source, role, person)?;
    if !holding(&plan.people[p.index], role).0 {
        return Err(RecordError::DoesNotHold { person: person.to_owned(), role: role.to_owned() });
    }
    let doc = document(source);
    let table = table_of(plan, doc.as_ref(), p)?;
    let mut splices = Splices::default();
    remove_from_list(&mut splices, source, table, "roles", role)
        .ok_or_else(|| RecordError::NotInText { id: person.to_owned() })?;
    let changes = vec![Text::id("record-unassigned").arg("person", person).arg("role", role)];
    let left: Vec<String> = roles_of(&plan.people[p.index]).into_iter().filter(|r| r != role).collect();
    // An empty list reads as no roles at all.
    let meant = Change::of(p, "roles", (!left.is_empty()).then_some(FieldValue::Refs(left)));
    Ok(Record { splices, changes, warnings: Vec::new(), meant: verify::exactly(plan, &[meant]) })
}

/// Whether `who` holds `role`, and whether they are tentative.
fn holding(who: &Person, role: &str) -> (bool, bool) {
    (who.roles.iter().any(|x| x.value == role), who.tentative.as_ref().is_some_and(|t| t.value))
}

/// The roles a person's `roles` names, as written.
fn roles_of(who: &Person) -> Vec<String> {
    who.roles.iter().map(|r| r.value.to_string()).collect()
}

/// The role and the person.
fn both(plan: &Plan, source: &str, role: &str, person: &str) -> Result<(EntityRef, EntityRef), RecordError> {
    let r = find(plan, source, role, &[EntityKind::Role], "record-what-role")?;
    let p = find(plan, source, person, &[EntityKind::Person], "record-what-person")?;
    Ok((r, p))
}

/// `id` added to the list `key` (`roles = [..., "id"]`): after its last item, as that stands
/// (on a line of its own, or after it on its line), a single id made a list, or the key added.
fn add_to_list(splices: &mut Splices, source: &str, table: EntityTable<'_>, key: &str, id: &str) {
    let quoted = Value::from(id).to_string().trim().to_owned();
    match table.value(key) {
        Some(Value::Array(a)) => list::add(splices, source, a, &quoted),
        Some(single @ Value::String(_)) => {
            if let Some(span) = single.span() {
                let old = source[span.clone()].to_owned();
                splices.push(Span::from(span), format!("[{old}, {quoted}]"));
            }
        }
        _ => table.set(splices, source, key, &format!("[{quoted}]")),
    }
}

/// Every `id` taken out of the list `key`, each comment of the other items left on its item;
/// `None` when it is not there as the file writes it.
fn remove_from_list(splices: &mut Splices, source: &str, table: EntityTable<'_>, key: &str, id: &str) -> Option<()> {
    match table.value(key)? {
        Value::Array(a) => list::remove(splices, source, a, id).then_some(()),
        single @ Value::String(_) if single.as_str() == Some(id) => {
            splices.push(Span::from(single.span()?), "[]");
            Some(())
        }
        _ => None,
    }
}
