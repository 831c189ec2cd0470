//! `pin` and `unpin`: `pinned = true` keeps an activity's dates where they are when `shift`
//! moves the rest; `unpin` sets it back to `false`.

use super::{Record, RecordError, activity, set_each};
use crate::i18n::Text;
use crate::plan::Plan;

/// `pinned` of each of `ids` set to `pinned`.
///
/// # Errors
/// An unknown id.
pub fn record(plan: &Plan, source: &str, ids: &[String], pinned: bool) -> Result<Record, RecordError> {
    let mut entities = Vec::new();
    for id in ids {
        let a = activity(plan, id)?;
        if a.pinned != pinned && !entities.contains(&a.entity) {
            entities.push(a.entity);
        }
    }
    let message = if pinned { "record-pinned" } else { "record-unpinned" };
    let repr = if pinned { "true" } else { "false" };
    let (splices, changes) = set_each(plan, source, &entities, "pinned", repr, |id| Text::id(message).arg("id", id))?;
    let ids: Vec<String> = ids.to_vec();
    Ok(Record {
        splices,
        changes,
        meant: Box::new(move |p: &Plan| {
            let wrong =
                ids.iter().find(|id| p.lookup(id).and_then(|r| p.activity(r)).is_none_or(|a| a.pinned != pinned));
            wrong.map_or(Ok(()), |id| Err(format!("`{id}` is not pinned = {pinned}")))
        }),
    })
}
