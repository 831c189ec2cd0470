//! The command line: arguments (clap derive), choosing an output format, printing, and the
//! exit status. Everything else is in the library.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, bail};
use aula_plan::diagnostic::Severity;
use aula_plan::diagnostic::{FileReport, Summary, github, human, json, plural};
use aula_plan::diff;
use aula_plan::edit::{unified_diff, write_atomically};
use aula_plan::git::{self, Version};
use aula_plan::load;
use aula_plan::plan::PlanDate;
use aula_plan::plan::date::Step;
use aula_plan::registry::{self as rules, Level};
use aula_plan::report;
use aula_plan::rules::Overrides;
use aula_plan::shift::{self, Request, RevisionEntry};
use aula_plan::validate;
use chrono::NaiveDate;
use clap::{ArgGroup, ArgMatches, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

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
    #[arg(long, value_enum, global = true, default_value_t = ColorWhen::Auto, value_name = "WHEN", display_order = 900)]
    color: ColorWhen,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Check plan files and report every finding
    ///
    /// Exit status: 0 when no plan has errors (warnings allowed), 1 when a plan has errors,
    /// 2 when a plan could not be read or the arguments are wrong.
    Validate(ValidateArgs),
    /// Move the plan's dates after a national delay, keeping the file as it was written
    ///
    /// Moves `date`, `start` and `end` of trainings and phases (never the plan's own date, its
    /// revisions or its calendar). Without --write, shows the change as a diff and a table and
    /// writes nothing. With --write, writes the plan atomically and records the shift as a new
    /// [[revision]].
    ///
    /// Exit status: 0 when shown or written, 1 when the plan has errors that must be fixed first
    /// or the write was declined, 2 when the arguments are wrong or the file cannot be written.
    Shift(ShiftArgs),
    /// Show what changed between two versions of a plan
    ///
    /// Each side is a plan file, or REV:PATH read from git (`HEAD~1:plans/x.toml`, as `git show`
    /// takes it); `aula-plan diff PLAN --since REV` compares PLAN as it was at REV with PLAN now.
    /// Entities are compared by id; findings by rule and message.
    ///
    /// Exit status: 0, or 1 with --exit-code when the versions differ and with
    /// --fail-on-new-errors when the newer one has new errors; 2 when a version cannot be read.
    Diff(DiffArgs),
    /// Show one view of a plan as a table (or JSON, or CSV for Excel)
    Show {
        #[command(subcommand)]
        view: ShowView,
    },
    /// Divide quotas over units: by pupils (largest remainder, with D'Hondt and Sainte-Laguë
    /// beside it) or one seat per pedagogical leader; --write puts the result in `seats`
    Allocate(AllocateArgs),
    /// KOMBIT's resource estimate, scaled to the plan's schools and day-care institutions
    Estimate(EstimateArgs),
    /// Draw the timeline as a Gantt chart, in SVG or as a page of HTML
    ///
    /// A swimlane per track and a row per training and phase, coloured by kind (training,
    /// setup, parents and pupils; a go-live is a diamond), arrows for `after`, a month and week
    /// axis, the red line of the latest shift, open ends fading out, and a column for what is
    /// not dated yet.
    Gantt(GanttArgs),
    /// Export the plan: a calendar (ICS), one CSV of every entity, a Markdown document, or JSON
    Export(ExportArgs),
    /// Start a new plan: a few questions (or flags), then a commented plan that validates
    ///
    /// Asks for the municipality, its schools and their pupils, its day-care institutions and
    /// their pedagogical leaders, the vendor's courses to buy and the first course's date; the
    /// rest comes from the national template, with `tbd` where nothing is known yet. Asks only
    /// when run at a terminal; with --no-input (or no terminal) it takes the flags instead.
    /// Writes the plan format's schema next to the plan, for editors, unless it is there.
    Init(InitArgs),
    /// Print the JSON Schema of the plan format, for editors that complete keys (taplo, Even
    /// Better TOML)
    Schema {
        /// Write it to FILE instead of standard output
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Print a shell's completion script (bash, zsh, fish or powershell)
    ///
    /// For bash: `aula-plan completions bash > ~/.local/share/bash-completion/completions/aula-plan`
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), or write a page for every command into a folder
    Man {
        /// Write aula-plan.1 and aula-plan-COMMAND.1 into DIR
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
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

#[derive(Debug, clap::Args)]
#[command(group(ArgGroup::new("step").required(true).args(["months", "weeks", "days"])))]
struct ShiftArgs {
    /// The plan file
    #[arg(value_name = "PLAN")]
    plan: PathBuf,

    /// Move by N calendar months; a negative N moves earlier
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    months: Option<i32>,

    /// Move by N weeks
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    weeks: Option<i32>,

    /// Move by N days
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    days: Option<i32>,

    /// The red line: move only activities that start on or after DATE (2019-05-01, 2019-W18
    /// or 2019-05)
    #[arg(long, value_name = "DATE", value_parser = red_line)]
    from: Option<PlanDate>,

    /// Move only activities of track T (repeat for more)
    #[arg(long = "track", value_name = "T")]
    tracks: Vec<String>,

    /// Move only the training or phase ID (repeat for more)
    #[arg(long, value_name = "ID")]
    only: Vec<String>,

    /// Move a moved day that falls on a weekend, public holiday or closed period on to the
    /// next working day
    #[arg(long)]
    workdays: bool,

    /// Write the shifted plan and add a [[revision]] recording the shift
    #[arg(long)]
    write: bool,

    /// Write without asking (aula-plan asks only when run at a terminal)
    #[arg(long, short = 'y', requires = "write")]
    yes: bool,

    /// Why the plan moved, recorded as the new revision's note
    #[arg(long, value_name = "TEXT")]
    reason: Option<String>,

    /// The date recorded in the new revision [default: today]
    #[arg(long, value_name = "DAY", value_parser = revision_day)]
    revision_date: Option<NaiveDate>,
}

#[derive(Debug, clap::Args)]
struct DiffArgs {
    /// The older version: a plan file, or REV:PATH from git
    #[arg(value_name = "OLD")]
    old: String,

    /// The newer version: a plan file, or REV:PATH from git
    #[arg(value_name = "NEW", required_unless_present = "since", conflicts_with = "since")]
    new: Option<String>,

    /// Compare OLD as it was at git revision REV with OLD as it is now
    #[arg(long, value_name = "REV")]
    since: Option<String>,

    /// How to print the differences
    #[arg(long, value_enum, default_value_t = DiffFormat::Table)]
    format: DiffFormat,

    /// Exit with status 1 when the versions differ, 0 when they do not (as `git diff --exit-code`)
    #[arg(long)]
    exit_code: bool,

    /// Exit with status 1 when the newer version has errors the older one did not have
    #[arg(long)]
    fail_on_new_errors: bool,
}

#[derive(Debug, clap::Args)]
struct ReportArgs {
    /// The plan file; - reads standard input
    #[arg(value_name = "PLAN")]
    plan: PathBuf,

    /// How to print the view
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    format: ReportFormat,
}

#[derive(Debug, Subcommand)]
enum ShowView {
    /// The organisation tree, with pupils, leaders and seat shares per unit
    Org(ReportArgs),
    /// Each role: unit, quota or population, named, tentative and vacant seats, support
    Roles(ReportArgs),
    /// Each person: unit, roles, tentative, the trainings they take and teach
    People(ReportArgs),
    /// Each training: trainer → trainees, seats, duration, dates, who pays
    Training(ReportArgs),
    /// The train-the-trainer chain as a tree from the root, with where it breaks
    Cascade(ReportArgs),
    /// Every activity in date order, and a text Gantt chart fitted to the width
    Timeline(ReportArgs),
    /// Escalation paths: whom each role turns to, up to the vendor, and the technical line
    Support {
        #[command(flatten)]
        args: ReportArgs,
        /// Show one role's path, a row a step
        #[arg(long, value_name = "ROLE")]
        role: Option<String>,
    },
}

#[derive(Debug, clap::Args)]
struct AllocateArgs {
    #[command(flatten)]
    args: ReportArgs,

    /// Only this role (default: every role with a `split`)
    #[arg(long, value_name = "ROLE")]
    role: Option<String>,

    /// Write the allocated seats into the units' `seats`, keeping the rest of the file as it is
    #[arg(long)]
    write: bool,

    /// Write without asking (aula-plan asks only when run at a terminal)
    #[arg(long, short = 'y', requires = "write")]
    yes: bool,
}

#[derive(Debug, clap::Args)]
struct EstimateArgs {
    #[command(flatten)]
    args: ReportArgs,

    /// The plan whose [estimate] is the model [default: PLAN itself]
    #[arg(long, value_name = "MODEL")]
    model: Option<PathBuf>,

    /// Scale to N schools [default: the plan's units of kind school, or the model's basis when it has none]
    #[arg(long, value_name = "N")]
    schools: Option<u64>,

    /// Scale to N day-care institutions [default: the plan's units of kind daycare or childminding, or the
    /// model's basis]
    #[arg(long, value_name = "N")]
    daycare: Option<u64>,
}

// Each bool is a flag of the command line.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, clap::Args)]
struct InitArgs {
    /// The plan file to make
    #[arg(value_name = "FILE")]
    file: PathBuf,

    /// Ask nothing: take the flags, and the national template for the rest
    #[arg(long)]
    no_input: bool,

    /// Replace FILE if it exists
    #[arg(long)]
    force: bool,

    /// The municipality (needed without questions)
    #[arg(long, value_name = "NAME")]
    municipality: Option<String>,

    /// A school and its pupils (repeat for each school)
    #[arg(long = "school", value_name = "NAME=PUPILS", value_parser = aula_plan::init::institution)]
    schools: Vec<aula_plan::init::Institution>,

    /// A day-care institution and its pedagogical leaders (repeat for each)
    #[arg(long = "daycare", value_name = "NAME=LEADERS", value_parser = aula_plan::init::institution)]
    daycare: Vec<aula_plan::init::Institution>,

    /// Municipal administrators, and seats on the vendor's course for them [default: 2]
    #[arg(long, value_name = "N")]
    admins: Option<u64>,

    /// School super-users, shared out over the schools by pupils [default: one per school]
    #[arg(long, value_name = "N")]
    school_superusers: Option<u64>,

    /// Do not buy the vendor's course for school super-users: the administrators train them
    #[arg(long)]
    no_school_course: bool,

    /// Do not buy the vendor's course for day-care super-users: the administrators train them
    #[arg(long)]
    no_daycare_course: bool,

    /// The date of the administrators' course (2027-01-11, 2027-W02 or 2027-01) [default: tbd]
    #[arg(long, value_name = "DATE", value_parser = red_line)]
    first_course: Option<PlanDate>,

    /// Do not write the schema file next to the plan (nor the plan's `#:schema` line)
    #[arg(long)]
    no_schema: bool,
}

#[derive(Debug, clap::Args)]
struct GanttArgs {
    /// The plan file; - reads standard input
    #[arg(value_name = "PLAN")]
    plan: PathBuf,

    /// Write the chart to FILE (FILE.svg or FILE.html); without it, or with -, SVG goes to
    /// standard output
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,

    /// svg or html [default: from the output file's extension]
    #[arg(long, value_enum)]
    format: Option<ChartFormat>,

    /// Draw the red line at DATE (2019-05-01, 2019-W18 or 2019-05) [default: the cutoff of the
    /// latest shift the plan records]
    #[arg(long, value_name = "DATE", value_parser = red_line, conflicts_with = "no_red_line")]
    red_line: Option<PlanDate>,

    /// Draw no red line
    #[arg(long)]
    no_red_line: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ChartFormat {
    /// An SVG picture
    Svg,
    /// A page with the chart and a table of the activities, that needs no network
    Html,
}

#[derive(Debug, clap::Args)]
struct ExportArgs {
    /// The plan file; - reads standard input
    #[arg(value_name = "PLAN")]
    plan: PathBuf,

    /// What to export
    #[arg(long, value_enum, value_name = "FORMAT")]
    to: ExportFormat,

    /// Write to FILE instead of standard output
    #[arg(long, short = 'o', value_name = "FILE")]
    output: Option<PathBuf>,

    /// Only the trainings and phases that concern PERSON or ROLE: what they teach, take or own
    /// (calendars only)
    #[arg(long = "for", value_name = "PERSON|ROLE")]
    audience: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ExportFormat {
    /// A calendar (RFC 5545): an all-day event per dated training and phase; importing it
    /// again after a shift updates the events
    Ics,
    /// Every entity as a row of one CSV table, comma-separated, UTF-8
    Csv,
    /// The same, semicolon-separated with a byte-order mark, as Excel set up for Danish opens it
    CsvExcel,
    /// A document for the intranet: the plan's tables and its findings
    Markdown,
    /// The whole plan with the file's own keys, and its findings
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum ReportFormat {
    /// A table fitted to the terminal
    Table,
    /// One JSON document: title, rows, notes
    Json,
    /// Comma-separated, UTF-8
    Csv,
    /// Semicolon-separated with a byte-order mark, as Excel set up for Danish opens it
    CsvExcel,
    /// A heading and a Markdown table, for the intranet or a pull request
    Markdown,
}

impl From<ReportFormat> for report::Format {
    fn from(f: ReportFormat) -> Self {
        match f {
            ReportFormat::Table => Self::Table,
            ReportFormat::Json => Self::Json,
            ReportFormat::Csv => Self::Csv,
            ReportFormat::CsvExcel => Self::CsvExcel,
            ReportFormat::Markdown => Self::Markdown,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum DiffFormat {
    /// A table for each kind of entity, fitted to the terminal
    Table,
    /// Markdown tables, to paste into a pull request or the intranet
    Markdown,
    /// One JSON document
    Json,
}

fn red_line(s: &str) -> Result<PlanDate, String> {
    match PlanDate::parse(s) {
        Ok(d) if d.first_day().is_some() => Ok(d),
        _ => Err("expected a day (2019-05-01), an ISO week (2019-W18) or a month (2019-05)".into()),
    }
}

fn revision_day(s: &str) -> Result<NaiveDate, String> {
    match PlanDate::parse(s) {
        Ok(PlanDate::Day(d)) => Ok(d),
        _ => Err("expected a day, like 2020-03-01".into()),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
enum OutputFormat {
    /// Source snippets with a caret under each finding, like rustc
    Human,
    /// One JSON document with every finding and a summary
    Json,
    /// GitHub Actions workflow annotations (`::error` file=…,line=…)
    Github,
    /// SARIF 2.1.0, for code scanning
    Sarif,
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
const WARN: anstyle::Style = anstyle::AnsiColor::Yellow.on_default().bold();

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
        Command::Shift(args) => shift_cmd(args),
        Command::Diff(args) => diff_cmd(args),
        Command::Show { view } => show_cmd(view),
        Command::Allocate(args) => allocate_cmd(args),
        Command::Estimate(args) => estimate_cmd(args),
        Command::Gantt(args) => gantt_cmd(args),
        Command::Export(args) => export_cmd(args),
        Command::Init(args) => init_cmd(args),
        Command::Schema { output } => schema_cmd(output.as_deref()),
        Command::Completions { shell } => {
            clap_complete::generate(*shell, &mut Cli::command(), "aula-plan", &mut std::io::stdout());
            Ok(ExitCode::SUCCESS)
        }
        Command::Man { dir } => man_cmd(dir.as_deref()),
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
    // Plans are checked in parallel, and reported in the order they were given.
    for result in validate::validate_all(&paths, overrides) {
        match result {
            Ok(report) => reports.push(report),
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
        OutputFormat::Sarif => writeln!(out, "{}", aula_plan::diagnostic::sarif::render(&reports))?,
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

fn shift_cmd(args: &ShiftArgs) -> anyhow::Result<ExitCode> {
    let path = args.plan.display().to_string();
    let to_stdin = args.plan.as_os_str() == "-";
    if to_stdin && args.write {
        bail!("--write needs a plan file, not standard input");
    }
    let bytes = validate::read(&args.plan)?;
    let (source, loaded) = load::load_bytes(&bytes);
    let name = validate::label(&args.plan);
    let before = validate::report(name.clone(), source.clone(), &loaded, &Overrides::default());
    let mut out = anstream::stdout().lock();
    let Some(plan) = loaded.plan.as_ref().filter(|_| loaded.findings.iter().all(|f| f.severity != Severity::Error))
    else {
        // Dates that did not load cannot be moved; a shift of what did load would be partial.
        let errors = errors_of(&before.findings);
        let what = if errors.len() == 1 { "error" } else { "errors" };
        let message = format!("{path} does not read as a plan; fix the {what} above, then shift. Nothing written.");
        return unreadable(name, source, errors, &message, 1);
    };
    let step = match (args.months, args.weeks, args.days) {
        (Some(n), ..) => Step::Months(n),
        (_, Some(n), _) => Step::Weeks(n),
        (.., Some(n)) => Step::Days(n),
        (None, None, None) => bail!("give --months, --weeks or --days"),
    };
    let request = Request {
        step,
        from: args.from,
        tracks: args.tracks.clone(),
        only: args.only.clone(),
        workdays: args.workdays,
    };
    let located = |e: shift::ShiftError| match e.span() {
        Some(span) => {
            let at = before.line_col(span.start);
            anyhow::anyhow!("{path}:{}:{}: {e}", at.line, at.column)
        }
        None => anyhow::anyhow!(e),
    };
    let mut planned = shift::plan_shift(plan, &source, &request).map_err(located)?;
    let mut notes = shift::date_notes(&planned);
    notes.extend(planned.left.iter().map(|l| (l.span, l.to_string())));
    notes.sort_by_key(|(span, _)| *span);
    let cyan = anstyle::AnsiColor::Cyan.on_default().bold();
    let blue = anstyle::AnsiColor::BrightBlue.on_default().bold();
    let print_notes = |out: &mut dyn Write| -> std::io::Result<()> {
        for (span, text) in &notes {
            let at = before.line_col(span.start);
            writeln!(out, "{cyan}note{cyan:#}: {text}\n  {blue}-->{blue:#} {name}:{}:{}", at.line, at.column)?;
        }
        Ok(())
    };
    if planned.moves.is_empty() {
        print_notes(&mut out)?;
        writeln!(
            out,
            "Nothing to move: no selected activity has a known date that the shift changes. Nothing written."
        )?;
        return Ok(ExitCode::SUCCESS);
    }
    // The diff shows what --write writes, the new revision included.
    let revision = RevisionEntry {
        date: args.revision_date.unwrap_or_else(|| chrono::Local::now().date_naive()),
        note: args.reason.clone(),
    };
    shift::add_revision(&mut planned, &source, &revision).map_err(located)?;
    let shifted = planned.splices.apply(&source);
    let reloaded = shift::verify(plan, &planned, &shifted, true)?;
    let after = validate::report(name.clone(), shifted.clone(), &reloaded, &Overrides::default());
    let (new, gone) = shift::new_findings(&before, &after, &planned.splices);

    let step_text = step;
    write!(out, "{}", unified_diff(&source, &shifted, &name, &format!("{name} (moved {step_text})")))?;
    writeln!(out, "\n{}", shift::table(&planned))?;
    print_notes(&mut out)?;
    if !new.is_empty() {
        let new_report = FileReport::new(name.clone(), after.source.clone(), new.into_iter().cloned().collect());
        writeln!(
            out,
            "\nThe shifted plan has {} it did not have before:\n",
            plural(new_report.findings.len(), "new finding")
        )?;
        write!(out, "{}", human::render(&new_report))?;
    }
    if gone > 0 {
        writeln!(out, "The shift resolves {} the plan had before.", plural(gone, "finding"))?;
    }
    let bold = anstyle::Style::new().bold();
    let summary = shift::summary(&planned);
    if !args.write {
        writeln!(out, "\n{bold}Would move {summary}.{bold:#} Nothing written; add --write to write it.")?;
        return Ok(ExitCode::SUCCESS);
    }
    out.flush()?;
    drop(out);
    let prompt = format!("Write {path} and record the shift as a revision?");
    if let Some(code) = confirm_and_write(&args.plan, &prompt, args.yes, &bytes, shifted.as_bytes())? {
        return Ok(code);
    }
    let mut out = anstream::stdout().lock();
    writeln!(
        out,
        "\n{bold}Moved {summary}.{bold:#} Wrote {path}, with the shift recorded as a revision of {}.",
        revision.date
    )?;
    Ok(ExitCode::SUCCESS)
}

/// One side of a diff, read and loaded; `Err` holds the exit status when it could not be.
fn version_of(version: &Version) -> anyhow::Result<Result<(FileReport, aula_plan::plan::Plan), ExitCode>> {
    let label = version.label();
    let bytes = match version {
        Version::File(path) => validate::read(path)?,
        Version::Git { rev, path, dir } => git::show(rev, path, dir, &label)?,
    };
    let (source, loaded) = load::load_bytes(&bytes);
    let report = validate::report(label.clone(), source, &loaded, &Overrides::default());
    if let Some(plan) = loaded.plan {
        return Ok(Ok((report, plan)));
    }
    let message = format!("cannot compare: {label} does not read as a plan");
    Ok(Err(unreadable(label, report.source.clone(), errors_of(&report.findings), &message, 2)?))
}

/// The findings of error severity.
fn errors_of(findings: &[aula_plan::diagnostic::Finding]) -> Vec<aula_plan::diagnostic::Finding> {
    findings.iter().filter(|f| f.severity == Severity::Error).cloned().collect()
}

/// A plan that cannot be used: its findings on stdout, one line on stderr, and the status.
fn unreadable(
    label: String,
    source: String,
    findings: Vec<aula_plan::diagnostic::Finding>,
    message: &str,
    status: u8,
) -> anyhow::Result<ExitCode> {
    let mut out = anstream::stdout().lock();
    write!(out, "{}", human::render(&FileReport::new(label, source, findings)))?;
    out.flush()?;
    writeln!(anstream::stderr(), "{ERR}error:{ERR:#} {message}")?;
    Ok(ExitCode::from(status))
}

/// After a person at a terminal says yes (or `--yes`, or when nobody is at a terminal),
/// replaces the plan atomically. `None` when written; else the exit status, with the reason
/// already printed.
fn confirm_and_write(plan: &Path, prompt: &str, yes: bool, old: &[u8], new: &[u8]) -> anyhow::Result<Option<ExitCode>> {
    if !yes && std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        let answer = dialoguer::Confirm::new().with_prompt(prompt).default(false).interact();
        if !matches!(answer, Ok(true)) {
            writeln!(anstream::stdout(), "Nothing written.")?;
            return Ok(Some(ExitCode::from(1)));
        }
    }
    if let Err(e) = write_atomically(plan, old, new) {
        writeln!(anstream::stderr(), "{ERR}error:{ERR:#} {e}")?;
        return Ok(Some(ExitCode::from(2)));
    }
    Ok(None)
}

fn diff_cmd(args: &DiffArgs) -> anyhow::Result<ExitCode> {
    let (old, new) = match (&args.since, &args.new) {
        (Some(rev), _) => (Version::at(rev, Path::new(&args.old)), Version::File(PathBuf::from(&args.old))),
        (None, Some(new)) => (Version::parse(&args.old), Version::parse(new)),
        (None, None) => bail!("give the newer version, or --since REV"),
    };
    let (old_report, old_plan) = match version_of(&old)? {
        Ok(v) => v,
        Err(code) => return Ok(code),
    };
    let (new_report, new_plan) = match version_of(&new)? {
        Ok(v) => v,
        Err(code) => return Ok(code),
    };
    let d = diff::diff(&old_plan, &new_plan, &old_report, &new_report);
    let mut out = anstream::stdout().lock();
    match args.format {
        DiffFormat::Table => write!(out, "{}", diff::render::tables(&d))?,
        DiffFormat::Markdown => write!(out, "{}", diff::render::markdown(&d))?,
        DiffFormat::Json => writeln!(out, "{}", diff::render::json(&d))?,
    }
    out.flush()?;
    let fail = (args.exit_code && d.differs()) || (args.fail_on_new_errors && d.new_errors() > 0);
    Ok(if fail { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// A plan for a report: loaded, or the exit status when it could not be. A plan that loads
/// with errors is shown as far as it was read, with a warning.
fn plan_for_report(path: &Path) -> anyhow::Result<Result<(String, aula_plan::plan::Plan, usize), ExitCode>> {
    let label = validate::label(path);
    let bytes = validate::read(path)?;
    let (source, loaded) = load::load_bytes(&bytes);
    let errors = loaded.findings.iter().filter(|f| f.severity == Severity::Error).count();
    if let Some(plan) = loaded.plan {
        warn_partial(&label, errors, "shows")?;
        return Ok(Ok((source, plan, errors)));
    }
    let message = format!("{label} does not read as a plan");
    Ok(Err(unreadable(label, source, loaded.findings, &message, 2)?))
}

/// Says on stderr that a plan with errors is used as far as it could be read.
fn warn_partial(label: &str, errors: usize, doing: &str) -> std::io::Result<()> {
    if errors == 0 {
        return Ok(());
    }
    let errors = plural(errors, "error");
    writeln!(
        anstream::stderr(),
        "{WARN}warning:{WARN:#} {label} has {errors} (`aula-plan validate {label}` shows them); this {doing} what could be read"
    )
}

fn print_report(r: &report::Report, format: ReportFormat) -> anyhow::Result<ExitCode> {
    let mut out = anstream::stdout().lock();
    write!(out, "{}", report::render(r, format.into()))?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

fn show_cmd(view: &ShowView) -> anyhow::Result<ExitCode> {
    let args = match view {
        ShowView::Org(a)
        | ShowView::Roles(a)
        | ShowView::People(a)
        | ShowView::Training(a)
        | ShowView::Cascade(a)
        | ShowView::Timeline(a)
        | ShowView::Support { args: a, .. } => a,
    };
    let (_, plan, _) = match plan_for_report(&args.plan)? {
        Ok(p) => p,
        Err(code) => return Ok(code),
    };
    let r = match view {
        ShowView::Org(_) => report::org::report(&plan),
        ShowView::Roles(_) => report::roles::report(&plan),
        ShowView::People(_) => report::people::report(&plan),
        ShowView::Training(_) => report::training::report(&plan),
        ShowView::Cascade(_) => report::cascade::report(&plan),
        ShowView::Timeline(_) => {
            let width = aula_plan::table::terminal_width().unwrap_or(100);
            report::timeline::report(&plan, width)
        }
        ShowView::Support { role, .. } => {
            if let Some(role) = role {
                if plan.role_index(role).is_none() {
                    let suggestion =
                        aula_plan::diagnostic::closest(role, plan.roles.iter().map(|r| r.id.value.as_str()));
                    match suggestion {
                        Some(s) => bail!("no role has id `{role}` (did you mean `{s}`?)"),
                        None => bail!("no role has id `{role}`"),
                    }
                }
            }
            report::support::report(&plan, role.as_deref())
        }
    };
    print_report(&r, args.format)
}

fn allocate_cmd(args: &AllocateArgs) -> anyhow::Result<ExitCode> {
    let (source, plan, errors_before) = match plan_for_report(&args.args.plan)? {
        Ok(p) => p,
        Err(code) => return Ok(code),
    };
    let list = report::allocate::allocations(&plan, args.role.as_deref())?;
    let shown = report::allocate::report(&plan, &list);
    print_report(&shown, args.args.format)?;
    if !args.write {
        return Ok(ExitCode::SUCCESS);
    }
    let path = args.args.plan.display().to_string();
    if args.args.plan.as_os_str() == "-" {
        bail!("--write needs a plan file, not standard input");
    }
    let splices = report::allocate::write_seats(&plan, &source, &list)?;
    let mut out = anstream::stdout().lock();
    if splices.is_empty() {
        writeln!(out, "\nEvery unit already declares the seats allocated to it. Nothing written.")?;
        return Ok(ExitCode::SUCCESS);
    }
    let written = splices.apply(&source);
    // Read back: every unit must now declare what was allocated to it.
    let check = load::load(&written);
    let again = check.plan.as_ref().and_then(|p| report::allocate::allocations(p, args.role.as_deref()).ok());
    let agrees =
        again.is_some_and(|a| a.iter().all(|x| x.declared.iter().zip(&x.seats).all(|(d, s)| d.unwrap_or(0) == *s)));
    let errors =
        |findings: &[aula_plan::diagnostic::Finding]| findings.iter().filter(|f| f.severity == Severity::Error).count();
    if !agrees || errors(&check.findings) > errors_before {
        bail!("the plan with the allocated seats does not read back as intended; nothing written. Please report this");
    }
    write!(out, "\n{}", unified_diff(&source, &written, &path, &format!("{path} (allocated)")))?;
    out.flush()?;
    if !args.yes && std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        let answer =
            dialoguer::Confirm::new().with_prompt(format!("Write the seats into {path}?")).default(false).interact();
        if !matches!(answer, Ok(true)) {
            writeln!(out, "Nothing written.")?;
            return Ok(ExitCode::from(1));
        }
    }
    if let Err(e) = write_atomically(&args.args.plan, source.as_bytes(), written.as_bytes()) {
        writeln!(anstream::stderr(), "{ERR}error:{ERR:#} {e}")?;
        return Ok(ExitCode::from(2));
    }
    writeln!(out, "Wrote the allocated seats into {path}.")?;
    Ok(ExitCode::SUCCESS)
}

fn estimate_cmd(args: &EstimateArgs) -> anyhow::Result<ExitCode> {
    let (_, plan, _) = match plan_for_report(&args.args.plan)? {
        Ok(p) => p,
        Err(code) => return Ok(code),
    };
    let model = match &args.model {
        Some(path) => match plan_for_report(path)? {
            Ok((_, m, _)) => Some(m),
            Err(code) => return Ok(code),
        },
        None => None,
    };
    let own = report::estimate::Size::of(&plan);
    let size = report::estimate::Size { schools: args.schools.or(own.schools), daycare: args.daycare.or(own.daycare) };
    let r = report::estimate::report(model.as_ref().unwrap_or(&plan), &plan, size);
    print_report(&r, args.args.format)
}

/// Where a chart or an export goes: a file, or standard output for `None` and `-`.
fn destination(output: Option<&Path>) -> Option<&Path> {
    output.filter(|o| o.as_os_str() != "-")
}

/// A chart or an export on standard output, as it is (no colour to strip).
fn to_stdout(text: &str) -> anyhow::Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(ExitCode::SUCCESS)
}

/// Writes what the tool made to `output` atomically, refusing to write over the plan it was
/// made from.
fn write_made(output: &Path, plan: &Path, contents: &str) -> anyhow::Result<Option<ExitCode>> {
    if let (Ok(a), Ok(b)) = (std::fs::canonicalize(output), std::fs::canonicalize(plan)) {
        if a == b {
            bail!("{} is the plan itself; give another output file", output.display());
        }
    }
    if let Err(e) = aula_plan::edit::write_output(output, contents.as_bytes()) {
        writeln!(anstream::stderr(), "{ERR}error:{ERR:#} {e}")?;
        return Ok(Some(ExitCode::from(2)));
    }
    Ok(None)
}

fn gantt_cmd(args: &GanttArgs) -> anyhow::Result<ExitCode> {
    let output = destination(args.output.as_deref());
    let format = match (args.format, output.and_then(|o| o.extension()).and_then(|e| e.to_str())) {
        (Some(f), _) => f,
        (None, Some(ext)) if ext.eq_ignore_ascii_case("html") || ext.eq_ignore_ascii_case("htm") => ChartFormat::Html,
        (None, Some(ext)) if ext.eq_ignore_ascii_case("svg") => ChartFormat::Svg,
        (None, Some(ext)) => {
            bail!("cannot tell the format from `.{ext}`; name the file .svg or .html, or give --format")
        }
        (None, None) => ChartFormat::Svg,
    };
    if output.is_none() && std::io::stdout().is_terminal() {
        bail!("the chart is a picture, not text; give -o FILE.svg or -o FILE.html, or redirect the output");
    }
    let (_, plan, _) = match plan_for_report(&args.plan)? {
        Ok(p) => p,
        Err(code) => return Ok(code),
    };
    let red = match (args.no_red_line, args.red_line.and_then(PlanDate::first_day)) {
        (true, _) => aula_plan::gantt::RedLine::Off,
        (false, Some(d)) => aula_plan::gantt::RedLine::At(d),
        (false, None) => aula_plan::gantt::RedLine::FromPlan,
    };
    let chart = aula_plan::gantt::layout(&plan, red);
    let text = match format {
        ChartFormat::Svg => aula_plan::gantt::svg::document(&chart),
        ChartFormat::Html => {
            let activities = report::timeline::report(&plan, 100);
            aula_plan::gantt::html::page(&chart, &activities, &validate::label(&args.plan))
        }
    };
    let Some(output) = output else { return to_stdout(&text) };
    if let Some(code) = write_made(output, &args.plan, &text)? {
        return Ok(code);
    }
    writeln!(anstream::stdout(), "Wrote {}: {}.", output.display(), chart.summary())?;
    Ok(ExitCode::SUCCESS)
}

/// When a calendar is made: `SOURCE_DATE_EPOCH` when set (for builds that must come out the
/// same every time), else now.
fn calendar_stamp() -> anyhow::Result<chrono::DateTime<chrono::Utc>> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(v) => v
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
            .with_context(|| format!("SOURCE_DATE_EPOCH must be seconds since 1970, not `{v}`")),
        Err(_) => Ok(chrono::Utc::now()),
    }
}

fn export_cmd(args: &ExportArgs) -> anyhow::Result<ExitCode> {
    if args.audience.is_some() && args.to != ExportFormat::Ics {
        bail!("--for chooses the events of a calendar; use it with --to ics");
    }
    let stamp = calendar_stamp()?;
    let label = validate::label(&args.plan);
    let bytes = validate::read(&args.plan)?;
    let (source, loaded) = load::load_bytes(&bytes);
    let findings = validate::report(label.clone(), source.clone(), &loaded, &Overrides::default());
    let Some(plan) = loaded.plan else {
        let message = format!("{label} does not read as a plan");
        return unreadable(label, source, loaded.findings, &message, 2);
    };
    warn_partial(&label, findings.count(Severity::Error), "exports")?;
    let mut err = anstream::stderr();
    let mut summary = None;
    let text = match args.to {
        ExportFormat::Ics => {
            let audience = match &args.audience {
                Some(id) => Some(aula_plan::export::Audience::of(&plan, id)?),
                None => None,
            };
            let cal = aula_plan::export::ics::calendar(&plan, audience.as_ref(), stamp);
            if !cal.skipped.is_empty() {
                let list: Vec<String> = cal.skipped.iter().map(|s| format!("{} ({})", s.id, s.why)).collect();
                let n = cal.skipped.len();
                let what = if n == 1 { "activity is" } else { "activities are" };
                writeln!(err, "note: {n} {what} not in the calendar: {}", list.join(", "))?;
            }
            summary = Some(format!("{} events", cal.events));
            cal.text
        }
        ExportFormat::Csv => aula_plan::export::csv::render(&plan, false),
        ExportFormat::CsvExcel => aula_plan::export::csv::render(&plan, true),
        ExportFormat::Markdown => aula_plan::export::markdown::render(&plan, &findings),
        ExportFormat::Json => aula_plan::export::json::render(&plan, &findings),
    };
    let Some(output) = destination(args.output.as_deref()) else { return to_stdout(&text) };
    if let Some(code) = write_made(output, &args.plan, &text)? {
        return Ok(code);
    }
    match summary {
        Some(s) => writeln!(anstream::stdout(), "Wrote {} ({s}).", output.display())?,
        None => writeln!(anstream::stdout(), "Wrote {}.", output.display())?,
    }
    Ok(ExitCode::SUCCESS)
}

/// The schema's file name, next to a plan `init` makes.
const SCHEMA_FILE: &str = "plan-format-1.json";

fn init_cmd(args: &InitArgs) -> anyhow::Result<ExitCode> {
    use aula_plan::init::Answers;
    if args.file.exists() && !args.force {
        bail!("{} exists; --force replaces it", args.file.display());
    }
    let today = chrono::Local::now().date_naive();
    let at_terminal = std::io::stdin().is_terminal() && std::io::stderr().is_terminal();
    let mut a = Answers::template(args.municipality.as_deref().unwrap_or(""), today);
    a.schools.clone_from(&args.schools);
    a.daycare.clone_from(&args.daycare);
    a.admins = args.admins.unwrap_or(a.admins);
    a.school_superusers = args.school_superusers;
    a.school_course = !args.no_school_course;
    a.daycare_course = !args.no_daycare_course;
    a.first_course = args.first_course.unwrap_or(PlanDate::Tbd);
    if !args.no_input && at_terminal {
        ask(&mut a).context("no answer")?;
    } else if a.municipality.is_empty() {
        bail!("give --municipality NAME (nothing is asked with --no-input or without a terminal)");
    }
    let schema_path = args.file.with_file_name(SCHEMA_FILE);
    if let Some(folder) = args.file.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).with_context(|| format!("cannot make the folder {}", folder.display()))?;
    }
    let text = aula_plan::init::plan_text(&a, (!args.no_schema).then_some(SCHEMA_FILE));
    if let Err(e) = aula_plan::edit::write_output(&args.file, text.as_bytes()) {
        writeln!(anstream::stderr(), "{ERR}error:{ERR:#} {e}")?;
        return Ok(ExitCode::from(2));
    }
    let report = validate::validate(args.file.display().to_string(), text.as_bytes(), &Overrides::default());
    let mut out = anstream::stdout().lock();
    writeln!(
        out,
        "Wrote {}: {} and {}; `aula-plan validate` finds {} and {} (mostly what is not dated yet).",
        args.file.display(),
        plural(a.schools.len(), "school"),
        plural(a.daycare.len(), "day-care institution"),
        plural(report.count(Severity::Error), "error"),
        plural(report.count(Severity::Warning), "warning"),
    )?;
    if !args.no_schema && !schema_path.exists() {
        if let Err(e) = aula_plan::edit::write_output(&schema_path, aula_plan::schema::render().as_bytes()) {
            writeln!(anstream::stderr(), "{WARN}warning:{WARN:#} {e}")?;
        } else {
            writeln!(
                out,
                "Wrote {}, the schema editors read through the plan's `#:schema` line.",
                schema_path.display()
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The questions of `init`, each with the flag's value (or the template's) as its default.
fn ask(a: &mut aula_plan::init::Answers) -> dialoguer::Result<()> {
    use aula_plan::init::Institution;
    use dialoguer::{Confirm, Input};
    let theme = dialoguer::theme::ColorfulTheme::default();
    let mut municipality = Input::<String>::with_theme(&theme).with_prompt("Municipality");
    if !a.municipality.is_empty() {
        municipality = municipality.default(a.municipality.clone());
    }
    municipality.interact_text()?.trim().clone_into(&mut a.municipality);
    let list = |what: &str, count: &str, list: &mut Vec<Institution>| -> dialoguer::Result<()> {
        loop {
            let name: String = Input::with_theme(&theme)
                .with_prompt(format!("{what} {} (empty when done)", list.len() + 1))
                .allow_empty(true)
                .interact_text()?;
            if name.trim().is_empty() {
                return Ok(());
            }
            let n: u64 =
                Input::with_theme(&theme).with_prompt(format!("{count} at {}", name.trim())).interact_text()?;
            list.push(Institution { name: name.trim().to_owned(), count: n });
        }
    };
    list("School", "Pupils", &mut a.schools)?;
    list("Day-care institution", "Pedagogical leaders", &mut a.daycare)?;
    a.admins = Input::with_theme(&theme).with_prompt("Municipal administrators").default(a.admins).interact_text()?;
    if !a.schools.is_empty() {
        let quota = Input::with_theme(&theme)
            .with_prompt("School super-users, shared out by pupils")
            .default(a.school_quota())
            .interact_text()?;
        a.school_superusers = Some(quota);
        a.school_course = Confirm::with_theme(&theme)
            .with_prompt("Buy the vendor's course for school super-users?")
            .default(a.school_course)
            .wait_for_newline(true)
            .interact()?;
    }
    if !a.daycare.is_empty() {
        a.daycare_course = Confirm::with_theme(&theme)
            .with_prompt("Buy the vendor's course for day-care super-users?")
            .default(a.daycare_course)
            .wait_for_newline(true)
            .interact()?;
    }
    let first: String = Input::with_theme(&theme)
        .with_prompt("Date of the administrators' course (2027-01-11, 2027-W02, 2027-01 or tbd)")
        .default(a.first_course.to_string())
        .validate_with(|s: &String| match PlanDate::parse(s) {
            Ok(PlanDate::Open) | Err(_) => Err("a day, an ISO week, a month, or tbd"),
            Ok(_) => Ok(()),
        })
        .interact_text()?;
    a.first_course = PlanDate::parse(&first).unwrap_or(PlanDate::Tbd);
    Ok(())
}

fn schema_cmd(output: Option<&Path>) -> anyhow::Result<ExitCode> {
    let text = aula_plan::schema::render();
    let Some(output) = destination(output) else { return to_stdout(&text) };
    if let Err(e) = aula_plan::edit::write_output(output, text.as_bytes()) {
        writeln!(anstream::stderr(), "{ERR}error:{ERR:#} {e}")?;
        return Ok(ExitCode::from(2));
    }
    writeln!(
        anstream::stdout(),
        "Wrote {}. A plan points at it with a first line `#:schema PATH`, PATH from the plan's folder.",
        output.display()
    )?;
    Ok(ExitCode::SUCCESS)
}

fn man_cmd(dir: Option<&Path>) -> anyhow::Result<ExitCode> {
    let cmd = Cli::command();
    let Some(dir) = dir else {
        let mut out = std::io::stdout().lock();
        clap_mangen::Man::new(cmd).render(&mut out)?;
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    };
    std::fs::create_dir_all(dir).with_context(|| format!("cannot make the folder {}", dir.display()))?;
    let mut pages = vec![("aula-plan.1".to_owned(), cmd.clone())];
    for sub in cmd.get_subcommands() {
        let name = format!("aula-plan-{}", sub.get_name());
        pages.push((format!("{name}.1"), sub.clone().name(name)));
    }
    for (file, page) in &pages {
        let mut text = Vec::new();
        clap_mangen::Man::new(page.clone()).render(&mut text)?;
        let path = dir.join(file);
        aula_plan::edit::write_output(&path, &text).with_context(|| format!("cannot write {}", path.display()))?;
    }
    writeln!(anstream::stdout(), "Wrote {} manual pages into {}.", pages.len(), dir.display())?;
    Ok(ExitCode::SUCCESS)
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
            let mut table = aula_plan::table::new(["rule", "default", "finds"]);
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
        match aula_plan::diagnostic::closest(name, rules::ALL.iter().map(|r| r.name)) {
            Some(s) => bail!("unknown rule `{name}`{}", aula_plan::diagnostic::did_you_mean(Some(s))),
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
