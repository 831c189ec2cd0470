//! Writes that fail must leave the plan as it was: a full disk half-way through, a plan saved
//! by someone else meanwhile, a read-only file or folder. And a write that succeeds keeps the
//! file's permissions and its symbolic link.

use std::fs;
use std::io::{Error, ErrorKind, Write};
use std::path::Path;

use aula_plan::edit::{WriteError, write_atomically, write_atomically_with};

const OLD: &[u8] = b"format = 1 # the plan as it was\n";
const NEW: &[u8] = b"format = 1 # the plan as it will be, a good deal longer than before\n";

/// What the folder holds besides the plan: a temporary file left behind would show here.
fn leftovers(dir: &Path) -> Vec<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|n| n != "plan.toml")
        .collect()
}

#[test]
fn a_disk_that_fills_up_half_way_leaves_the_plan_whole() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    fs::write(&plan, OLD).unwrap();
    let full_disk = |file: &mut fs::File, bytes: &[u8]| {
        file.write_all(&bytes[..bytes.len() / 2])?;
        Err(Error::new(ErrorKind::StorageFull, "No space left on device"))
    };
    let err = write_atomically_with(&plan, OLD, NEW, full_disk).unwrap_err();
    assert!(matches!(err, WriteError::Io { action: "write", .. }), "{err:?}");
    assert!(err.to_string().ends_with("No space left on device; nothing written"), "{err}");
    assert_eq!(fs::read(&plan).unwrap(), OLD);
    assert_eq!(leftovers(dir.path()), Vec::<String>::new());
}

#[test]
fn a_plan_saved_by_someone_else_meanwhile_is_not_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    fs::write(&plan, b"format = 1 # a colleague's edit\n").unwrap();
    let err = write_atomically(&plan, OLD, NEW).unwrap_err();
    assert!(matches!(err, WriteError::Changed { .. }), "{err:?}");
    assert_eq!(fs::read(&plan).unwrap(), b"format = 1 # a colleague's edit\n");
    assert_eq!(leftovers(dir.path()), Vec::<String>::new());
}

#[test]
fn read_only_files_and_folders_are_refused_even_for_root() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    fs::write(&plan, OLD).unwrap();
    let mut ro = fs::metadata(&plan).unwrap().permissions();
    ro.set_readonly(true);
    fs::set_permissions(&plan, ro.clone()).unwrap();
    assert!(matches!(write_atomically(&plan, OLD, NEW), Err(WriteError::ReadOnlyFile { .. })));
    assert_eq!(fs::read(&plan).unwrap(), OLD);

    let mut rw = ro;
    #[allow(clippy::permissions_set_readonly_false)] // a test's own temporary file
    rw.set_readonly(false);
    fs::set_permissions(&plan, rw).unwrap();
    let mut folder = fs::metadata(dir.path()).unwrap().permissions();
    folder.set_readonly(true);
    fs::set_permissions(dir.path(), folder.clone()).unwrap();
    let result = write_atomically(&plan, OLD, NEW);
    #[allow(clippy::permissions_set_readonly_false)]
    folder.set_readonly(false);
    fs::set_permissions(dir.path(), folder).unwrap();
    assert!(matches!(result, Err(WriteError::ReadOnlyFolder { .. })), "{result:?}");
    assert_eq!(fs::read(&plan).unwrap(), OLD);
}

#[cfg(unix)]
#[test]
fn a_write_keeps_the_permissions_and_the_link() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let real = dir.path().join("real.toml");
    let link = dir.path().join("plan.toml");
    fs::write(&real, OLD).unwrap();
    fs::set_permissions(&real, fs::Permissions::from_mode(0o640)).unwrap();
    std::os::unix::fs::symlink(&real, &link).unwrap();
    write_atomically(&link, OLD, NEW).unwrap();
    assert_eq!(fs::read(&real).unwrap(), NEW);
    assert!(fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "still a link");
    assert_eq!(fs::metadata(&real).unwrap().permissions().mode() & 0o777, 0o640);
}

/// Many writers at once, each reading the plan, adding its own line and writing it back: every
/// one that says it wrote finds its line in the file; the others were refused, never lost.
#[test]
fn concurrent_writers_never_lose_an_update() {
    use std::sync::{Arc, Barrier};
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    fs::write(&plan, OLD).unwrap();
    for round in 0..20 {
        let writers = 8;
        let barrier = Arc::new(Barrier::new(writers));
        let handles: Vec<_> = (0..writers)
            .map(|w| {
                let (plan, barrier) = (plan.clone(), Arc::clone(&barrier));
                std::thread::spawn(move || {
                    let old = fs::read(&plan).unwrap();
                    let mut new = old.clone();
                    new.extend_from_slice(format!("# writer {round}-{w}\n").as_bytes());
                    barrier.wait();
                    write_atomically(&plan, &old, &new).ok().map(|()| format!("# writer {round}-{w}"))
                })
            })
            .collect();
        let wrote: Vec<String> = handles.into_iter().filter_map(|h| h.join().unwrap()).collect();
        let text = fs::read_to_string(&plan).unwrap();
        assert!(!wrote.is_empty(), "one of them writes");
        for line in &wrote {
            assert!(text.contains(line.as_str()), "round {round}: {line} said it wrote, but the file has:\n{text}");
        }
    }
    assert_eq!(leftovers(dir.path()), Vec::<String>::new(), "no temporary file is left");
}

#[test]
fn a_file_the_user_may_not_write_is_refused_even_in_a_folder_they_may() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    fs::write(&plan, OLD).unwrap();
    // Run as root the system lets anyone write anything; as another user, a 0644 file of
    // someone else's is not theirs to write, though the folder is.
    if fs::OpenOptions::new().write(true).open("/etc/hostname").is_ok() {
        return; // root: nothing to refuse here; owner and group are kept (the next test)
    }
    fs::set_permissions(&plan, fs::Permissions::from_mode(0o444)).unwrap();
    fs::set_permissions(dir.path(), fs::Permissions::from_mode(0o777)).unwrap();
    assert!(write_atomically(&plan, OLD, NEW).is_err());
    assert_eq!(fs::read(&plan).unwrap(), OLD);
}

#[test]
fn a_write_keeps_the_files_owner_and_group_where_it_may() {
    use std::os::unix::fs::MetadataExt;
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    fs::write(&plan, OLD).unwrap();
    // As root, give the plan to nobody (65534), as on a share; as anyone else, keep our own.
    let root = std::os::unix::fs::chown(&plan, Some(65534), Some(65534)).is_ok();
    let before = fs::metadata(&plan).unwrap();
    write_atomically(&plan, OLD, NEW).unwrap();
    let after = fs::metadata(&plan).unwrap();
    assert_eq!((after.uid(), after.gid()), (before.uid(), before.gid()), "root: {root}");
}

#[test]
fn a_temporary_file_left_by_a_killed_write_is_removed_by_the_next() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    fs::write(&plan, OLD).unwrap();
    let stale = dir.path().join(".plan.toml.aula-plan-killed.tmp");
    fs::write(&stale, b"half a pl").unwrap();
    write_atomically(&plan, OLD, NEW).unwrap();
    assert!(!stale.exists(), "{:?}", leftovers(dir.path()));
}

/// A `.plan.toml.lock` that someone made a link: the writer neither creates nor opens a file
/// where it points, and writes nothing.
#[cfg(unix)]
#[test]
fn a_lock_file_that_is_a_link_is_never_followed() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    fs::write(&plan, OLD).unwrap();
    let elsewhere = tempfile::tempdir().unwrap();
    let made = elsewhere.path().join("made-by-aula-plan");
    let kept = elsewhere.path().join("someone's file");
    fs::write(&kept, b"theirs").unwrap();
    for target in [&made, &kept] {
        let lock = dir.path().join(".plan.toml.lock");
        let _ = fs::remove_file(&lock);
        std::os::unix::fs::symlink(target, &lock).unwrap();
        let err = write_atomically(&plan, OLD, NEW).unwrap_err();
        assert!(matches!(err, WriteError::LockNotAFile { .. }), "{err:?}");
        assert!(err.to_string().contains(".plan.toml.lock is a link"), "{err}");
        assert_eq!(fs::read(&plan).unwrap(), OLD);
    }
    assert!(!made.exists(), "nothing created where the link points");
    assert_eq!(fs::read(&kept).unwrap(), b"theirs");
    // A folder in its place is no lock file either.
    let lock = dir.path().join(".plan.toml.lock");
    fs::remove_file(&lock).unwrap();
    fs::create_dir(&lock).unwrap();
    assert!(matches!(write_atomically(&plan, OLD, NEW), Err(WriteError::LockNotAFile { .. })));
    assert_eq!(fs::read(&plan).unwrap(), OLD);
}

/// An export killed half-way leaves its temporary file; the next write of that file removes it,
/// and one of the old name (`.aula-plan-….tmp`) once it is older than any write takes.
#[test]
fn a_temporary_file_an_export_left_is_removed_by_the_next_write_to_that_folder() {
    use aula_plan::edit::write_output;
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("chart.svg");
    let killed = dir.path().join(".chart.svg.aula-plan-k1ll3d.tmp");
    fs::write(&killed, b"<svg").unwrap();
    let old_name = dir.path().join(".aula-plan-AbC123.tmp");
    fs::write(&old_name, b"<svg").unwrap();
    // Two hours before the file system's now (not the clock's, which scripts/any-day fakes).
    let fs_now = fs::metadata(&old_name).unwrap().modified().unwrap();
    let two_hours_ago = fs_now - std::time::Duration::from_secs(2 * 60 * 60);
    fs::File::options().write(true).open(&old_name).unwrap().set_modified(two_hours_ago).unwrap();
    let running = dir.path().join(".aula-plan-XyZ789.tmp");
    fs::write(&running, b"<svg").unwrap();
    write_output(&out, b"<svg/>").unwrap();
    assert_eq!(fs::read(&out).unwrap(), b"<svg/>");
    let mut left: Vec<String> =
        fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    left.sort();
    assert_eq!(left, [".aula-plan-XyZ789.tmp", "chart.svg"], "a fresh one of the old name may be a write still going");
}
