//! KOMBIT's resource estimate: do the rows add up?

use crate::diagnostic::{Finding, Text};
use crate::plan::Plan;
use crate::registry::ESTIMATE_TOTAL;

pub(crate) fn check(plan: &Plan, out: &mut Vec<Finding>) {
    let Some(estimate) = &plan.estimate else { return };
    for row in &estimate.rows {
        // Summed wide: hours near the top of a 64-bit number must not wrap round.
        let sum: u128 = row.hours.iter().map(|h| u128::from(h.value)).sum();
        if let Some(total) = row.total.as_ref().filter(|t| u128::from(t.value) != sum) {
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
