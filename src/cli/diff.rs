//! `aula-plan diff`: what changed between two versions of a plan.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use aula_plan::diagnostic::CheckedPlan;
use aula_plan::diff;
use aula_plan::follow::{self, Wait};
use aula_plan::git::Version;
use aula_plan::plan::Plan;
use aula_plan::validate;

use super::args::{DiffArgs, DiffFormat};
use super::plans::{Input, errors_of, unreadable};
use super::{Failure, Outcome};

/// One side of a diff, read and loaded, with its findings and — for a file, whose folder holds
/// the plans it follows — the national activities it waits for; a side that does not read as a
/// plan ends the command with status 2.
pub(super) fn side(version: &Version) -> Result<(CheckedPlan, Plan, Option<Vec<Wait>>), Failure> {
    let input = Input::version(version)?;
    let file = match version {
        Version::File(path) if path.as_os_str() != "-" => Some(path.as_path()),
        _ => None,
    };
    let overrides = aula_plan::rules::Overrides::default();
    let (report, following) =
        validate::check_with(input.label.clone(), input.source.clone(), &input.loaded, file, &overrides);
    if let Some(plan) = input.loaded.plan {
        let waits = file.map(|_| follow::waits(&plan, &following));
        return Ok((report, plan, waits));
    }
    let message = super::say("cli-cannot-compare", &[("path", input.label.as_str().into())]);
    Err(unreadable(input.label, report.source.clone(), errors_of(&report.findings), &message, 2)?)
}

/// Status 0; 1 with --exit-code when the versions differ, or with --fail-on-new-errors when the
/// newer has new errors.
pub fn run(args: &DiffArgs) -> Outcome {
    let (old, new) = match (&args.since, &args.new) {
        (Some(rev), _) => (Version::at(rev, Path::new(&args.old)), Version::File(PathBuf::from(&args.old))),
        (None, Some(new)) => (Version::parse(&args.old), Version::parse(new)),
        (None, None) => bail!("{}", super::say("cli-give-newer", &[])),
    };
    let (old_report, old_plan, old_waits) = side(&old)?;
    let (new_report, new_plan, new_waits) = side(&new)?;
    // The national activities are compared when both sides could read their followed plans.
    let national = match (&old_waits, &new_waits) {
        (Some(a), Some(b)) => (a.as_slice(), b.as_slice()),
        _ => (&[][..], &[][..]),
    };
    let d = diff::diff_with_national(&old_plan, &new_plan, &old_report, &new_report, national);
    let lang = super::lang();
    let mut out = anstream::stdout().lock();
    match args.format {
        DiffFormat::Table => write!(out, "{}", diff::render::tables(&d, lang))?,
        DiffFormat::Markdown => write!(out, "{}", diff::render::markdown(&d, lang))?,
        DiffFormat::Json => writeln!(out, "{}", diff::render::json(&d, lang))?,
    }
    out.flush()?;
    let fail = (args.exit_code && d.differs()) || (args.fail_on_new_errors && d.new_errors() > 0);
    if fail { Err(Failure::verdict()) } else { Ok(()) }
}
