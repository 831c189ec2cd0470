//! What the tests of the binary share: running it from the repository's root, in English
//! (whatever the machine's locale), on a fixed day (whatever the clock says), with no colour
//! settings inherited from the environment.

use assert_cmd::Command;

/// The day every test of the binary runs on, as `AULA_PLAN_TODAY`: what a shift records as its
/// revision's date, `status` stands on and `init` writes, whatever day the suite runs.
#[allow(dead_code)]
pub const TODAY: &str = "2026-11-22";

/// The built `aula-plan`, run in the repository's root on [`TODAY`].
pub fn aula_plan() -> Command {
    let mut cmd = Command::cargo_bin("aula-plan").expect("binary built");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env("AULA_PLAN_LANG", "en")
        .env("AULA_PLAN_TODAY", TODAY);
    cmd
}

/// What a run printed on standard output.
#[allow(dead_code)] // each test file is its own crate, and not every one needs this
pub fn stdout_of(cmd: &mut Command) -> String {
    String::from_utf8(cmd.output().expect("runs").stdout).expect("UTF-8")
}

/// A folder with the fictional municipal plan and KOMBIT's plan, in which KOMBIT has moved
/// wave 15 — which the municipality's schools wait for — two months: March–May 2019 becomes
/// May–July. The national delay of the manual and of the tests.
#[allow(dead_code)]
pub fn national_delay() -> tempfile::TempDir {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::copy(root.join("plans/eksempelby-2019.toml"), dir.path().join("eksempelby-2019.toml")).expect("copy");
    let national = std::fs::read_to_string(root.join("plans/kombit-2016.toml")).expect("plan");
    let moved = national.replace(
        "kind = \"rollout\"\nstart = \"2019-03\"             # \"Marts - maj 2019\"\nend = \"2019-05\"",
        "kind = \"rollout\"\nstart = \"2019-05\"\nend = \"2019-07\"",
    );
    assert_ne!(moved, national, "wave 15 is where the national plan had it");
    std::fs::write(dir.path().join("kombit-2016.toml"), moved).expect("write");
    dir
}

/// Runs git in `dir`, a test's own repository: a made-up author, no signing, and no repository
/// above it.
#[allow(dead_code)]
pub fn git(dir: &std::path::Path, args: &[&str]) {
    let status = std::process::Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false"])
        .args(args)
        .env("GIT_CEILING_DIRECTORIES", dir.parent().expect("a parent"))
        .status()
        .expect("git runs");
    assert!(status.success(), "git {args:?}");
}
