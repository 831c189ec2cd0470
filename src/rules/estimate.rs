//! KOMBIT's resource estimate: do the rows add up?

use crate::diagnostic::Finding;
use crate::plan::Plan;
use crate::rules::{Level, Rule};

pub static ESTIMATE_TOTAL: Rule = Rule {
    name: "estimate-total",
    level: Level::Deny,
    summary: "an estimate row's `total` is not the sum of its `hours`, or it has hours for more phases than named",
    explanation: r#"## What it does
For every `[[estimate.row]]`, adds up `hours` and compares the sum with `total`; and checks that
a row has no more figures than `[estimate] phases` names.

## Why is this bad?
Budgets are made from the totals: a total that does not match its parts was copied wrong
from the slide, and nobody knows which figure to trust.

## Example
```toml
[[estimate.row]]
party = "schools"
track = "schools"
basis = 13
hours = [0, 1600, 4200, 9500, 150]
total = 15540
```

## Use instead
```toml
total = 15450
```
"#,
};

pub(crate) fn check(plan: &Plan, out: &mut Vec<Finding>) {
    let Some(estimate) = &plan.estimate else { return };
    for row in &estimate.rows {
        let sum: u64 = row.hours.iter().map(|h| h.value).sum();
        if let Some(total) = row.total.as_ref().filter(|t| t.value != sum) {
            out.push(
                Finding::new(&ESTIMATE_TOTAL, total.span, format!("the hours add up to {sum}, not {}", total.value))
                    .label(format!("should be {sum}"))
                    .help("correct the total, or the hours it sums"),
            );
        }
        if !estimate.phases.is_empty() && row.hours.len() > estimate.phases.len() {
            let extra = &row.hours[estimate.phases.len()];
            out.push(
                Finding::new(
                    &ESTIMATE_TOTAL,
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
