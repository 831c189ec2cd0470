//! The command line: arguments (clap derive), choosing an output format, printing, and the
//! exit status. Everything else is in the library.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use aula_plan::diagnostic::{FileReport, Summary, github, human, json};
use aula_plan::validate;
use clap::{Parser, Subcommand, ValueEnum};

/// Keeps a municipality's Aula implementation plan honest.
///
/// Reads a plan file (TOML, plan format 1) and reports what is wrong with it: reversed dates,
/// references to people or roles that do not exist, loops in the organisation or the training
/// cascade, and every schema mistake, each pointing at its file, line and column.
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
}

#[derive(Debug, clap::Args)]
struct ValidateArgs {
    /// Plan files; a directory means every *.toml file in it; - reads standard input
    #[arg(required = true, value_name = "PLAN")]
    plans: Vec<PathBuf>,

    /// How to print the findings
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    format: OutputFormat,
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
enum ColorWhen {
    /// Colour on a terminal, unless `NO_COLOR` is set
    Auto,
    Always,
    Never,
}

/// Runs the command line and turns the outcome into an exit status.
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.color {
        ColorWhen::Auto => {}
        ColorWhen::Always => anstream::ColorChoice::Always.write_global(),
        ColorWhen::Never => anstream::ColorChoice::Never.write_global(),
    }
    let result = match cli.command {
        Command::Validate(args) => validate_cmd(&args),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            let _ = writeln!(anstream::stderr(), "{}error:{} {e:#}", ERR.render(), ERR.render_reset());
            ExitCode::from(2)
        }
    }
}

const ERR: anstyle::Style = anstyle::AnsiColor::BrightRed.on_default().bold();

fn validate_cmd(args: &ValidateArgs) -> anyhow::Result<ExitCode> {
    let paths = validate::plan_files(&args.plans)?;
    let mut reports: Vec<FileReport> = Vec::with_capacity(paths.len());
    let mut unreadable = false;
    let mut err = anstream::stderr();
    for path in &paths {
        match validate::read(path) {
            Ok(bytes) => {
                let name = if path.as_os_str() == "-" { "<stdin>".to_owned() } else { path.display().to_string() };
                reports.push(validate::validate(name, &bytes, &[]));
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
