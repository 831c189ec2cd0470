//! Entity ids: lowercase kebab-case, one namespace for the whole plan.

/// Whether `s` is a valid id: `[a-z0-9][a-z0-9-]*`.
#[must_use]
pub fn is_valid(s: &str) -> bool {
    let mut bytes = s.bytes();
    matches!(bytes.next(), Some(b'a'..=b'z' | b'0'..=b'9'))
        && bytes.all(|b| matches!(b, b'a'..=b'z' | b'0'..=b'9' | b'-'))
}

/// A valid id close to `s`, to suggest when `s` is not one: Danish letters spelled out as
/// Danes do in addresses (æ → ae, ø → oe, å → aa), capitals lowered, the rest hyphens.
#[must_use]
pub fn suggest(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    for c in s.trim().chars().flat_map(char::to_lowercase) {
        match c {
            'a'..='z' | '0'..='9' => out.push(c),
            'æ' => out.push_str("ae"),
            'ø' => out.push_str("oe"),
            'å' => out.push_str("aa"),
            'é' => out.push('e'),
            _ if !out.is_empty() && !out.ends_with('-') => out.push('-'),
            _ => {}
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    is_valid(&out).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kebab_case_is_valid_and_nothing_else() {
        for ok in ["schools", "nc-school-admin", "2019-wave", "a"] {
            assert!(is_valid(ok), "{ok}");
        }
        for bad in ["", "-x", "Skoler", "born_kultur", "børn", "a b"] {
            assert!(!is_valid(bad), "{bad}");
        }
    }

    #[test]
    fn suggestions_spell_out_danish_letters() {
        assert_eq!(suggest("Børn & Kultur").as_deref(), Some("boern-kultur"));
        assert_eq!(suggest("Skolernes_Superbrugere").as_deref(), Some("skolernes-superbrugere"));
        assert_eq!(suggest("&&"), None);
    }
}
