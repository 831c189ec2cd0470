//! The command line's arguments, as clap derives them: every command and its flags.
//!
//! Their help is not here but in `i18n/*/help.ftl`, in Danish and English (`help.rs` puts it
//! in), under ids that follow the command's path: `cmd-shift` is `shift`'s about and
//! `arg-shift--months` its `--months`. Only a choice's values (`--format json`) keep their
//! English help here, where clap's typed parser reads it; `help.ftl` has it too, and a test
//! keeps the two the same.

mod record;
mod values;

use std::path::PathBuf;

use aula_plan::plan::PlanDate;
use aula_plan::view;
use chrono::NaiveDate;
use clap::{ArgGroup, Parser, Subcommand, ValueEnum};
pub use values::{Amount, amount, at_least_one, count, holiday, institution, red_line, revision_day, whole};

pub use self::record::{ActivitiesArgs, AssignArgs, CancelArgs, DoneArgs, MoveArgs, RecordArgs, SetArgs};

#[derive(Debug, Parser)]
#[command(name = "aula-plan", version, propagate_version = true, max_term_width = 100)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,

    #[arg(long, value_enum, global = true, default_value_t = ColorWhen::Auto, value_name = "WHEN", display_order = 900)]
    pub color: ColorWhen,

    #[arg(long, value_enum, global = true, env = "AULA_PLAN_LANG", value_name = "LANG", display_order = 901)]
    pub lang: Option<LangArg>,

    #[arg(long, global = true, display_order = 902)]
    pub follow_outside: bool,
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
    Validate(ValidateArgs),
    Shift(ShiftArgs),
    Reschedule(RescheduleArgs),
    Diff(DiffArgs),
    Show {
        #[command(subcommand)]
        view: ShowView,
    },
    Allocate(AllocateArgs),
    Done(DoneArgs),
    Cancel(CancelArgs),
    Reopen(ActivitiesArgs),
    Pin(ActivitiesArgs),
    Unpin(ActivitiesArgs),
    Move(MoveArgs),
    Assign(AssignArgs),
    Unassign(AssignArgs),
    Set(SetArgs),
    Status(StatusArgs),
    Estimate(EstimateArgs),
    Overview(OverviewArgs),
    Report(ReportArgs),
    Gantt(GanttArgs),
    Export(ExportArgs),
    Init(InitArgs),
    Schema {
        #[arg(long, short = 'o', value_name = "FILE")]
        output: Option<PathBuf>,
    },
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    Man {
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
    Rules {
        #[arg(long, value_enum, default_value_t = ListFormat::Table)]
        format: ListFormat,
    },
    Explain {
        rule: String,
    },
    Lsp,
}

#[derive(Debug, clap::Args)]
pub struct ValidateArgs {
    #[arg(required = true, value_name = "PLAN")]
    pub plans: Vec<PathBuf>,

    #[arg(long, value_enum, default_value_t = OutputFormat::Human)]
    pub format: OutputFormat,

    #[arg(long, short = 'D', value_name = "RULE")]
    pub deny: Vec<String>,

    #[arg(long, short = 'W', value_name = "RULE")]
    pub warn: Vec<String>,

    #[arg(long, short = 'A', value_name = "RULE")]
    pub allow: Vec<String>,

    #[arg(long, value_name = "DIR")]
    pub base: Option<PathBuf>,
}

// Each bool is a flag of the command line.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, clap::Args)]
#[command(group(ArgGroup::new("step").required(true).args(["months", "weeks", "days"])))]
pub struct ShiftArgs {
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,

    #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = amount)]
    pub months: Option<Amount>,

    #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = amount)]
    pub weeks: Option<Amount>,

    #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = amount)]
    pub days: Option<Amount>,

    #[arg(long, value_name = "DATE", value_parser = red_line)]
    pub from: Option<PlanDate>,

    #[arg(long = "track", value_name = "T")]
    pub tracks: Vec<String>,

    #[arg(long, value_name = "ID")]
    pub only: Vec<String>,

    #[arg(long)]
    pub workdays: bool,

    #[command(flatten)]
    pub edit: EditArgs,

    #[arg(long)]
    pub end_only: bool,

    #[arg(long)]
    pub again: bool,
}

// How a command that moves dates writes the plan (`shift`, `reschedule`); no doc comment, which
// clap would take for the command's about.
#[derive(Debug, clap::Args)]
pub struct EditArgs {
    #[arg(long)]
    pub write: bool,

    #[arg(long, short = 'y', requires = "write")]
    pub yes: bool,

    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,

    #[arg(long, value_name = "DAY", value_parser = revision_day)]
    pub revision_date: Option<NaiveDate>,

    #[arg(long, value_name = "X")]
    pub plan_revision: Option<String>,

    #[arg(long, requires = "write")]
    pub allow_new_errors: bool,
}

#[derive(Debug, clap::Args)]
pub struct RescheduleArgs {
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,

    #[arg(long)]
    pub workdays: bool,

    #[command(flatten)]
    pub edit: EditArgs,
}

#[derive(Debug, clap::Args)]
pub struct DiffArgs {
    #[arg(value_name = "OLD")]
    pub old: String,

    #[arg(value_name = "NEW", required_unless_present = "since", conflicts_with = "since")]
    pub new: Option<String>,

    #[arg(long, value_name = "REV")]
    pub since: Option<String>,

    #[arg(long, value_enum, default_value_t = DiffFormat::Table)]
    pub format: DiffFormat,

    #[arg(long)]
    pub exit_code: bool,

    #[arg(long)]
    pub fail_on_new_errors: bool,
}

#[derive(Debug, clap::Args)]
pub struct ViewArgs {
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,

    #[arg(long, value_enum, default_value_t = ViewFormat::Table)]
    pub format: ViewFormat,

    #[arg(long = "ids")]
    pub show_ids: bool,

    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}

// The plan's own kinds of task and parts to show, as `--category` and `--part` select them.
#[derive(Debug, Clone, Default, clap::Args)]
pub struct Selection {
    #[arg(long = "category", value_name = "ID")]
    pub categories: Vec<String>,

    #[arg(long = "part", value_name = "ID")]
    pub parts: Vec<String>,
}

#[derive(Debug, Subcommand)]
pub enum ShowView {
    Org(ViewArgs),
    Roles(ViewArgs),
    People(ViewArgs),
    Training(ViewArgs),
    Cascade(ViewArgs),
    Timeline {
        #[command(flatten)]
        args: ViewArgs,
        #[command(flatten)]
        select: Selection,
    },
    Support {
        #[command(flatten)]
        args: ViewArgs,
        #[arg(long, value_name = "ROLE")]
        role: Option<String>,
    },
}

#[derive(Debug, clap::Args)]
pub struct AllocateArgs {
    #[command(flatten)]
    pub args: ViewArgs,

    #[arg(long, value_name = "ROLE")]
    pub role: Option<String>,

    #[arg(long)]
    pub write: bool,

    #[arg(long, short = 'y', requires = "write")]
    pub yes: bool,
}

#[derive(Debug, clap::Args)]
pub struct StatusArgs {
    #[command(flatten)]
    pub args: ViewArgs,

    #[command(flatten)]
    pub select: Selection,

    #[arg(long, value_name = "DAY", value_parser = revision_day)]
    pub today: Option<NaiveDate>,

    #[arg(long, value_name = "N", default_value_t = 4, allow_negative_numbers = true, value_parser = count)]
    pub weeks: u32,
}

#[derive(Debug, clap::Args)]
pub struct EstimateArgs {
    #[command(flatten)]
    pub args: ViewArgs,

    #[arg(long, value_name = "MODEL")]
    pub model: Option<PathBuf>,

    #[arg(long, value_name = "N")]
    pub schools: Option<u64>,

    #[arg(long = "institutions", visible_alias = "daycare", value_name = "N")]
    pub daycare: Option<u64>,
}

// Each bool is a flag of the command line.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, clap::Args)]
pub struct InitArgs {
    #[arg(value_name = "FILE")]
    pub file: PathBuf,

    #[arg(long)]
    pub no_input: bool,

    #[arg(long)]
    pub force: bool,

    #[arg(long, value_name = "NAME")]
    pub municipality: Option<String>,

    #[arg(long = "school", value_name = "NAME=PUPILS", value_parser = institution)]
    pub schools: Vec<aula_plan::init::Institution>,

    #[arg(long = "daycare", value_name = "NAME=LEADERS", value_parser = institution)]
    pub daycare: Vec<aula_plan::init::Institution>,

    #[arg(long, value_name = "N", value_parser = at_least_one)]
    pub admins: Option<u64>,

    #[arg(long, value_name = "N")]
    pub school_superusers: Option<u64>,

    #[arg(long)]
    pub no_school_course: bool,

    #[arg(long)]
    pub no_daycare_course: bool,

    #[arg(long, value_name = "DATE", value_parser = red_line)]
    pub first_course: Option<PlanDate>,

    #[arg(long)]
    pub no_schema: bool,

    #[arg(long, value_name = "PATH")]
    pub follows: Option<PathBuf>,

    #[arg(long = "holiday", value_name = "NAME=FIRST..LAST", value_parser = holiday)]
    pub holidays: Vec<aula_plan::init::Holiday>,
}

#[derive(Debug, clap::Args)]
pub struct GanttArgs {
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,

    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    #[arg(long, value_enum)]
    pub format: Option<ChartFormat>,

    #[arg(long, value_name = "DATE", value_parser = red_line, conflicts_with = "no_red_line")]
    pub red_line: Option<PlanDate>,

    #[arg(long)]
    pub no_red_line: bool,

    #[arg(long, value_name = "DAY", value_parser = revision_day)]
    pub today: Option<NaiveDate>,

    #[arg(long)]
    pub force: bool,

    #[command(flatten)]
    pub select: Selection,
}

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,

    #[arg(long, value_name = "DAY", value_parser = revision_day)]
    pub today: Option<NaiveDate>,

    #[arg(long, value_name = "REV|FILE")]
    pub since: Option<String>,

    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    #[arg(long, value_enum)]
    pub format: Option<ReportFormat>,

    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// One page that needs no network, for the screen and for printing on A4
    Html,
    /// The same in Markdown, for an intranet page or a pull request
    Markdown,
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
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,

    #[arg(long, value_enum, value_name = "FORMAT")]
    pub to: ExportFormat,

    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    #[arg(long = "for", value_name = "PERSON|ROLE")]
    pub audience: Option<String>,

    #[arg(long)]
    pub force: bool,
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
    /// An Excel workbook: a sheet for each kind of record and one of the findings, headers in
    /// the reader's language, numbers as numbers and days as dates
    Xlsx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ViewFormat {
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
    /// An Excel workbook with the table on a sheet (give -o FILE.xlsx)
    Xlsx,
    /// A page with the table, that needs no network (for `status`: with a line per track)
    Html,
}

#[derive(Debug, clap::Args)]
pub struct OverviewArgs {
    #[arg(required = true, value_name = "PLAN")]
    pub plans: Vec<PathBuf>,

    #[arg(long, value_enum, default_value_t = OverviewFormat::Table)]
    pub format: OverviewFormat,

    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,

    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OverviewFormat {
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
    /// A page with the table and a Gantt chart with a lane per plan, that needs no network
    Html,
    /// An Excel workbook with the table on a sheet (give -o FILE.xlsx)
    Xlsx,
}

impl ViewFormat {
    /// The text format a view renders itself in; none for a workbook or a page, which are
    /// made by their own writers (`show::print`).
    pub const fn text(self) -> Option<view::Format> {
        match self {
            Self::Table => Some(view::Format::Table),
            Self::Json => Some(view::Format::Json),
            Self::Csv => Some(view::Format::Csv),
            Self::CsvExcel => Some(view::Format::CsvExcel),
            Self::Markdown => Some(view::Format::Markdown),
            Self::Xlsx | Self::Html => None,
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
