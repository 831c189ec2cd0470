//! The unified diff an edit is shown as before it is written.

/// A unified diff of two versions of a file, three lines of context, coloured as git colours
/// it. ANSI styles are always written; the caller's stream strips them when colour is off.
#[must_use]
pub fn unified_diff(old: &str, new: &str, old_name: &str, new_name: &str) -> String {
    use similar::ChangeTag;
    use std::fmt::Write as _;
    let bold = anstyle::Style::new().bold();
    let cyan = anstyle::AnsiColor::Cyan.on_default();
    let red = anstyle::AnsiColor::Red.on_default();
    let green = anstyle::AnsiColor::Green.on_default();
    let diff = similar::TextDiff::from_lines(old, new);
    let mut out = String::new();
    let _ = writeln!(out, "{bold}--- {old_name}\n+++ {new_name}{bold:#}");
    for hunk in diff.unified_diff().context_radius(3).iter_hunks() {
        let _ = writeln!(out, "{cyan}{}{cyan:#}", hunk.header());
        for change in hunk.iter_changes() {
            let (sign, style) = match change.tag() {
                ChangeTag::Delete => ('-', red),
                ChangeTag::Insert => ('+', green),
                ChangeTag::Equal => (' ', anstyle::Style::new()),
            };
            let line = change.value().trim_end_matches('\n').trim_end_matches('\r');
            let _ = writeln!(out, "{style}{sign}{line}{style:#}");
            if change.missing_newline() {
                let _ = writeln!(out, "\\ No newline at end of file");
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_diff_shows_changed_lines_with_context() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh\n";
        let new = "a\nb\nc\nd\nE\nf\ng\nh\n";
        let diff = unified_diff(old, new, "plan.toml", "plan.toml (shifted)");
        let plain = anstream::adapter::strip_str(&diff).to_string();
        assert_eq!(plain, "--- plan.toml\n+++ plan.toml (shifted)\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n");
        assert!(diff.contains("\u{1b}[31m-e"), "deleted lines are red: {diff:?}");
    }
}
