//! `done`, `cancel`, `reopen`, `pin`, `unpin`, `move`, `assign`, `unassign` and `set`: the
//! project group's weekly decisions, each worked out by `aula_plan::record` and run through the
//! one edit pipeline here: edit → read back (the loader's own message for a value of the wrong
//! type) → the findings it brings (refused when it brings an error) → diff → ask at a terminal
//! → safe write. It writes by default, as `cargo add` does; `--dry-run` only shows. When
//! another writer changed the plan meanwhile and nobody was asked, the change is made again on
//! the fresh file (it is made by id, not by position), so that neither update is lost.

use std::io::Write as _;
use std::path::Path;

use aula_plan::diagnostic::human::{self, Tone};
use aula_plan::diagnostic::{CheckedPlan, Finding, Severity};
use aula_plan::edit::{Splices, WriteError, unified_diff, write_atomically};
use aula_plan::i18n::Text;
use aula_plan::plan::date::Step;
use aula_plan::plan::{Plan, Status};
use aula_plan::record::{self, Record, RecordError};
use aula_plan::rules::Overrides;
use aula_plan::shift::{self, RevisionEntry};
use aula_plan::{load, validate};

use super::args::{ActivitiesArgs, AssignArgs, CancelArgs, DoneArgs, MoveArgs, RecordArgs, SetArgs};
use super::plans::{Input, errors_of, unreadable};
use super::{Failure, Outcome, prompt};

/// How many times a change is made again on a plan another writer changed meanwhile.
const TRIES: usize = 8;

pub fn done(args: &DoneArgs) -> Outcome {
    let a = &args.activities;
    let on = aula_plan::clock::today_or(args.on)?;
    run(&a.plan, &a.record, Then::Nothing, |plan, source| {
        record::status::record(plan, source, &a.ids, Status::Done, Some(on), None)
    })
}

pub fn cancel(args: &CancelArgs) -> Outcome {
    let a = &args.activities;
    run(&a.plan, &a.record, Then::Nothing, |plan, source| {
        record::status::record(plan, source, &a.ids, Status::Cancelled, None, args.reason.as_deref())
    })
}

pub fn reopen(a: &ActivitiesArgs) -> Outcome {
    run(&a.plan, &a.record, Then::Nothing, |plan, source| {
        record::status::record(plan, source, &a.ids, Status::Planned, None, None)
    })
}

pub fn pin(a: &ActivitiesArgs, pinned: bool) -> Outcome {
    run(&a.plan, &a.record, Then::Nothing, |plan, source| record::pin::record(plan, source, &a.ids, pinned))
}

pub fn assign(a: &AssignArgs, assign: bool) -> Outcome {
    run(&a.plan, &a.record, Then::Nothing, |plan, source| {
        if assign {
            record::assign::assign(plan, source, &a.role, &a.person)
        } else {
            record::assign::unassign(plan, source, &a.role, &a.person)
        }
    })
}

pub fn set(a: &SetArgs) -> Outcome {
    run(&a.plan, &a.record, Then::Nothing, |plan, source| record::set::record(plan, source, &a.target, &a.value))
}

pub fn moving(a: &MoveArgs) -> Outcome {
    let target = match (a.to.clone(), a.months, a.weeks, a.days) {
        (Some(to), ..) => record::moving::Target::To(to),
        (_, Some(n), ..) => record::moving::Target::By(Step::Months(n)),
        (_, _, Some(n), _) => record::moving::Target::By(Step::Weeks(n)),
        (.., Some(n)) => record::moving::Target::By(Step::Days(n)),
        _ => bail!("{}", super::say("cli-shift-give-step", &[])),
    };
    let then = if a.with_dependents { Then::Reschedule } else { Then::KeepOrder };
    run(&a.plan, &a.record, then, |plan, source| record::moving::record(plan, source, &a.id, target.clone(), a.force))
}

/// What a change asks of what waits for it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Then {
    Nothing,
    /// `move`: refused, naming them, when it breaks an order of the plan.
    KeepOrder,
    /// `move --with-dependents`: what starts too early moves on, as `reschedule` moves it.
    Reschedule,
}

/// The rules whose findings mean that a move broke what waits for it.
const ORDER_RULES: [&str; 2] = ["dependency-order", "trainer-trained-late"];

/// How one try ended.
enum Tried {
    Finished,
    /// The file changed between reading and writing, and nobody was asked: try again.
    Changed,
}

fn run(
    path: &Path,
    opts: &RecordArgs,
    then: Then,
    make: impl Fn(&Plan, &str) -> Result<Record, RecordError>,
) -> Outcome {
    if path.as_os_str() == "-" {
        bail!("{}", super::say("cli-write-needs-file", &[]));
    }
    for _ in 0..TRIES {
        if let Tried::Finished = once(path, opts, then, &make)? {
            return Ok(());
        }
    }
    let text = WriteError::Changed { path: path.display().to_string() }.text().in_lang(super::lang()).into_owned();
    writeln!(anstream::stderr(), "{}", human::line(Tone::Error, &text, super::lang()))?;
    Err(Failure::shown())
}

#[allow(clippy::too_many_lines)]
fn once(
    path: &Path,
    opts: &RecordArgs,
    then: Then,
    make: &impl Fn(&Plan, &str) -> Result<Record, RecordError>,
) -> Result<Tried, Failure> {
    let lang = super::lang();
    let input = Input::read(path)?;
    let name = input.label.clone();
    let before = input.report();
    let Some(plan) = input.loaded.plan.as_ref().filter(|_| input.load_errors() == 0) else {
        let errors = errors_of(&before.findings);
        let message =
            super::say("cli-record-unreadable", &[("path", name.as_str().into()), ("count", errors.len().into())]);
        return Err(unreadable(name, input.source.clone(), errors, &message, 2)?);
    };
    let record = make(plan, &input.source).map_err(Failure::from)?;
    let mut out = anstream::stdout().lock();
    if record.splices.is_empty() {
        writeln!(out, "{}", super::say("cli-record-nothing", &[]))?;
        return Ok(Tried::Finished);
    }
    let mut changes: Vec<String> = record.changes.iter().map(|c| c.in_lang(lang).into_owned()).collect();
    let original = aula_plan::edit::Original { source: &input.source, findings: &input.loaded.findings };
    let edited = match aula_plan::edit::read_back(original, &record.splices, "edited plan", &record.meant) {
        Ok(edited) => edited,
        Err(e) => return Err(refused_value(&input, &record.splices, &name)?.unwrap_or_else(|| e.into())),
    };
    // What waits for a moved activity.
    let mut after = validate::check(name.clone(), edited.text.clone(), &edited.loaded, &Overrides::default());
    let mut text = edited.text;
    let broken: Vec<&Finding> =
        new(&before, &after).into_iter().filter(|f| ORDER_RULES.contains(&f.rule.name)).collect();
    if !broken.is_empty() {
        match then {
            Then::Nothing => {}
            Then::KeepOrder => {
                let report = CheckedPlan::new(name.clone(), text.clone(), broken.into_iter().cloned().collect());
                write!(out, "{}", human::render(&report, lang))?;
                out.flush()?;
                let plan =
                    edited.loaded.plan.as_ref().ok_or_else(|| anyhow::anyhow!("the edited plan does not load"))?;
                let waiting: Vec<String> = waiting(plan, &report.findings).iter().map(|id| format!("`{id}`")).collect();
                let message = super::say("cli-move-breaks", &[("ids", waiting.join(", ").into())]);
                writeln!(anstream::stderr(), "{}", human::line(Tone::Error, &message, lang))?;
                return Err(Failure::verdict());
            }
            Then::Reschedule => {
                let (moved, said) = reschedule(path, &before, text)?;
                text = moved;
                changes.extend(said.iter().map(|t| t.in_lang(lang).into_owned()));
                after = checked(&name, &text);
            }
        }
    }
    if opts.revision {
        let edited = load::load(&text);
        let edited_plan = edited.plan.as_ref().ok_or_else(|| anyhow::anyhow!("the edited plan does not load"))?;
        text = with_revision(edited_plan, &text, opts, &changes)?;
        after = checked(&name, &text);
    }
    let label = super::say("cli-record-label", &[("path", name.as_str().into())]);
    write!(out, "{}", unified_diff(&input.source, &text, &name, &label))?;
    let new_findings: Vec<Finding> = new(&before, &after).into_iter().cloned().collect();
    if !new_findings.is_empty() {
        let report = CheckedPlan::new(name.clone(), text.clone(), new_findings);
        writeln!(out, "\n{}\n", super::say("cli-record-new-findings", &[("count", report.findings.len().into())]))?;
        write!(out, "{}", human::render(&report, lang))?;
        let errors = report.count(Severity::Error);
        if errors > 0 && !opts.allow_new_errors {
            out.flush()?;
            let message = super::say("cli-record-new-errors", &[("count", errors.into())]);
            writeln!(anstream::stderr(), "{}", human::line(Tone::Error, &message, lang))?;
            return Err(Failure::verdict());
        }
    }
    let summary = changes.join("; ");
    if opts.dry_run {
        writeln!(out, "\n{}", super::say("cli-record-would", &[("changes", summary.as_str().into())]))?;
        return Ok(Tried::Finished);
    }
    out.flush()?;
    drop(out);
    let asked = !opts.yes && prompt::at_terminal();
    if asked && !prompt::confirm(&super::say("cli-record-question", &[("path", name.as_str().into())])) {
        writeln!(anstream::stdout(), "{}", super::say("cli-nothing-written", &[]))?;
        return Err(Failure::verdict());
    }
    match write_atomically(path, &input.bytes, text.as_bytes()) {
        Ok(()) => {}
        // Nobody was shown this diff: make the change again on what the other writer left.
        Err(WriteError::Changed { .. }) if !asked => return Ok(Tried::Changed),
        Err(e) => {
            writeln!(anstream::stderr(), "{}", human::line(Tone::Error, &e.text().in_lang(lang), lang))?;
            return Err(Failure::shown());
        }
    }
    let wrote = super::say("cli-record-wrote", &[("path", name.as_str().into()), ("changes", summary.as_str().into())]);
    writeln!(anstream::stdout(), "\n{wrote}")?;
    Ok(Tried::Finished)
}

/// Why an edit did not read back, when it is a value the loader cannot read (`set … seats
/// three`): the loader's own message, at its line and column in the edited text, shown; `None`
/// when the edit failed otherwise (a bug, which the read-back's own error names).
fn refused_value(input: &Input, splices: &Splices, name: &str) -> Result<Option<Failure>, Failure> {
    let text = splices.apply(&input.source);
    let loaded = load::load(&text);
    let errors = |f: &[Finding]| f.iter().filter(|f| f.severity == Severity::Error).count();
    if errors(&loaded.findings) > errors(&input.loaded.findings) {
        let old: Vec<String> = input.loaded.findings.iter().map(|f| f.message.to_string()).collect();
        let new: Vec<Finding> =
            errors_of(&loaded.findings).into_iter().filter(|f| !old.contains(&f.message.to_string())).collect();
        let report = CheckedPlan::new(name.to_owned(), text, new);
        let lang = super::lang();
        write!(anstream::stderr(), "{}", human::render(&report, lang))?;
        let message = super::say("cli-record-not-written", &[("path", name.into())]);
        writeln!(anstream::stderr(), "{}", human::line(Tone::Error, &message, lang))?;
        return Ok(Some(Failure::shown()));
    }
    Ok(None)
}

/// Every finding of `text`, as `validate` gives them.
fn checked(name: &str, text: &str) -> CheckedPlan {
    let loaded = load::load(text);
    validate::check(name.to_owned(), text.to_owned(), &loaded, &Overrides::default())
}

/// The findings of `after` that `before` did not have (by rule and message: a changed value
/// moves the findings below it).
fn new<'a>(before: &CheckedPlan, after: &'a CheckedPlan) -> Vec<&'a Finding> {
    let old: Vec<(&str, String)> = before.findings.iter().map(|f| (f.rule.name, f.message.to_string())).collect();
    after.findings.iter().filter(|f| !old.contains(&(f.rule.name, f.message.to_string()))).collect()
}

/// The ids of the activities where `findings` stand.
fn waiting(plan: &Plan, findings: &[Finding]) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for f in findings {
        let activity = plan.entity_at(f.span.start).and_then(|r| plan.activity(r));
        if let Some(a) = activity
            && !ids.contains(&a.id.value)
        {
            ids.push(a.id.value.clone());
        }
    }
    ids
}

/// The activities a move left starting too early, moved on as `reschedule` moves them (and
/// what that leaves too early, in turn); the words for each move. What reschedule cannot move
/// is left, and the pipeline then refuses the new errors it leaves.
fn reschedule(path: &Path, before: &CheckedPlan, mut text: String) -> Result<(String, Vec<Text>), Failure> {
    let name = before.path.clone();
    let mut said = Vec::new();
    for _ in 0..64 {
        let loaded = load::load(&text);
        let plan = loaded.plan.as_ref().ok_or_else(|| anyhow::anyhow!("the moved plan does not load"))?;
        let after = validate::check(name.clone(), text.clone(), &loaded, &Overrides::default());
        let broken: Vec<Finding> =
            new(before, &after).into_iter().filter(|f| ORDER_RULES.contains(&f.rule.name)).cloned().collect();
        if broken.is_empty() {
            return Ok((text, said));
        }
        let waiting = waiting(plan, &broken);
        let following = validate::following(path, plan);
        let (splices, moved) = record::moving::follow_on(plan, &text, &following, &waiting)?;
        if splices.is_empty() {
            break;
        }
        said.extend(moved);
        text = splices.apply(&text);
    }
    Ok((text, said))
}

/// `text` with a `[[revision]]` recording the change (`--revision`): its date, the changes as
/// its note, and the plan's revision counted on (2.1 → 2.2) unless `--plan-revision` names one.
fn with_revision(plan: &Plan, text: &str, opts: &RecordArgs, changes: &[String]) -> Result<String, Failure> {
    let current = plan.meta.revision.as_ref();
    let revision = opts.plan_revision.clone().or_else(|| current.and_then(|r| shift::bumped_revision(&r.value)));
    let entry = RevisionEntry {
        date: aula_plan::clock::today_or(opts.revision_date)?,
        note: Some(changes.join("; ")),
        plan_revision: current.filter(|_| revision.is_some()).map(|r| r.span),
        revision,
    };
    let mut holder = shift::Shift {
        request: None,
        moves: Vec::new(),
        left: Vec::new(),
        repairs: Vec::new(),
        splices: Splices::default(),
        history: plan.history,
    };
    shift::add_revision(&mut holder, text, &entry)?;
    Ok(holder.splices.apply(text))
}
