//! Rules about the file itself: TOML syntax, the shape of tables and keys, the format version.
//!
//! These findings are raised by the loader (`crate::load`) while it reads the file; their
//! texts live here, with the rules.

use crate::diagnostic::{Finding, Text};
use crate::i18n::Arg;
use crate::registry::{PARSE_ERROR, SCHEMA, UNSUPPORTED_FORMAT};
use crate::span::Span;

/// The format versions this build reads.
pub const SUPPORTED: i64 = 1;

/// The loader's words for kinds of value and places in the file, and the message of each: the
/// loader names them in English, as the model does; they are put in the reader's language here.
/// A kind of TOML value, as a message names what a key holds or should hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Shape {
    String,
    Integer,
    Decimal,
    Boolean,
    Date,
    Time,
    DateTime,
    ArrayOfTables,
    Array,
    InlineTable,
    Table,
    ArrayOfStrings,
    WholeNumber,
    ArrayOfWholeNumbers,
    TrueOrFalse,
}

impl Shape {
    /// Its words: "a string", "en tekst".
    pub(crate) fn text(self) -> Text {
        Text::id(match self {
            Self::String => "value-string",
            Self::Integer => "value-integer",
            Self::Decimal => "value-decimal",
            Self::Boolean => "value-boolean",
            Self::Date => "value-date",
            Self::Time => "value-time",
            Self::DateTime => "value-date-time",
            Self::ArrayOfTables => "value-array-of-tables",
            Self::Array => "value-array",
            Self::InlineTable => "value-inline-table",
            Self::Table => "value-table",
            Self::ArrayOfStrings => "value-array-of-strings",
            Self::WholeNumber => "value-whole-number",
            Self::ArrayOfWholeNumbers => "value-array-of-whole-numbers",
            Self::TrueOrFalse => "value-true-or-false",
        })
    }

    /// What an array holds that it should not: "an integer in it".
    pub(crate) fn in_array(self) -> Text {
        Text::id("value-in-it").arg("found", self.text())
    }
}

/// Where a key stands: the top level in words, a table as the file writes it (`[plan]`,
/// `[[unit]] x`).
fn place(table: &str) -> Arg {
    if table == crate::spec::TOP.name { Text::id("the-top-level").into() } else { table.into() }
}

/// A syntax error in the parser's words (`message`), put in the reader's language where the
/// parser's description is one a hand edit meets; the parser's own otherwise.
pub(crate) fn parse_error(span: Span, message: &str) -> Finding {
    let said: Arg = parser_words(message).map_or_else(|| message.into(), |id| Text::id(id).into());
    Finding::new(PARSE_ERROR, span, Text::id("parse-error").arg("message", said)).help(Text::id("parse-error-help"))
}

/// `key == value`: an `=` too many; `fixed` is the line with one.
pub(crate) fn extra_equals(fixed: &str, span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, Text::id("parse-error").arg("message", Text::id("parser-extra-equals")))
        .help(Text::id("fix-help").arg("fixed", fixed))
}

/// `seats = 03`: a number with a leading zero; `fixed` is the line without.
pub(crate) fn leading_zero(fixed: &str, span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, Text::id("parse-error").arg("message", Text::id("parser-leading-zero")))
        .help(Text::id("fix-help").arg("fixed", fixed))
}

/// The message of a description of `toml_parser`'s (what comes before its ", expected ...").
fn parser_words(message: &str) -> Option<&'static str> {
    let description = message.split(", expected").next().unwrap_or(message);
    Some(match description {
        "extra `=`" | "extra assignment between key-value pairs" => "parser-extra-equals",
        "extra comma in array" => "parser-extra-comma-array",
        "extra comma in inline table" => "parser-extra-comma-table",
        "unexpected leading zero" => "parser-leading-zero",
        "invalid fraction" | "invalid exponent" | "invalid float" => "parser-number",
        "invalid basic string" => "parser-basic-string",
        "invalid literal string" => "parser-literal-string",
        "invalid multi-line basic string" | "invalid multi-line literal string" => "parser-multi-line",
        "string values must be quoted" => "parser-quote",
        "missing comma between key-value pairs" => "parser-comma-table",
        "missing value" | "missing value for key" => "parser-missing-value",
        "invalid unquoted key" | "unquoted keys cannot be empty" => "parser-key",
        "carriage return must be followed by newline" => "parser-carriage-return",
        "unexpected content" | "unexpected key or value" => "parser-unexpected",
        "unclosed array" => "parser-unclosed-array",
        "unclosed inline table" => "parser-unclosed-table",
        "integer number overflowed" => "parser-too-large",
        "invalid date" | "invalid time" | "invalid datetime" => "parser-date",
        _ => return None,
    })
}

pub(crate) fn defined_twice(key: &str, span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, Text::id("defined-twice").arg("key", key))
        .label(Text::id("defined-twice-label"))
        .help(Text::id("defined-twice-help"))
}

/// Where a key defined twice was first defined.
pub(crate) fn first_defined() -> Text {
    Text::id("defined-twice-first")
}

/// The first entry of a list written as one table (`[training]`) before `[[training]]` entries.
pub(crate) fn table_as_list(key: &str, span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, Text::id("table-as-list").arg("key", key))
        .label(Text::id("table-as-list-label").arg("key", key))
        .help(Text::id("table-as-list-help").arg("key", key))
}

/// Where a list's entry stands, after a table of the same name.
pub(crate) fn list_entry_here() -> Text {
    Text::id("table-as-list-entry")
}

pub(crate) fn list_as_table(key: &str, span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, Text::id("list-as-table").arg("key", key))
        .label(Text::id("list-as-table-label"))
        .help(Text::id("list-as-table-help").arg("key", key))
}

/// Words without quotes where a value goes; `fixed` is the line (or the word) quoted.
pub(crate) fn bare_word(word: &str, fixed: &str, span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, Text::id("bare-word").arg("word", word))
        .label(Text::id("bare-word-label"))
        .help(Text::id("bare-word-help").arg("fixed", fixed))
}

/// A text in Word's curly quotes (“…”, „…“, ‘…’); `fixed` is the line with straight ones.
pub(crate) fn curly_quotes(written: &str, fixed: &str, span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, Text::id("curly-quotes").arg("written", written))
        .label(Text::id("curly-quotes-label"))
        .help(Text::id("curly-quotes-help").arg("fixed", fixed))
}

/// A text that ends with a quote but does not begin with one.
pub(crate) fn missing_opening_quote(key: &str, text: &str, span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, Text::id("missing-opening-quote").arg("key", key))
        .label(Text::id("missing-opening-quote-label"))
        .help(Text::id("missing-opening-quote-help").arg("fixed", format!("{key} = \"{text}\"")))
}

/// `seats = 3,5`: a number with a decimal comma, where format 1 counts in whole numbers.
pub(crate) fn decimal_comma(key: &str, written: &str, whole: &str, point: &str, span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, Text::id("decimal-comma").arg("written", written))
        .label(Text::id("decimal-comma-label"))
        .help(Text::id("decimal-comma-help").arg("fixed", format!("{key} = {whole}")).arg("point", point))
}

/// A day without the leading zero of its month or day (`2019-3-4`).
pub(crate) fn date_without_zeros(written: &str, iso: &str, span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, Text::id("date-without-zeros").arg("written", written))
        .label(Text::id("date-without-zeros-label"))
        .help(Text::id("date-without-zeros-help").arg("iso", iso))
}

/// Two values of a list with no comma between them; `fixed` is the line with it.
pub(crate) fn missing_comma(fixed: &str, span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, Text::id("missing-comma"))
        .label(Text::id("missing-comma-label"))
        .help(Text::id("missing-comma-help").arg("fixed", fixed))
}

/// `key value`: the `=` between them missing.
pub(crate) fn missing_equals(key: &str, fixed: &str, span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, Text::id("missing-equals").arg("key", key))
        .label(Text::id("missing-equals-label"))
        .help(Text::id("missing-equals-help").arg("fixed", fixed))
}

/// More on the line after a whole value: `rest`.
pub(crate) fn after_the_value(rest: &str, span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, Text::id("after-the-value").arg("rest", rest))
        .label(Text::id("after-the-value-label"))
        .help(Text::id("after-the-value-help"))
}

/// A day of the form `2019-03-32` that the calendar does not have; `last` is the last day of
/// its month, when the month is one.
pub(crate) fn not_a_day(written: &str, last: Option<chrono::NaiveDate>, span: Span) -> Finding {
    let f = Finding::new(PARSE_ERROR, span, Text::id("not-a-day").arg("written", written))
        .label(Text::id("not-a-day-label"));
    match last {
        Some(last) => f.help(Text::id("not-a-day-help").arg("last", last)),
        None => f.help(Text::id("not-a-month-help")),
    }
}

/// A text over several lines (opened with `quotes`, three quotes) that never ends.
pub(crate) fn unended_text(key: &str, quotes: &str, span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, Text::id("unended-text").arg("key", key).arg("quotes", quotes))
        .label(Text::id("unended-text-label"))
        .help(Text::id("unended-text-help").arg("quotes", quotes))
}

/// A `[table]` or `[[list]]` header whose brackets do not match.
pub(crate) fn unbalanced_header(written: &str, fixed: &str, span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, Text::id("unbalanced-header").arg("written", written))
        .label(Text::id("unbalanced-header-label"))
        .help(Text::id("unbalanced-header-help").arg("fixed", fixed))
}

/// An array (`[`) never closed: `line` is where its last value stands, `fixed` that line
/// closed.
pub(crate) fn unclosed_array(key: &str, line: usize, fixed: &str, span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, Text::id("unclosed-array").arg("key", key))
        .label(Text::id("unclosed-array-label"))
        .help(Text::id("unclosed-array-help").arg("line", line.to_string()).arg("fixed", fixed))
}

/// An inline table (`{`) never closed, as [`unclosed_array`].
pub(crate) fn unclosed_table(key: &str, line: usize, fixed: &str, span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, Text::id("unclosed-table").arg("key", key))
        .label(Text::id("unclosed-table-label"))
        .help(Text::id("unclosed-table-help").arg("line", line.to_string()).arg("fixed", fixed))
}

/// `key: value` where TOML writes `key = value`.
pub(crate) fn colon_for_equals(key: &str, value: &str, span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, Text::id("colon-for-equals").arg("key", key))
        .label(Text::id("colon-for-equals-label"))
        .help(Text::id("colon-for-equals-help").arg("fixed", format!("{key} = {value}")))
}

/// A text that opens a quote and does not close it on its line; `fixed` is the line closed.
pub(crate) fn missing_quote(key: &str, fixed: &str, span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, Text::id("missing-quote").arg("key", key))
        .label(Text::id("missing-quote-label"))
        .help(Text::id("missing-quote-help").arg("fixed", fixed))
}

/// A day written the Danish way (`25.01.19`), which TOML cannot read.
pub(crate) fn danish_date(written: &str, iso: &str, span: Span) -> Finding {
    use chrono::Datelike as _;
    // The date's own week and month, as the other ways to write it.
    let day = chrono::NaiveDate::parse_from_str(iso, "%Y-%m-%d").ok();
    let week = day.map_or_else(String::new, |d| format!("{}-W{:02}", d.iso_week().year(), d.iso_week().week()));
    let month = day.map_or_else(String::new, |d| d.format("%Y-%m").to_string());
    Finding::new(PARSE_ERROR, span, Text::id("danish-date").arg("written", written))
        .label(Text::id("danish-date-label"))
        .help(Text::id("danish-date-help").arg("iso", iso).arg("week", week).arg("month", month))
}

pub(crate) fn no_value(key: &str, span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, Text::id("no-value").arg("key", key))
        .label(Text::id("no-value-label"))
        .help(Text::id("no-value-help"))
}

pub(crate) fn not_utf8(span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, Text::id("not-utf8"))
        .label(Text::id("not-utf8-label"))
        .help(Text::id("not-utf8-help"))
}

pub(crate) fn empty_file() -> Finding {
    Finding::new(SCHEMA, Span::default(), Text::id("empty-file"))
        .label(Text::id("empty-file-label"))
        .help(Text::id("empty-file-help"))
}

pub(crate) fn unknown_key(key: &str, span: Span, table: &str, suggestion: Option<&str>) -> Finding {
    Finding::new(SCHEMA, span, Text::id("unknown-key").arg("key", key).arg("table", place(table)))
        .label(Text::id("unknown-key-label"))
        .did_you_mean(suggestion)
}

pub(crate) fn missing_key(key: &str, span: Span, table: &str) -> Finding {
    Finding::new(SCHEMA, span, Text::id("missing-key").arg("key", key).arg("table", place(table)))
        .label(Text::id("missing-key-label").arg("key", key))
}

/// The plan has no `[plan]` table at all.
pub(crate) fn missing_plan() -> Finding {
    Finding::new(SCHEMA, Span::default(), Text::id("missing-key").arg("key", "plan").arg("table", Text::id("the-plan")))
        .label(Text::id("add-plan-table"))
}

pub(crate) fn missing_timing(span: Span, table: &str) -> Finding {
    Finding::new(SCHEMA, span, Text::id("missing-timing").arg("table", place(table)))
        .label(Text::id("missing-timing-label"))
        .help(Text::id("missing-timing-help"))
}

pub(crate) fn half_range(present: &str, missing: &str, span: Span) -> Finding {
    Finding::new(SCHEMA, span, Text::id("half-range").arg("present", present).arg("missing", missing))
        .label(Text::id("half-range-label").arg("missing", missing))
        .help(Text::id("half-range-help").arg("missing", missing))
}

pub(crate) fn date_and_range(span: Span) -> Finding {
    Finding::new(SCHEMA, span, Text::id("date-and-range"))
        .label(Text::id("date-and-range-label"))
        .help(Text::id("date-and-range-help"))
}

pub(crate) fn wrong_type(key: &str, span: Span, expected: Shape, found: Text) -> Finding {
    Finding::new(
        SCHEMA,
        span,
        Text::id("wrong-type").arg("key", key).arg("expected", expected.text()).arg("found", found),
    )
    .label(Text::id("wrong-type-label").arg("expected", expected.text()))
}

pub(crate) fn quota_and_population(span: Span) -> Finding {
    Finding::new(SCHEMA, span, Text::id("quota-and-population"))
        .label(Text::id("quota-and-population-label"))
        .help(Text::id("quota-and-population-help"))
}

pub(crate) fn negative(key: &str, span: Span, value: i64) -> Finding {
    Finding::new(SCHEMA, span, Text::id("negative").arg("key", key).arg("value", value))
        .label(Text::id("negative-label"))
}

pub(crate) fn not_a_word(key: &str, span: Span, value: &str, what: &'static str, words_allowed: &[&str]) -> Finding {
    let list = words_allowed.iter().map(|w| format!("`{w}`")).collect::<Vec<_>>().join(", ");
    let suggestion = crate::diagnostic::closest(value, words_allowed.iter().copied())
        .or_else(|| crate::i18n::Lang::english_for_danish(value, words_allowed.iter().copied()));
    Finding::new(SCHEMA, span, Text::id("not-a-word").arg("value", value).arg("what", Text::id(what)))
        .label(Text::id("not-a-word-label").arg("key", key).arg("words", list))
        .did_you_mean(suggestion)
}

pub(crate) fn bad_id(value: &str, span: Span, suggestion: Option<&str>) -> Finding {
    let f = Finding::new(SCHEMA, span, Text::id("bad-id").arg("value", value)).label(Text::id("bad-id-label"));
    match suggestion {
        Some(s) => f.help(Text::id("bad-id-help").arg("id", s)),
        None => f,
    }
}

pub(crate) fn reading_wrong_type(span: Span, key: &str) -> Finding {
    Finding::new(SCHEMA, span, Text::id("reading-wrong-type").arg("key", key))
        .label(Text::id("reading-wrong-type-label"))
}

pub(crate) fn bad_colour(span: Span, value: &str) -> Finding {
    Finding::new(SCHEMA, span, Text::id("bad-colour").arg("value", value))
        .label(Text::id("bad-colour-label"))
        .help(Text::id("bad-colour-help"))
}

pub(crate) fn bad_duration(span: Span, value: &str) -> Finding {
    Finding::new(SCHEMA, span, Text::id("bad-duration").arg("value", value))
        .label(Text::id("bad-duration-label"))
        .help(Text::id("bad-duration-help"))
}

pub(crate) fn unknown_rule(name: &str, span: Span, suggestion: Option<&str>) -> Finding {
    Finding::new(SCHEMA, span, Text::id("unknown-rule").arg("name", name))
        .label(Text::id("unknown-rule-label"))
        .did_you_mean(suggestion)
        .help_if_none(Text::id("unknown-rule-help"))
}

pub(crate) fn fixed_rule(name: &str, span: Span) -> Finding {
    Finding::new(SCHEMA, span, Text::id("fixed-rule").arg("name", name)).label(Text::id("fixed-rule-label"))
}

pub(crate) fn format_missing(span: Span) -> Finding {
    Finding::new(UNSUPPORTED_FORMAT, span, Text::id("format-missing"))
        .label(Text::id("format-read-as").arg("version", SUPPORTED))
        .help(Text::id("format-missing-help").arg("version", SUPPORTED))
}

pub(crate) fn format_unknown(span: Span, found: Arg) -> Finding {
    Finding::new(UNSUPPORTED_FORMAT, span, Text::id("format-unknown").arg("found", found))
        .label(Text::id("format-unknown-label").arg("version", SUPPORTED))
        .help(Text::id("format-unknown-help"))
}

pub(crate) fn format_quoted(span: Span) -> Finding {
    Finding::new(UNSUPPORTED_FORMAT, span, Text::id("format-quoted"))
        .label(Text::id("format-read-as").arg("version", SUPPORTED))
        .help(Text::id("format-quoted-help").arg("version", SUPPORTED))
}

impl Finding {
    /// Adds a help line only when there is none yet.
    #[must_use]
    fn help_if_none(self, text: Text) -> Self {
        if self.help.is_some() { self } else { self.help(text) }
    }
}
