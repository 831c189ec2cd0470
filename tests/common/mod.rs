//! What the tests of the binary share: running it from the repository's root, in English
//! (whatever the machine's locale), with no colour settings inherited from the environment.

use assert_cmd::Command;

/// The built `aula-plan`, run in the repository's root.
pub fn aula_plan() -> Command {
    let mut cmd = Command::cargo_bin("aula-plan").expect("binary built");
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"))
        .env_remove("NO_COLOR")
        .env_remove("CLICOLOR_FORCE")
        .env("AULA_PLAN_LANG", "en");
    cmd
}

/// What a run printed on standard output.
#[allow(dead_code)] // each test file is its own crate, and not every one needs this
pub fn stdout_of(cmd: &mut Command) -> String {
    String::from_utf8(cmd.output().expect("runs").stdout).expect("UTF-8")
}
