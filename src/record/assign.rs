//! `assign` and `unassign`: a person given a seat of a role (the role added to their `roles`,
//! and a tentative person confirmed: `tentative = false`), or the seat given up. A role whose
//! seats are all taken is refused, with its seats and holders.

use toml_edit::Value;

use super::{Record, RecordError, document, find};
use crate::edit::Splices;
use crate::edit::table::EntityTable;
use crate::i18n::Text;
use crate::plan::{EntityKind, Person, Plan};
use crate::span::Span;

/// Gives `person` a seat of `role`.
///
/// # Errors
/// An unknown role or person, or a role already full.
pub fn assign(plan: &Plan, source: &str, role: &str, person: &str) -> Result<Record, RecordError> {
    let (r, p) = both(plan, role, person)?;
    let (holds, tentative) = holding(&plan.people[p], role);
    let doc = document(source);
    let table = table_of(doc.as_ref(), person)?;
    let mut splices = Splices::default();
    let mut changes = Vec::new();
    if !holds {
        let holders: Vec<String> =
            plan.holders()[r].iter().map(|&h| plan.people[h].id.value.clone()).collect::<Vec<_>>();
        if let Some(quota) = plan.roles[r].quota.as_ref().map(|q| q.value)
            && holders.len() as u64 >= quota
        {
            return Err(RecordError::RoleFull { role: role.to_owned(), seats: quota, holders });
        }
        add_to_list(&mut splices, source, table, "roles", role);
        changes.push(Text::id("record-assigned").arg("person", person).arg("role", role));
    }
    if tentative {
        table.set(&mut splices, source, "tentative", "false");
        changes.push(Text::id("record-confirmed").arg("person", person));
    }
    let (role, person) = (role.to_owned(), person.to_owned());
    Ok(Record {
        splices,
        changes,
        meant: Box::new(move |p: &Plan| match holding(person_in(p, &person)?, &role) {
            (true, false) => Ok(()),
            _ => Err(format!("`{person}` does not hold `{role}` for sure")),
        }),
    })
}

/// Takes `role` from `person`.
///
/// # Errors
/// An unknown role or person, or a person who does not hold the role.
pub fn unassign(plan: &Plan, source: &str, role: &str, person: &str) -> Result<Record, RecordError> {
    let (_, p) = both(plan, role, person)?;
    if !holding(&plan.people[p], role).0 {
        return Err(RecordError::DoesNotHold { person: person.to_owned(), role: role.to_owned() });
    }
    let doc = document(source);
    let table = table_of(doc.as_ref(), person)?;
    let mut splices = Splices::default();
    remove_from_list(&mut splices, table, "roles", role)
        .ok_or_else(|| RecordError::NotInText { id: person.to_owned() })?;
    let changes = vec![Text::id("record-unassigned").arg("person", person).arg("role", role)];
    let (role, person) = (role.to_owned(), person.to_owned());
    Ok(Record {
        splices,
        changes,
        meant: Box::new(move |p: &Plan| match holding(person_in(p, &person)?, &role) {
            (true, _) => Err(format!("`{person}` still holds `{role}`")),
            (false, _) => Ok(()),
        }),
    })
}

/// Whether `who` holds `role`, and whether they are tentative.
fn holding(who: &Person, role: &str) -> (bool, bool) {
    (who.roles.iter().any(|x| x.value == role), who.tentative.as_ref().is_some_and(|t| t.value))
}

/// The person of that id in an edited plan.
fn person_in<'p>(plan: &'p Plan, id: &str) -> Result<&'p Person, String> {
    plan.people.iter().find(|x| x.id.value == id).ok_or_else(|| format!("`{id}` is gone"))
}

/// The role's and the person's index.
fn both(plan: &Plan, role: &str, person: &str) -> Result<(usize, usize), RecordError> {
    let r = find(plan, role, &[EntityKind::Role], "record-what-role")?;
    let p = find(plan, person, &[EntityKind::Person], "record-what-person")?;
    Ok((r.index, p.index))
}

/// The person's table in the file.
fn table_of<'d>(doc: Option<&'d toml_edit::Document<&'d str>>, person: &str) -> Result<EntityTable<'d>, RecordError> {
    doc.and_then(|d| EntityTable::find(d, crate::spec::PERSON.key, person))
        .ok_or_else(|| RecordError::NotInText { id: person.to_owned() })
}

/// `id` added to the list `key` (`roles = [..., "id"]`): after its last item, inside an empty
/// list, a single id made a list, or the key added.
fn add_to_list(splices: &mut Splices, source: &str, table: EntityTable<'_>, key: &str, id: &str) {
    let quoted = Value::from(id).to_string().trim().to_owned();
    match table.value(key) {
        Some(Value::Array(a)) => {
            if let Some(end) = a.iter().filter_map(Value::span).map(|s| s.end).max() {
                splices.push(Span::new(end, end), format!(", {quoted}"));
            } else if let Some(span) = a.span() {
                splices.push(Span::from(span), format!("[{quoted}]"));
            }
        }
        Some(single @ Value::String(_)) => {
            if let Some(span) = single.span() {
                let old = source[span.clone()].to_owned();
                splices.push(Span::from(span), format!("[{old}, {quoted}]"));
            }
        }
        _ => table.set(splices, source, key, &format!("[{quoted}]")),
    }
}

/// `id` taken out of the list `key`, with the comma before it (or after it, for the first);
/// `None` when it is not there as the file writes it.
fn remove_from_list(splices: &mut Splices, table: EntityTable<'_>, key: &str, id: &str) -> Option<()> {
    match table.value(key)? {
        Value::Array(a) => {
            let spans: Vec<std::ops::Range<usize>> = a.iter().filter_map(Value::span).collect();
            let at = a.iter().position(|v| v.as_str() == Some(id))?;
            let span = match (at.checked_sub(1).and_then(|i| spans.get(i)), spans.get(at + 1)) {
                (Some(before), _) => Span::new(before.end, spans[at].end),
                (None, Some(after)) => Span::new(spans[at].start, after.start),
                (None, None) => Span::from(a.span()?),
            };
            let text = if at == 0 && spans.len() == 1 { "[]" } else { "" };
            splices.push(span, text);
            Some(())
        }
        single @ Value::String(_) if single.as_str() == Some(id) => {
            splices.push(Span::from(single.span()?), "[]");
            Some(())
        }
        _ => None,
    }
}
