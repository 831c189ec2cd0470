//! `allocate`: how a role's quota is divided over the units below its unit — by pupils with
//! the largest-remainder method the format fixes (D'Hondt and Sainte-Laguë beside it, as Danish
//! readers know them from elections), or one seat per pedagogical leader — and the edit that
//! writes the result into the units' `seats`. The table of it is `view::allocate`'s.

use crate::i18n::Text;
use std::fmt::Write as _;

use toml_edit::{Document, Item};

use crate::apportion::{self, Share};
use crate::edit::table::{EntityTable, bare_key};
use crate::edit::{Edited, Original, Splices, VerifyError, line_ending_at, read_back};
use crate::plan::{Plan, Split, UnitKind, UnknownRole};
use crate::span::Span;

/// One role's division of its quota.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Allocation {
    pub role: String,
    pub quota: u64,
    pub split: Split,
    /// Units that take part, by index, with their weight (pupils or leaders).
    pub units: Vec<(usize, u64)>,
    pub exact: Vec<Share>,
    /// Seats by the format's method: largest remainder, or one per leader.
    pub seats: Vec<u64>,
    pub dhondt: Vec<u64>,
    pub sainte_lague: Vec<u64>,
    /// What each unit declares in `seats` now.
    pub declared: Vec<Option<u64>>,
}

/// Why nothing can be allocated.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AllocateError {
    #[error(transparent)]
    UnknownRole(#[from] UnknownRole),
    #[error("{}", self.text())]
    NotSplit(String),
    #[error("{}", self.text())]
    NothingSplit,
    #[error("{}", self.text())]
    SeatsNotATable { unit: String, span: Span },
    #[error("{}", self.text())]
    Uncounted { role: String, unit: String, what: &'static str },
    #[error("{}", self.text())]
    NotWhole { role: String, given: u64, quota: u64, what: &'static str },
    #[error("{}", self.text())]
    UnitNotFound(String),
}

impl AllocateError {
    /// The error in words (`i18n/*/errors.ftl`).
    #[must_use]
    pub fn text(&self) -> Text {
        match self {
            Self::UnknownRole(e) => e.text(),
            Self::NotSplit(role) => Text::id("error-not-split").arg("role", role),
            Self::NothingSplit => Text::id("error-nothing-split"),
            Self::SeatsNotATable { unit, .. } => Text::id("error-seats-not-a-table").arg("unit", unit),
            Self::Uncounted { role, unit, what } => {
                Text::id("error-uncounted").arg("role", role).arg("unit", unit).arg("key", *what)
            }
            Self::NotWhole { role, given, quota, what } => Text::id("error-not-whole")
                .arg("role", role)
                .arg("given", *given)
                .arg("quota", *quota)
                .arg("key", *what),
            Self::UnitNotFound(unit) => Text::id("error-unit-not-found").arg("unit", unit),
        }
    }
}

/// The allocations of one role, or of every role with a `split`.
///
/// # Errors
/// When the role does not exist or has no `split`, or no role has one.
pub fn allocations(plan: &Plan, role: Option<&str>) -> Result<Vec<Allocation>, AllocateError> {
    let roles: Vec<usize> = match role {
        Some(id) => {
            let i = plan.role_named(id)?;
            if plan.roles[i].split.is_none() {
                return Err(AllocateError::NotSplit(id.into()));
            }
            vec![i]
        }
        None => (0..plan.roles.len()).filter(|&i| plan.roles[i].split.is_some()).collect(),
    };
    if roles.is_empty() {
        return Err(AllocateError::NothingSplit);
    }
    Ok(roles.into_iter().map(|i| allocation(plan, i)).collect())
}

fn allocation(plan: &Plan, index: usize) -> Allocation {
    let role = &plan.roles[index];
    let split = role.split.as_ref().map_or(Split::Pupils, |s| s.value);
    let below =
        role.unit.as_ref().and_then(|u| plan.unit_index(&u.value)).map(|u| plan.units_below(u)).unwrap_or_default();
    let units: Vec<(usize, u64)> = below
        .into_iter()
        .filter_map(|u| {
            let unit = &plan.units[u];
            let w = match split {
                Split::Pupils => unit.pupils.as_ref(),
                Split::PerLeader => unit.leaders.as_ref(),
            };
            w.map(|w| (u, w.value))
        })
        .collect();
    let weights: Vec<u64> = units.iter().map(|&(_, w)| w).collect();
    let quota = role.quota.as_ref().map_or_else(|| weights.iter().sum(), |q| q.value);
    let seats = match split {
        Split::Pupils => apportion::largest_remainder(quota, &weights),
        Split::PerLeader => weights.clone(),
    };
    let declared = units
        .iter()
        .map(|&(u, _)| plan.units[u].seats.iter().find(|(r, _)| r.value == role.id.value).map(|(_, n)| n.value))
        .collect();
    Allocation {
        role: role.id.value.to_string(),
        quota,
        split,
        exact: apportion::exact_shares(quota, &weights),
        dhondt: apportion::dhondt(quota, &weights),
        sainte_lague: apportion::sainte_lague(quota, &weights),
        seats,
        declared,
        units,
    }
}

/// Refuses to write an allocation that does not place the whole quota on the units the plan
/// has: a unit of the kind the split counts that has no count of its own, or seats that do not
/// add up to the quota (every weight 0, or none at all).
///
/// # Errors
/// The first such allocation, in the order of the list.
pub fn check_whole(plan: &Plan, list: &[Allocation]) -> Result<(), AllocateError> {
    for a in list {
        let Some(role) = plan.role_index(&a.role).map(|r| &plan.roles[r]) else { continue };
        let below = role.unit.as_ref().and_then(|u| plan.unit_index(&u.value)).map(|u| plan.units_below(u));
        let (kinds, what): (&[UnitKind], &str) = match a.split {
            Split::Pupils => (&[UnitKind::School], "pupils"),
            Split::PerLeader => (&[UnitKind::Daycare], "leaders"),
        };
        for u in below.unwrap_or_default() {
            let unit = &plan.units[u];
            let counted = match a.split {
                Split::Pupils => unit.pupils.is_some(),
                Split::PerLeader => unit.leaders.is_some(),
            };
            if unit.kind.as_ref().is_some_and(|k| kinds.contains(&k.value)) && !counted {
                return Err(AllocateError::Uncounted { role: a.role.clone(), unit: unit.id.value.to_string(), what });
            }
        }
        let given: u64 = a.seats.iter().sum();
        if given != a.quota {
            return Err(AllocateError::NotWhole { role: a.role.clone(), given, quota: a.quota, what });
        }
    }
    Ok(())
}

/// The splices that write each allocated seat count into its unit's `seats`, wherever the file
/// keeps them, leaving every other byte as it is: a value replaced where the unit declares the
/// role, or a key added — to `seats = { … }`, to `seats.ROLE = N` dotted keys, to a
/// `[unit.seats]` table — or `seats` added to a unit that has none, in a `[[unit]]` table or an
/// inline table of `unit = [ … ]`.
///
/// # Errors
/// When an allocation does not place its whole quota ([`check_whole`]), a unit's `seats` is
/// something else than a table, or a unit cannot be found in the file.
pub fn write_seats(plan: &Plan, source: &str, list: &[Allocation]) -> Result<Splices, AllocateError> {
    check_whole(plan, list)?;
    let mut splices = Splices::default();
    let Ok(doc) = Document::parse(source) else { return Ok(splices) };
    let units = EntityTable::all(&doc, "unit");
    let find = |id: &str| units.iter().find(|t| t.id() == Some(id)).copied();
    // Several roles may add to the same unit: gather per unit first.
    let mut per_unit: Vec<(usize, Vec<(&str, u64)>)> = Vec::new();
    for a in list {
        for (i, &(u, _)) in a.units.iter().enumerate() {
            if a.declared[i] == Some(a.seats[i]) || (a.declared[i].is_none() && a.seats[i] == 0) {
                continue;
            }
            match per_unit.iter_mut().find(|(x, _)| *x == u) {
                Some((_, v)) => v.push((a.role.as_str(), a.seats[i])),
                None => per_unit.push((u, vec![(a.role.as_str(), a.seats[i])])),
            }
        }
    }
    for (u, changes) in per_unit {
        let id = &plan.units[u].id.value;
        let unit = find(id).ok_or_else(|| AllocateError::UnitNotFound(id.to_string()))?;
        let seats = match unit {
            EntityTable::Table(t) | EntityTable::Dotted(t, _) => t.get("seats").map(|i| (i.as_value(), i.as_table())),
            EntityTable::Inline(t) => t.get("seats").map(|v| (Some(v), None)),
        };
        match seats {
            Some((Some(toml_edit::Value::InlineTable(seats)), _)) => inline_seats(&mut splices, seats, &changes),
            Some((_, Some(seats))) => table_seats(&mut splices, source, seats, &changes),
            Some(_) => {
                let span = match unit {
                    EntityTable::Table(t) | EntityTable::Dotted(t, _) => t.get("seats").and_then(Item::span),
                    EntityTable::Inline(t) => t.get("seats").and_then(toml_edit::Value::span),
                };
                return Err(AllocateError::SeatsNotATable {
                    unit: id.to_string(),
                    span: span.map_or_else(Span::default, Span::from),
                });
            }
            None => {
                let list: Vec<String> = changes.iter().map(|(role, n)| format!("{} = {n}", bare_key(role))).collect();
                unit.add(&mut splices, source, &format!("seats = {{ {} }}", list.join(", ")));
            }
        }
    }
    Ok(splices)
}

/// Seats written `seats = { role = n }`: each value replaced, or added after the last.
fn inline_seats(splices: &mut Splices, seats: &toml_edit::InlineTable, changes: &[(&str, u64)]) {
    let mut added = Vec::new();
    for (role, n) in changes {
        match seats.get(role).and_then(toml_edit::Value::span) {
            Some(span) => splices.push(Span::from(span), n.to_string()),
            None => added.push(format!("{} = {n}", bare_key(role))),
        }
    }
    if added.is_empty() {
        return;
    }
    let after_last = seats.iter().filter_map(|(_, v)| v.span()).map(|s| s.end).max();
    let (at, text) = if let Some(end) = after_last {
        (end, format!(", {}", added.join(", ")))
    } else {
        // `seats = {}`: inside the braces.
        (seats.span().map_or(0, |s| s.end).saturating_sub(1), format!(" {} ", added.join(", ")))
    };
    splices.push(Span::new(at, at), text);
}

/// Seats written as dotted keys (`seats.role = n`) or as a `[unit.seats]` table: each value
/// replaced, or a line added after the last (or after the header, in an empty table).
fn table_seats(splices: &mut Splices, source: &str, seats: &toml_edit::Table, changes: &[(&str, u64)]) {
    let mut added = Vec::new();
    for (role, n) in changes {
        match seats.get(role).and_then(Item::as_value).and_then(toml_edit::Value::span) {
            Some(span) => splices.push(Span::from(span), n.to_string()),
            None => added.push((bare_key(role), n)),
        }
    }
    if added.is_empty() {
        return;
    }
    let last = seats.iter().filter_map(|(_, item)| item.span()).map(|s| s.end).max();
    let end = last.or_else(|| seats.span().map(|s| s.end)).unwrap_or(0).min(source.len());
    let at = source[end..].find('\n').map_or(source.len(), |i| end + i + 1);
    let eol = line_ending_at(source, end);
    let lead = if at == source.len() && !source.ends_with('\n') { eol } else { "" };
    let prefix = if seats.is_dotted() { "seats." } else { "" };
    let mut lines = String::new();
    for (k, n) in &added {
        let _ = write!(lines, "{prefix}{k} = {n}{eol}");
    }
    splices.push(Span::new(at, at), format!("{lead}{lines}"));
}

/// Makes the seats' edit and reads it back ([`crate::edit::read_back`]): every unit must then
/// declare what was allocated to it.
///
/// # Errors
/// When it does not: a bug, caught before anything is written.
pub fn verify(original: Original<'_>, splices: &Splices, role: Option<&str>) -> Result<Edited, VerifyError> {
    read_back(original, splices, "plan with the allocated seats", |plan| {
        let again = allocations(plan, role).map_err(|e| e.to_string())?;
        let agrees = again.iter().all(|a| a.declared.iter().zip(&a.seats).all(|(d, s)| d.unwrap_or(0) == *s));
        if agrees { Ok(()) } else { Err("a unit declares other seats than were allocated".into()) }
    })
}
