//! `aula-plan show VIEW`, `status` and `estimate`: a view of a plan as a table, JSON, CSV or
//! Markdown.

use std::io::Write as _;

use aula_plan::view::{self, View};

use super::Outcome;
use super::args::{EstimateArgs, OverviewArgs, OverviewFormat, ShowView, StatusArgs, ViewArgs, ViewFormat};
use super::plans;

/// The format a view is written in: as `--format` says or, left at the table (`table`), as the
/// file it is written to says (`-o status.html` is the page): a file never holds a terminal's
/// table where another format was plainly meant.
fn format_for<F: clap::ValueEnum + PartialEq + Copy>(given: F, table: F, output: Option<&std::path::Path>) -> F {
    if given != table {
        return given;
    }
    // The extension of the file written to, in lower case.
    let extension = output.and_then(|o| o.extension()).and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    let name = match extension.as_deref() {
        Some("html" | "htm") => "html",
        Some("json") => "json",
        Some("csv") => "csv",
        Some("md") => "markdown",
        Some("xlsx") => "xlsx",
        _ => return table,
    };
    F::from_str(name, true).unwrap_or(table)
}

/// [`format_for`] a view of one plan.
fn view_format(args: &ViewArgs) -> ViewFormat {
    format_for(args.format, ViewFormat::Table, args.output.as_deref())
}

/// A table for a file: without the bold a terminal shows.
fn plain(table: &str) -> Vec<u8> {
    anstream::adapter::strip_str(table).to_string().into_bytes()
}

/// Prints a view in the format asked for, with ids beside the names when asked.
pub fn print(mut r: View, args: &ViewArgs) -> Outcome {
    r.ids = args.show_ids;
    let format = view_format(args);
    let bytes = match format.text() {
        Some(view::Format::Table) if args.output.is_some() => plain(&view::render(&r, view::Format::Table)),
        Some(format) => view::render(&r, format).into_bytes(),
        None if format == ViewFormat::Xlsx => {
            super::write::workbook(aula_plan::export::xlsx::reports(&[&r], super::write::stamp()?.timestamp())?)?
        }
        None => aula_plan::html::view_page(&r, &aula_plan::input::label(&args.plan)).into_bytes(),
    };
    match super::write::destination(args.output.as_deref()) {
        Some(output) => super::write::saved(output, &[args.plan.as_path()], false, &bytes),
        None if format == ViewFormat::Xlsx => super::write::binary_to_stdout(&bytes),
        None => {
            // Through anstream: a table's bold is dropped where it would be noise.
            let mut out = anstream::stdout().lock();
            out.write_all(&bytes)?;
            out.flush()?;
            Ok(())
        }
    }
}

/// `aula-plan show VIEW PLAN`.
pub fn view(view: &ShowView) -> Outcome {
    let args = match view {
        ShowView::Org(a)
        | ShowView::Roles(a)
        | ShowView::People(a)
        | ShowView::Training(a)
        | ShowView::Cascade(a)
        | ShowView::Timeline { args: a, .. }
        | ShowView::Support { args: a, .. } => a,
    };
    let mut plan = plans::to_show(&args.plan)?;
    if let ShowView::Timeline { select, .. } = view {
        plan.keep_only(&select.categories, &select.parts)?;
    }
    let lang = super::lang();
    let r = match view {
        ShowView::Org(_) => view::org::report(&plan, lang),
        ShowView::Roles(_) => view::roles::report(&plan, lang),
        ShowView::People(_) => view::people::report(&plan, lang),
        ShowView::Training(_) => view::training::report(&plan, lang),
        ShowView::Cascade(_) => view::cascade::report(&plan, lang),
        ShowView::Timeline { .. } => {
            let width = aula_plan::table::terminal_width().unwrap_or(100);
            view::timeline::with_national(&plan, width, lang, &national(&args.plan, &plan)?)
        }
        ShowView::Support { role, .. } => {
            if let Some(role) = role {
                plan.role_named(role)?;
            }
            view::support::report(&plan, role.as_deref(), lang)
        }
    };
    print(r, args)
}

/// The activities of followed plans that `plan`, read from `path`, waits for.
pub fn national(
    path: &std::path::Path,
    plan: &aula_plan::plan::Plan,
) -> Result<Vec<aula_plan::follow::Wait>, super::Failure> {
    Ok(aula_plan::follow::waits(plan, &plans::following(path, plan)?))
}

/// `aula-plan estimate PLAN`: KOMBIT's model scaled to the plan's schools and institutions.
pub fn estimate(args: &EstimateArgs) -> Outcome {
    let plan = plans::to_show(&args.args.plan)?;
    let model = match &args.model {
        Some(path) => Some(plans::to_show(path)?),
        None => None,
    };
    let own = view::estimate::Size::of(&plan);
    let size = view::estimate::Size { schools: args.schools.or(own.schools), daycare: args.daycare.or(own.daycare) };
    let model = model.as_ref().unwrap_or(&plan);
    let missing = size.missing(model);
    if !missing.is_empty() {
        let flags: Vec<&str> =
            missing.iter().map(|t| if *t == "schools" { "--schools N" } else { "--institutions N" }).collect();
        bail!(
            "{}",
            super::say(
                "estimate-no-counts",
                &[("plan", args.args.plan.display().to_string().into()), ("flags", flags.join(" ").into()),]
            )
        );
    }
    let r = view::estimate::report(model, &plan, size, super::lang());
    print(r, &args.args)
}

/// `aula-plan status PLAN`: where each activity stands on `--today`.
pub fn status(args: &StatusArgs) -> Outcome {
    if view_format(&args.args) == ViewFormat::Html {
        return super::steering::status(args);
    }
    let mut plan = plans::to_show(&args.args.plan)?;
    plan.keep_only(&args.select.categories, &args.select.parts)?;
    let today = aula_plan::clock::today_or(args.today)?;
    let national = national(&args.args.plan, &plan)?;
    print(view::status::with_national(&plan, today, args.weeks, super::lang(), &national), &args.args)
}

/// `aula-plan overview PLAN...`: a row per plan, read in parallel; as a table (and the other
/// report formats), or a page with every plan's Gantt chart. Status 2 when a plan could not be
/// read, after showing the others.
pub fn overview(args: &OverviewArgs) -> Outcome {
    use aula_plan::diagnostic::human::{self, Tone};
    let lang = super::lang();
    let (paths, mut failed) = aula_plan::input::plan_files_each(&args.plans);
    let mut plans = Vec::with_capacity(paths.len());
    for result in aula_plan::validate::read_all(&paths, &aula_plan::rules::Overrides::default()) {
        match result {
            Ok(whole) => plans.push(whole),
            Err(e) => failed.push(e),
        }
    }
    for e in &failed {
        writeln!(anstream::stderr(), "{}", human::line(Tone::Error, &e.text().in_lang(lang), lang))?;
    }
    let r = view::overview::report(&plans, lang);
    let format = format_for(args.format, OverviewFormat::Table, args.output.as_deref());
    let made = match format {
        OverviewFormat::Html => {
            // Each named as the table names it: its municipality, or as the national plan.
            let named: Vec<(String, &aula_plan::plan::Plan)> = plans
                .iter()
                .zip(&r.rows)
                .filter_map(|(w, row)| Some((view::text(row.cells.get(1)?), w.plan.as_ref()?)))
                .collect();
            let counted = view::overview::counted(&r).in_lang(lang).into_owned();
            let chart = aula_plan::gantt::overview::layout(&named, counted, lang);
            let source = args.plans.iter().map(|p| p.display().to_string()).collect::<Vec<_>>().join(", ");
            aula_plan::gantt::html::overview(&r, &chart, &source).into_bytes()
        }
        OverviewFormat::Xlsx => {
            super::write::workbook(aula_plan::export::xlsx::reports(&[&r], super::write::stamp()?.timestamp())?)?
        }
        OverviewFormat::Table if args.output.is_some() => plain(&view::render(&r, view::Format::Table)),
        OverviewFormat::Table => view::render(&r, view::Format::Table).into_bytes(),
        OverviewFormat::Json => view::render(&r, view::Format::Json).into_bytes(),
        OverviewFormat::Csv => view::render(&r, view::Format::Csv).into_bytes(),
        OverviewFormat::CsvExcel => view::render(&r, view::Format::CsvExcel).into_bytes(),
        OverviewFormat::Markdown => view::render(&r, view::Format::Markdown).into_bytes(),
    };
    if let Some(output) = super::write::destination(args.output.as_deref()) {
        let mut read: Vec<&std::path::Path> = paths.iter().map(std::path::PathBuf::as_path).collect();
        read.extend(plans.iter().flat_map(|w| w.following.files()));
        super::write::saved(output, &read, args.force, &made)?;
    } else if format == OverviewFormat::Xlsx {
        super::write::binary_to_stdout(&made)?;
    } else {
        let mut out = anstream::stdout().lock();
        out.write_all(&made)?;
        out.flush()?;
    }
    if failed.is_empty() { Ok(()) } else { Err(super::Failure::shown()) }
}
