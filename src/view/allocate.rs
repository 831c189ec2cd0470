//! The table of `allocate`: each unit's share of a role's quota by every method, and what it
//! declares now.

use serde_json::Value;

use super::{View, col};
use crate::allocate::Allocation;
use crate::i18n::{Lang, Text};
use crate::plan::{Plan, Split};

/// The allocations as one report, a row per unit.
#[must_use]
pub fn report(plan: &Plan, list: &[Allocation], lang: Lang) -> View {
    let mut r = View::new(
        lang,
        lang.text("report-allocation"),
        &[
            col("role", "col-role").names(),
            col("unit", "col-unit").names(),
            col("weight", "col-pupils-or-leaders"),
            col("exact", "col-exact-share"),
            col("seats", "col-allocated"),
            col("dhondt", "col-dhondt"),
            col("sainte_lague", "col-sainte-lague"),
            col("declared", "col-declared"),
        ],
    )
    .naming(plan);
    for a in list {
        for (i, &(u, w)) in a.units.iter().enumerate() {
            let pupils = a.split == Split::Pupils;
            let exact = (a.exact[i].as_f64() * 100.0).round() / 100.0;
            r.row(vec![
                if i == 0 { a.role.clone().into() } else { Value::Null },
                plan.units[u].id.value.as_str().into(),
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
        let (key, how) = match a.split {
            Split::Pupils => ("pupils", "allocate-by-pupils"),
            Split::PerLeader => ("leaders", "allocate-per-leader"),
        };
        let note = if a.units.is_empty() {
            Text::id("allocate-nothing").arg("role", &a.role).arg("key", key)
        } else {
            Text::id("allocate-split")
                .arg("role", &a.role)
                .arg("given", given)
                .arg("seats", Text::id("count-seats").arg("count", a.quota))
                .arg("units", Text::id("count-units").arg("count", a.units.len()))
                .arg("how", Text::id(how))
                .arg("declared", declared)
        };
        r.note(note.in_lang(lang));
    }
    r
}
