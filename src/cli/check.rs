//! `validate`, `rules` and `explain`: the findings of plans, and the rules that make them.

use std::io::Write as _;

use anyhow::Context as _;
use aula_plan::diagnostic::human::{self, Tone};
use aula_plan::diagnostic::{CheckedPlan, Summary, Unreadable, concise, github, json, sarif};
use aula_plan::i18n::Lang;
use aula_plan::registry::{self, Level};
use aula_plan::rules::Overrides;
use aula_plan::suggest::closest;
use aula_plan::validate;
use clap::ArgMatches;

use super::args::{ListFormat, OutputFormat, ValidateArgs};
use super::{Failure, Outcome};

/// `--deny`, `--warn` and `--allow` in the order they were given, as clippy reads them.
fn lint_overrides(matches: &ArgMatches) -> Result<Overrides, Failure> {
    let mut given: Vec<(usize, Level, &String)> = Vec::new();
    for (id, level) in [("deny", Level::Deny), ("warn", Level::Warn), ("allow", Level::Allow)] {
        if let (Some(indices), Some(values)) = (matches.indices_of(id), matches.get_many::<String>(id)) {
            given.extend(indices.zip(values).map(|(i, v)| (i, level, v)));
        }
    }
    given.sort_by_key(|&(i, ..)| i);
    let mut overrides = Overrides::default();
    for (_, level, name) in given {
        if name == aula_plan::registry::PARSE_ERROR.name && level != Level::Deny {
            return Err(anyhow::anyhow!("{}", super::say("cli-parse-error-fixed", &[])).into());
        }
        overrides
            .set(name, level)
            .map_err(|e| anyhow::anyhow!("{}{}", e.text().in_lang(super::lang()), super::say("cli-rules-list", &[])))?;
    }
    Ok(overrides)
}

/// `aula-plan validate`: status 1 when a plan has errors, 2 when one could not be read.
pub fn validate(args: &ValidateArgs, matches: &ArgMatches) -> Outcome {
    let overrides = lint_overrides(matches)?;
    let lang = super::lang();
    // A plan that cannot be read is said on standard error, and is part of every machine
    // format's output too: CI never loses a file.
    let (paths, mut failed) = aula_plan::input::plan_files_each(&args.plans);
    let mut reports: Vec<CheckedPlan> = Vec::with_capacity(paths.len());
    // Plans are checked in parallel, and reported in the order they were given.
    for result in validate::validate_all(&paths, &overrides) {
        match result {
            Ok(report) => reports.push(report),
            Err(e) => failed.push(e),
        }
    }
    let unreadable: Vec<Unreadable> = failed
        .iter()
        .map(|e| Unreadable { path: e.path().to_owned(), message: e.text().in_lang(lang).into() })
        .collect();
    let mut err = anstream::stderr();
    for u in &unreadable {
        writeln!(err, "{}", human::line(Tone::Error, &u.message, crate::cli::lang()))?;
    }
    let mut out = anstream::stdout().lock();
    match args.format {
        OutputFormat::Human => {
            for r in &reports {
                write!(out, "{}", human::render(r, lang))?;
            }
            if !reports.is_empty() {
                writeln!(out, "{}", human::summary(Summary::of(&reports), lang))?;
            }
        }
        OutputFormat::Concise => {
            for r in &reports {
                write!(out, "{}", concise::render(r, lang))?;
            }
            if !reports.is_empty() {
                writeln!(out, "{}", human::summary(Summary::of(&reports), lang))?;
            }
        }
        OutputFormat::Json => writeln!(out, "{}", json::render(&reports, &unreadable, lang))?,
        OutputFormat::Github => {
            for u in &unreadable {
                write!(out, "{}", github::unreadable(u))?;
            }
            for r in &reports {
                write!(out, "{}", github::render(r, lang))?;
            }
        }
        OutputFormat::Sarif => {
            let base = args.base.clone().unwrap_or_else(|| std::path::PathBuf::from("."));
            writeln!(out, "{}", sarif::render(&reports, &unreadable, &base, lang))?;
        }
    }
    out.flush().context(super::say("cli-cannot-write-findings", &[]))?;
    if !unreadable.is_empty() {
        Err(Failure::shown())
    } else if Summary::of(&reports).errors > 0 {
        Err(Failure::verdict())
    } else {
        Ok(())
    }
}

/// `aula-plan rules`: every rule with its default level.
/// What a level makes of a finding, in the reader's language.
fn level_word(l: Level, lang: Lang) -> String {
    lang.text(match l {
        Level::Deny => "level-error",
        Level::Warn => "level-warning",
        Level::Allow => "level-allowed",
    })
}

pub fn rules(format: ListFormat) -> Outcome {
    let lang = super::lang();
    let level = |l: Level| level_word(l, lang);
    let mut out = anstream::stdout().lock();
    match format {
        ListFormat::Table => {
            let header = ["rules-column-rule", "rules-column-default", "rules-column-finds"].map(|id| lang.text(id));
            let mut table = aula_plan::table::new(header.each_ref().map(String::as_str));
            for r in registry::ALL {
                table.add_row([r.name.to_owned(), level(r.level), lang.text(r.message)]);
            }
            aula_plan::table::keep_words_whole(&mut table);
            writeln!(out, "{table}")?;
            writeln!(out, "{}", lang.text("rules-footer"))?;
        }
        ListFormat::Json => {
            // Names and levels are the same in every language; the summary follows it.
            let list: Vec<_> = registry::ALL
                .iter()
                .map(|r| serde_json::json!({"name": r.name, "default": r.level.outcome(), "summary": lang.text(r.message)}))
                .collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&list)?)?;
        }
    }
    Ok(())
}

/// `aula-plan explain RULE`: what it finds, why it matters, a bad and a fixed example.
pub fn explain(name: &str) -> Outcome {
    let lang = super::lang();
    let Some(rule) = registry::find(name) else {
        let suggestion = closest(name, registry::ALL.iter().map(|r| r.name));
        let unknown = aula_plan::rules::UnknownRule { name: name.to_owned(), suggestion };
        let list = if suggestion.is_none() { super::say("cli-rules-list", &[]) } else { String::new() };
        bail!("{}{list}", unknown.text().in_lang(lang))
    };
    let bold = anstyle::Style::new().bold();
    let mut out = anstream::stdout().lock();
    let heading = super::say(
        "cli-explain-heading",
        &[("rule", rule.name.into()), ("level", level_word(rule.level, lang).into())],
    );
    writeln!(out, "{bold}{heading}{bold:#}\n")?;
    writeln!(out, "{}.\n", capitalised(&lang.text(rule.message)))?;
    let explanation = match lang {
        Lang::Da => rule.explanation_da,
        Lang::En => rule.explanation,
    };
    write!(out, "{}", for_terminal(explanation))?;
    Ok(())
}

/// An explanation's Markdown as a terminal shows it: a `## heading` in bold without its marks,
/// a fenced example indented four spaces without its fences, the rest as written. The bold
/// is dropped where the output is not a terminal, as every colour is.
fn for_terminal(markdown: &str) -> String {
    let bold = anstyle::Style::new().bold();
    let mut out = String::with_capacity(markdown.len());
    let mut in_code = false;
    for line in markdown.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if in_code {
            out.push_str("    ");
            out.push_str(line);
            out.push('\n');
        } else if let Some(heading) = line.strip_prefix("## ") {
            out.push_str(&bold.render().to_string());
            out.push_str(heading);
            out.push_str(&bold.render_reset().to_string());
            out.push('\n');
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
