//! Both languages: the Fluent files of `i18n/da/` and `i18n/en/` hold the same messages with
//! the same placeholders; every message the code names exists and every message is named;
//! every finding of every rule fixture is put in words in both languages with every
//! placeholder given; the language is chosen by `--lang`, `AULA_PLAN_LANG` and the locale; and
//! machine output (rule ids) is the same in both.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use aula_plan::diagnostic::human;
use aula_plan::i18n::Lang;
use aula_plan::rules::Overrides;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Each message id of a language's files, with the placeholders (`{ $name }`) it uses, and
/// the file it is in.
fn messages(lang: &str) -> BTreeMap<String, (String, BTreeSet<String>)> {
    let mut out = BTreeMap::new();
    let dir = root().join("i18n").join(lang);
    let mut files: Vec<PathBuf> =
        std::fs::read_dir(&dir).expect("i18n folder").map(|e| e.expect("entry").path()).collect();
    files.sort();
    for file in files {
        let name = file.file_name().expect("name").to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&file).expect("UTF-8");
        let mut current: Option<String> = None;
        for line in text.lines() {
            let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && line.contains(" =");
            if starts_message {
                let id = line.split(" =").next().expect("an id").trim().to_owned();
                assert!(out.insert(id.clone(), (name.clone(), BTreeSet::new())).is_none(), "{lang}: `{id}` twice");
                current = Some(id);
            } else if line.starts_with('#') || line.trim().is_empty() {
                current = None;
                continue;
            }
            let Some(id) = &current else { continue };
            let mut rest = line;
            while let Some(at) = rest.find('$') {
                rest = &rest[at + 1..];
                let end =
                    rest.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-')).unwrap_or(rest.len());
                out.get_mut(id).expect("the message").1.insert(rest[..end].to_owned());
            }
        }
    }
    out
}

#[test]
fn both_languages_have_the_same_messages_files_and_placeholders() {
    let (da, en) = (messages("da"), messages("en"));
    assert!(en.len() > 40, "the English messages are read: {}", en.len());
    let only = |a: &BTreeMap<String, _>, b: &BTreeMap<String, _>| {
        a.keys().filter(|k| !b.contains_key(*k)).cloned().collect::<Vec<_>>()
    };
    assert_eq!(only(&da, &en), Vec::<String>::new(), "in Danish only");
    assert_eq!(only(&en, &da), Vec::<String>::new(), "in English only");
    for (id, (file, uses)) in &en {
        let (da_file, da_uses) = &da[id];
        assert_eq!(file, da_file, "`{id}` is in the same file in both languages");
        assert_eq!(uses, da_uses, "`{id}` uses the same placeholders in both languages");
    }
}

/// Every Rust file of `src/`, with its text.
fn src_files() -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    let mut stack = vec![root().join("src")];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).expect("src") {
            let path = entry.expect("entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("UTF-8");
                out.push((path, text));
            }
        }
    }
    out
}

/// Every string literal of `src/` that looks like a message id.
fn literals_in_src() -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for (_, text) in src_files() {
        for part in text.split('"').skip(1).step_by(2) {
            if !part.is_empty() && part.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
                out.insert(part.to_owned());
            }
        }
    }
    out
}

#[test]
fn every_message_the_code_names_exists_and_every_message_is_named() {
    let en = messages("en");
    let literals = literals_in_src();
    // `--help`'s words are named by the command's path (`arg-shift--months`): the binary's own
    // tests (src/cli/help.rs) check that every one is used and every argument has one.
    // The keys' words are named by the key spec (`key-unit--pupils`): checked below.
    let by_path = |id: &str, file: &str| {
        (file == "help.ftl" && ["cmd", "arg-", "val-", "placeholder-"].iter().any(|p| id.starts_with(p)))
            || (file == "keys.ftl" && (id.starts_with("key-") || id.starts_with("table-")))
    };
    let unused: Vec<&String> =
        en.iter().filter(|(id, (file, _))| !literals.contains(*id) && !by_path(id, file)).map(|(id, _)| id).collect();
    assert!(unused.is_empty(), "messages no code names: {unused:?}");
    // The ids the code asks for by name.
    let mut missing = Vec::new();
    for (path, text) in src_files() {
        for call in ["Text::id(\"", "lang.text(\"", "lang.text_with(\"", "say(\""] {
            for piece in text.split(call).skip(1) {
                let id = piece.split('"').next().expect("an id");
                if !en.contains_key(id) {
                    missing.push(format!("{}: {id}", path.display()));
                }
            }
        }
    }
    assert!(missing.is_empty(), "named but not in i18n/en: {missing:?}");
}

#[test]
fn every_finding_of_every_fixture_is_put_in_words_in_both_languages() {
    let dir = root().join("tests/fixtures/rules");
    let mut checked = 0;
    for entry in std::fs::read_dir(&dir).expect("fixtures") {
        let path = entry.expect("entry").path();
        let bytes = std::fs::read(&path).expect("fixture");
        let report = aula_plan::validate::validate(path.display().to_string(), &bytes, &Overrides::default());
        for lang in [Lang::Da, Lang::En] {
            // A message missing in a language, or shown without a placeholder it uses, stops a
            // debug build (`Lang::text_with`): rendering every finding is the check.
            let text = human::render(&report, lang);
            let json = aula_plan::diagnostic::json::render(std::slice::from_ref(&report), &[], lang);
            assert!(!text.is_empty() || report.findings.is_empty());
            assert!(json.contains("\"findings\""));
        }
        checked += report.findings.len();
    }
    assert!(checked > 30, "the fixtures have findings: {checked}");
}

/// `validate` of the Esbjerg plan with the environment given, and no language setting of the
/// machine running the tests.
fn validate_esbjerg(env: &[(&str, &str)], args: &[&str]) -> String {
    let mut cmd = common::aula_plan();
    for name in ["AULA_PLAN_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        cmd.env_remove(name);
    }
    for (name, value) in env {
        cmd.env(name, value);
    }
    cmd.args(args).args(["validate", "plans/esbjerg-2020.toml", "--color", "never"]);
    common::stdout_of(&mut cmd)
}

#[test]
fn a_danish_locale_gives_danish_and_lang_en_gives_english() {
    let da = validate_esbjerg(&[("LANG", "da_DK.UTF-8")], &[]);
    assert!(da.contains("advarsel[tbd-date]: `") && da.contains("` mangler dato: "), "{da}");
    assert!(da.contains("= forslag: "), "{da}");
    assert!(da.trim_end().ends_with("1 plan gennemgået: 6 fejl, 44 advarsler."), "{da}");
    // LC_ALL wins over LANG, AULA_PLAN_LANG over both, --lang over all.
    let en = validate_esbjerg(&[("LANG", "da_DK.UTF-8"), ("LC_ALL", "en_US.UTF-8")], &[]);
    assert!(en.trim_end().ends_with("Checked 1 plan: 6 errors, 44 warnings."), "{en}");
    let en = validate_esbjerg(&[("LANG", "da_DK.UTF-8"), ("AULA_PLAN_LANG", "en")], &[]);
    assert!(en.contains("warning[tbd-date]: `") && en.contains("` is not dated yet: "), "{en}");
    let da = validate_esbjerg(&[("LC_ALL", "C"), ("AULA_PLAN_LANG", "en")], &["--lang", "da"]);
    assert!(da.contains("advarsel[no-support]"), "{da}");
}

#[test]
fn an_unknown_language_is_refused_with_the_ones_there_are() {
    let out = common::aula_plan()
        .env("AULA_PLAN_LANG", "de")
        .args(["validate", "plans/esbjerg-2020.toml"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("invalid value 'de'") && err.contains("da") && err.contains("en"), "{err}");
}

#[test]
fn rule_ids_and_levels_in_json_and_sarif_are_the_same_in_both_languages() {
    let machine = |lang: &str, format: &str| {
        let text = common::stdout_of(common::aula_plan().args([
            "--lang",
            lang,
            "validate",
            "plans/esbjerg-2020.toml",
            "--format",
            format,
        ]));
        serde_json::from_str::<serde_json::Value>(&text).expect("JSON")
    };
    let ids = |doc: &serde_json::Value| -> Vec<(String, String)> {
        doc["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .map(|f| {
                (f["rule"].as_str().expect("rule").to_owned(), f["severity"].as_str().expect("severity").to_owned())
            })
            .collect()
    };
    let (da, en) = (machine("da", "json"), machine("en", "json"));
    assert_eq!(ids(&da), ids(&en));
    assert_eq!(da["summary"], en["summary"]);
    assert_ne!(da["findings"], en["findings"], "the messages follow the language");
    let (da, en) = (machine("da", "sarif"), machine("en", "sarif"));
    assert_eq!(da["runs"][0]["language"], "da");
    assert_eq!(en["runs"][0]["language"], "en");
    let rules = |doc: &serde_json::Value| {
        doc["runs"][0]["results"]
            .as_array()
            .expect("results")
            .iter()
            .map(|r| (r["ruleId"].clone(), r["level"].clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(rules(&da), rules(&en));
}

#[test]
fn esbjerg_in_danish() {
    let da = validate_esbjerg(&[], &["--lang", "da"]);
    insta::assert_snapshot!("esbjerg-da", da);
}

#[test]
fn a_shift_of_esbjerg_in_danish() {
    let mut cmd = common::aula_plan();
    cmd.args(["--lang", "da", "shift", "plans/esbjerg-2020.toml", "--months", "4", "--from", "2019-05-01"]);
    let out = common::stdout_of(cmd.args(["--color", "never"]));
    assert!(
        out.contains("Ville flytte 12 datoer i 7 aktiviteter 4 måneder frem fra den røde linje 1. maj 2019."),
        "{out}"
    );
    insta::assert_snapshot!("esbjerg-shift-da", out);
}

#[test]
fn every_rule_has_its_line_in_both_languages_and_the_english_is_the_registry_s() {
    for rule in aula_plan::registry::ALL {
        let en = Lang::En.try_text_with(rule.message, &[]).expect("English");
        assert_eq!(en, rule.summary, "{}", rule.name);
        let da = Lang::Da.try_text_with(rule.message, &[]).expect("Danish");
        assert_ne!(da, en, "{} is translated", rule.name);
    }
    let da = common::stdout_of(common::aula_plan().args(["--lang", "da", "rules"]));
    assert!(da.contains("regel") && da.contains("advarsel") && da.contains("`aula-plan explain REGEL`"), "{da}");
}

#[test]
fn a_diff_in_danish_names_kinds_changes_and_differences_in_danish() {
    let dir = tempfile::tempdir().expect("a folder");
    let copy = dir.path().join("esbjerg.toml");
    std::fs::copy(root().join("plans/esbjerg-2020.toml"), &copy).expect("copied");
    let copy = copy.to_str().expect("UTF-8");
    let moved = common::aula_plan()
        .args(["shift", copy, "--months", "4", "--from", "2019-05-01", "--write", "--yes"])
        .args(["--revision-date", "2026-11-22"])
        .output()
        .expect("runs");
    assert!(moved.status.success(), "{}", String::from_utf8_lossy(&moved.stderr));
    let out = common::stdout_of(common::aula_plan().args([
        "--lang",
        "da",
        "diff",
        "plans/esbjerg-2020.toml",
        copy,
        "--color",
        "never",
    ]));
    assert!(out.contains("\nUddannelser\n") && out.contains("┆ ændret ") && out.contains("18 uger frem"), "{out}");
    assert!(
        out.trim_end()
            .ends_with("1 planindstilling, 2 uddannelser, 5 faser og 1 version er ændret; 0 nye fund, 0 rettet."),
        "{out}"
    );
    let json = common::stdout_of(common::aula_plan().args([
        "--lang",
        "da",
        "diff",
        "plans/esbjerg-2020.toml",
        copy,
        "--format",
        "json",
    ]));
    assert!(
        json.contains("\"change\": \"changed\"") && json.contains("\"delta\": \"+4 months\""),
        "JSON keeps its words: {json}"
    );
}

#[test]
fn the_gantt_chart_in_danish_has_danish_words_months_and_page_language() {
    let svg = common::stdout_of(common::aula_plan().args(["--lang", "da", "gantt", "plans/esbjerg-2020.toml"]));
    for word in [">maj<", ">okt<", ">Uddannelse<", ">Dato kendes endnu ikke<", ">ikke dateret<", "aktiviteter"] {
        assert!(svg.contains(word), "{word} in the Danish chart");
    }
    assert!(!svg.contains(">May<") && !svg.contains("Not dated yet"), "no English words");
    // The words a screen reader and a hover read: the chart's title and each arrow's.
    assert!(svg.contains("Esbjerg Kommune: tidsplan</title>"), "the chart's title");
    assert!(!svg.contains(": timeline"));
    let arrows = common::stdout_of(common::aula_plan().args(["--lang", "da", "gantt", "plans/eksempelby-2019.toml"]));
    assert!(arrows.contains("Kommunal administrator slutter, før Skolernes superbrugere begynder"), "{arrows}");
    assert!(!arrows.contains(" ends before ") && !arrows.contains(" starts before "));
    let dir = tempfile::tempdir().expect("a folder");
    let page = dir.path().join("plan.html");
    common::aula_plan().args(["--lang", "da", "gantt", "plans/esbjerg-2020.toml", "-o"]).arg(&page).assert().success();
    let html = std::fs::read_to_string(&page).expect("the page");
    assert!(html.contains(r#"<html lang="da">"#) && html.contains("Lavet af aula-plan"), "a Danish page");
    // The activities under the chart: Danish headers, not their message ids; Danish dates.
    assert!(html.contains(r#"<th scope="col">aktivitet</th>"#) && !html.contains("col-activity"), "{html}");
    assert!(html.contains(r#"<td class="day">uge 41 2019</td>"#), "{html}");
}

#[test]
fn every_view_of_every_plan_is_put_in_words_in_both_languages() {
    use aula_plan::view::{self, Format};
    let mut plans: Vec<PathBuf> = ["plans/esbjerg-2020.toml", "plans/kombit-2016.toml"].map(|p| root().join(p)).into();
    for entry in std::fs::read_dir(root().join("tests/fixtures/rules")).expect("fixtures") {
        plans.push(entry.expect("entry").path());
    }
    let mut shown = 0;
    for path in plans {
        let text = std::fs::read_to_string(&path).expect("plan");
        let Some(plan) = aula_plan::load::load(&text).plan else { continue };
        let today = chrono::NaiveDate::from_ymd_opt(2019, 10, 1).expect("day");
        for lang in [Lang::Da, Lang::En] {
            // A message missing, or shown without a placeholder it uses, stops a debug build.
            let size = view::estimate::Size::of(&plan);
            let list = aula_plan::allocate::allocations(&plan, None).unwrap_or_default();
            let views = [
                view::org::report(&plan, lang),
                view::roles::report(&plan, lang),
                view::people::report(&plan, lang),
                view::training::report(&plan, lang),
                view::cascade::report(&plan, lang),
                view::timeline::report(&plan, 100, lang),
                view::support::report(&plan, None, lang),
                view::status::report(&plan, today, 4, lang),
                view::estimate::report(&plan, &plan, size, lang),
                view::allocate::report(&plan, &list, lang),
            ];
            for r in &views {
                assert_eq!(r.lang, lang);
                for format in [Format::Table, Format::Markdown, Format::Json] {
                    assert!(!view::render(r, format).is_empty());
                }
                shown += 1;
            }
        }
    }
    assert!(shown > 100, "{shown}");
}

/// `aula-plan ARGS` in Danish, without colour.
fn in_danish(args: &[&str]) -> String {
    let mut cmd = common::aula_plan();
    cmd.args(["--lang", "da"]).args(args).env("COLUMNS", "160");
    common::stdout_of(&mut cmd)
}

#[test]
fn show_timeline_status_and_roles_of_esbjerg_in_danish() {
    let timeline = in_danish(&["show", "timeline", "plans/esbjerg-2020.toml"]);
    for words in ["Tidsplan", "aktivitet", "uge 41 2019", "pr. kolonne"] {
        assert!(timeline.contains(words), "{words}: {timeline}");
    }
    insta::assert_snapshot!("esbjerg-timeline-da", timeline);
    let status = in_danish(&["status", "plans/esbjerg-2020.toml", "--today", "2019-10-01"]);
    assert!(status.contains("Status den 1. oktober 2019"), "{status}");
    // The plan, written in March 2020, does not mark the courses of spring 2019 done.
    assert!(status.contains("forbi, ikke registreret som gennemført"), "{status}");
    assert!(status.contains("Kommende: begynder inden for"), "{status}");
    // JSON keeps the data: the state's value is the same word in both languages.
    let json = in_danish(&["status", "plans/esbjerg-2020.toml", "--today", "2019-10-01", "--format", "json"]);
    assert!(json.contains("\"state\": \"ended\"") && json.contains("\"state\": \"running\""), "{json}");
    let roles = in_danish(&["show", "roles", "plans/esbjerg-2020.toml", "--format", "markdown"]);
    assert!(roles.starts_with("## Roller\n"), "{roles}");
    assert!(roles.contains("| rolle") && roles.contains("kvote"), "{roles}");
}

#[test]
fn the_calendar_and_the_document_in_danish() {
    let ics = in_danish(&["export", "plans/esbjerg-2020.toml", "--to", "ics"]);
    assert!(ics.contains("Dato i planen: ") || ics.contains("Datoer i planen: "), "{ics}");
    assert!(ics.contains("CATEGORIES:Uddannelse"), "{ics}");
    assert!(ics.contains("//DA"), "{ics}");
    let md = in_danish(&["export", "plans/esbjerg-2020.toml", "--to", "markdown"]);
    for words in ["## Fund", "`aula-plan validate` finder 6 fejl og", "## Uddannelseskaskade"] {
        assert!(md.contains(words), "{words}");
    }
}

#[test]
fn every_rule_manual_has_a_danish_twin_with_the_same_examples() {
    fn blocks(text: &str) -> Vec<&str> {
        text.split("```").skip(1).step_by(2).collect()
    }
    for rule in aula_plan::registry::ALL {
        let (en, da) = (rule.explanation, rule.explanation_da);
        for heading in ["## Hvad den gør\n", "## Hvorfor er det et problem?\n", "## Eksempel\n", "## Gør i stedet\n"]
        {
            assert!(da.contains(heading), "{}: {heading}", rule.name);
        }
        assert!(!da.contains("## What it does"), "{}", rule.name);
        // The examples are the plan's TOML: the same in both, but for Danish comments.
        let strip = |b: &str| b.lines().map(|l| l.split(" # ").next().unwrap_or(l).to_owned()).collect::<Vec<_>>();
        let (en, da) = (blocks(en), blocks(da));
        assert_eq!(en.len(), da.len(), "{}", rule.name);
        for (a, b) in en.iter().zip(&da) {
            assert_eq!(strip(a), strip(b), "{}", rule.name);
        }
    }
}

#[test]
fn explain_in_danish() {
    let out = in_danish(&["explain", "vacant-seat"]);
    assert!(out.starts_with("vacant-seat (advarsel som standard)\n"), "{out}");
    assert!(out.contains("\nHvorfor er det et problem?\n") && !out.contains("## "), "{out}");
    insta::assert_snapshot!("explain-vacant-seat-da", out);
    let mut cmd = common::aula_plan();
    let out = cmd.args(["--lang", "da", "explain", "vacant-set"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).expect("UTF-8");
    assert!(err.contains("ukendt regel `vacant-set` (mente du `vacant-seat`?)"), "{err}");
}

#[test]
fn refusals_and_library_errors_in_danish() {
    let run = |args: &[&str]| {
        let out = common::aula_plan().args(["--lang", "da"]).args(args).output().expect("runs");
        (out.status.code(), String::from_utf8(out.stderr).expect("UTF-8"))
    };
    let (code, err) = run(&["validate", "no-such-plan.toml"]);
    assert_eq!(code, Some(2));
    assert!(err.contains("kan ikke læse no-such-plan.toml: "), "{err}");
    let (code, err) = run(&["export", "plans/esbjerg-2020.toml", "--to", "csv", "-o", "plans/esbjerg-2020.toml"]);
    assert_eq!(code, Some(2));
    assert!(
        err.contains("plans/esbjerg-2020.toml er en plan, som kommandoen læser; den bliver ikke overskrevet"),
        "{err}"
    );
    let (_, err) = run(&["shift", "plans/esbjerg-2020.toml", "--months", "1", "--track", "skoler"]);
    assert!(err.contains("ingen aktivitet har sporet `skoler`"), "{err}");
    let (_, err) = run(&["show", "support", "plans/esbjerg-2020.toml", "--role", "school-superuserx"]);
    assert!(err.contains("ingen rolle har id `school-superuserx` (mente du"), "{err}");
    let (_, err) = run(&["export", "plans/esbjerg-2020.toml", "--to", "csv", "--for", "school-superuser"]);
    assert!(err.contains("--for vælger begivenhederne i en kalender"), "{err}");
}

#[test]
fn init_asks_and_comments_in_danish() {
    let dir = tempfile::tempdir().expect("temp dir");
    let file = dir.path().join("plan.toml");
    let mut cmd = common::aula_plan();
    cmd.args(["--lang", "da", "init"]).arg(&file).args(["--municipality", "Ærø Kommune", "--no-input", "--no-schema"]);
    let out = common::stdout_of(&mut cmd);
    assert!(out.starts_with("Skrev "), "{out}");
    assert!(out.contains("`aula-plan validate` finder 0 fejl"), "{out}");
    let text = std::fs::read_to_string(&file).expect("plan");
    assert!(text.starts_with("# Implementeringsplan for Aula, Ærø Kommune. Lavet med `aula-plan init` den "), "{text}");
    assert!(text.contains("# Historik og kalender\n"), "{text}");
    assert!(!text.contains("# History"), "{text}");
}

#[test]
fn help_in_danish() {
    let top = in_danish(&["--help"]);
    assert!(top.contains("Brug: aula-plan [TILVALG] <KOMMANDO>"), "{top}");
    assert!(top.contains("Kommandoer:\n  validate     Tjek planfiler og meld alle fund"), "{top}");
    let shift = in_danish(&["shift", "--help"]);
    insta::assert_snapshot!("help-shift-da", shift);
    // `--lang en` and the English locale give clap's own words.
    let mut cmd = common::aula_plan();
    let en = common::stdout_of(cmd.args(["--lang", "en", "--help"]));
    assert!(en.contains("Usage: aula-plan [OPTIONS] <COMMAND>"), "{en}");
}

#[test]
fn a_mistake_in_the_arguments_in_danish() {
    let out =
        common::aula_plan().args(["--lang", "da", "validate", "--format", "jsn", "x.toml"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).expect("UTF-8");
    assert!(err.contains("fejl: ugyldig værdi 'jsn' til '--format <FORMAT>'"), "{err}");
    assert!(err.contains("tip: der findes en lignende værdi: 'json'"), "{err}");
    assert!(err.contains("Se mere med '--help'."), "{err}");
    let out = common::aula_plan().args(["--lang", "da", "shift", "x.toml"]).output().expect("runs");
    let err = String::from_utf8(out.stderr).expect("UTF-8");
    assert!(err.contains("disse påkrævede argumenter mangler:"), "{err}");
    assert!(err.contains("Brug: aula-plan shift [TILVALG]"), "{err}");
}

#[test]
fn every_table_and_key_of_the_spec_has_its_words_in_both_languages_and_the_english_is_the_spec_s() {
    let (en, da) = (messages("en"), messages("da"));
    let mut named = BTreeSet::new();
    for t in aula_plan::spec::TABLES {
        let mut pairs = vec![(t.doc_id(), t.doc)];
        pairs.extend(t.keys.iter().map(|k| (t.key_doc_id(k), k.doc)));
        for (id, doc) in pairs {
            assert_eq!(Lang::En.text(&id), doc, "{id}: the English is the spec's");
            assert!(da.contains_key(&id), "{id} has no Danish");
            named.insert(id);
        }
    }
    let extra: Vec<&String> = en
        .iter()
        .filter(|(id, (file, _))| file == "keys.ftl" && (id.starts_with("key-") || id.starts_with("table-")))
        .map(|(id, _)| id)
        .filter(|id| !named.contains(*id))
        .collect();
    assert!(extra.is_empty(), "keys.ftl has words for keys the spec lacks: {extra:?}");
}

/// A JSON value without its descriptions and titles.
fn strip(v: &serde_json::Value) -> serde_json::Value {
    match v {
        serde_json::Value::Object(m) => m
            .iter()
            .filter(|(k, _)| *k != "description" && *k != "title")
            .map(|(k, v)| (k.clone(), strip(v)))
            .collect::<serde_json::Map<_, _>>()
            .into(),
        serde_json::Value::Array(a) => a.iter().map(strip).collect(),
        other => other.clone(),
    }
}

#[test]
fn the_schema_in_danish_describes_every_key_in_danish_and_is_the_same_schema() {
    let en = aula_plan::schema::schema(Lang::En);
    let da = aula_plan::schema::schema(Lang::Da);
    let unit = &da["properties"]["unit"]["items"];
    assert_eq!(unit["description"], "Et led i organisationstræet");
    assert_eq!(unit["properties"]["pupils"]["description"], Lang::Da.text("key-unit--pupils"));
    // Only the descriptions differ: without them the two are one schema.
    assert_eq!(strip(&en), strip(&da));
}

/// A Danish word where the format wants its English keyword gets the keyword as "did you mean",
/// from the catalogue's own translations (a state, a column, a cell), in either language.
#[test]
fn danish_words_in_a_plan_get_the_format_s_english_word() {
    for lang in ["da", "en"] {
        let out = common::aula_plan()
            .env("AULA_PLAN_LANG", lang)
            .args(["validate", "tests/fixtures/record/danish-words.toml", "--color", "never"])
            .output()
            .expect("runs");
        let text = String::from_utf8(out.stdout).expect("UTF-8");
        let hint =
            |word: &str| if lang == "da" { format!("mente du `{word}`?") } else { format!("did you mean `{word}`?") };
        for (said, meant) in [
            ("gennemført", "done"),
            ("afholdt", "done"),
            ("færdig", "done"),
            ("udført", "done"),
            ("aflyst", "cancelled"),
            ("slut", "end"),
            ("ja", "true"),
            ("nej", "false"),
        ] {
            let at = text
                .find(&format!("\"{said}\""))
                .or_else(|| text.find(&format!("`{said}`")))
                .unwrap_or_else(|| panic!("{said}: {text}"));
            assert!(text[at..].contains(&hint(meant)), "{lang}: {said} → {meant}: {text}");
        }
    }
}

/// `start = 25.01.19`, as the source writes its days: a message in the reader's language with the
/// day as the format wants it, not the parser's "invalid float".
#[test]
fn a_danish_date_gets_its_iso_form() {
    let run = |lang: &str| {
        let out = common::aula_plan()
            .env("AULA_PLAN_LANG", lang)
            .args(["validate", "tests/fixtures/record/danish-dates.toml", "--color", "never"])
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(1));
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    let da = run("da");
    assert!(da.contains("`25.01.19` er en dato skrevet på dansk"), "{da}");
    assert!(da.contains("skriv datoen som år-måned-dag: 2019-01-25"), "{da}");
    assert!(da.contains("skriv datoen som år-måned-dag: 2018-02-28"), "{da}");
    assert!(!da.contains("invalid float"), "{da}");
    let en = run("en");
    assert!(en.contains("write the day as year-month-day: 2019-01-25"), "{en}");
}

/// `start = 04.03.19` is one mistake: one finding (not two), whose example week and month are
/// the date's own (issue 37), in both languages.
#[test]
fn a_danish_date_is_one_finding_with_its_own_week_and_month() {
    let dir = tempfile::tempdir().expect("tempdir");
    let plan = dir.path().join("plan.toml");
    std::fs::write(
        &plan,
        "format = 1\n[plan]\ntitle = \"T\"\nroot = \"v\"\n[[unit]]\nid = \"v\"\nname = \"V\"\nkind = \"vendor\"\n[[phase]]\nid = \"a\"\nname = \"A\"\nstart = 04.03.19\nend = 2019-03-05\n",
    )
    .expect("write");
    for (lang, words) in [
        ("en", "(a week: \"2019-W10\"; a month: \"2019-03\")"),
        ("da", "(en uge: \"2019-W10\"; en måned: \"2019-03\")"),
    ] {
        let out = common::aula_plan()
            .env("AULA_PLAN_LANG", lang)
            .args(["validate", "--format", "concise"])
            .arg(&plan)
            .output()
            .expect("runs");
        let text = String::from_utf8(out.stdout).expect("UTF-8");
        assert_eq!(text.matches("error[parse-error]").count() + text.matches("fejl[parse-error]").count(), 1, "{text}");
        let full = common::stdout_of(common::aula_plan().env("AULA_PLAN_LANG", lang).arg("validate").arg(&plan));
        assert!(full.contains(words), "{lang}: {full}");
    }
}

#[test]
fn a_file_that_is_not_there_is_said_in_the_reader_s_language_not_the_system_s() {
    let dir = tempfile::tempdir().expect("tempdir");
    let gone = dir.path().join("mangler.toml");
    for (lang, says) in [("da", "kan ikke læse"), ("en", "cannot read")] {
        let out = common::aula_plan().args(["--lang", lang, "validate"]).arg(&gone).output().expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{err}");
        let words = if lang == "da" { "filen findes ikke" } else { "there is no such file" };
        assert!(err.contains(says) && err.contains(words), "{err}");
        assert!(!err.contains("os error"), "{err}");
    }
}

#[test]
fn danish_sarif_describes_its_rules_in_danish_as_its_results() {
    let out = common::aula_plan()
        .args(["--lang", "da", "validate", "plans/esbjerg-2020.toml", "--format", "sarif"])
        .output()
        .expect("runs");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("SARIF");
    let rules = doc["runs"][0]["tool"]["driver"]["rules"].as_array().expect("rules");
    let parse = rules.iter().find(|r| r["id"] == "parse-error").expect("parse-error");
    assert_eq!(parse["shortDescription"]["text"], "filen er ikke gyldig TOML (altid en fejl)");
    assert!(parse["help"]["markdown"].as_str().expect("help").starts_with("## Hvad den gør"));
}
