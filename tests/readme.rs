//! The manual (the README and `docs/`, in English and Danish): its rule tables, key table, layout
//! and pasted output must match the tool.

mod common;

use std::fmt::Write as _;
use std::path::Path;

use aula_plan::i18n::Lang;
use aula_plan::registry::{self as rules, Level};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn read(path: &str) -> String {
    std::fs::read_to_string(root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn readme() -> String {
    read("README.md")
}

/// The pages of the manual in a language (`en`: the README and `docs/en/`; `da`: `docs/da/`),
/// each with its path.
fn pages(lang: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if lang == "en" {
        out.push(("README.md".to_owned(), readme()));
    }
    let mut files: Vec<_> = std::fs::read_dir(root().join("docs").join(lang))
        .expect("docs/LANG")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    for f in files {
        let path = f.strip_prefix(root()).expect("below").to_string_lossy().into_owned();
        out.push((path.clone(), read(&path)));
    }
    out
}

/// The whole manual in a language, one text.
fn manual(lang: &str) -> String {
    pages(lang).into_iter().map(|(_, t)| t).collect::<Vec<_>>().join("\n")
}

/// Every console session of a page: the command after the `$` prompt and what is pasted under
/// it, with fences read as `CommonMark` reads them (a session whose output holds a fence of three
/// backticks is fenced with four).
fn sessions(text: &str) -> Vec<(&str, String)> {
    let mut out = Vec::new();
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        let Some(fence) = line.strip_suffix("console").filter(|f| f.len() >= 3 && f.chars().all(|c| c == '`')) else {
            continue;
        };
        let Some(command) = lines.next().and_then(|l| l.strip_prefix("$ ")) else { continue };
        let pasted: Vec<&str> = lines.by_ref().take_while(|l| *l != fence).collect();
        out.push((command, pasted.join("\n")));
    }
    out
}

/// What a page pastes under `prompt` (a command line with its newline, and whatever first lines
/// come with it), up to the end of its block.
fn pasted_after<'t>(text: &'t str, prompt: &str) -> &'t str {
    let start = text.find(prompt).unwrap_or_else(|| panic!("pasted: {prompt}")) + prompt.len();
    let end = start + text[start..].find("\n```").expect("end of block");
    &text[start..end]
}

/// A pasted command's words as a shell splits them: at spaces, with a quoted one kept whole.
fn shell_words(args: &str) -> Vec<String> {
    args.split('"')
        .enumerate()
        .flat_map(
            |(i, part)| {
                if i % 2 == 1 { vec![part.to_owned()] } else { part.split_whitespace().map(str::to_owned).collect() }
            },
        )
        .collect()
}

/// That a page pastes what a command printed: `pasted` under `$ command` in the page at `path`
/// is `printed`. With `AULA_PLAN_BLESS=1` the page is written with what was printed instead (a
/// change of the tool's words or of a shipped plan is then reviewed as the page's diff).
fn same_as_printed(path: &str, command: &str, pasted: &str, printed: &str) {
    if std::env::var_os("AULA_PLAN_BLESS").is_some() {
        if pasted != printed {
            let file = root().join(path);
            let text = std::fs::read_to_string(&file).expect("page");
            // A block with nothing pasted yet is the command and the fence.
            let old =
                if pasted.is_empty() { format!("$ {command}\n```") } else { format!("$ {command}\n{pasted}\n```") };
            let new = format!("$ {command}\n{printed}\n```");
            assert!(text.contains(&old), "{path}: the pasted run of {command} is not where it was read");
            std::fs::write(&file, text.replacen(&old, &new, 1)).expect("write the page");
        }
        return;
    }
    assert_eq!(pasted, printed, "{path}: {command} (AULA_PLAN_BLESS=1 writes what the tool prints)");
}

/// That the manual in `lang` pastes `printed` where it pastes `pasted`; with `AULA_PLAN_BLESS=1`
/// the page that pastes it is written with what was printed instead.
fn pasted_is(lang: &str, pasted: &str, printed: &str) {
    if std::env::var_os("AULA_PLAN_BLESS").is_none() || pasted == printed {
        assert_eq!(pasted, printed, "{lang} (AULA_PLAN_BLESS=1 writes what the tool prints)");
        return;
    }
    let page = pages(lang).into_iter().find(|(_, text)| text.contains(pasted)).expect("the page that pastes it");
    std::fs::write(root().join(&page.0), page.1.replacen(pasted, printed, 1)).expect("write the page");
}

/// `aula-plan` with `args` in `lang`, from the repository's folder: standard output, colours off.
fn run(lang: &str, args: &[&str]) -> String {
    let out = common::aula_plan().env("AULA_PLAN_LANG", lang).args(args).output().expect("runs");
    let printed = String::from_utf8(out.stdout).expect("UTF-8");
    anstream::adapter::strip_str(printed.trim_end()).to_string()
}

/// A new folder holding copies of the shipped plans `names`, in a folder `under` of it.
fn folder_with(under: &str, names: &[&str]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::create_dir_all(dir.path().join(under)).expect("folder");
    for name in names {
        std::fs::copy(root().join("plans").join(name), dir.path().join(under).join(name)).expect("copy");
    }
    dir
}

/// `aula-plan` with `args` in `lang`, in a new folder holding a copy of the shipped plans.
fn run_beside_the_plans(lang: &str, args: &[&str]) -> String {
    let names: Vec<String> = std::fs::read_dir(root().join("plans"))
        .expect("plans")
        .map(|e| e.expect("entry").file_name().into_string().expect("UTF-8"))
        .collect();
    let dir = folder_with("plans", &names.iter().map(String::as_str).collect::<Vec<_>>());
    let out =
        common::aula_plan().current_dir(dir.path()).env("AULA_PLAN_LANG", lang).args(args).output().expect("runs");
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    anstream::adapter::strip_str(String::from_utf8(out.stdout).expect("UTF-8").trim_end()).to_string()
}

#[test]
fn every_rule_has_its_row_in_the_manual_in_both_languages() {
    let (en, da) = (manual("en"), manual("da"));
    for r in rules::ALL {
        let level = |lang: Lang| {
            lang.text(match r.level {
                Level::Deny => "level-error",
                Level::Warn => "level-warning",
                Level::Allow => "level-allowed",
            })
        };
        let row = format!("| `{}` | {} | {} |", r.name, level(Lang::En), r.summary);
        assert!(en.contains(&row), "the English manual lacks or misstates: {row}");
        let row = format!("| `{}` | {} | {} |", r.name, level(Lang::Da), Lang::Da.text(r.message));
        assert!(da.contains(&row), "the Danish manual lacks or misstates: {row}");
    }
}

/// Every pasted run of a command that reads the shipped plans and writes nothing (`validate`,
/// the reports, `rules`, `explain`) or writes a picture or an export (`gantt -o`, `export -o`),
/// and every pasted last line (`| tail -1`), is what the tool prints, in the page's language. The runs that write, or that depend on the day, have tests
/// of their own below.
#[test]
fn every_pasted_run_is_what_the_tool_prints() {
    let mut checked = std::collections::BTreeMap::new();
    for lang in ["en", "da"] {
        for (path, text) in pages(lang) {
            for (command, pasted) in sessions(&text) {
                let Some(args) = command.strip_prefix("aula-plan ") else { continue };
                let (args, tail) = match args.strip_suffix(" | tail -1") {
                    Some(a) => (a, true),
                    None => (args, false),
                };
                let words: Vec<&str> = args.split(' ').collect();
                let verb = words.iter().find(|w| !w.starts_with('-') && **w != "da" && **w != "en").copied();
                let plain = matches!(
                    verb,
                    Some("validate" | "show" | "allocate" | "estimate" | "status" | "overview" | "rules" | "explain")
                );
                // A picture or an export written to a file is written in a folder of its own,
                // with the shipped plans copied into it.
                let writes = matches!(verb, Some("gantt" | "export")) && words.contains(&"-o");
                // The national delay and the weekly meeting run in folders of their own (below).
                if !(plain || tail || writes)
                    || command.contains('"')
                    || words.contains(&DELAYED)
                    || words.contains(&MEETING)
                    || words.contains(&SYDDJURS)
                {
                    continue;
                }
                let printed = if writes { run_beside_the_plans(lang, &words) } else { run(lang, &words) };
                let printed = if tail { printed.lines().last().unwrap_or_default().to_owned() } else { printed };
                same_as_printed(&path, command, &pasted, &printed);
                *checked.entry(lang).or_insert(0) += 1;
            }
        }
    }
    assert!(checked.get("en").copied().unwrap_or(0) >= 8, "{checked:?}");
    assert!(checked.get("da").copied().unwrap_or(0) >= 8, "{checked:?}");
}

/// The municipal plan of the national-delay walk-through, named as its folder names it.
const DELAYED: &str = "eksempelby-2019.toml";

/// The national delay of the manual (`docs/*/shift.md`): in a folder holding the fictional
/// municipal plan and KOMBIT's plan, every pasted command of the section, in its order — KOMBIT's
/// wave moved two months, the `validate` and `reschedule` of the municipal plan — prints what is
/// pasted.
#[test]
fn the_pasted_national_delay_is_what_the_tool_prints() {
    for lang in ["en", "da"] {
        let dir = folder_with("", &[DELAYED, "kombit-2016.toml"]);
        let mut checked = 0;
        for (path, text) in pages(lang) {
            let Some(at) = text.find("`aula-plan reschedule PLAN`") else { continue };
            let section = &text[at..text[at..].find("\n### ").map_or(text.len(), |end| at + end)];
            for (command, pasted) in sessions(section) {
                let Some(args) = command.strip_prefix("aula-plan ") else { continue };
                let words = shell_words(args);
                let out = common::aula_plan()
                    .env("AULA_PLAN_LANG", lang)
                    .current_dir(dir.path())
                    .args(&words)
                    .output()
                    .expect("runs");
                let printed = String::from_utf8(out.stdout).expect("UTF-8");
                same_as_printed(&path, command, &pasted, &anstream::adapter::strip_str(printed.trim_end()).to_string());
                checked += 1;
            }
        }
        assert_eq!(checked, 3, "{lang}: KOMBIT's move, validate and reschedule");
        // Only KOMBIT's plan was written: the reschedule shows, it does not change the plan.
        assert_eq!(std::fs::read_to_string(dir.path().join(DELAYED)).expect("plan"), read(&format!("plans/{DELAYED}")));
    }
}

/// The municipal plan of the walk-through of 2019 (`docs/*/shift.md`), named as its folder names
/// it.
const SYDDJURS: &str = "syddjurs-2019.toml";

/// What happened in 2019, as the manual tells it: in a folder holding Syddjurs's plan and the two
/// national plans it follows, every pasted command on them, in the page's order, prints what is
/// pasted — KOMBIT's step moved, the go-live it breaks, the go-live rescheduled.
#[test]
fn the_pasted_walk_through_of_2019_is_what_the_tool_prints() {
    for lang in ["en", "da"] {
        let dir = folder_with("", &[SYDDJURS, "kombit-2016.toml", "kombit-dagtilbud-2020.toml"]);
        let page = format!("docs/{lang}/shift.md");
        let text = read(&page);
        let walk = &text[text.find("\n### ").expect("the walk-through")..];
        let mut checked = 0;
        for (command, pasted) in sessions(walk) {
            let args = command.strip_prefix("aula-plan ").expect("an aula-plan command");
            let out = common::aula_plan()
                .env("AULA_PLAN_LANG", lang)
                .current_dir(dir.path())
                .args(shell_words(args))
                .output()
                .expect("runs");
            let printed = String::from_utf8(out.stdout).expect("UTF-8");
            same_as_printed(&page, command, &pasted, &anstream::adapter::strip_str(printed.trim_end()).to_string());
            checked += 1;
        }
        assert_eq!(checked, 3, "{lang}");
        // The walk-through ends with the go-live moved to October, shown, not written.
        assert!(read(&page).contains("+date = \"2019-10\""), "{lang}");
    }
}

/// The plan of the weekly meeting walk-through (`docs/*/progress.md`), a copy of the fictional
/// plan, named as its folder names it.
const MEETING: &str = "uge11.toml";

/// The weekly meeting of the manual: in a folder holding a copy of the fictional plan (and the
/// national plan it follows), every pasted command on it, in the page's order, prints what is
/// pasted — the marks, the move and the status after them.
#[test]
fn the_pasted_weekly_meeting_is_what_the_tool_prints() {
    for lang in ["en", "da"] {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::copy(root().join("plans/eksempelby-2019.toml"), dir.path().join(MEETING)).expect("copy");
        std::fs::copy(root().join("plans/kombit-2016.toml"), dir.path().join("kombit-2016.toml")).expect("copy");
        let text = std::fs::read_to_string(root().join(format!("docs/{lang}/progress.md"))).expect("page");
        let mut checked = 0;
        for (command, pasted) in sessions(&text) {
            let Some(args) = command.strip_prefix("aula-plan ") else { continue };
            assert!(args.split(' ').any(|w| w == MEETING), "the page's runs are on {MEETING}: {command}");
            let words = shell_words(args);
            let out = common::aula_plan().env("AULA_PLAN_LANG", lang).current_dir(dir.path()).args(&words).output();
            let printed = String::from_utf8(out.expect("runs").stdout).expect("UTF-8");
            let page = format!("docs/{lang}/progress.md");
            same_as_printed(&page, command, &pasted, &anstream::adapter::strip_str(printed.trim_end()).to_string());
            checked += 1;
        }
        assert!(checked >= 5, "{lang}: {checked}");
    }
}

/// The shift pasted in a language's manual, run again with the date of the pasted revision.
#[test]
fn the_pasted_shift_output_is_what_the_tool_prints() {
    for (lang, on) in [("en", "(run on\n22 November 2026;"), ("da", "(kørt den\n22. november 2026;")] {
        let text = manual(lang);
        let prompt = "$ aula-plan shift plans/esbjerg-2020.toml ";
        let start = text.find(prompt).expect("pasted run");
        let line_end = start + text[start..].find('\n').expect("end of the command");
        let command = &text[start + 2..line_end];
        let end = line_end + 1 + text[line_end + 1..].find("\n```").expect("end of block");
        // The command as pasted, split as a shell would (the reason is the one quoted argument).
        let (plain, reason) = command.split_once(" --reason ").expect("a reason");
        let mut args: Vec<&str> = plain.split(' ').skip(1).collect();
        args.extend(["--reason", reason.trim_matches('"'), "--revision-date", "2026-11-22"]);
        let printed = run(lang, &args);
        pasted_is(lang, &text[line_end + 1..end], &printed);
        assert!(text.contains(on), "the {lang} manual says which date the revision has");
    }
}

#[test]
fn the_pasted_diff_output_is_what_the_tool_prints() {
    for lang in ["en", "da"] {
        let text = manual(lang);
        let prompt = "$ aula-plan diff plans/esbjerg-2020.toml --since HEAD\nHEAD:plans/esbjerg-2020.toml → plans/esbjerg-2020.toml\n";
        let pasted = pasted_after(&text, prompt);
        // The same shift, written to a copy, then compared with the plan as it is in the repository.
        let dir = tempfile::tempdir().expect("tempdir");
        let copy = dir.path().join("esbjerg-2020.toml");
        std::fs::copy(root().join("plans/esbjerg-2020.toml"), &copy).expect("copy");
        let copy = copy.to_str().expect("UTF-8 path");
        let reason = "KOMBIT udsætter Aula; dagtilbud forventes forskudt";
        run(
            lang,
            &[
                "shift",
                copy,
                "--months",
                "4",
                "--from",
                "2019-05-01",
                "--reason",
                reason,
                "--write",
                "--revision-date",
                "2026-11-22",
            ],
        );
        let printed = run(lang, &["diff", "plans/esbjerg-2020.toml", copy]);
        let body = printed.split_once('\n').expect("a header line").1;
        pasted_is(lang, pasted, body);
    }
}

#[test]
fn the_pasted_calendar_is_what_the_tool_exports() {
    for lang in ["en", "da"] {
        let text = manual(lang);
        let prompt = "$ SOURCE_DATE_EPOCH=1763769600 aula-plan export plans/esbjerg-2020.toml --to ics --for morten\n";
        let pasted = pasted_after(&text, prompt);
        let out = common::aula_plan()
            .env("AULA_PLAN_LANG", lang)
            .env("SOURCE_DATE_EPOCH", "1763769600")
            .args(["export", "plans/esbjerg-2020.toml", "--to", "ics", "--for", "morten"])
            .output()
            .expect("runs");
        let printed = String::from_utf8(out.stdout).expect("UTF-8").replace("\r\n", "\n");
        pasted_is(lang, pasted, printed.trim_end());
        let stderr = String::from_utf8(out.stderr).expect("UTF-8");
        assert!(text.contains(stderr.trim_end()), "the pasted stderr ({lang}): {stderr}");
    }
}

#[test]
fn the_pasted_init_is_what_the_tool_prints() {
    for lang in ["en", "da"] {
        let text = manual(lang);
        let prompt = "$ aula-plan init plans/aeroe.toml --no-input ";
        let start = text.find(prompt).expect("pasted init");
        let block = &text[start + 2..start + text[start..].find("\n```").expect("end of block")];
        let (command, pasted) = block.split_once('\n').expect("a command line");
        // The command's words, with the quoted ones kept whole.
        let words: Vec<String> = command
            .split('"')
            .enumerate()
            .flat_map(|(i, part)| {
                if i % 2 == 1 { vec![part.to_owned()] } else { part.split_whitespace().map(str::to_owned).collect() }
            })
            .collect();
        let dir = tempfile::tempdir().unwrap();
        let out = assert_cmd::Command::cargo_bin("aula-plan")
            .expect("built")
            .env("AULA_PLAN_LANG", lang)
            .env("AULA_PLAN_TODAY", common::TODAY)
            .current_dir(dir.path())
            .args(&words[1..])
            .output()
            .expect("runs");
        assert_eq!(pasted, String::from_utf8(out.stdout).expect("UTF-8").trim_end(), "{lang}");
    }
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
fn the_manual_lists_every_key_as_the_spec_has_it() {
    let want = keys_table();
    let text = read("docs/en/format.md");
    if !text.contains(&want) {
        let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join("readme-keys.md");
        std::fs::write(&out, &want).expect("write");
        panic!("docs/en/format.md's table of keys is not the spec's; the spec's is in {}", out.display());
    }
}

/// The Danish table of keys names the same keys, in the same order, required the same, with
/// the words of `i18n/da/keys.ftl` for what each is for.
#[test]
fn the_danish_manual_lists_every_key_as_the_spec_has_it() {
    let text = read("docs/da/format.md");
    let header = "| tabel | nøgle | påkrævet | hvad den bruges til |";
    let table = &text[text.find(header).expect("the table of keys")..];
    let listed: Vec<(String, String, bool, String)> = table
        .lines()
        .skip(2)
        .take_while(|l| l.starts_with("| "))
        .map(|l| {
            let cells: Vec<&str> = l.trim_matches('|').split(" | ").map(str::trim).collect();
            let table = if cells[0] == "øverst" { "the top level".to_owned() } else { cells[0].to_owned() };
            let doc = cells.get(3).map(|d| d.replace("\\|", "|")).unwrap_or_default();
            (table, cells[1].trim_matches('`').to_owned(), cells[2] == "ja", doc)
        })
        .collect();
    let spec: Vec<(String, String, bool, String)> = aula_plan::spec::TABLES
        .iter()
        .flat_map(|t| {
            t.keys.iter().map(|k| (t.name.to_owned(), k.name.to_owned(), k.required, Lang::Da.text(&t.key_doc_id(k))))
        })
        .collect();
    assert_eq!(listed, spec);
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
fn every_section_of_the_manual_renders_as_a_heading() {
    for (path, sections) in [
        (
            "README.md",
            &[
                "## Install (without Rust)",
                "## Set up and run (developers)",
                "## Manual",
                "## Why each dependency is here",
            ][..],
        ),
        ("docs/en/validate.md", &["## Rules"][..]),
        ("docs/da/validate.md", &["## Regler"][..]),
        ("docs/en/format.md", &["## The plan format by example", "## The shipped plans"][..]),
        ("docs/en/development.md", &["## Source layout", "## Robustness", "## Speed at national scale"][..]),
    ] {
        let text = read(path);
        let (found, closed) = headings(&text);
        assert!(closed, "{path} ends inside a code block");
        for section in sections {
            assert!(found.contains(section), "{path}: `{section}` is not a heading: {found:#?}");
        }
    }
    for lang in ["en", "da"] {
        for (path, text) in pages(lang) {
            let (found, closed) = headings(&text);
            assert!(closed, "{path} ends inside a code block");
            // A pasted explanation is output, not sections of the page.
            for leak in ["## Why is this bad?", "## Hvorfor er det et problem?"] {
                assert!(!found.contains(&leak), "{path}: a pasted explanation leaks out of its code block");
            }
        }
    }
}

#[test]
fn every_english_page_has_its_danish_twin_and_links_work() {
    for (path, text) in pages("en").into_iter().chain(pages("da")) {
        let name = Path::new(&path).file_name().expect("name").to_string_lossy().into_owned();
        if path.starts_with("docs/en/") && name != "development.md" {
            assert!(root().join("docs/da").join(&name).exists(), "{path} has no Danish twin");
        }
        let folder = Path::new(&path).parent().expect("folder").to_owned();
        for link in text.split("](").skip(1) {
            let target = link.split(')').next().expect("a link").split('#').next().unwrap_or_default();
            if target.is_empty() || target.starts_with("http") {
                continue;
            }
            assert!(root().join(&folder).join(target).exists(), "{path} links to {target}, which is not there");
        }
    }
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
    let text = read("docs/en/development.md");
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
    assert!(missing.is_empty() && gone.is_empty(), "not in docs/en/development.md: {missing:?}; not in src/: {gone:?}");
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
        assert!(listed.contains(file), "tests/{file} is not in the layout of docs/en/development.md");
    }
    // `RULE` stands for every rule's name.
    for file in listed.iter().filter(|f| !f.contains("RULE")) {
        assert!(tests.join(file).exists(), "docs/en/development.md names tests/{file}, which is gone");
    }
}
