//! The README is the user's manual: its rule table and its pasted output must match the tool.

use std::fmt::Write as _;
use std::path::Path;

use aula_plan::registry::{self as rules, Level};

fn readme() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).expect("README.md")
}

#[test]
fn every_rule_has_its_row_in_the_readme() {
    let text = readme();
    for r in rules::ALL {
        let level = match r.level {
            Level::Deny => "error",
            Level::Warn => "warning",
            Level::Allow => "allowed",
        };
        let row = format!("| `{}` | {level} | {} |", r.name, r.summary);
        assert!(text.contains(&row), "README lacks or misstates: {row}");
    }
}

/// Every pasted `aula-plan validate` run, and every other pasted run that keeps its last line
/// (`| tail -1`), as the tool prints it now.
#[test]
fn every_pasted_validate_run_and_last_line_is_what_the_tool_prints() {
    let text = readme();
    let (mut validate, mut others) = (0, 0);
    for block in text.split("```console\n$ aula-plan ").skip(1) {
        let (command, rest) = block.split_once('\n').expect("a command line");
        let (command, tail) = match command.strip_suffix(" | tail -1") {
            Some(c) => (c, true),
            None => (command, false),
        };
        let is_validate = command.starts_with("validate ");
        if !is_validate && !tail {
            continue; // the reports and the shift have tests of their own
        }
        let pasted = &rest[..rest.find("\n```").expect("end of block")];
        let out = assert_cmd::Command::cargo_bin("aula-plan")
            .expect("built")
            .env("AULA_PLAN_LANG", "en")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(command.split(' '))
            .output()
            .expect("runs");
        let printed = String::from_utf8(out.stdout).expect("UTF-8");
        let printed = anstream::adapter::strip_str(printed.trim_end()).to_string();
        let printed = if tail { printed.lines().last().unwrap_or_default() } else { printed.as_str() };
        assert_eq!(pasted, printed, "aula-plan {command}");
        if is_validate { validate += 1 } else { others += 1 }
    }
    assert!(validate >= 3, "the README pastes validate runs: {validate}");
    assert!(others >= 1, "the README pastes a last line: {others}");
}

#[test]
fn the_pasted_shift_output_is_what_the_tool_prints() {
    let text = readme();
    let prompt = "$ aula-plan shift plans/esbjerg-2020.toml ";
    let start = text.find(prompt).expect("pasted run");
    let line_end = start + text[start..].find('\n').expect("end of the command");
    let command = &text[start + 2..line_end];
    let end = line_end + 1 + text[line_end + 1..].find("\n```").expect("end of block");
    // The command as pasted, split as a shell would (the reason is the one quoted argument).
    let (plain, reason) = command.split_once(" --reason ").expect("a reason");
    let mut args: Vec<&str> = plain.split(' ').skip(1).collect();
    args.extend(["--reason", reason.trim_matches('"'), "--revision-date", "2026-11-22"]);
    let output = assert_cmd::Command::cargo_bin("aula-plan")
        .expect("binary built")
        .env("AULA_PLAN_LANG", "en")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(&args)
        .output()
        .expect("runs");
    assert!(output.status.success());
    let printed = String::from_utf8(output.stdout).expect("UTF-8");
    assert_eq!(&text[line_end + 1..end], printed.trim_end());
    assert!(text.contains("(run on\n22 November 2026;"), "the README says which date the revision has");
}

#[test]
fn the_pasted_diff_output_is_what_the_tool_prints() {
    let text = readme();
    let prompt = "$ aula-plan diff plans/esbjerg-2020.toml --since HEAD\nHEAD:plans/esbjerg-2020.toml → plans/esbjerg-2020.toml\n";
    let start = text.find(prompt).expect("pasted run") + prompt.len();
    let end = start + text[start..].find("\n```").expect("end of block");
    // The same shift, written to a copy, then compared with the plan as it is in the repository.
    let dir = tempfile::tempdir().expect("tempdir");
    let copy = dir.path().join("esbjerg-2020.toml");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    std::fs::copy(root.join("plans/esbjerg-2020.toml"), &copy).expect("copy");
    let run = |args: &[&str]| {
        let out = assert_cmd::Command::cargo_bin("aula-plan")
            .expect("built")
            .env("AULA_PLAN_LANG", "en")
            .current_dir(root)
            .args(args)
            .output()
            .expect("runs");
        assert!(out.status.success(), "{args:?}");
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    let copy = copy.to_str().expect("UTF-8 path");
    run(&[
        "shift",
        copy,
        "--months",
        "4",
        "--from",
        "2019-05-01",
        "--reason",
        "KOMBIT udsætter Aula; dagtilbud forventes forskudt",
    ]
    .into_iter()
    .chain(["--write", "--revision-date", "2026-11-22"])
    .collect::<Vec<_>>());
    let printed = run(&["diff", "plans/esbjerg-2020.toml", copy]);
    let body = printed.split_once('\n').expect("a header line").1;
    assert_eq!(&text[start..end], body.trim_end());
}

#[test]
fn every_pasted_report_is_what_the_tool_prints() {
    let text = readme();
    let mut checked = 0;
    for block in text.split("```console\n$ aula-plan ").skip(1) {
        let (command, rest) = block.split_once('\n').expect("a command line");
        let words: Vec<&str> = command.split(' ').collect();
        if !["show", "allocate", "estimate", "status"].contains(&words[0]) {
            continue;
        }
        let pasted = &rest[..rest.find("\n```").expect("end of block")];
        let out = assert_cmd::Command::cargo_bin("aula-plan")
            .expect("built")
            .env("AULA_PLAN_LANG", "en")
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .args(&words)
            .output()
            .expect("runs");
        let printed = String::from_utf8(out.stdout).expect("UTF-8");
        assert_eq!(pasted, printed.trim_end(), "aula-plan {command}");
        checked += 1;
    }
    assert!(checked >= 3, "the README pastes the reports");
}

#[test]
fn the_pasted_calendar_is_what_the_tool_exports() {
    let text = readme();
    let prompt = "$ SOURCE_DATE_EPOCH=1763769600 aula-plan export plans/esbjerg-2020.toml --to ics --for morten\n";
    let start = text.find(prompt).expect("pasted calendar") + prompt.len();
    let end = start + text[start..].find("\n```").expect("end of block");
    let out = assert_cmd::Command::cargo_bin("aula-plan")
        .expect("built")
        .env("AULA_PLAN_LANG", "en")
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("SOURCE_DATE_EPOCH", "1763769600")
        .args(["export", "plans/esbjerg-2020.toml", "--to", "ics", "--for", "morten"])
        .output()
        .expect("runs");
    let printed = String::from_utf8(out.stdout).expect("UTF-8").replace("\r\n", "\n");
    assert_eq!(&text[start..end], printed.trim_end());
    let stderr = String::from_utf8(out.stderr).expect("UTF-8");
    assert!(text.contains(stderr.trim_end()), "the pasted stderr: {stderr}");
}

#[test]
fn the_pasted_init_is_what_the_tool_prints() {
    let text = readme();
    let prompt = "$ aula-plan init plans/aeroe.toml --no-input ";
    let start = text.find(prompt).expect("pasted init");
    let block = &text[start + 2..start + text[start..].find("\n```").expect("end of block")];
    let (command, pasted) = block.split_once('\n').expect("a command line");
    // The command's words, with the quoted ones kept whole.
    let words: Vec<String> =
        command
            .split('"')
            .enumerate()
            .flat_map(|(i, part)| {
                if i % 2 == 1 { vec![part.to_owned()] } else { part.split_whitespace().map(str::to_owned).collect() }
            })
            .collect();
    let dir = tempfile::tempdir().unwrap();
    let out = assert_cmd::Command::cargo_bin("aula-plan")
        .expect("built")
        .env("AULA_PLAN_LANG", "en")
        .current_dir(dir.path())
        .args(&words[1..])
        .output()
        .expect("runs");
    assert_eq!(pasted, String::from_utf8(out.stdout).expect("UTF-8").trim_end());
}

/// The README's table of every key, as the key spec has it.
fn keys_table() -> String {
    let mut out = String::from("| table | key | required | holds | what it is for |\n|---|---|---|---|---|\n");
    for t in aula_plan::spec::TABLES {
        for k in t.keys {
            let required = if k.required { "yes" } else { "" };
            let doc = k.doc.replace('|', "\\|");
            writeln!(out, "| {} | `{}` | {required} | {} | {doc} |", t.name, k.name, k.ty.describe())
                .expect("a String");
        }
    }
    out
}

#[test]
fn the_readme_lists_every_key_as_the_spec_has_it() {
    let want = keys_table();
    let text = readme();
    if !text.contains(&want) {
        let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("readme-keys.md");
        std::fs::write(&out, &want).expect("write");
        panic!("the README's table of keys is not the spec's; the spec's is in {}", out.display());
    }
}

/// The headings of a Markdown text outside its code blocks, with fences read as `CommonMark`
/// reads them: a fence is closed only by a bare fence of the same character, at least as long.
fn headings(text: &str) -> (Vec<&str>, bool) {
    let mut open: Option<(char, usize)> = None;
    let mut out = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim_start();
        let fence = trimmed.chars().next().filter(|c| *c == '`' || *c == '~').map(|c| {
            let n = trimmed.chars().take_while(|x| *x == c).count();
            (c, n, trimmed[n..].trim())
        });
        match (open, fence) {
            (None, Some((c, n, _))) if n >= 3 => open = Some((c, n)),
            (Some((c, n)), Some((c2, n2, rest))) if c == c2 && n2 >= n && rest.is_empty() => open = None,
            (None, _) if line.starts_with('#') => out.push(line),
            _ => {}
        }
    }
    (out, open.is_none())
}

#[test]
fn every_section_of_the_readme_renders_as_a_heading() {
    let text = readme();
    let (found, closed) = headings(&text);
    assert!(closed, "the README ends inside a code block");
    for section in [
        "## Set up and run",
        "## Rules",
        "## The plan format by example",
        "## The shipped plans",
        "## Why each dependency is here",
        "## Source layout",
        "## Robustness",
        "## Speed at national scale",
    ] {
        assert!(found.contains(&section), "`{section}` is not a heading: {found:#?}");
    }
    // The explanation pasted in the README is output, not sections of the README.
    assert!(!found.contains(&"## Why is this bad?"), "a pasted explanation leaks out of its code block");
}

#[test]
fn the_heading_reader_sees_a_fence_swallow_the_rest() {
    let broken = "# A\n```console\n$ x\n```toml\na = 1\n```\n```\n## B\n";
    let (found, closed) = headings(broken);
    assert!(!closed && !found.contains(&"## B"), "{found:?}");
}

/// The files the README's "Source layout" names under a folder heading (`src/`, `tests/`):
/// `a/b.rs, c.rs` names `a/b.rs` and `a/c.rs`.
fn layout_files(folder: &str) -> std::collections::BTreeSet<String> {
    let text = readme();
    let section = &text[text.find("## Source layout").expect("the section")..];
    let block = &section[section.find("```\n").expect("a block") + 4..];
    let block = &block[..block.find("```").expect("its end")];
    let mut out = std::collections::BTreeSet::new();
    let mut inside = false;
    for line in block.lines() {
        if !line.starts_with(' ') {
            inside = line.trim_end() == folder;
            continue;
        }
        let Some(names) = line.strip_prefix("  ").filter(|l| inside && !l.starts_with(' ')) else { continue };
        let names = names.split("  ").next().unwrap_or_default();
        let mut dir = String::new();
        for name in names.split(", ") {
            if let Some((d, _)) = name.rsplit_once('/') {
                dir = format!("{d}/");
                out.insert(name.to_owned());
            } else {
                out.insert(format!("{dir}{name}"));
            }
        }
    }
    out
}

fn files_under(dir: &Path, base: &Path, ext: &str, out: &mut std::collections::BTreeSet<String>) {
    for entry in std::fs::read_dir(dir).expect("a folder") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            files_under(&path, base, ext, out);
        } else if path.extension().is_some_and(|e| e == ext) {
            out.insert(path.strip_prefix(base).expect("below").to_string_lossy().into_owned());
        }
    }
}

#[test]
fn the_source_layout_names_every_file_of_src_and_no_other() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut actual = std::collections::BTreeSet::new();
    files_under(&root.join("src"), &root.join("src"), "rs", &mut actual);
    let listed = layout_files("src/");
    let missing: Vec<_> = actual.difference(&listed).collect();
    let gone: Vec<_> = listed.difference(&actual).collect();
    assert!(missing.is_empty() && gone.is_empty(), "not in the README: {missing:?}; not in src/: {gone:?}");
}

#[test]
fn the_source_layout_names_every_test_file() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let tests = root.join("tests");
    let actual: Vec<String> = std::fs::read_dir(&tests)
        .expect("tests/")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| Path::new(n).extension().is_some_and(|e| e == "rs"))
        .collect();
    let listed = layout_files("tests/");
    for file in &actual {
        assert!(listed.contains(file), "tests/{file} is not in the README's layout");
    }
    // `RULE` stands for every rule's name.
    for file in listed.iter().filter(|f| !f.contains("RULE")) {
        assert!(tests.join(file).exists(), "the README names tests/{file}, which is gone");
    }
}
