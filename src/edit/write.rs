//! The safe write: a plan replaced atomically (a temporary file in the same folder, flushed,
//! then renamed over it), never when it changed since it was read; and the files the tool
//! makes (charts, exports) written the same way.
//!
//! Two writers of one plan take turns, as git and cargo do, through a lock file beside the plan
//! (`.plan.toml.lock`), never the plan itself: Windows refuses to replace a file that is held
//! open. Holding it, a writer removes what killed writes left, checks that the plan is as it was
//! read, writes its temporary file and renames it over the plan; then it removes the lock file.
//! The second writer then finds the plan changed and refuses; it never replaces the first one's
//! work, and no writer's temporary file exists before it holds the lock, so none is taken for a
//! leftover. A program that does not take the lock (an editor saving the file) can still save
//! between the check and the rename: that is the one window left, a matter of microseconds.
//!
//! The lock is the system's: on Unix `flock` (the standard library's file locking) on the lock
//! file, released when its holder ends, however it ends; on Windows the lock file opened for
//! this writer alone (no sharing) and deleted when it is closed, which the system also does
//! when its holder ends. A lock file left by a killed writer on Unix is not held, and is taken
//! and removed by the next writer. The lock file is never followed: it is made new (a link in
//! its place is then an error, not a way in), or an existing regular file is opened without
//! following a link, so that a `.plan.toml.lock` link made by someone else cannot make the
//! writer create or open a file where it points.
//!
//! On Windows, replacing a plan that another program (a reader, a virus scanner) has open can
//! fail for a moment with "access denied" or a sharing violation: the rename is tried again a
//! few times, and then the plan is reported in use, which the progress commands try again as
//! they do a changed plan.

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
    /// The lock file's place holds a link or something else than a regular file.
    #[error("{}", self.text())]
    LockNotAFile { path: String },
    /// Windows would not replace the file: another program has it open.
    #[error("{}", self.text())]
    InUse { path: String },
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
            Self::LockNotAFile { path } => ("error-lock-not-a-file", path),
            Self::InUse { path } => ("error-in-use", path),
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
    let _lock = Lock::take(&folder, &name, &shown)?;
    // Under the lock no cooperating writer is half-way, and none makes its temporary file
    // before it holds the lock: a temporary file of this plan's was left by a write killed.
    let prefix = format!(".{name}.aula-plan-");
    remove_leftovers(&folder, &prefix);
    // Someone may have saved the plan while a person read the diff and the prompt.
    if fs::read(&target).map_err(io("read", path))? != expected {
        return Err(WriteError::Changed { path: shown });
    }
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
    replace(temp, &target, &shown)?;
    // Make the rename itself durable; not every system can open a folder for this.
    if let Ok(dir) = fs::File::open(&folder) {
        let _ = dir.sync_all();
    }
    Ok(())
}

/// Renames `temp` over `target`. Windows refuses while another program has the target open
/// without sharing its deletion ("access denied", a sharing violation): tried again for a
/// moment, then [`WriteError::InUse`].
fn replace(mut temp: tempfile::NamedTempFile, target: &Path, shown: &str) -> Result<(), WriteError> {
    for tried in 0..20_u32 {
        match temp.persist(target) {
            Ok(_) => return Ok(()),
            Err(e) if in_use(&e.error) && tried < 19 => {
                temp = e.file;
                std::thread::sleep(std::time::Duration::from_millis(5 * u64::from(tried + 1)));
            }
            Err(e) if in_use(&e.error) => break,
            Err(e) => return Err(WriteError::Io { action: "replace", path: shown.to_owned(), source: e.error }),
        }
    }
    Err(WriteError::InUse { path: shown.to_owned() })
}

/// Whether a failed rename means that another program has the file open, as Windows says it:
/// `ERROR_ACCESS_DENIED` (5) or `ERROR_SHARING_VIOLATION` (32). Elsewhere a rename is not
/// refused for that.
fn in_use(e: &std::io::Error) -> bool {
    cfg!(windows) && matches!(e.raw_os_error(), Some(5 | 32))
}

/// How long a writer waits for another to finish with the plan.
const PATIENCE: std::time::Duration = std::time::Duration::from_secs(10);

/// The lock on one file: its lock file, held; removed when dropped.
struct Lock {
    path: PathBuf,
    /// Held open while the lock is: closing it releases the lock.
    _file: fs::File,
}

impl Lock {
    /// Takes the lock file of the file `name` in `folder` (`.NAME.lock`), waiting up to
    /// [`PATIENCE`] for another writer.
    fn take(folder: &Path, name: &str, shown: &str) -> Result<Self, WriteError> {
        let path = folder.join(format!(".{name}.lock"));
        let started = std::time::Instant::now();
        loop {
            match try_lock(&path) {
                Ok(Some(file)) => return Ok(Self { path, _file: file }),
                Ok(None) if started.elapsed() < PATIENCE => {}
                Ok(None) => return Err(WriteError::Locked { path: shown.to_owned() }),
                Err(source) if not_regular(&path) || source.kind() == std::io::ErrorKind::InvalidData => {
                    return Err(WriteError::LockNotAFile { path: path.display().to_string() });
                }
                Err(source) => return Err(WriteError::Io { action: "lock", path: shown.to_owned(), source }),
            }
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
    }
}

/// Whether something else than a regular file is at `path`: a link (not where it leads), a
/// folder, a device.
fn not_regular(path: &Path) -> bool {
    fs::symlink_metadata(path).is_ok_and(|m| !m.file_type().is_file())
}

/// The lock file's place held something else than a regular file.
fn not_a_file() -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidData, "not a regular file")
}

/// Opens the lock file at `path` for reading and writing without ever following a link: made
/// new and exclusively (which fails on a link, dangling or not), or, when one is there, opened
/// with `O_NOFOLLOW` and taken only when it is a regular file.
#[cfg(unix)]
fn open_lock(path: &Path) -> std::io::Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    #[allow(clippy::cast_possible_wrap, reason = "the flags of open(2) fit an int")]
    let no_follow = rustix::fs::OFlags::NOFOLLOW.bits() as i32;
    loop {
        match fs::OpenOptions::new().read(true).write(true).create_new(true).open(path) {
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            made => return made,
        }
        match fs::OpenOptions::new().read(true).write(true).custom_flags(no_follow).open(path) {
            Ok(file) if file.metadata()?.is_file() => return Ok(file),
            Ok(_) => return Err(not_a_file()),
            // Its holder removed it in between: make it anew.
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
}

impl Drop for Lock {
    /// Removes the lock file, then (as the handle closes after this) releases the lock: a writer
    /// that opened the file meanwhile finds, once it holds it, that it is no longer the lock
    /// file, and opens the new one.
    fn drop(&mut self) {
        // On Windows the system deletes it as the handle closes; elsewhere it stays, unlocked.
        #[cfg(unix)]
        let _ = fs::remove_file(&self.path);
        #[cfg(not(unix))]
        let _ = &self.path;
    }
}

/// Opens and locks the lock file at `path`: the file when this writer holds it, none when
/// another writer does.
#[cfg(unix)]
fn try_lock(path: &Path) -> std::io::Result<Option<fs::File>> {
    use std::os::unix::fs::MetadataExt;
    let file = open_lock(path)?;
    match file.try_lock() {
        Ok(()) => {}
        Err(fs::TryLockError::WouldBlock) => return Ok(None),
        Err(fs::TryLockError::Error(e)) => return Err(e),
    }
    // The holder before us removed the file we opened as it let go: lock the one there now.
    let ours = file.metadata()?;
    Ok(match fs::symlink_metadata(path) {
        Ok(now) if now.dev() == ours.dev() && now.ino() == ours.ino() => Some(file),
        _ => None,
    })
}

/// Opens the lock file at `path` for this writer alone, to be deleted when it is closed: the
/// file when this writer holds it, none when another writer does.
#[cfg(windows)]
fn try_lock(path: &Path) -> std::io::Result<Option<fs::File>> {
    use std::os::windows::fs::OpenOptionsExt;
    // The Windows API's values (winnt.h, winbase.h, winerror.h).
    const DELETE: u32 = 0x0001_0000;
    const GENERIC_WRITE: u32 = 0x4000_0000;
    const FILE_FLAG_DELETE_ON_CLOSE: u32 = 0x0400_0000;
    // The link itself is opened, not where it leads.
    const FILE_FLAG_OPEN_REPARSE_POINT: u32 = 0x0020_0000;
    const ERROR_SHARING_VIOLATION: i32 = 32;
    let opened = fs::OpenOptions::new()
        .access_mode(GENERIC_WRITE | DELETE)
        .share_mode(0)
        .custom_flags(FILE_FLAG_DELETE_ON_CLOSE | FILE_FLAG_OPEN_REPARSE_POINT)
        .create(true)
        .truncate(false)
        .write(true)
        .open(path);
    match opened {
        // A link, or a folder, in the lock file's place: refused (and, as it closes, deleted).
        Ok(file) if !file.metadata()?.is_file() => Err(not_a_file()),
        Ok(file) => Ok(Some(file)),
        Err(e) if e.raw_os_error() == Some(ERROR_SHARING_VIOLATION) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Elsewhere, the standard library's lock on the lock file, which stays.
#[cfg(not(any(unix, windows)))]
fn try_lock(path: &Path) -> std::io::Result<Option<fs::File>> {
    let file = fs::OpenOptions::new().read(true).write(true).create(true).truncate(false).open(path)?;
    match file.try_lock() {
        Ok(()) => Ok(Some(file)),
        Err(fs::TryLockError::WouldBlock) => Ok(None),
        Err(fs::TryLockError::Error(e)) => Err(e),
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

/// How old a temporary file of an earlier version's naming must be to be taken for one a
/// killed write left: far longer than any write takes.
const OLD: std::time::Duration = std::time::Duration::from_secs(60 * 60);

/// Removes temporary files named `prefix….tmp` not changed for `age` before `now`: those of
/// writes killed half-way under names that say nothing of the file they were for. `now` is the
/// file system's own (the time of a file just made), not the clock's, so that a clock set
/// otherwise — a test's, a machine's — cannot make a write still going look old.
fn remove_old(folder: &Path, prefix: &str, age: std::time::Duration, now: std::time::SystemTime) {
    let Ok(entries) = fs::read_dir(folder) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let old =
            || entry.metadata().and_then(|m| m.modified()).is_ok_and(|t| now.duration_since(t).is_ok_and(|e| e >= age));
        if name.starts_with(prefix) && name.ends_with(".tmp") && old() {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Removes the temporary files of this plan's earlier writes that were killed half-way.
fn remove_leftovers(folder: &Path, prefix: &str) {
    let Ok(entries) = fs::read_dir(folder) else { return };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with(prefix) && name.ends_with(".tmp") {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Writes a file the tool makes (a chart, an export) at `path`, atomically: a temporary file
/// in the same folder, flushed, then renamed, so that a reader never sees half of it and a
/// failure leaves what was there before. A new file gets the usual permissions (`0666` less
/// the umask); a file replaced keeps its own. Writers of one file take turns by its lock file,
/// as writers of a plan do, and the temporary file is named after the file
/// (`.report.html.aula-plan-….tmp`), so that one an export killed half-way left is removed by
/// the next write of that file; so is one of the names earlier versions gave
/// (`.aula-plan-….tmp`) once it is older than any write takes.
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
    let name = path.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
    let _lock = Lock::take(&folder, &name, &shown)?;
    let prefix = format!(".{name}.aula-plan-");
    remove_leftovers(&folder, &prefix);
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(&folder).map_err(io("create-temp", &folder))?;
    if let Ok(now) = temp.as_file().metadata().and_then(|m| m.modified()) {
        remove_old(&folder, ".aula-plan-", OLD, now);
    }
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

    #[test]
    fn a_lock_file_left_by_a_killed_writer_is_taken_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        fs::write(&path, "old").unwrap();
        fs::write(dir.path().join(".plan.toml.lock"), "").unwrap();
        fs::write(dir.path().join(".plan.toml.aula-plan-x1y2z3.tmp"), "half a plan").unwrap();
        write_atomically(&path, b"old", b"new").unwrap();
        assert_eq!(fs::read_to_string(&path).unwrap(), "new");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no lock or temporary file is left");
    }

    #[test]
    fn a_writer_waits_for_the_one_holding_the_lock_and_then_finds_the_plan_changed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.toml");
        fs::write(&path, "old").unwrap();
        let lock = Lock::take(dir.path(), "plan.toml", "plan.toml").unwrap();
        let waiting = {
            let path = path.clone();
            std::thread::spawn(move || write_atomically(&path, b"old", b"second"))
        };
        std::thread::sleep(std::time::Duration::from_millis(100));
        assert!(!waiting.is_finished(), "the second writer waits for the lock");
        // The first writer replaces the plan while it holds the lock, then lets go.
        fs::write(&path, "first").unwrap();
        drop(lock);
        let err = waiting.join().unwrap().unwrap_err();
        assert!(matches!(err, WriteError::Changed { .. }), "{err}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "first");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1, "no lock or temporary file is left");
    }
}
