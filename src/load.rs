//! Reading a plan file: TOML text → [`Plan`], with every mistake in the file as a finding.
//!
//! The file is parsed once by `toml_edit`, which keeps the span of every key and value; the
//! tree is then walked by hand rather than through serde, so that one run reports *all* schema
//! mistakes (serde stops at the first) and every value keeps its place in the file.

use chrono::NaiveDate;
use toml_edit::{Document, Item, TableLike, Value};

use crate::diagnostic::{Finding, closest};
use crate::plan::date::DateError;
use crate::plan::{
    Calendar, ClosedPeriod, Duration, Estimate, EstimateRow, Holidays, Keyword, LintSetting, Meta, Paid, Person, Phase,
    PhaseKind, Plan, PlanDate, Revision, Role, Scope, ShiftRecord, Split, Timing, Training, Unit, UnitKind, id,
};
use crate::rules::dates::{self, DateSlot};
use crate::rules::{self, Level, format};
use crate::span::{Span, Spanned};

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
    let doc = match Document::parse(source) {
        Ok(doc) => doc,
        Err(e) => {
            let span = e.span().map_or(Span::default(), Span::from);
            let message = e.message().trim_end().trim_end_matches('.');
            return Loaded { plan: None, findings: vec![format::parse_error(span, message)] };
        }
    };
    let mut reader = Reader::default();
    let plan = reader.plan(doc.as_table());
    Loaded { plan, findings: reader.findings }
}

// The keys of each table, which `aula-plan schema` also lists.
pub(crate) const TOP: &[&str] =
    &["format", "plan", "unit", "role", "person", "training", "phase", "revision", "estimate", "calendar", "lints"];
pub(crate) const PLAN: &[&str] =
    &["title", "municipality", "owner", "revision", "date", "root", "goals", "success_criteria"];
pub(crate) const UNIT: &[&str] = &["id", "name", "parent", "kind", "pupils", "leaders", "seats", "note"];
pub(crate) const ROLE: &[&str] = &[
    "id",
    "name",
    "unit",
    "quota",
    "population",
    "split",
    "support",
    "tech_support",
    "needs_training",
    "responsibilities",
    "note",
];
pub(crate) const PERSON: &[&str] = &["id", "name", "unit", "roles", "tentative", "note"];
pub(crate) const TRAINING: &[&str] = &[
    "id", "name", "trainer", "trainees", "seats", "duration", "date", "start", "end", "track", "scope", "paid",
    "after", "topics", "note",
];
pub(crate) const PHASE: &[&str] = &["id", "name", "track", "kind", "date", "start", "end", "owner", "after", "note"];
pub(crate) const REVISION: &[&str] = &["revision", "date", "note", "shift"];
pub(crate) const SHIFT: &[&str] = &["months", "weeks", "days", "from", "tracks", "only", "workdays"];
pub(crate) const ESTIMATE: &[&str] = &["source", "phases", "row"];
pub(crate) const ESTIMATE_ROW: &[&str] = &["party", "track", "basis", "hours", "total"];
pub(crate) const CALENDAR: &[&str] = &["holidays", "closed"];
pub(crate) const CLOSED: &[&str] = &["name", "start", "end"];

/// A table being read: its keys, where it stands, and how to name it in messages.
#[derive(Clone, Copy)]
struct Table<'a> {
    t: &'a dyn TableLike,
    span: Span,
    name: &'a str,
}

impl<'a> Table<'a> {
    fn get(&self, key: &str) -> Option<&'a Item> {
        self.t.get(key).filter(|i| !i.is_none())
    }

    fn key_span(&self, key: &str) -> Span {
        self.t.key(key).and_then(toml_edit::Key::span).map_or(self.span, Span::from)
    }
}

fn item_span(item: &Item, fallback: Span) -> Span {
    item.span().map_or(fallback, Span::from)
}

/// A name for the kind of value an item holds, for "expected X, found Y".
fn type_name(item: &Item) -> &'static str {
    match item {
        Item::None => "nothing",
        Item::Table(_) => "a table",
        Item::ArrayOfTables(_) => "an array of tables",
        Item::Value(v) => match v {
            Value::String(_) => "a string",
            Value::Integer(_) => "an integer",
            Value::Float(_) => "a decimal number",
            Value::Boolean(_) => "a boolean",
            Value::Datetime(d) => match (d.value().date, d.value().time) {
                (Some(_), None) => "a date",
                (None, Some(_)) => "a time",
                _ => "a date-time",
            },
            Value::Array(_) => "an array",
            Value::InlineTable(_) => "an inline table",
        },
    }
}

#[derive(Default)]
struct Reader {
    findings: Vec<Finding>,
    /// Keys that an unknown key of a table (by its span) was probably meant to be: a missing
    /// required key among them is not reported again, as the misspelling already was.
    misspelt: Vec<(Span, &'static str)>,
}

impl Reader {
    fn push(&mut self, f: Finding) {
        self.findings.push(f);
    }

    fn plan(&mut self, root: &toml_edit::Table) -> Option<Plan> {
        let top = Table { t: root, span: Span::default(), name: "the top level" };
        if root.is_empty() {
            self.push(format::empty_file());
            return None;
        }
        if !self.format(&top) {
            return None;
        }
        self.known_keys(&top, TOP);
        let mut plan = Plan::default();
        match self.table(&top, "plan", "[plan]") {
            Some(t) => plan.meta = self.meta(&t),
            None if top.get("plan").is_none() => {
                self.push(
                    format::missing_key("plan", Span::default(), "the plan")
                        .label("add a [plan] table with `title` and `root`"),
                );
            }
            None => {}
        }
        plan.units = self.tables(&top, "unit").iter().filter_map(|t| self.unit(t)).collect();
        plan.roles = self.tables(&top, "role").iter().filter_map(|t| self.role(t)).collect();
        plan.people = self.tables(&top, "person").iter().filter_map(|t| self.person(t)).collect();
        plan.trainings = self.tables(&top, "training").iter().filter_map(|t| self.training(t)).collect();
        plan.phases = self.tables(&top, "phase").iter().filter_map(|t| self.phase(t)).collect();
        plan.revisions = self.tables(&top, "revision").iter().map(|t| self.revision(t)).collect();
        plan.estimate = self.table(&top, "estimate", "[estimate]").map(|t| self.estimate(&t));
        if let Some(t) = self.table(&top, "calendar", "[calendar]") {
            plan.calendar = self.calendar(&t);
        }
        if let Some(t) = self.table(&top, "lints", "[lints]") {
            plan.lints = self.lints(&t);
        }
        plan.index_ids();
        Some(plan)
    }

    /// Checks `format`; false when the file is of a format this build does not read.
    fn format(&mut self, top: &Table) -> bool {
        let Some(item) = top.get("format") else {
            self.push(format::format_missing(Span::default()));
            return true;
        };
        let span = item_span(item, top.span);
        match item.as_value() {
            Some(Value::Integer(i)) if *i.value() == format::SUPPORTED => true,
            Some(Value::String(s)) if s.value().trim() == format::SUPPORTED.to_string() => {
                self.push(format::format_quoted(span));
                true
            }
            Some(Value::Integer(i)) => {
                self.push(format::format_unknown(span, &i.value().to_string()));
                false
            }
            Some(v) => {
                let shown = v.to_string();
                self.push(format::format_unknown(span, shown.trim()));
                false
            }
            None => {
                self.push(format::format_unknown(span, type_name(item)));
                false
            }
        }
    }

    fn known_keys(&mut self, t: &Table, allowed: &[&'static str]) {
        for (key, _) in t.t.iter() {
            if !allowed.contains(&key) {
                let suggestion = closest(key, allowed.iter().copied());
                if let Some(meant) = suggestion {
                    self.misspelt.push((t.span, meant));
                }
                self.push(format::unknown_key(key, t.key_span(key), t.name, suggestion));
            }
        }
    }

    /// A sub-table (`[plan]`, or an inline table).
    fn table<'a>(&mut self, parent: &Table<'a>, key: &str, name: &'a str) -> Option<Table<'a>> {
        let item = parent.get(key)?;
        let span = item_span(item, parent.key_span(key));
        if let Some(t) = item.as_table_like() {
            Some(Table { t, span: header_span(item, parent.key_span(key)), name })
        } else {
            self.push(format::wrong_type(key, span, "a table", type_name(item)));
            None
        }
    }

    /// The entries of `[[key]]` (or of an array of inline tables).
    fn tables<'a>(&mut self, parent: &Table<'a>, key: &'static str) -> Vec<Table<'a>> {
        let Some(item) = parent.get(key) else { return Vec::new() };
        let name = match key {
            "unit" => "[[unit]]",
            "role" => "[[role]]",
            "person" => "[[person]]",
            "training" => "[[training]]",
            "phase" => "[[phase]]",
            "revision" => "[[revision]]",
            "row" => "[[estimate.row]]",
            "closed" => "[calendar] closed",
            _ => key,
        };
        match item {
            Item::ArrayOfTables(a) => {
                a.iter().map(|t| Table { t, span: t.span().map_or(parent.span, Span::from), name }).collect()
            }
            Item::Value(Value::Array(a)) => {
                let mut out = Vec::new();
                for v in a {
                    let span = v.span().map_or(parent.span, Span::from);
                    match v.as_inline_table() {
                        Some(t) => out.push(Table { t, span, name }),
                        None => self.push(format::wrong_type(key, span, "a table", type_name(&Item::Value(v.clone())))),
                    }
                }
                out
            }
            _ => {
                let f = format::wrong_type(
                    key,
                    item_span(item, parent.key_span(key)),
                    "an array of tables",
                    type_name(item),
                );
                self.push(if item.is_table() { f.help(format!("write each entry as [[{key}]]")) } else { f });
                Vec::new()
            }
        }
    }

    fn value<'a>(&mut self, t: &Table<'a>, key: &str, required: bool) -> Option<&'a Item> {
        let item = t.get(key);
        if item.is_none() && required {
            self.missing(t, key);
        }
        item
    }

    /// Reports a required key as missing, unless a misspelling of it was reported already.
    fn missing(&mut self, t: &Table, key: &str) {
        if !self.misspelt.contains(&(t.span, key)) {
            self.push(format::missing_key(key, t.span, t.name));
        }
    }

    fn string(&mut self, t: &Table, key: &str, required: bool) -> Option<Spanned<String>> {
        let item = self.value(t, key, required)?;
        let span = item_span(item, t.key_span(key));
        if let Some(s) = item.as_str() {
            Some(Spanned::new(s.to_owned(), span))
        } else {
            self.push(format::wrong_type(key, span, "a string", type_name(item)));
            None
        }
    }

    fn strings(&mut self, t: &Table, key: &str, required: bool) -> Vec<Spanned<String>> {
        let Some(item) = self.value(t, key, required) else { return Vec::new() };
        let span = item_span(item, t.key_span(key));
        if let Some(s) = item.as_str() {
            return vec![Spanned::new(s.to_owned(), span)];
        }
        let Some(array) = item.as_array() else {
            self.push(format::wrong_type(key, span, "an array of strings", type_name(item)));
            return Vec::new();
        };
        let mut out = Vec::with_capacity(array.len());
        for v in array {
            let span = v.span().map_or(span, Span::from);
            if let Some(s) = v.as_str() {
                out.push(Spanned::new(s.to_owned(), span));
            } else {
                let found = type_name(&Item::Value(v.clone()));
                self.push(format::wrong_type(key, span, "an array of strings", &format!("{found} in it")));
            }
        }
        out
    }

    fn integer(&mut self, t: &Table, key: &str) -> Option<Spanned<i64>> {
        let item = self.value(t, key, false)?;
        let span = item_span(item, t.key_span(key));
        if let Some(i) = item.as_integer() {
            Some(Spanned::new(i, span))
        } else {
            self.push(format::wrong_type(key, span, "a whole number", type_name(item)));
            None
        }
    }

    fn count(&mut self, t: &Table, key: &str) -> Option<Spanned<u64>> {
        let i = self.integer(t, key)?;
        if let Ok(n) = u64::try_from(i.value) {
            Some(Spanned::new(n, i.span))
        } else {
            self.push(format::negative(key, i.span, i.value));
            None
        }
    }

    fn counts(&mut self, t: &Table, key: &str) -> Vec<Spanned<u64>> {
        let Some(item) = self.value(t, key, false) else { return Vec::new() };
        let span = item_span(item, t.key_span(key));
        let Some(array) = item.as_array() else {
            self.push(format::wrong_type(key, span, "an array of whole numbers", type_name(item)));
            return Vec::new();
        };
        let mut out = Vec::with_capacity(array.len());
        for v in array {
            let span = v.span().map_or(span, Span::from);
            match v.as_integer().map(|i| (i, u64::try_from(i))) {
                Some((_, Ok(n))) => out.push(Spanned::new(n, span)),
                Some((i, Err(_))) => self.push(format::negative(key, span, i)),
                None => {
                    let found = type_name(&Item::Value(v.clone()));
                    self.push(format::wrong_type(key, span, "a whole number", found));
                }
            }
        }
        out
    }

    fn boolean(&mut self, t: &Table, key: &str) -> Option<Spanned<bool>> {
        let item = self.value(t, key, false)?;
        let span = item_span(item, t.key_span(key));
        if let Some(b) = item.as_bool() {
            Some(Spanned::new(b, span))
        } else {
            self.push(format::wrong_type(key, span, "`true` or `false`", type_name(item)));
            None
        }
    }

    fn keyword<K: Keyword>(&mut self, t: &Table, key: &str, required: bool) -> Option<Spanned<K>> {
        let s = self.string(t, key, required)?;
        if let Some(k) = K::from_word(&s.value) {
            Some(Spanned::new(k, s.span))
        } else {
            let words: Vec<&str> = K::ALL.iter().map(|(w, _)| *w).collect();
            self.push(format::not_a_word(key, s.span, &s.value, K::WHAT, &words));
            None
        }
    }

    /// `id`: required, and valid kebab-case; `None` drops the entity (reported once here).
    fn id(&mut self, t: &Table) -> Option<Spanned<String>> {
        let id = self.string(t, "id", true)?;
        if id::is_valid(&id.value) {
            Some(id)
        } else {
            self.push(format::bad_id(&id.value, id.span, id::suggest(&id.value).as_deref()));
            None
        }
    }

    /// A reference to another entity: a string; whether it resolves is `unknown-reference`'s job.
    fn reference(&mut self, t: &Table, key: &str, required: bool) -> Option<Spanned<String>> {
        self.string(t, key, required)
    }

    fn date(&mut self, t: &Table, key: &str, slot: DateSlot) -> Option<Spanned<PlanDate>> {
        let item = self.value(t, key, false)?;
        let span = item_span(item, t.key_span(key));
        let parsed = match item.as_value() {
            Some(Value::Datetime(d)) => {
                let d = d.value();
                match (d.date, d.time) {
                    (Some(date), None) => {
                        NaiveDate::from_ymd_opt(i32::from(date.year), u32::from(date.month), u32::from(date.day))
                            .map(PlanDate::Day)
                            .ok_or(DateError::NoSuchDay)
                            .map_err(|e| dates::invalid(key, span, &date.to_string(), &e))
                    }
                    (Some(_), Some(_)) => Err(dates::with_time(key, span)),
                    _ => Err(format::wrong_type(key, span, "a date", type_name(item))),
                }
            }
            Some(Value::String(s)) => PlanDate::parse(s.value()).map_err(|e| dates::invalid(key, span, s.value(), &e)),
            _ => Err(format::wrong_type(key, span, "a date", type_name(item))
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
    fn day(&mut self, t: &Table, key: &str) -> Option<Spanned<NaiveDate>> {
        let d = self.date(t, key, DateSlot::On)?;
        if let PlanDate::Day(day) = d.value {
            Some(Spanned::new(day, d.span))
        } else {
            self.push(dates::not_a_day(key, d.span, &d.value.to_string()));
            None
        }
    }

    /// `date`, or `start` and `end`, of a training or phase.
    fn timing(&mut self, t: &Table) -> Option<Timing> {
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

    fn duration(&mut self, t: &Table) -> Option<Spanned<Duration>> {
        let s = self.string(t, "duration", false)?;
        if let Some(d) = Duration::parse(&s.value) {
            Some(Spanned::new(d, s.span))
        } else {
            self.push(format::bad_duration(s.span, &s.value));
            None
        }
    }

    fn meta(&mut self, t: &Table) -> Meta {
        self.known_keys(t, PLAN);
        Meta {
            span: t.span,
            title: self.string(t, "title", true),
            municipality: self.string(t, "municipality", false),
            owner: self.string(t, "owner", false),
            revision: self.string(t, "revision", false),
            date: self.day(t, "date"),
            root: self.reference(t, "root", true),
            goals: self.strings(t, "goals", false),
            success_criteria: self.strings(t, "success_criteria", false),
        }
    }

    fn unit(&mut self, t: &Table) -> Option<Unit> {
        self.known_keys(t, UNIT);
        let id = self.id(t);
        let name = self.string(t, "name", true);
        let parent = self.reference(t, "parent", false);
        let kind = self.keyword::<UnitKind>(t, "kind", true);
        let pupils = self.count(t, "pupils");
        let leaders = self.count(t, "leaders");
        let seats = match self.table(t, "seats", "`seats`") {
            Some(s) => {
                s.t.iter()
                    .filter_map(|(role, _)| {
                        let n = self.count(&s, role)?;
                        Some((Spanned::new(role.to_owned(), s.key_span(role)), n))
                    })
                    .collect()
            }
            None => Vec::new(),
        };
        let note = self.string(t, "note", false);
        Some(Unit { span: t.span, id: id?, name, parent, kind, pupils, leaders, seats, note })
    }

    fn role(&mut self, t: &Table) -> Option<Role> {
        self.known_keys(t, ROLE);
        let id = self.id(t);
        let name = self.string(t, "name", true);
        let unit = self.reference(t, "unit", true);
        let quota = self.count(t, "quota");
        let population = self.count(t, "population");
        if let (Some(_), Some(p)) = (&quota, &population) {
            self.push(format::quota_and_population(p.span));
        }
        let split = self.keyword::<Split>(t, "split", false);
        let support = self.reference(t, "support", false);
        let tech_support = self.reference(t, "tech_support", false);
        let needs_training = self.boolean(t, "needs_training");
        let responsibilities = self.strings(t, "responsibilities", false);
        let note = self.string(t, "note", false);
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

    fn person(&mut self, t: &Table) -> Option<Person> {
        self.known_keys(t, PERSON);
        let id = self.id(t);
        let name = self.string(t, "name", true);
        let unit = self.reference(t, "unit", true);
        let roles = self.strings(t, "roles", false);
        let tentative = self.boolean(t, "tentative");
        let note = self.string(t, "note", false);
        Some(Person { span: t.span, id: id?, name, unit, roles, tentative, note })
    }

    fn training(&mut self, t: &Table) -> Option<Training> {
        self.known_keys(t, TRAINING);
        let id = self.id(t);
        let name = self.string(t, "name", true);
        let trainer = self.strings(t, "trainer", true);
        let trainees = self.strings(t, "trainees", true);
        let seats = self.count(t, "seats");
        let duration = self.duration(t);
        let timing = self.timing(t);
        let track = self.string(t, "track", false);
        let scope = self.keyword::<Scope>(t, "scope", false);
        let paid = self.keyword::<Paid>(t, "paid", false);
        let after = self.strings(t, "after", false);
        let topics = self.strings(t, "topics", false);
        let note = self.string(t, "note", false);
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

    fn phase(&mut self, t: &Table) -> Option<Phase> {
        self.known_keys(t, PHASE);
        let id = self.id(t);
        let name = self.string(t, "name", true);
        let track = self.string(t, "track", false);
        let kind = self.keyword::<PhaseKind>(t, "kind", false);
        let timing = self.timing(t);
        let owner = self.reference(t, "owner", false);
        let after = self.strings(t, "after", false);
        let note = self.string(t, "note", false);
        Some(Phase { span: t.span, id: id?, name, track, kind, timing, owner, after, note })
    }

    fn revision(&mut self, t: &Table) -> Revision {
        self.known_keys(t, REVISION);
        Revision {
            span: t.span,
            revision: self.string(t, "revision", false),
            date: self.day(t, "date"),
            note: self.string(t, "note", false),
            shift: self.table(t, "shift", "`shift`").map(|s| {
                self.known_keys(&s, SHIFT);
                ShiftRecord {
                    span: s.span,
                    months: self.integer(&s, "months"),
                    weeks: self.integer(&s, "weeks"),
                    days: self.integer(&s, "days"),
                    from: self.date(&s, "from", DateSlot::Start),
                    tracks: self.strings(&s, "tracks", false),
                    only: self.strings(&s, "only", false),
                    workdays: self.boolean(&s, "workdays"),
                }
            }),
        }
    }

    fn estimate(&mut self, t: &Table) -> Estimate {
        self.known_keys(t, ESTIMATE);
        let source = self.string(t, "source", false);
        let phases = self.strings(t, "phases", false);
        let rows = self
            .tables(t, "row")
            .iter()
            .map(|r| {
                self.known_keys(r, ESTIMATE_ROW);
                EstimateRow {
                    span: r.span,
                    party: self.string(r, "party", true),
                    track: self.string(r, "track", false),
                    basis: self.count(r, "basis"),
                    hours: self.counts(r, "hours"),
                    total: self.count(r, "total"),
                }
            })
            .collect();
        Estimate { span: t.span, source, phases, rows }
    }

    fn calendar(&mut self, t: &Table) -> Calendar {
        self.known_keys(t, CALENDAR);
        let holidays = self.keyword::<Holidays>(t, "holidays", false);
        let closed = self
            .tables(t, "closed")
            .iter()
            .map(|c| {
                self.known_keys(c, CLOSED);
                let period = ClosedPeriod {
                    span: c.span,
                    name: self.string(c, "name", true),
                    start: self.date(c, "start", DateSlot::Start),
                    end: self.date(c, "end", DateSlot::On),
                };
                for key in ["start", "end"] {
                    if c.get(key).is_none() {
                        self.missing(c, key);
                    }
                }
                period
            })
            .collect();
        Calendar { holidays, closed }
    }

    fn lints(&mut self, t: &Table) -> Vec<LintSetting> {
        let mut out = Vec::new();
        for (name, _) in t.t.iter() {
            let span = t.key_span(name);
            let Some(level) = self.keyword::<Level>(t, name, false) else { continue };
            match rules::find(name) {
                Some(rule) if std::ptr::eq(rule, &raw const format::PARSE_ERROR) => {
                    self.push(format::fixed_rule(name, span));
                }
                Some(rule) => out.push(LintSetting { rule, level }),
                None => {
                    let suggestion = closest(name, rules::ALL.iter().map(|r| r.name));
                    self.push(format::unknown_rule(name, span, suggestion));
                }
            }
        }
        out
    }
}

/// Where to point for a table as a whole: its `[header]` line, or the key of an inline table.
fn header_span(item: &Item, key_span: Span) -> Span {
    match item {
        Item::Table(t) if !t.is_dotted() => t.span().map_or(key_span, Span::from),
        _ => key_span,
    }
}
