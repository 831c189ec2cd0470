//! Reading one value of a table: a string, a count, a date, a keyword…, each reported as a
//! finding where it is missing (and required), of the wrong type or not a valid value.

use chrono::NaiveDate;
use compact_str::CompactString;

use crate::diagnostic::Text;
use crate::plan::date::DateError;
use crate::plan::{Amount, Duration, Keyword, PlanDate, Timing, id};
use crate::rules::dates;
use crate::rules::format::{self, Shape};
use crate::span::Spanned;

use super::tree::TomlValue;
use super::{DateSlot, Node, Reader, Table};

impl<'i> Reader<'i> {
    /// The value of `key`, reporting it missing when the format requires it.
    pub(super) fn value<'a>(&mut self, t: &Table<'a, 'i>, key: &str) -> Option<&'a Node<'i>> {
        let item = t.get(key);
        if item.is_none() && t.requires(key) {
            self.missing(t, key);
        }
        item
    }

    /// Reports a required key as missing, unless a misspelling of it was reported already.
    pub(super) fn missing(&mut self, t: &Table<'_, 'i>, key: &str) {
        if t.name == "[[training]]" {
            self.trainings_unread = true;
        }
        if !self.misspelt.contains(&(t.span, key)) {
            self.push(format::missing_key(key, t.span, t.name));
        }
    }

    pub(super) fn string(&mut self, t: &Table<'_, 'i>, key: &str) -> Option<Spanned<CompactString>> {
        let item = self.value(t, key)?;
        let span = item.span;
        if let TomlValue::String(s) = &item.value {
            Some(Spanned::new(CompactString::from(s.as_ref()), span))
        } else {
            self.push_wrong_type(key, span, Shape::String, item);
            None
        }
    }

    pub(super) fn strings(&mut self, t: &Table<'_, 'i>, key: &str) -> Vec<Spanned<CompactString>> {
        let Some(item) = self.value(t, key) else { return Vec::new() };
        let span = item.span;
        let array = match &item.value {
            TomlValue::String(s) => return vec![Spanned::new(CompactString::from(s.as_ref()), span)],
            TomlValue::Array(array) => array,
            _ => {
                self.push_wrong_type(key, span, Shape::ArrayOfStrings, item);
                return Vec::new();
            }
        };
        let mut out = Vec::with_capacity(array.items.len());
        for v in &array.items {
            let span = v.span;
            if let TomlValue::String(s) = &v.value {
                out.push(Spanned::new(CompactString::from(s.as_ref()), span));
            } else {
                self.push(format::wrong_type(key, span, Shape::ArrayOfStrings, Self::shape(v).in_array()));
            }
        }
        out
    }

    /// A whole number (one too big for 64 bits is a syntax error, found by the parser).
    pub(super) fn whole(&mut self, key: &str, item: &Node, expected: Shape) -> Option<i64> {
        if let TomlValue::Integer(i) = item.value {
            Some(i)
        } else {
            self.push_wrong_type(key, item.span, expected, item);
            None
        }
    }

    pub(super) fn integer(&mut self, t: &Table<'_, 'i>, key: &str) -> Option<Spanned<i64>> {
        let item = self.value(t, key)?;
        Some(Spanned::new(self.whole(key, item, Shape::WholeNumber)?, item.span))
    }

    /// A whole number, or a range of two (`[3, 5]`), the least first.
    pub(super) fn amount(&mut self, t: &Table<'_, 'i>, key: &str) -> Option<Spanned<Amount>> {
        let item = self.value(t, key)?;
        let span = item.span;
        if let TomlValue::Array(array) = &item.value {
            let numbers: Vec<i64> = array.items.iter().filter_map(|v| self.whole(key, v, Shape::WholeNumber)).collect();
            return match numbers[..] {
                [least, most] if least <= most => Some(Spanned::new(Amount { least, most }, span)),
                _ => {
                    self.push(
                        format::wrong_type(key, span, Shape::WholeNumber, Self::shape(item).text())
                            .help(Text::id("amount-range-help")),
                    );
                    None
                }
            };
        }
        let n = self.whole(key, item, Shape::WholeNumber)?;
        Some(Spanned::new(Amount { least: n, most: n }, span))
    }

    pub(super) fn count(&mut self, t: &Table<'_, 'i>, key: &str) -> Option<Spanned<u64>> {
        let i = self.integer(t, key)?;
        if let Ok(n) = u64::try_from(i.value) {
            Some(Spanned::new(n, i.span))
        } else {
            self.push(format::negative(key, i.span, i.value));
            None
        }
    }

    pub(super) fn counts(&mut self, t: &Table<'_, 'i>, key: &str) -> Vec<Spanned<u64>> {
        let Some(item) = self.value(t, key) else { return Vec::new() };
        let TomlValue::Array(array) = &item.value else {
            self.push_wrong_type(key, item.span, Shape::ArrayOfWholeNumbers, item);
            return Vec::new();
        };
        let mut out = Vec::with_capacity(array.items.len());
        for v in &array.items {
            let span = v.span;
            match self.whole(key, v, Shape::WholeNumber).map(|i| (i, u64::try_from(i))) {
                Some((_, Ok(n))) => out.push(Spanned::new(n, span)),
                Some((i, Err(_))) => self.push(format::negative(key, span, i)),
                None => {}
            }
        }
        out
    }

    pub(super) fn boolean(&mut self, t: &Table<'_, 'i>, key: &str) -> Option<Spanned<bool>> {
        let item = self.value(t, key)?;
        let span = item.span;
        if let TomlValue::Boolean(b) = &item.value {
            return Some(Spanned::new(*b, span));
        }
        // `"ja"`, `"nej"`: the Danish word for the flag, and the format's beside it.
        let meant = match &item.value {
            TomlValue::String(word) => crate::i18n::Lang::english_for_danish(word, ["true", "false"]),
            _ => None,
        };
        let f = Self::wrong_type(key, span, Shape::TrueOrFalse, item).did_you_mean(meant);
        self.push(f);
        None
    }

    pub(super) fn keyword<K: Keyword>(&mut self, t: &Table<'_, 'i>, key: &str) -> Option<Spanned<K>> {
        let item = self.value(t, key)?;
        let span = item.span;
        let TomlValue::String(word) = &item.value else {
            self.push_wrong_type(key, span, Shape::String, item);
            return None;
        };
        if let Some(k) = K::from_word(word) {
            Some(Spanned::new(k, span))
        } else {
            let words: Vec<&str> = K::ALL.iter().map(|(w, _)| *w).collect();
            self.push(format::not_a_word(key, span, word, K::WHAT_ID, &words));
            None
        }
    }

    /// `id`: required, and valid kebab-case; `None` drops the entity (reported once here).
    pub(super) fn id(&mut self, t: &Table<'_, 'i>) -> Option<Spanned<CompactString>> {
        let id = self.string(t, "id")?;
        if self.valid_id(&id) {
            Some(id)
        } else {
            self.rejected_ids.push(id.value.into());
            None
        }
    }

    /// Whether an id is valid kebab-case; reported once here when it is not.
    pub(super) fn valid_id(&mut self, id: &Spanned<CompactString>) -> bool {
        let valid = id::is_valid(&id.value);
        if !valid {
            self.push(format::bad_id(&id.value, id.span, id::suggest(&id.value).as_deref()));
        }
        valid
    }

    /// A date that cannot be tied to a closed period: a period's own, the red line of a shift.
    pub(super) fn untied(&mut self, t: &Table<'_, 'i>, key: &str, slot: DateSlot) -> Option<Spanned<PlanDate>> {
        let d = self.date(t, key, slot)?;
        if d.value.tie().is_some() {
            self.push(dates::tied_not_allowed(key, d.span, &d.value.to_string()));
            return None;
        }
        Some(d)
    }

    /// A reference to another entity: a string; whether it resolves is `unknown-reference`'s job.
    pub(super) fn reference(&mut self, t: &Table<'_, 'i>, key: &str) -> Option<Spanned<CompactString>> {
        self.string(t, key)
    }

    pub(super) fn date(&mut self, t: &Table<'_, 'i>, key: &str, slot: DateSlot) -> Option<Spanned<PlanDate>> {
        let item = self.value(t, key)?;
        let span = item.span;
        let parsed = match &item.value {
            TomlValue::Datetime(d) => match (d.date, d.time) {
                (Some(date), None) => {
                    NaiveDate::from_ymd_opt(i32::from(date.year), u32::from(date.month), u32::from(date.day))
                        .map(PlanDate::Day)
                        .ok_or(DateError::NoSuchDay)
                        .map_err(|e| dates::invalid(key, span, &date.to_string(), &e))
                }
                (Some(_), Some(_)) => Err(dates::with_time(key, span)),
                _ => Err(Self::wrong_type(key, span, Shape::Date, item)),
            },
            TomlValue::String(s) => PlanDate::parse(s).map_err(|e| dates::invalid(key, span, s, &e)),
            _ => Err(Self::wrong_type(key, span, Shape::Date, item).help(Text::id("date-form-short"))),
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
    pub(super) fn day(&mut self, t: &Table<'_, 'i>, key: &str) -> Option<Spanned<NaiveDate>> {
        let d = self.date(t, key, DateSlot::On)?;
        if let PlanDate::Day(day) = d.value {
            Some(Spanned::new(day, d.span))
        } else {
            self.push(dates::not_a_day(key, d.span, &d.value.to_string()));
            None
        }
    }

    /// `date`, or `start` and `end`, of a training or phase.
    pub(super) fn timing(&mut self, t: &Table<'_, 'i>) -> Option<Timing> {
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

    pub(super) fn duration(&mut self, t: &Table<'_, 'i>) -> Option<Spanned<Duration>> {
        let s = self.string(t, "duration")?;
        if let Some(d) = Duration::parse(&s.value) {
            Some(Spanned::new(d, s.span))
        } else {
            self.push(format::bad_duration(s.span, &s.value));
            None
        }
    }
}

/// Whether a value is of the kind a key of type `ty` holds, as far as its shape tells (a
/// `[[reading]]`'s value, read before the ids are known).
pub(super) fn fits(ty: crate::spec::Type, item: &Node<'_>) -> bool {
    use crate::spec::Type;
    let strings = |a: &super::tree::Array<'_>| a.items.iter().all(|v| matches!(v.value, TomlValue::String(_)));
    match (ty, &item.value) {
        (Type::Any, _)
        | (
            Type::Text
            | Type::Id
            | Type::Ref
            | Type::Duration
            | Type::Word(_)
            | Type::Colour
            | Type::Texts
            | Type::Refs
            | Type::After,
            TomlValue::String(_),
        )
        | (Type::Count | Type::Integer | Type::Amount | Type::Format, TomlValue::Integer(_))
        | (Type::Flag, TomlValue::Boolean(_))
        | (Type::Day | Type::Date | Type::End, TomlValue::Datetime(_) | TomlValue::String(_))
        | (Type::Table(_) | Type::Seats | Type::Lints | Type::Follows, TomlValue::Table(_))
        | (Type::Counts | Type::Amount | Type::List(_), TomlValue::Array(_)) => true,
        (Type::Texts | Type::Refs | Type::After, TomlValue::Array(a)) => strings(a),
        _ => false,
    }
}
