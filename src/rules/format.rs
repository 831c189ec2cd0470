//! Rules about the file itself: TOML syntax, the shape of tables and keys, the format version.
//!
//! These findings are raised by the loader (`crate::load`) while it reads the file; their
//! texts live here, with the rules.

use crate::diagnostic::Finding;
use crate::registry::{PARSE_ERROR, SCHEMA, UNSUPPORTED_FORMAT};
use crate::span::Span;

/// The format versions this build reads.
pub const SUPPORTED: i64 = 1;

pub(crate) fn parse_error(span: Span, message: &str) -> Finding {
    Finding::new(PARSE_ERROR, span, format!("invalid TOML: {message}"))
        .help("fix the syntax here; nothing else in the file is checked until it parses")
}

pub(crate) fn defined_twice(key: &str, span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, format!("invalid TOML: `{key}` is defined twice"))
        .label("defined again here")
        .help("a key is defined once in a table; remove one, or rename it")
}

pub(crate) fn list_as_table(key: &str, span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, format!("invalid TOML: `[{key}]` where `{key}` is a list of [[{key}]] entries"))
        .label("a single table here")
        .help(format!("write [[{key}]] for another entry"))
}

pub(crate) fn bare_word(word: &str, span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, format!("invalid TOML: `{word}` is neither text nor a number"))
        .label("a bare word")
        .help(format!("write text in quotes (\"{word}\"), or a number (`true` and `false` need no quotes)"))
}

pub(crate) fn no_value(key: &str, span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, format!("invalid TOML: `{key}` has no value after `=`"))
        .label("a value goes here")
        .help("write the value (text in quotes, a number, a date, a list in [ ]), or remove the line")
}

pub(crate) fn not_utf8(span: Span) -> Finding {
    Finding::new(PARSE_ERROR, span, "the file is not UTF-8 text")
        .label("this byte does not start a UTF-8 character")
        .help("save the file as UTF-8 (most editors offer it under \"Save as\" or \"Encoding\")")
}

pub(crate) fn empty_file() -> Finding {
    Finding::new(SCHEMA, Span::default(), "the plan file is empty")
        .label("a plan needs at least `format` and a [plan] table")
        .help("start with `format = 1`, then [plan] with `title` and `root`; see README.md")
}

pub(crate) fn unknown_key(key: &str, span: Span, table: &str, suggestion: Option<&str>) -> Finding {
    Finding::new(SCHEMA, span, format!("unknown key `{key}` in {table}"))
        .label("not a key of plan format 1")
        .did_you_mean(suggestion)
}

pub(crate) fn missing_key(key: &str, span: Span, table: &str) -> Finding {
    Finding::new(SCHEMA, span, format!("missing key `{key}` in {table}")).label(format!("`{key}` is required here"))
}

pub(crate) fn missing_timing(span: Span, table: &str) -> Finding {
    Finding::new(SCHEMA, span, format!("{table} has no date"))
        .label("needs `date`, or `start` and `end`")
        .help("write `date = \"tbd\"` (or `start`/`end = \"tbd\"`) when the date is not yet known")
}

pub(crate) fn half_range(present: &str, missing: &str, span: Span) -> Finding {
    Finding::new(SCHEMA, span, format!("`{present}` without `{missing}`"))
        .label(format!("`{missing}` is missing"))
        .help(format!("give both `start` and `end`, or one `date`; write `{missing} = \"tbd\"` if it is not yet known"))
}

pub(crate) fn date_and_range(span: Span) -> Finding {
    Finding::new(SCHEMA, span, "both `date` and `start`/`end` are given")
        .label("one of them must go")
        .help("`date` is for a one-day event or milestone; `start` and `end` for a period")
}

pub(crate) fn wrong_type(key: &str, span: Span, expected: &str, found: &str) -> Finding {
    Finding::new(SCHEMA, span, format!("`{key}` must be {expected}, found {found}"))
        .label(format!("expected {expected}"))
}

pub(crate) fn quota_and_population(span: Span) -> Finding {
    Finding::new(SCHEMA, span, "a role has both `quota` and `population`")
        .label("give one of them")
        .help("`quota` counts seats for named people; `population` counts a group with no named people")
}

pub(crate) fn negative(key: &str, span: Span, value: i64) -> Finding {
    Finding::new(SCHEMA, span, format!("`{key}` must be 0 or more, found {value}")).label("a count cannot be negative")
}

pub(crate) fn not_a_word(key: &str, span: Span, value: &str, what: &str, words: &[&str]) -> Finding {
    let list = words.iter().map(|w| format!("`{w}`")).collect::<Vec<_>>().join(", ");
    let suggestion = crate::diagnostic::closest(value, words.iter().copied());
    Finding::new(SCHEMA, span, format!("`{value}` is not a {what}"))
        .label(format!("`{key}` takes one of {list}"))
        .did_you_mean(suggestion)
}

pub(crate) fn bad_id(value: &str, span: Span, suggestion: Option<&str>) -> Finding {
    let f = Finding::new(SCHEMA, span, format!("`{value}` is not a valid id"))
        .label("ids are lowercase kebab-case: a-z, 0-9 and `-`, starting with a letter or digit");
    match suggestion {
        Some(s) => f.help(format!("write `{s}`; the display name goes in `name`")),
        None => f,
    }
}

pub(crate) fn bad_duration(span: Span, value: &str) -> Finding {
    Finding::new(SCHEMA, span, format!("`{value}` is not a course length"))
        .label("write hours or days, or a range of them")
        .help("for example \"7h\", \"2d\" or \"3-6h\"")
}

pub(crate) fn unknown_rule(name: &str, span: Span, suggestion: Option<&str>) -> Finding {
    Finding::new(SCHEMA, span, format!("unknown rule `{name}` in [lints]"))
        .label("not a rule of aula-plan")
        .did_you_mean(suggestion)
        .help_if_none("`aula-plan rules` lists every rule")
}

pub(crate) fn fixed_rule(name: &str, span: Span) -> Finding {
    Finding::new(SCHEMA, span, format!("the level of `{name}` cannot be changed"))
        .label("a file that does not parse is always an error")
}

pub(crate) fn format_missing(span: Span) -> Finding {
    Finding::new(UNSUPPORTED_FORMAT, span, "the plan does not say its format version")
        .label(format!("read as format {SUPPORTED}"))
        .help(format!("add `format = {SUPPORTED}` as the first line"))
}

pub(crate) fn format_unknown(span: Span, found: &str) -> Finding {
    Finding::new(UNSUPPORTED_FORMAT, span, format!("plan format {found} is not supported"))
        .label(format!("this aula-plan reads format {SUPPORTED}"))
        .help("use the aula-plan release that wrote this file, or convert the plan to format 1")
}

pub(crate) fn format_quoted(span: Span) -> Finding {
    Finding::new(UNSUPPORTED_FORMAT, span, "`format` must be a number")
        .label(format!("read as format {SUPPORTED}"))
        .help(format!("write `format = {SUPPORTED}`, without quotes"))
}

impl Finding {
    /// Adds a help line only when there is none yet.
    #[must_use]
    fn help_if_none(self, text: &str) -> Self {
        if self.help.is_some() { self } else { self.help(text) }
    }
}
