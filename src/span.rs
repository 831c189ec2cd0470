//! Byte spans into a plan file, and turning them into the line and column a person reads.

use compact_str::CompactString;
use std::ops::Range;

/// A byte range in the source text of one plan file, as two 32-bit offsets: a plan holds a
/// span for every key and value, and at national scale (160 000 entities) 8 bytes a span
/// less is 13 MB less. A plan file is never larger than 4 GiB ([`MAX_LEN`]); an offset past
/// that is held as `MAX_LEN`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    start: u32,
    end: u32,
}

/// The longest text a [`Span`] reaches into, in bytes.
pub const MAX_LEN: usize = u32::MAX as usize;

const fn offset(at: usize) -> u32 {
    if at > MAX_LEN {
        u32::MAX
    } else {
        #[allow(clippy::cast_possible_truncation)]
        let at = at as u32;
        at
    }
}

impl Span {
    #[must_use]
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start: offset(start), end: offset(end) }
    }

    /// Where the span starts, in bytes from the start of the text.
    #[must_use]
    pub const fn start(self) -> usize {
        self.start as usize
    }

    /// Where the span ends (exclusive), in bytes from the start of the text.
    #[must_use]
    pub const fn end(self) -> usize {
        self.end as usize
    }

    #[must_use]
    pub const fn is_empty(self) -> bool {
        self.start == self.end
    }

    #[must_use]
    pub const fn range(self) -> Range<usize> {
        self.start()..self.end()
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Self {
        Self::new(r.start, r.end)
    }
}

/// A value read from the plan, with where it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Spanned<T> {
    pub value: T,
    pub span: Span,
}

/// A value serialises as the value alone; where it stood is for messages.
impl<T: serde::Serialize> serde::Serialize for Spanned<T> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(s)
    }
}

impl<T> Spanned<T> {
    pub const fn new(value: T, span: Span) -> Self {
        Self { value, span }
    }
}

impl Spanned<CompactString> {
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.value
    }
}

/// 1-based line and column (in characters) of a byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LineCol {
    pub line: usize,
    pub column: usize,
}

/// Where some lines start, to turn byte offsets into line and column: a search for the
/// nearest place before the offset, then a count of the lines from there. A list of every
/// line's start took 8 bytes a line (9 MB of a 20 MB plan) for findings on a few of them.
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// (offset, 0-based line) of the start of every [`EVERY`]th line, and of each line that
    /// starts [`NEAR`] bytes or more after the place before it: from a place, a count covers
    /// fewer than `EVERY` lines and, up to the offset's own line, fewer than `NEAR` bytes.
    places: Vec<(usize, usize)>,
}

/// A place at least every this many lines.
const EVERY: usize = 64;
/// A place at every line that starts this many bytes or more after the place before.
const NEAR: usize = 4096;

impl LineIndex {
    #[must_use]
    pub fn new(text: &str) -> Self {
        let mut places = vec![(0, 0)];
        let (mut last, mut since) = (0, 0);
        for (line, start) in memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1).enumerate() {
            since += 1;
            if since >= EVERY || start - last >= NEAR {
                places.push((start, line + 1));
                (last, since) = (start, 0);
            }
        }
        places.shrink_to_fit();
        Self { places }
    }

    /// The 0-based line of `offset` and where that line starts.
    fn line_of(&self, text: &str, offset: usize) -> (usize, usize) {
        let (from, line) = self.places[self.places.partition_point(|&(at, _)| at <= offset) - 1];
        let mut start = from;
        let mut count = 0;
        for newline in memchr::memchr_iter(b'\n', &text.as_bytes()[from..offset]) {
            count += 1;
            start = from + newline + 1;
        }
        (line + count, start)
    }

    /// Line and column of `offset`; an offset past the end is clamped to the end. A byte-order
    /// mark at the start of the text (Notepad writes one) is no column of the first line.
    #[must_use]
    pub fn line_col(&self, text: &str, offset: usize) -> LineCol {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let (line, mut start) = self.line_of(text, offset);
        if start == 0 && text.starts_with('\u{feff}') {
            start = '\u{feff}'.len_utf8().min(offset);
        }
        let column = text[start..offset].chars().count() + 1;
        LineCol { line: line + 1, column }
    }

    /// Where the line that holds `offset` starts (an offset past the end: the last line's).
    #[must_use]
    pub fn line_start(&self, text: &str, offset: usize) -> usize {
        self.line_of(text, offset.min(text.len())).1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_span_gives_back_its_offsets_and_holds_one_past_4_gib_at_the_limit() {
        let s = Span::new(3, 10);
        assert_eq!((s.start(), s.end(), s.range()), (3, 10, 3..10));
        assert!(!s.is_empty() && Span::new(7, 7).is_empty());
        assert_eq!(Span::from(MAX_LEN - 1..MAX_LEN + 5).range(), MAX_LEN - 1..MAX_LEN);
        assert_eq!(std::mem::size_of::<Span>(), 8);
    }

    #[test]
    fn a_byte_order_mark_is_no_column() {
        let text = "\u{feff}format = 2\nx = 1\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, text.find('2').unwrap()), LineCol { line: 1, column: 10 });
        assert_eq!(idx.line_col(text, 3), LineCol { line: 1, column: 1 });
        assert_eq!(idx.line_col(text, 0), LineCol { line: 1, column: 1 });
        assert_eq!(idx.line_col(text, text.find('x').unwrap()), LineCol { line: 2, column: 1 });
    }

    #[test]
    fn line_and_column_are_one_based_and_count_characters() {
        let text = "a = 1\nnavn = \"Børn\" x\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_col(text, 0), LineCol { line: 1, column: 1 });
        let x = text.find(" x").unwrap() + 1;
        // "Børn" has a two-byte ø: the column counts characters, not bytes.
        assert_eq!(idx.line_col(text, x), LineCol { line: 2, column: 15 });
        assert_eq!(idx.line_col(text, 10_000).line, 3);
    }

    #[test]
    fn the_places_give_every_line_as_a_list_of_all_starts_would() {
        // Short lines, a long one, and more short ones: places by count and by distance.
        let (mut text, long) = (String::new(), "x".repeat(10_000));
        for i in 0..300 {
            text.push_str(if i == 100 { &long } else { "k = 1" });
            text.push('\n');
        }
        text.push_str("tail");
        let idx = LineIndex::new(&text);
        let (mut line, mut start) = (1, 0);
        for (at, c) in text.char_indices() {
            assert_eq!(idx.line_col(&text, at), LineCol { line, column: at - start + 1 }, "{at}");
            assert_eq!(idx.line_start(&text, at), start);
            if c == '\n' {
                (line, start) = (line + 1, at + 1);
            }
        }
        assert_eq!(idx.line_col(&text, text.len()), LineCol { line, column: 5 });
    }
}
