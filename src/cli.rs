//! The command line: arguments (clap derive), choosing an output format, printing, and the
//! exit status. Everything else is in the library.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, bail};
use aula_plan::diagnostic::{FileReport, Summary, github, human, json};
use aula_plan::rules::{self, Level, Overrides};
use aula_plan::validate;
use clap::{ArgMatches, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use comfy_table::{ContentArrangement, Table, presets};

/// Keeps a municipality's Aula implementation plan honest.
///
/// Reads a plan file (TOML, plan format 1) and reports what is wrong with it: reversed dates,
/// people and roles that do not exist, quotas that do not add up, trainers who are never
/// trained, support chains that lead nowhere, and every schema mistake, each pointing at its
/// file, line and column.
#[derive(Debug, Parser)]
#[command(name = "aula-plan", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,

    /// When to colour the output
    #[arg(long, value_enum, global = true, default_value_t = ColorWhen::Auto, value_name = "WHEN")]
    color: ColorWhen,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check plan files and report every finding
    ///
    /// Exit status: 0 when no plan has errors (warnings allowed), 1 when a plan has errors,
    /// 2 when a plan could not be read or the arguments are wrong.
    Validate(ValidateArgs),
    /// List every rule with its default level
    Rules {
        /// How to print the list
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    /// Explain a rule: what it finds, why it matters, a bad and a fixed example
    Explain {
        /// The rule's name, as `aula-plan rules` lists it
        rule: String,
    },
}

#[derive(Debug, clap::Args)]
struct ValidateArgs {
    /// Plan files; a directory means every *.toml file in it; - reads standard input
    #[arg(required = true, value_name = "PLAN")]
    plans: Vec<PathBuf>,

    /// How to print the findings
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    format: OutputFormat,

    /// Report RULE as an error; `--deny warnings` makes every warning an error
    #[arg(long, short = 'D', value_name = "RULE")]
    deny: Vec<String>,

    /// Report RULE as a warning
    #[arg(long, short = 'W', value_name = "RULE")]
    warn: Vec<String>,

    /// Do not report RULE; `--allow warnings` hides every warning
    #[arg(long, short = 'A', value_name = "RULE")]
    allow: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum OutputFormat {
    /// Source snippets with a caret under each finding, like rustc
    Human,
    /// One JSON document with every finding and a summary
    Json,
    /// GitHub Actions workflow annotations (`::error` file=…,line=…)
    Github,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ListFormat {
    /// A table fitted to the terminal
    Table,
    /// One JSON document
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ColorWhen {
    /// Colour on a terminal, unless `NO_COLOR` is set
    Auto,
    Always,
    Never,
}

const ERR: anstyle::Style = anstyle::AnsiColor::BrightRed.on_default().bold();

/// Runs the command line and turns the outcome into an exit status.
pub fn main() -> ExitCode {
    let matches = Cli::command().get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    match cli.color {
        ColorWhen::Auto => {}
        ColorWhen::Always => anstream::ColorChoice::Always.write_global(),
        ColorWhen::Never => anstream::ColorChoice::Never.write_global(),
    }
    let result = match &cli.command {
        Command::Validate(args) => {
            let sub = matches.subcommand_matches("validate").unwrap_or(&matches);
            lint_overrides(sub).and_then(|o| validate_cmd(args, &o))
        }
        Command::Rules { format } => rules_cmd(*format),
        Command::Explain { rule } => explain_cmd(rule),
    };
    match result {
        Ok(code) => code,
        // The reader went away (`aula-plan rules | head`): nothing left to say to anyone.
        Err(e) if e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe) => {
            ExitCode::SUCCESS
        }
        Err(e) => {
            let _ = writeln!(anstream::stderr(), "{}error:{} {e:#}", ERR.render(), ERR.render_reset());
            ExitCode::from(2)
        }
    }
}

/// `--deny`, `--warn` and `--allow` in the order they were given, as clippy reads them.
fn lint_overrides(matches: &ArgMatches) -> anyhow::Result<Overrides> {
    let mut given: Vec<(usize, Level, &String)> = Vec::new();
    for (id, level) in [("deny", Level::Deny), ("warn", Level::Warn), ("allow", Level::Allow)] {
        if let (Some(indices), Some(values)) = (matches.indices_of(id), matches.get_many::<String>(id)) {
            given.extend(indices.zip(values).map(|(i, v)| (i, level, v)));
        }
    }
    given.sort_by_key(|&(i, ..)| i);
    let mut overrides = Overrides::default();
    for (_, level, name) in given {
        overrides.set(name, level).map_err(|e| anyhow::anyhow!("{e}; `aula-plan rules` lists the rules"))?;
    }
    Ok(overrides)
}

fn validate_cmd(args: &ValidateArgs, overrides: &Overrides) -> anyhow::Result<ExitCode> {
    let paths = validate::plan_files(&args.plans)?;
    let mut reports: Vec<FileReport> = Vec::with_capacity(paths.len());
    let mut unreadable = false;
    let mut err = anstream::stderr();
    for path in &paths {
        match validate::read(path) {
            Ok(bytes) => {
                let name = if path.as_os_str() == "-" { "<stdin>".to_owned() } else { path.display().to_string() };
                reports.push(validate::validate(name, &bytes, overrides));
            }
            Err(e) => {
                unreadable = true;
                writeln!(err, "{}error:{} {e}", ERR.render(), ERR.render_reset())?;
            }
        }
    }
    let mut out = anstream::stdout().lock();
    match args.format {
        OutputFormat::Human => {
            for r in &reports {
                write!(out, "{}", human::render(r))?;
            }
            if !reports.is_empty() {
                writeln!(out, "{}", human::summary(Summary::of(&reports)))?;
            }
        }
        OutputFormat::Json => writeln!(out, "{}", json::render(&reports))?,
        OutputFormat::Github => {
            for r in &reports {
                write!(out, "{}", github::render(r))?;
            }
        }
    }
    out.flush().context("cannot write the findings")?;
    Ok(if unreadable {
        ExitCode::from(2)
    } else if Summary::of(&reports).errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

const fn level_word(level: Level) -> &'static str {
    match level {
        Level::Deny => "error",
        Level::Warn => "warning",
        Level::Allow => "allowed",
    }
}

fn rules_cmd(format: ListFormat) -> anyhow::Result<ExitCode> {
    let mut out = anstream::stdout().lock();
    match format {
        ListFormat::Table => {
            let mut table = Table::new();
            table.load_style(presets::UTF8_FULL_CONDENSED).set_content_arrangement(ContentArrangement::Dynamic);
            table.set_header(["rule", "default", "finds"]);
            for r in rules::ALL {
                table.add_row([r.name, level_word(r.level), r.summary]);
            }
            writeln!(out, "{table}")?;
            writeln!(
                out,
                "`aula-plan explain RULE` explains one; `[lints]` in a plan or --deny/--warn/--allow set levels."
            )?;
        }
        ListFormat::Json => {
            let list: Vec<_> = rules::ALL
                .iter()
                .map(|r| serde_json::json!({"name": r.name, "default": level_word(r.level), "summary": r.summary}))
                .collect();
            writeln!(out, "{}", serde_json::to_string_pretty(&list)?)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn explain_cmd(name: &str) -> anyhow::Result<ExitCode> {
    let Some(rule) = rules::find(name) else {
        let suggestion = aula_plan::diagnostic::closest(name, rules::ALL.iter().map(|r| r.name));
        match suggestion {
            Some(s) => bail!("unknown rule `{name}` (did you mean `{s}`?)"),
            None => bail!("unknown rule `{name}`; `aula-plan rules` lists the rules"),
        }
    };
    let bold = anstyle::Style::new().bold();
    let mut out = anstream::stdout().lock();
    writeln!(out, "{bold}{}{bold:#} ({} by default)\n", rule.name, level_word(rule.level))?;
    writeln!(out, "{}.\n", capitalised(rule.summary))?;
    write!(out, "{}", rule.explanation)?;
    Ok(ExitCode::SUCCESS)
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
