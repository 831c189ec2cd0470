//! The table of `allocate`: each unit's share of a role's quota by every method, and what it
//! declares now.

use serde_json::Value;

use super::{Report, col};
use crate::allocate::Allocation;
use crate::plan::{Plan, Split};

/// The allocations as one report, a row per unit.
#[must_use]
pub fn report(plan: &Plan, list: &[Allocation]) -> Report {
    let mut r = Report::new(
        "Allocation of seats",
        &[
            col("role", "role"),
            col("unit", "unit"),
            col("weight", "pupils / leaders"),
            col("exact", "exact share"),
            col("seats", "allocated"),
            col("dhondt", "D'Hondt"),
            col("sainte_lague", "Sainte-Laguë"),
            col("declared", "declared"),
        ],
    );
    for a in list {
        for (i, &(u, w)) in a.units.iter().enumerate() {
            let pupils = a.split == Split::Pupils;
            let exact = (a.exact[i].as_f64() * 100.0).round() / 100.0;
            r.row(vec![
                if i == 0 { a.role.clone().into() } else { Value::Null },
                plan.units[u].id.value.clone().into(),
                w.into(),
                if pupils { exact.into() } else { Value::Null },
                a.seats[i].into(),
                if pupils { a.dhondt[i].into() } else { Value::Null },
                if pupils { a.sainte_lague[i].into() } else { Value::Null },
                a.declared[i].map_or(Value::Null, Value::from),
            ]);
        }
        let given: u64 = a.seats.iter().sum();
        let declared: u64 = a.declared.iter().flatten().sum();
        let how = match a.split {
            Split::Pupils => "by pupils, largest remainder",
            Split::PerLeader => "one per pedagogical leader",
        };
        r.notes.push(match (a.units.is_empty(), a.split) {
            (true, Split::Pupils) => {
                format!("{}: no unit below the role's unit has `pupils`; nothing to divide", a.role)
            }
            (true, Split::PerLeader) => {
                format!("{}: no unit below the role's unit has `leaders`; nothing to divide", a.role)
            }
            _ => format!(
                "{}: {given} of {} over {} ({how}); the units declare {declared}",
                a.role,
                crate::diagnostic::plural(usize::try_from(a.quota).unwrap_or(usize::MAX), "seat"),
                crate::diagnostic::plural(a.units.len(), "unit")
            ),
        });
    }
    r
}
