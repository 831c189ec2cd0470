//! `aula-plan gantt` and `aula-plan export`: the plan as a picture, a calendar, a table for
//! Excel, a document or JSON, on standard output or written to a file.

use std::io::{IsTerminal, Write as _};

use aula_plan::diagnostic::Severity;
use aula_plan::diagnostic::human::{self, Tone};
use aula_plan::gantt::{self, RedLine};
use aula_plan::plan::PlanDate;
use aula_plan::{export, view};

use super::Outcome;
use super::args::{ChartFormat, ExportArgs, ExportFormat, GanttArgs};
use super::plans::{self, Input};
use super::write::{destination, made, to_stdout};

/// `aula-plan gantt PLAN`: SVG, or a page of HTML, by `--format` or the output's extension.
pub fn gantt(args: &GanttArgs) -> Outcome {
    let output = destination(args.output.as_deref());
    let format = match (args.format, output.and_then(|o| o.extension()).and_then(|e| e.to_str())) {
        (Some(f), _) => f,
        (None, Some(ext)) if ext.eq_ignore_ascii_case("html") || ext.eq_ignore_ascii_case("htm") => ChartFormat::Html,
        (None, Some(ext)) if ext.eq_ignore_ascii_case("svg") => ChartFormat::Svg,
        (None, Some(ext)) => {
            bail!("{}", super::say("cli-format-unknown", &[("ext", ext.into())]))
        }
        (None, None) => ChartFormat::Svg,
    };
    if output.is_none() && std::io::stdout().is_terminal() {
        bail!("{}", super::say("cli-chart-is-picture", &[]));
    }
    let mut plan = plans::to_show(&args.plan)?;
    plan.keep_only(&args.select.categories, &args.select.parts)?;
    let red = match (args.no_red_line, args.red_line.as_ref().and_then(PlanDate::earliest)) {
        (true, _) => RedLine::Off,
        (false, Some(d)) => RedLine::At(d),
        (false, None) => RedLine::FromPlan,
    };
    let following = plans::following(&args.plan, &plan)?;
    let mut chart = gantt::layout_with(&plan, red, super::lang(), &following);
    chart.mark_today(aula_plan::clock::today_or(args.today)?);
    let text = match format {
        ChartFormat::Svg => gantt::svg::document(&chart),
        ChartFormat::Html => {
            let national = aula_plan::follow::waits(&plan, &following);
            let activities = view::timeline::with_national(&plan, 100, super::lang(), &national);
            gantt::html::page(&chart, &activities, &aula_plan::input::label(&args.plan))
        }
    };
    let Some(output) = output else { return to_stdout(&text) };
    let mut inputs = vec![args.plan.as_path()];
    inputs.extend(following.files());
    made(output, &inputs, args.force, text.as_bytes())?;
    let path = output.display().to_string();
    let wrote = super::say("cli-wrote-chart", &[("path", path.into()), ("summary", chart.summary().into())]);
    writeln!(anstream::stdout(), "{wrote}")?;
    Ok(())
}

/// `aula-plan export PLAN --to FORMAT`.
pub fn export(args: &ExportArgs) -> Outcome {
    if args.audience.is_some() && args.to != ExportFormat::Ics {
        bail!("{}", super::say("cli-for-needs-ics", &[]));
    }
    let stamp = super::write::stamp()?;
    let input = Input::read(&args.plan)?;
    let (findings, following) = input.checked(&args.plan)?;
    let (_, plan) = input.usable("exports", findings.count(Severity::Error))?;
    let mut summary = None;
    let bytes: Vec<u8> = match args.to {
        ExportFormat::Ics => {
            let audience = match &args.audience {
                Some(id) => Some(export::Audience::of(&plan, id)?),
                None => None,
            };
            let cal = export::ics::calendar(&plan, audience.as_ref(), stamp, super::lang());
            if !cal.skipped.is_empty() {
                let list: Vec<String> =
                    cal.skipped.iter().map(|s| format!("{} ({})", s.id, super::lang().text(s.why))).collect();
                let text = super::say(
                    "cli-not-in-calendar",
                    &[("count", cal.skipped.len().into()), ("list", list.join(", ").into())],
                );
                writeln!(anstream::stderr(), "{}", human::line(Tone::Note, &text, crate::cli::lang()))?;
            }
            summary = Some(super::say("cli-events", &[("count", cal.events.into())]));
            cal.text.into_bytes()
        }
        ExportFormat::Csv => export::csv::render(&plan, false, super::lang()).into_bytes(),
        ExportFormat::CsvExcel => export::csv::render(&plan, true, super::lang()).into_bytes(),
        ExportFormat::Markdown => export::markdown::render(&plan, &findings, super::lang()).into_bytes(),
        ExportFormat::Json => export::json::render(&plan, &findings).into_bytes(),
        ExportFormat::Xlsx => {
            let national = aula_plan::follow::waits(&plan, &following);
            super::write::workbook(export::workbook::plan(
                &plan,
                &findings,
                &national,
                stamp.timestamp(),
                super::lang(),
            )?)?
        }
    };
    let Some(output) = destination(args.output.as_deref()) else {
        return if args.to == ExportFormat::Xlsx { super::write::binary_to_stdout(&bytes) } else { to_stdout(&bytes) };
    };
    let mut inputs = vec![args.plan.as_path()];
    inputs.extend(following.files());
    made(output, &inputs, args.force, &bytes)?;
    let path = output.display().to_string();
    let wrote = match summary {
        Some(s) => super::say("cli-wrote-with", &[("path", path.into()), ("what", s.into())]),
        None => super::say("cli-wrote", &[("path", path.into())]),
    };
    writeln!(anstream::stdout(), "{wrote}")?;
    Ok(())
}
