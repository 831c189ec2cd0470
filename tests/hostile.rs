//! Hostile and unlucky input: every one gets a clear message pointing at the file (and line
//! and column, where there is one) and the exit status of plan-format.md — 1 for a plan with
//! errors, 2 for what cannot be read at all — never a panic, a hang or a changed file.

mod common;

use std::fs;
use std::path::Path;

use common::aula_plan;

const CLEAN: &str = "tests/fixtures/clean.toml";

fn clean() -> String {
    fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(CLEAN)).unwrap()
}

/// Validates `bytes` as a file; returns (exit status, stdout, stderr).
fn validate(bytes: &[u8]) -> (i32, String, String) {
    validate_with(bytes, &[])
}

/// [`validate`], with environment variables set.
fn validate_with(bytes: &[u8], env: &[(&str, &str)]) -> (i32, String, String) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.toml");
    fs::write(&path, bytes).unwrap();
    let out = aula_plan().envs(env.iter().copied()).arg("validate").arg(&path).output().unwrap();
    let text = |b: &[u8]| String::from_utf8_lossy(b).replace(&path.display().to_string(), "plan.toml");
    (out.status.code().expect("exited, not killed"), text(&out.stdout), text(&out.stderr))
}

/// The first finding's header and location: `error[rule]: message` and `--> plan.toml:L:C`.
fn first_finding(stdout: &str) -> (String, String) {
    let mut lines = stdout.lines();
    let header = lines.next().unwrap_or_default().to_owned();
    let at = lines.next().unwrap_or_default().trim().to_owned();
    (header, at)
}

#[test]
fn an_empty_file_says_what_a_plan_needs() {
    let (code, out, _) = validate(b"");
    assert_eq!(code, 1);
    assert_eq!(first_finding(&out), ("error[schema]: the plan file is empty".into(), "--> plan.toml:1:1".into()));
}

#[test]
fn a_byte_order_mark_and_crlf_are_read_as_plain_utf8() {
    let mut bom = b"\xef\xbb\xbf".to_vec();
    bom.extend(clean().as_bytes());
    assert_eq!(validate(&bom).0, 0);
    assert_eq!(validate(clean().replace('\n', "\r\n").as_bytes()).0, 0);
}

#[test]
fn invalid_utf8_and_nul_bytes_are_parse_errors_at_their_place() {
    let (code, out, _) = validate(b"format = 1\n[plan]\ntitle = \"K\xf8benhavn\"\n");
    assert_eq!(code, 1);
    let (header, at) = first_finding(&out);
    assert!(header.starts_with("error[parse-error]: the file is not UTF-8"), "{header}");
    assert_eq!(at, "--> plan.toml:3:11");

    let (code, out, _) = validate(b"format = 1\n[plan]\ntitle = \"a\0b\"\n");
    assert_eq!(code, 1);
    let (header, at) = first_finding(&out);
    assert!(header.starts_with("error[parse-error]: invalid TOML"), "{header}");
    assert_eq!(at, "--> plan.toml:3:11");
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let deep = format!("format = 1\na = {}{}\n", "[".repeat(10_000), "]".repeat(10_000));
    let (code, out, _) = validate(deep.as_bytes());
    assert_eq!(code, 1);
    let (header, at) = first_finding(&out);
    assert!(header.contains("max recursion depth"), "{header}");
    assert!(at.starts_with("--> plan.toml:2:"), "{at}");
}

#[test]
fn numbers_out_of_range_are_found_where_they_stand() {
    let (code, out, _) = validate(
        b"format = 1\n[plan]\ntitle = \"x\"\nroot = \"r\"\n[[role]]\nid = \"r\"\nquota = 99999999999999999999\n",
    );
    assert_eq!(code, 1);
    assert_eq!(
        first_finding(&out),
        ("error[parse-error]: invalid TOML: the number is too large".into(), "--> plan.toml:7:9".into())
    );
    let negative = clean().replacen("pupils = ", "pupils = -", 1);
    let (code, out, _) = validate(negative.as_bytes());
    assert_eq!(code, 1);
    assert!(out.contains("error[schema]: `pupils` must be 0 or more, found -"), "{out}");
}

#[test]
fn days_the_calendar_does_not_have_and_the_ends_of_the_years() {
    let (code, out, _) = validate(b"format = 1\n[plan]\ntitle = \"x\"\n[[phase]]\nid = \"p\"\ndate = 2019-02-29\n");
    assert_eq!(code, 1);
    assert_eq!(first_finding(&out).1, "--> plan.toml:6:8");
    assert!(first_finding(&out).0.contains("`2019-02-29` is not a day of the calendar"), "{out}");
    assert!(out.contains("the month's last day is 2019-02-28"), "{out}");

    let edges = clean()
        + r#"
[[phase]]
id = "first-day"
name = "F"
date = 0001-01-01

[[phase]]
id = "last-day"
name = "L"
date = 9999-12-31
"#;
    let (code, out, err) = validate(edges.as_bytes());
    assert_eq!(code, 0, "{out}{err}");
}

#[test]
fn ids_with_capitals_or_danish_letters_get_a_suggestion() {
    let bad = clean().replacen(r#"id = ""#, r#"id = "Ærø-"#, 1);
    let (code, out, _) = validate(bad.as_bytes());
    assert_eq!(code, 1);
    assert!(out.contains("is not a valid id"), "{out}");
    assert!(out.contains("help: write `aeroe-"), "{out}");
}

#[test]
fn a_table_written_twice_is_a_parse_error_at_the_second() {
    let (code, out, _) = validate(b"format = 1\n[plan]\ntitle = \"x\"\n[plan]\ntitle = \"y\"\n");
    assert_eq!(code, 1);
    assert_eq!(first_finding(&out).1, "--> plan.toml:4:2");
}

#[test]
fn a_huge_file_is_read_in_one_pass() {
    // 100 MB: a plan, then a comment that never ends.
    let mut big = clean().into_bytes();
    big.extend(b"# ");
    big.resize(100 * 1024 * 1024, b'x');
    big.push(b'\n');
    let started = std::time::Instant::now();
    // Over the size limit (64 MB) it is refused at once; allowed, it is read whole.
    let (code, _, err) = validate(&big);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("larger than 64 MB"), "{err}");
    let (code, _, err) = validate_with(&big, &[("AULA_PLAN_MAX_MB", "128")]);
    assert_eq!(code, 0, "{err}");
    // Not a timing test: only a guard against a hang (a quadratic scan would take hours).
    assert!(started.elapsed().as_secs() < 120);
}

#[test]
fn what_is_not_a_plan_file_is_exit_2_with_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let dangling = dir.path().join("gone.toml");
    #[cfg(unix)]
    std::os::unix::fs::symlink(dir.path().join("nowhere"), &dangling).unwrap();
    for (args, message) in [
        (
            vec!["validate".to_owned(), dangling.display().to_string()],
            format!("error: cannot read {}: there is no such file", dangling.display()),
        ),
        (
            vec!["shift".to_owned(), dir.path().display().to_string(), "--days".into(), "1".into()],
            format!("error: {} is a directory; give a plan file", dir.path().display()),
        ),
        (
            vec!["validate".to_owned(), dir.path().display().to_string()],
            // The folder's one entry is the dangling link: said as such, not skipped.
            if cfg!(unix) {
                format!("error: cannot read {}: there is no such file", dangling.display())
            } else {
                format!("error: {}: no *.toml files in this directory", dir.path().display())
            },
        ),
    ] {
        let out = aula_plan().args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.starts_with(&message), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "one line, the cause said once: {err}");
    }
}

#[test]
fn standard_input_is_a_plan_like_any_other() {
    let out = aula_plan().args(["validate", "-"]).write_stdin(b"format = 1\n[plan\n".to_vec()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("--> <stdin>:2:"), "{text}");
    let out = aula_plan().args(["validate", "-"]).write_stdin(clean()).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn dates_at_the_ends_of_the_calendar_do_not_move_past_them() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.toml");
    let plan = clean()
        + r#"
[[phase]]
id = "late"
name = "L"
start = 9999-12-01
end = 9999-12-31
"#;
    fs::write(&path, &plan).unwrap();
    let out = aula_plan().arg("shift").arg(&path).args(["--months", "1", "--write", "--yes"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("past the years aula-plan computes with (1-9999)"), "{err}");
    assert_eq!(fs::read_to_string(&path).unwrap(), plan, "nothing written");
    // The calendar leaves out what it cannot write; the chart stays a sensible size.
    let ics = aula_plan().arg("export").arg(&path).args(["--to", "ics"]).output().unwrap();
    assert!(String::from_utf8_lossy(&ics.stderr).contains("late (it ends in the year 9999"));
    let svg = aula_plan().arg("gantt").arg(&path).output().unwrap();
    assert!(svg.stdout.len() < 2_000_000, "{} bytes", svg.stdout.len());
}

#[test]
fn a_byte_order_mark_moves_no_column_in_any_format() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bom.toml");
    std::fs::write(&path, "\u{feff}format = 2\n").unwrap();
    let run = |format: &str| {
        let out = aula_plan().arg("validate").arg(&path).args(["--format", format]).output().unwrap();
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(run("concise").contains("bom.toml:1:10: error[unsupported-format]"), "{}", run("concise"));
    assert!(run("github").contains("line=1,col=10,"), "{}", run("github"));
    let human = run("human");
    assert!(
        human.contains("bom.toml:1:10") && human.contains("1 | format = 2") && !human.contains('\u{feff}'),
        "{human}"
    );
}

#[test]
#[cfg(unix)]
fn a_folder_s_toml_entry_that_is_no_plan_file_is_said_not_skipped() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy("plans/eksempelby-2019.toml", dir.path().join("a.toml")).unwrap();
    std::os::unix::fs::symlink(dir.path().join("nowhere"), dir.path().join("dangling.toml")).unwrap();
    let fifo = std::process::Command::new("mkfifo").arg(dir.path().join("fifo.toml")).status().unwrap();
    assert!(fifo.success());
    let out = aula_plan().arg("validate").arg(dir.path()).args(["--format", "concise"]).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("dangling.toml") && err.contains("fifo.toml"), "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Checked"), "the plan that reads is checked");
}
