//! `done`, `cancel` and `reopen`: an activity's `status` set to `done`, `cancelled` or back to
//! `planned`. `done --on DAY` refuses a day before the activity starts, and one after today
//! unless forced; `cancel --reason` puts the reason in a comment after the value, where a
//! reader of the file sees it (after the whole table, for an activity written as an inline
//! table, which cannot hold a comment).

use chrono::NaiveDate;

use super::verify::{self, Change};
use super::{Record, RecordError, activity, document, table_of};
use crate::diff::FieldValue;
use crate::edit::Splices;
use crate::edit::table::EntityTable;
use crate::i18n::Text;
use crate::plan::{Plan, PlanDate, Status};
use crate::span::Span;

/// When an activity was done, for `done`: the day, and today, which it may not be after
/// (`None`: forced, any day).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct On {
    pub day: NaiveDate,
    pub today: Option<NaiveDate>,
    /// Whether the day is recorded in the file (`done_on`): a day given with `--on`, not
    /// today's by default.
    pub recorded: bool,
}

/// `status` of each of `ids` set to `to`. A `done` activity must have started by `on`, when
/// given, and `on` must not be after today.
///
/// # Errors
/// An unknown or duplicated id, `on` after today, or `on` before an activity's start.
pub fn record(
    plan: &Plan,
    source: &str,
    ids: &[String],
    to: Status,
    on: Option<On>,
    reason: Option<&str>,
) -> Result<Record, RecordError> {
    if let Some(On { day, today: Some(today), .. }) = on
        && day > today
    {
        return Err(RecordError::DoneInFuture { on: day, today });
    }
    let recorded = on.filter(|o| o.recorded && to == Status::Done).map(|o| o.day);
    let on = on.map(|o| o.day);
    let mut entities = Vec::new();
    for id in ids {
        let a = activity(plan, source, id)?;
        if let (Status::Done, Some(on)) = (to, on)
            && let Some(starts) = a.timing.and_then(|t| t.start().value.earliest())
            && on < starts
        {
            return Err(RecordError::DoneBeforeStart { id: id.clone(), on, starts });
        }
        let day_differs = recorded.is_some_and(|d| a.done_on != Some(d));
        if (a.status != to || day_differs) && !entities.contains(&a.entity) {
            entities.push(a.entity);
        }
    }
    let word = word(to);
    let reason = reason.map(one_line).filter(|r| !r.is_empty());
    let message = match to {
        Status::Done => "record-done",
        Status::Cancelled => "record-cancelled",
        Status::Planned => "record-reopened",
    };
    let doc = document(source);
    let mut splices = Splices::default();
    let mut changes = Vec::new();
    for &e in &entities {
        let table = table_of(plan, doc.as_ref(), e)?;
        match (&reason, table) {
            (None, _) => table.set(&mut splices, source, "status", &format!("\"{word}\"")),
            // An inline table holds no comment: the reason goes after it.
            (Some(reason), EntityTable::Inline(_)) => {
                table.set(&mut splices, source, "status", &format!("\"{word}\""));
                comment_after(&mut splices, source, table.end(), reason);
            }
            (Some(reason), _) => table.set(&mut splices, source, "status", &format!("\"{word}\"  # {reason}")),
        }
        if let Some(day) = recorded {
            table.set(&mut splices, source, "done_on", &day.to_string());
        }
        let id = &plan.id_of(e).value;
        changes.push(match recorded {
            Some(day) => Text::id("record-done-on").arg("id", id).arg("on", day),
            None => Text::id(message).arg("id", id).arg("state", Text::id("state-planned")),
        });
    }
    let mut meant: Vec<Change> =
        entities.iter().map(|&e| Change::of(e, "status", Some(FieldValue::Text(word.into())))).collect();
    if let Some(day) = recorded {
        meant.extend(entities.iter().map(|&e| Change::of(e, "done_on", Some(FieldValue::Date(PlanDate::Day(day))))));
    }
    Ok(Record { splices, changes, warnings: Vec::new(), meant: verify::exactly(plan, &meant) })
}

/// `# reason` after an inline table that ends at `at`, on the line of its closing brace, after
/// its comma. What stands after that on the line (the next table of the list) moves to a line
/// of its own, with the line's indent: inside a list, a line break is allowed between items.
fn comment_after(splices: &mut Splices, source: &str, at: usize, reason: &str) {
    let at = at.min(source.len());
    let line_end = source[at..].find('\n').map_or(source.len(), |i| at + i);
    let blanks = |from: usize| source[from..].len() - source[from..].trim_start_matches([' ', '\t']).len();
    let after = if source[at + blanks(at)..].starts_with(',') { at + blanks(at) + 1 } else { at };
    if source[after..line_end].trim().is_empty() {
        splices.push(Span::new(after, after), format!("  # {reason}"));
    } else {
        let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
        let indent = &source[line_start..line_start + blanks(line_start)];
        let eol = crate::edit::line_ending_at(source, at);
        splices.push(Span::new(after, after + blanks(after)), format!("  # {reason}{eol}{indent}"));
    }
}

/// The format's word for a status.
const fn word(status: Status) -> &'static str {
    match status {
        Status::Planned => "planned",
        Status::Done => "done",
        Status::Cancelled => "cancelled",
    }
}

/// A reason as one line of a comment: line breaks and other control characters as spaces.
fn one_line(reason: &str) -> String {
    reason.chars().map(|c| if c.is_control() { ' ' } else { c }).collect::<String>().trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reason_cannot_break_out_of_its_comment() {
        assert_eq!(one_line("sygdom\nstatus = \"done\"\r"), "sygdom status = \"done\"");
    }
}
