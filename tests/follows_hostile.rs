//! What a plan file and `[follows]` may make aula-plan read: only regular files, and no more
//! than the size limit; never a device or a pipe, which would hang it or fill its memory.

use std::fs;
use std::time::Duration;

mod common;

use common::aula_plan;

/// A plan that follows `path` as `kombit`.
fn follower(dir: &std::path::Path, path: &str) -> std::path::PathBuf {
    let plan = dir.join("plan.toml");
    let text = fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/eksempelby-2019.toml"))
        .expect("plan");
    let text = text.replace("kombit = \"kombit-2016.toml\"", &format!("kombit = \"{path}\""));
    assert!(text.contains(path));
    fs::write(&plan, text).expect("write");
    plan
}

/// Runs `args` with a time limit: a hang is a failure, not a stuck suite.
fn finishes(args: &[&str]) -> std::process::Output {
    let mut cmd = aula_plan();
    cmd.args(args).timeout(Duration::from_secs(20));
    cmd.output().expect("runs")
}

#[cfg(unix)]
#[test]
fn a_device_or_a_pipe_as_the_plan_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("pipe.toml");
    assert!(std::process::Command::new("mkfifo").arg(&fifo).status().unwrap().success());
    for plan in ["/dev/zero", fifo.to_str().unwrap()] {
        let out = finishes(&["validate", plan]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{plan}: {stderr}");
        assert!(stderr.contains("is not a regular file"), "{plan}: {stderr}");
    }
}

#[cfg(unix)]
#[test]
fn a_device_or_a_pipe_as_a_followed_plan_is_a_finding_not_a_hang() {
    let dir = tempfile::tempdir().unwrap();
    assert!(std::process::Command::new("mkfifo").arg(dir.path().join("pipe.toml")).status().unwrap().success());
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("zero.toml")).unwrap();
    for followed in ["pipe.toml", "zero.toml"] {
        let plan = follower(dir.path(), followed);
        // /dev/zero is outside the plan's folder: only --follow-outside lets it be tried.
        let out = finishes(&["--follow-outside", "validate", plan.to_str().unwrap(), "--format", "concise"]);
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{followed}: {stdout}");
        assert!(stdout.contains("[followed-plan]") && stdout.contains("not a regular file"), "{followed}: {stdout}");
    }
}

#[test]
fn a_plan_over_the_size_limit_is_refused_with_the_limit() {
    let dir = tempfile::tempdir().unwrap();
    let big = dir.path().join("big.toml");
    fs::write(&big, format!("format = 1\n# {}\n", "x".repeat(2 * 1024 * 1024))).unwrap();
    let out = aula_plan().env("AULA_PLAN_MAX_MB", "1").args(["validate", big.to_str().unwrap()]).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("larger than 1 MB") && stderr.contains("AULA_PLAN_MAX_MB"), "{stderr}");
    // Under the default limit it is read.
    let out = aula_plan().args(["validate", big.to_str().unwrap()]).output().unwrap();
    assert_ne!(out.status.code(), Some(2), "{}", String::from_utf8_lossy(&out.stderr));
}

/// The `followed-plan` finding `validate` gives for a plan that follows `followed`.
fn finding(dir: &std::path::Path, followed: &str, extra: &[&str]) -> String {
    let plan = follower(dir, followed);
    let out = finishes(&[extra, &["validate", plan.to_str().unwrap(), "--format", "concise"]].concat());
    String::from_utf8_lossy(&out.stdout).lines().filter(|l| l.contains("followed-plan")).collect::<Vec<_>>().join("\n")
}

#[cfg(unix)]
#[test]
fn follows_stays_inside_the_plans_repository_or_folder_and_tells_nothing_of_what_is_outside() {
    let dir = tempfile::tempdir().unwrap();
    let plans = dir.path().join("plans");
    fs::create_dir(&plans).unwrap();
    std::os::unix::fs::symlink("/etc/passwd", plans.join("link.toml")).unwrap();
    for followed in
        ["/etc/passwd", "/etc", "/no/such/file.toml", "../../../../etc/passwd", "../elsewhere.toml", "link.toml"]
    {
        let said = finding(&plans, followed, &[]);
        assert!(said.contains("outside the plan's repository"), "{followed}: {said}");
        for leak in ["no such file", "directory", "may not be read", "does not read as a plan", "root:"] {
            assert!(!said.contains(leak), "{followed}: {said}");
        }
    }
    // With --follow-outside, a national plan beside the plan's folder is read.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    fs::copy(root.join("plans/kombit-2016.toml"), dir.path().join("kombit-2016.toml")).unwrap();
    assert!(finding(&plans, "../kombit-2016.toml", &[]).contains("outside"));
    assert_eq!(finding(&plans, "../kombit-2016.toml", &["--follow-outside"]), "");
}

/// What git itself takes for a repository's folder: `HEAD`, `objects/` and `refs/`.
fn git_folder(at: &std::path::Path) {
    fs::create_dir_all(at.join("objects")).unwrap();
    fs::create_dir_all(at.join("refs")).unwrap();
    fs::write(at.join("HEAD"), "ref: refs/heads/main\n").unwrap();
}

/// A folder with `kommuner/` for the municipal plan and `national/kombit-2016.toml`.
fn two_folders() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let plans = dir.path().join("kommuner");
    fs::create_dir(&plans).unwrap();
    fs::create_dir(dir.path().join("national")).unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    fs::copy(root.join("plans/kombit-2016.toml"), dir.path().join("national/kombit-2016.toml")).unwrap();
    (dir, plans)
}

#[test]
fn inside_a_repository_follows_may_lead_to_another_folder_of_it() {
    let (dir, plans) = two_folders();
    git_folder(&dir.path().join(".git"));
    assert_eq!(finding(&plans, "../national/kombit-2016.toml", &[]), "");
    // A worktree's or a submodule's `.git` is a file that names the repository's folder.
    fs::rename(dir.path().join(".git"), dir.path().join("elsewhere.git")).unwrap();
    fs::write(dir.path().join(".git"), "gitdir: elsewhere.git\n").unwrap();
    assert_eq!(finding(&plans, "../national/kombit-2016.toml", &[]), "");
}

/// A `.git` that is no repository — an empty file, an empty folder, a file that names no
/// repository — does not make its folder the root: the plan's own folder stays it.
#[test]
fn a_git_that_is_no_repository_does_not_widen_the_root() {
    let (dir, plans) = two_folders();
    let git = dir.path().join(".git");
    let outside = |how: &str| {
        let said = finding(&plans, "../national/kombit-2016.toml", &[]);
        assert!(said.contains("outside the plan's repository"), "{how}: {said}");
    };
    fs::write(&git, "").unwrap();
    outside("an empty file");
    fs::write(&git, "gitdir: /\n").unwrap();
    outside("a file naming a folder that is no repository");
    fs::remove_file(&git).unwrap();
    fs::create_dir(&git).unwrap();
    outside("an empty folder");
}

/// A `/tmp/.git` made by another user would make every plan under `/tmp` one repository, as
/// git itself refuses to (`safe.directory`). Only root can give a folder to another user.
#[cfg(unix)]
#[test]
fn a_git_of_another_user_does_not_widen_the_root() {
    let (dir, plans) = two_folders();
    let git = dir.path().join(".git");
    git_folder(&git);
    if std::os::unix::fs::chown(&git, Some(65534), Some(65534)).is_err() {
        return; // not root: a folder of another user cannot be made here
    }
    let said = finding(&plans, "../national/kombit-2016.toml", &[]);
    assert!(said.contains("outside the plan's repository"), "{said}");
}

/// A link inside the plan's folder to `/`: what lies beyond it is outside, and every path
/// through it gets the same sentence, whether its file exists, is missing or may not be read.
#[cfg(unix)]
#[test]
fn a_link_to_the_root_of_the_disk_tells_nothing_of_what_is_outside() {
    let dir = tempfile::tempdir().unwrap();
    let plans = dir.path().join("plans");
    fs::create_dir(&plans).unwrap();
    std::os::unix::fs::symlink("/", plans.join("disk")).unwrap();
    std::os::unix::fs::symlink("/no/such/place", plans.join("gone.toml")).unwrap();
    let mut said = Vec::new();
    for followed in [
        "disk/etc/passwd",
        "disk/etc/shadow",
        "disk/no/such/file.toml",
        "disk/etc",
        "disk/proc/self/root/etc/passwd",
        "gone.toml",
        "disk/../plans/../../x.toml",
    ] {
        let finding = finding(&plans, followed, &[]);
        let (_, why) = finding.rsplit_once("cannot be read: ").unwrap_or_else(|| panic!("{followed}: {finding}"));
        said.push(why.to_owned());
    }
    said.dedup();
    assert_eq!(said.len(), 1, "one sentence for all: {said:?}");
    assert!(said[0].starts_with("it is outside the plan's repository"), "{said:?}");
}

/// A file inside the root that is not a plan (a configuration, a key file) is named as such in
/// one sentence, without its parser's message, which would quote its keys.
#[test]
fn a_followed_file_that_is_not_a_plan_names_none_of_its_keys() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("secret.toml"), "password = \"hunter2\"\npassword = \"again\"\n").unwrap();
    fs::write(dir.path().join("broken.toml"), "api_token = [[[\n").unwrap();
    for followed in ["secret.toml", "broken.toml"] {
        let said = finding(dir.path(), followed, &[]);
        assert!(said.ends_with("cannot be read: it does not read as a plan"), "{followed}: {said}");
        for leak in ["password", "hunter2", "api_token", "again"] {
            assert!(!said.contains(leak), "{followed}: {said}");
        }
    }
}

/// Two `[follows]` entries naming the same file at each of 19 levels: read once per file, so
/// the check stays linear (it read 2^19 files, 22 s and 2 GB). A time limit guards the hang;
/// speed itself is the benchmark's.
#[test]
fn a_file_followed_by_many_ways_is_read_once() {
    let dir = tempfile::tempdir().unwrap();
    let levels = 19;
    for i in 0..=levels {
        let follows = if i < levels {
            format!("[follows]\na = \"level{n}.toml\"\nb = \"level{n}.toml\"\n", n = i + 1)
        } else {
            String::new()
        };
        let text = format!(
            "format = 1\n[plan]\ntitle = \"Level {i}\"\nroot = \"v\"\n{follows}\n[[unit]]\nid = \"v\"\nname = \"V\"\nkind = \"vendor\"\n"
        );
        fs::write(dir.path().join(format!("level{i}.toml")), text).unwrap();
    }
    let out = finishes(&["validate", dir.path().join("level0.toml").to_str().unwrap(), "--format", "concise"]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{stdout}{}", String::from_utf8_lossy(&out.stderr));
}
