//! "Did you mean …?": the known word closest to a misspelt one.

/// ` (did you mean `x`?)` after a one-line message, or nothing without a suggestion.
#[must_use]
pub fn did_you_mean(suggestion: Option<&str>) -> String {
    suggestion.map_or_else(String::new, |s| format!(" (did you mean `{s}`?)"))
}

/// The candidate closest to `word`, if any is close enough to be a likely typo. Never `word`
/// itself: a word the candidates hold that was still not found names something of another
/// kind (`p1` a unit, asked for as a person), and "did you mean `p1`?" for `p1` helps nobody.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    candidates
        .into_iter()
        .filter(|c| *c != word)
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score >= 0.8)
        // On a tie the first in alphabetical order wins, so the answer does not depend on the
        // order the candidates come in (some come from a hash map).
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_only_close_words() {
        assert_eq!(closest("trainee", ["trainer", "trainees", "seats"]), Some("trainees"));
        assert_eq!(closest("xyz", ["trainer", "trainees"]), None);
    }

    #[test]
    fn never_the_word_itself() {
        assert_eq!(closest("school-staff", ["school-staff", "school-stuff"]), Some("school-stuff"));
        assert_eq!(closest("p1", ["p1"]), None);
    }

    #[test]
    fn a_tie_is_settled_by_the_alphabet_not_by_the_order_given() {
        assert_eq!(closest("school-xxxxx", ["school-staff", "school-chief"]), Some("school-chief"));
        assert_eq!(closest("school-xxxxx", ["school-chief", "school-staff"]), Some("school-chief"));
    }
}
