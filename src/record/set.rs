//! `set ID.KEY VALUE`: any one value the format knows, for what no other command records
//! (`set plan.toml nc-school-admin.seats 3`). The key is looked up in the one key spec
//! (`crate::spec`), and the value written as that key's type wants it; a value of the wrong
//! type is written as text, so that reading the plan back gives the loader's own message.

use toml_edit::Item;

use super::{Record, RecordError, document};
use crate::edit::Splices;
use crate::edit::table::EntityTable;
use crate::i18n::Text;
use crate::plan::Plan;
use crate::spec::{self, TableSpec, Type};

/// `KEY` of the entity `ID` (or of `[plan]`, for `plan.KEY`) set to `value`.
///
/// # Errors
/// No dot in `target`, an unknown id or key, or a key that holds a list or table.
pub fn record(plan: &Plan, source: &str, target: &str, value: &str) -> Result<Record, RecordError> {
    let (id, key) = target.split_once('.').ok_or_else(|| RecordError::NoKey { given: target.to_owned() })?;
    let doc = document(source);
    let (table_spec, table): (&TableSpec, Option<EntityTable<'_>>) = if id == "plan" && plan.lookup(id).is_none() {
        let t = doc.as_ref().and_then(|d| d.as_table().get("plan")).and_then(Item::as_table);
        (&spec::PLAN, t.map(EntityTable::Table))
    } else {
        use crate::plan::EntityKind::{Person, Phase, Role, Training, Unit};
        let e = super::find(plan, id, &[Unit, Role, Person, Training, Phase], "record-what-entity")?;
        let spec = spec::of_kind(e.kind);
        (spec, doc.as_ref().and_then(|d| EntityTable::find(d, spec.key, id)))
    };
    let Some(k) = table_spec.key(key) else {
        let suggestion = crate::suggest::closest(key, table_spec.names()).map(str::to_owned);
        return Err(RecordError::UnknownKey { table: table_spec.name, key: key.to_owned(), suggestion });
    };
    let repr =
        repr(k.ty, value).ok_or_else(|| RecordError::NotAValue { table: table_spec.name, key: key.to_owned() })?;
    let table = table.ok_or_else(|| RecordError::NotInText { id: id.to_owned() })?;
    let mut splices = Splices::default();
    table.set(&mut splices, source, key, &repr);
    let changes = vec![Text::id("record-set").arg("id", id).arg("key", key).arg("value", value)];
    Ok(Record { splices, changes, meant: Box::new(|_| Ok(())) })
}

/// How `value` is written for a key of type `ty`: a number, flag or day bare when it reads as
/// one, anything else as a TOML string; `None` for keys that hold a table or a list of tables.
fn repr(ty: Type, value: &str) -> Option<String> {
    // A TOML basic string on one line: JSON's escapes (`\"`, `\\`, `\n`, `\uXXXX`) are all TOML's
    // too, where toml_edit would write a value with a line break as a `"""` block over lines.
    let text = || serde_json::Value::from(value).to_string();
    let bare = match ty {
        Type::Count | Type::Integer | Type::Amount | Type::Format => value.parse::<i64>().is_ok(),
        Type::Flag => value == "true" || value == "false",
        Type::Day | Type::Date | Type::End => chrono::NaiveDate::parse_from_str(value, "%Y-%m-%d").is_ok(),
        Type::Text
        | Type::Texts
        | Type::Id
        | Type::Ref
        | Type::Refs
        | Type::After
        | Type::Duration
        | Type::Word(_)
        | Type::Colour => false,
        Type::Counts | Type::Table(_) | Type::List(_) | Type::Seats | Type::Lints | Type::Follows | Type::Any => {
            return None;
        }
    };
    Some(if bare { value.to_owned() } else { text() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_written_as_their_type_wants_or_as_text() {
        let words = Type::Word(
            spec::TRAINING
                .key("status")
                .map(|k| k.ty)
                .and_then(|t| match t {
                    Type::Word(w) => Some(w),
                    _ => None,
                })
                .unwrap(),
        );
        assert_eq!(repr(Type::Count, "3").as_deref(), Some("3"));
        assert_eq!(repr(Type::Count, "tre").as_deref(), Some("\"tre\""));
        assert_eq!(repr(Type::Day, "2019-05-16").as_deref(), Some("2019-05-16"));
        assert_eq!(repr(Type::Date, "2019-W41").as_deref(), Some("\"2019-W41\""));
        assert_eq!(repr(words, "done").as_deref(), Some("\"done\""));
        assert_eq!(repr(Type::Text, "a \"quote\"\nand a line").as_deref(), Some("\"a \\\"quote\\\"\\nand a line\""));
        assert_eq!(repr(Type::Seats, "3"), None);
    }
}
