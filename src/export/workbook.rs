//! The plan's workbook (`export --to xlsx`): a sheet for each kind of record, as `show` shows
//! it — the organisation, roles, people, trainings with their status, the cascade, every
//! activity (those not dated yet included) with its status and the national activities it
//! waits for by name, the support lines — and the findings, by what their rule finds, ids put
//! as names. [`super::xlsx`] writes the sheets.

use crate::diagnostic::CheckedPlan;
use crate::follow::Wait;
use crate::i18n::Lang;
use crate::plan::Plan;
use crate::view::{self, View};

use super::xlsx::{Made, WorkbookError, reports};

/// Width of the text Gantt chart the timeline view carries (not written to a sheet).
const CHART_WIDTH: usize = 100;

/// The whole plan as a workbook, made at `made` (seconds since 1970); `national`: the
/// activities of the plans it follows that it waits for, named on its sheets.
///
/// # Errors
/// When the workbook cannot be put together (in practice never).
pub fn plan(
    plan: &Plan,
    findings: &CheckedPlan,
    national: &[Wait],
    made: i64,
    lang: Lang,
) -> Result<Made, WorkbookError> {
    let mut views = view::of_plan(plan, CHART_WIDTH, lang);
    for v in &mut views {
        if v.columns.iter().any(|c| c.key == "after") {
            *v = view::timeline::with_national(plan, CHART_WIDTH, lang, national);
        }
    }
    views.push(found(plan, findings, lang));
    reports(&views.iter().collect::<Vec<_>>(), made)
}

/// The findings as a table: how serious, what the rule finds, where, and what, with the ids
/// the message names put as their names.
fn found(plan: &Plan, findings: &CheckedPlan, lang: Lang) -> View {
    let mut r = View::new(
        lang,
        lang.text("md-findings"),
        &[
            view::col("severity", "xlsx-col-severity"),
            view::col("finds", "steering-col-finds"),
            view::col("line", "md-col-line"),
            view::col("column", "xlsx-col-column"),
            view::col("message", "md-col-message"),
            view::col("rule", "md-col-rule").data_only(),
        ],
    );
    let names = view::names(plan);
    for f in &findings.findings {
        let at = findings.line_col(f.span.start());
        r.row(vec![
            f.severity.word(lang).into(),
            view::named(&lang.text(f.rule.message), &names).into(),
            at.line.into(),
            at.column.into(),
            view::named(&f.message.in_lang(lang), &names).into(),
            f.rule.name.into(),
        ]);
    }
    r
}
