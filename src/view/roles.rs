//! `show roles`: each role with its quota and how many seats are named (confirmed), tentative
//! (named, not confirmed: not filled) or vacant, or where its holders are listed instead.

use compact_str::CompactString;
use serde_json::Value;

use super::{View, col};
use crate::i18n::Lang;
use crate::plan::Plan;

#[must_use]
pub fn report(plan: &Plan, lang: Lang) -> View {
    let mut r = View::new(
        lang,
        lang.text("report-roles"),
        &[
            col("id", "col-role").own(),
            col("name", "col-name").ids_only(),
            col("unit", "col-unit").names(),
            col("quota", "col-quota"),
            col("population", "col-population"),
            col("named", "col-named"),
            col("tentative", "col-tentative"),
            col("vacant", "col-vacant"),
            col("roster", "col-listed-in").names(),
            col("support", "col-support").names(),
            col("tech_support", "col-technical-support").names(),
        ],
    )
    .naming(plan);
    let holders = plan.holders();
    for (i, role) in plan.roles.iter().enumerate() {
        let tentative =
            holders[i].iter().filter(|&&p| plan.people[p].tentative.as_ref().is_some_and(|t| t.value)).count();
        let named = holders[i].len() - tentative;
        let quota = role.quota.as_ref().map(|q| q.value);
        // Holders listed elsewhere (`roster`): how many seats are empty is not known here.
        let vacant = quota.filter(|_| role.roster.is_none()).map(|q| q.saturating_sub(holders[i].len() as u64));
        let opt = |s: Option<&crate::span::Spanned<CompactString>>| s.map_or(Value::Null, |s| s.value.as_str().into());
        r.row(vec![
            role.id.value.as_str().into(),
            opt(role.name.as_ref()),
            opt(role.unit.as_ref()),
            quota.map_or(Value::Null, Value::from),
            role.population.as_ref().map_or(Value::Null, |p| p.value.into()),
            named.into(),
            tentative.into(),
            vacant.map_or(Value::Null, Value::from),
            opt(role.roster.as_ref()),
            opt(role.support.as_ref()),
            opt(role.tech_support.as_ref()),
        ]);
    }
    r
}
