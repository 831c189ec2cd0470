//! Workbooks for Excel (`export --to xlsx`, and `--format xlsx` of the reports): a sheet per
//! table, headers in the reader's language, names where the plan has them, numbers as numbers
//! and days as Excel dates, a frozen header row, an autofilter and columns fitted to their
//! text. Every text is written as text: a name that starts with `=` is never a formula, and a
//! revision `2.2` never becomes a date.

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, XlsxError};
use serde_json::Value;

use crate::diagnostic::CheckedPlan;
use crate::i18n::Lang;
use crate::plan::{Plan, PlanDate};
use crate::view::{self, Shown, View};

/// A workbook that could not be put together.
#[derive(Debug, thiserror::Error)]
#[error("the workbook could not be made: {0}")]
pub struct WorkbookError(#[from] XlsxError);

impl WorkbookError {
    /// The error in words.
    #[must_use]
    pub fn text(&self) -> crate::i18n::Text {
        crate::i18n::Text::id("xlsx-failed").arg("why", self.0.to_string())
    }
}

/// Width of the text Gantt chart the timeline view carries (not written to a sheet).
const CHART_WIDTH: usize = 100;

/// The longest name Excel allows a sheet.
const SHEET_NAME: usize = 31;

/// The whole plan as a workbook: a sheet for each kind of record, as `show` shows it (the
/// organisation, roles, people, trainings, the cascade, the timeline, the support lines), and
/// one of the findings.
///
/// # Errors
/// When the workbook cannot be put together (a date Excel cannot hold is written as text, so
/// in practice never).
pub fn plan(plan: &Plan, findings: &CheckedPlan, made: i64, lang: Lang) -> Result<Vec<u8>, WorkbookError> {
    let mut views = view::of_plan(plan, CHART_WIDTH, lang);
    views.push(found(findings, lang));
    reports(&views.iter().collect::<Vec<_>>(), made)
}

/// The findings as a table: how serious, the rule, where, and what.
fn found(findings: &CheckedPlan, lang: Lang) -> View {
    let mut r = View::new(
        lang,
        lang.text("md-findings"),
        &[
            view::col("severity", "xlsx-col-severity"),
            view::col("rule", "md-col-rule"),
            view::col("line", "md-col-line"),
            view::col("column", "xlsx-col-column"),
            view::col("message", "md-col-message"),
        ],
    );
    for f in &findings.findings {
        let at = findings.line_col(f.span.start);
        r.row(vec![
            f.severity.word(lang).into(),
            f.rule.name.into(),
            at.line.into(),
            at.column.into(),
            f.message.in_lang(lang).into_owned().into(),
        ]);
    }
    r
}

/// Views as a workbook, a sheet each, named by their titles, made at `made` (seconds since
/// 1970: the same views at the same time give the same bytes).
///
/// # Errors
/// As [`plan`].
pub fn reports(reports: &[&View], made: i64) -> Result<Vec<u8>, WorkbookError> {
    let mut book = Workbook::new();
    book.set_properties(&DocProperties::new().set_creation_datetime(&ExcelDateTime::from_timestamp(made)?));
    let mut names: Vec<String> = Vec::new();
    for r in reports {
        let name = sheet_name(&r.title, &names);
        names.push(name.clone());
        sheet(&mut book, r, &name)?;
    }
    Ok(book.save_to_buffer()?)
}

/// One report on a sheet of its own.
fn sheet(book: &mut Workbook, r: &View, name: &str) -> Result<(), XlsxError> {
    let header = Format::new().set_bold().set_background_color("#F2F2F2").set_align(FormatAlign::Top);
    let day = Format::new().set_num_format(match r.lang {
        Lang::Da => "d. mmmm yyyy",
        Lang::En => "yyyy-mm-dd",
    });
    let ws = book.add_worksheet();
    ws.set_name(name)?;
    let columns = r.visible();
    for (c, text) in r.headers().iter().enumerate() {
        ws.write_string_with_format(0, col(c), text, &header)?;
    }
    let last_row = u32::try_from(r.rows.len()).unwrap_or(u32::MAX);
    for (y, row) in (1..).zip(&r.rows) {
        for (c, &at) in columns.iter().enumerate() {
            let x = col(c);
            let value = row.cells.get(at).unwrap_or(&Value::Null);
            let excel_date = match (r.columns[at].shown, value) {
                (Shown::Dates, v) => excel_day(v),
                _ => None,
            };
            if let Value::Number(n) = value {
                ws.write_number(y, x, n.as_f64().unwrap_or_default())?;
            } else if let Some(d) = excel_date {
                ws.write_datetime_with_format(y, x, &d, &day)?;
            } else {
                let text = r.cell(row, at);
                // The first column of a tree is indented by its depth.
                match row.depth.filter(|d| c == 0 && *d > 0) {
                    _ if text.is_empty() => {}
                    Some(depth) => {
                        let indent = Format::new().set_indent(u8::try_from(depth.min(15)).unwrap_or(15));
                        ws.write_string_with_format(y, x, &text, &indent)?;
                    }
                    None => {
                        ws.write_string(y, x, &text)?;
                    }
                }
            }
        }
    }
    if !columns.is_empty() {
        ws.set_freeze_panes(1, 0)?;
        ws.autofilter(0, 0, last_row, col(columns.len() - 1))?;
    }
    // The notes under the table, a blank row apart.
    for (i, note) in r.notes.iter().enumerate() {
        let y = last_row + 2 + u32::try_from(i).unwrap_or(u32::MAX - last_row - 2);
        ws.write_string(y, 0, note)?;
    }
    ws.set_autofit_max_width(420);
    ws.autofit();
    Ok(())
}

/// Column `c` as Excel counts them.
fn col(c: usize) -> u16 {
    u16::try_from(c).unwrap_or(u16::MAX)
}

/// A day of the plan (`2019-05-16`) as an Excel date; a week, a month, a vaguer date or `tbd`
/// is not one.
fn excel_day(v: &Value) -> Option<ExcelDateTime> {
    use chrono::Datelike as _;
    let PlanDate::Day(d) = PlanDate::from_json(v)? else { return None };
    let year = u16::try_from(d.year()).ok()?;
    let month = u8::try_from(d.month()).ok()?;
    let day = u8::try_from(d.day()).ok()?;
    ExcelDateTime::from_ymd(year, month, day).ok()
}

/// A sheet name Excel takes: the title without `[]:*?/\`, at most 31 characters, and not one
/// already used (case aside).
fn sheet_name(title: &str, used: &[String]) -> String {
    let clean: String = title
        .chars()
        .map(|c| if matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') || c.is_control() { ' ' } else { c })
        .collect();
    let clean = clean.trim().trim_matches('\'');
    let base: String = if clean.is_empty() { "Ark".to_owned() } else { clean.chars().take(SHEET_NAME).collect() };
    let taken = |name: &str| used.iter().any(|u| u.to_lowercase() == name.to_lowercase());
    if !taken(&base) {
        return base;
    }
    (2..=used.len() + 2)
        .map(|n| {
            let suffix = format!(" ({n})");
            let room = SHEET_NAME - suffix.chars().count();
            format!("{}{suffix}", base.chars().take(room).collect::<String>())
        })
        .find(|name| !taken(name))
        .unwrap_or(base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_are_what_excel_takes_and_never_twice() {
        let used = vec!["Roller".to_owned()];
        assert_eq!(sheet_name("Status den 1. september 2019: alt", &[]), "Status den 1. september 2019  a");
        assert_eq!(sheet_name("roller", &used), "roller (2)");
        assert_eq!(sheet_name("a/b[c]", &[]), "a b c");
        assert_eq!(sheet_name("", &[]), "Ark");
        assert!(sheet_name(&"x".repeat(40), &[]).chars().count() <= SHEET_NAME);
    }

    #[test]
    fn only_a_day_is_an_excel_date() {
        let cell = |s: &str| crate::view::date_cell(&PlanDate::parse(s).unwrap());
        assert!(excel_day(&cell("2019-05-16")).is_some());
        assert!(excel_day(&Value::from("2019-05-16")).is_some(), "as a view's plain text too");
        assert!(excel_day(&cell("2019-W41")).is_none());
        assert!(excel_day(&cell("2019-05")).is_none());
        assert!(excel_day(&cell("2019-autumn")).is_none());
        assert!(excel_day(&cell("tbd")).is_none());
    }
}
