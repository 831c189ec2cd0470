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

use std::fmt::Write as _;

use std::collections::HashMap;
use std::sync::Arc;

use serde_json::{Map, Value};

use crate::i18n::Lang;
use crate::plan::{Duration, Plan, PlanDate, Timing};

/// An activity's dates as two cells: the one `date` (and nothing), or `start` and `end`.
#[must_use]
pub fn dates(timing: Option<&Timing>) -> (Value, Value) {
    match timing {
        Some(Timing::On(d)) => (d.value.to_string().into(), Value::Null),
        Some(Timing::Between { start, end }) => (start.value.to_string().into(), end.value.to_string().into()),
        None => (Value::Null, Value::Null),
    }
}

/// A column: its key in JSON and CSV, the message id of its header in the table, and how its
/// cells are shown to a person.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub key: &'static str,
    pub header: &'static str,
    pub shown: Shown,
}

/// How the cells of a column are shown in a table, Markdown or HTML (JSON and CSV show the
/// data): a person reads names, words and dates; the ids stay in the data, and in the tables
/// with `--ids`, for the reader who must type them.
#[derive(Debug, Clone, Copy)]
pub enum Shown {
    /// As the data says.
    AsIs,
    /// A word of the tool's own (`done`, `role`): the message id of each word it knows.
    Words(fn(&str) -> Option<&'static str>),
    /// A word of the plan format (`schools`, `go-live`): the message that chooses its words by
    /// `$word`, with any other word as itself.
    Choice(&'static str),
    /// A track of the plan (`schools`: "Skoleområdet"), or the short name of a followed plan
    /// (`kombit`: "Den nationale plan (KOMBIT)").
    Track,
    /// Dates of the plan, as the reader's language writes them.
    Dates,
    /// A course length (`2d`, `3-6h`), in words (`2 dage`, `3-6 timer`).
    Length,
    /// The row's own id: shown as the row's name (its `name` cell), when it has one.
    Own,
    /// Ids of the plan's entities (a unit, a list of roles): shown by their names.
    Names,
    /// Shown only with `--ids`: the name beside an [`Shown::Own`] id, or an id column.
    IdsOnly,
    /// Data for programs (JSON, CSV), never in a person's table: what the other cells already
    /// say in words.
    DataOnly,
    /// Dates by track (`{"schools": "2019-W43"}`): "Skoleområdet uge 43 2019".
    TrackDates,
}

/// Shorthand for a column list: the key and the message id of the header.
#[must_use]
pub const fn col(key: &'static str, header: &'static str) -> Column {
    Column { key, header, shown: Shown::AsIs }
}

impl Column {
    /// The same column, its cells words of the tool's own, put in the reader's language.
    #[must_use]
    pub const fn words(self, id: fn(&str) -> Option<&'static str>) -> Self {
        Column { shown: Shown::Words(id), ..self }
    }

    /// The same column, its cells dates of the plan.
    #[must_use]
    pub const fn dates(self) -> Self {
        Column { shown: Shown::Dates, ..self }
    }

    /// The same column, its cells words of the plan format put in words by `message`.
    #[must_use]
    pub const fn choice(self, message: &'static str) -> Self {
        Column { shown: Shown::Choice(message), ..self }
    }

    /// The same column, its cells tracks, or the short names of followed plans.
    #[must_use]
    pub const fn track(self) -> Self {
        Column { shown: Shown::Track, ..self }
    }

    /// The same column, its cells course lengths.
    #[must_use]
    pub const fn length(self) -> Self {
        Column { shown: Shown::Length, ..self }
    }

    /// The same column, the row's own id, shown as its name.
    #[must_use]
    pub const fn own(self) -> Self {
        Column { shown: Shown::Own, ..self }
    }

    /// The same column, its cells ids of entities, shown as their names.
    #[must_use]
    pub const fn names(self) -> Self {
        Column { shown: Shown::Names, ..self }
    }

    /// The same column, for programs only.
    #[must_use]
    pub const fn data_only(self) -> Self {
        Column { shown: Shown::DataOnly, ..self }
    }

    /// The same column, its cells dates by track.
    #[must_use]
    pub const fn track_dates(self) -> Self {
        Column { shown: Shown::TrackDates, ..self }
    }

    /// The same column, shown only with `--ids`.
    #[must_use]
    pub const fn ids_only(self) -> Self {
        Column { shown: Shown::IdsOnly, ..self }
    }

    /// A cell of this column as a person reads it in `lang`, with no names to look ids up in.
    #[must_use]
    pub fn show(&self, v: &Value, lang: Lang) -> String {
        self.show_with(v, lang, &HashMap::new())
    }

    /// A cell as a person reads it in `lang`, ids put as the names `names` gives them.
    fn show_with(&self, v: &Value, lang: Lang, names: &HashMap<String, String>) -> String {
        match (self.shown, v) {
            (_, Value::Bool(yes)) => lang.text(if *yes { "cell-yes" } else { "cell-no" }),
            (_, v @ Value::Number(_)) => csv_excel::number(v, lang),
            (Shown::Words(id), Value::String(s)) => id(s).map_or_else(|| s.clone(), |id| lang.text(id)),
            (Shown::Choice(message), Value::String(s)) => lang.text_with(message, &[("word", s.as_str().into())]),
            (Shown::Track, Value::String(s)) => {
                names.get(&format!("{s}:")).cloned().unwrap_or_else(|| crate::i18n::track(s).in_lang(lang).into_owned())
            }
            (Shown::Dates, Value::String(s)) => PlanDate::parse(s).map_or_else(|_| s.clone(), |d| lang.date(d)),
            (Shown::Length, Value::String(s)) => {
                Duration::parse(s).map_or_else(|| s.clone(), |d| crate::i18n::length(d).in_lang(lang).into_owned())
            }
            // A path of ids (`a → b`), as `show support` writes one.
            (Shown::Names, Value::String(s)) if s.contains(" → ") => {
                s.split(" → ").map(|id| names.get(id).map_or(id, String::as_str)).collect::<Vec<_>>().join(" → ")
            }
            (Shown::Names, Value::String(s)) => names.get(s).cloned().unwrap_or_else(|| s.clone()),
            (Shown::Names, Value::Array(list)) => {
                list.iter().map(|x| self.show_with(x, lang, names)).collect::<Vec<_>>().join(", ")
            }
            (Shown::TrackDates, Value::Object(map)) => map
                .iter()
                .map(|(track, v)| {
                    let day = col("", "").dates().show_with(v, lang, names);
                    let track = col("", "").track().show_with(&Value::from(track.as_str()), lang, names);
                    format!("{track} {day}")
                })
                .collect::<Vec<_>>()
                .join("; "),
            (Shown::Names, Value::Object(map)) => map
                .iter()
                .map(|(id, v)| format!("{} {}", names.get(id).map_or(id.as_str(), String::as_str), text(v)))
                .collect::<Vec<_>>()
                .join(", "),
            _ => text(v),
        }
    }
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
            names.insert(id.value.clone(), name.to_owned());
        }
    }
    names
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

    /// The columns a person sees, by index: all but the ones shown only with `--ids`.
    #[must_use]
    pub fn visible(&self) -> Vec<usize> {
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
        Value::Object(map) => map.iter().map(|(k, v)| format!("{k} {}", text(v))).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

fn table(report: &View) -> String {
    let bold = anstyle::Style::new().bold();
    let mut t = crate::table::new::<&str, 0>([]);
    t.set_header(report.headers());
    for row in &report.rows {
        let mut cells: Vec<String> = report.shown(row).iter().map(|c| crate::escape::visible(c).into_owned()).collect();
        if let Some(first) = cells.first_mut() {
            first.insert_str(0, &row.glyphs);
        }
        t.add_row(cells);
    }
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
}
