//! Byte offsets of the plan's text ↔ LSP positions (0-based line, UTF-16 column), in one
//! place. A line ends after its `\n`; the `\r` of a CRLF file is the last character of its
//! line, as LSP counts it.

use lsp_types::{Position, Range};

use crate::span::Span;

/// Where each line of one text starts.
#[derive(Debug, Clone)]
pub struct Lines {
    starts: Vec<usize>,
}

impl Lines {
    #[must_use]
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        Self { starts }
    }

    /// The position of byte `offset` (clamped to the text, and back to a character's start).
    #[must_use]
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let character: usize = text[start..offset].chars().map(char::len_utf16).sum();
        Position { line: to_u32(line), character: to_u32(character) }
    }

    /// The range of a span.
    #[must_use]
    pub fn range(&self, text: &str, span: Span) -> Range {
        Range { start: self.position(text, span.start()), end: self.position(text, span.end()) }
    }

    /// The byte offset of a position: a line past the end is the end of the text, a column
    /// past the end of its line the end of the line (before its `\n`).
    #[must_use]
    pub fn offset(&self, text: &str, position: Position) -> usize {
        let Some(&start) = self.starts.get(position.line as usize) else { return text.len() };
        let end = self.starts.get(position.line as usize + 1).map_or(text.len(), |&next| next - 1);
        let mut units = 0;
        for (at, c) in text[start..end].char_indices() {
            if units >= position.character as usize {
                return start + at;
            }
            units += c.len_utf16();
        }
        end
    }

    /// The byte range of a range.
    #[must_use]
    pub fn span(&self, text: &str, range: Range) -> Span {
        Span::new(self.offset(text, range.start), self.offset(text, range.end))
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The part of `span` inside its quotes, when the text there is a quoted string.
#[must_use]
pub fn inner(text: &str, span: Span) -> Span {
    let s = text.get(span.range()).unwrap_or_default();
    let quoted =
        s.len() >= 2 && ((s.starts_with('"') && s.ends_with('"')) || (s.starts_with('\'') && s.ends_with('\'')));
    if quoted { Span::new(span.start() + 1, span.end() - 1) } else { span }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_count_utf16_units_and_crlf_lines() {
        let text = "a = 1\r\nnavn = \"Børn 😀\" x\r\nlast";
        let lines = Lines::new(text);
        let x = text.find(" x").unwrap() + 1;
        // ø is one unit, the emoji two.
        assert_eq!(lines.position(text, x), Position { line: 1, character: 17 });
        assert_eq!(lines.offset(text, Position { line: 1, character: 17 }), x);
        assert_eq!(lines.position(text, text.len()), Position { line: 2, character: 4 });
        assert_eq!(lines.offset(text, Position { line: 9, character: 0 }), text.len());
        // A column past the line's end is its end, before the `\n`.
        assert_eq!(lines.offset(text, Position { line: 0, character: 99 }), 6);
    }

    #[test]
    fn inner_is_inside_the_quotes() {
        let text = r#"a = "xy""#;
        assert_eq!(inner(text, Span::new(4, 8)), Span::new(5, 7));
        assert_eq!(inner(text, Span::new(0, 1)), Span::new(0, 1));
    }
}
