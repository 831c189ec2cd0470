//! Where an entity's table stands in a plan's text — a `[[training]]` table, or an inline table
//! of `training = [ … ]` — and the splice that replaces one of its values or adds a key to it.
//! `allocate` and the progress commands (`done`, `pin`, `set`, …) edit through these.

use toml_edit::{Document, Item, Value};

use super::{Splices, line_ending_at};
use crate::span::Span;

/// An entity as the file writes it.
#[derive(Debug, Clone, Copy)]
pub enum EntityTable<'d> {
    Table(&'d toml_edit::Table),
    Inline(&'d toml_edit::InlineTable),
    /// A table written as dotted keys of the top level (`plan.title = "…"`), with its key.
    Dotted(&'d toml_edit::Table, &'static str),
}

impl<'d> EntityTable<'d> {
    /// The entities under `list` (`unit`, `training`, …), in the order of the file.
    #[must_use]
    pub fn all<S>(doc: &'d Document<S>, list: &str) -> Vec<Self> {
        match doc.as_table().get(list) {
            Some(Item::ArrayOfTables(a)) => a.iter().map(Self::Table).collect(),
            Some(Item::Value(Value::Array(a))) => {
                a.iter().filter_map(Value::as_inline_table).map(Self::Inline).collect()
            }
            _ => Vec::new(),
        }
    }

    /// The entity of that id under `list`.
    #[must_use]
    pub fn find<S>(doc: &'d Document<S>, list: &str, id: &str) -> Option<Self> {
        Self::all(doc, list).into_iter().find(|t| t.id() == Some(id))
    }

    /// Its `id`.
    #[must_use]
    pub fn id(self) -> Option<&'d str> {
        self.value("id").and_then(Value::as_str)
    }

    /// A top-level table of the plan (`plan`), however the file writes it: under a header, as
    /// dotted keys or inline.
    #[must_use]
    pub fn top<S>(doc: &'d Document<S>, key: &'static str) -> Option<Self> {
        match doc.as_table().get(key)? {
            Item::Table(t) if t.is_dotted() => Some(Self::Dotted(t, key)),
            Item::Table(t) => Some(Self::Table(t)),
            Item::Value(Value::InlineTable(t)) => Some(Self::Inline(t)),
            _ => None,
        }
    }

    /// The value of `key`, when it is a plain value (not a sub-table).
    #[must_use]
    pub fn value(self, key: &str) -> Option<&'d Value> {
        match self {
            Self::Table(t) | Self::Dotted(t, _) => t.get(key).and_then(Item::as_value),
            Self::Inline(t) => t.get(key),
        }
    }

    /// Whether the entity has `key` at all, as a value or a table.
    #[must_use]
    pub fn has(self, key: &str) -> bool {
        match self {
            Self::Table(t) | Self::Dotted(t, _) => t.contains_key(key),
            Self::Inline(t) => t.contains_key(key),
        }
    }

    /// Where the entity's text ends: after its last own key, or its closing brace. A sub-table
    /// under a header of its own (`[unit.seats]`) is not the entity's text.
    #[must_use]
    pub fn end(self) -> usize {
        match self {
            Self::Table(t) | Self::Dotted(t, _) => own_end(t),
            Self::Inline(t) => t.span().map_or(0, |s| s.end),
        }
    }

    /// The splice that gives `key` the value written `repr` (TOML, as it goes in the file):
    /// the value's bytes replaced where the key is there (its comment and layout kept), or a
    /// line `key = repr` added after the table's last key (before an inline table's closing
    /// brace), in the line ending of that place.
    pub fn set(self, splices: &mut Splices, source: &str, key: &str, repr: &str) {
        if let Some(span) = self.value(key).and_then(Value::span) {
            splices.push(Span::from(span), repr);
            return;
        }
        self.add(splices, source, &format!("{} = {repr}", bare_key(key)));
    }

    /// The splice that adds the line `line` (`key = value`) to the entity: after its last own
    /// key, so before any sub-table under a header of its own, which a line after that header
    /// would join.
    pub fn add(self, splices: &mut Splices, source: &str, line: &str) {
        match self {
            Self::Table(table) | Self::Dotted(table, _) => {
                let end = own_end(table).min(source.len());
                let at = source[end..].find('\n').map_or(source.len(), |i| end + i + 1);
                let eol = line_ending_at(source, end);
                let lead = if at == source.len() && !source.ends_with('\n') { eol } else { "" };
                let dotted = match self {
                    Self::Dotted(_, key) => format!("{}.", bare_key(key)),
                    _ => String::new(),
                };
                splices.push(Span::new(at, at), format!("{lead}{dotted}{line}{eol}"));
            }
            Self::Inline(table) => {
                let last = table.iter().filter_map(|(_, v)| v.span()).map(|s| s.end).max();
                if let Some(end) = last {
                    splices.push(Span::new(end, end), format!(", {line}"));
                } else {
                    let close = table.span().map_or(0, |s| s.end).saturating_sub(1);
                    splices.push(Span::new(close, close), format!(" {line} "));
                }
            }
        }
    }
}

/// A key as TOML writes it: bare when it can be, quoted otherwise.
#[must_use]
pub fn bare_key(key: &str) -> String {
    toml_edit::Key::new(key).display_repr().into_owned()
}

/// Where the last own key of a table ends — a value, or a dotted key (`seats.admin = 1`) — or
/// the table's header when it has none. A sub-table under a header of its own, or a list of
/// tables, stands after the table's text and does not count.
fn own_end(t: &toml_edit::Table) -> usize {
    t.iter()
        .filter_map(|(k, item)| {
            let key_end = t.key(k).and_then(toml_edit::Key::span).map(|s| s.end);
            let value_end = match item {
                Item::Value(v) => v.span().map(|s| s.end),
                Item::Table(sub) if sub.is_dotted() => Some(own_end(sub)),
                _ => return None,
            };
            key_end.max(value_end)
        })
        .max()
        .or_else(|| t.span().map(|s| s.end))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(source: &str, id: &str, key: &str, repr: &str) -> String {
        let doc = Document::parse(source.to_owned()).unwrap();
        let mut s = Splices::default();
        EntityTable::find(&doc, "training", id).unwrap().set(&mut s, source, key, repr);
        s.apply(source)
    }

    #[test]
    fn a_value_is_replaced_in_place_and_its_comment_kept() {
        let src = "[[training]]\r\nid = \"a\"\r\nstatus = \"planned\"   # so far\r\n";
        assert_eq!(
            set(src, "a", "status", "\"done\""),
            "[[training]]\r\nid = \"a\"\r\nstatus = \"done\"   # so far\r\n"
        );
    }

    #[test]
    fn a_missing_key_is_added_after_the_last_in_the_files_line_ending() {
        let src = "[[training]]\r\nid = \"a\"\r\n\r\n[[training]]\r\nid = \"b\"";
        assert_eq!(
            set(src, "a", "pinned", "true"),
            "[[training]]\r\nid = \"a\"\r\npinned = true\r\n\r\n[[training]]\r\nid = \"b\""
        );
        assert_eq!(
            set(src, "b", "pinned", "true"),
            "[[training]]\r\nid = \"a\"\r\n\r\n[[training]]\r\nid = \"b\"\r\npinned = true\r\n"
        );
    }

    #[test]
    fn a_missing_key_goes_before_a_sub_table_under_its_own_header() {
        let src = "[[training]]\nid = \"a\"\nseats.x = 1\n\n[training.extra]\nk = 1\n";
        assert_eq!(
            set(src, "a", "status", "\"done\""),
            "[[training]]\nid = \"a\"\nseats.x = 1\nstatus = \"done\"\n\n[training.extra]\nk = 1\n"
        );
    }

    #[test]
    fn a_table_of_dotted_keys_gets_a_dotted_key() {
        let src = "format = 1\nplan.title = \"T\"\n\n[[unit]]\nid = \"a\"\n";
        let doc = Document::parse(src.to_owned()).unwrap();
        let mut s = Splices::default();
        EntityTable::top(&doc, "plan").unwrap().set(&mut s, src, "owner", "\"K\"");
        assert_eq!(s.apply(src), "format = 1\nplan.title = \"T\"\nplan.owner = \"K\"\n\n[[unit]]\nid = \"a\"\n");
    }

    #[test]
    fn an_inline_entity_gets_the_key_before_its_brace() {
        let src = "training = [ { id = \"a\", name = \"A\" } ]\n";
        assert_eq!(
            set(src, "a", "status", "\"done\""),
            "training = [ { id = \"a\", name = \"A\", status = \"done\" } ]\n"
        );
    }
}
