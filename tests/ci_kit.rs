//! What a plan repository's CI and editors use: SARIF, the example pipelines and the
//! pre-commit hook (their commands must be real ones), shell completions and manual pages.

mod common;

use std::fs;
use std::path::Path;

use common::{aula_plan, stdout_of};
use serde_json::Value;

const ESBJERG: &str = "plans/esbjerg-2020.toml";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn sarif_has_every_finding_where_json_has_it() {
    let out = aula_plan().args(["validate", ESBJERG, "--format", "sarif"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "errors fail the check in SARIF too");
    let log: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    assert_eq!(run["tool"]["driver"]["name"], "aula-plan");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    assert_eq!(rules.len(), aula_plan::registry::ALL.len());
    let json: Value =
        serde_json::from_str(&stdout_of(aula_plan().args(["validate", ESBJERG, "--format", "json"]))).unwrap();
    let findings = json["findings"].as_array().unwrap();
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), findings.len());
    for (r, f) in results.iter().zip(findings) {
        assert_eq!(r["ruleId"], f["rule"]);
        let index = usize::try_from(r["ruleIndex"].as_u64().unwrap()).unwrap();
        assert_eq!(rules[index]["id"], r["ruleId"]);
        assert_eq!(r["level"], f["severity"]);
        let at = &r["locations"][0]["physicalLocation"];
        assert_eq!(at["artifactLocation"]["uri"], ESBJERG);
        assert_eq!(at["region"]["startLine"], f["line"]);
        assert_eq!(at["region"]["startColumn"], f["column"]);
        assert_eq!(at["region"]["endColumn"], f["end_column"]);
        assert!(r["message"]["text"].as_str().unwrap().starts_with(f["message"].as_str().unwrap()));
    }
}

/// The `aula-plan …` commands of a file, each as its words, shell redirections left out.
fn commands(text: &str) -> Vec<Vec<String>> {
    text.lines()
        .filter_map(|l| l.split_once("aula-plan validate").map(|(_, rest)| rest))
        .map(|rest| {
            let rest = rest.split(['>', '|']).next().unwrap_or("");
            std::iter::once("validate".to_owned()).chain(rest.split_whitespace().map(str::to_owned)).collect()
        })
        .collect()
}

#[test]
fn the_examples_run_real_commands() {
    let mut checked = 0;
    for file in [
        "examples/github-actions.yml",
        "examples/gitlab-ci.yml",
        ".pre-commit-hooks.yaml",
        ".github/workflows/release.yml",
    ] {
        let text = fs::read_to_string(root().join(file)).unwrap();
        for mut words in commands(&text) {
            if words.len() == 1 {
                // pre-commit passes the changed files.
                words.push(ESBJERG.into());
            }
            let out = aula_plan().args(&words).output().unwrap();
            // 1: Esbjerg's errors; 2 would be arguments the tool does not take.
            assert_eq!(
                out.status.code(),
                Some(1),
                "{file}: aula-plan {words:?}: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 7);
}

/// The release builds, with scripts/dist, the archives the README's install section offers:
/// Windows, Linux and both kinds of Mac; and what scripts/dist builds by default is what
/// scripts/windows-smoke and a developer check here.
#[test]
fn the_release_builds_every_archive_with_the_dist_script() {
    let workflow = fs::read_to_string(root().join(".github/workflows/release.yml")).unwrap();
    let targets: Vec<&str> =
        workflow.lines().filter_map(|l| l.trim().strip_prefix("targets: ")).flat_map(str::split_whitespace).collect();
    assert_eq!(
        targets,
        ["x86_64-pc-windows-gnu", "x86_64-unknown-linux-musl", "aarch64-apple-darwin", "x86_64-apple-darwin"]
    );
    assert!(workflow.contains("run: scripts/dist ${{ matrix.targets }}"), "{workflow}");
    let dist = fs::read_to_string(root().join("scripts/dist")).unwrap();
    assert!(dist.contains("targets=(x86_64-pc-windows-gnu x86_64-unknown-linux-musl)"), "{dist}");
    let smoke = fs::read_to_string(root().join("scripts/windows-smoke")).unwrap();
    assert!(smoke.contains("scripts/dist x86_64-pc-windows-gnu"), "the smoke runs what people download");
    let readme = fs::read_to_string(root().join("README.md")).unwrap();
    for target in targets {
        assert!(readme.contains(target), "the README's install section names {target}");
    }
}

#[test]
fn completions_for_each_shell_know_the_commands() {
    for (shell, mark) in [
        ("bash", "complete -F"),
        ("zsh", "#compdef aula-plan"),
        ("fish", "complete -c aula-plan"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        let script = stdout_of(aula_plan().args(["completions", shell]));
        assert!(script.contains(mark), "{shell}");
        for command in ["validate", "shift", "gantt", "export", "init"] {
            assert!(script.contains(command), "{shell} lacks {command}");
        }
    }
}

#[test]
fn manual_pages_for_the_tool_and_each_command() {
    let page = stdout_of(aula_plan().arg("man"));
    assert!(page.contains("\n.TH aula-plan 1 "), "{page}");
    assert!(page.contains("validate"));
    let dir = tempfile::tempdir().unwrap();
    let said = stdout_of(aula_plan().args(["man", "--dir"]).arg(dir.path()));
    let pages: Vec<String> =
        fs::read_dir(dir.path()).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    assert_eq!(said, format!("Wrote {} manual pages into {}.\n", pages.len(), dir.path().display()));
    for name in ["aula-plan.1", "aula-plan-validate.1", "aula-plan-shift.1", "aula-plan-gantt.1", "aula-plan-init.1"] {
        let text = fs::read_to_string(dir.path().join(name)).unwrap_or_else(|_| panic!("{name}"));
        let title = name.trim_end_matches(".1");
        assert!(text.contains(&format!(".TH {title} 1")), "{name}");
    }
}

/// A plan that cannot be read is in every machine format's output, counted among the files.
#[test]
fn an_unreadable_plan_is_never_dropped_from_ci_output() {
    let json = aula_plan()
        .args(["validate", "--format", "json", "missing.toml", "tests/fixtures/clean.toml"])
        .output()
        .unwrap();
    assert_eq!(json.status.code(), Some(2));
    let doc: Value = serde_json::from_slice(&json.stdout).expect("JSON");
    assert_eq!(doc["summary"]["files"], 2, "{doc}");
    assert_eq!(doc["summary"]["unreadable"], 1);
    assert_eq!(doc["unreadable"][0]["file"], "missing.toml");
    let github = aula_plan().args(["validate", "--format", "github", "missing.toml"]).output().unwrap();
    assert!(String::from_utf8_lossy(&github.stdout).starts_with("::error file=missing.toml::cannot read missing.toml"));
    let sarif = aula_plan().args(["validate", "--format", "sarif", "missing.toml"]).output().unwrap();
    let log: Value = serde_json::from_slice(&sarif.stdout).expect("a SARIF document even then");
    let invocation = &log["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    let note = &invocation["toolExecutionNotifications"][0];
    assert_eq!(note["level"], "error");
    assert_eq!(note["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "missing.toml");
}

#[test]
fn sarif_on_an_empty_folder_is_a_document_that_records_the_failure() {
    let dir = tempfile::tempdir().unwrap();
    let out = aula_plan().args(["validate", "--format", "sarif", dir.path().to_str().unwrap()]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let log: Value = serde_json::from_slice(&out.stdout).expect("a SARIF document");
    assert_eq!(log["runs"][0]["invocations"][0]["executionSuccessful"], false);
    assert_eq!(log["runs"][0]["results"], serde_json::json!([]));
}

#[test]
fn sarif_uris_are_relative_and_percent_encoded() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan #1 æ.toml");
    fs::copy(root().join("tests/fixtures/rules/reversed-dates.toml"), &plan).unwrap();
    let uri = |args: &[&str]| {
        let out =
            aula_plan().current_dir(dir.path()).args(["validate", "--format", "sarif"]).args(args).output().unwrap();
        let log: Value = serde_json::from_slice(&out.stdout).unwrap();
        log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].clone()
    };
    assert_eq!(uri(&["plan #1 æ.toml"]), "plan%20%231%20%C3%A6.toml");
    // An absolute path under the working folder is given relative to it.
    assert_eq!(uri(&[plan.to_str().unwrap()]), "plan%20%231%20%C3%A6.toml");
    // And relative to --base, where given.
    let sub = dir.path().join("plans");
    fs::create_dir(&sub).unwrap();
    fs::copy(&plan, sub.join("p.toml")).unwrap();
    assert_eq!(uri(&["plans/p.toml", "--base", "plans"]), "p.toml");
}

/// Bash itself, given the script, completes a flag after a command: the script's own names
/// for the commands must match (`clap_complete` names them two ways for a name with a hyphen).
#[test]
#[cfg(unix)]
fn bash_completes_a_command_s_flags() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("aula-plan.bash");
    fs::write(&script, stdout_of(aula_plan().args(["completions", "bash"]))).unwrap();
    let complete = |words: &str, current: &str, previous: &str| {
        let program = format!(
            "source '{}'; COMP_WORDS=({words}); COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1)); _aula__plan aula-plan '{current}' '{previous}'; echo \"${{COMPREPLY[@]}}\"",
            script.display()
        );
        let out = std::process::Command::new("bash").args(["-c", &program]).output().expect("bash");
        String::from_utf8(out.stdout).unwrap()
    };
    let flags = complete("aula-plan validate --fo", "--fo", "validate");
    assert!(flags.contains("--format"), "{flags:?}");
    let formats = complete("aula-plan validate --format ''", "", "--format");
    assert!(formats.contains("sarif") && formats.contains("github"), "{formats:?}");
}
