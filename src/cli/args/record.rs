//! The arguments of the progress commands: `done`, `cancel`, `reopen`, `pin`, `unpin`, `move`,
//! `assign`, `unassign`, `set`.

use std::path::PathBuf;

use aula_plan::plan::PlanDate;
use chrono::NaiveDate;
use clap::ArgGroup;

use super::{red_line, revision_day, whole};

// How a progress command (`done`, `pin`, `assign`, `set`, `move`, …) writes the plan: by default,
// asking first at a terminal; no doc comment, which clap would take for the command's about.
// Each bool is a flag of the command line.
#[allow(clippy::struct_excessive_bools)]
#[derive(Debug, clap::Args)]
pub struct RecordArgs {
    #[arg(long, short = 'y')]
    pub yes: bool,

    #[arg(long, conflicts_with = "yes")]
    pub dry_run: bool,

    #[arg(long)]
    pub allow_new_errors: bool,

    #[arg(long)]
    pub revision: bool,

    #[arg(long, value_name = "DAY", value_parser = revision_day, requires = "revision")]
    pub revision_date: Option<NaiveDate>,

    #[arg(long, value_name = "X", requires = "revision")]
    pub plan_revision: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct ActivitiesArgs {
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,

    #[arg(required = true, value_name = "ID")]
    pub ids: Vec<String>,

    #[command(flatten)]
    pub record: RecordArgs,
}

#[derive(Debug, clap::Args)]
pub struct DoneArgs {
    #[command(flatten)]
    pub activities: ActivitiesArgs,

    #[arg(long, value_name = "DAY", value_parser = revision_day)]
    pub on: Option<NaiveDate>,

    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, clap::Args)]
pub struct CancelArgs {
    #[command(flatten)]
    pub activities: ActivitiesArgs,

    #[arg(long, value_name = "TEXT")]
    pub reason: Option<String>,
}

#[derive(Debug, clap::Args)]
#[command(group(ArgGroup::new("target").required(true).args(["to", "months", "weeks", "days"])))]
pub struct MoveArgs {
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,

    #[arg(value_name = "ID")]
    pub id: String,

    #[arg(long, value_name = "DATE", value_parser = red_line)]
    pub to: Option<PlanDate>,

    #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = whole)]
    pub months: Option<i32>,

    #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = whole)]
    pub weeks: Option<i32>,

    #[arg(long, value_name = "N", allow_negative_numbers = true, value_parser = whole)]
    pub days: Option<i32>,

    #[arg(long)]
    pub with_dependents: bool,

    #[arg(long)]
    pub force: bool,

    #[command(flatten)]
    pub record: RecordArgs,
}

#[derive(Debug, clap::Args)]
pub struct AssignArgs {
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,

    #[arg(value_name = "ROLE")]
    pub role: String,

    #[arg(value_name = "PERSON")]
    pub person: String,

    #[command(flatten)]
    pub record: RecordArgs,
}

#[derive(Debug, clap::Args)]
pub struct SetArgs {
    #[arg(value_name = "PLAN")]
    pub plan: PathBuf,

    #[arg(value_name = "ID.KEY")]
    pub target: String,

    #[arg(value_name = "VALUE", allow_hyphen_values = true)]
    pub value: String,

    #[command(flatten)]
    pub record: RecordArgs,
}
