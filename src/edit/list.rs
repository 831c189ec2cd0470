//! A list in a plan's text (`roles = ["a", "b"]`, on one line or an item a line) with an item
//! added or taken out, each comment left on the item it is about. A comment after an item's
//! comma belongs, to a TOML parser, to the next item's decoration; taking bytes out between two
//! items' values would therefore hand one item's comment to its neighbour. So an item that
//! stands on a line of its own goes with its whole line (its comment with it), and one that
//! shares a line goes with one comma beside it; everything else stays byte for byte.

use toml_edit::{Array, Value};

use super::{Splices, line_ending_at};
use crate::span::Span;

/// Where a line of `source` that holds `at` starts, and where it ends (at its `\n`, or the end
/// of the text).
fn line_of(source: &str, at: usize) -> (usize, usize) {
    let start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = source[at..].find('\n').map_or(source.len(), |i| at + i);
    (start, end)
}

/// Whether what follows an item (to the end of its line) is at most a comma and a comment.
fn ends_line(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\t']);
    let rest = rest.strip_prefix(',').unwrap_or(rest).trim_start_matches([' ', '\t', '\r']);
    rest.is_empty() || rest.starts_with('#')
}

/// Whether the item at `span` stands on a line of its own (with its comma and comment).
fn alone(source: &str, span: &std::ops::Range<usize>) -> bool {
    let (start, end) = line_of(source, span.start);
    span.end <= end && source[start..span.start].trim().is_empty() && ends_line(&source[span.end..end])
}

/// The comma after an item on its own line, and the blanks after that: where they end.
fn comma_after(source: &str, end: usize) -> Option<usize> {
    let rest = &source[end..];
    let blank = rest.len() - rest.trim_start_matches([' ', '\t']).len();
    rest[blank..].starts_with(',').then(|| {
        let after = end + blank + 1;
        after + (source[after..].len() - source[after..].trim_start_matches([' ', '\t']).len())
    })
}

/// Splices that take every item of `array` (in `source`) that is the string `id` out of it;
/// whether there was one.
pub fn remove(splices: &mut Splices, source: &str, array: &Array, id: &str) -> bool {
    let items: Vec<(std::ops::Range<usize>, bool)> =
        array.iter().filter_map(|v| v.span().map(|s| (s, v.as_str() == Some(id)))).collect();
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for (i, (span, taken)) in items.iter().enumerate() {
        if !taken {
            continue;
        }
        let (start, end) = line_of(source, span.start);
        if alone(source, span) {
            // The whole line, its comment and line ending with it.
            cuts.push((start, (end + 1).min(source.len())));
        } else if let Some(after) = comma_after(source, span.end) {
            cuts.push((span.start, after));
        } else {
            // The last item of its line: the comma after the kept item before it on this line
            // goes with it; with none there, the comma before stays, as a trailing comma.
            let kept = items[..i].iter().rev().find(|(s, taken)| !taken && s.end >= start).map(|(s, _)| s.end);
            cuts.push((kept.unwrap_or(span.start), span.end));
        }
    }
    // Neighbours' cuts may touch or overlap (`["a", "a"]`): one cut each run.
    cuts.sort_unstable();
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (a, b) in cuts {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    for &(a, b) in &merged {
        splices.push(Span::new(a, b), "");
    }
    !merged.is_empty()
}

/// The splices that add `quoted` (an item as TOML writes it) to the end of `array`: on a line
/// of its own, as the last item stands, or after it on its line.
pub fn add(splices: &mut Splices, source: &str, array: &Array, quoted: &str) {
    let Some(whole) = array.span() else { return };
    let Some(last) = array.iter().filter_map(Value::span).max_by_key(|s| s.end) else {
        let close = whole.end.saturating_sub(1);
        let (start, _) = line_of(source, close);
        if source[whole.clone()].contains('\n') && source[start..close].trim().is_empty() {
            // An empty list over lines, perhaps with comments: a line before its `]`.
            let eol = line_ending_at(source, close);
            splices.push(Span::new(start, start), format!("  {quoted}{eol}"));
        } else {
            splices.push(Span::new(close, close), quoted.to_owned());
        }
        return;
    };
    if !alone(source, &last) {
        splices.push(Span::new(last.end, last.end), format!(", {quoted}"));
        return;
    }
    let (start, end) = line_of(source, last.start);
    let indent = &source[start..last.start];
    let eol = line_ending_at(source, last.start);
    let next = (end + 1).min(source.len());
    if comma_after(source, last.end).is_some() {
        splices.push(Span::new(next, next), format!("{indent}{quoted},{eol}"));
    } else {
        splices.push(Span::new(last.end, last.end), ",");
        splices.push(Span::new(next, next), format!("{indent}{quoted}{eol}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn edit(list: &str, f: impl Fn(&mut Splices, &str, &Array)) -> String {
        let source = format!("roles = {list}\n");
        let doc = toml_edit::Document::parse(source.clone()).unwrap();
        let array = doc.get("roles").and_then(toml_edit::Item::as_array).unwrap();
        let mut s = Splices::default();
        f(&mut s, &source, array);
        let out = s.apply(&source);
        assert!(toml_edit::Document::parse(out.clone()).is_ok(), "{out}");
        out.strip_prefix("roles = ").unwrap().strip_suffix('\n').unwrap().to_owned()
    }

    fn removed(list: &str, id: &str) -> String {
        edit(list, |s, src, a| assert!(remove(s, src, a, id)))
    }

    fn added(list: &str, id: &str) -> String {
        edit(list, |s, src, a| add(s, src, a, &format!("\"{id}\"")))
    }

    #[test]
    fn an_item_on_one_line_goes_with_one_comma() {
        assert_eq!(removed(r#"["a", "b", "c"]"#, "b"), r#"["a", "c"]"#);
        assert_eq!(removed(r#"["a", "b", "c"]"#, "c"), r#"["a", "b"]"#);
        assert_eq!(removed(r#"["a"]"#, "a"), "[]");
        assert_eq!(removed(r#"["a", "a"]"#, "a"), "[]");
        assert_eq!(removed(r#"[ "b", "a", "a" ]"#, "a"), r#"[ "b" ]"#);
    }

    #[test]
    fn an_item_on_a_line_of_its_own_goes_with_its_line_and_comment() {
        let list = "[\n  \"a\",  # one\n  \"b\",  # two\n  \"c\"   # three\n]";
        assert_eq!(removed(list, "b"), "[\n  \"a\",  # one\n  \"c\"   # three\n]");
        assert_eq!(removed(list, "c"), "[\n  \"a\",  # one\n  \"b\",  # two\n]");
        assert_eq!(removed("[\r\n  \"a\",  # one\r\n  # kept\r\n]", "a"), "[\r\n  # kept\r\n]");
    }

    #[test]
    fn an_item_is_added_as_the_last_one_stands() {
        assert_eq!(added(r#"["a"]"#, "b"), r#"["a", "b"]"#);
        assert_eq!(added("[]", "b"), r#"["b"]"#);
        assert_eq!(added("[\n  \"a\",  # one\n]", "b"), "[\n  \"a\",  # one\n  \"b\",\n]");
        assert_eq!(added("[\n  \"a\"   # one\n]", "b"), "[\n  \"a\",   # one\n  \"b\"\n]");
        assert_eq!(added("[\n  # none yet\n]", "b"), "[\n  # none yet\n  \"b\"\n]");
    }
}
