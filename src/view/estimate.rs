//! `estimate`: KOMBIT's resource model — hours per phase and party for a municipality of a
//! given size — scaled to this plan's number of schools and day-care institutions.
//!
//! The scaling is linear in the basis (hours × this plan's count ÷ the model's count), which
//! is an assumption, not KOMBIT's: the report says so.

use serde_json::Value;

use super::{View, col};
use crate::apportion::largest_remainder;
use crate::i18n::{Lang, Text};
use crate::plan::{Plan, UnitKind};

/// How many schools and day-care institutions the estimate is scaled to; `None` keeps the
/// model's own basis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    pub schools: Option<u64>,
    pub daycare: Option<u64>,
}

impl Size {
    /// The plan's own count, where it gives one: its units of kind `school`, and of kind
    /// `daycare` or `childminding`, each as many as its `count` says (one without it). A plan
    /// gives its count when one of those units has a `count`, or when it lists them all with
    /// the number its quotas are split by (`pupils` for schools, `leaders` for institutions),
    /// as `init` writes them. A plan that names a school in passing (Esbjerg's Cosmosskolen,
    /// where Morten works) does not say how many it has: `None`, and the estimate asks.
    #[must_use]
    pub fn of(plan: &Plan) -> Self {
        let count = |kinds: &[UnitKind], listed: fn(&crate::plan::Unit) -> bool| {
            let units: Vec<_> =
                plan.units.iter().filter(|u| u.kind.as_ref().is_some_and(|k| kinds.contains(&k.value))).collect();
            let given = units.iter().any(|u| u.count.is_some()) || units.iter().all(|u| listed(u));
            if units.is_empty() || !given {
                return None;
            }
            units.iter().map(|u| u.count.as_ref().map_or(1, |c| c.value)).reduce(u64::saturating_add)
        };
        Self {
            schools: count(&[UnitKind::School], |u| u.pupils.is_some()),
            daycare: count(&[UnitKind::Daycare, UnitKind::Childminding], |u| u.leaders.is_some()),
        }
    }

    /// How many units of those kinds give no `count`, and so are counted as one each.
    #[must_use]
    pub fn uncounted(plan: &Plan) -> usize {
        let kinds = [UnitKind::School, UnitKind::Daycare, UnitKind::Childminding];
        plan.units
            .iter()
            .filter(|u| u.kind.as_ref().is_some_and(|k| kinds.contains(&k.value)) && u.count.is_none())
            .count()
    }

    /// The tracks of `model`'s estimate this size has no count for (`schools`, `daycare`):
    /// scaling them would print a number the plan does not support.
    #[must_use]
    pub fn missing(self, model: &Plan) -> Vec<&'static str> {
        let tracks: Vec<&str> = model
            .estimate
            .iter()
            .flat_map(|e| &e.rows)
            .filter_map(|r| r.track.as_ref().map(|t| t.value.as_str()))
            .collect();
        let mut missing = Vec::new();
        if self.schools.is_none() && tracks.contains(&"schools") {
            missing.push("schools");
        }
        if self.daycare.is_none() && tracks.contains(&"daycare") {
            missing.push("daycare");
        }
        missing
    }
}

/// The model's rows (from `model`'s `[estimate]`) scaled to `size`; where `plan` has its own
/// `[estimate]` row for the same party and track, its hours stand beside them.
#[must_use]
pub fn report(model: &Plan, plan: &Plan, size: Size, lang: Lang) -> View {
    let phases: Vec<String> =
        model.estimate.as_ref().map(|e| e.phases.iter().map(|p| p.value.to_string()).collect()).unwrap_or_default();
    let mut r = View::new(
        lang,
        lang.text("report-estimate"),
        &[
            col("party", "col-party").choice("estimate-party"),
            col("track", "col-track").choice("track-name"),
            col("basis", "col-model-basis"),
            col("size", "col-this-plan"),
            col("hours", "col-hours-per-phase"),
            col("total", "col-total"),
            col("plan_total", "col-plans-own"),
        ],
    )
    .naming(plan);
    let Some(estimate) = &model.estimate else {
        r.note(lang.text("estimate-no-model"));
        return r;
    };
    // Summed wide (u128): hours near the top of a 64-bit number must not wrap round.
    let mut sums = vec![Some(0u128); phases.len()];
    let mut total_all = Some(0u128);
    let mut too_large = Vec::new();
    for row in &estimate.rows {
        let track = row.track.as_ref().map_or("", |t| t.value.as_str());
        let basis = row.basis.as_ref().map_or(0, |b| b.value);
        let count = match track {
            "schools" => size.schools.unwrap_or(basis),
            "daycare" => size.daycare.unwrap_or(basis),
            _ => continue,
        };
        // The row's total scaled and rounded to whole hours (exact integer arithmetic), then
        // shared over the phases by largest remainder, so that the phases add up to it.
        // A total past 64 bits is shared over the phases as it is; one past 128 bits is too
        // large to compute, and said so.
        let given: Vec<u64> = row.hours.iter().map(|h| h.value).collect();
        let sum: u128 = given.iter().map(|&h| u128::from(h)).sum();
        let scaled = if basis == 0 {
            Some(0)
        } else {
            sum.checked_mul(u128::from(count))
                .and_then(|n| n.checked_mul(2))
                .and_then(|n| n.checked_add(u128::from(basis)))
                .map(|n| n / (2 * u128::from(basis)))
        };
        let hours: Option<Vec<u128>> = match scaled {
            _ if sum == 0 => Some(vec![0; given.len()]),
            Some(scaled) => match u64::try_from(scaled) {
                Ok(scaled) => Some(largest_remainder(scaled, &given).into_iter().map(u128::from).collect()),
                // Past 64 bits the phases keep the model's hours, scaled by the same factor.
                Err(_) if count == basis => Some(given.iter().map(|&h| u128::from(h)).collect()),
                Err(_) => None,
            },
            None => None,
        };
        let party = row.party.as_ref().map_or("", |p| p.value.as_str());
        if hours.is_none() {
            too_large.push(format!("{party} ({track})"));
        }
        for (i, s) in sums.iter_mut().enumerate() {
            *s = match (&hours, *s) {
                (Some(h), Some(s)) => s.checked_add(h.get(i).copied().unwrap_or(0)),
                _ => None,
            };
        }
        let total: Option<u128> = hours.as_ref().and_then(|h| h.iter().try_fold(0u128, |a, &b| a.checked_add(b)));
        total_all = total_all.zip(total).and_then(|(a, b)| a.checked_add(b));
        let own = plan.estimate.as_ref().and_then(|e| {
            e.rows.iter().find(|o| {
                o.party.as_ref().map(|p| p.value.as_str()) == Some(party)
                    && o.track.as_ref().map(|t| t.value.as_str()) == Some(track)
            })
        });
        let own_total: Option<u128> = own.map(|o| {
            o.total.as_ref().map_or_else(|| o.hours.iter().map(|h| u128::from(h.value)).sum(), |t| u128::from(t.value))
        });
        r.row(vec![
            party.into(),
            track.into(),
            basis.into(),
            count.into(),
            hours.map_or(Value::Null, |h| h.iter().map(|&h| number(h)).collect::<Vec<_>>().into()),
            total.map_or(Value::Null, number),
            own_total.map_or(Value::Null, number),
        ]);
    }
    r.row(vec![
        "all".into(),
        Value::Null,
        Value::Null,
        Value::Null,
        sums.iter().map(|h| h.map(number)).collect::<Option<Vec<_>>>().map_or(Value::Null, Value::from),
        total_all.map_or(Value::Null, number),
        Value::Null,
    ]);
    if !too_large.is_empty() {
        r.note(Text::id("estimate-too-large").arg("rows", too_large.join(", ")).in_lang(lang));
    }
    let source = estimate.source.as_ref().map_or_else(|| lang.text("estimate-the-model"), |s| s.value.to_string());
    let to = |n: Option<u64>, known: &'static str, unknown: &'static str| match n {
        Some(n) => Text::id(known).arg("count", n),
        None => Text::id(unknown),
    };
    let scaled = Text::id("estimate-scaled")
        .arg("phases", phases.join(", "))
        .arg("source", source)
        .arg("schools", to(size.schools, "estimate-schools", "estimate-schools-unknown"))
        .arg("daycare", to(size.daycare, "estimate-daycare", "estimate-daycare-unknown"));
    r.note(scaled.in_lang(lang));
    r.note(Text::id("estimate-counts").arg("uncounted", Size::uncounted(plan)).in_lang(lang));
    r
}

/// A number of hours in JSON: a number while it fits 64 bits, its exact digits past that.
fn number(n: u128) -> Value {
    u64::try_from(n).map_or_else(|_| Value::String(n.to_string()), Value::from)
}
