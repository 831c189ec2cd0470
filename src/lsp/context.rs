//! Where in the file the cursor is, read from the text around it (the plan need not load):
//! the table it is in, by the header above it, the key whose line or value it is on, and the
//! word it is in. Completion and hover on keys read it.

use crate::span::Span;
use crate::spec::{self, TableSpec, Type};

/// The cursor's surroundings.
#[derive(Debug, Clone)]
pub struct Context<'t> {
    /// The header's path (`unit`, `estimate.row`; empty for the top level).
    pub table_path: &'t str,
    /// The table's spec, when the header names one.
    pub table: Option<&'static TableSpec>,
    /// The cursor is on a header line.
    pub on_header: bool,
    /// The key of the line the cursor is on, or whose list value it is in, and where it stands.
    pub key: Option<(&'t str, Span)>,
    /// The cursor is after the key's `=`.
    pub in_value: bool,
    /// The cursor is inside a quoted string.
    pub in_string: bool,
    /// The word the cursor is in or after (letters, digits, `-`, `_`, `:`), up to the cursor.
    pub word: Span,
}

impl Context<'_> {
    /// The key under the table's path, as `ids::kinds` names tables: `unit`, `plan`, or empty for the top level.
    #[must_use]
    pub fn table_key(&self) -> &str {
        self.table_path.rsplit('.').next().unwrap_or_default()
    }
}

fn is_word(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':')
}

/// A header line's path: `[[unit]]` → `unit`, `[estimate]` → `estimate`.
fn header(line: &str) -> Option<&str> {
    let line = line.split('#').next().unwrap_or_default().trim();
    let inner = line.strip_prefix("[[").and_then(|l| l.strip_suffix("]]"));
    let inner = inner.or_else(|| line.strip_prefix('[').and_then(|l| l.strip_suffix(']')))?.trim();
    (!inner.is_empty() && inner.chars().all(|c| is_word(c) || c == '.') && !inner.contains(':')).then_some(inner)
}

/// A key line's key and where it starts in the line: `name = …` → `name`.
fn key_of(line: &str) -> Option<(&str, usize)> {
    let start = line.len() - line.trim_start().len();
    let rest = &line[start..];
    let end = rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))?;
    (end > 0 && rest[end..].trim_start().starts_with('=')).then(|| (&rest[..end], start))
}

/// Brackets opened and not closed in `text`, outside strings and comments.
fn open_brackets(text: &str) -> i32 {
    let (mut depth, mut quote) = (0, None);
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some('"'), '\\') => {
                chars.next();
            }
            (Some(q), c) if c == q || c == '\n' => quote = None,
            (None, '"' | '\'') => quote = Some(c),
            (None, '[' | '{') => depth += 1,
            (None, ']' | '}') => depth -= 1,
            (None, '#') => {
                // The rest of the line is a comment.
                for c in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            _ => {}
        }
    }
    depth
}

/// The context of the cursor at byte `offset` of `text`.
#[must_use]
pub fn at(text: &str, offset: usize) -> Context<'_> {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[offset..].find('\n').map_or(text.len(), |i| offset + i);
    let line = &text[line_start..line_end];
    let before = &text[line_start..offset];
    let word_start = before.char_indices().rev().find(|(_, c)| !is_word(*c)).map_or(0, |(i, c)| i + c.len_utf8());
    let word = Span::new(line_start + word_start, offset);
    let in_string = before.chars().filter(|&c| c == '"').count() % 2 == 1;
    let on_header = header(line).is_some() || (before.trim_start().starts_with('[') && !before.contains('='));

    // The header above, and the key: this line's, or an earlier line's whose list is still open.
    let mut key = key_of(line).map(|(k, at)| (k, Span::new(line_start + at, line_start + at + k.len())));
    let mut in_value = key.is_some_and(|(_, s)| offset > s.end() && text[s.end()..offset].contains('='));
    let mut table_path = "";
    let mut end = line_start;
    let mut looking = key.is_none() && !on_header;
    while end > 0 {
        let start = text[..end - 1].rfind('\n').map_or(0, |i| i + 1);
        let earlier = &text[start..end - 1];
        if let Some(path) = header(earlier) {
            table_path = path;
            break;
        }
        if looking && let Some((k, at)) = key_of(earlier) {
            looking = false;
            let eq = start + at + k.len();
            if open_brackets(&text[eq..offset]) > 0 {
                key = Some((k, Span::new(start + at, eq)));
                in_value = true;
            }
        }
        end = start;
    }
    if on_header {
        key = None;
        in_value = false;
    }
    Context { table_path, table: table_of(table_path), on_header, key, in_value, in_string, word }
}

/// Where the table whose header starts at `start` ends: at the next header, or the end of the
/// text.
#[must_use]
pub fn table_end(text: &str, start: usize) -> usize {
    let mut at = text[start.min(text.len())..].find('\n').map_or(text.len(), |i| start + i + 1);
    while at < text.len() {
        let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        if header(&text[at..end]).is_some() {
            return at;
        }
        at = end + 1;
    }
    text.len()
}

/// The spec of the table a header's path names.
#[must_use]
pub fn table_of(path: &str) -> Option<&'static TableSpec> {
    let mut table: &'static TableSpec = &spec::TOP;
    if path.is_empty() {
        return Some(table);
    }
    for part in path.split('.') {
        table = match table.key(part)?.ty {
            Type::Table(t) | Type::List(t) => t,
            _ => return None,
        };
    }
    Some(table)
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "format = 1\n[[training]]\nid = \"a\"\ntrainees = [\n  \"x\",\n  \"sch\n]\nsta";

    #[test]
    fn a_key_of_an_open_list_and_the_table_above() {
        let at_sch = TEXT.find("sch").unwrap() + 3;
        let c = at(TEXT, at_sch);
        assert_eq!(c.table_path, "training");
        assert_eq!(c.key.map(|(k, _)| k), Some("trainees"));
        assert!(c.in_value && c.in_string);
        assert_eq!(&TEXT[c.word.range()], "sch");
        let c = at(TEXT, TEXT.len());
        assert_eq!(c.key, None);
        assert!(!c.in_value);
        assert_eq!(&TEXT[c.word.range()], "sta");
        let c = at(TEXT, TEXT.find("= \"a\"").unwrap() + 3);
        assert_eq!(c.key.map(|(k, _)| k), Some("id"));
        assert!(c.in_value);
    }

    #[test]
    fn headers_name_the_tables_of_the_spec() {
        assert_eq!(table_of("estimate.row").map(|t| t.name), Some("[[estimate.row]]"));
        assert_eq!(table_of("").map(|t| t.key), Some(""));
        assert!(table_of("nothing").is_none());
    }
}
