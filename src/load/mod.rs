//! Reading a plan file: TOML text → [`Plan`], with every mistake in the file as a finding.
//!
//! The file is parsed once into a light tree ([`tree`]) that keeps the span of every key and
//! value. The tree is then walked by hand rather than through serde, so that one run reports
//! *all* schema mistakes (serde stops at the first) and every value keeps its place in the
//! file. Edits (`shift`, `allocate`) use `toml_edit` instead, which keeps comments and layout.

mod tree;

use chrono::NaiveDate;

use crate::diagnostic::{Finding, closest};
use crate::plan::date::DateError;
use crate::plan::{
    Calendar, ClosedPeriod, Duration, Estimate, EstimateRow, History, Holidays, Keyword, LintSetting, Meta, Paid,
    Person, Phase, PhaseKind, Plan, PlanDate, Revision, Role, Scope, ShiftRecord, Split, Timing, Training, Unit,
    UnitKind, id,
};
use crate::registry::{self, Level, PARSE_ERROR};
use crate::rules::{dates, format};
use crate::span::{Span, Spanned};
use crate::spec::{self, MOST_KEYS, TableSpec};

use self::tree::{Form, Node, Value};

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

/// Loads a plan from its text.
#[must_use]
pub fn load(source: &str) -> Loaded {
    let doc = match tree::parse(source) {
        Ok(doc) => doc,
        Err(e) => {
            let message = e.message.trim_end().trim_end_matches('.').to_owned();
            return Loaded { plan: None, findings: vec![format::parse_error(e.span, &message)] };
        }
    };
    let mut reader = Reader { source, findings: Vec::new(), misspelt: Vec::new() };
    let plan = reader.plan(doc);
    Loaded { plan, findings: reader.findings }
}

/// A value as the parser hands it over, with its place in the file.
type Item<'i> = Node<'i>;

/// A table being read: its keys, where it stands, and how to name it in messages.
#[derive(Clone, Copy)]
struct Table<'a, 'i> {
    t: &'a tree::Table<'i>,
    span: Span,
    name: &'static str,
    /// Once [`Reader::fields`] has sorted the table's entries: the keys format 1 allows here,
    /// and the value of each (or none), so that reading a key is no search of the table.
    spec: Option<&'static TableSpec>,
    values: [Option<&'a Item<'i>>; MOST_KEYS],
}

impl<'a, 'i> Table<'a, 'i> {
    fn new(t: &'a tree::Table<'i>, span: Span, name: &'static str) -> Self {
        Self { t, span, name, spec: None, values: [None; MOST_KEYS] }
    }

    fn get(&self, key: &str) -> Option<&'a Item<'i>> {
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
fn history(node: &Item) -> History {
    /// The furthest byte a value reaches, its keys and nested tables included.
    fn furthest(node: &Item) -> usize {
        match &node.value {
            Value::Table(t) => {
                t.entries.iter().fold(node.span.end, |end, e| end.max(e.key_span.end).max(furthest(&e.node)))
            }
            Value::Array(a) => a.items.iter().map(furthest).fold(node.span.end, usize::max),
            _ => node.span.end,
        }
    }
    match &node.value {
        Value::Array(a) if a.of_tables => History::Tables { end: a.items.last().map_or(node.span.end, furthest) },
        Value::Array(a) => History::Inline { span: node.span, last_end: a.items.last().map(|n| n.span.end) },
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
    /// The first integer too big for 64 bits met while reading: the file is not valid TOML.
    findings: Vec<Finding>,
    /// Keys that an unknown key of a table (by its span) was probably meant to be: a missing
    /// required key among them is not reported again, as the misspelling already was.
    misspelt: Vec<(Span, &'static str)>,
}

impl<'i> Reader<'i> {
    fn push(&mut self, f: Finding) {
        self.findings.push(f);
    }

    /// The text of a value as the file has it, for messages.
    fn text(&self, item: &Item) -> &'i str {
        self.source.get(item.span.range()).unwrap_or_default().trim()
    }

    /// A name for the kind of value an item holds, for "expected X, found Y". The parser does
    /// not say whether a table was written inline or whether an array came from `[[key]]`
    /// headers, so the text at the value's place tells.
    fn type_name(item: &Item) -> &'static str {
        match &item.value {
            Value::String(_) => "a string",
            Value::Integer(_) => "an integer",
            Value::Float => "a decimal number",
            Value::Boolean(_) => "a boolean",
            Value::Datetime(d) => match (d.date, d.time) {
                (Some(_), None) => "a date",
                (None, Some(_)) => "a time",
                _ => "a date-time",
            },
            Value::Array(a) if a.of_tables => "an array of tables",
            Value::Array(_) => "an array",
            Value::Table(t) if t.form == Form::Inline => "an inline table",
            Value::Table(_) => "a table",
        }
    }

    fn wrong_type(key: &str, span: Span, expected: &str, item: &Item) -> Finding {
        format::wrong_type(key, span, expected, Self::type_name(item))
    }

    fn push_wrong_type(&mut self, key: &str, span: Span, expected: &str, item: &Item) {
        let f = Self::wrong_type(key, span, expected, item);
        self.push(f);
    }

    /// Where to point for a table as a whole: its `[header]` line, or the key of an inline
    /// table (the parser gives an implicit or dotted table its key's span already).
    fn table_span(item: &Item, key_span: Span) -> Span {
        if matches!(&item.value, Value::Table(t) if t.form == Form::Inline) { key_span } else { item.span }
    }

    fn plan(&mut self, mut root: tree::Table<'i>) -> Option<Plan> {
        if root.is_empty() {
            self.push(format::empty_file());
            return None;
        }
        let top = Table::new(&root, Span::default(), "the top level");
        if !self.format(&top) {
            return None;
        }
        let top = self.fields(&top, &spec::TOP);
        if top.get("plan").is_none() {
            self.push(
                format::missing_key("plan", Span::default(), "the plan")
                    .label("add a [plan] table with `title` and `root`"),
            );
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
        // The long lists are taken out of the parsed file and read one table at a time, each
        // dropped once read, so the file is never held twice: once parsed, once as a plan.
        plan.units = self.list(&mut root, &spec::UNIT, Self::unit);
        plan.roles = self.list(&mut root, &spec::ROLE, Self::role);
        plan.people = self.list(&mut root, &spec::PERSON, Self::person);
        plan.trainings = self.list(&mut root, &spec::TRAINING, Self::training);
        plan.phases = self.list(&mut root, &spec::PHASE, Self::phase);
        plan.history = root.get("revision").map_or(History::None, |e| history(&e.node));
        plan.revisions = self.list(&mut root, &spec::REVISION, |r, t| Some(r.revision(t)));
        drop(root);
        plan.index_ids();
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
            Value::Integer(i) if *i == format::SUPPORTED => true,
            Value::String(s) if s.trim() == format::SUPPORTED.to_string() => {
                self.push(format::format_quoted(span));
                true
            }
            _ => {
                // A value is shown as written; a `[format]` table or `[[format]]` list by its kind.
                let shown = match Self::type_name(item) {
                    kind @ ("a table" | "an array of tables") => kind,
                    _ => self.text(item),
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
            let suggestion = closest(name, spec.names());
            if let Some(meant) = suggestion {
                self.misspelt.push((t.span, meant));
            }
            self.push(format::unknown_key(name, entry.key_span, t.name, suggestion));
        }
        read
    }

    /// A sub-table (`[plan]`, or an inline table).
    fn table<'a>(&mut self, parent: &Table<'a, 'i>, key: &str, name: &'static str) -> Option<Table<'a, 'i>> {
        let item = parent.get(key)?;
        if let Value::Table(t) = &item.value {
            Some(Table::new(t, Self::table_span(item, parent.key_span(key)), name))
        } else {
            self.push_wrong_type(key, item.span, "a table", item);
            None
        }
    }

    /// Reports `[key]` where `[[key]]` was meant, or another value that is not a list.
    fn not_a_list(&mut self, key: &str, item: &Item) {
        let found = Self::type_name(item);
        let f = format::wrong_type(key, item.span, "an array of tables", found);
        let path = match key {
            "row" => "estimate.row",
            "closed" => "calendar.closed",
            _ => key,
        };
        self.push(if found == "a table" { f.help(format!("write each entry as [[{path}]]")) } else { f });
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
        let Value::Array(entries) = item.value else {
            self.not_a_list(key, &item);
            return Vec::new();
        };
        let mut out = Vec::with_capacity(entries.items.len());
        for entry in entries.items {
            if let Value::Table(t) = &entry.value {
                out.extend(read(self, &Table::new(t, entry.span, spec.name)));
            } else {
                self.push_wrong_type(key, entry.span, "a table", &entry);
            }
        }
        out
    }

    /// The entries of a short list inside a table (`[[estimate.row]]`, `closed`), read in place.
    fn entries<'a>(&mut self, parent: &Table<'a, 'i>, spec: &'static TableSpec) -> Vec<Table<'a, 'i>> {
        let key = spec.key;
        let Some(item) = parent.get(key) else { return Vec::new() };
        let Value::Array(entries) = &item.value else {
            self.not_a_list(key, item);
            return Vec::new();
        };
        let mut out = Vec::with_capacity(entries.items.len());
        for entry in &entries.items {
            let span = entry.span;
            match &entry.value {
                Value::Table(t) => out.push(Table::new(t, span, spec.name)),
                _ => self.push_wrong_type(key, span, "a table", entry),
            }
        }
        out
    }

    /// The value of `key`, reporting it missing when the format requires it.
    fn value<'a>(&mut self, t: &Table<'a, 'i>, key: &str) -> Option<&'a Item<'i>> {
        let item = t.get(key);
        if item.is_none() && t.requires(key) {
            self.missing(t, key);
        }
        item
    }

    /// Reports a required key as missing, unless a misspelling of it was reported already.
    fn missing(&mut self, t: &Table<'_, 'i>, key: &str) {
        if !self.misspelt.contains(&(t.span, key)) {
            self.push(format::missing_key(key, t.span, t.name));
        }
    }

    fn string(&mut self, t: &Table<'_, 'i>, key: &str) -> Option<Spanned<String>> {
        let item = self.value(t, key)?;
        let span = item.span;
        if let Value::String(s) = &item.value {
            Some(Spanned::new(String::from(s.as_ref()), span))
        } else {
            self.push_wrong_type(key, span, "a string", item);
            None
        }
    }

    fn strings(&mut self, t: &Table<'_, 'i>, key: &str) -> Vec<Spanned<String>> {
        let Some(item) = self.value(t, key) else { return Vec::new() };
        let span = item.span;
        let array = match &item.value {
            Value::String(s) => return vec![Spanned::new(String::from(s.as_ref()), span)],
            Value::Array(array) => array,
            _ => {
                self.push_wrong_type(key, span, "an array of strings", item);
                return Vec::new();
            }
        };
        let mut out = Vec::with_capacity(array.items.len());
        for v in &array.items {
            let span = v.span;
            if let Value::String(s) = &v.value {
                out.push(Spanned::new(String::from(s.as_ref()), span));
            } else {
                let found = Self::type_name(v);
                self.push(format::wrong_type(key, span, "an array of strings", &format!("{found} in it")));
            }
        }
        out
    }

    /// A whole number (one too big for 64 bits is a syntax error, found by the parser).
    fn whole(&mut self, key: &str, item: &Item, expected: &str) -> Option<i64> {
        if let Value::Integer(i) = item.value {
            Some(i)
        } else {
            self.push_wrong_type(key, item.span, expected, item);
            None
        }
    }

    fn integer(&mut self, t: &Table<'_, 'i>, key: &str) -> Option<Spanned<i64>> {
        let item = self.value(t, key)?;
        Some(Spanned::new(self.whole(key, item, "a whole number")?, item.span))
    }

    fn count(&mut self, t: &Table<'_, 'i>, key: &str) -> Option<Spanned<u64>> {
        let i = self.integer(t, key)?;
        if let Ok(n) = u64::try_from(i.value) {
            Some(Spanned::new(n, i.span))
        } else {
            self.push(format::negative(key, i.span, i.value));
            None
        }
    }

    fn counts(&mut self, t: &Table<'_, 'i>, key: &str) -> Vec<Spanned<u64>> {
        let Some(item) = self.value(t, key) else { return Vec::new() };
        let Value::Array(array) = &item.value else {
            self.push_wrong_type(key, item.span, "an array of whole numbers", item);
            return Vec::new();
        };
        let mut out = Vec::with_capacity(array.items.len());
        for v in &array.items {
            let span = v.span;
            match self.whole(key, v, "a whole number").map(|i| (i, u64::try_from(i))) {
                Some((_, Ok(n))) => out.push(Spanned::new(n, span)),
                Some((i, Err(_))) => self.push(format::negative(key, span, i)),
                None => {}
            }
        }
        out
    }

    fn boolean(&mut self, t: &Table<'_, 'i>, key: &str) -> Option<Spanned<bool>> {
        let item = self.value(t, key)?;
        let span = item.span;
        if let Value::Boolean(b) = &item.value {
            Some(Spanned::new(*b, span))
        } else {
            self.push_wrong_type(key, span, "`true` or `false`", item);
            None
        }
    }

    fn keyword<K: Keyword>(&mut self, t: &Table<'_, 'i>, key: &str) -> Option<Spanned<K>> {
        let item = self.value(t, key)?;
        let span = item.span;
        let Value::String(word) = &item.value else {
            self.push_wrong_type(key, span, "a string", item);
            return None;
        };
        if let Some(k) = K::from_word(word) {
            Some(Spanned::new(k, span))
        } else {
            let words: Vec<&str> = K::ALL.iter().map(|(w, _)| *w).collect();
            self.push(format::not_a_word(key, span, word, K::WHAT, &words));
            None
        }
    }

    /// `id`: required, and valid kebab-case; `None` drops the entity (reported once here).
    fn id(&mut self, t: &Table<'_, 'i>) -> Option<Spanned<String>> {
        let id = self.string(t, "id")?;
        if id::is_valid(&id.value) {
            Some(id)
        } else {
            self.push(format::bad_id(&id.value, id.span, id::suggest(&id.value).as_deref()));
            None
        }
    }

    /// A reference to another entity: a string; whether it resolves is `unknown-reference`'s job.
    fn reference(&mut self, t: &Table<'_, 'i>, key: &str) -> Option<Spanned<String>> {
        self.string(t, key)
    }

    fn date(&mut self, t: &Table<'_, 'i>, key: &str, slot: DateSlot) -> Option<Spanned<PlanDate>> {
        let item = self.value(t, key)?;
        let span = item.span;
        let parsed = match &item.value {
            Value::Datetime(d) => match (d.date, d.time) {
                (Some(date), None) => {
                    NaiveDate::from_ymd_opt(i32::from(date.year), u32::from(date.month), u32::from(date.day))
                        .map(PlanDate::Day)
                        .ok_or(DateError::NoSuchDay)
                        .map_err(|e| dates::invalid(key, span, &date.to_string(), &e))
                }
                (Some(_), Some(_)) => Err(dates::with_time(key, span)),
                _ => Err(Self::wrong_type(key, span, "a date", item)),
            },
            Value::String(s) => PlanDate::parse(s).map_err(|e| dates::invalid(key, span, s, &e)),
            _ => Err(Self::wrong_type(key, span, "a date", item)
                .help("write a day as 2019-01-28, a week as \"2019-W41\", a month as \"2019-10\", or \"tbd\"")),
        };
        match parsed {
            Ok(PlanDate::Open) if slot != DateSlot::End => {
                self.push(dates::open_not_end(key, span));
                None
            }
            Ok(d) => Some(Spanned::new(d, span)),
            Err(f) => {
                self.push(f);
                None
            }
        }
    }

    /// A whole day, for the plan's own date and revisions.
    fn day(&mut self, t: &Table<'_, 'i>, key: &str) -> Option<Spanned<NaiveDate>> {
        let d = self.date(t, key, DateSlot::On)?;
        if let PlanDate::Day(day) = d.value {
            Some(Spanned::new(day, d.span))
        } else {
            self.push(dates::not_a_day(key, d.span, &d.value.to_string()));
            None
        }
    }

    /// `date`, or `start` and `end`, of a training or phase.
    fn timing(&mut self, t: &Table<'_, 'i>) -> Option<Timing> {
        let (has_date, has_start, has_end) =
            (t.get("date").is_some(), t.get("start").is_some(), t.get("end").is_some());
        let on = self.date(t, "date", DateSlot::On);
        let start = self.date(t, "start", DateSlot::Start);
        let end = self.date(t, "end", DateSlot::End);
        match (has_date, has_start, has_end) {
            (true, false, false) => on.map(Timing::On),
            (false, true, true) => Some(Timing::Between { start: start?, end: end? }),
            (false, false, false) => {
                self.push(format::missing_timing(t.span, t.name));
                None
            }
            (true, _, _) => {
                self.push(format::date_and_range(t.key_span("date")));
                None
            }
            (false, true, false) => {
                self.push(format::half_range("start", "end", t.key_span("start")));
                None
            }
            (false, false, true) => {
                self.push(format::half_range("end", "start", t.key_span("end")));
                None
            }
        }
    }

    fn duration(&mut self, t: &Table<'_, 'i>) -> Option<Spanned<Duration>> {
        let s = self.string(t, "duration")?;
        if let Some(d) = Duration::parse(&s.value) {
            Some(Spanned::new(d, s.span))
        } else {
            self.push(format::bad_duration(s.span, &s.value));
            None
        }
    }

    fn meta(&mut self, t: &Table<'_, 'i>) -> Meta {
        let t = &self.fields(t, &spec::PLAN);
        Meta {
            span: t.span,
            title: self.string(t, "title"),
            municipality: self.string(t, "municipality"),
            owner: self.string(t, "owner"),
            revision: self.string(t, "revision"),
            date: self.day(t, "date"),
            root: self.reference(t, "root"),
            goals: self.strings(t, "goals"),
            success_criteria: self.strings(t, "success_criteria"),
        }
    }

    fn unit(&mut self, t: &Table<'_, 'i>) -> Option<Unit> {
        let t = &self.fields(t, &spec::UNIT);
        let id = self.id(t);
        let name = self.string(t, "name");
        let parent = self.reference(t, "parent");
        let kind = self.keyword::<UnitKind>(t, "kind");
        let pupils = self.count(t, "pupils");
        let leaders = self.count(t, "leaders");
        let seats = match self.table(t, "seats", "`seats`") {
            Some(s) => s
                .keys_in_file_order()
                .into_iter()
                .filter_map(|(role, span)| Some((Spanned::new(role.to_owned(), span), self.count(&s, role)?)))
                .collect(),
            None => Vec::new(),
        };
        let note = self.string(t, "note");
        Some(Unit { span: t.span, id: id?, name, parent, kind, pupils, leaders, seats, note })
    }

    fn role(&mut self, t: &Table<'_, 'i>) -> Option<Role> {
        let t = &self.fields(t, &spec::ROLE);
        let id = self.id(t);
        let name = self.string(t, "name");
        let unit = self.reference(t, "unit");
        let quota = self.count(t, "quota");
        let population = self.count(t, "population");
        if let (Some(_), Some(p)) = (&quota, &population) {
            self.push(format::quota_and_population(p.span));
        }
        let split = self.keyword::<Split>(t, "split");
        let support = self.reference(t, "support");
        let tech_support = self.reference(t, "tech_support");
        let needs_training = self.boolean(t, "needs_training");
        let responsibilities = self.strings(t, "responsibilities");
        let note = self.string(t, "note");
        Some(Role {
            span: t.span,
            id: id?,
            name,
            unit,
            quota,
            population,
            split,
            support,
            tech_support,
            needs_training,
            responsibilities,
            note,
        })
    }

    fn person(&mut self, t: &Table<'_, 'i>) -> Option<Person> {
        let t = &self.fields(t, &spec::PERSON);
        let id = self.id(t);
        let name = self.string(t, "name");
        let unit = self.reference(t, "unit");
        let roles = self.strings(t, "roles");
        let tentative = self.boolean(t, "tentative");
        let note = self.string(t, "note");
        Some(Person { span: t.span, id: id?, name, unit, roles, tentative, note })
    }

    fn training(&mut self, t: &Table<'_, 'i>) -> Option<Training> {
        let t = &self.fields(t, &spec::TRAINING);
        let id = self.id(t);
        let name = self.string(t, "name");
        let trainer = self.strings(t, "trainer");
        let trainees = self.strings(t, "trainees");
        let seats = self.count(t, "seats");
        let duration = self.duration(t);
        let timing = self.timing(t);
        let track = self.string(t, "track");
        let scope = self.keyword::<Scope>(t, "scope");
        let paid = self.keyword::<Paid>(t, "paid");
        let after = self.strings(t, "after");
        let topics = self.strings(t, "topics");
        let note = self.string(t, "note");
        Some(Training {
            span: t.span,
            id: id?,
            name,
            trainer,
            trainees,
            seats,
            duration,
            timing,
            track,
            scope,
            paid,
            after,
            topics,
            note,
        })
    }

    fn phase(&mut self, t: &Table<'_, 'i>) -> Option<Phase> {
        let t = &self.fields(t, &spec::PHASE);
        let id = self.id(t);
        let name = self.string(t, "name");
        let track = self.string(t, "track");
        let kind = self.keyword::<PhaseKind>(t, "kind");
        let timing = self.timing(t);
        let owner = self.reference(t, "owner");
        let after = self.strings(t, "after");
        let note = self.string(t, "note");
        Some(Phase { span: t.span, id: id?, name, track, kind, timing, owner, after, note })
    }

    fn revision(&mut self, t: &Table<'_, 'i>) -> Revision {
        let t = &self.fields(t, &spec::REVISION);
        Revision {
            span: t.span,
            revision: self.string(t, "revision"),
            date: self.day(t, "date"),
            note: self.string(t, "note"),
            shift: self.table(t, "shift", "`shift`").map(|s| {
                let s = self.fields(&s, &spec::SHIFT);
                ShiftRecord {
                    span: s.span,
                    months: self.integer(&s, "months"),
                    weeks: self.integer(&s, "weeks"),
                    days: self.integer(&s, "days"),
                    from: self.date(&s, "from", DateSlot::Start),
                    tracks: self.strings(&s, "tracks"),
                    only: self.strings(&s, "only"),
                    workdays: self.boolean(&s, "workdays"),
                }
            }),
        }
    }

    fn estimate(&mut self, t: &Table<'_, 'i>) -> Estimate {
        let t = &self.fields(t, &spec::ESTIMATE);
        let source = self.string(t, "source");
        let phases = self.strings(t, "phases");
        let rows = self
            .entries(t, &spec::ESTIMATE_ROW)
            .iter()
            .map(|r| {
                let r = &self.fields(r, &spec::ESTIMATE_ROW);
                EstimateRow {
                    span: r.span,
                    party: self.string(r, "party"),
                    track: self.string(r, "track"),
                    basis: self.count(r, "basis"),
                    hours: self.counts(r, "hours"),
                    total: self.count(r, "total"),
                }
            })
            .collect();
        Estimate { span: t.span, source, phases, rows }
    }

    fn calendar(&mut self, t: &Table<'_, 'i>) -> Calendar {
        let t = &self.fields(t, &spec::CALENDAR);
        let holidays = self.keyword::<Holidays>(t, "holidays");
        let closed = self
            .entries(t, &spec::CLOSED)
            .iter()
            .map(|c| {
                let c = &self.fields(c, &spec::CLOSED);
                ClosedPeriod {
                    span: c.span,
                    name: self.string(c, "name"),
                    start: self.date(c, "start", DateSlot::Start),
                    end: self.date(c, "end", DateSlot::On),
                }
            })
            .collect();
        Calendar { holidays, closed }
    }

    fn lints(&mut self, t: &Table<'_, 'i>) -> Vec<LintSetting> {
        let mut out = Vec::new();
        for (name, span) in t.keys_in_file_order() {
            let Some(level) = self.keyword::<Level>(t, name) else { continue };
            match registry::find(name) {
                Some(rule) if rule == PARSE_ERROR => {
                    self.push(format::fixed_rule(name, span));
                }
                Some(rule) => out.push(LintSetting { rule, level }),
                None => {
                    let suggestion = closest(name, registry::ALL.iter().map(|r| r.name));
                    self.push(format::unknown_rule(name, span, suggestion));
                }
            }
        }
        out
    }
}
