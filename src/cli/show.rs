//! `aula-plan show VIEW`, `status` and `estimate`: a view of a plan as a table, JSON, CSV or
//! Markdown.

use std::io::Write as _;

use aula_plan::report::{self, Report};

use super::Outcome;
use super::args::{EstimateArgs, ReportFormat, ShowView, StatusArgs};
use super::plans;

/// Prints a view in the format asked for.
pub fn print(r: &Report, format: ReportFormat) -> Outcome {
    let mut out = anstream::stdout().lock();
    write!(out, "{}", report::render(r, format.into()))?;
    out.flush()?;
    Ok(())
}

/// `aula-plan show VIEW PLAN`.
pub fn view(view: &ShowView) -> Outcome {
    let args = match view {
        ShowView::Org(a)
        | ShowView::Roles(a)
        | ShowView::People(a)
        | ShowView::Training(a)
        | ShowView::Cascade(a)
        | ShowView::Timeline(a)
        | ShowView::Support { args: a, .. } => a,
    };
    let plan = plans::to_show(&args.plan)?;
    let lang = super::lang();
    let r = match view {
        ShowView::Org(_) => report::org::report(&plan, lang),
        ShowView::Roles(_) => report::roles::report(&plan, lang),
        ShowView::People(_) => report::people::report(&plan, lang),
        ShowView::Training(_) => report::training::report(&plan, lang),
        ShowView::Cascade(_) => report::cascade::report(&plan, lang),
        ShowView::Timeline(_) => {
            let width = aula_plan::table::terminal_width().unwrap_or(100);
            report::timeline::report(&plan, width, lang)
        }
        ShowView::Support { role, .. } => {
            if let Some(role) = role {
                plan.role_named(role)?;
            }
            report::support::report(&plan, role.as_deref(), lang)
        }
    };
    print(&r, args.format)
}

/// `aula-plan estimate PLAN`: KOMBIT's model scaled to the plan's schools and institutions.
pub fn estimate(args: &EstimateArgs) -> Outcome {
    let plan = plans::to_show(&args.args.plan)?;
    let model = match &args.model {
        Some(path) => Some(plans::to_show(path)?),
        None => None,
    };
    let own = report::estimate::Size::of(&plan);
    let size = report::estimate::Size { schools: args.schools.or(own.schools), daycare: args.daycare.or(own.daycare) };
    let r = report::estimate::report(model.as_ref().unwrap_or(&plan), &plan, size, super::lang());
    print(&r, args.args.format)
}

/// `aula-plan status PLAN`: where each activity stands on `--today`.
pub fn status(args: &StatusArgs) -> Outcome {
    let plan = plans::to_show(&args.args.plan)?;
    let today = args.today.unwrap_or_else(|| chrono::Local::now().date_naive());
    print(&report::status::report(&plan, today, args.weeks, super::lang()), args.args.format)
}
