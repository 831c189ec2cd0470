//! A report for Excel set up for Danish (`--format csv-excel`): the table a person reads, not
//! the data — headers in the reader's language, names and words in the cells, decimal commas
//! in Danish, a list of numbers spread over a column each, and text that Excel would turn into
//! a date or a number (a revision `2.2`) kept as text. Semicolons, a byte-order mark and CRLF
//! come from [`super::csv_text`].

use serde_json::Value;

use super::View;
use crate::i18n::Lang;

/// The report as CSV for Danish Excel.
#[must_use]
pub fn render(report: &View) -> String {
    let columns = report.visible();
    // How many cells each column spreads over: one, or as many as its longest list of numbers.
    let widths: Vec<usize> = columns
        .iter()
        .map(|&i| {
            report
                .rows
                .iter()
                .filter_map(|r| match r.cells.get(i) {
                    Some(Value::Array(list)) if list.iter().all(Value::is_number) => Some(list.len()),
                    _ => None,
                })
                .max()
                .unwrap_or(1)
                .max(1)
        })
        .collect();
    let tree = report.rows.iter().any(|r| r.depth.is_some());
    let mut header: Vec<String> = Vec::new();
    if tree {
        header.push(report.lang.text("col-depth"));
    }
    for (name, &n) in report.headers().into_iter().zip(&widths) {
        if n == 1 {
            header.push(name);
        } else {
            header.extend((1..=n).map(|k| format!("{name} {k}")));
        }
    }
    let rows = report.rows.iter().map(|row| {
        let mut cells: Vec<String> = Vec::new();
        if tree {
            cells.push(row.depth.unwrap_or(0).to_string());
        }
        for (&i, &n) in columns.iter().zip(&widths) {
            match row.cells.get(i) {
                Some(Value::Array(list)) if n > 1 && list.iter().all(Value::is_number) => {
                    cells.extend((0..n).map(|k| list.get(k).map(|v| number(v, report.lang)).unwrap_or_default()));
                }
                Some(v @ Value::Number(_)) => cells.push(number(v, report.lang)),
                _ if n > 1 => {
                    cells.push(report.cell(row, i));
                    cells.extend(std::iter::repeat_n(String::new(), n - 1));
                }
                _ => cells.push(report.cell(row, i)),
            }
        }
        cells
    });
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    super::csv_text(&header, rows, true)
}

/// A number as the reader's Excel reads it: `31,54` in Danish, `31.54` in English.
#[must_use]
pub fn number(v: &Value, lang: Lang) -> String {
    let text = super::text(v);
    match lang {
        Lang::Da => text.replace('.', ","),
        Lang::En => text,
    }
}

/// Whether Excel, opening a CSV, would read `cell` as a date or a number where it is text: a
/// revision `2.2` or `1-2`, a number with a leading zero (`007`). A day of the plan
/// (`2019-05-16`) is one, and Excel may read it as one.
#[must_use]
pub fn would_convert(cell: &str) -> bool {
    let parts: Vec<&str> = cell.split(['.', '-', '/']).collect();
    let digits = |s: &str| !s.is_empty() && s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit());
    let date_like = (2..=3).contains(&parts.len()) && parts.iter().all(|p| digits(p)) && parts[0].len() <= 2;
    let leading_zero = cell.len() > 1 && cell.starts_with('0') && cell.bytes().all(|b| b.is_ascii_digit());
    date_like || leading_zero
}

/// `cell` as a formula that gives the text itself (`="2.2"`), which Excel shows as it is.
#[must_use]
pub fn as_text(cell: &str) -> String {
    format!("=\"{}\"", cell.replace('"', "\"\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_excel_would_turn_into_a_date_or_a_number() {
        for cell in ["2.2", "1-2", "16.5.2019", "007", "10.11"] {
            assert!(would_convert(cell), "{cell}");
        }
        for cell in ["2", "31,54", "Version 2.2", "uge 43 2019", "a.b", "1.2.3.4", "0", "2019-05-16"] {
            assert!(!would_convert(cell), "{cell}");
        }
        assert_eq!(as_text("2.2"), "=\"2.2\"");
    }

    #[test]
    fn danish_numbers_have_decimal_commas() {
        assert_eq!(number(&serde_json::json!(31.54), Lang::Da), "31,54");
        assert_eq!(number(&serde_json::json!(31.54), Lang::En), "31.54");
        assert_eq!(number(&serde_json::json!(640), Lang::Da), "640");
    }
}
