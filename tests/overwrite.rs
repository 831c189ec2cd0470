//! No command writes its output over a file it read: not the plan, not a plan it follows, not
//! one of overview's plans — whatever name the output is given (a symbolic link, a hard link,
//! `..`). And a chart or an export is not written over another plan without `--force`.

use std::fs;
use std::path::Path;

mod common;

use common::aula_plan;

/// The fictional municipality and KOMBIT's plan it follows, in a folder of their own.
fn folder() -> tempfile::TempDir {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    for plan in ["eksempelby-2019.toml", "kombit-2016.toml"] {
        fs::copy(root.join("plans").join(plan), dir.path().join(plan)).unwrap();
    }
    dir
}

/// Runs `args` (in `dir`) and checks that it refused, naming `target`, and left every plan as it was.
fn refused(dir: &Path, args: &[&str], target: &str) {
    let before: Vec<Vec<u8>> =
        ["eksempelby-2019.toml", "kombit-2016.toml"].iter().map(|p| fs::read(dir.join(p)).unwrap()).collect();
    let out = aula_plan().current_dir(dir).args(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
    assert!(stderr.contains(target) && stderr.contains("read"), "{args:?}: {stderr}");
    for (p, was) in ["eksempelby-2019.toml", "kombit-2016.toml"].iter().zip(before) {
        assert_eq!(fs::read(dir.join(p)).unwrap(), was, "{args:?} changed {p}");
    }
}

#[test]
fn overview_does_not_write_over_a_plan_it_read() {
    let dir = folder();
    refused(dir.path(), &["overview", ".", "--format", "csv", "-o", "kombit-2016.toml"], "kombit-2016.toml");
    refused(
        dir.path(),
        &["overview", "eksempelby-2019.toml", "--format", "html", "-o", "eksempelby-2019.toml"],
        "eksempelby-2019.toml",
    );
    // KOMBIT's plan is read as the one the municipality follows, though not named.
    refused(
        dir.path(),
        &["overview", "eksempelby-2019.toml", "--format", "csv", "-o", "kombit-2016.toml"],
        "kombit-2016.toml",
    );
}

#[test]
fn charts_and_exports_do_not_write_over_a_followed_plan() {
    let dir = folder();
    refused(
        dir.path(),
        &["gantt", "eksempelby-2019.toml", "--format", "svg", "-o", "kombit-2016.toml"],
        "kombit-2016.toml",
    );
    for to in ["csv", "markdown", "json", "ics"] {
        refused(
            dir.path(),
            &["export", "eksempelby-2019.toml", "--to", to, "-o", "kombit-2016.toml"],
            "kombit-2016.toml",
        );
    }
}

#[cfg(unix)]
#[test]
fn the_same_file_by_another_name_is_refused_too() {
    let dir = folder();
    std::os::unix::fs::symlink(dir.path().join("kombit-2016.toml"), dir.path().join("link.csv")).unwrap();
    fs::hard_link(dir.path().join("kombit-2016.toml"), dir.path().join("hard.csv")).unwrap();
    fs::create_dir(dir.path().join("sub")).unwrap();
    for output in ["link.csv", "hard.csv", "sub/../kombit-2016.toml"] {
        refused(dir.path(), &["export", "eksempelby-2019.toml", "--to", "csv", "-o", output], output);
    }
}

#[test]
fn another_plan_is_written_over_only_with_force() {
    let dir = folder();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let other = dir.path().join("esbjerg.toml");
    fs::copy(root.join("plans/esbjerg-2020.toml"), &other).unwrap();
    let was = fs::read(&other).unwrap();
    let out = aula_plan()
        .current_dir(dir.path())
        .args(["export", "eksempelby-2019.toml", "--to", "csv", "-o", "esbjerg.toml"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("esbjerg.toml") && stderr.contains("--force"), "{stderr}");
    assert_eq!(fs::read(&other).unwrap(), was);

    let out = aula_plan()
        .current_dir(dir.path())
        .args(["export", "eksempelby-2019.toml", "--to", "csv", "-o", "esbjerg.toml", "--force"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_ne!(fs::read(&other).unwrap(), was, "--force writes");

    // A TOML file that is not a plan is anybody's output.
    fs::write(dir.path().join("notes.toml"), "title = \"not a plan\"\n").unwrap();
    aula_plan()
        .current_dir(dir.path())
        .args(["export", "eksempelby-2019.toml", "--to", "csv", "-o", "notes.toml"])
        .assert()
        .success();
}
