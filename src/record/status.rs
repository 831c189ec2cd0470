//! `done`, `cancel` and `reopen`: an activity's `status` set to `done`, `cancelled` or back to
//! `planned`. `done --on DAY` refuses a day before the activity starts; `cancel --reason` puts
//! the reason in a comment after the value, where a reader of the file sees it.

use chrono::NaiveDate;

use super::{Record, RecordError, activity, set_each};
use crate::i18n::Text;
use crate::plan::{Plan, Status};

/// `status` of each of `ids` set to `to`. A `done` activity must have started by `on`, when
/// given.
///
/// # Errors
/// An unknown id, or `on` before an activity's start.
pub fn record(
    plan: &Plan,
    source: &str,
    ids: &[String],
    to: Status,
    on: Option<NaiveDate>,
    reason: Option<&str>,
) -> Result<Record, RecordError> {
    let mut entities = Vec::new();
    for id in ids {
        let a = activity(plan, id)?;
        if let (Status::Done, Some(on)) = (to, on)
            && let Some(starts) = a.timing.and_then(|t| t.start().value.earliest())
            && on < starts
        {
            return Err(RecordError::DoneBeforeStart { id: id.clone(), on, starts });
        }
        if a.status != to && !entities.contains(&a.entity) {
            entities.push(a.entity);
        }
    }
    let word = word(to);
    let repr = match reason.map(one_line).filter(|r| !r.is_empty()) {
        Some(reason) => format!("\"{word}\"  # {reason}"),
        None => format!("\"{word}\""),
    };
    let message = match to {
        Status::Done => "record-done",
        Status::Cancelled => "record-cancelled",
        Status::Planned => "record-reopened",
    };
    let (splices, changes) = set_each(plan, source, &entities, "status", &repr, |id| {
        Text::id(message).arg("id", id).arg("state", Text::id("state-planned"))
    })?;
    let ids: Vec<String> = ids.to_vec();
    Ok(Record {
        splices,
        changes,
        meant: Box::new(move |p: &Plan| {
            for id in &ids {
                let a = p.lookup(id).and_then(|r| p.activity(r)).ok_or_else(|| format!("`{id}` is gone"))?;
                if a.status != to {
                    return Err(format!("`{id}` reads as {:?}", a.status));
                }
            }
            Ok(())
        }),
    })
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
