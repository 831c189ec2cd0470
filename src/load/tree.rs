//! TOML text → a tree of values, each with its place in the file, for the loader to read.
//!
//! Built on the events of `toml_parser`, the parser under both the `toml` and the `toml_edit`
//! crates: it finds every syntax error, checks whitespace and limits nesting; this module only
//! puts the values in place and checks what TOML says about keys (defined once, tables not
//! redefined, dotted keys not extending a value). The tree is lighter than a general TOML
//! document: a table is a short list of entries in file order, strings borrow from the text
//! where they can, and nothing of comments or layout is kept — an edit splices the text itself
//! at the spans kept here (`crate::edit`). That is
//! what lets `validate` cost no more than parsing the file into a `toml::Table` (see
//! `benches/national.rs`).

use std::borrow::Cow;
use std::fmt::Write as _;

use foldhash::HashMap;
use toml_datetime::Datetime;
use toml_parser::decoder::{Encoding, ScalarKind};
use toml_parser::parser::EventReceiver;
use toml_parser::{ErrorSink, Expected, ParseError, Raw, Source};

use crate::span::Span;

/// Arrays and inline tables nested deeper than this are refused, as are dotted keys with more
/// parts: the tree is dropped recursively, and a hostile file must not overflow the stack.
const DEEPEST: u32 = 80;

/// A table with more entries than this looks keys up in a hash map rather than in its list.
const SHORT: usize = 16;

/// A value and where it stands.
#[derive(Debug)]
pub(crate) struct Node<'i> {
    pub span: Span,
    pub value: TomlValue<'i>,
}

#[derive(Debug)]
pub(crate) enum TomlValue<'i> {
    String(Cow<'i, str>),
    Integer(i64),
    /// A decimal number: format 1 has none, so only its kind is kept, for messages.
    Float,
    Boolean(bool),
    Datetime(Datetime),
    Array(Array<'i>),
    Table(Table<'i>),
}

#[derive(Debug, Default)]
pub(crate) struct Array<'i> {
    pub items: Vec<Node<'i>>,
    /// Made of `[[key]]` headers rather than written as `[...]`.
    pub of_tables: bool,
}

/// How a table came to be, which decides what may extend it later.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Form {
    /// `[key]` or `[[key]]`.
    #[default]
    Header,
    /// A part of a header's path not defined itself (`a` of `[a.b]`); a header may define it.
    Implicit,
    /// A part of a dotted key (`a` of `a.b = 1`).
    Dotted,
    /// `{ ... }`, complete as written.
    Inline,
}

#[derive(Debug, Default)]
pub(crate) struct Table<'i> {
    pub entries: Vec<Entry<'i>>,
    pub form: Form,
    /// Key → position in `entries`, once the table is long.
    index: Option<Box<HashMap<String, usize>>>,
}

#[derive(Debug)]
pub(crate) struct Entry<'i> {
    pub key: Cow<'i, str>,
    pub key_span: Span,
    pub node: Node<'i>,
}

impl<'i> Table<'i> {
    fn with_form(form: Form) -> Self {
        Self { form, ..Self::default() }
    }

    fn position(&self, key: &str) -> Option<usize> {
        match &self.index {
            Some(index) => index.get(key).copied(),
            None => self.entries.iter().position(|e| e.key == key),
        }
    }

    pub fn get(&self, key: &str) -> Option<&Entry<'i>> {
        self.position(key).map(|i| &self.entries[i])
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Takes an entry out of the table.
    pub fn take(&mut self, key: &str) -> Option<Entry<'i>> {
        let i = self.position(key)?;
        self.index = None; // positions after `i` move; lookups go back to the list
        Some(self.entries.remove(i))
    }

    fn push(&mut self, entry: Entry<'i>) -> usize {
        let i = self.entries.len();
        if let Some(index) = &mut self.index {
            index.insert(entry.key.to_string(), i);
        }
        self.entries.push(entry);
        if self.index.is_none() && self.entries.len() > SHORT {
            self.index = Some(Box::new(self.entries.iter().enumerate().map(|(i, e)| (e.key.to_string(), i)).collect()));
        }
        i
    }
}

impl TomlValue<'_> {
    /// TOML's name for the kind of value, for the parser's own messages.
    fn kind(&self) -> &'static str {
        match self {
            TomlValue::String(_) => "string",
            TomlValue::Integer(_) => "integer",
            TomlValue::Float => "float",
            TomlValue::Boolean(_) => "boolean",
            TomlValue::Datetime(_) => "datetime",
            TomlValue::Array(_) => "array",
            TomlValue::Table(_) => "table",
        }
    }
}

/// A syntax error: what is wrong, and where.
#[derive(Debug)]
pub(crate) struct SyntaxError {
    pub message: String,
    pub span: Span,
    /// A key defined twice: its name, where it was first, and whether that is a `[[key]]` list.
    pub twice: Option<Twice>,
}

/// The first definition of a key defined again.
#[derive(Debug, Clone)]
pub(crate) struct Twice {
    pub key: String,
    pub first: Span,
    pub list: bool,
}

/// The most syntax errors reported of one file: past a few, the rest follow from the first.
const MOST_ERRORS: usize = 20;

/// Parses a whole file; the syntax errors found, if any (in file order), instead of the tree.
#[cfg(test)]
pub(crate) fn parse(input: &str) -> Result<Table<'_>, Vec<SyntaxError>> {
    parse_streaming(input, &[], &mut |_, _| {})
}

/// [`parse`], giving each entry of the top-level `[[key]]` lists of `streamed` to `take` as
/// soon as the next entry begins (TOML extends only the last one) rather than keeping it in
/// the tree: the loader reads each entity while the file is parsed, and the tree never holds
/// more than one of each list. Where the file has a syntax error, what was taken is of no
/// use: the errors are returned.
pub(crate) fn parse_streaming<'i>(
    input: &'i str,
    streamed: &'static [&'static str],
    take: &mut dyn FnMut(&'static str, Node<'i>),
) -> Result<Table<'i>, Vec<SyntaxError>> {
    let source = Source::new(input);
    // Values are decoded as the parser meets them, so errors do not come in file order: they
    // are sorted, and where the parser recovered, each is reported.
    let mut errors: Vec<ParseError> = Vec::new();
    let mut builder = Builder::new(source);
    builder.streamed = streamed;
    pieces::by_lines(source, &mut builder, &mut errors, take);
    if !errors.is_empty() {
        // Where a file has a syntax error, the lines may not be where the pieces were cut, and
        // the lists were given away: the whole file at once, as the parser reports its errors
        // then.
        errors.clear();
        builder = Builder::new(source);
        pieces::at_once(source, &mut builder, &mut errors);
    }
    if errors.is_empty() {
        return Ok(builder.root);
    }
    let mut out: Vec<SyntaxError> = errors
        .iter()
        .map(|e| {
            let span = e.unexpected().map_or(Span::new(input.len(), input.len()), |s| Span::new(s.start(), s.end()));
            let twice = builder.twice.iter().find(|(at, _)| *at == span).map(|(_, t)| t.clone());
            SyntaxError { message: message(e), span, twice }
        })
        .collect();
    out.sort_by_key(|e| (e.span.start(), e.span.end()));
    out.dedup_by_key(|e| e.span);
    out.truncate(MOST_ERRORS);
    Err(out)
}

/// `description, expected a, b` as a person reads it.
fn message(e: &ParseError) -> String {
    let mut out = e.description().to_owned();
    if let Some(expected) = e.expected() {
        out.push_str(", expected ");
        if expected.is_empty() {
            out.push_str("nothing");
        }
        for (i, what) in expected.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            match what {
                Expected::Literal("\n") => out.push_str("newline"),
                Expected::Literal("`") => out.push_str("'`'"),
                Expected::Literal(s) if s.chars().all(|c| c.is_ascii_control()) => {
                    let _ = write!(out, "`{}`", s.escape_debug());
                }
                Expected::Literal(s) => {
                    let _ = write!(out, "`{s}`");
                }
                Expected::Description(s) => out.push_str(s),
                _ => out.push_str("something else"),
            }
        }
    }
    out
}

fn span(s: toml_parser::Span) -> Span {
    Span::new(s.start(), s.end())
}

/// What a person needs to know of a key's first definition.
fn twice(first: &Entry<'_>, key: &str) -> Twice {
    let list = matches!(&first.node.value, TomlValue::Array(a) if a.of_tables);
    // A table's header is where it was defined; a value's key is.
    let at = match &first.node.value {
        TomlValue::Table(t) if t.form == Form::Header => first.node.span,
        TomlValue::Array(a) if a.of_tables => a.items.first().map_or(first.key_span, |n| n.span),
        _ => first.key_span,
    };
    Twice { key: key.to_owned(), first: at, list }
}

fn duplicate(at: Span) -> ParseError {
    ParseError::new("duplicate key").with_unexpected(toml_parser::Span::new_unchecked(at.start(), at.end()))
}

/// `kind` is TOML's name for what is there: `integer`, `array`, `inline table`, ...
fn cannot_extend(kind: &str, at: Span) -> ParseError {
    ParseError::new(format!("cannot extend value of type {kind} with a dotted key"))
        .with_unexpected(toml_parser::Span::new_unchecked(at.start(), at.end()))
}

/// One part of a key, decoded.
struct Key<'i> {
    name: Cow<'i, str>,
    span: Span,
}

/// A `[path]` or `[[path]]` header, once read.
struct Header<'i> {
    path: Vec<Key<'i>>,
    span: Span,
    array: bool,
}

/// An array or inline table being read (`value`), where it opened, and the key it will be
/// stored under.
struct Frame<'i> {
    open: Span,
    value: TomlValue<'i>,
    key: Vec<Key<'i>>,
}

struct Builder<'i> {
    source: Source<'i>,
    /// Each key defined again (where), with its first definition, for the message.
    twice: Vec<(Span, Twice)>,
    root: Table<'i>,
    /// The table that key-values go to: the top level until the first header, then each
    /// header's table, put in its place under `root` when the next header begins.
    current: Table<'i>,
    header: Option<Header<'i>>,
    /// Inside a header's brackets: where it opened, and whether it is `[[`.
    opening: Option<(Span, bool)>,
    /// The parts of the key being read.
    key: Vec<Key<'i>>,
    open: Vec<Frame<'i>>,
    /// The top-level `[[key]]` lists whose complete entries are given away (see
    /// [`parse_streaming`]), and those complete since the loader last took them.
    streamed: &'static [&'static str],
    complete: Vec<(&'static str, Node<'i>)>,
}

impl<'i> Builder<'i> {
    fn new(source: Source<'i>) -> Self {
        Self {
            source,
            twice: Vec::new(),
            root: Table::default(),
            current: Table::default(),
            header: None,
            opening: None,
            key: Vec::new(),
            open: Vec::new(),
            streamed: &[],
            complete: Vec::new(),
        }
    }

    /// Follows `path` down from `table`, making the tables that are missing. Through a list of
    /// tables, the path goes on in its last entry.
    fn descend<'t>(
        mut table: &'t mut Table<'i>,
        path: &[Key<'i>],
        dotted: bool,
        error: &mut dyn ErrorSink,
    ) -> Option<&'t mut Table<'i>> {
        for key in path {
            let i = table.position(&key.name).unwrap_or_else(|| {
                let form = if dotted { Form::Dotted } else { Form::Implicit };
                let node = Node { span: key.span, value: TomlValue::Table(Table::with_form(form)) };
                table.push(Entry { key: key.name.clone(), key_span: key.span, node })
            });
            let value = &mut table.entries[i].node.value;
            let refused = match &mut *value {
                TomlValue::Table(t) if t.form == Form::Inline => Some(cannot_extend("inline table", key.span)),
                // A table defined by a header is not extended by dotted keys.
                TomlValue::Table(t) if dotted && t.form == Form::Header => Some(duplicate(key.span)),
                TomlValue::Table(t) => {
                    if dotted && t.form == Form::Implicit {
                        t.form = Form::Dotted;
                    }
                    None
                }
                TomlValue::Array(a) if a.of_tables => None,
                other => Some(cannot_extend(other.kind(), key.span)),
            };
            if let Some(e) = refused {
                error.report_error(e);
                return None;
            }
            table = match value {
                TomlValue::Table(t) => t,
                TomlValue::Array(a) => match a.items.last_mut() {
                    // An entry of `[[key]]` is a header's table: no dotted key extends it.
                    Some(Node { value: TomlValue::Table(t), .. }) if !dotted => t,
                    _ => {
                        error.report_error(duplicate(key.span));
                        return None;
                    }
                },
                _ => return None,
            };
        }
        Some(table)
    }

    /// Stores a finished value under the key just read: in the array or inline table being
    /// read, or in the current table.
    fn deliver(&mut self, node: Node<'i>, error: &mut dyn ErrorSink) {
        // The key's list is emptied, not taken, so that the next key reuses it.
        let last = self.key.pop();
        let table = match self.open.last_mut().map(|f| &mut f.value) {
            Some(TomlValue::Table(table)) => table,
            Some(TomlValue::Array(array)) => {
                array.items.push(node);
                self.key.clear();
                return;
            }
            Some(_) => return,
            None => &mut self.current,
        };
        let parent = Self::descend(table, &self.key, true, error);
        self.key.clear();
        let (Some(last), Some(parent)) = (last, parent) else { return };
        if let Some(i) = parent.position(&last.name) {
            self.twice.push((last.span, twice(&parent.entries[i], &last.name)));
            error.report_error(duplicate(last.span));
            return;
        }
        parent.push(Entry { key: last.name, key_span: last.span, node });
    }

    /// Puts the table of the header just finished in its place.
    fn finish_table(&mut self, error: &mut dyn ErrorSink) {
        let table = std::mem::take(&mut self.current);
        let Some(Header { mut path, span, array }) = self.header.take() else {
            // The key-values before the first header.
            self.root = table;
            return;
        };
        let Some(last) = path.pop() else { return };
        let node = Node { span, value: TomlValue::Table(table) };
        let Some(parent) = Self::descend(&mut self.root, &path, false, error) else { return };
        if !array {
            parent.push(Entry { key: last.name, key_span: last.span, node });
            return;
        }
        match parent.position(&last.name) {
            None => {
                let tables = TomlValue::Array(Array { items: vec![node], of_tables: true });
                parent.push(Entry { key: last.name, key_span: last.span, node: Node { span, value: tables } });
            }
            Some(i) => match &mut parent.entries[i].node.value {
                TomlValue::Array(a) if a.of_tables => {
                    // The entry before is complete: nothing can extend it any more.
                    let given = path.is_empty().then(|| self.streamed.iter().find(|k| **k == last.name)).flatten();
                    if let Some(key) = given
                        && let Some(previous) = a.items.pop()
                    {
                        self.complete.push((key, previous));
                    }
                    a.items.push(node);
                }
                _ => {
                    self.twice.push((last.span, twice(&parent.entries[i], &last.name)));
                    error.report_error(duplicate(last.span));
                }
            },
        }
    }

    /// Begins the table of a header: a `[table]` may define one its sub-tables' headers made,
    /// but nothing else already there.
    fn start_table(&mut self, header: Header<'i>, error: &mut dyn ErrorSink) {
        // Room for a typical entity's keys at once, rather than growing the list twice.
        let mut table = Table { entries: Vec::with_capacity(8), ..Table::default() };
        if let (false, Some((last, path))) = (header.array, header.path.split_last())
            && let Some(parent) = Self::descend(&mut self.root, path, false, error)
            && let Some(existing) = parent.take(&last.name)
        {
            let first = twice(&existing, &last.name);
            match existing.node.value {
                TomlValue::Table(t) if t.form == Form::Implicit => table = t,
                _ => {
                    self.twice.push((last.span, first));
                    error.report_error(duplicate(last.span));
                }
            }
        }
        table.form = Form::Header;
        self.current = table;
        self.header = Some(header);
    }

    /// Begins an array or inline table, which the key just read will name.
    fn open_value(&mut self, at: toml_parser::Span, value: TomlValue<'i>) {
        let key = std::mem::take(&mut self.key);
        self.open.push(Frame { open: span(at), value, key });
    }

    /// Ends the array (or inline table) being read and stores it.
    fn close_value(&mut self, at: toml_parser::Span, array: bool, error: &mut dyn ErrorSink) {
        if self.open.last().is_some_and(|f| matches!(f.value, TomlValue::Array(_)) == array)
            && let Some(Frame { open, value, key }) = self.open.pop()
        {
            self.key = key;
            self.deliver(Node { span: Span::new(open.start(), at.end()), value }, error);
        }
    }

    fn close_header(&mut self, at: toml_parser::Span, error: &mut dyn ErrorSink) {
        let Some((open, array)) = self.opening.take() else { return };
        let path = std::mem::take(&mut self.key);
        self.start_table(Header { path, span: Span::new(open.start(), at.end()), array }, error);
    }

    fn scalar(&self, at: toml_parser::Span, encoding: Option<Encoding>, error: &mut dyn ErrorSink) -> Node<'i> {
        let text = self.source.input().get(at.start()..at.end()).unwrap_or_default();
        let raw = Raw::new_unchecked(text, encoding, at);
        let mut decoded = Cow::Borrowed("");
        let value = match raw.decode_scalar(&mut decoded, error) {
            ScalarKind::String => TomlValue::String(decoded),
            ScalarKind::Boolean(b) => TomlValue::Boolean(b),
            ScalarKind::Float => TomlValue::Float,
            ScalarKind::DateTime => match decoded.parse::<Datetime>() {
                Ok(d) => TomlValue::Datetime(d),
                Err(e) => {
                    error.report_error(ParseError::new(e.to_string()).with_unexpected(at));
                    TomlValue::Float
                }
            },
            ScalarKind::Integer(radix) => {
                if let Ok(i) = i64::from_str_radix(&decoded, radix.value()) {
                    TomlValue::Integer(i)
                } else {
                    error.report_error(ParseError::new("integer number overflowed").with_unexpected(at));
                    TomlValue::Integer(0)
                }
            }
        };
        Node { span: span(at), value }
    }
}

impl EventReceiver for Builder<'_> {
    fn std_table_open(&mut self, at: toml_parser::Span, error: &mut dyn ErrorSink) {
        self.finish_table(error);
        self.key.clear();
        self.opening = Some((span(at), false));
    }

    fn array_table_open(&mut self, at: toml_parser::Span, error: &mut dyn ErrorSink) {
        self.finish_table(error);
        self.key.clear();
        self.opening = Some((span(at), true));
    }

    fn std_table_close(&mut self, at: toml_parser::Span, error: &mut dyn ErrorSink) {
        self.close_header(at, error);
    }

    fn array_table_close(&mut self, at: toml_parser::Span, error: &mut dyn ErrorSink) {
        self.close_header(at, error);
    }

    fn inline_table_open(&mut self, at: toml_parser::Span, _error: &mut dyn ErrorSink) -> bool {
        self.open_value(at, TomlValue::Table(Table::with_form(Form::Inline)));
        true
    }

    fn inline_table_close(&mut self, at: toml_parser::Span, error: &mut dyn ErrorSink) {
        self.close_value(at, false, error);
    }

    fn array_open(&mut self, at: toml_parser::Span, _error: &mut dyn ErrorSink) -> bool {
        self.open_value(at, TomlValue::Array(Array::default()));
        true
    }

    fn array_close(&mut self, at: toml_parser::Span, error: &mut dyn ErrorSink) {
        self.close_value(at, true, error);
    }

    fn simple_key(&mut self, at: toml_parser::Span, encoding: Option<Encoding>, error: &mut dyn ErrorSink) {
        let text = self.source.input().get(at.start()..at.end()).unwrap_or_default();
        let mut name = Cow::Borrowed("");
        Raw::new_unchecked(text, encoding, at).decode_key(&mut name, error);
        if self.key.len() >= DEEPEST as usize {
            error.report_error(ParseError::new("recursion limit").with_unexpected(at));
            return;
        }
        self.key.push(Key { name, span: span(at) });
    }

    fn scalar(&mut self, at: toml_parser::Span, encoding: Option<Encoding>, error: &mut dyn ErrorSink) {
        let node = Builder::scalar(self, at, encoding, error);
        self.deliver(node, error);
    }
}

mod pieces;
#[cfg(test)]
mod tests;
