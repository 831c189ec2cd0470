//! `show training`: each course, who teaches whom, seats, length, dates and who pays.

use compact_str::CompactString;
use serde_json::Value;

use super::{View, col};
use crate::i18n::Lang;
use crate::plan::{Keyword, Plan};

#[must_use]
pub fn report(plan: &Plan, lang: Lang) -> View {
    let mut r = View::new(
        lang,
        lang.text("report-trainings"),
        &[
            col("id", "col-training").own(),
            col("name", "col-name").ids_only(),
            col("trainer", "col-trainer").names(),
            col("trainees", "col-trainees").names(),
            col("seats", "col-seats"),
            col("duration", "col-duration").length(),
            col("start", "col-start").dates(),
            col("end", "col-end").dates(),
            col("paid", "col-paid-by").choice("paid-word"),
            col("status", "col-status").words(super::status_message),
            col("done_on", "col-done-on").dates().sheets_only(),
        ],
    )
    .naming(plan);
    for t in &plan.trainings {
        let ids = |list: &[crate::span::Spanned<CompactString>]| {
            list.iter().map(|x| Value::from(x.value.as_str())).collect::<Vec<_>>()
        };
        let (start, end) = super::dates(t.timing.as_ref());
        let duration = t.duration.as_ref().map_or(Value::Null, |d| d.value.to_string().into());
        r.row(vec![
            t.id.value.as_str().into(),
            t.name.as_ref().map_or(Value::Null, |n| n.value.as_str().into()),
            ids(&t.trainer).into(),
            ids(&t.trainees).into(),
            t.seats.as_ref().map_or(Value::Null, |s| s.value.into()),
            duration,
            start,
            end,
            t.paid.as_ref().map_or(Value::Null, |p| p.value.word().into()),
            t.status.as_ref().map_or(crate::plan::Status::Planned, |s| s.value).word().into(),
            t.done_on.as_ref().map_or(Value::Null, |d| super::date_cell(&crate::plan::PlanDate::Day(d.value))),
        ]);
    }
    r
}
