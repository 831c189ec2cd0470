//! KOMBIT's resource estimate: do the rows add up?

use crate::diagnostic::Finding;
use crate::plan::Plan;
use crate::registry::ESTIMATE_TOTAL;

pub(crate) fn check(plan: &Plan, out: &mut Vec<Finding>) {
    let Some(estimate) = &plan.estimate else { return };
    for row in &estimate.rows {
        let sum: u64 = row.hours.iter().map(|h| h.value).sum();
        if let Some(total) = row.total.as_ref().filter(|t| t.value != sum) {
            out.push(
                Finding::new(ESTIMATE_TOTAL, total.span, format!("the hours add up to {sum}, not {}", total.value))
                    .label(format!("should be {sum}"))
                    .help("correct the total, or the hours it sums"),
            );
        }
        if !estimate.phases.is_empty() && row.hours.len() > estimate.phases.len() {
            let extra = &row.hours[estimate.phases.len()];
            out.push(
                Finding::new(
                    ESTIMATE_TOTAL,
                    extra.span,
                    format!(
                        "this row has {} figures, but [estimate] names {} phases",
                        row.hours.len(),
                        estimate.phases.len()
                    ),
                )
                .label("a figure for no phase")
                .help("name the phase in `[estimate] phases`, or remove the figure"),
            );
        }
    }
}
