//! Tables: one look for every table the tool prints at the terminal, and one for Markdown
//! (comfy-table both). At the terminal a table wraps between words, never inside one: an id or
//! a file name is what a person copies, and comfy-table would cut it where its column ends.

use comfy_table::{ColumnConstraint, ContentArrangement, Table, Width, presets};

/// An empty table with `header`, fitted to the terminal's width when there is one.
#[must_use]
pub fn new<S: Into<comfy_table::Cell>, const N: usize>(header: [S; N]) -> Table {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
    if let Some(width) = columns() {
        table.set_width(width);
    }
    // A terminal that reports a silly width (some pseudo-terminals say 0) would squeeze every
    // cell to a letter: print at full width then, as when writing to a file.
    if table.width().is_some_and(|w| w < 40) {
        table.set_content_arrangement(ContentArrangement::Disabled);
    }
    table.set_header(header);
    table
}

/// The width to fit to, in columns: `COLUMNS` when it is set (as `ls` reads it; a test sets it
/// to stand for a terminal), else the terminal's, when output goes to one.
#[must_use]
pub fn terminal_width() -> Option<usize> {
    columns().map(usize::from).or_else(|| Table::new().width().map(usize::from))
}

/// `COLUMNS`, when it holds a width.
fn columns() -> Option<u16> {
    std::env::var("COLUMNS").ok()?.trim().parse().ok().filter(|w| *w > 0)
}

/// What a column takes beside its text: a space either side and the line after it.
const FRAME: usize = 3;

/// A column that is not of single words may be narrowed to this many characters (its longer
/// words wrapped) before a row is shown in two tables.
const NARROWEST: usize = 12;

/// `header` and `rows` as a table fitted to the terminal (see [`keep_words_whole`]). When even
/// the columns of single words (ids, file names) at their widest and the others narrowed do not
/// fit side by side, the row goes on in a table below, as many columns in each as have room
/// for their longest words, and each table begins with the row's key: the column of the
/// longest single words.
#[must_use]
pub fn fitted(header: &[String], rows: &[Vec<String>]) -> String {
    let longest: Vec<usize> = (0..header.len())
        .map(|i| rows.iter().map(|r| longest_word(cell(r, i))).fold(longest_word(&header[i]), usize::max))
        .collect();
    let single: Vec<bool> =
        (0..header.len()).map(|i| rows.iter().all(|r| !cell(r, i).trim().contains(char::is_whitespace))).collect();
    let key = (0..header.len()).filter(|&i| single[i]).max_by_key(|&i| (longest[i], usize::MAX - i)).unwrap_or(0);
    // Narrowed, the columns may fit in one table; if not, each part of the row has room for
    // every word.
    let narrowed: usize =
        longest.iter().zip(&single).map(|(&l, &one)| if one { l } else { l.min(NARROWEST) } + FRAME).sum();
    let need: Vec<usize> = longest.iter().map(|l| l + FRAME).collect();
    let width = new::<&str, 0>([]).width().filter(|w| *w >= 40).map(usize::from);
    let parts = match width {
        Some(w) if 1 + narrowed > w => parts(&need, key, w),
        _ => vec![(0..header.len()).collect()],
    };
    let tables: Vec<String> = parts
        .iter()
        .map(|part| {
            let mut t = new::<&str, 0>([]);
            t.set_header(part.iter().map(|&i| header[i].as_str()));
            for row in rows {
                t.add_row(part.iter().map(|&i| cell(row, i)));
            }
            keep_words_whole(&mut t);
            t.to_string()
        })
        .collect();
    tables.join("\n")
}

/// The columns of each table a row is shown in, at `width`: as many as fit side by side, each
/// taking `need`, each table after the first beginning with `key`.
fn parts(need: &[usize], key: usize, width: usize) -> Vec<Vec<usize>> {
    let mut parts: Vec<Vec<usize>> = Vec::new();
    let mut part: Vec<usize> = Vec::new();
    let mut used = 1; // the table's left edge
    for (i, &n) in need.iter().enumerate() {
        if used + n > width && part.iter().any(|&c| c != key) && i != key {
            parts.push(std::mem::take(&mut part));
            part.push(key);
            used = 1 + need[key];
        }
        if !part.contains(&i) {
            part.push(i);
            used += n;
        }
    }
    parts.push(part);
    parts
}

/// The text of a row's cell `i` (none when the row is short).
fn cell(row: &[String], i: usize) -> &str {
    row.get(i).map_or("", String::as_str)
}

/// The widest word of a text, in characters.
fn longest_word(text: &str) -> usize {
    text.split_whitespace().map(|w| w.chars().count()).max().unwrap_or(0)
}

/// Lays out the columns of `table` so that it wraps between words, never inside one, where the
/// width allows: a column of single words (ids, file names) is as wide as its longest; the
/// others as wide as theirs as far as they fit, narrowest first, and at least [`NARROWEST`];
/// what is left goes to the columns whose text is longer than their width.
pub fn keep_words_whole(table: &mut Table) {
    let Some(width) = table.width().map(usize::from).filter(|w| *w >= 40) else { return };
    let count = table.column_count();
    let (mut longest, mut natural, mut single) = (vec![0; count], vec![0; count], vec![true; count]);
    for (r, row) in table.header().into_iter().chain(table.row_iter()).enumerate() {
        for (i, cell) in row.cell_iter().enumerate().take(count) {
            let text = cell.content();
            longest[i] = longest[i].max(longest_word(&text));
            natural[i] = natural[i].max(text.lines().map(|l| l.chars().count()).max().unwrap_or(0));
            // The header's words are not the column's values.
            single[i] &= r == 0 && table.header().is_some() || !text.trim().contains(char::is_whitespace);
        }
    }
    let mut widths: Vec<usize> =
        (0..count).map(|i| if single[i] { longest[i] } else { longest[i].min(NARROWEST) }.max(1)).collect();
    let mut left = width.saturating_sub(1 + FRAME * count).saturating_sub(widths.iter().sum());
    let mut others: Vec<usize> = (0..count).filter(|&i| !single[i]).collect();
    others.sort_by_key(|&i| longest[i]);
    for i in others {
        let more = longest[i].saturating_sub(widths[i]);
        if more <= left {
            widths[i] += more;
            left -= more;
        }
    }
    // The rest in turns, a character at a time, to the columns that would wrap.
    while left > 0 {
        let wanting: Vec<usize> = (0..count).filter(|&i| widths[i] < natural[i]).collect();
        if wanting.is_empty() {
            break;
        }
        for i in wanting.into_iter().take(left) {
            widths[i] += 1;
            left -= 1;
        }
    }
    for (i, w) in widths.into_iter().enumerate() {
        let w = u16::try_from(w + 2).unwrap_or(u16::MAX);
        if let Some(column) = table.column_mut(i) {
            column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(w)));
        }
    }
}

/// An empty Markdown table with `header`, never wrapped.
#[must_use]
pub fn markdown<S: Into<comfy_table::Cell>, const N: usize>(header: [S; N]) -> Table {
    let mut table = Table::new();
    table.load_style(presets::ASCII_MARKDOWN).set_content_arrangement(ContentArrangement::Disabled);
    table.set_header(header);
    table
}

/// A cell's text in Markdown: a `|` would end the cell, a line break the row, and a name must
/// not become HTML or Markdown (`escape::markdown_inline`).
#[must_use]
pub fn markdown_cell(text: &str) -> String {
    crate::escape::markdown_inline(text)
}
