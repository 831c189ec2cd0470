//! The safe write: a plan replaced atomically (a temporary file in the same folder, flushed,
//! then renamed over it), never when it changed since it was read; and the files the tool
//! makes (charts, exports) written the same way.
//!
//! Two writers of one plan take turns: the check that the plan is as it was read, and the
//! rename, are done holding an exclusive lock on the plan file (`flock`, through the standard
//! library's file locking). The second writer then finds the plan changed and refuses; it
//! never replaces the first one's work. A program that does not take the lock (an editor
//! saving the file) can still save between the check and the rename: that is the one window
//! left, a matter of microseconds.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Why a plan file was not written. The file is then as it was.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    #[error("{}", self.text())]
    ReadOnlyFile { path: String },
    #[error("{}", self.text())]
    ReadOnlyFolder { path: String },
    #[error("{}", self.text())]
    Changed { path: String },
    #[error("{}", self.text())]
    NotYours { path: String },
    #[error("{}", self.text())]
    Locked { path: String },
    /// `action` is what could not be done: `find`, `read`, `open`, `lock`, `create-temp`,
    /// `write`, `set-permissions`, `replace` (the words are in `errors.ftl`).
    #[error("{}", self.text())]
    Io { action: &'static str, path: String, source: std::io::Error },
}

impl WriteError {
    /// The error in words (`i18n/*/errors.ftl`).
    #[must_use]
    pub fn text(&self) -> crate::i18n::Text {
        use crate::i18n::Text;
        let (id, path) = match self {
            Self::ReadOnlyFile { path } => ("error-read-only-file", path),
            Self::ReadOnlyFolder { path } => ("error-read-only-folder", path),
            Self::Changed { path } => ("error-changed", path),
            Self::NotYours { path } => ("error-not-yours", path),
            Self::Locked { path } => ("error-locked", path),
            Self::Io { action, path, source } => {
                return Text::id("error-io").arg("action", *action).arg("path", path).arg("cause", source.to_string());
            }
        };
        Text::id(id).arg("path", path)
    }
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
    // Replacing a file takes only the folder's permission; writing it needs the file's own.
    if let Err(e) = fs::OpenOptions::new().write(true).open(&target) {
        return Err(match e.kind() {
            std::io::ErrorKind::PermissionDenied => WriteError::NotYours { path: shown },
            _ => WriteError::Io { action: "open", path: shown, source: e },
        });
    }
    let folder_meta = fs::metadata(&folder).map_err(io("read", &folder))?;
    if folder_meta.permissions().readonly() {
        return Err(WriteError::ReadOnlyFolder { path: folder.display().to_string() });
    }
    let name = target.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let prefix = format!(".{name}.aula-plan-");
    let mut temp = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(".tmp")
        .tempfile_in(&folder)
        .map_err(io("create-temp", &folder))?;
    let temp_path = temp.path().to_path_buf();
    write(temp.as_file_mut(), contents).map_err(io("write", &temp_path))?;
    temp.as_file().sync_all().map_err(io("write", temp.path()))?;
    fs::set_permissions(temp.path(), meta.permissions()).map_err(io("set-permissions", temp.path()))?;
    keep_owner(temp.path(), &meta);
    let _lock = lock(&target, &shown)?;
    // Under the lock: no cooperating writer is half-way, so a temporary file of this plan's
    // that is not ours was left by a write that was killed.
    remove_leftovers(&folder, &prefix, temp.path());
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

/// How long a writer waits for another to finish with the plan.
const PATIENCE: std::time::Duration = std::time::Duration::from_secs(10);

/// An exclusive lock on the plan file as it is now at `target`, released when dropped. A file
/// replaced while we waited for its lock is no longer the plan: lock the new one.
fn lock(target: &Path, shown: &str) -> Result<fs::File, WriteError> {
    let started = std::time::Instant::now();
    loop {
        let file = fs::File::open(target).map_err(|source| WriteError::Io {
            action: "lock",
            path: shown.to_owned(),
            source,
        })?;
        match file.try_lock() {
            Ok(()) => {
                if same_file(&file, target) {
                    return Ok(file);
                }
            }
            Err(fs::TryLockError::WouldBlock) if started.elapsed() < PATIENCE => {}
            Err(fs::TryLockError::WouldBlock) => return Err(WriteError::Locked { path: shown.to_owned() }),
            Err(fs::TryLockError::Error(source)) => {
                return Err(WriteError::Io { action: "lock", path: shown.to_owned(), source });
            }
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

/// Whether the open `file` is the one at `path` now (not one renamed away meanwhile).
fn same_file(file: &fs::File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), fs::metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (file, path);
        true
    }
}

/// Gives the new file the old one's owner and group, where the system lets us (as root, or a
/// group we are in); elsewhere it is ours, as any file we make.
fn keep_owner(path: &Path, old: &fs::Metadata) {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if std::os::unix::fs::chown(path, Some(old.uid()), Some(old.gid())).is_err() {
            let _ = std::os::unix::fs::chown(path, None, Some(old.gid()));
        }
    }
    #[cfg(not(unix))]
    let _ = (path, old);
}

/// Removes the temporary files of this plan's earlier writes that were killed half-way.
fn remove_leftovers(folder: &Path, prefix: &str, ours: &Path) {
    let Ok(entries) = fs::read_dir(folder) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(prefix) && name.ends_with(".tmp") && entry.path() != ours {
            let _ = fs::remove_file(entry.path());
        }
    }
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
    let folder_meta = fs::metadata(&folder).map_err(io("find-folder", &folder))?;
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
    let mut temp = builder.tempfile_in(&folder).map_err(io("create-temp", &folder))?;
    temp.write_all(contents).map_err(io("write", temp.path()))?;
    temp.as_file().sync_all().map_err(io("write", temp.path()))?;
    if let Some(meta) = old {
        fs::set_permissions(temp.path(), meta.permissions()).map_err(io("set-permissions", temp.path()))?;
    }
    temp.persist(path).map_err(|e| WriteError::Io { action: "write", path: shown, source: e.error })?;
    if let Ok(dir) = fs::File::open(&folder) {
        let _ = dir.sync_all();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
