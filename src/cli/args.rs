//! The command line's arguments, as clap derives them: every command, its flags and their help.

use std::path::PathBuf;

use aula_plan::plan::PlanDate;
use aula_plan::report;
use chrono::NaiveDate;
use clap::{ArgGroup, Parser, Subcommand, ValueEnum};

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
    pub command: Command,

    /// When to colour the output
    #[arg(long, value_enum, global = true, default_value_t = ColorWhen::Auto, value_name = "WHEN", display_order = 900)]
    pub color: ColorWhen,

    /// The language of messages and reports (without it: Danish when the locale is Danish,
    /// else English)
    #[arg(long, value_enum, global = true, env = "AULA_PLAN_LANG", value_name = "LANG", display_order = 901)]
    pub lang: Option<LangArg>,
}

/// A language `--lang` takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    /// Dansk
    Da,
    /// English
    En,
}

#[derive(Debug, Subcommand)]
pub enum Command {
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
    /// Entities are compared by id; findings by rule, entity and key.
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
    /// Where each activity stands today: done, cancelled, overdue, running, upcoming, later or
    /// undated, by track — the project group's weekly meeting view
    Status(StatusArgs),
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
pub struct ValidateArgs {
    /// Plan files; a directory means every *.toml file in it; - reads standard input
    #[arg(required = true, value_name = "PLAN")]
    pub plans: Vec<PathBuf>,

    /// How to print the findings
    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,

    /// Report RULE as an error; `--deny warnings` makes every warning an error
    #[arg(long, short = 'D', value_name = "RULE")]
    pub deny: Vec<String>,

    /// Report RULE as a warning
    #[arg(long, short = 'W', value_name = "RULE")]
    pub warn: Vec<String>,

    /// Do not report RULE; `--allow warnings` hides every warning
    #[arg(long, short = 'A', value_name = "RULE")]
    pub allow: Vec<String>,

    /// The folder SARIF's file URIs are relative to [default: the working folder]
    #[arg(long, value_name = "DIR")]
    pub base: Option<PathBuf>,
}

// Each bool is a flag of the command line.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, clap::Args)]
#[command(group(ArgGroup::new("step").required(true).args(["months", "weeks", "days"])))]
pub struct ShiftArgs {
    /// The plan file
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,

    /// Move by N calendar months; a negative N moves earlier
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub months: Option<i32>,

    /// Move by N weeks
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub weeks: Option<i32>,

    /// Move by N days
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    pub days: Option<i32>,

    /// The red line: move only activities that start on or after DATE (2019-05-01, 2019-W18
    /// or 2019-05)
    #[arg(long, value_name = "DATE", value_parser = red_line)]
    pub from: Option<PlanDate>,

    /// Move only activities of track T (repeat for more)
    #[arg(long = "track", value_name = "T")]
    pub tracks: Vec<String>,

    /// Move only the training or phase ID (repeat for more)
    #[arg(long, value_name = "ID")]
    pub only: Vec<String>,

    /// Move a moved day that falls on a weekend, public holiday or closed period on to the
    /// next working day
    #[arg(long)]
    pub workdays: bool,

    /// Write the shifted plan and add a [[revision]] recording the shift
    #[arg(long)]
    pub write: bool,

    /// Write without asking (aula-plan asks only when run at a terminal)
    #[arg(long, short = 'y', requires = "write")]
    pub yes: bool,

    /// Why the plan moved, recorded as the new revision's note
    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,

    /// The date recorded in the new revision [default: today]
    #[arg(long, value_name = "DAY", value_parser = revision_day)]
    pub revision_date: Option<NaiveDate>,

    /// The plan's new revision, in `[plan] revision` and the new [[revision]] [default: the
    /// plan's revision counted on, 2.1 → 2.2]
    #[arg(long, value_name = "X")]
    pub plan_revision: Option<String>,

    /// Move only the ends: a period extended rather than delayed (with --from, what ends on or
    /// after the red line)
    #[arg(long)]
    pub end_only: bool,

    /// Make the shift even though the plan's last revision recorded the very same one
    #[arg(long)]
    pub again: bool,

    /// Write the shifted plan even though it has errors the plan did not have
    #[arg(long, requires = "write")]
    pub allow_new_errors: bool,
}

#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    /// The older version: a plan file, or REV:PATH from git
    #[arg(value_name = "OLD")]
    pub old: String,

    /// The newer version: a plan file, or REV:PATH from git
    #[arg(value_name = "NEW", required_unless_present = "since", conflicts_with = "since")]
    pub new: Option<String>,

    /// Compare OLD as it was at git revision REV with OLD as it is now
    #[arg(long, value_name = "REV")]
    pub since: Option<String>,

    /// How to print the differences
    #[arg(long, value_enum, default_value_t = DiffFormat::Table)]
    pub format: DiffFormat,

    /// Exit with status 1 when the versions differ, 0 when they do not (as `git diff --exit-code`)
    #[arg(long)]
    pub exit_code: bool,

    /// Exit with status 1 when the newer version has errors the older one did not have
    #[arg(long)]
    pub fail_on_new_errors: bool,
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The plan file; - reads standard input
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,

    /// How to print the view
    #[arg(long, value_enum, default_value_t = ReportFormat::Table)]
    pub format: ReportFormat,
}

#[derive(Debug, Subcommand)]
pub enum ShowView {
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
pub struct AllocateArgs {
    #[command(flatten)]
    pub args: ReportArgs,

    /// Only this role (default: every role with a `split`)
    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,

    /// Write the allocated seats into the units' `seats`, keeping the rest of the file as it is
    #[arg(long)]
    pub write: bool,

    /// Write without asking (aula-plan asks only when run at a terminal)
    #[arg(long, short = 'y', requires = "write")]
    pub yes: bool,
}

#[derive(Debug, clap::Args)]
pub struct StatusArgs {
    #[command(flatten)]
    pub args: ReportArgs,

    /// The day to stand on (2019-05-01) [default: today]
    #[arg(long, value_name = "DAY", value_parser = revision_day)]
    pub today: Option<NaiveDate>,

    /// How many weeks ahead count as upcoming
    #[arg(long, value_name = "N", default_value_t = 4)]
    pub weeks: u32,
}

#[derive(Debug, clap::Args)]
pub struct EstimateArgs {
    #[command(flatten)]
    pub args: ReportArgs,

    /// The plan whose [estimate] is the model [default: PLAN itself]
    #[arg(long, value_name = "MODEL")]
    pub model: Option<PathBuf>,

    /// Scale to N schools [default: the plan's units of kind school, or the model's basis when it has none]
    #[arg(long, value_name = "N")]
    pub schools: Option<u64>,

    /// Scale to N day-care institutions [default: the plan's units of kind daycare or childminding, or the
    /// model's basis]
    #[arg(long, value_name = "N")]
    pub daycare: Option<u64>,
}

// Each bool is a flag of the command line.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// The plan file to make
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    /// Ask nothing: take the flags, and the national template for the rest
    #[arg(long)]
    pub no_input: bool,

    /// Replace FILE if it exists
    #[arg(long)]
    pub force: bool,

    /// The municipality (needed without questions)
    #[arg(long, value_name = "NAME")]
    pub municipality: Option<String>,

    /// A school and its pupils (repeat for each school)
    #[arg(long = "school", value_name = "NAME=PUPILS", value_parser = aula_plan::init::institution)]
    pub schools: Vec<aula_plan::init::Institution>,

    /// A day-care institution and its pedagogical leaders (repeat for each)
    #[arg(long = "daycare", value_name = "NAME=LEADERS", value_parser = aula_plan::init::institution)]
    pub daycare: Vec<aula_plan::init::Institution>,

    /// Municipal administrators, and seats on the vendor's course for them [default: 2]
    #[arg(long, value_name = "N")]
    pub admins: Option<u64>,

    /// School super-users, shared out over the schools by pupils [default: one per school]
    #[arg(long, value_name = "N")]
    pub school_superusers: Option<u64>,

    /// Do not buy the vendor's course for school super-users: the administrators train them
    #[arg(long)]
    pub no_school_course: bool,

    /// Do not buy the vendor's course for day-care super-users: the administrators train them
    #[arg(long)]
    pub no_daycare_course: bool,

    /// The date of the administrators' course (2027-01-11, 2027-W02 or 2027-01) [default: tbd]
    #[arg(long, value_name = "DATE", value_parser = red_line)]
    pub first_course: Option<PlanDate>,

    /// Do not write the schema file next to the plan (nor the plan's `#:schema` line)
    #[arg(long)]
    pub no_schema: bool,
}

#[derive(Debug, clap::Args)]
pub struct GanttArgs {
    /// The plan file; - reads standard input
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,

    /// Write the chart to FILE (FILE.svg or FILE.html); without it, or with -, SVG goes to
    /// standard output
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// svg or html [default: from the output file's extension]
    #[arg(long, value_enum)]
    pub format: Option<ChartFormat>,

    /// Draw the red line at DATE (2019-05-01, 2019-W18 or 2019-05) [default: the cutoff of the
    /// latest shift the plan records]
    #[arg(long, value_name = "DATE", value_parser = red_line, conflicts_with = "no_red_line")]
    pub red_line: Option<PlanDate>,

    /// Draw no red line
    #[arg(long)]
    pub no_red_line: bool,

    /// Mark DAY as today, where the chart reaches it [default: today]
    #[arg(long, value_name = "DAY", value_parser = revision_day)]
    pub today: Option<NaiveDate>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ChartFormat {
    /// An SVG picture
    Svg,
    /// A page with the chart and a table of the activities, that needs no network
    Html,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The plan file; - reads standard input
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,

    /// What to export
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub to: ExportFormat,

    /// Write to FILE instead of standard output
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Only the trainings and phases that concern PERSON or ROLE: what they teach, take or own
    /// (calendars only)
    #[arg(long = "for", value_name = "PERSON|ROLE")]
    pub audience: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
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
pub enum ReportFormat {
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
pub enum DiffFormat {
    /// A table for each kind of entity, fitted to the terminal
    Table,
    /// Markdown tables, to paste into a pull request or the intranet
    Markdown,
    /// One JSON document
    Json,
}

pub fn red_line(s: &str) -> Result<PlanDate, String> {
    match PlanDate::parse(s) {
        Ok(d) if d.first_day().is_some() => Ok(d),
        _ => Err("expected a day (2019-05-01), an ISO week (2019-W18) or a month (2019-05)".into()),
    }
}

pub fn revision_day(s: &str) -> Result<NaiveDate, String> {
    match PlanDate::parse(s) {
        Ok(PlanDate::Day(d)) => Ok(d),
        _ => Err("expected a day, like 2020-03-01".into()),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    /// Source snippets with a caret under each finding, like rustc
    Human,
    /// One line per finding: `file:line:col: severity[rule] message`
    Concise,
    /// One JSON document with every finding and a summary
    Json,
    /// GitHub Actions workflow annotations (`::error` file=…,line=…)
    Github,
    /// SARIF 2.1.0, for code scanning
    Sarif,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ListFormat {
    /// A table fitted to the terminal
    Table,
    /// One JSON document
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorWhen {
    /// Colour on a terminal, unless `NO_COLOR` is set
    Auto,
    Always,
    Never,
}
