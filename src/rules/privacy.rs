//! Rules about personal data in the file's text, comments included: `cpr-number` and
//! `personal-data`. A plan lives in git, where what was once committed stays readable; people
//! are named by first name or title, and nothing more.
//!
//! These read the text itself, not the plan, so they speak even of a file that does not load.

use chrono::NaiveDate;

use crate::diagnostic::{Finding, Text};
use crate::registry::{CPR_NUMBER, PERSONAL_DATA};
use crate::span::Span;

/// Every finding of the two rules in `source`, in the order of the text.
pub(crate) fn check(source: &str, out: &mut Vec<Finding>) {
    let bytes = source.as_bytes();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let contact = |span: Span, what: &'static str, label: &'static str| {
        Finding::new(PERSONAL_DATA, span, Text::id(what)).label(Text::id(label)).help(Text::id("personal-data-help"))
    };
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let found = if b.is_ascii_digit() && (i == 0 || !digit(i - 1)) {
            if let Some(end) = cpr_at(bytes, i) {
                Some(
                    Finding::new(CPR_NUMBER, Span::new(i, end), Text::id("cpr-number"))
                        .label(Text::id("cpr-number-label"))
                        .help(Text::id("cpr-number-help")),
                )
            } else {
                phone_at(bytes, i, false)
                    .map(|end| contact(Span::new(i, end), "personal-data-phone", "personal-data-phone-label"))
            }
        } else if b == b'+' && bytes.get(i + 1..i + 3) == Some(b"45".as_slice()) {
            let after = i + 3 + usize::from(bytes.get(i + 3) == Some(&b' '));
            phone_at(bytes, after, true)
                .map(|end| contact(Span::new(i, end), "personal-data-phone", "personal-data-phone-label"))
        } else if b == b'@' {
            email_around(bytes, i)
                .map(|(start, end)| contact(Span::new(start, end), "personal-data-email", "personal-data-email-label"))
        } else {
            None
        };
        match found {
            Some(f) => {
                i = f.span.end();
                out.push(f);
            }
            None => i += 1,
        }
    }
}

/// `DDMMYY-NNNN` at `at`, with a day that exists in 19YY or 20YY and no letter or digit on
/// either side; the end of it.
fn cpr_at(b: &[u8], at: usize) -> Option<usize> {
    let d = |i: usize| b.get(at + i).filter(|c| c.is_ascii_digit()).map(|c| u32::from(c - b'0'));
    let two = |i: usize| Some(d(i)? * 10 + d(i + 1)?);
    let (day, month, year) = (two(0)?, two(2)?, two(4)?);
    let word = |c: Option<&u8>| c.is_some_and(u8::is_ascii_alphanumeric);
    if b.get(at + 6) != Some(&b'-') || (7..11).any(|i| d(i).is_none()) || word(b.get(at + 11)) {
        return None;
    }
    if at > 0 && word(b.get(at - 1)) {
        return None;
    }
    let real = |century: u32| {
        i32::try_from(century + year).ok().and_then(|y| NaiveDate::from_ymd_opt(y, month, day)).is_some()
    };
    (real(1900) || real(2000)).then_some(at + 11)
}

/// A Danish phone number at `at`: eight digits, written together (`00000000`), in pairs
/// (`00 00 00 00`) or in fours (`0000 0000`), with no letter or digit on either side (but `+45`
/// before it), and not a day written `YYYYMMDD`; the end of it.
fn phone_at(b: &[u8], at: usize, after_country_code: bool) -> Option<usize> {
    if !after_country_code && at > 0 && b[at - 1].is_ascii_alphanumeric() {
        return None;
    }
    for groups in [&[8][..], &[2, 2, 2, 2], &[4, 4]] {
        let mut i = at;
        let mut ok = true;
        for (n, &len) in groups.iter().enumerate() {
            if n > 0 {
                if b.get(i) != Some(&b' ') {
                    ok = false;
                    break;
                }
                i += 1;
            }
            if !(i..i + len).all(|j| b.get(j).is_some_and(u8::is_ascii_digit)) {
                ok = false;
                break;
            }
            i += len;
        }
        let alone = !b.get(i).is_some_and(u8::is_ascii_alphanumeric);
        if ok && alone && !(groups.len() == 1 && is_compact_date(&b[at..i])) {
            return Some(i);
        }
    }
    None
}

/// Whether eight digits are a day written `YYYYMMDD` (as calendars write them), not a number.
fn is_compact_date(digits: &[u8]) -> bool {
    let n = |r: std::ops::Range<usize>| std::str::from_utf8(&digits[r]).ok()?.parse::<u32>().ok();
    match (n(0..4), n(4..6), n(6..8)) {
        (Some(y), Some(m), Some(d)) => {
            (1900..=2100).contains(&y) && i32::try_from(y).ok().and_then(|y| NaiveDate::from_ymd_opt(y, m, d)).is_some()
        }
        _ => false,
    }
}

/// The e-mail address whose `@` is at `at`: a local part before it, and a domain with a dot
/// and a top-level part of two letters or more after it.
fn email_around(b: &[u8], at: usize) -> Option<(usize, usize)> {
    let local = |c: &u8| c.is_ascii_alphanumeric() || b"._%+-".contains(c);
    let domain = |c: &u8| c.is_ascii_alphanumeric() || b".-".contains(c);
    let mut start = at;
    while start > 0 && local(&b[start - 1]) {
        start -= 1;
    }
    let mut end = at + 1;
    while end < b.len() && domain(&b[end]) {
        end += 1;
    }
    while end > at + 1 && b[end - 1] == b'.' {
        end -= 1;
    }
    let host = std::str::from_utf8(&b[at + 1..end]).ok()?;
    let (name, top) = host.rsplit_once('.')?;
    let good = start < at && !name.is_empty() && top.len() >= 2 && top.bytes().all(|c| c.is_ascii_alphabetic());
    good.then_some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> Vec<(&'static str, &str)> {
        let mut out = Vec::new();
        check(text, &mut out);
        out.iter().map(|f| (f.rule.name, &text[f.span.range()])).collect()
    }

    #[test]
    fn cpr_numbers_need_a_real_day() {
        assert_eq!(found("note = \"010100-0000\""), [("cpr-number", "010100-0000")]);
        assert_eq!(found("# 311200-0000 x"), [("cpr-number", "311200-0000")]);
        assert!(found("id = 320100-0000").is_empty(), "no 32nd day");
        assert!(found("a 290201-0000").is_empty(), "1901 and 2001 had no 29 February");
        assert!(found("1010100-0000").is_empty(), "a digit before it");
    }

    #[test]
    fn phone_numbers_in_the_ways_danes_write_them() {
        for phone in ["00000000", "00 00 00 00", "0000 0000", "+45 00000000", "+4500 00 00 00"] {
            assert_eq!(found(&format!("tlf. {phone}.")), [("personal-data", phone)], "{phone}");
        }
        for not in ["123456789", "1234567", "[1000, 4200]", "2019-01-28", "12 34 56", "DTSTART:20190124", "a15738828b"]
        {
            assert!(found(not).is_empty(), "{not}");
        }
    }

    #[test]
    fn e_mail_addresses_but_not_the_at_of_a_sentence() {
        assert_eq!(found("kontakt: fornavn.e@example.com."), [("personal-data", "fornavn.e@example.com")]);
        assert!(found("mødes @ rådhuset").is_empty());
        assert!(found("a@b").is_empty());
    }
}
