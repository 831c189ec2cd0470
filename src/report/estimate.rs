//! `estimate`: KOMBIT's resource model — hours per phase and party for a municipality of a
//! given size — scaled to this plan's number of schools and day-care institutions.
//!
//! The scaling is linear in the basis (hours × this plan's count ÷ the model's count), which
//! is an assumption, not KOMBIT's: the report says so.

use serde_json::Value;

use super::{Report, col};
use crate::plan::{Plan, UnitKind};

/// How many schools and day-care institutions the estimate is scaled to; `None` keeps the
/// model's own basis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Size {
    pub schools: Option<u64>,
    pub daycare: Option<u64>,
}

impl Size {
    /// The plan's own count: its units of kind `school`, and of kind `daycare` or
    /// `childminding`; `None` where it has none.
    #[must_use]
    pub fn of(plan: &Plan) -> Self {
        let count = |kinds: &[UnitKind]| {
            let n = plan.units.iter().filter(|u| u.kind.as_ref().is_some_and(|k| kinds.contains(&k.value))).count();
            (n > 0).then_some(n as u64)
        };
        Self { schools: count(&[UnitKind::School]), daycare: count(&[UnitKind::Daycare, UnitKind::Childminding]) }
    }
}

/// The model's rows (from `model`'s `[estimate]`) scaled to `size`; where `plan` has its own
/// `[estimate]` row for the same party and track, its hours stand beside them.
#[must_use]
pub fn report(model: &Plan, plan: &Plan, size: Size) -> Report {
    let phases: Vec<String> =
        model.estimate.as_ref().map(|e| e.phases.iter().map(|p| p.value.clone()).collect()).unwrap_or_default();
    let mut r = Report::new(
        "Resource estimate (hours)",
        &[
            col("party", "party"),
            col("track", "track"),
            col("basis", "model basis"),
            col("size", "this plan"),
            col("hours", "hours per phase"),
            col("total", "total"),
            col("plan_total", "plan's own"),
        ],
    );
    let Some(estimate) = &model.estimate else {
        r.notes.push(
            "The model has no [estimate]; give a plan that has one with --model (plans/kombit-2016.toml).".into(),
        );
        return r;
    };
    let mut sums = vec![0u64; phases.len()];
    let mut total_all = 0;
    for row in &estimate.rows {
        let track = row.track.as_ref().map_or("", |t| t.value.as_str());
        let basis = row.basis.as_ref().map_or(0, |b| b.value);
        let count = match track {
            "schools" => size.schools.unwrap_or(basis),
            "daycare" => size.daycare.unwrap_or(basis),
            _ => continue,
        };
        // Rounded to whole hours; exact integer arithmetic.
        let scale = |h: u64| if basis == 0 { 0 } else { (h * count * 2 + basis) / (2 * basis) };
        let hours: Vec<u64> = row.hours.iter().map(|h| scale(h.value)).collect();
        for (s, h) in sums.iter_mut().zip(&hours) {
            *s += h;
        }
        let total: u64 = hours.iter().sum();
        total_all += total;
        let party = row.party.as_ref().map_or("", |p| p.value.as_str());
        let own = plan.estimate.as_ref().and_then(|e| {
            e.rows.iter().find(|o| {
                o.party.as_ref().map(|p| p.value.as_str()) == Some(party)
                    && o.track.as_ref().map(|t| t.value.as_str()) == Some(track)
            })
        });
        let own_total =
            own.map(|o| o.total.as_ref().map_or_else(|| o.hours.iter().map(|h| h.value).sum(), |t| t.value));
        r.row(vec![
            party.into(),
            track.into(),
            basis.into(),
            count.into(),
            hours.iter().map(|&h| Value::from(h)).collect::<Vec<_>>().into(),
            total.into(),
            own_total.map_or(Value::Null, Value::from),
        ]);
    }
    r.row(vec![
        "all".into(),
        Value::Null,
        Value::Null,
        Value::Null,
        sums.iter().map(|&h| Value::from(h)).collect::<Vec<_>>().into(),
        total_all.into(),
        Value::Null,
    ]);
    let source = estimate.source.as_ref().map_or("the model", |s| s.value.as_str());
    let to = |n: Option<u64>, one: &str, many: &str| match n {
        Some(1) => format!("1 {one}"),
        Some(n) => format!("{n} {many}"),
        None => format!("the model's own number of {many}"),
    };
    r.notes.push(format!(
        "Phases {}. Scaled from {source} to {} and {}, linearly in the basis (hours × this plan's count ÷ the \
         model's count, rounded to whole hours): an assumption, not KOMBIT's.",
        phases.join(", "),
        to(size.schools, "school", "schools"),
        to(size.daycare, "day-care institution", "day-care institutions"),
    ));
    r.notes.push(
        "The counts are the plan's units of kind school, and of kind daycare or childminding; where a unit stands for \
         several, give --schools N and --daycare N."
            .into(),
    );
    r
}
