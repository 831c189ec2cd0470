//! The `[[revision]]` a written shift adds to the plan's history, with the shift's parameters.

use chrono::{Datelike, NaiveDate};
use compact_str::CompactString;
use toml_edit::{Item, Value};

use super::{Request, Shift, ShiftError};
use crate::edit::line_ending_at;
use crate::plan::date::Step;
use crate::plan::{History, Plan, PlanDate, Revision};
use crate::span::Span;

/// The `[[revision]]` that `--write` adds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RevisionEntry {
    pub date: NaiveDate,
    pub note: Option<String>,
    /// The plan's new revision, recorded in the entry.
    pub revision: Option<String>,
    /// `[plan] revision` as it stands, to be replaced by `revision`.
    pub plan_revision: Option<Span>,
}

/// The revision after `old`, a version number: its last part one higher ("2.1" → "2.2",
/// "3" → "4"); `None` when it is not numbers and dots.
#[must_use]
pub fn bumped_revision(old: &str) -> Option<String> {
    let numbered = !old.is_empty() && old.split('.').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    if !numbered {
        return None;
    }
    let digits = old.len() - old.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    if digits == 0 {
        return None;
    }
    let (head, tail) = old.split_at(old.len() - digits);
    let n: u64 = tail.parse().ok()?;
    Some(format!("{head}{}", n.checked_add(1)?))
}

/// The ids of a shift record's list, sorted.
fn words(list: &[crate::span::Spanned<CompactString>]) -> Vec<&str> {
    let mut v: Vec<&str> = list.iter().map(|x| x.value.as_str()).collect();
    v.sort_unstable();
    v
}

/// The ids of a request's list, sorted.
fn sorted(list: &[String]) -> Vec<&str> {
    let mut v: Vec<&str> = list.iter().map(String::as_str).collect();
    v.sort_unstable();
    v
}

/// The last revision of the plan, when it recorded this very shift: the same amount, red line,
/// tracks and ids. Running a shift twice is how one delay is made two.
#[must_use]
pub fn repeats<'p>(plan: &'p Plan, request: &Request) -> Option<&'p Revision> {
    let last = plan.revisions.last()?;
    let s = last.shift.as_ref()?;
    let same = s.delay() == Some((request.step, request.most))
        && s.from.as_ref().map(|f| f.value.clone()) == request.from
        && words(&s.tracks) == sorted(&request.tracks)
        && words(&s.only) == sorted(&request.only)
        && s.end_only.as_ref().is_some_and(|e| e.value) == request.end_only;
    same.then_some(last)
}

/// Adds the splice that appends `entry`, with the shift's parameters, to the plan's history:
/// after the last `[[revision]]` (so the history stays together), or at the end of the file
/// when it has none, in the file's own line endings.
///
/// # Errors
/// When `revision` is something other than tables, which the loader reports anyway.
pub fn add_revision(shift: &mut Shift, source: &str, entry: &RevisionEntry) -> Result<(), ShiftError> {
    // The line ending of the place the revision goes, which in a file of mixed endings need
    // not be the first line's.
    let eol = match shift.history {
        History::Tables { end } => line_ending_at(source, end),
        _ => line_ending_at(source, source.len()),
    };
    let mut table = toml_edit::Table::new();
    if let Some(revision) = &entry.revision {
        table["revision"] = toml_edit::value(revision.as_str());
    }
    table["date"] = toml_edit::value(toml_date(entry.date));
    if let Some(note) = &entry.note {
        table["note"] = toml_edit::value(note.as_str());
    }
    let record = shift.request.as_ref().map(shift_record);
    let (at, text) = match shift.history {
        History::None => {
            let pad = if source.is_empty() { "" } else { eol };
            let sep = if source.is_empty() || source.ends_with('\n') { "" } else { eol };
            (source.len(), format!("{sep}{pad}{}", block(table, record, eol)))
        }
        History::Tables { end } => {
            let end = end.min(source.len());
            let at = source[end..].find('\n').map_or(source.len(), |i| end + i + 1);
            let sep = if at == source.len() && !source.ends_with('\n') { eol } else { "" };
            (at, format!("{sep}{eol}{}", block(table, record, eol)))
        }
        History::Inline { span, last_end } => {
            let mut inline = table.into_inline_table();
            if let Some(record) = record {
                inline.insert("shift", record);
            }
            let close = span.end().saturating_sub(1);
            let trailing_comma =
                last_end.is_some_and(|end| source.get(end..close).is_some_and(|s| without_comments(s).contains(',')));
            let comma = if last_end.is_none() || trailing_comma { "" } else { ", " };
            (close, format!("{comma}{inline} "))
        }
        History::Other { span } => return Err(ShiftError::RevisionNotAnArray { span }),
    };
    shift.splices.push(Span::new(at, at), text);
    if let (Some(span), Some(revision)) = (entry.plan_revision, &entry.revision) {
        shift.splices.push(span, toml_edit::Value::from(revision.as_str()).to_string().trim().to_owned());
    }
    Ok(())
}

/// Text between values of an array, its comments left out (a comma in one is no separator).
fn without_comments(between: &str) -> String {
    between.lines().map(|l| l.split_once('#').map_or(l, |(code, _)| code)).collect::<Vec<_>>().join("\n")
}

fn block(mut table: toml_edit::Table, record: Option<Value>, eol: &str) -> String {
    if let Some(record) = record {
        table["shift"] = toml_edit::Item::Value(record);
    }
    let mut list = toml_edit::ArrayOfTables::new();
    list.push(table);
    let mut doc = toml_edit::DocumentMut::new();
    doc["revision"] = Item::ArrayOfTables(list);
    doc.to_string().replace('\n', eol)
}

/// `shift = { months = 4, from = 2019-05-01, tracks = ["schools"] }`, as the format has it.
fn shift_record(r: &Request) -> Value {
    let mut t = toml_edit::InlineTable::new();
    let key = match r.step {
        Step::Months(_) => "months",
        Step::Weeks(_) => "weeks",
        Step::Days(_) => "days",
    };
    // A range (a delay "of 3–5 months") is the least and the most.
    let amount: Value = match r.most {
        Some(most) => {
            [i64::from(r.step.amount()), i64::from(most.amount())].into_iter().collect::<toml_edit::Array>().into()
        }
        None => i64::from(r.step.amount()).into(),
    };
    t.insert(key, amount);
    if let Some(from) = &r.from {
        let v: Value = match from {
            PlanDate::Day(d) => toml_date(*d).into(),
            other => other.to_string().into(),
        };
        t.insert("from", v);
    }
    if !r.tracks.is_empty() {
        t.insert("tracks", r.tracks.iter().collect::<toml_edit::Array>().into());
    }
    if !r.only.is_empty() {
        t.insert("only", r.only.iter().collect::<toml_edit::Array>().into());
    }
    if r.workdays {
        t.insert("workdays", true.into());
    }
    if r.end_only {
        t.insert("end_only", true.into());
    }
    Value::InlineTable(t)
}

fn toml_date(d: NaiveDate) -> toml_edit::Datetime {
    // Plan dates stay within years 1-9999, which fit TOML's u16 year.
    let year = u16::try_from(d.year()).unwrap_or(9999);
    let (month, day) = (u8::try_from(d.month()).unwrap_or(1), u8::try_from(d.day()).unwrap_or(1));
    toml_edit::Datetime { date: Some(toml_edit::Date { year, month, day }), time: None, offset: None }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revisions_count_on_from_their_last_number() {
        assert_eq!(bumped_revision("2.1").as_deref(), Some("2.2"));
        assert_eq!(bumped_revision("2.9").as_deref(), Some("2.10"));
        assert_eq!(bumped_revision("3").as_deref(), Some("4"));
        assert_eq!(bumped_revision("Kommunedage november 2016"), None);
        assert_eq!(bumped_revision("udkast"), None);
    }
}
