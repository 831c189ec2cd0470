//! Tables: one look for every table the tool prints at the terminal, and one for Markdown
//! (comfy-table both).

use comfy_table::{ContentArrangement, Table, presets};

/// An empty table with `header`, fitted to the terminal's width when there is one.
#[must_use]
pub fn new<S: Into<comfy_table::Cell>, const N: usize>(header: [S; N]) -> Table {
    let mut table = Table::new();
    table.load_style(presets::UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
    // A terminal that reports a silly width (some pseudo-terminals say 0) would squeeze every
    // cell to a letter: print at full width then, as when writing to a file.
    if table.width().is_some_and(|w| w < 40) {
        table.set_content_arrangement(ContentArrangement::Disabled);
    }
    table.set_header(header);
    table
}

/// The terminal's width in columns, when output goes to one.
#[must_use]
pub fn terminal_width() -> Option<usize> {
    Table::new().width().map(usize::from)
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
