//! Editing a plan file without disturbing it: replace values in place, and write the result
//! atomically; and writing the files the tool makes (charts, exports) atomically too.
//!
//! Edits are byte splices at the spans a parser reports (the loader's for dates, `toml_edit`'s
//! for `seats`), not a re-rendering of the whole document: `toml_edit::DocumentMut` keeps
//! comments, order and quoting, but writes every line ending as LF, so a CRLF plan would come
//! back with every line changed. Splicing keeps each byte that is not edited, whatever the
//! file's line endings. Whoever builds the splices re-reads the result before writing it.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

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
        let at = self.0.partition_point(|s| (s.span.start, s.span.end) <= (span.start, span.end));
        let before = at.checked_sub(1).map(|i| &self.0[i]);
        let after = self.0.get(at);
        assert!(
            before.is_none_or(|b| b.span.end <= span.start) && after.is_none_or(|a| span.end <= a.span.start),
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
            out.push_str(&source[at..s.span.start]);
            out.push_str(&s.text);
            at = s.span.end;
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
            if offset < s.span.start {
                break;
            }
            if offset < s.span.end {
                return None;
            }
            shift += text_len(&s.text) - text_len_span(s.span);
        }
        offset.checked_add_signed(shift)
    }

    /// A span of the old text in the new one, when no splice replaced part of it.
    #[must_use]
    pub fn map_span(&self, span: Span) -> Option<Span> {
        let start = self.map(span.start)?;
        let end = if span.is_empty() { start } else { self.map(span.end - 1)? + 1 };
        Some(Span::new(start, end))
    }
}

#[allow(clippy::cast_possible_wrap, reason = "a plan file is far smaller than isize::MAX bytes")]
const fn text_len(s: &str) -> isize {
    s.len() as isize
}

#[allow(clippy::cast_possible_wrap, reason = "a plan file is far smaller than isize::MAX bytes")]
const fn text_len_span(s: Span) -> isize {
    (s.end - s.start) as isize
}

/// The line ending a text uses: CRLF when its first line ends so, else LF.
#[must_use]
pub fn line_ending(source: &str) -> &'static str {
    match source.find('\n') {
        Some(i) if source[..i].ends_with('\r') => "\r\n",
        _ => "\n",
    }
}

/// Why a plan file was not written. The file is then as it was.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{path} is read-only; nothing written")]
    ReadOnlyFile { path: String },
    #[error("the folder {path} is read-only; nothing written")]
    ReadOnlyFolder { path: String },
    #[error("{path} changed since aula-plan read it; nothing written (run the command again)")]
    Changed { path: String },
    #[error("cannot {action} {path}: {source}; nothing written")]
    Io { action: &'static str, path: String, source: std::io::Error },
}

/// Replaces the file at `path`, which held `expected` when it was read, with `contents`:
/// written to a temporary file in the same folder, flushed to disk, given the old file's
/// permissions, then renamed over it, so that a reader never sees half a plan and a failure
/// leaves the old one as it was. A symbolic link is followed: its target is replaced.
///
/// A read-only file or folder is not written, even by a user the system would allow to.
///
/// # Errors
/// When the file or its folder is read-only, the file changed since it was read, or the
/// system refuses a step.
pub fn write_atomically(path: &Path, expected: &[u8], contents: &[u8]) -> Result<(), WriteError> {
    write_atomically_with(path, expected, contents, Write::write_all)
}

/// [`write_atomically`], with `write` putting the bytes into the temporary file: a test can
/// make it fail half-way, as a full disk does, and see that the plan is as it was.
///
/// # Errors
/// As [`write_atomically`], and whatever `write` returns.
pub fn write_atomically_with(
    path: &Path,
    expected: &[u8],
    contents: &[u8],
    write: impl FnOnce(&mut fs::File, &[u8]) -> std::io::Result<()>,
) -> Result<(), WriteError> {
    let shown = path.display().to_string();
    let io = |action, path: &Path| {
        let path = path.display().to_string();
        move |source| WriteError::Io { action, path, source }
    };
    let target = fs::canonicalize(path).map_err(io("find", path))?;
    let folder: PathBuf = target.parent().map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let meta = fs::metadata(&target).map_err(io("read", path))?;
    if meta.permissions().readonly() {
        return Err(WriteError::ReadOnlyFile { path: shown });
    }
    let folder_meta = fs::metadata(&folder).map_err(io("read", &folder))?;
    if folder_meta.permissions().readonly() {
        return Err(WriteError::ReadOnlyFolder { path: folder.display().to_string() });
    }
    let mut temp = tempfile::Builder::new()
        .prefix(".aula-plan-")
        .suffix(".toml.tmp")
        .tempfile_in(&folder)
        .map_err(io("create a temporary file in", &folder))?;
    let temp_path = temp.path().to_path_buf();
    write(temp.as_file_mut(), contents).map_err(io("write", &temp_path))?;
    temp.as_file().sync_all().map_err(io("write", temp.path()))?;
    fs::set_permissions(temp.path(), meta.permissions()).map_err(io("set the permissions of", temp.path()))?;
    // Someone may have saved the plan while a person read the diff and the prompt.
    if fs::read(&target).map_err(io("read", path))? != expected {
        return Err(WriteError::Changed { path: shown });
    }
    temp.persist(&target).map_err(|e| WriteError::Io { action: "replace", path: shown, source: e.error })?;
    // Make the rename itself durable; not every system can open a folder for this.
    if let Ok(dir) = fs::File::open(&folder) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// Writes a file the tool makes (a chart, an export) at `path`, atomically: a temporary file
/// in the same folder, flushed, then renamed, so that a reader never sees half of it and a
/// failure leaves what was there before. A new file gets the usual permissions (`0666` less
/// the umask); a file replaced keeps its own.
///
/// # Errors
/// When the file or its folder is read-only, or the system refuses a step.
pub fn write_output(path: &Path, contents: &[u8]) -> Result<(), WriteError> {
    let shown = path.display().to_string();
    let io = |action, path: &Path| {
        let path = path.display().to_string();
        move |source| WriteError::Io { action, path, source }
    };
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let old = fs::metadata(path).ok();
    if old.as_ref().is_some_and(|m| m.permissions().readonly()) {
        return Err(WriteError::ReadOnlyFile { path: shown });
    }
    let folder_meta = fs::metadata(&folder).map_err(io("find the folder", &folder))?;
    if folder_meta.permissions().readonly() {
        return Err(WriteError::ReadOnlyFolder { path: folder.display().to_string() });
    }
    let mut builder = tempfile::Builder::new();
    builder.prefix(".aula-plan-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(&folder).map_err(io("create a temporary file in", &folder))?;
    temp.write_all(contents).map_err(io("write", temp.path()))?;
    temp.as_file().sync_all().map_err(io("write", temp.path()))?;
    if let Some(meta) = old {
        fs::set_permissions(temp.path(), meta.permissions()).map_err(io("set the permissions of", temp.path()))?;
    }
    temp.persist(path).map_err(|e| WriteError::Io { action: "write", path: shown, source: e.error })?;
    if let Ok(dir) = fs::File::open(&folder) {
        let _ = dir.sync_all();
    }
    Ok(())
}

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
    fn a_diff_shows_changed_lines_with_context() {
        let old = "a\nb\nc\nd\ne\nf\ng\nh\n";
        let new = "a\nb\nc\nd\nE\nf\ng\nh\n";
        let diff = unified_diff(old, new, "plan.toml", "plan.toml (shifted)");
        let plain = anstream::adapter::strip_str(&diff).to_string();
        assert_eq!(plain, "--- plan.toml\n+++ plan.toml (shifted)\n@@ -2,7 +2,7 @@\n b\n c\n d\n-e\n+E\n f\n g\n h\n");
        assert!(diff.contains("\u{1b}[31m-e"), "deleted lines are red: {diff:?}");
    }

    #[test]
    fn line_endings_follow_the_first_line() {
        assert_eq!(line_ending("a = 1\r\nb = 2\r\n"), "\r\n");
        assert_eq!(line_ending("a = 1\nb = 2\r\n"), "\n");
        assert_eq!(line_ending("a = 1"), "\n");
    }

    #[test]
    fn a_write_replaces_the_file_and_keeps_its_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        fs::write(&path, "old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        write_atomically(&path, b"old", b"new").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o640);
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file is left");
    }

    #[test]
    fn a_write_through_a_link_replaces_the_target() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("plan.toml");
        let link = dir.path().join("link.toml");
        fs::write(&target, "old").unwrap();
        std::os::unix::fs::symlink(&target, &link).unwrap();
        write_atomically(&link, b"old", b"new").unwrap();
        assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink());
        assert_eq!(fs::read_to_string(&target).unwrap(), "new");
    }

    #[test]
    fn a_changed_file_is_not_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        fs::write(&path, "someone else's edit").unwrap();
        let err = write_atomically(&path, b"old", b"new").unwrap_err();
        assert!(matches!(err, WriteError::Changed { .. }), "{err}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "someone else's edit");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file is left");
    }
}
