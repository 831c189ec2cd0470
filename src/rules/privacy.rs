//! Rules about personal data in the file's text, comments included: `cpr-number` and
//! `personal-data`. A plan lives in git, where what was once committed stays readable; people
//! are named by first name or title, and nothing more.
//!
//! These read the text itself, not the plan, so they speak even of a file that does not load.

use chrono::NaiveDate;

use crate::diagnostic::Finding;
use crate::registry::{CPR_NUMBER, PERSONAL_DATA};
use crate::span::Span;

/// Every finding of the two rules in `source`, in the order of the text.
pub(crate) fn check(source: &str, out: &mut Vec<Finding>) {
    let bytes = source.as_bytes();
    let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() && (i == 0 || !digit(i - 1)) {
            if let Some(end) = cpr_at(bytes, i) {
                out.push(
                    Finding::new(CPR_NUMBER, Span::new(i, end), "a CPR number stands here")
                        .label("a person's CPR number")
                        .help("remove it, and from the repository's history too (a plan never needs one)"),
                );
                i = end;
                continue;
            }
            if let Some(end) = phone_at(bytes, i, false) {
                out.push(
                    Finding::new(PERSONAL_DATA, Span::new(i, end), "a phone number stands here")
                        .label("a phone number")
                        .help("name people by first name or title; contact details belong in the directory"),
                );
                i = end;
                continue;
            }
        }
        if b == b'+' && bytes.get(i + 1..i + 3) == Some(b"45".as_slice()) {
            let after = i + 3 + usize::from(bytes.get(i + 3) == Some(&b' '));
            if let Some(end) = phone_at(bytes, after, true) {
                out.push(
                    Finding::new(PERSONAL_DATA, Span::new(i, end), "a phone number stands here")
                        .label("a phone number")
                        .help("name people by first name or title; contact details belong in the directory"),
                );
                i = end;
                continue;
            }
        }
        if b == b'@' {
            if let Some((start, end)) = email_around(bytes, i) {
                out.push(
                    Finding::new(PERSONAL_DATA, Span::new(start, end), "an e-mail address stands here")
                        .label("an e-mail address")
                        .help("name people by first name or title; contact details belong in the directory"),
                );
                i = end;
                continue;
            }
        }
        i += 1;
    }
}

/// `DDMMYY-NNNN` at `at`, with a day that exists in 19YY or 20YY and no digit on either side;
/// the end of it.
fn cpr_at(b: &[u8], at: usize) -> Option<usize> {
    let d = |i: usize| b.get(at + i).filter(|c| c.is_ascii_digit()).map(|c| u32::from(c - b'0'));
    let two = |i: usize| Some(d(i)? * 10 + d(i + 1)?);
    let (day, month, year) = (two(0)?, two(2)?, two(4)?);
    if b.get(at + 6) != Some(&b'-') || (7..11).any(|i| d(i).is_none()) || d(11).is_some() {
        return None;
    }
    let real = |century: u32| {
        i32::try_from(century + year).ok().and_then(|y| NaiveDate::from_ymd_opt(y, month, day)).is_some()
    };
    (real(1900) || real(2000)).then_some(at + 11)
}

/// A Danish phone number at `at`: eight digits, written together (`12345678`), in pairs
/// (`12 34 56 78`) or in fours (`1234 5678`), with no digit on either side (but `+45` before
/// it); the end of it.
fn phone_at(b: &[u8], at: usize, after_country_code: bool) -> Option<usize> {
    if !after_country_code && at > 0 && b[at - 1].is_ascii_digit() {
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
        if ok && !b.get(i).is_some_and(u8::is_ascii_digit) {
            return Some(i);
        }
    }
    None
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
        assert_eq!(found("note = \"010190-1234\""), [("cpr-number", "010190-1234")]);
        assert_eq!(found("# 311299-0001 x"), [("cpr-number", "311299-0001")]);
        assert!(found("id = 320190-1234").is_empty(), "no 32nd day");
        assert!(found("a 290201-1234").is_empty(), "1901 and 2001 had no 29 February");
        assert!(found("1010190-1234").is_empty(), "a digit before it");
    }

    #[test]
    fn phone_numbers_in_the_ways_danes_write_them() {
        for phone in ["12345678", "12 34 56 78", "1234 5678", "+45 12345678", "+4512 34 56 78"] {
            assert_eq!(found(&format!("tlf. {phone}.")), [("personal-data", phone)], "{phone}");
        }
        for not in ["123456789", "1234567", "hours = [1000, 4200]", "2019-01-28", "12 34 56"] {
            assert!(found(not).is_empty(), "{not}");
        }
    }

    #[test]
    fn e_mail_addresses_but_not_the_at_of_a_sentence() {
        assert_eq!(found("kontakt: thomas.j@kommune.dk."), [("personal-data", "thomas.j@kommune.dk")]);
        assert!(found("mødes @ rådhuset").is_empty());
        assert!(found("a@b").is_empty());
    }
}
