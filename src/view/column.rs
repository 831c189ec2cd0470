//! A view's columns: each column's key in JSON and CSV, its header, and how a person reads its
//! cells (names for ids, words for the format's words, dates as the reader's language writes
//! them).

use std::collections::HashMap;

use serde_json::Value;

use super::{csv_excel, text};
use crate::i18n::Lang;
use crate::plan::{Duration, PlanDate};

/// A column: its key in JSON and CSV, the message id of its header in the table, and how its
/// cells are shown to a person.
#[derive(Debug, Clone, Copy)]
pub struct Column {
    pub key: &'static str,
    pub header: &'static str,
    pub shown: Shown,
    /// Whether a terminal's table and Markdown show it (else only data and workbooks do: a
    /// column mostly empty, such as the day a course was held).
    pub in_tables: bool,
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
    Column { key, header, shown: Shown::AsIs, in_tables: true }
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

    /// The same column, in data and workbooks only, not in a terminal's table or Markdown.
    #[must_use]
    pub const fn sheets_only(self) -> Self {
        Column { in_tables: false, ..self }
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
    pub(super) fn show_with(&self, v: &Value, lang: Lang, names: &HashMap<String, String>) -> String {
        match (self.shown, v) {
            (_, Value::Bool(yes)) => lang.text(if *yes { "cell-yes" } else { "cell-no" }),
            (_, v @ Value::Number(_)) => csv_excel::number(v, lang),
            (Shown::Words(id), Value::String(s)) => id(s).map_or_else(|| s.clone(), |id| lang.text(id)),
            (Shown::Choice(message), Value::String(s)) => lang.text_with(message, &[("word", s.as_str().into())]),
            (Shown::Track, Value::String(s)) => {
                names.get(&format!("{s}:")).cloned().unwrap_or_else(|| crate::i18n::track(s).in_lang(lang).into_owned())
            }
            (Shown::Dates, v @ (Value::String(_) | Value::Object(_))) => {
                PlanDate::from_json(v).map_or_else(|| text(v), |d| d.words(lang))
            }
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
                // Each track's day on a line of its own.
                .join("\n"),
            (Shown::Names, Value::Object(map)) => map
                .iter()
                .map(|(id, v)| format!("{} {}", names.get(id).map_or(id.as_str(), String::as_str), text(v)))
                .collect::<Vec<_>>()
                .join(", "),
            _ => text(v),
        }
    }
}
