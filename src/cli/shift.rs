//! `aula-plan shift`: the moves after a national delay, shown as a diff and a table, then
//! written through the edit pipeline when asked.

use std::io::Write as _;

use aula_plan::diagnostic::human;
use aula_plan::diagnostic::{CheckedPlan, Severity};
use aula_plan::edit::{Original, unified_diff};
use aula_plan::i18n::{self, Text};
use aula_plan::plan::date::Step;
use aula_plan::rules::Overrides;
use aula_plan::shift::{self, Request, RevisionEntry};
use aula_plan::validate;

use super::args::{EditArgs, RescheduleArgs, ShiftArgs};
use super::plans::{Input, errors_of, unreadable};
use super::{Failure, Outcome, write};

/// Exit status 0 when shown or written; 1 when the plan has errors to fix first or the write
/// was declined; 2 when the arguments are wrong or the file cannot be written.
pub fn run(args: &ShiftArgs) -> Outcome {
    let lang = super::lang();
    let path = args.plan.display().to_string();
    let (input, before, _) = to_edit(&args.plan, args.edit.write, false)?;
    let name = input.label.clone();
    let plan = whole(&input, &before)?;
    let (amount, unit): (_, fn(i32) -> Step) = match (args.months, args.weeks, args.days) {
        (Some(n), ..) => (n, Step::Months),
        (_, Some(n), _) => (n, Step::Weeks),
        (.., Some(n)) => (n, Step::Days),
        (None, None, None) => bail!("{}", super::say("cli-shift-give-step", &[])),
    };
    let (step, most) = (unit(amount.least), amount.most.map(unit));
    let request = Request {
        step,
        most,
        from: args.from.clone(),
        tracks: args.tracks.clone(),
        only: args.only.clone(),
        workdays: args.workdays,
        end_only: args.end_only,
    };
    if let Some(last) = shift::repeats(plan, &request).filter(|_| !args.again) {
        let named = match (&last.revision, &last.date) {
            (Some(r), Some(d)) => {
                Text::id("cli-shift-named-revision-date").arg("revision", &r.value).arg("date", d.value)
            }
            (Some(r), None) => Text::id("cli-shift-named-revision").arg("revision", &r.value),
            (None, Some(d)) => Text::id("cli-shift-named-date").arg("date", d.value),
            (None, None) => Text::id("cli-shift-named-last"),
        };
        let at = before.line_col(last.span.start());
        let text = super::say(
            "cli-shift-repeated",
            &[("named", named.into()), ("path", path.as_str().into()), ("line", at.line.to_string().into())],
        );
        writeln!(anstream::stderr(), "{}", human::line(human::Tone::Error, &text, crate::cli::lang()))?;
        return Err(Failure::verdict());
    }
    // A shift that cannot be made points at the place in the file that stops it.
    let located = |e: shift::ShiftError| match e.span() {
        Some(span) => {
            let at = before.line_col(span.start());
            Failure::from(anyhow::anyhow!("{path}:{}:{}: {}", at.line, at.column, e.text().in_lang(lang)))
        }
        None => Failure::from(e),
    };
    let planned = shift::plan_shift(plan, &input.source, &request).map_err(located)?;
    let notes = shift::notes(&planned);
    let label =
        Text::id("shift-diff-label").arg("name", &name).arg("step", i18n::delay(step, most)).in_lang(lang).into_owned();
    let how = How { label, nothing: "cli-shift-nothing", question: "shift-question", note: None };
    finish(&Edit { common: &args.edit, path: &args.plan }, &input, &before, plan, planned, &notes, &how)
}

/// `aula-plan reschedule PLAN`: every activity that starts before what it waits for ends (in
/// this plan or a followed one), moved by the smallest step of its own dates. Exit status as
/// `shift`'s; 1 too when a done, cancelled or pinned activity starts too early.
pub fn reschedule(args: &RescheduleArgs) -> Outcome {
    let lang = super::lang();
    let path = args.plan.display().to_string();
    let (input, before, following) = to_edit(&args.plan, args.edit.write, true)?;
    let plan = whole(&input, &before)?;
    // Dates of a followed plan that cannot be read, or is wrong, are no ground to move by.
    let followed: Vec<_> = before
        .findings
        .iter()
        .filter(|f| f.rule == aula_plan::registry::FOLLOWED_PLAN && f.severity == Severity::Error)
        .cloned()
        .collect();
    if !followed.is_empty() {
        let message = super::say("reschedule-followed-errors", &[("path", path.as_str().into())]);
        return Err(unreadable(input.label.clone(), input.source.clone(), followed, &message, 1)?);
    }
    let options = aula_plan::reschedule::Options { workdays: args.workdays };
    let done = aula_plan::reschedule::reschedule(plan, &input.source, &following, options).map_err(Failure::from)?;
    if !done.conflicts.is_empty() {
        let mut err = anstream::stderr().lock();
        for (span, text) in &done.conflicts {
            let at = before.line_col(span.start());
            let line = format!("{path}:{}:{}: {}", at.line, at.column, text.in_lang(lang));
            writeln!(err, "{}", human::line(human::Tone::Error, &line, lang))?;
        }
        let summary = super::say("reschedule-conflicts", &[("count", done.conflicts.len().into())]);
        writeln!(err, "{}", human::line(human::Tone::Error, &summary, lang))?;
        return Err(Failure::verdict());
    }
    let mut notes = shift::notes(&done.shift);
    notes.extend(done.reasons.iter().cloned());
    notes.sort_by_key(|(span, _)| *span);
    let label = Text::id("reschedule-diff-label").arg("name", &input.label).in_lang(lang).into_owned();
    let how = How {
        label,
        nothing: "reschedule-nothing",
        question: "reschedule-question",
        note: Some(lang.text("reschedule-note")),
    };
    finish(&Edit { common: &args.edit, path: &args.plan }, &input, &before, plan, done.shift, &notes, &how)
}

/// The plan a command that moves dates edits, read, with its findings (and, with `follows`,
/// those its followed plans give, and those plans). With `--write`, standard input is refused:
/// there is no file to write.
fn to_edit(
    path: &std::path::Path,
    write: bool,
    follows: bool,
) -> Result<(Input, CheckedPlan, aula_plan::follow::Following), Failure> {
    if path.as_os_str() == "-" && write {
        bail!("{}", super::say("cli-write-needs-file", &[]));
    }
    let input = Input::read(path)?;
    let file = follows.then_some(path);
    let (before, following) =
        validate::check_with(input.label.clone(), input.source.clone(), &input.loaded, file, &Overrides::default());
    Ok((input, before, following))
}

/// The plan as loaded, when it loaded whole: dates that did not load cannot be moved, and a
/// move of what did load would be partial.
fn whole<'a>(input: &'a Input, before: &CheckedPlan) -> Result<&'a aula_plan::plan::Plan, Failure> {
    if let Some(plan) = input.loaded.plan.as_ref().filter(|_| input.load_errors() == 0) {
        return Ok(plan);
    }
    let errors = errors_of(&before.findings);
    let message =
        super::say("cli-shift-unreadable", &[("path", input.label.as_str().into()), ("count", errors.len().into())]);
    Err(unreadable(input.label.clone(), input.source.clone(), errors, &message, 1)?)
}

/// What a command that moves dates says: the diff's label, the line when nothing moves, the
/// question before writing, and the revision's note when none is given.
pub(super) struct How {
    pub label: String,
    pub nothing: &'static str,
    pub question: &'static str,
    pub note: Option<String>,
}

/// The plan file a command that moves dates writes, and how.
pub(super) struct Edit<'a> {
    pub common: &'a EditArgs,
    pub path: &'a std::path::Path,
}

/// The rest of `shift` and `reschedule` once the moves are worked out: the diff with the new
/// revision, the table, the notes, the findings the moves bring; then, with `--write`, the
/// safe write through the edit pipeline.
pub(super) fn finish(
    edit: &Edit<'_>,
    input: &Input,
    before: &CheckedPlan,
    plan: &aula_plan::plan::Plan,
    mut planned: shift::Shift,
    notes: &[(aula_plan::span::Span, Text)],
    how: &How,
) -> Outcome {
    let lang = super::lang();
    let args = edit.common;
    let path = edit.path.display().to_string();
    let name = input.label.clone();
    let mut out = anstream::stdout().lock();
    let located = |e: shift::ShiftError| match e.span() {
        Some(span) => {
            let at = before.line_col(span.start());
            Failure::from(anyhow::anyhow!("{path}:{}:{}: {}", at.line, at.column, e.text().in_lang(lang)))
        }
        None => Failure::from(e),
    };
    let print_notes = |out: &mut dyn std::io::Write| -> std::io::Result<()> {
        for (span, text) in notes {
            writeln!(out, "{}", human::note_at(before, *span, &text.in_lang(lang), lang))?;
        }
        Ok(())
    };
    if planned.moves.is_empty() {
        print_notes(&mut out)?;
        writeln!(out, "{}", super::say(how.nothing, &[]))?;
        return Ok(());
    }
    // The diff shows what --write writes, the new revision included.
    // The plan's revision counts on: 2.1 → 2.2, or as --plan-revision says.
    let current = plan.meta.revision.as_ref();
    let counted = current.and_then(|r| shift::bumped_revision(&r.value));
    let new_revision = args.plan_revision.clone().or(counted);
    if let (Some(r), None) = (current, &new_revision) {
        let text = super::say("cli-shift-revision-not-number", &[("revision", r.value.as_str().into())]);
        writeln!(out, "{}", human::note_at(before, r.span, &text, lang))?;
    }
    let revision = RevisionEntry {
        date: aula_plan::clock::today_or(args.revision_date)?,
        note: args.reason.clone().or_else(|| how.note.clone()),
        plan_revision: current.filter(|_| new_revision.is_some()).map(|r| r.span),
        revision: new_revision.clone(),
    };
    shift::add_revision(&mut planned, &input.source, &revision).map_err(located)?;
    let original = Original { source: &input.source, findings: &input.loaded.findings };
    let edited = shift::verify(plan, original, &planned, true)?;
    let after = validate::check(name.clone(), edited.text.clone(), &edited.loaded, &Overrides::default());
    let (new, gone) = shift::new_findings(before, &after, &planned.splices);
    let new_findings: Vec<aula_plan::diagnostic::Finding> = new.iter().map(|f| (*f).clone()).collect();

    write!(out, "{}", unified_diff(&input.source, &edited.text, &name, &how.label))?;
    writeln!(out, "\n{}", shift::table(&planned, lang))?;
    print_notes(&mut out)?;
    if !new.is_empty() {
        let new_report = CheckedPlan::new(name.clone(), after.source.clone(), new.into_iter().cloned().collect());
        writeln!(out, "\n{}\n", lang.text_with("shift-new-findings", &[("count", new_report.findings.len().into())]))?;
        write!(out, "{}", human::render(&new_report, lang))?;
    }
    if gone > 0 {
        writeln!(out, "{}", lang.text_with("shift-resolves", &[("count", gone.into())]))?;
    }
    let bold = anstyle::Style::new().bold();
    let summary = shift::summary(&planned);
    let summary = summary.in_lang(lang);
    let new_errors = new_findings.iter().filter(|f| f.severity == Severity::Error).count();
    if args.write && new_errors > 0 && !args.allow_new_errors {
        out.flush()?;
        let text = super::say("cli-shift-new-errors", &[("count", new_errors.into())]);
        writeln!(anstream::stderr(), "{}", human::line(human::Tone::Error, &text, crate::cli::lang()))?;
        return Err(Failure::verdict());
    }
    if !args.write {
        let would = lang.text_with("shift-would-move", &[("summary", summary.as_ref().into())]);
        writeln!(out, "\n{bold}{would}{bold:#} {}", lang.text("shift-nothing-written"))?;
        return Ok(());
    }
    out.flush()?;
    drop(out);
    let question = lang.text_with(how.question, &[("path", path.as_str().into())]);
    write::confirm_and_write(edit.path, &question, args.yes, &input.bytes, edited.text.as_bytes())?;
    let recorded = match &revision.revision {
        Some(r) => Text::id("shift-recorded-revision").arg("revision", r),
        None => Text::id("shift-recorded"),
    }
    .arg("date", revision.date);
    let moved = lang.text_with("shift-moved", &[("summary", summary.as_ref().into())]);
    let wrote = lang.text_with("shift-wrote", &[("path", path.as_str().into()), ("recorded", recorded.into())]);
    writeln!(anstream::stdout(), "\n{bold}{moved}{bold:#} {wrote}")?;
    Ok(())
}
