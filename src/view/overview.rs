//! `aula-plan overview`: many municipal plans, a row each — KOMBIT's view. Municipality,
//! revision and date, the go-live of each track, the seats of the quotas named, the cascade's
//! courses done, errors, warnings, activities not dated yet, and the national activities each
//! plan waits for, with how many of them it meets.

use compact_str::CompactString;
use serde_json::Value;

use super::{View, col};
use crate::diagnostic::Severity;
use crate::follow;
use crate::i18n::{Lang, Text};
use crate::plan::{Plan, Status};
use crate::validate::Whole;

/// One row per plan read; a plan that did not load has its file, errors and warnings only.
#[must_use]
pub fn report(plans: &[Whole], lang: Lang) -> View {
    let mut r = View::new(
        lang,
        lang.text("report-overview"),
        &[
            col("file", "col-file"),
            col("municipality", "col-municipality"),
            col("national", "col-national").data_only(),
            col("revision", "col-revision"),
            col("date", "col-date").dates(),
            col("go_live", "col-go-live").track_dates(),
            col("named", "col-named"),
            col("seats", "col-seats"),
            col("courses_done", "col-courses-done"),
            col("courses", "col-courses"),
            col("undated", "col-undated"),
            col("errors", "col-errors"),
            col("warnings", "col-warnings"),
            col("follows", "col-follows"),
            col("waits_met", "col-waits-met"),
            col("waits", "col-waits"),
        ],
    );
    // What each plan waits for, worked out once for its row and for the note.
    let waits: Vec<Vec<follow::Wait>> =
        plans.iter().map(|w| w.plan.as_ref().map(|p| follow::waits(p, &w.following)).unwrap_or_default()).collect();
    // A plan of no municipality that others follow is the national plan: named as such, by what
    // the plans that follow it call it, not as a municipality. Two called the same (two plans of
    // KOMBIT's) are told apart by their titles.
    let national_called: Vec<Option<&str>> = plans
        .iter()
        .map(|w| {
            let p = w.plan.as_ref()?;
            let national = p.meta.municipality.is_none() && followed(plans, &w.checked.path);
            national.then(|| follow::called(p).unwrap_or(w.checked.path.as_str()))
        })
        .collect();
    for ((whole, waits), national) in plans.iter().zip(&waits).zip(&national_called) {
        let c = &whole.checked;
        let (errors, warnings) = (c.count(Severity::Error), c.count(Severity::Warning));
        let Some(plan) = &whole.plan else {
            let mut cells = vec![Value::from(c.path.as_str())];
            cells.extend(std::iter::repeat_n(Value::Null, 10));
            cells.extend([errors.into(), warnings.into(), Value::Null, Value::Null, Value::Null]);
            r.row(cells);
            continue;
        };
        let text = |s: Option<&crate::span::Spanned<CompactString>>| s.map_or(Value::Null, |s| s.value.as_str().into());
        let (named, seats) = seats(plan);
        let courses = plan.trainings.len();
        let done = plan.trainings.iter().filter(|t| t.status.as_ref().is_some_and(|s| s.value == Status::Done)).count();
        let undated = plan.activities().filter(|a| a.timing.is_none_or(|t| t.start().value.is_unknown())).count();
        let met = waits.iter().filter(|w| w.met == Some(true)).count();
        let follows: Vec<Value> = plan.follows.iter().map(|f| f.name.value.as_str().into()).collect();
        let called = if let Some(by) = *national {
            let mut text = follow::national_plan(by);
            if let Some(title) =
                plan.meta.title.as_ref().filter(|_| national_called.iter().filter(|c| **c == Some(by)).count() > 1)
            {
                text = Text::id("national-plan-titled").arg("plan", text).arg("title", title.value.as_str());
            }
            text.in_lang(lang).into_owned().into()
        } else {
            text(plan.meta.municipality.as_ref().or(plan.meta.title.as_ref()))
        };
        r.row(vec![
            c.path.as_str().into(),
            called,
            national.is_some().into(),
            text(plan.meta.revision.as_ref()),
            plan.version_date().map_or(Value::Null, |d| d.to_string().into()),
            go_lives(plan),
            named.into(),
            seats.into(),
            done.into(),
            courses.into(),
            undated.into(),
            errors.into(),
            warnings.into(),
            follows.into(),
            met.into(),
            waits.len().into(),
        ]);
    }
    let behind: Vec<String> = plans
        .iter()
        .zip(&waits)
        .filter_map(|(w, waits)| {
            let late: Vec<&str> =
                waits.iter().filter(|x| x.met == Some(false)).map(|x| x.name.as_deref().unwrap_or(&x.id)).collect();
            (!late.is_empty()).then(|| format!("{} ({})", w.checked.path, late.join(", ")))
        })
        .collect();
    if !behind.is_empty() {
        r.note(Text::id("overview-behind").arg("plans", behind.join("; ")).in_lang(lang));
    }
    r
}

/// Whether another of `plans` follows the file at `path`.
fn followed(plans: &[Whole], path: &str) -> bool {
    let canonical = |p: &std::path::Path| std::fs::canonicalize(p).unwrap_or_else(|_| p.to_path_buf());
    let me = canonical(std::path::Path::new(path));
    plans.iter().any(|w| w.following.files().into_iter().any(|f| canonical(f) == me))
}

/// How many of the overview's plans are municipalities', and how many national: "2
/// kommuner og 1 national plan".
#[must_use]
pub fn counted(r: &View) -> Text {
    let at = r.columns.iter().position(|c| c.key == "national");
    let national = r.rows.iter().filter(|row| at.and_then(|i| row.cells.get(i)) == Some(&Value::Bool(true))).count();
    Text::id("overview-counted").arg("municipalities", r.rows.len() - national).arg("national", national)
}

/// The seats of every quota whose holders are named in the plan (not listed elsewhere), and
/// how many of them named, confirmed people hold.
fn seats(plan: &Plan) -> (u64, u64) {
    let holders = plan.holders();
    let mut named = 0;
    let mut seats = 0;
    for (i, role) in plan.roles.iter().enumerate() {
        let Some(quota) = role.quota.as_ref().map(|q| q.value).filter(|_| role.roster.is_none()) else { continue };
        let confirmed =
            holders[i].iter().filter(|&&p| !plan.people[p].tentative.as_ref().is_some_and(|t| t.value)).count();
        named += u64::try_from(confirmed).unwrap_or(u64::MAX).min(quota);
        seats += quota;
    }
    (named, seats)
}

/// The go-live of each track: the first day of its phases of kind `go-live` (`tbd` when not
/// dated yet), by track.
fn go_lives(plan: &Plan) -> Value {
    plan.go_lives().into_iter().map(|(track, day)| (track.to_owned(), super::date_cell(&day))).collect()
}
