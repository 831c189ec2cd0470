//! The slips of a hand edit, told as what they are: the parser stumbles over one forgotten `]`
//! a dozen times, in its own English, and a person needs one message, in their language, at
//! the place to fix, with the fix. Each syntax error of the file is read here: a bracket never
//! closed, a header's brackets that do not match, `:` for `=` or no `=`, a quote missing at
//! either end or curly (of a value or of a list's text), words without quotes, a decimal comma,
//! a comma missing in a list, more after a value, a day written the Danish way, without its
//! zeros or not in the calendar; the parser's words are left only for what none of these is.

use super::tree::SyntaxError;
use crate::diagnostic::Finding;
use crate::rules::format;
use crate::span::Span;

/// The findings of a file that does not parse: one for each mistake, not for each of the
/// parser's errors.
pub(super) fn findings(source: &str, errors: Vec<SyntaxError>) -> Vec<Finding> {
    // What a line's first error says of the line as a whole (a `:` for `=`, a missing quote)
    // stands for the errors after it there.
    let mut findings: Vec<Finding> = Vec::new();
    let mut whole_lines: Vec<usize> = Vec::new();
    for e in errors {
        let line = line_start(source, e.span.start());
        // A key "defined twice" because a line before went wrong (a header's bracket
        // missing) is that line's mistake again.
        let again = e.twice.as_ref().is_some_and(|t| whole_lines.contains(&line_start(source, t.first.start())));
        if whole_lines.contains(&line) || again {
            continue;
        }
        // A bracket left open makes every line after it an error: the first of them tells.
        if let Some(f) = unclosed(source, e.span.start()) {
            findings.push(f);
            break;
        }
        // A list's text without its closing quote takes the rest of the file into the list.
        if let Some(f) = list_quote(source, line) {
            findings.push(f);
            break;
        }
        // The first entry of a list written `[training]`, the rest `[[training]]`: each of
        // those is "defined twice"; one finding, at the first, says the one mistake.
        if let Some(t) = e.twice.as_ref().filter(|t| !t.list && one_table_then_list(source, t.first, e.span)) {
            findings.push(format::table_as_list(&t.key, t.first).related(e.span, format::list_entry_here()));
            whole_lines.push(line_start(source, t.first.start()));
            continue;
        }
        if let Some(f) = line_mistake(source, e.span) {
            whole_lines.push(line);
            findings.push(f);
        } else {
            let f = syntax_finding(source, e);
            // The parser may stumble twice over one token (`04.03.19`): one mistake, one
            // finding.
            if !findings.iter().any(|x| x.span == f.span && x.message == f.message) {
                findings.push(f);
            }
        }
    }
    findings
}

/// Whether `first` is a header of one table (`[training]`) and `again` stands in a header of
/// a list's entry (`[[training]]`).
fn one_table_then_list(source: &str, first: Span, again: Span) -> bool {
    let header = |at: usize| source[line_start(source, at)..].trim_start().to_owned();
    let (first, again) = (header(first.start()), header(again.start()));
    first.starts_with('[') && !first.starts_with("[[") && again.starts_with("[[")
}

/// A syntax error as a finding, in plain words where the parser's are not: a key defined twice
/// (with its first place), a bare word where a value goes, a `[table]` where `[[list]]` entries
/// are.
fn syntax_finding(source: &str, e: SyntaxError) -> Finding {
    if let Some(t) = e.twice {
        let f = if t.list { format::list_as_table(&t.key, e.span) } else { format::defined_twice(&t.key, e.span) };
        return f.related(t.first, format::first_defined());
    }
    if let Some((written, iso, span)) = danish_date(source, e.span) {
        return format::danish_date(&written, &iso, span);
    }
    let word = source.get(e.span.range()).unwrap_or_default();
    if let Some(iso) = without_zeros(word) {
        return format::date_without_zeros(word, &iso, e.span);
    }
    let after_equals = source[..e.span.start().min(source.len())].trim_end_matches([' ', '\t']).ends_with('=');
    let starts_with_letter = word.chars().next().is_some_and(char::is_alphabetic);
    if after_equals && starts_with_letter && word.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_') {
        return format::bare_word(word, &format!("\"{word}\""), e.span);
    }
    if let Some(f) = parser_slip(source, &e) {
        return f;
    }
    if after_equals && word.trim().is_empty() {
        let line = source[..e.span.start().min(source.len())].rsplit('\n').next().unwrap_or_default();
        let key = line.trim_end().trim_end_matches('=').trim();
        return format::no_value(key, e.span);
    }
    format::parse_error(e.span, e.message.trim_end().trim_end_matches('.'))
}

/// The slips the parser names itself, said with their fix: a comma missing between a list's
/// values, `=` missing after a key, more after a value, a day not in the calendar.
fn parser_slip(source: &str, e: &SyntaxError) -> Option<Finding> {
    let at = e.span.start().min(source.len());
    let start = line_start(source, at);
    let line = source[start..].split('\n').next().unwrap_or_default().trim_end_matches('\r');
    let before = &source[start..at];
    let after = source.get(at..start + line.len()).unwrap_or_default();
    let what = e.message.as_str();
    if what.starts_with("invalid multi-line")
        && let Some(open) = unended_text(source)
    {
        let line = &source[line_start(source, open)..open];
        let key = line.split('=').next().unwrap_or_default().trim();
        let quotes = &source[open..open + 3];
        return Some(format::unended_text(key, quotes, Span::new(open, open + 3)));
    }
    if what.starts_with("missing comma between array elements") {
        let fixed = if before.trim().is_empty() {
            // The value before stands on a line above: the comma goes at its end.
            let mut above = source[..start].lines().map(|l| l.split('#').next().unwrap_or_default().trim_end());
            format!("{},", above.rfind(|l| !l.trim().is_empty())?.trim())
        } else {
            format!("{}, {}", before.trim_end(), after.trim_start()).trim().to_owned()
        };
        return Some(format::missing_comma(&fixed, e.span));
    }
    if what.starts_with("key with no value") && !before.trim().is_empty() && !after.trim().is_empty() {
        let key = before.trim();
        return Some(format::missing_equals(key, &format!("{key} = {}", after.trim()), e.span));
    }
    if what.starts_with("unexpected key or value") && !after.trim().is_empty() {
        let rest = after.trim_end();
        return Some(format::after_the_value(rest, Span::new(at, at + rest.len())));
    }
    let word = source.get(e.span.range()).unwrap_or_default();
    let parts: Vec<&str> = word.split('-').collect();
    if let [y, m, d] = parts[..]
        && [y.len(), m.len(), d.len()] == [4, 2, 2]
        && word.bytes().all(|b| b.is_ascii_digit() || b == b'-')
    {
        let (y, m) = (y.parse::<i32>().ok()?, m.parse::<u32>().ok()?);
        let first = chrono::NaiveDate::from_ymd_opt(y, m, 1);
        let last = first.and_then(|f| f.checked_add_months(chrono::Months::new(1))).and_then(|n| n.pred_opt());
        return Some(format::not_a_day(word, last, e.span));
    }
    None
}

/// `[[training]` or `[training]]`: a header whose brackets do not match, at `start`.
fn header_mistake(line: &str, start: usize) -> Option<Finding> {
    let written = line.split('#').next().unwrap_or_default().trim();
    let open = written.chars().take_while(|c| *c == '[').count();
    let close = written.chars().rev().take_while(|c| *c == ']').count();
    let name = written.get(open..written.len().checked_sub(close)?)?.trim();
    let key = |c: char| c.is_alphanumeric() || matches!(c, '-' | '_' | '.');
    if open == 0 || name.is_empty() || !name.chars().all(key) || (open == close && open <= 2) {
        return None;
    }
    let list = super::early::LISTS.contains(&name) || matches!(name, "revision" | "estimate.row" | "calendar.closed");
    let fixed = if list { format!("[[{name}]]") } else { format!("[{name}]") };
    let at = start + line.find(written)?;
    Some(format::unbalanced_header(written, &fixed, Span::new(at, at + written.len())))
}

/// A double quote (written so, as a tool that counts quotes in the source reads it).
const QUOTE: char = '\u{22}';

/// Where the line holding byte `at` starts.
fn line_start(source: &str, at: usize) -> usize {
    source.get(..at.min(source.len())).and_then(|s| s.rfind('\n')).map_or(0, |i| i + 1)
}

/// A mistake that is the line's as a whole, at the line of `at`: `key: value` for `key =
/// value`, a text with a quote missing at either end or with Word's curly quotes, a decimal
/// comma, words without quotes.
fn line_mistake(source: &str, at: Span) -> Option<Finding> {
    let start = line_start(source, at.start());
    let end = source[start..].find('\n').map_or(source.len(), |i| start + i);
    let line = source[start..end].trim_end_matches('\r');
    let indent = line.len() - line.trim_start().len();
    if line.trim_start().starts_with('[') {
        return header_mistake(line, start);
    }
    let bare = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    // `title: "Aula"`: a bare key, a colon, a value, and no `=` before it.
    if let Some((key, value)) = line.trim_start().split_once(':') {
        let colon = start + indent + key.len();
        let (key, value) = (key.trim_end(), value.trim());
        if bare(key) && !value.is_empty() {
            let span = Span::new(colon, colon + 1);
            return Some(format::colon_for_equals(key, value, span));
        }
    }
    let equals = line.find('=')?;
    let (key, value) = (line[..equals].trim(), line[equals + 1..].trim());
    let value_start = start + equals + 1 + line[equals + 1..].find(value)?;
    let span = Span::new(value_start, value_start + value.len());
    // `name == "Aula"`: one `=` too many.
    if let Some(rest) = value.strip_prefix('=') {
        return Some(format::extra_equals(
            &format!("{key} = {}", rest.trim()),
            Span::new(value_start, value_start + 1),
        ));
    }
    if value.starts_with(QUOTE) {
        return unclosed_quote(key, value, span);
    }
    // `name = “Aula”`: Word's quotes, of a value or of a list's items.
    if value.contains(CURLY) {
        let fixed = line.trim().replace(CURLY, "\"");
        let at = value.find(CURLY)?;
        let curly = &value[at..];
        // From the first curly quote to the one that closes it (or to the end of the value).
        let ends: Vec<usize> =
            curly.char_indices().filter(|(_, c)| CURLY.contains(c)).map(|(i, c)| i + c.len_utf8()).take(2).collect();
        let end = ends.get(1).or(ends.first()).copied().unwrap_or(curly.len());
        let first = value_start + at;
        return Some(format::curly_quotes(&curly[..end], &fixed, Span::new(first, first + end)));
    }
    if value.starts_with('[') {
        return list_words(line, start);
    }
    // The rest is of a value without quotes or brackets, before any comment.
    let value = value.split('#').next().unwrap_or_default().trim_end();
    let span = Span::new(value_start, value_start + value.len());
    if value.is_empty() || value.starts_with(['[', '{', '\'']) {
        return None;
    }
    // `name = Aula"`: a text that closes a quote it never opened.
    if let Some(text) = value.strip_suffix(QUOTE)
        && !text.contains(QUOTE)
    {
        return Some(format::missing_opening_quote(key, text, span));
    }
    // `seats = 3,5`: a decimal comma.
    if let Some((whole, part)) = value.split_once(',')
        && !whole.is_empty()
        && whole.trim_start_matches('-').bytes().all(|b| b.is_ascii_digit())
        && !part.is_empty()
        && part.bytes().all(|b| b.is_ascii_digit())
    {
        return Some(format::decimal_comma(key, value, whole, &format!("{whole}.{part}"), span));
    }
    // `seats = 03`: a leading zero.
    if value.len() > 1 && value.starts_with('0') && value.bytes().all(|b| b.is_ascii_digit()) {
        let fixed = format!("{key} = {}", value.trim_start_matches('0').max("0"));
        return Some(format::leading_zero(&fixed, span));
    }
    // `name = Kommunal administrator`: words without quotes.
    let text = value.chars().next().is_some_and(char::is_alphabetic)
        && !value.contains([QUOTE, '[', ']', '{', '}', '='])
        && !matches!(value, "true" | "false" | "inf" | "nan");
    text.then(|| format::bare_word(value, &format!("{key} = \"{value}\""), span))
}

/// `title = "Aula`: an opening quote and no closing one on the line.
fn unclosed_quote(key: &str, value: &str, span: Span) -> Option<Finding> {
    let inside = value.strip_prefix(QUOTE)?;
    if inside.chars().take(2).filter(|c| *c == QUOTE).count() == 2 {
        return None; // a multi-line string
    }
    let mut escaped = false;
    let closed = inside.chars().any(|c| {
        let close = c == QUOTE && !escaped;
        escaped = c == '\\' && !escaped;
        close
    });
    (!closed).then(|| format::missing_quote(key, &format!("{key} = \"{}\"", inside.trim_end()), span))
}

/// The items of a list written on one line (`key = [...]`): where a text opens a quote it does
/// not close (its quote and the end of its words), and where words stand without quotes.
#[derive(Default)]
struct ListItems {
    unclosed: Option<(usize, usize)>,
    bare: Vec<(usize, usize)>,
}

fn list_items(line: &str) -> ListItems {
    let mut items = ListItems::default();
    let Some(open) = line.find('=').and_then(|e| line[e..].find('[').map(|n| e + n)) else { return items };
    let b = line.as_bytes();
    let next = |from: usize| line[from..].find([',', ']']).map_or(line.len(), |n| from + n);
    let mut i = open + 1;
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' | b',' | b'[' | b']' => i += 1,
            b'#' => break,
            b'"' => match line[i + 1..].find(QUOTE) {
                Some(n) if !line[i + 1..i + 1 + n].contains('\\') => i += n + 2,
                // An escape: the parser's words will do.
                Some(_) => return ListItems::default(),
                None => {
                    let end = i + 1 + line[i + 1..next(i + 1)].trim_end().len();
                    items.unclosed = Some((i, end));
                    return items;
                }
            },
            b'\'' => i = line[i + 1..].find('\'').map_or(b.len(), |n| i + n + 2),
            c if c.is_ascii_alphabetic() || c >= 0x80 => {
                let end = line[i..].find([',', ']', ' ', '\t', '#']).map_or(line.len(), |n| i + n);
                if !matches!(&line[i..end], "true" | "false" | "inf" | "nan") {
                    items.bare.push((i, end));
                }
                i = end;
            }
            _ => i = next(i),
        }
    }
    items
}

/// `trainees = ["school-superuser]`: a text in a list without its closing quote, on the line
/// that starts at `start`.
fn list_quote(source: &str, start: usize) -> Option<Finding> {
    let line = source[start..].split('\n').next().unwrap_or_default().trim_end_matches('\r');
    let (from, to) = list_items(line).unclosed?;
    let key = line[..line.find('=')?].trim();
    let mut fixed = format!("{}\"{}", &line[..to], &line[to..]).trim().to_owned();
    if !line[to..].contains(']') {
        fixed.push(']');
    }
    Some(format::missing_quote(key, &fixed, Span::new(start + from, start + to)))
}

/// `trainees = [school-superuser]`: words without quotes in a list, all quoted in the fix.
fn list_words(line: &str, start: usize) -> Option<Finding> {
    let bare = list_items(line).bare;
    let &(from, to) = bare.first()?;
    let mut fixed = line.to_owned();
    for &(a, b) in bare.iter().rev() {
        fixed.insert(b, QUOTE);
        fixed.insert(a, QUOTE);
    }
    Some(format::bare_word(&line[from..to], fixed.trim(), Span::new(start + from, start + to)))
}

/// The quotes a word processor writes for `"` and `'`: “ ” „ ‘ ’ ‚ « ».
const CURLY: [char; 8] = ['\u{201c}', '\u{201d}', '\u{201e}', '\u{2018}', '\u{2019}', '\u{201a}', '\u{ab}', '\u{bb}'];

/// A `[` or `{` of a value never closed: where the parser first stumbled (`at`) is a line that
/// begins a key or a table, or the end of the file, with the bracket still open. The finding
/// stands at the bracket, and its help says after what to put the `]` or `}`.
fn unclosed(source: &str, at: usize) -> Option<Finding> {
    let at = at.min(source.len());
    let here = line_start(source, at);
    let line = source[here..].split('\n').next().unwrap_or_default();
    // The parser stumbles over a key at its start, over a header inside it (its `[[` read as
    // arrays in the list).
    let starts_entry =
        at == source.len() || starts_header(line) || (source[here..at].trim().is_empty() && starts_key(line));
    if !starts_entry {
        return None;
    }
    let open = open_brackets(&source[..if at == source.len() { at } else { here }]);
    let (&(bracket, kind), &(outer, _)) = (open.last()?, open.first()?);
    // The key is the one the outermost bracket's line gives a value.
    let outer_line = &source[line_start(source, outer)..outer];
    let key = outer_line.rsplit_once('=').map_or("", |(k, _)| k).trim();
    // The `]` goes after the last value before the line that stumbled: the last line between
    // the two with more than a comment.
    let mut last_start = line_start(source, bracket);
    let mut next = last_start;
    while let Some(n) = source[next..line_start(source, at)].find('\n') {
        let line = &source[next..next + n];
        if !line.split('#').next().unwrap_or_default().trim().is_empty() {
            last_start = next;
        }
        next += n + 1;
    }
    let whole = source[last_start..].split('\n').next().unwrap_or_default();
    let whole = whole.split('#').next().unwrap_or_default().trim();
    let line_no = source[..last_start].matches('\n').count() + 1;
    let span = Span::new(bracket, bracket + 1);
    Some(if kind == b'[' {
        format::unclosed_array(key, line_no, &format!("{whole}]"), span)
    } else {
        let space = if whole.contains("{ ") { " " } else { "" };
        format::unclosed_table(key, line_no, &format!("{whole}{space}}}"), span)
    })
}

/// Whether a line begins `key =` (a bare, quoted or dotted key).
fn starts_key(line: &str) -> bool {
    let Some((key, _)) = line.split_once('=') else { return false };
    let key = key.trim();
    !key.is_empty()
        && key.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | ' ' | '"' | '\''))
        && key.chars().next().is_some_and(|c| c.is_alphanumeric() || c == '"' || c == '\'')
}

/// Whether a line is a `[table]` or `[[list]]` header.
fn starts_header(line: &str) -> bool {
    let line = line.split('#').next().unwrap_or_default().trim();
    let Some(inside) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) else { return false };
    let inside = inside.strip_prefix('[').and_then(|l| l.strip_suffix(']')).unwrap_or(inside).trim();
    inside.chars().any(char::is_alphabetic)
        && inside.chars().all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.'))
}

/// The brackets of values (`[` of an array, `{` of an inline table) open at the end of `text`,
/// outermost first: where each opened, and which it is. Strings, comments and headers are
/// passed over.
fn open_brackets(text: &str) -> Vec<(usize, u8)> {
    let bytes = text.as_bytes();
    let mut open: Vec<(usize, u8)> = Vec::new();
    let mut after_equals = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'\n' => after_equals = false,
            b'#' => i = text[i..].find('\n').map_or(bytes.len(), |n| i + n) - 1,
            b'"' | b'\'' => i = string_end(text, i) - 1,
            b'=' if open.is_empty() => after_equals = true,
            b'[' | b'{' if !open.is_empty() || after_equals => open.push((i, b)),
            // A header: nothing in it opens a value.
            b'[' => i = text[i..].find('\n').map_or(bytes.len(), |n| i + n) - 1,
            b']' | b'}' => {
                open.pop();
                if open.is_empty() {
                    after_equals = false;
                }
            }
            _ => {}
        }
        i += 1;
    }
    open
}

/// Where a text over several lines (in three quotes) opens that never ends, if one does.
fn unended_text(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'#' => i = text[i..].find('\n').map_or(bytes.len(), |n| i + n),
            b'"' | b'\'' => {
                let end = string_end(text, i);
                let triple = text.get(i..i + 3).unwrap_or_default();
                if end == text.len() && (triple == "\"\"\"" || triple == "\'\'\'") && !text[i + 3..].contains(triple) {
                    return Some(i);
                }
                i = end;
            }
            _ => i += 1,
        }
    }
    None
}

/// Where the string that opens at `at` (a `"` or `'`, once or three times) ends: past its
/// closing quote, or at the end of its line (or, for a multi-line string, of the text) when
/// it has none.
fn string_end(text: &str, at: usize) -> usize {
    let quote = if text.as_bytes()[at] == b'"' { QUOTE } else { '\'' };
    let triple = quote.to_string().repeat(3);
    if text[at..].starts_with(&triple) {
        return text[at + 3..].find(&triple).map_or(text.len(), |n| at + 3 + n + 3);
    }
    let mut escaped = false;
    for (n, c) in text[at + 1..].char_indices() {
        match c {
            '\n' => return at + 1 + n,
            '\\' if quote == QUOTE && !escaped => escaped = true,
            c if c == quote && !escaped => return at + 1 + n + 1,
            _ => escaped = false,
        }
    }
    text.len()
}

/// A day written the Danish way where a value goes (`start = 25.01.19`, `28-02-2018`,
/// `1/3/2019`), which TOML reads as no value at all: what is written, the day as the format
/// wants it (`2019-01-25`), and where it stands. Two-digit years are this century's.
fn danish_date(source: &str, at: Span) -> Option<(String, String, Span)> {
    let at = at.start().min(source.len());
    let line_start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = source[at..].find('\n').map_or(source.len(), |i| at + i);
    let line = &source[line_start..line_end];
    let equals = line.find('=')?;
    let value = line[equals + 1..].split('#').next()?.trim();
    let start = line_start + equals + 1 + line[equals + 1..].find(value)?;
    let day = crate::plan::date::danish_day(value)?;
    Some((value.to_owned(), day.format("%Y-%m-%d").to_string(), Span::new(start, start + value.len())))
}

/// A day whose month or day lacks its leading zero (`2019-3-4`), as the format wants it
/// (`2019-03-04`).
fn without_zeros(word: &str) -> Option<String> {
    let mut parts = word.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    let digits = |s: &str, len: std::ops::RangeInclusive<usize>| {
        (len.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u32>().ok()).flatten()
    };
    if parts.next().is_some() || (m.len() == 2 && d.len() == 2) {
        return None;
    }
    let day =
        chrono::NaiveDate::from_ymd_opt(i32::try_from(digits(y, 4..=4)?).ok()?, digits(m, 1..=2)?, digits(d, 1..=2)?)?;
    Some(day.format("%Y-%m-%d").to_string())
}
