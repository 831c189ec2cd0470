//! Reading a plan file: TOML text → [`Plan`], with every mistake in the file as a finding.
//!
//! The file is parsed once into a light tree ([`tree`]) that keeps the span of every key and
//! value. The tree is then walked by hand rather than through serde, so that one run reports
//! *all* schema mistakes (serde stops at the first) and every value keeps its place in the
//! file. Edits (`shift`, `allocate`) splice the text at those spans (`crate::edit`), so that
//! nothing else of the file changes.

mod early;
mod entities;
mod slips;
mod tree;
mod values;

use crate::diagnostic::{Finding, Text, closest};
use crate::plan::{History, Plan};
use crate::rules::format::{self, Shape};
use crate::span::Span;
use crate::spec::{self, MOST_KEYS, TableSpec};

use self::tree::{Form, Node, TomlValue};

/// The result of loading: the plan (absent when the file cannot be read as format 1) and the
/// findings met on the way.
#[derive(Debug)]
pub struct Loaded {
    pub plan: Option<Plan>,
    pub findings: Vec<Finding>,
}

/// Loads a plan from raw bytes: not UTF-8 is a `parse-error`, like a TOML syntax error.
#[must_use]
pub fn load_bytes(bytes: &[u8]) -> (String, Loaded) {
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_owned(), load(text)),
        Err(e) => {
            let at = e.valid_up_to();
            let text = String::from_utf8_lossy(bytes).into_owned();
            // The lossy text has U+FFFD (3 bytes) where the bad byte was: point at it there.
            let finding = format::not_utf8(Span::new(at, at + 3));
            (text, Loaded { plan: None, findings: vec![finding] })
        }
    }
}

/// [`load_bytes`], taking the bytes: text that is UTF-8 becomes the plan's source where it
/// lies, rather than a copy of the file beside the file.
#[must_use]
pub fn load_owned(bytes: Vec<u8>) -> (String, Loaded) {
    match String::from_utf8(bytes) {
        Ok(text) => {
            let loaded = load(&text);
            (text, loaded)
        }
        Err(e) => load_bytes(e.as_bytes()),
    }
}

/// Loads a plan from its text.
#[must_use]
pub fn load(source: &str) -> Loaded {
    let mut reader = Reader::new(source);
    let mut early = early::Early::for_source(source);
    let parsed = tree::parse_streaming(source, early::LISTS, &mut |key, node| reader.early(key, &node, &mut early));
    let doc = match parsed {
        Ok(doc) => doc,
        Err(errors) => {
            let findings = slips::findings(source, errors);
            return Loaded { plan: None, findings };
        }
    };
    let plan = reader.plan(doc, early);
    Loaded { plan, findings: reader.findings }
}

/// A table being read: its keys, where it stands, and how to name it in messages.
#[derive(Clone, Copy)]
struct Table<'a, 'i> {
    t: &'a tree::Table<'i>,
    span: Span,
    name: &'static str,
    /// Once [`Reader::fields`] has sorted the table's entries: the keys format 1 allows here,
    /// and the value of each (or none), so that reading a key is no search of the table.
    spec: Option<&'static TableSpec>,
    values: [Option<&'a Node<'i>>; MOST_KEYS],
}

impl<'a, 'i> Table<'a, 'i> {
    fn new(t: &'a tree::Table<'i>, span: Span, name: &'static str) -> Self {
        Self { t, span, name, spec: None, values: [None; MOST_KEYS] }
    }

    fn get(&self, key: &str) -> Option<&'a Node<'i>> {
        let Some(spec) = self.spec else { return self.t.get(key).map(|e| &e.node) };
        let slot = spec.keys.iter().position(|k| k.name == key);
        debug_assert!(slot.is_some(), "`{key}` is read but not listed for {}", self.name);
        self.values[slot?]
    }

    /// Whether the format requires `key` here.
    fn requires(&self, key: &str) -> bool {
        self.spec.is_some_and(|s| s.requires(key))
    }

    fn key_span(&self, key: &str) -> Span {
        self.t.get(key).map_or(self.span, |e| e.key_span)
    }

    /// The keys in the order the file has them (the tree's order, except that a table defined
    /// after a header below it, `[a.b]` before `[a]`, comes after its siblings).
    fn keys_in_file_order(&self) -> Vec<(&'a str, Span)> {
        let mut keys: Vec<(&str, Span)> = self.t.entries.iter().map(|e| (e.key.as_ref(), e.key_span)).collect();
        keys.sort_by_key(|(_, span)| *span);
        keys
    }
}

/// How the file writes `revision`, for `shift` to add one without parsing the file again.
fn history(node: &Node) -> History {
    /// The furthest byte a value reaches, its keys and nested tables included.
    fn furthest(node: &Node) -> usize {
        match &node.value {
            TomlValue::Table(t) => {
                t.entries.iter().fold(node.span.end(), |end, e| end.max(e.key_span.end()).max(furthest(&e.node)))
            }
            TomlValue::Array(a) => a.items.iter().map(furthest).fold(node.span.end(), usize::max),
            _ => node.span.end(),
        }
    }
    match &node.value {
        TomlValue::Array(a) if a.of_tables => History::Tables { end: a.items.last().map_or(node.span.end(), furthest) },
        TomlValue::Array(a) => History::Inline { span: node.span, last_end: a.items.last().map(|n| n.span.end()) },
        _ => History::Other { span: node.span },
    }
}

/// How each place a date stands in may use it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DateSlot {
    /// `start` of an activity or period.
    Start,
    /// `end` of an activity: `"open"` allowed.
    End,
    /// `date` of a one-day activity, or `end` of a closed period.
    On,
}

struct Reader<'i> {
    source: &'i str,
    /// Every mistake met so far, in the order met.
    findings: Vec<Finding>,
    /// Keys that an unknown key of a table (by its span) was probably meant to be: a missing
    /// required key among them is not reported again, as the misspelling already was.
    misspelt: Vec<(Span, &'static str)>,
    /// Ids refused as invalid (reported once, as `schema`), whose uses are not reported again.
    rejected_ids: Vec<String>,
    /// Whether part of a training, or a table that may be one, was not read (an unknown or a
    /// missing key): who is taught is then not known in full.
    trainings_unread: bool,
}

impl<'i> Reader<'i> {
    /// A reader of `source` that has met no mistake yet.
    const fn new(source: &'i str) -> Self {
        Self { source, findings: Vec::new(), misspelt: Vec::new(), rejected_ids: Vec::new(), trainings_unread: false }
    }
}

impl<'i> Reader<'i> {
    fn push(&mut self, f: Finding) {
        self.findings.push(f);
    }

    /// The text of a value as the file has it, for messages.
    fn text(&self, item: &Node) -> &'i str {
        self.source.get(item.span.range()).unwrap_or_default().trim()
    }

    /// A name for the kind of value an item holds, for "expected X, found Y". The parser does
    /// not say whether a table was written inline or whether an array came from `[[key]]`
    /// headers, so the text at the value's place tells.
    fn shape(item: &Node) -> Shape {
        match &item.value {
            TomlValue::String(_) => Shape::String,
            TomlValue::Integer(_) => Shape::Integer,
            TomlValue::Float => Shape::Decimal,
            TomlValue::Boolean(_) => Shape::Boolean,
            TomlValue::Datetime(d) => match (d.date, d.time) {
                (Some(_), None) => Shape::Date,
                (None, Some(_)) => Shape::Time,
                _ => Shape::DateTime,
            },
            TomlValue::Array(a) if a.of_tables => Shape::ArrayOfTables,
            TomlValue::Array(_) => Shape::Array,
            TomlValue::Table(t) if t.form == Form::Inline => Shape::InlineTable,
            TomlValue::Table(_) => Shape::Table,
        }
    }

    fn wrong_type(key: &str, span: Span, expected: Shape, item: &Node) -> Finding {
        format::wrong_type(key, span, expected, Self::shape(item).text())
    }

    fn push_wrong_type(&mut self, key: &str, span: Span, expected: Shape, item: &Node) {
        let f = Self::wrong_type(key, span, expected, item);
        self.push(f);
    }

    /// Where to point for a table as a whole: its `[header]` line, or the key of an inline
    /// table (the parser gives an implicit or dotted table its key's span already).
    fn table_span(item: &Node, key_span: Span) -> Span {
        if matches!(&item.value, TomlValue::Table(t) if t.form == Form::Inline) { key_span } else { item.span }
    }

    fn plan(&mut self, mut root: tree::Table<'i>, early: early::Early) -> Option<Plan> {
        if root.is_empty() {
            self.push(format::empty_file());
            return None;
        }
        let top = Table::new(&root, Span::default(), crate::spec::TOP.name);
        if !self.format(&top) {
            return None;
        }
        let top = self.fields(&top, &spec::TOP);
        if top.get("plan").is_none() {
            self.push(format::missing_plan());
        }
        let mut plan = Plan::default();
        if let Some(t) = self.table(&top, "plan", "[plan]") {
            plan.meta = self.meta(&t);
        }
        if let Some(t) = self.table(&top, "estimate", "[estimate]") {
            plan.estimate = Some(self.estimate(&t));
        }
        if let Some(t) = self.table(&top, "calendar", "[calendar]") {
            plan.calendar = self.calendar(&t);
        }
        if let Some(t) = self.table(&top, "lints", "[lints]") {
            plan.lints = self.lints(&t);
        }
        if let Some(t) = self.table(&top, "follows", "[follows]") {
            plan.follows = self.follows(&t);
        }
        // The long lists were read while the file was parsed (`early`); what is left of them
        // in the parsed file is read here, one table at a time, each dropped once read.
        plan.units = self.list_with(&mut root, &spec::UNIT, Self::unit, early.units);
        plan.roles = self.list_with(&mut root, &spec::ROLE, Self::role, early.roles);
        plan.people = self.list_with(&mut root, &spec::PERSON, Self::person, early.people);
        plan.trainings = self.list_with(&mut root, &spec::TRAINING, Self::training, early.trainings);
        plan.phases = self.list_with(&mut root, &spec::PHASE, Self::phase, early.phases);
        plan.categories = self.list_with(&mut root, &spec::CATEGORY, Self::category, early.categories);
        plan.parts = self.list_with(&mut root, &spec::PART, Self::part, early.parts);
        plan.readings = self.list_with(&mut root, &spec::READING, |r, t| Some(r.reading(t)), early.readings);
        plan.history = root.get("revision").map_or(History::None, |e| history(&e.node));
        plan.revisions = self.list(&mut root, &spec::REVISION, |r, t| Some(r.revision(t)));
        drop(root);
        plan.rejected_ids = std::mem::take(&mut self.rejected_ids);
        plan.trainings_unread = self.trainings_unread;
        plan.index_ids();
        plan.resolve_ties();
        Some(plan)
    }

    /// Checks `format`; false when the file is of a format this build does not read.
    fn format(&mut self, top: &Table<'_, 'i>) -> bool {
        let Some(item) = top.get("format") else {
            self.push(format::format_missing(Span::default()));
            return true;
        };
        let span = item.span;
        match &item.value {
            TomlValue::Integer(i) if *i == format::SUPPORTED => true,
            TomlValue::String(s) if s.trim() == format::SUPPORTED.to_string() => {
                self.push(format::format_quoted(span));
                true
            }
            _ => {
                // A value is shown as written; a `[format]` table or `[[format]]` list by its kind.
                let shown = match Self::shape(item) {
                    kind @ (Shape::Table | Shape::ArrayOfTables) => kind.text().into(),
                    _ => self.text(item).into(),
                };
                self.push(format::format_unknown(span, shown));
                false
            }
        }
    }

    /// Goes through a table's entries once: each allowed key's value is put in its place, and
    /// each other key is reported as unknown (with the allowed key it was probably meant to be).
    fn fields<'a>(&mut self, t: &Table<'a, 'i>, spec: &'static TableSpec) -> Table<'a, 'i> {
        let mut read = Table { spec: Some(spec), ..*t };
        for entry in &t.t.entries {
            let name = entry.key.as_ref();
            if let Some(slot) = spec.keys.iter().position(|k| k.name == name) {
                read.values[slot] = Some(&entry.node);
                continue;
            }
            let suggestion =
                closest(name, spec.names()).or_else(|| crate::i18n::Lang::english_for_danish(name, spec.names()));
            if let Some(meant) = suggestion {
                self.misspelt.push((t.span, meant));
            }
            if t.name == "[[training]]" || t.name == crate::spec::TOP.name {
                self.trainings_unread = true;
            }
            self.push(format::unknown_key(name, entry.key_span, t.name, suggestion));
        }
        read
    }

    /// A sub-table (`[plan]`, or an inline table).
    fn table<'a>(&mut self, parent: &Table<'a, 'i>, key: &str, name: &'static str) -> Option<Table<'a, 'i>> {
        let item = parent.get(key)?;
        if let TomlValue::Table(t) = &item.value {
            Some(Table::new(t, Self::table_span(item, parent.key_span(key)), name))
        } else {
            self.push_wrong_type(key, item.span, Shape::Table, item);
            None
        }
    }

    /// Reports `[key]` where `[[key]]` was meant, or another value that is not a list.
    fn not_a_list(&mut self, key: &str, item: &Node) {
        let found = Self::shape(item);
        let f = format::wrong_type(key, item.span, Shape::ArrayOfTables, found.text());
        let path = match key {
            "row" => "estimate.row",
            "closed" => "calendar.closed",
            _ => key,
        };
        self.push(if found == Shape::Table { f.help(Text::id("write-each-entry").arg("path", path)) } else { f });
    }

    /// Reads each entry of `[[key]]` (or of an array of inline tables), taking the list out of
    /// `parent` and dropping each entry once read.
    fn list<T>(
        &mut self,
        parent: &mut tree::Table<'i>,
        spec: &'static TableSpec,
        mut read: impl FnMut(&mut Self, &Table<'_, 'i>) -> Option<T>,
    ) -> Vec<T> {
        let key = spec.key;
        let Some(item) = parent.take(key).map(|e| e.node) else { return Vec::new() };
        let TomlValue::Array(entries) = item.value else {
            self.not_a_list(key, &item);
            return Vec::new();
        };
        let mut out = Vec::with_capacity(entries.items.len());
        for entry in entries.items {
            if let TomlValue::Table(t) = &entry.value {
                out.extend(read(self, &Table::new(t, entry.span, spec.name)));
            } else {
                self.push_wrong_type(key, entry.span, Shape::Table, &entry);
            }
        }
        out
    }

    /// The entries of a short list inside a table (`[[estimate.row]]`, `closed`), read in place.
    fn entries<'a>(&mut self, parent: &Table<'a, 'i>, spec: &'static TableSpec) -> Vec<Table<'a, 'i>> {
        let key = spec.key;
        let Some(item) = parent.get(key) else { return Vec::new() };
        let TomlValue::Array(entries) = &item.value else {
            self.not_a_list(key, item);
            return Vec::new();
        };
        let mut out = Vec::with_capacity(entries.items.len());
        for entry in &entries.items {
            let span = entry.span;
            match &entry.value {
                TomlValue::Table(t) => out.push(Table::new(t, span, spec.name)),
                _ => self.push_wrong_type(key, span, Shape::Table, entry),
            }
        }
        out
    }
}
