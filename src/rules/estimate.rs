//! KOMBIT's resource estimate: do the rows add up?

use crate::diagnostic::{Finding, Text};
use crate::plan::Plan;
use crate::registry::ESTIMATE_TOTAL;

pub(crate) fn check(plan: &Plan, out: &mut Vec<Finding>) {
    let Some(estimate) = &plan.estimate else { return };
    for row in &estimate.rows {
        let sum: u64 = row.hours.iter().map(|h| h.value).sum();
        if let Some(total) = row.total.as_ref().filter(|t| t.value != sum) {
            out.push(
                Finding::new(
                    ESTIMATE_TOTAL,
                    total.span,
                    Text::id("estimate-total").arg("sum", sum).arg("total", total.value),
                )
                .label(Text::id("estimate-total-label").arg("sum", sum))
                .help(Text::id("estimate-total-help")),
            );
        }
        if !estimate.phases.is_empty() && row.hours.len() > estimate.phases.len() {
            let extra = &row.hours[estimate.phases.len()];
            out.push(
                Finding::new(
                    ESTIMATE_TOTAL,
                    extra.span,
                    Text::id("estimate-extra").arg("figures", row.hours.len()).arg("phases", estimate.phases.len()),
                )
                .label(Text::id("estimate-extra-label"))
                .help(Text::id("estimate-extra-help")),
            );
        }
    }
}
