//! `set ID.KEY VALUE`: any one value the format knows, for what no other command records
//! (`set plan.toml nc-school-admin.seats 3`). The key is looked up in the one key spec
//! (`crate::spec`), and the value written as that key's type wants it; a value of the wrong
//! type is written as text, so that reading the plan back gives the loader's own message.

use super::verify::{self, Change, Place};
use super::{Record, RecordError, document, table_of};
use crate::diff::FieldValue;
use crate::edit::Splices;
use crate::edit::table::EntityTable;
use crate::i18n::Text;
use crate::plan::{Duration, Plan, PlanDate};
use crate::spec::{self, Type};

/// `KEY` of the entity `ID` (or of `[plan]`, for `plan.KEY`) set to `value`.
///
/// # Errors
/// No dot in `target`, an unknown or duplicated id, an unknown key, or a key that holds a list
/// or table.
pub fn record(plan: &Plan, source: &str, target: &str, value: &str) -> Result<Record, RecordError> {
    let (id, key) = target.split_once('.').ok_or_else(|| RecordError::NoKey { given: target.to_owned() })?;
    let doc = document(source);
    let (table_spec, entity) = if id == "plan" && plan.lookup(id).is_none() {
        (&spec::PLAN, None)
    } else {
        use crate::plan::EntityKind::{Person, Phase, Role, Training, Unit};
        let e = super::find(plan, source, id, &[Unit, Role, Person, Training, Phase], "record-what-entity")?;
        (spec::of_kind(e.kind), Some(e))
    };
    let Some(k) = table_spec.key(key) else {
        let suggestion = crate::suggest::closest(key, table_spec.names()).map(str::to_owned);
        return Err(RecordError::UnknownKey { table: table_spec.name, key: key.to_owned(), suggestion });
    };
    let repr =
        repr(k.ty, value).ok_or_else(|| RecordError::NotAValue { table: table_spec.name, key: key.to_owned() })?;
    let table: EntityTable<'_> = match entity {
        Some(e) => table_of(plan, doc.as_ref(), e)?,
        None => doc
            .as_ref()
            .and_then(|d| EntityTable::top(d, "plan"))
            .ok_or_else(|| RecordError::NotInText { id: id.to_owned() })?,
    };
    let mut splices = Splices::default();
    table.set(&mut splices, source, key, &repr);
    let changes = vec![Text::id("record-set").arg("id", id).arg("key", key).arg("value", value)];
    let place = entity.map_or(Place::Plan, Place::Entity);
    let change = Change { place, key: key.to_owned(), value: Some(read_as(k.ty, value)) };
    Ok(Record { splices, changes, warnings: Vec::new(), meant: verify::exactly(plan, &[change]) })
}

/// How the loader reads `value` written for a key of type `ty`, as a diff's field: what the
/// read-back must find. (A value the loader refuses never gets that far.)
fn read_as(ty: Type, value: &str) -> FieldValue {
    let text = || FieldValue::Text(value.to_owned());
    match ty {
        Type::Count | Type::Integer | Type::Amount | Type::Format => {
            value.parse().map_or_else(|_| text(), FieldValue::Number)
        }
        Type::Flag => FieldValue::Flag(value == "true"),
        Type::Day | Type::Date | Type::End => PlanDate::parse(value).map_or_else(|_| text(), FieldValue::Date),
        Type::Ref => FieldValue::Ref(value.to_owned()),
        Type::Refs | Type::After => FieldValue::Refs(vec![value.to_owned()]),
        Type::Texts => FieldValue::Texts(vec![value.to_owned()]),
        Type::Duration => Duration::parse(value).map_or_else(text, |d| FieldValue::Text(d.to_string())),
        Type::Text
        | Type::Id
        | Type::Word(_)
        | Type::Colour
        | Type::Any
        | Type::Counts
        | Type::Table(_)
        | Type::List(_)
        | Type::Seats
        | Type::Lints
        | Type::Follows => text(),
    }
}

/// How `value` is written for a key of type `ty`: a number, flag or day bare when it reads as
/// one, anything else as a TOML string; `None` for keys that hold a table or a list of tables.
fn repr(ty: Type, value: &str) -> Option<String> {
    // A TOML basic string on one line: JSON's escapes (`\"`, `\\`, `\n`, `\uXXXX`) are all TOML's
    // too, where toml_edit would write a value with a line break as a `"""` block over lines.
    // JSON leaves DEL as it is, which TOML allows in no string.
    let text = || serde_json::Value::from(value).to_string().replace('\u{7f}', "\\u007F");
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
        assert_eq!(repr(Type::Text, "A\u{7f}B").as_deref(), Some("\"A\\u007FB\""), "DEL escaped");
    }
}
