//! A plan's names, titles and notes on their way into what people open: a terminal, a
//! spreadsheet, an intranet page, a calendar, a chart. Whatever a name holds, it stays text
//! there: control characters are shown as the Unicode control pictures (`␛` for ESC, as the
//! snippets of `validate` show them) instead of acting on a terminal or breaking a file; a CSV
//! cell cannot start a spreadsheet formula; Markdown cannot take a name for HTML or syntax.
//! Every renderer takes its names through here.

use std::borrow::Cow;

/// `text` in at most `width` characters: cut, with `…` as its last, when it is longer.
#[must_use]
pub fn shortened(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    cut.truncate(cut.trim_end().len());
    cut.push('…');
    cut
}

/// Whether `c` is a control character a name may not carry raw, `keep` aside.
fn is_control(c: char, keep: &[char]) -> bool {
    c.is_control() && !keep.contains(&c)
}

/// The visible stand-in of a control character: its control picture (U+2400–U+2421) for the
/// C0 controls and DEL, the replacement character for the C1 controls.
fn picture(c: char) -> char {
    match c as u32 {
        n @ 0..=0x1f => char::from_u32(0x2400 + n).unwrap_or('\u{fffd}'),
        0x7f => '\u{2421}',
        _ => '\u{fffd}',
    }
}

/// `text` with every control character but those in `keep` shown as its picture.
#[must_use]
pub fn visible_keeping<'a>(text: &'a str, keep: &[char]) -> Cow<'a, str> {
    if !text.chars().any(|c| is_control(c, keep)) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(|c| if is_control(c, keep) { picture(c) } else { c }).collect())
}

/// `text` with every control character but line feed and tab shown as its picture: for a
/// terminal, a page, a chart.
#[must_use]
pub fn visible(text: &str) -> Cow<'_, str> {
    visible_keeping(text, &['\n', '\t'])
}

/// `text` on one line: every control character, line feed and tab too, shown as its picture.
#[must_use]
pub fn one_line(text: &str) -> Cow<'_, str> {
    visible_keeping(text, &[])
}

/// Whether `cell` is a plain number (`-2`, `+3.5`, `-1,25`), which a spreadsheet may read as one.
fn is_number(cell: &str) -> bool {
    let digits = cell.strip_prefix(['-', '+']).unwrap_or(cell);
    let mut parts = digits.splitn(2, ['.', ',']);
    let whole = parts.next().unwrap_or_default();
    let frac = parts.next();
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && frac.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

/// The control characters a name keeps in XML and HTML (a CR would be read as a line feed).
pub const XML_SPACE: &[char] = &['\t', '\n'];

/// A CSV cell a spreadsheet shows as text: one that begins with `=`, `+`, `-`, `@`, a tab or a
/// carriage return gets a `'` before it, as OWASP recommends against formula injection, unless
/// it is a plain number; control characters other than line feed and tab are shown as their
/// pictures.
#[must_use]
pub fn csv_cell(cell: &str) -> Cow<'_, str> {
    let risky = cell.starts_with(['=', '+', '-', '@', '\t', '\r']) && !is_number(cell);
    let shown = visible(cell);
    if risky { Cow::Owned(format!("'{shown}")) } else { shown }
}

/// Text for a Markdown paragraph or list item: as [`markdown_inline`], and what would make a
/// heading, a list, a rule or a block quote at its start escaped too.
#[must_use]
pub fn markdown(text: &str) -> String {
    let inline = markdown_inline(text);
    let digits = inline.bytes().take_while(u8::is_ascii_digit).count();
    if inline.starts_with(['#', '-', '+', '=']) {
        format!("\\{inline}")
    } else if digits > 0 && inline[digits..].starts_with(['.', ')']) {
        format!("{}\\{}", &inline[..digits], &inline[digits..]) // `1. ` as text: `1\. `
    } else {
        inline
    }
}

/// Text for Markdown where it stands inside a line (a table's cell, a heading): `<` and `>`
/// as character references and `&` before what would read as one, so that no name becomes
/// HTML; Markdown's own punctuation escaped with a backslash, so that none becomes a link,
/// emphasis, code or a table's edge; a line break as `<br>` (a cell holds one line); control
/// characters as their pictures.
#[must_use]
pub fn markdown_inline(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let text = visible(&text);
    let mut out = String::with_capacity(text.len() + 8);
    for (i, c) in text.char_indices() {
        match c {
            '&' if entity_at(&text[i..]) => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\n' => out.push_str("<br>"),
            '\\' | '`' | '*' | '_' | '[' | ']' | '|' | '~' | '!' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// Whether `text`, which starts with `&`, starts with what Markdown reads as a character
/// reference (`&lt;`, `&#60;`): a plain `&` (`Børn & Kultur`) stays as it is.
fn entity_at(text: &str) -> bool {
    let body = &text[1..];
    let len = body.bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'#').count();
    len > 0 && body[len..].starts_with(';')
}

/// A fence for a Markdown code block around `text`: longer than any run of backticks in it,
/// so that no name closes the block.
#[must_use]
pub fn markdown_fence(text: &str) -> String {
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    "`".repeat(longest.max(2) + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_not_acted_on() {
        assert_eq!(visible("a\u{1b}[2Jb\u{0}c\u{c}d"), "a\u{241b}[2Jb\u{2400}c\u{240c}d");
        assert_eq!(visible("line\nnext\tcol"), "line\nnext\tcol");
        assert_eq!(one_line("a\rb\nc"), "a\u{240d}b\u{240a}c");
        assert_eq!(visible("\u{7f}\u{9b}"), "\u{2421}\u{fffd}");
        assert!(matches!(visible("Marstal Skole"), Cow::Borrowed(_)));
    }

    #[test]
    fn formulas_are_neutralised_and_numbers_stay_numbers() {
        for cell in ["=HYPERLINK(\"http://x\")", "+cmd|' /C calc'!A0", "@SUM(A1)", "-2+3+cmd", "\tx", "\rx", "-", "+"] {
            assert!(csv_cell(cell).starts_with('\''), "{cell:?}");
        }
        for cell in ["-2", "+3.5", "-1,25", "12", "Skole", "a=b", ""] {
            assert!(!csv_cell(cell).starts_with('\''), "{cell:?}");
        }
        assert_eq!(csv_cell("\u{1b}x"), "\u{241b}x");
    }

    #[test]
    fn markdown_takes_no_name_for_html_or_syntax() {
        assert_eq!(markdown("<script>alert(1)</script>"), "&lt;script&gt;alert(1)&lt;/script&gt;");
        assert_eq!(markdown("Børn & Kultur &lt;b&gt;"), "Børn & Kultur &amp;lt;b&amp;gt;");
        assert_eq!(markdown_inline("-164 days"), "-164 days");
        assert_eq!(markdown("a|b\nc"), "a\\|b<br>c");
        assert_eq!(markdown("[x](http://y) *z* `c`"), "\\[x\\](http://y) \\*z\\* \\`c\\`");
        assert_eq!(markdown("# not a heading"), "\\# not a heading");
        assert_eq!(markdown("12. not a list"), "12\\. not a list");
        assert_eq!(markdown("Skole 12. klasse"), "Skole 12. klasse");
        assert_eq!(markdown_fence("a ```` b"), "`````");
        assert_eq!(markdown_fence("plain"), "```");
    }
}
