//! Byte splices at the spans a parser reports: an edit that keeps every byte it does not
//! change, whatever the file's line endings.

use crate::span::Span;

/// Replace the bytes at `span` with `text` (an empty span inserts).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Splice {
    pub span: Span,
    pub text: String,
}

/// Splices into one text, none overlapping another.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Splices(Vec<Splice>);

impl Splices {
    /// Adds a splice. Splices may come in any order.
    ///
    /// # Panics
    /// When it overlaps one already added: a bug in the caller, not a user's mistake.
    pub fn push(&mut self, span: Span, text: impl Into<String>) {
        let at = self.0.partition_point(|s| (s.span.start(), s.span.end()) <= (span.start(), span.end()));
        let before = at.checked_sub(1).map(|i| &self.0[i]);
        let after = self.0.get(at);
        assert!(
            before.is_none_or(|b| b.span.end() <= span.start()) && after.is_none_or(|a| span.end() <= a.span.start()),
            "overlapping splices at {span:?}"
        );
        self.0.insert(at, Splice { span, text: text.into() });
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Splice> {
        self.0.iter()
    }

    /// `source` with every splice made.
    #[must_use]
    pub fn apply(&self, source: &str) -> String {
        let grown: usize = self.0.iter().map(|s| s.text.len()).sum();
        let mut out = String::with_capacity(source.len() + grown);
        let mut at = 0;
        for s in &self.0 {
            out.push_str(&source[at..s.span.start()]);
            out.push_str(&s.text);
            at = s.span.end();
        }
        out.push_str(&source[at..]);
        out
    }

    /// Where a byte offset of the old text stands in the new one, for a text that no splice
    /// touched; `None` inside a replaced range.
    #[must_use]
    pub fn map(&self, offset: usize) -> Option<usize> {
        let mut shift: isize = 0;
        for s in &self.0 {
            if offset < s.span.start() {
                break;
            }
            if offset < s.span.end() {
                return None;
            }
            shift += text_len(&s.text) - text_len_span(s.span);
        }
        offset.checked_add_signed(shift)
    }

    /// A span of the old text in the new one, when no splice replaced part of it.
    #[must_use]
    pub fn map_span(&self, span: Span) -> Option<Span> {
        let start = self.map(span.start())?;
        let end = if span.is_empty() { start } else { self.map(span.end() - 1)? + 1 };
        Some(Span::new(start, end))
    }
}

#[allow(clippy::cast_possible_wrap, reason = "a plan file is far smaller than isize::MAX bytes")]
const fn text_len(s: &str) -> isize {
    s.len() as isize
}

#[allow(clippy::cast_possible_wrap, reason = "a plan file is far smaller than isize::MAX bytes")]
const fn text_len_span(s: Span) -> isize {
    (s.end() - s.start()) as isize
}

/// The line ending at `at` in a text: that of the line it stands in (or, at the end of a
/// text, the last line that has one), so that a line added there matches its neighbours in a
/// file whose endings are mixed; the first line's when `at` is on the first line.
#[must_use]
pub fn line_ending_at(source: &str, at: usize) -> &'static str {
    let at = at.min(source.len());
    let this_line_end = source[at..].find('\n').map(|i| at + i);
    let previous_end = source[..at].rfind('\n');
    match this_line_end.or(previous_end) {
        Some(i) if source[..i].ends_with('\r') => "\r\n",
        _ => "\n",
    }
}

/// The line ending a text uses: CRLF when its first line ends so, else LF.
#[must_use]
pub fn line_ending(source: &str) -> &'static str {
    match source.find('\n') {
        Some(i) if source[..i].ends_with('\r') => "\r\n",
        _ => "\n",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn splices(list: &[(usize, usize, &str)]) -> Splices {
        let mut s = Splices::default();
        for &(a, b, t) in list {
            s.push(Span::new(a, b), t);
        }
        s
    }

    #[test]
    fn splices_apply_in_order_whatever_order_they_came_in() {
        let s = splices(&[(10, 12, "XYZ"), (0, 1, ""), (5, 5, "++")]);
        assert_eq!(s.apply("0123456789ab"), "1234++56789XYZ");
    }

    #[test]
    fn offsets_map_through_the_splices() {
        let s = splices(&[(2, 4, "abc"), (6, 6, "--")]);
        // "01" "23"→"abc" "45" ins "--" "6789"
        let new = s.apply("0123456789");
        assert_eq!(new, "01abc45--6789");
        assert_eq!(s.map(1), Some(1));
        assert_eq!(s.map(2), None);
        assert_eq!(s.map(4), Some(5));
        assert_eq!(s.map(6), Some(9), "text after an insertion moves");
        assert_eq!(s.map_span(Span::new(7, 9)), Some(Span::new(10, 12)));
        assert_eq!(&new[10..12], "78");
        assert_eq!(s.map_span(Span::new(1, 3)), None);
    }

    #[test]
    #[should_panic(expected = "overlapping")]
    fn overlapping_splices_are_a_bug() {
        let _ = splices(&[(2, 6, "a"), (4, 8, "b")]);
    }

    #[test]
    fn a_line_ending_is_that_of_its_place() {
        let mixed = "a = 1\nb = 2\r\nc = 3\r\n";
        assert_eq!(line_ending_at(mixed, 0), "\n");
        assert_eq!(line_ending_at(mixed, 8), "\r\n");
        assert_eq!(line_ending_at(mixed, mixed.len()), "\r\n", "at the end: the last line's");
        assert_eq!(line_ending_at("a = 1", 3), "\n");
    }

    #[test]
    fn line_endings_follow_the_first_line() {
        assert_eq!(line_ending("a = 1\r\nb = 2\r\n"), "\r\n");
        assert_eq!(line_ending("a = 1\nb = 2\r\n"), "\n");
        assert_eq!(line_ending("a = 1"), "\n");
    }
}
