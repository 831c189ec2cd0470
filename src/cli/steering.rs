//! `aula-plan report PLAN`: the steering group's page of where the plan stands, as HTML (for
//! the screen and for printing) or Markdown; and `status --format html`, its status part.

use std::path::{Path, PathBuf};

use aula_plan::diagnostic::{CheckedPlan, Severity};
use aula_plan::follow::Following;
use aula_plan::git::Version;
use aula_plan::plan::Plan;
use aula_plan::steering::{self, Sources};

use super::args::{ReportArgs, ReportFormat, StatusArgs};
use super::plans::Input;
use super::write::{destination, saved, to_stdout};
use super::{Failure, Outcome};

/// Writes the report: by `--format`, else by the output's extension (`.md` is Markdown), else
/// HTML.
pub fn report(args: &ReportArgs) -> Outcome {
    let output = destination(args.output.as_deref());
    let markdown = |p: &Path| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("md"));
    let format =
        args.format.unwrap_or(if output.is_some_and(markdown) { ReportFormat::Markdown } else { ReportFormat::Html });
    let (findings, plan, following) = read(&args.plan)?;
    let today = aula_plan::clock::today_or(args.today)?;
    // An earlier version: a file, or the plan at a git revision.
    let since = match &args.since {
        Some(s) if Path::new(s).is_file() => Some((s.clone(), Version::File(PathBuf::from(s)))),
        Some(rev) => Some((rev.clone(), Version::at(rev, &args.plan))),
        None => None,
    };
    let diff = match &since {
        Some((given, version)) => {
            let (old_report, old_plan, _) = super::diff::side(version)?;
            // A file by its name alone: the folder it is in says nothing to the reader.
            let file = match version {
                Version::File(path) => path.file_name().and_then(|n| n.to_str()).or(Some(given.as_str())),
                Version::Git { .. } => None,
            };
            let label = steering::earlier(&old_plan, &plan, file, super::lang());
            Some((label, aula_plan::diff::diff(&old_plan, &plan, &old_report, &findings)))
        }
        None => None,
    };
    let sources = Sources {
        plan: &plan,
        findings: &findings,
        following: &following,
        today,
        weeks: steering::WEEKS,
        since: diff.as_ref().map(|(label, d)| (label.as_str(), d)),
    };
    let briefing = steering::gather(&sources, super::lang());
    let label = aula_plan::input::label(&args.plan);
    let text = match format {
        ReportFormat::Html => steering::html::page(&briefing, &label),
        ReportFormat::Markdown => steering::markdown::render(&briefing),
    };
    let Some(output) = output else { return to_stdout(&text) };
    let mut inputs = vec![args.plan.as_path()];
    inputs.extend(following.files());
    saved(output, &inputs, args.force, text.as_bytes())
}

/// The plan at `path` as far as it reads (with a warning when it has errors), its findings,
/// and the plans it follows.
fn read(path: &Path) -> Result<(CheckedPlan, Plan, Following), Failure> {
    let input = Input::read(path)?;
    let (findings, following) = input.checked(path)?;
    let (_, plan) = input.usable("shows", findings.count(Severity::Error))?;
    Ok((findings, plan, following))
}

/// `status --format html`: the report's header, its line per track, and every activity's
/// state — the same page's parts.
pub fn status(args: &StatusArgs) -> Outcome {
    let path = &args.args.plan;
    let (findings, plan, following) = read(path)?;
    let today = aula_plan::clock::today_or(args.today)?;
    let sources =
        Sources { plan: &plan, findings: &findings, following: &following, today, weeks: args.weeks, since: None };
    let mut briefing = steering::gather(&sources, super::lang());
    briefing.status.ids = args.args.show_ids;
    let text = steering::html::status(&briefing, &aula_plan::input::label(path));
    let Some(output) = destination(args.args.output.as_deref()) else { return to_stdout(&text) };
    saved(output, &[path.as_path()], false, text.as_bytes())
}
