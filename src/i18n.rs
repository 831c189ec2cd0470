//! The language a person reads: Danish or English, chosen by `--lang`, `AULA_PLAN_LANG` or the
//! locale, and the texts of both, kept as Project Fluent files in `i18n/da/` and `i18n/en/`
//! (one file per family of messages) and built into the binary.
//!
//! A text that depends on the language is a [`Text`]: a message id with its arguments, put in
//! words only when it is shown. Machine output never depends on it: rule names, JSON keys,
//! SARIF rule ids, exit codes and the plan format are the same in both languages.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

use chrono::{Datelike, NaiveDate};

use crate::plan::date::Step;
use crate::plan::{Closed, EntityKind, PlanDate};
use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, langid, static_loader};

static_loader! {
    static TEXTS = {
        locales: "./i18n",
        fallback_language: "en",
        // No Unicode isolation marks around arguments: the output is read in a terminal, a
        // file or CI's log, where they would show as stray characters.
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

static DANISH: LanguageIdentifier = langid!("da");
static ENGLISH: LanguageIdentifier = langid!("en");

pub use crate::lang::Lang;

impl Lang {
    fn id(self) -> &'static LanguageIdentifier {
        match self {
            Lang::Da => &DANISH,
            Lang::En => &ENGLISH,
        }
    }

    /// The message `id` in this language, with no arguments.
    #[must_use]
    pub fn text(self, id: &str) -> String {
        self.text_with(id, &[])
    }

    /// The message `id` in this language, with its arguments. A message missing in this
    /// language, or shown without an argument it needs, is a mistake of the program: a debug
    /// build (every test) stops on it; a release build shows the English text.
    #[must_use]
    pub fn text_with(self, id: &str, args: &[(&'static str, Arg)]) -> String {
        self.try_text_with(id, args).unwrap_or_else(|e| {
            debug_assert!(false, "{e}");
            Lang::En.try_text_with(id, args).unwrap_or_else(|_| id.to_owned())
        })
    }

    /// The English word of the format that a Danish reader may have written in its place
    /// (`gennemført` for `done`, `slut` for `end`, `ja` for `true`): among `candidates`, the one
    /// whose Danish translation — a column, a state or a cell the tool already shows in Danish —
    /// is `word`, or among whose other words (`also-done`: "afholdt", "færdig", …) it is. The
    /// translations are the catalogue's, not a second list.
    #[must_use]
    pub fn english_for_danish<'c>(word: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
        let word = word.trim().to_lowercase();
        let same = |lang: Lang, id: &str, w: &str| lang.try_text_with(id, &[]).is_ok_and(|t| t.to_lowercase() == w);
        candidates.into_iter().find(|c| {
            let flag = match *c {
                "true" => Some("cell-yes"),
                "false" => Some("cell-no"),
                _ => None,
            };
            // The other words a plan may write for a state, in both languages.
            let also_id = match *c {
                "done" => Some("also-done"),
                "cancelled" => Some("also-cancelled"),
                _ => None,
            };
            let also = |lang: Lang| {
                also_id.is_some_and(|id| {
                    lang.try_text_with(id, &[])
                        .is_ok_and(|words| words.split(',').any(|w| w.trim().to_lowercase() == word))
                })
            };
            flag.is_some_and(|id| same(Self::Da, id, &word))
                || also(Self::Da)
                || also(Self::En)
                || ["state-", "col-", "cell-"].iter().any(|prefix| {
                    let id = format!("{prefix}{c}");
                    same(Self::En, &id, c) && same(Self::Da, &id, &word)
                })
        })
    }

    /// The message `id` in this language only, with its arguments; why not, when it cannot be
    /// put in words (no such message, or an argument it needs is not given).
    ///
    /// # Errors
    /// The message id, the language and what Fluent found wrong.
    pub fn try_text_with(self, id: &str, args: &[(&'static str, Arg)]) -> Result<String, String> {
        // Words first (a date, a nested text), then the map Fluent reads them from.
        let words: Vec<Option<String>> = args.iter().map(|(_, value)| value.words(self)).collect();
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .zip(&words)
            .map(|((name, value), words)| {
                let value = match (value, words) {
                    // Fluent's numbers are floating point: one past 2^53 is passed as its digits,
                    // exact (and plural, as any large number is).
                    (Arg::Num(n), _) => match i64::try_from(*n) {
                        Ok(n) if n.unsigned_abs() <= 1 << 53 => FluentValue::from(n),
                        _ => FluentValue::from(n.to_string()),
                    },
                    (_, Some(w)) => FluentValue::from(w.as_str()),
                    (Arg::Str(s), None) => FluentValue::from(s.as_str()),
                    _ => FluentValue::None,
                };
                (Cow::Borrowed(*name), value)
            })
            .collect();
        TEXTS
            .lookup_single_language(self.id(), id, Some(&args))
            .map_err(|e| format!("message `{id}` in {}: {e}", self.code()))
    }

    /// A date of the plan as a person reads it ([`PlanDate::words`]).
    #[must_use]
    pub fn date(self, date: &PlanDate) -> String {
        date.words(self)
    }

    /// A day as a person reads it: `28. februar 2018` in Danish; in English as the plan
    /// writes it, `2018-02-28`.
    #[must_use]
    pub fn day(self, day: NaiveDate) -> String {
        match self {
            Lang::Da => crate::plan::date::day_da(day),
            Lang::En => day.to_string(),
        }
    }
}

impl From<PlanDate> for Arg {
    fn from(d: PlanDate) -> Self {
        Arg::Date(d)
    }
}

impl From<&PlanDate> for Arg {
    fn from(d: &PlanDate) -> Self {
        Arg::Date(d.clone())
    }
}

pub use crate::plan::date::{month_da, month_of_danish};

/// An argument of a message: words (an id, a name, a date already written out) or a number,
/// which chooses the plural form ("1 plads", "2 pladser").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Arg {
    Str(String),
    Num(i128),
    /// A day, written as the language writes days.
    Day(NaiveDate),
    /// A date of the plan (a day, a week, a month, tbd, open), as the language writes it.
    Date(PlanDate),
    /// A month by name: `February 2019`, `februar 2019`.
    MonthName {
        year: i32,
        month: u32,
    },
    /// A number with two decimals, in hundredths: `2.35` in English, `2,35` in Danish.
    Hundredths(i64),
    /// Words that are themselves a message ("the root", a kind of entity).
    Text(Box<Text>),
}

impl Arg {
    /// The words of an argument that the language writes its own way; none for words and
    /// numbers, which Fluent takes as they are.
    fn words(&self, lang: Lang) -> Option<String> {
        match self {
            Arg::Str(_) | Arg::Num(_) => None,
            Arg::Day(d) => Some(lang.day(*d)),
            Arg::Date(d) => Some(d.words(lang)),
            Arg::MonthName { year, month } => Some(match lang {
                Lang::Da => {
                    format!("{} {year}", month_da(*month))
                }
                Lang::En => NaiveDate::from_ymd_opt(*year, *month, 1)
                    .map_or_else(String::new, |d| d.format("%B %Y").to_string()),
            }),
            Arg::Hundredths(n) => {
                let sign = if *n < 0 { "-" } else { "" };
                let point = if lang == Lang::Da { ',' } else { '.' };
                Some(format!("{sign}{}{point}{:02}", n.unsigned_abs() / 100, n.unsigned_abs() % 100))
            }
            Arg::Text(t) => Some(t.in_lang(lang).into_owned()),
        }
    }
}

impl From<NaiveDate> for Arg {
    fn from(d: NaiveDate) -> Self {
        Arg::Day(d)
    }
}

impl From<Text> for Arg {
    fn from(t: Text) -> Self {
        Arg::Text(Box::new(t))
    }
}

// A name put into a message shows its control characters instead of acting on a terminal or
// breaking a file (`escape::visible`): every message of every renderer takes names this way.
impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Str(crate::escape::visible(s).into_owned())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        match crate::escape::visible(&s) {
            Cow::Borrowed(_) => Arg::Str(s),
            Cow::Owned(shown) => Arg::Str(shown),
        }
    }
}

impl From<&String> for Arg {
    fn from(s: &String) -> Self {
        Arg::from(s.as_str())
    }
}

impl From<&compact_str::CompactString> for Arg {
    fn from(s: &compact_str::CompactString) -> Self {
        Arg::from(s.as_str())
    }
}

impl From<compact_str::CompactString> for Arg {
    fn from(s: compact_str::CompactString) -> Self {
        Arg::from(s.as_str())
    }
}

macro_rules! arg_from_number {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Self {
                Arg::Num(i128::try_from(n).unwrap_or(i128::MAX))
            }
        }
    )*};
}
arg_from_number!(u32, u64, usize, i32, i64, u128);

/// A text a person reads, in either language: a message of the Fluent files with its
/// arguments, or words already written (a plan's own text, or a message not yet translated).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    Message { id: &'static str, args: Vec<(&'static str, Arg)> },
    Plain(String),
}

impl Text {
    /// The message `id` with no arguments.
    #[must_use]
    pub fn id(id: &'static str) -> Self {
        Text::Message { id, args: Vec::new() }
    }

    /// Adds an argument.
    #[must_use]
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        if let Text::Message { args, .. } = &mut self {
            args.push((name, value.into()));
        }
        self
    }

    /// The text in `lang`.
    #[must_use]
    pub fn in_lang(&self, lang: Lang) -> Cow<'_, str> {
        match self {
            Text::Message { id, args } => Cow::Owned(lang.text_with(id, args)),
            Text::Plain(s) => crate::escape::visible(s),
        }
    }
}

impl crate::plan::UnknownRole {
    /// The error in words (`i18n/*/errors.ftl`). It lives here, not beside the plan, which
    /// this module depends on; its `Display` is the English.
    #[must_use]
    pub fn text(&self) -> Text {
        Text::id("error-unknown-role").arg("id", &self.id).arg("hint", hint(self.suggestion.as_deref()))
    }
}

impl crate::plan::UnknownGroup {
    /// The error in words (`i18n/*/errors.ftl`); its `Display` is the English.
    #[must_use]
    pub fn text(&self) -> Text {
        Text::id("error-unknown-group")
            .arg("kind", kind(self.kind))
            .arg("id", &self.id)
            .arg("hint", hint(self.suggestion.as_deref()))
    }
}

/// ` (did you mean `x`?)` after a one-line error, or nothing without a suggestion.
#[must_use]
pub fn hint(suggestion: Option<&str>) -> Text {
    suggestion.map_or_else(|| Text::Plain(String::new()), |s| Text::id("error-did-you-mean").arg("word", s))
}

/// Why nobody works on a day, in words.
#[must_use]
pub fn closed(why: Closed<'_>) -> Text {
    match why {
        Closed::Saturday => Text::id("closed-saturday"),
        Closed::Sunday => Text::id("closed-sunday"),
        Closed::Holiday(name) => Text::id("closed-holiday").arg("name", name),
        Closed::Period(Some(name)) => Text::id("closed-period").arg("name", name),
        Closed::Period(None) => Text::id("closed-unnamed-period"),
    }
}

/// The day of the week of `day` ("Monday", "mandag").
#[must_use]
pub fn weekday(day: NaiveDate) -> Text {
    let key = match day.weekday() {
        chrono::Weekday::Mon => "mon",
        chrono::Weekday::Tue => "tue",
        chrono::Weekday::Wed => "wed",
        chrono::Weekday::Thu => "thu",
        chrono::Weekday::Fri => "fri",
        chrono::Weekday::Sat => "sat",
        chrono::Weekday::Sun => "sun",
    };
    Text::id("weekday").arg("day", key)
}

/// A step of a shift in words: "by 4 months", "back 2 weeks" ("4 måneder frem").
#[must_use]
pub fn step(step: Step) -> Text {
    let n = step.amount();
    let units = step_units(step.unit(), n.unsigned_abs().into());
    Text::id(if n < 0 { "step-back" } else { "step-by" }).arg("units", units)
}

/// A delay in words: a step ("by 4 months"), or a range of them ("by 3–5 months", "3–5 måneder
/// frem").
#[must_use]
pub fn delay(least: Step, most: Option<Step>) -> Text {
    let Some(most) = most.filter(|m| *m != least) else { return step(least) };
    let units = Text::id("step-range-units")
        .arg("unit", least.unit())
        .arg("least", i64::from(least.amount().unsigned_abs()))
        .arg("most", i64::from(most.amount().unsigned_abs()));
    Text::id(if most.amount() < 0 { "step-back" } else { "step-by" }).arg("units", units)
}

/// A recorded amount of months, weeks or days, or a range of them ("4 months", "3–5 måneder"),
/// without its direction.
#[must_use]
pub fn amount_units(unit: &'static str, amount: crate::plan::Amount) -> Text {
    if amount.least == amount.most {
        return step_units(unit, amount.least.abs());
    }
    Text::id("step-range-units").arg("unit", unit).arg("least", amount.least.abs()).arg("most", amount.most.abs())
}

/// A number of months, weeks or days ("4 months", "1 uge").
#[must_use]
pub fn step_units(unit: &'static str, n: i64) -> Text {
    Text::id("step-units").arg("unit", unit).arg("n", n)
}

/// An activity's kind (a word of the format: `training`, `go-live`) in words ("Uddannelse").
#[must_use]
pub fn phase_kind(word: &str) -> Text {
    Text::id("phase-kind").arg("word", word)
}

/// A unit's kind (`school`, `service-desk`) in words ("Skole", "Servicedesk").
#[must_use]
pub fn unit_kind(word: &str) -> Text {
    Text::id("unit-kind").arg("word", word)
}

/// A track of the timeline by name: the well-known `schools` and `daycare` by the catalogue's
/// ("Skoleområdet"), any other as the plan writes it.
#[must_use]
pub fn track(word: &str) -> Text {
    Text::id("track-name").arg("word", word)
}

/// A course length in words: "2 dage", "3-6 timer".
#[must_use]
pub fn length(d: crate::plan::Duration) -> Text {
    let range = if d.low == d.high { d.low.to_string() } else { format!("{}-{}", d.low, d.high) };
    let unit = match d.unit {
        crate::plan::DurationUnit::Days => "days",
        crate::plan::DurationUnit::Hours => "hours",
    };
    Text::id("course-length").arg("unit", unit).arg("range", range).arg("high", d.high)
}

/// A kind of entity as a message names it ("unit", "enhed").
#[must_use]
pub fn kind(kind: EntityKind) -> Text {
    Text::id(match kind {
        EntityKind::Unit => "kind-unit",
        EntityKind::Role => "kind-role",
        EntityKind::Person => "kind-person",
        EntityKind::Training => "kind-training",
        EntityKind::Phase => "kind-phase",
        EntityKind::Category => "kind-category",
        EntityKind::Part => "kind-part",
    })
}

/// English, as the tests and the logs of a library user read it.
impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.in_lang(Lang::En))
    }
}

/// Compares the English text, as tests of the library read it.
impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.in_lang(Lang::En) == *other
    }
}

impl From<String> for Text {
    fn from(s: String) -> Self {
        Text::Plain(s)
    }
}

impl From<&str> for Text {
    fn from(s: &str) -> Self {
        Text::Plain(s.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_danish_locale_in_any_spelling_is_danish() {
        for l in ["da", "da_DK", "da_DK.UTF-8", "da-DK", "DA_dk.utf8", "da_DK@euro"] {
            assert_eq!(Lang::of_locale(l), Some(Lang::Da), "{l}");
        }
        for l in ["en_GB.UTF-8", "C", "POSIX", "C.UTF-8", "nb_NO", "de-DE", "dan"] {
            assert_eq!(Lang::of_locale(l), Some(Lang::En), "{l}");
        }
        assert_eq!(Lang::of_locale(""), None);
    }

    #[test]
    fn the_locale_is_chosen_as_posix_does_then_the_system() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| pairs.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v).to_owned())
        };
        let none = || None;
        // LC_ALL wins over LC_MESSAGES, which wins over LANG; an empty one is passed over.
        assert_eq!(Lang::from_environment(env(&[("LC_ALL", "en_US"), ("LANG", "da_DK")]), none), Lang::En);
        assert_eq!(Lang::from_environment(env(&[("LC_ALL", ""), ("LANG", "da_DK.UTF-8")]), none), Lang::Da);
        assert_eq!(Lang::from_environment(env(&[("LC_MESSAGES", "da"), ("LANG", "en_US")]), none), Lang::Da);
        // Nothing in the environment: the system's locale, else English.
        assert_eq!(Lang::from_environment(env(&[]), || Some("da-DK".to_owned())), Lang::Da);
        assert_eq!(Lang::from_environment(env(&[]), none), Lang::En);
    }

    #[test]
    fn a_day_is_written_out_in_danish_and_as_the_plan_writes_it_in_english() {
        let day = NaiveDate::from_ymd_opt(2018, 2, 28).unwrap();
        assert_eq!(Lang::Da.day(day), "28. februar 2018");
        assert_eq!(Lang::En.day(day), "2018-02-28");
        assert_eq!(Lang::Da.day(NaiveDate::from_ymd_opt(2019, 5, 1).unwrap()), "1. maj 2019");
        assert_eq!(Lang::Da.date(&PlanDate::Week { year: 2019, week: 41 }), "uge 41 2019");
        assert_eq!(Lang::Da.date(&PlanDate::Month { year: 2019, month: 10 }), "oktober 2019");
        assert_eq!(Lang::En.date(&PlanDate::Week { year: 2019, week: 41 }), "2019-W41");
    }

    #[test]
    fn a_message_without_its_placeholder_or_not_there_is_an_error() {
        let wrong = Lang::Da.try_text_with("tbd-date", &[("which", "date".into())]);
        assert!(wrong.is_err_and(|e| e.contains("tbd-date") && e.contains("id")));
        assert!(Lang::Da.try_text_with("no-such-message", &[]).is_err());
        let right = Lang::Da.try_text_with("tbd-date", &[("id", "x".into()), ("which", "date".into())]);
        assert_eq!(right.as_deref(), Ok("`x` mangler dato: datoen kendes endnu ikke (tbd)"));
    }

    #[test]
    fn a_decimal_has_the_language_s_point() {
        assert_eq!(Arg::Hundredths(235).words(Lang::Da).as_deref(), Some("2,35"));
        assert_eq!(Arg::Hundredths(235).words(Lang::En).as_deref(), Some("2.35"));
        assert_eq!(Arg::Hundredths(-5).words(Lang::En).as_deref(), Some("-0.05"));
    }

    #[test]
    fn plurals_follow_the_language() {
        let seats = |n: i64, lang| Text::id("count-seats").arg("count", n).in_lang(lang).into_owned();
        assert_eq!(seats(1, Lang::Da), "1 plads");
        assert_eq!(seats(2, Lang::Da), "2 pladser");
        assert_eq!(seats(1, Lang::En), "1 seat");
        assert_eq!(seats(0, Lang::En), "0 seats");
    }
}
