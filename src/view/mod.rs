//! The reports people look at every week: the organisation, roles, people, trainings, the
//! cascade, the timeline, support lines, quota allocation and the resource estimate.
//!
//! Each view builds a [`View`] — a title, named columns and rows of typed values, and lines
//! to print after the table — and one renderer prints any report as a table fitted to the
//! terminal, JSON, CSV, CSV as Danish Excel opens it, or Markdown. The texts of every view are
//! in `i18n/*/reports.ftl`: the title, the notes and the headers in the reader's language; the
//! data (JSON's and CSV's keys and values) the same in both.

pub mod allocate;
pub mod cascade;
mod column;
pub mod csv_excel;
pub mod estimate;
pub mod org;
pub mod overview;
pub mod people;
pub mod roles;
pub mod status;
pub mod support;
pub mod timeline;
pub mod training;
pub mod verdict;

pub use column::{Column, Shown, col};

use compact_str::CompactString;
use std::fmt::Write as _;

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::{Map, Value};

use crate::i18n::Lang;
use crate::plan::{Plan, PlanDate, Timing};

/// An activity's dates as two cells: the one `date` (and nothing), or `start` and `end`.
#[must_use]
pub fn dates(timing: Option<&Timing>) -> (Value, Value) {
    match timing {
        Some(Timing::On(d)) => (date_cell(&d.value), Value::Null),
        Some(Timing::Between { start, end }) => (date_cell(&start.value), date_cell(&end.value)),
        None => (Value::Null, Value::Null),
    }
}

/// The columns of the plan's own grouping of its activities — its parts and its kinds of task
/// (`[[part]]`, `[[category]]`) — when it has any, to put beside the activities of a view.
#[must_use]
pub fn grouping_columns(plan: &Plan) -> Vec<Column> {
    let mut out = Vec::new();
    if !plan.parts.is_empty() {
        out.push(col("part", "col-part").names());
    }
    if !plan.categories.is_empty() {
        out.push(col("category", "col-category").names());
    }
    out
}

/// An activity's cells of [`grouping_columns`].
#[must_use]
pub fn grouping_cells(plan: &Plan, a: &crate::plan::Activity<'_>) -> Vec<Value> {
    let cell = |v: Option<&crate::span::Spanned<CompactString>>| v.map_or(Value::Null, |v| v.value.as_str().into());
    let mut out = Vec::new();
    if !plan.parts.is_empty() {
        out.push(cell(a.part));
    }
    if !plan.categories.is_empty() {
        out.push(cell(a.category));
    }
    out
}

/// The message id of an activity's recorded status as the format writes it (`planned`,
/// `done`, `cancelled`).
#[must_use]
pub fn status_message(word: &str) -> Option<&'static str> {
    match word {
        "planned" => Some("state-planned"),
        "done" => Some("state-done"),
        "cancelled" => Some("state-cancelled"),
        _ => None,
    }
}

/// A date as a cell: for JSON, as the format writes it with its form and the earliest and
/// latest day it may be ([`PlanDate`]'s `Serialize`); CSV takes the form as written
/// ([`text`]), a person's table the words ([`Shown::Dates`]).
#[must_use]
pub fn date_cell(date: &PlanDate) -> Value {
    serde_json::to_value(date).unwrap_or(Value::Null)
}

/// The message id of an entity kind's noun (`role`), or of `unknown`.
#[must_use]
pub fn kind_word(noun: &str) -> Option<&'static str> {
    Some(match noun {
        "unit" => "kind-unit",
        "role" => "kind-role",
        "person" => "kind-person",
        "training" => "kind-training",
        "phase" => "kind-phase",
        "unknown" => "cell-unknown",
        _ => return None,
    })
}

/// The views of a whole plan, as a document or a workbook shows them: the organisation,
/// roles, people, trainings, the cascade, the timeline (its text chart `chart_width` wide) and
/// the support lines.
#[must_use]
pub fn of_plan(plan: &Plan, chart_width: usize, lang: Lang) -> Vec<View> {
    vec![
        org::report(plan, lang),
        roles::report(plan, lang),
        people::report(plan, lang),
        training::report(plan, lang),
        cascade::report(plan, lang),
        timeline::report(plan, chart_width, lang),
        support::report(plan, None, lang),
    ]
}

/// What a person calls each id of `plan`: its units, roles, people, trainings and phases by
/// their names (those that have one).
#[must_use]
pub fn names(plan: &Plan) -> HashMap<String, String> {
    let mut names: HashMap<String, String> = HashMap::new();
    for (r, id) in plan.entities() {
        if let Some(name) = plan.name_of(r) {
            names.insert(id.value.to_string(), name.to_owned());
        }
    }
    names
}

/// `text` with each `` `id` `` that has a name put as the name in quotes («…»), and other code
/// in plain quotes.
#[must_use]
pub fn named<S: std::hash::BuildHasher>(text: &str, names: &HashMap<String, String, S>) -> String {
    let mut out = String::with_capacity(text.len());
    for (i, part) in text.split('`').enumerate() {
        match names.get(part) {
            Some(name) if i % 2 == 1 => {
                out.push('«');
                out.push_str(name);
                out.push('»');
            }
            // Code that is no name (a key, a value) in quotes: the page shows no Markdown.
            _ if i % 2 == 1 => {
                out.push('"');
                out.push_str(part);
                out.push('"');
            }
            _ => out.push_str(part),
        }
    }
    out
}

/// One row: a value for each column, and for trees the depth and the glyphs that draw it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub cells: Vec<Value>,
    /// Depth in a tree (0 at the top); `None` for flat reports.
    pub depth: Option<usize>,
    /// Tree glyphs put before the first cell in a table (`├─ `, `│  └─ `).
    pub glyphs: String,
}

impl Row {
    #[must_use]
    pub fn new(cells: Vec<Value>) -> Self {
        Self { cells, depth: None, glyphs: String::new() }
    }
}

/// What a view shows, in the language it was made for.
#[derive(Debug, Clone)]
pub struct View {
    pub lang: Lang,
    pub title: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// Lines after the table: notes, a text Gantt chart. In JSON under `notes`.
    pub notes: Vec<String>,
    /// Text shown only at the terminal (the Gantt chart), not in JSON or CSV.
    pub picture: Option<String>,
    /// The names of the plan's entities and tracks by id, for a person's formats.
    pub names: Arc<HashMap<String, String>>,
    /// Show ids beside names (`--ids`): for the reader who types them in a command.
    pub ids: bool,
}

impl View {
    #[must_use]
    pub fn new(lang: Lang, title: impl Into<String>, columns: &[Column]) -> Self {
        Self {
            lang,
            title: title.into(),
            columns: columns.to_vec(),
            rows: Vec::new(),
            notes: Vec::new(),
            picture: None,
            names: Arc::default(),
            ids: false,
        }
    }

    /// The same report, naming the entities of `plan` (and the well-known tracks) by name.
    #[must_use]
    pub fn naming(mut self, plan: &Plan) -> Self {
        self.names = Arc::new(names(plan));
        self
    }

    /// The same report, naming also the activities of followed plans that `plan` waits for
    /// (`kombit:wave-15-rollout`), and those plans (under `kombit:`).
    #[must_use]
    pub fn naming_national(mut self, national: &[crate::follow::Wait]) -> Self {
        let names = Arc::make_mut(&mut self.names);
        for w in national {
            if let Some(name) = &w.name {
                names.insert(w.id.clone(), name.clone());
            }
            if let (Some(called), Some((alias, _))) = (&w.plan_called, crate::plan::qualified(&w.id)) {
                let text = crate::follow::national_plan(called).in_lang(self.lang).into_owned();
                names.insert(format!("{alias}:"), text);
            }
        }
        self
    }

    /// The columns a person sees, by index: all but the ones shown only with `--ids`, and
    /// those kept for data and workbooks.
    #[must_use]
    pub fn visible(&self) -> Vec<usize> {
        self.shown_in_sheets().into_iter().filter(|&i| self.columns[i].in_tables).collect()
    }

    /// The columns a workbook shows: those a person sees in a table, and those kept for data
    /// and workbooks ([`Column::sheets_only`]).
    #[must_use]
    pub fn shown_in_sheets(&self) -> Vec<usize> {
        (0..self.columns.len())
            .filter(|&i| match self.columns[i].shown {
                Shown::IdsOnly => self.ids,
                Shown::DataOnly => false,
                _ => true,
            })
            .collect()
    }

    /// The cell of column `i` of `row` as a person reads it.
    #[must_use]
    pub fn cell(&self, row: &Row, i: usize) -> String {
        let (Some(c), Some(v)) = (self.columns.get(i), row.cells.get(i)) else { return String::new() };
        match c.shown {
            _ if self.ids && matches!(c.shown, Shown::Own | Shown::Names) => text(v),
            Shown::Own => {
                let name = self.columns.iter().position(|c| c.key == "name").and_then(|n| row.cells.get(n));
                match name {
                    Some(Value::String(name)) if !name.is_empty() => name.clone(),
                    _ => text(v),
                }
            }
            _ => c.show_with(v, self.lang, &self.names),
        }
    }

    /// The headers of the columns a person sees.
    #[must_use]
    pub fn headers(&self) -> Vec<String> {
        self.visible().into_iter().map(|i| self.lang.text(self.columns[i].header)).collect()
    }

    /// Adds a note after the table.
    pub fn note(&mut self, note: impl Into<String>) {
        self.notes.push(note.into());
    }

    /// The cells of a row as a person reads them, in the columns a person sees.
    #[must_use]
    pub fn shown(&self, row: &Row) -> Vec<String> {
        self.visible().into_iter().map(|i| self.cell(row, i)).collect()
    }

    pub fn row(&mut self, cells: Vec<Value>) {
        debug_assert_eq!(cells.len(), self.columns.len());
        self.rows.push(Row::new(cells));
    }
}

/// The output formats every report takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// A table fitted to the terminal.
    Table,
    Json,
    /// RFC 4180: commas, UTF-8.
    Csv,
    /// Semicolons, a byte-order mark and CRLF: what Excel set up for Danish opens as it is,
    /// æ, ø and å included.
    CsvExcel,
    /// A heading and a table, for the intranet or a pull request.
    Markdown,
}

/// Renders a report in a format.
#[must_use]
pub fn render(report: &View, format: Format) -> String {
    match format {
        Format::Table => table(report),
        Format::Json => json(report),
        Format::Csv => csv(report),
        Format::CsvExcel => csv_excel::render(report),
        Format::Markdown => markdown(report, 2),
    }
}

/// A value as a cell's text: lists joined with commas, nothing for null.
#[must_use]
pub fn text(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(true) => "yes".into(),
        Value::Bool(false) => "no".into(),
        Value::Array(list) => list.iter().map(text).collect::<Vec<_>>().join(", "),
        // A date: as the format writes it.
        Value::Object(map) if map.contains_key("written") && map.contains_key("form") => text(&map["written"]),
        Value::Object(map) => map.iter().map(|(k, v)| format!("{k} {}", text(v))).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

fn table(report: &View) -> String {
    let bold = anstyle::Style::new().bold();
    let mut rows = Vec::with_capacity(report.rows.len());
    for row in &report.rows {
        let mut cells: Vec<String> = report.shown(row).iter().map(|c| crate::escape::visible(c).into_owned()).collect();
        if let Some(first) = cells.first_mut() {
            first.insert_str(0, &row.glyphs);
        }
        rows.push(cells);
    }
    // A row too wide for the terminal goes on under its id (or file), as the reader finds it.
    let visible = report.visible();
    let key = visible.iter().position(|&i| matches!(report.columns[i].key, "id" | "file")).unwrap_or(0);
    let t = crate::table::fitted(&report.headers(), &rows, key);
    let mut out = format!("{bold}{}{bold:#}\n", crate::escape::visible(&report.title));
    if report.rows.is_empty() {
        let _ = writeln!(out, "{}", report.lang.text("report-nothing"));
    } else {
        let _ = writeln!(out, "{t}");
    }
    if let Some(picture) = &report.picture {
        let _ = write!(out, "\n{}", crate::escape::visible(picture));
    }
    for n in &report.notes {
        let _ = writeln!(out, "{}", crate::escape::visible(n));
    }
    out
}

/// A report as Markdown under a heading of `level` (`##` for 2): the table, the notes as
/// paragraphs, and the picture (a text Gantt chart) as a code block.
#[must_use]
pub fn markdown(report: &View, level: usize) -> String {
    let mut out = format!("{} {}\n\n", "#".repeat(level.max(1)), crate::escape::markdown_inline(&report.title));
    if report.rows.is_empty() {
        let _ = writeln!(out, "{}", report.lang.text("report-nothing"));
    } else {
        let mut t = crate::table::markdown::<&str, 0>([]);
        t.set_header(report.headers());
        for row in &report.rows {
            let mut cells: Vec<String> =
                report.shown(row).iter().map(|cell| crate::table::markdown_cell(cell)).collect();
            if let Some(first) = cells.first_mut() {
                // Markdown drops leading spaces in a cell; no-break spaces keep a tree's shape.
                first.insert_str(0, &row.glyphs.replace(' ', "\u{a0}"));
            }
            t.add_row(cells);
        }
        let _ = writeln!(out, "{t}");
    }
    if let Some(picture) = &report.picture {
        let picture = crate::escape::visible(picture);
        let fence = crate::escape::markdown_fence(&picture);
        let _ = write!(out, "\n{fence}text\n{picture}{fence}\n");
    }
    for n in &report.notes {
        let _ = write!(out, "\n{}\n", crate::escape::markdown(n));
    }
    out
}

fn json(report: &View) -> String {
    let rows: Vec<Value> = report
        .rows
        .iter()
        .map(|r| {
            let mut m = Map::new();
            if let Some(d) = r.depth {
                m.insert("depth".into(), d.into());
            }
            for (c, v) in report.columns.iter().zip(&r.cells) {
                m.insert(c.key.into(), v.clone());
            }
            Value::Object(m)
        })
        .collect();
    let doc = serde_json::json!({ "title": report.title, "rows": rows, "notes": report.notes });
    // A value built from strings and numbers always serialises.
    serde_json::to_string_pretty(&doc).unwrap_or_default() + "\n"
}

/// The data as CSV: the columns' keys, the cells' values (for Excel see [`csv_excel`]).
fn csv(report: &View) -> String {
    let tree = report.rows.iter().any(|r| r.depth.is_some());
    let mut header: Vec<&str> = report.columns.iter().map(|c| c.key).collect();
    if tree {
        header.insert(0, "depth");
    }
    let rows = report.rows.iter().map(|r| {
        let mut cells: Vec<String> = r.cells.iter().map(text).collect();
        if tree {
            cells.insert(0, r.depth.unwrap_or(0).to_string());
        }
        cells
    });
    csv_text(&header, rows, false)
}

/// A CSV file: RFC 4180 with commas; or, for Excel set up for Danish, semicolons, a byte-order
/// mark and CRLF.
///
/// Every CSV the tool writes is written here: no cell can start a formula, nor carry a control
/// character (`escape::csv_cell`).
pub fn csv_text(header: &[&str], rows: impl IntoIterator<Item = Vec<String>>, excel: bool) -> String {
    let mut w = ::csv::WriterBuilder::new()
        .delimiter(if excel { b';' } else { b',' })
        .terminator(if excel { ::csv::Terminator::CRLF } else { ::csv::Terminator::Any(b'\n') })
        .flexible(true)
        .from_writer(Vec::new());
    // Writing into memory cannot fail.
    let _ = w.write_record(header);
    for cells in rows {
        let _ = w.write_record(cells.iter().map(|c| {
            // For Excel, text it would read as a date stays text (a constant, never user text
            // as a formula: the cell is digits and separators).
            if excel && csv_excel::would_convert(c) {
                csv_excel::as_text(c)
            } else {
                crate::escape::csv_cell(c).into_owned()
            }
        }));
    }
    let bytes = w.into_inner().unwrap_or_default();
    let body = String::from_utf8(bytes).unwrap_or_default();
    if excel { format!("\u{feff}{body}") } else { body }
}

/// How many levels of a tree are drawn with lines; deeper rows show their depth instead.
pub const DRAWN_DEPTH: usize = 24;

/// Draws a tree: for rows given as (depth, is the last child), the glyphs before each name.
#[must_use]
///
/// A row deeper than [`DRAWN_DEPTH`] levels is drawn as `⋯ 40 └─ ` (its depth, in place of
/// the lines above it): a tree tens of thousands of levels deep would otherwise make the
/// output grow with the square of its depth.
pub fn tree_glyphs(shape: &[(usize, bool)]) -> Vec<String> {
    let mut open: Vec<bool> = Vec::new(); // for each depth above: does a sibling follow?
    let mut out = Vec::with_capacity(shape.len());
    for &(depth, last) in shape {
        open.truncate(depth);
        let mut g = String::new();
        if depth > DRAWN_DEPTH {
            let _ = write!(g, "⋯ {depth} ");
        } else {
            for &more in open.iter().skip(1) {
                g.push_str(if more { "│  " } else { "   " });
            }
        }
        if depth > 0 {
            g.push_str(if last { "└─ " } else { "├─ " });
        }
        while open.len() < depth {
            open.push(false);
        }
        open.push(!last);
        out.push(g);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_very_deep_tree_is_drawn_in_linear_space() {
        let chain: Vec<(usize, bool)> = (0..100_000).map(|d| (d, true)).collect();
        let glyphs = tree_glyphs(&chain);
        assert_eq!(glyphs[2], "   └─ ");
        assert_eq!(glyphs[DRAWN_DEPTH + 1], format!("⋯ {} └─ ", DRAWN_DEPTH + 1));
        assert!(glyphs.iter().all(|g| g.len() <= 3 * DRAWN_DEPTH * 3 + 8), "bounded");
    }

    #[test]
    fn trees_are_drawn_with_the_usual_glyphs() {
        // a
        // ├─ b
        // │  └─ c
        // └─ d
        //    └─ e
        let g = tree_glyphs(&[(0, true), (1, false), (2, true), (1, true), (2, true)]);
        assert_eq!(g, ["", "├─ ", "│  └─ ", "└─ ", "   └─ "]);
    }

    #[test]
    fn csv_quotes_what_needs_it_and_excel_gets_semicolons_and_a_bom() {
        let mut r = View::new(Lang::En, "t", &[col("name", "col-name"), col("n", "col-seats")]);
        r.row(vec!["Børn, unge".into(), 3.into()]);
        assert_eq!(render(&r, Format::Csv), "name,n\n\"Børn, unge\",3\n");
        // For Excel, the headers a person reads.
        assert_eq!(render(&r, Format::CsvExcel), "\u{feff}name;seats\r\nBørn, unge;3\r\n");
    }

    #[test]
    fn ids_in_a_sentence_become_names_and_other_code_quotes() {
        let names = HashMap::from([("school-leaders".to_owned(), "Ledelse, skoler".to_owned())]);
        assert_eq!(named("`school-leaders` slutter før `start`", &names), "«Ledelse, skoler» slutter før \"start\"");
        assert_eq!(named("no code", &names), "no code");
    }
}
