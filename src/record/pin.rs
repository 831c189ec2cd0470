//! `pin` and `unpin`: `pinned = true` keeps an activity's dates where they are when `shift`
//! moves the rest; `unpin` sets it back to `false`.

use super::verify::{self, Change};
use super::{Record, RecordError, activity, set_each};
use crate::diff::FieldValue;
use crate::i18n::Text;
use crate::plan::Plan;

/// `pinned` of each of `ids` set to `pinned`.
///
/// # Errors
/// An unknown or duplicated id.
pub fn record(plan: &Plan, source: &str, ids: &[String], pinned: bool) -> Result<Record, RecordError> {
    let mut entities = Vec::new();
    for id in ids {
        let a = activity(plan, source, id)?;
        if a.pinned != pinned && !entities.contains(&a.entity) {
            entities.push(a.entity);
        }
    }
    let message = if pinned { "record-pinned" } else { "record-unpinned" };
    let repr = if pinned { "true" } else { "false" };
    let (splices, changes) = set_each(plan, source, &entities, "pinned", repr, |id| Text::id(message).arg("id", id))?;
    let meant: Vec<Change> =
        entities.iter().map(|&e| Change::of(e, "pinned", Some(FieldValue::Flag(pinned)))).collect();
    Ok(Record { splices, changes, warnings: Vec::new(), meant: verify::exactly(plan, &meant) })
}
