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

/// How wide a column must be to keep its words whole.
#[derive(Clone, Copy)]
struct Measure {
    /// Its longest word.
    longest: usize,
    /// Its longest word a person copies: an id, a file name, a day like `2019-W43` (a word with
    /// `-`, `_`, `.`, `:` or `\` in it; not `/`, which Danish writes between words), never split.
    copied: usize,
    /// Its longest line.
    natural: usize,
    /// Whether every cell is one word (a column of ids or file names, whatever they look like).
    single: bool,
}

impl Default for Measure {
    fn default() -> Self {
        Measure { longest: 0, copied: 0, natural: 0, single: true }
    }
}

impl Measure {
    fn add(&mut self, text: &str, header: bool) {
        self.single &= header || !text.trim().contains(char::is_whitespace);
        for word in text.split_whitespace() {
            let n = word.chars().count();
            self.longest = self.longest.max(n);
            let word = word.trim_end_matches([',', ';', ')', '.']).trim_start_matches('(');
            if !header && word.chars().count() > 2 && word.contains(['-', '_', '.', ':', '\\']) {
                self.copied = self.copied.max(n);
            }
        }
        self.natural = self.natural.max(text.lines().map(|l| l.chars().count()).max().unwrap_or(0));
    }

    /// The least width it is given: its ids whole, its other words as far as [`NARROWEST`].
    fn least(self) -> usize {
        if self.single {
            return self.longest.max(1);
        }
        self.copied.max(self.longest.min(NARROWEST)).max(1)
    }
}

/// `header` and `rows` as a table fitted to the terminal (see [`keep_words_whole`]). When even
/// the columns at their least do not fit side by side, the row goes on in a table below, as
/// many columns in each as have room for their longest words, and each table after the first
/// begins with column `key` (the row's id or file).
#[must_use]
pub fn fitted(header: &[String], rows: &[Vec<String>], key: usize) -> String {
    let mut measures = vec![Measure::default(); header.len()];
    for (i, m) in measures.iter_mut().enumerate() {
        m.add(&header[i], true);
        for row in rows {
            m.add(cell(row, i), false);
        }
    }
    let least: usize = measures.iter().map(|m| m.least() + FRAME).sum();
    let need: Vec<usize> = measures.iter().map(|m| m.longest + FRAME).collect();
    let width = new::<&str, 0>([]).width().filter(|w| *w >= 40).map(usize::from);
    let parts = match width {
        Some(w) if 1 + least > w => parts(&need, key.min(header.len().saturating_sub(1)), w),
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

/// Lays out the columns of `table` so that it wraps between words, never inside an id, a file
/// name or a day, and inside no other word where the width allows: each column gets its least
/// ([`Measure::least`]); then, narrowest first, the others their longest word as far as they
/// fit; what is left goes, a character at a time, to the columns whose text would wrap.
pub fn keep_words_whole(table: &mut Table) {
    let Some(width) = table.width().map(usize::from).filter(|w| *w >= 40) else { return };
    let count = table.column_count();
    let mut measures = vec![Measure::default(); count];
    if let Some(header) = table.header() {
        for (m, cell) in measures.iter_mut().zip(header.cell_iter()) {
            m.add(&cell.content(), true);
        }
    }
    for row in table.row_iter() {
        for (m, cell) in measures.iter_mut().zip(row.cell_iter()) {
            m.add(&cell.content(), false);
        }
    }
    let mut widths: Vec<usize> = measures.iter().map(|m| m.least()).collect();
    let mut left = width.saturating_sub(1 + FRAME * count).saturating_sub(widths.iter().sum());
    let mut order: Vec<usize> = (0..count).collect();
    order.sort_by_key(|&i| measures[i].longest);
    for i in order {
        let more = measures[i].longest.saturating_sub(widths[i]);
        if more <= left {
            widths[i] += more;
            left -= more;
        }
    }
    while left > 0 {
        let wanting: Vec<usize> = (0..count).filter(|&i| widths[i] < measures[i].natural).collect();
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
