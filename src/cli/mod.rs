//! The command line: it parses the arguments ([`args`]), asks at a terminal ([`prompt`]), picks
//! a renderer, and turns how a command ended into an exit status. Everything else is in the
//! library. One module per command family:
//!
//! - `check`: `validate`, `rules`, `explain`
//! - `shift`: `shift`, `reschedule`; `allocate`: `allocate` (both write the plan through `write`)
//! - `record`: `done`, `cancel`, `reopen`, `pin`, `unpin`, `move`, `assign`, `unassign`, `set`
//!   (the progress commands, on one edit pipeline)
//! - `diff`: `diff`
//! - `show`: `show`, `status`, `estimate`
//! - `picture`: `gantt`, `export`
//! - `setup`: `init`, `schema`, `completions`, `man`, `lsp`
//!
//! Exit status: 0 when a command did what it was asked; 1 when it gives its verdict that a plan
//! has errors (or a person declined a write); 2 when it could not do its work (a file that
//! cannot be read, wrong arguments).

/// Ends a command with status 2 and a message, as `anyhow::bail!` does for `anyhow::Result`.
macro_rules! bail {
    ($($message:tt)*) => {
        return Err(crate::cli::Failure::from(anyhow::anyhow!($($message)*)))
    };
}

mod allocate;
mod args;
mod check;
mod diff;
mod help;
mod mistakes;
mod picture;
mod plans;
mod prompt;
mod record;
mod setup;
mod shift;
mod show;
mod steering;
mod write;

use std::io::Write as _;
use std::process::ExitCode;

use aula_plan::diagnostic::human::{self, Tone};
use aula_plan::i18n::Lang;
use clap::{CommandFactory, FromArgMatches};

use self::args::{Cli, ColorWhen, Command};

/// How a command ends when it does not end well: its exit status, and why, unless the command
/// has said so already.
#[derive(Debug)]
pub struct Failure {
    status: u8,
    reason: Option<anyhow::Error>,
}

/// What every command returns.
pub type Outcome = Result<(), Failure>;

impl Failure {
    /// A verdict (status 1): the plan has errors, or a person said no; already shown.
    pub const fn verdict() -> Self {
        Self { status: 1, reason: None }
    }

    /// The work could not be done (status 2); why is already shown.
    pub const fn shown() -> Self {
        Self { status: 2, reason: None }
    }
}

/// Every error the library or the system hands a command means its work could not be done.
macro_rules! fails_with_status_2 {
    ($($error:ty),+ $(,)?) => {$(
        impl From<$error> for Failure {
            fn from(e: $error) -> Self {
                Self { status: 2, reason: Some(e.into()) }
            }
        }
    )+};
}

fails_with_status_2!(anyhow::Error, std::io::Error, serde_json::Error, dialoguer::Error);

/// The library's errors, in the reader's language.
macro_rules! fails_in_words {
    ($($error:ty),+ $(,)?) => {$(
        impl From<$error> for Failure {
            fn from(e: $error) -> Self {
                Self { status: 2, reason: Some(anyhow::anyhow!(e.text().in_lang(lang()).into_owned())) }
            }
        }
    )+};
}

fails_in_words!(
    aula_plan::input::InputError,
    aula_plan::edit::WriteError,
    aula_plan::edit::VerifyError,
    aula_plan::shift::ShiftError,
    aula_plan::allocate::AllocateError,
    aula_plan::plan::UnknownRole,
    aula_plan::plan::UnknownGroup,
    aula_plan::rules::UnknownRule,
    aula_plan::git::GitError,
    aula_plan::export::AudienceError,
    aula_plan::clock::TodayError,
    aula_plan::record::RecordError,
    aula_plan::export::xlsx::WorkbookError,
);

/// The language chosen for this run (`--lang`, `AULA_PLAN_LANG`, the locale), set once at the
/// start as the colour choice is: every command's words are in it.
static LANG: std::sync::OnceLock<Lang> = std::sync::OnceLock::new();

/// The language of this run.
pub fn lang() -> Lang {
    LANG.get().copied().unwrap_or_default()
}

/// The message `id` of `i18n/*/cli.ftl` (or any other file) in this run's language.
pub fn say(id: &'static str, args: &[(&'static str, aula_plan::i18n::Arg)]) -> String {
    lang().text_with(id, args)
}

/// The command line, its help in this run's language.
pub fn command() -> clap::Command {
    help::localized(Cli::command(), lang())
}

/// The language `--lang` (the last one given) or `AULA_PLAN_LANG` asks for, read before clap
/// parses the arguments; none when neither says, or says something clap will refuse.
pub(crate) fn language_asked(args: impl Iterator<Item = std::ffi::OsString>, env: Option<String>) -> Option<Lang> {
    let mut asked = None;
    let mut args = args.map(|a| a.to_string_lossy().into_owned());
    while let Some(arg) = args.next() {
        if arg == "--" {
            break;
        }
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.next(),
            Some(rest) => rest.strip_prefix('=').map(str::to_owned),
            None => continue,
        };
        asked = value.or(asked);
    }
    let word = asked.or(env)?;
    match word.as_str() {
        "da" => Some(Lang::Da),
        "en" => Some(Lang::En),
        _ => None,
    }
}

/// Runs the command line and turns the outcome into an exit status.
pub fn main() -> ExitCode {
    // The language is needed before the arguments are parsed: `--help` and clap's errors speak it.
    let asked = language_asked(std::env::args_os().skip(1), std::env::var("AULA_PLAN_LANG").ok());
    let lang = asked.unwrap_or_else(Lang::of_this_process);
    let _ = LANG.set(lang);
    let matches = command().try_get_matches().unwrap_or_else(|e| mistakes::exit(e, lang));
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => mistakes::exit(e, lang),
    };
    match cli.color {
        ColorWhen::Auto => {}
        ColorWhen::Always => anstream::ColorChoice::Always.write_global(),
        ColorWhen::Never => anstream::ColorChoice::Never.write_global(),
    }
    aula_plan::follow::allow_outside(cli.follow_outside);
    let outcome = match &cli.command {
        Command::Validate(args) => {
            let sub = matches.subcommand_matches("validate").unwrap_or(&matches);
            check::validate(args, sub)
        }
        Command::Shift(args) => shift::run(args),
        Command::Reschedule(args) => shift::reschedule(args),
        Command::Diff(args) => diff::run(args),
        Command::Show { view } => show::view(view),
        Command::Allocate(args) => allocate::run(args),
        Command::Done(args) => record::done(args),
        Command::Cancel(args) => record::cancel(args),
        Command::Reopen(args) => record::reopen(args),
        Command::Pin(args) => record::pin(args, true),
        Command::Unpin(args) => record::pin(args, false),
        Command::Move(args) => record::moving(args),
        Command::Assign(args) => record::assign(args, true),
        Command::Unassign(args) => record::assign(args, false),
        Command::Set(args) => record::set(args),
        Command::Estimate(args) => show::estimate(args),
        Command::Overview(args) => show::overview(args),
        Command::Status(args) => show::status(args),
        Command::Gantt(args) => picture::gantt(args),
        Command::Report(args) => steering::report(args),
        Command::Export(args) => picture::export(args),
        Command::Init(args) => setup::init(args),
        Command::Schema { output } => setup::schema(output.as_deref()),
        Command::Completions { shell } => {
            setup::completions(*shell);
            Ok(())
        }
        Command::Man { dir } => setup::man(dir.as_deref()),
        Command::Rules { format } => check::rules(*format),
        Command::Explain { rule } => check::explain(rule),
        Command::Lsp => setup::lsp(asked),
    };
    let Err(failure) = outcome else { return ExitCode::SUCCESS };
    match failure.reason {
        // The reader went away (`aula-plan rules | head`): nothing left to say to anyone.
        Some(e) if e.downcast_ref::<std::io::Error>().is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe) => {
            ExitCode::SUCCESS
        }
        Some(e) => {
            let _ = writeln!(anstream::stderr(), "{}", human::line(Tone::Error, &format!("{e:#}"), crate::cli::lang()));
            ExitCode::from(failure.status)
        }
        None => ExitCode::from(failure.status),
    }
}
