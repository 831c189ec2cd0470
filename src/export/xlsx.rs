//! Workbooks for Excel (`export --to xlsx`, and `--format xlsx` of the reports): a sheet per
//! table, headers in the reader's language, names where the plan has them, numbers as numbers
//! and days as Excel dates, a frozen header row, an autofilter and columns fitted to their
//! text. Every text is written as text: a name that starts with `=` is never a formula, and a
//! revision `2.2` never becomes a date.
//!
//! A workbook never fails for one cell: a text longer than a cell holds (a long name, 400
//! trainers' names in one cell) is cut with "…", and a table longer than a sheet holds ends in a
//! row that says how many rows were left out. What was cut comes back with the bytes
//! ([`Made`]), for the command line to tell the reader; the library prints nothing.

use std::borrow::Cow;

use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, FormatAlign, Workbook, XlsxError};
use serde_json::Value;

use crate::i18n::Lang;
use crate::plan::PlanDate;
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

/// The most a cell holds: characters as Excel counts them, in UTF-16 units.
const CELL: usize = 32_767;

/// The most rows a sheet holds, its header row included.
const ROWS: u32 = 1_048_576;

/// A workbook, and what had to be cut to fit Excel's limits.
#[derive(Debug)]
pub struct Made {
    pub bytes: Vec<u8>,
    /// How many cells held a text longer than a cell holds, now cut with "…".
    pub cells_cut: usize,
    /// Each sheet whose table had more rows than a sheet holds, with how many were left out.
    pub rows_left_out: Vec<(String, usize)>,
}

impl Made {
    /// What the reader is told about the cuts, a line each (none when nothing was cut).
    #[must_use]
    pub fn warnings(&self) -> Vec<crate::i18n::Text> {
        use crate::i18n::Text;
        let mut out = Vec::new();
        if self.cells_cut > 0 {
            out.push(Text::id("xlsx-cells-cut").arg("count", self.cells_cut).arg("limit", CELL));
        }
        for (sheet, left) in &self.rows_left_out {
            out.push(Text::id("xlsx-rows-cut").arg("sheet", sheet.as_str()).arg("count", *left).arg("limit", ROWS));
        }
        out
    }
}

/// What the sheets of one workbook had cut.
#[derive(Debug, Default)]
struct Cuts {
    cells: usize,
    rows: Vec<(String, usize)>,
}

impl Cuts {
    /// `text` as a cell holds it: whole, or cut with "…" to the most a cell holds.
    fn fit<'t>(&mut self, text: &'t str) -> std::borrow::Cow<'t, str> {
        // UTF-16 is never more units than UTF-8 has bytes: most texts need no count.
        if text.len() <= CELL || text.encode_utf16().count() <= CELL {
            return text.into();
        }
        self.cells += 1;
        let mut room = CELL - 1;
        let mut cut = String::with_capacity(CELL * 2);
        for c in text.chars() {
            let Some(left) = room.checked_sub(c.len_utf16()) else { break };
            room = left;
            cut.push(c);
        }
        cut.push('…');
        cut.into()
    }
}

/// The longest name Excel allows a sheet.
const SHEET_NAME: usize = 31;

/// Views as a workbook, a sheet each, named by their titles, made at `made` (seconds since
/// 1970: the same views at the same time give the same bytes).
///
/// # Errors
/// When the workbook cannot be put together (a date Excel cannot hold is written as text, so
/// in practice never).
pub fn reports(reports: &[&View], made: i64) -> Result<Made, WorkbookError> {
    within(reports, made, ROWS)
}

/// [`reports`], with sheets of at most `rows` rows (a test's limit can be small).
fn within(reports: &[&View], made: i64, rows: u32) -> Result<Made, WorkbookError> {
    let mut book = Workbook::new();
    book.set_properties(&DocProperties::new().set_creation_datetime(&ExcelDateTime::from_timestamp(made)?));
    let mut names: Vec<String> = Vec::new();
    let mut cuts = Cuts::default();
    for r in reports {
        let name = sheet_name(&r.title, &names);
        names.push(name.clone());
        sheet(&mut book, &sortable(r), &name, rows, &mut cuts)?;
    }
    Ok(Made { bytes: book.save_to_buffer()?, cells_cut: cuts.cells, rows_left_out: cuts.rows })
}

/// A view as a sheet an Excel user can sort: its `start` and `end` only days, as Excel dates (a
/// vague date its earliest day to start, its latest to end; one not known yet, or an open end,
/// blank), and the dates as the plan writes them in a column of their own after them, when
/// any of them is not a day.
fn sortable(v: &View) -> Cow<'_, View> {
    let at = |key: &str| v.columns.iter().position(|c| c.key == key && matches!(c.shown, Shown::Dates));
    let (Some(start), Some(end)) = (at("start"), at("end")) else { return Cow::Borrowed(v) };
    let date = |row: &view::Row, i: usize| row.cells.get(i).and_then(PlanDate::from_json);
    let vague = |d: Option<PlanDate>| d.is_some_and(|d| !matches!(d, PlanDate::Day(_)));
    if !v.rows.iter().any(|r| vague(date(r, start)) || vague(date(r, end))) {
        return Cow::Borrowed(v);
    }
    let mut out = v.clone();
    let written = end.max(start) + 1;
    out.columns.insert(written, view::col("as_written", "col-as-written"));
    let day = |d: Option<chrono::NaiveDate>| d.map_or(Value::Null, |d| Value::from(d.to_string()));
    for (row, from) in out.rows.iter_mut().zip(&v.rows) {
        let (first, last) = (date(from, start), date(from, end));
        let words = match (&first, &last) {
            (Some(a), Some(z)) => format!("{} – {}", v.lang.date(a), v.lang.date(z)),
            (Some(a), None) => v.lang.date(a),
            (None, _) => String::new(),
        };
        row.cells[start] = day(first.as_ref().and_then(PlanDate::earliest));
        // A one-day activity (no end) has no end of its own to sort by.
        row.cells[end] = day(last.as_ref().and_then(PlanDate::latest));
        row.cells.insert(written, if words.is_empty() { Value::Null } else { words.into() });
    }
    Cow::Owned(out)
}

/// How many of `rows` rows a sheet of `limit` rows shows, with its header and `notes` notes
/// under them (after a blank row), and how many it leaves out: when some are, the last row
/// shown says so.
fn shown(rows: usize, notes: usize, limit: u32) -> (usize, usize) {
    let below = if notes == 0 { 0 } else { notes + 1 };
    let room = usize::try_from(limit).unwrap_or(usize::MAX).saturating_sub(1 + below);
    if rows <= room {
        (rows, 0)
    } else {
        let shown = room.saturating_sub(1);
        (shown, rows - shown)
    }
}

/// One report on a sheet of its own, of at most `limit` rows.
fn sheet(book: &mut Workbook, r: &View, name: &str, limit: u32, cuts: &mut Cuts) -> Result<(), XlsxError> {
    let header = Format::new().set_bold().set_background_color("#F2F2F2").set_align(FormatAlign::Top);
    let day = Format::new().set_num_format(match r.lang {
        Lang::Da => "d. mmmm yyyy",
        Lang::En => "yyyy-mm-dd",
    });
    let ws = book.add_worksheet();
    ws.set_name(name)?;
    let columns = r.shown_in_sheets();
    for (c, &at) in columns.iter().enumerate() {
        let text = r.lang.text(r.columns[at].header);
        ws.write_string_with_format(0, col(c), cuts.fit(&text).as_ref(), &header)?;
    }
    let (count, left_out) = shown(r.rows.len(), r.notes.len(), limit);
    let mut last_row = u32::try_from(count).unwrap_or(u32::MAX);
    for (y, row) in (1..).zip(&r.rows[..count]) {
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
                let text = cuts.fit(&text);
                // The first column of a tree is indented by its depth.
                match row.depth.filter(|d| c == 0 && *d > 0) {
                    _ if text.is_empty() => {}
                    Some(depth) => {
                        let indent = Format::new().set_indent(u8::try_from(depth.min(15)).unwrap_or(15));
                        ws.write_string_with_format(y, x, text.as_ref(), &indent)?;
                    }
                    None => {
                        ws.write_string(y, x, text.as_ref())?;
                    }
                }
            }
        }
    }
    if left_out > 0 {
        last_row += 1;
        let said = crate::i18n::Text::id("xlsx-rows-left-out").arg("count", left_out).arg("limit", ROWS);
        ws.write_string(last_row, 0, cuts.fit(&said.in_lang(r.lang)).as_ref())?;
        cuts.rows.push((name.to_owned(), left_out));
    }
    if !columns.is_empty() {
        ws.set_freeze_panes(1, 0)?;
        ws.autofilter(0, 0, last_row, col(columns.len() - 1))?;
    }
    // The notes under the table, a blank row apart.
    for (i, note) in r.notes.iter().enumerate() {
        let y = last_row + 2 + u32::try_from(i).unwrap_or(u32::MAX - last_row - 2);
        ws.write_string(y, 0, cuts.fit(note).as_ref())?;
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
    fn a_text_longer_than_a_cell_holds_is_cut_with_an_ellipsis() {
        let mut cuts = Cuts::default();
        assert_eq!(cuts.fit("kort"), "kort");
        let long = "æ".repeat(CELL + 5);
        let cut = cuts.fit(&long);
        assert_eq!(cut.encode_utf16().count(), CELL);
        assert!(cut.ends_with("æ…"));
        // A character of two UTF-16 units is not split.
        let emoji = format!("{}😀😀", "a".repeat(CELL - 2));
        let cut = cuts.fit(&emoji);
        assert!(cut.ends_with("a…") && cut.encode_utf16().count() == CELL - 1, "no half of the 😀");
        assert_eq!(cuts.cells, 2);
    }

    #[test]
    fn a_table_longer_than_a_sheet_holds_ends_with_what_was_left_out() {
        assert_eq!(shown(5, 0, 10), (5, 0));
        assert_eq!(shown(9, 0, 10), (9, 0), "the header and nine rows");
        assert_eq!(shown(10, 0, 10), (8, 2), "eight rows and the row that says two are left out");
        assert_eq!(shown(9, 2, 10), (5, 4), "room for a blank row and two notes below");
        let mut r = View::new(Lang::En, "Big", &[view::col("n", "col-name")]);
        for i in 0..20 {
            r.row(vec![Value::from(i)]);
        }
        let made = within(&[&r], 0, 10).unwrap();
        assert_eq!(made.rows_left_out, [("Big".to_owned(), 12)]);
        // Read back: the header, eight rows, and the row that says what was left out.
        let mut book: calamine::Xlsx<_> = calamine::Reader::new(std::io::Cursor::new(made.bytes.clone())).unwrap();
        let sheet = calamine::Reader::worksheet_range(&mut book, "Big").unwrap();
        assert_eq!(sheet.height(), 10);
        let last = sheet.rows().next_back().unwrap()[0].to_string();
        assert_eq!(last, "… and 12 more rows, left out: a sheet holds 1048576 rows at most");
        let said = made.warnings().iter().map(|t| t.in_lang(Lang::En).into_owned()).collect::<Vec<_>>();
        assert_eq!(said.len(), 1);
        assert!(said[0].contains("Big") && said[0].contains("12"), "{said:?}");
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
