//! `done`, `cancel`, `reopen`, `pin`, `unpin`, `move`, `assign`, `unassign` and `set`: the
//! project group's weekly decisions, each worked out by `aula_plan::record` and run through the
//! one edit pipeline here: edit → read back (the loader's own message for a value of the wrong
//! type) → the findings it brings (refused when it brings an error) → diff → ask at a terminal
//! → safe write. It writes by default, as `cargo add` does; `--dry-run` only shows. When
//! another writer changed the plan meanwhile and nobody was asked, the change is made again on
//! the fresh file (it is made by id, not by position), so that neither update is lost: after a
//! pause that grows with each try and has chance in it, so that writers who met once do not
//! meet again in step, for up to [`PERSISTENCE`].

use std::io::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use aula_plan::diagnostic::human::{self, Tone};
use aula_plan::diagnostic::{CheckedPlan, Finding, Severity};
use aula_plan::edit::{Splices, WriteError, new_findings, unified_diff, write_atomically};
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

/// How long a change is made again, at most, on a plan other writers keep changing (the
/// manual's "record progress" says so).
const PERSISTENCE: Duration = Duration::from_secs(60);

/// The longest pause between two tries.
const LONGEST_PAUSE: Duration = Duration::from_millis(800);

pub fn done(args: &DoneArgs) -> Outcome {
    let a = &args.activities;
    let today = aula_plan::clock::today()?;
    let on = record::status::On {
        day: args.on.unwrap_or(today),
        today: (!args.force).then_some(today),
        recorded: args.on.is_some(),
    };
    run(&a.plan, &a.record, Then::Nothing, |plan, source| {
        record::status::record(plan, source, &a.ids, Status::Done, Some(on), None)
    })
}

pub fn cancel(args: &CancelArgs) -> Outcome {
    let a = &args.activities;
    run(&a.plan, &a.record, Then::Decided, |plan, source| {
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
    /// `cancel`: a decision the meeting made. What it breaks in the cascade (a trainer no
    /// longer trained, a role no longer reached, an activity waiting for it) is its
    /// consequence: shown, and written.
    Decided,
}

/// The rules whose findings are the consequences of a cancelled course: a trainer no longer
/// trained, a role no longer reached, an activity waiting for it (a cancel moves no date, so a
/// new `dependency-order` is that).
const CONSEQUENCES: [&str; 3] = ["untrained-trainer", "unreached-role", "dependency-order"];

/// How many times `move --with-dependents` moves what is left too early, at most.
const PASSES: usize = 16;

/// The rules whose findings mean that a move broke what waits for it.
const ORDER_RULES: [&str; 2] = ["dependency-order", "trainer-trained-late"];

/// The pause after try `tried` (from 0): up to 10 ms, twice that after each try, at most
/// [`LONGEST_PAUSE`]; of that, a part by chance, so that writers who met once part.
fn pause(tried: u32) -> Duration {
    use std::hash::BuildHasher as _;
    let most = Duration::from_millis(10).saturating_mul(1 << tried.min(16)).min(LONGEST_PAUSE);
    // A hasher seeded by the system gives a number no other writer draws.
    let chance = std::hash::RandomState::new().hash_one(tried) % 1000;
    most.mul_f64(0.25 + 0.75 * (f64::from(u32::try_from(chance).unwrap_or(0)) / 1000.0))
}

/// How one try ended.
enum Tried {
    Finished,
    /// The file changed between reading and writing (or Windows found it in use), and nobody
    /// was asked: try again.
    Again(WriteError),
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
    let started = Instant::now();
    let mut tried = 0;
    let mut shown = Vec::new();
    let why = loop {
        let Tried::Again(why) = once(path, opts, then, &make, &mut shown)? else { return Ok(()) };
        if started.elapsed() >= PERSISTENCE {
            break why;
        }
        std::thread::sleep(pause(tried));
        tried += 1;
    };
    let text = why.text().in_lang(super::lang()).into_owned();
    writeln!(anstream::stderr(), "{}", human::line(Tone::Error, &text, super::lang()))?;
    Err(Failure::shown())
}

#[allow(clippy::too_many_lines)]
fn once(
    path: &Path,
    opts: &RecordArgs,
    then: Then,
    make: &impl Fn(&Plan, &str) -> Result<Record, RecordError>,
    shown: &mut Vec<String>,
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
    let report = validate::check(name.clone(), edited.text.clone(), &edited.loaded, &Overrides::default());
    let mut after = (report, edited.loaded);
    let mut text = edited.text;
    let broken = broken_order((&before, Some(plan)), (&after.0, after.1.plan.as_ref()));
    if !broken.is_empty() {
        match then {
            Then::Nothing | Then::Decided => {}
            Then::KeepOrder => {
                let report = CheckedPlan::new(name.clone(), text.clone(), broken.into_iter().cloned().collect());
                write!(out, "{}", human::render(&report, lang))?;
                out.flush()?;
                let moved = after.1.plan.as_ref().ok_or_else(|| anyhow::anyhow!("the edited plan does not load"))?;
                let waiting = waiting(moved, &report.findings);
                let held = held(moved, &waiting);
                let ids: Vec<String> = waiting.iter().map(|id| format!("`{id}`")).collect();
                let breaks = if held.is_empty() { "cli-move-breaks" } else { "cli-move-breaks-held" };
                let message = super::say(breaks, &[("ids", ids.join(", ").into()), ("count", ids.len().into())]);
                writeln!(anstream::stderr(), "{}", human::line(Tone::Error, &message, lang))?;
                say_held(&held)?;
                return Err(Failure::verdict());
            }
            Then::Reschedule => {
                let (moved, said) = reschedule(path, (&before, plan), text)?;
                text = moved;
                changes.extend(said.iter().map(|t| t.in_lang(lang).into_owned()));
                after = checked(&name, &text);
                // What still starts too early is what reschedule may not move: say why.
                if let Some(moved) = after.1.plan.as_ref() {
                    let still = broken_order((&before, Some(plan)), (&after.0, Some(moved)));
                    say_held(&held(moved, &waiting(moved, still)))?;
                }
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
    let diff = unified_diff(&input.source, &text, &name, &label);
    // Made again on a plan another writer changed, the same change is not shown again.
    let lines = changed_lines(&diff);
    let again = *shown == lines;
    *shown = lines;
    if !again {
        write!(out, "{diff}")?;
        out.flush()?;
        for w in &record.warnings {
            writeln!(anstream::stderr(), "{}", human::line(Tone::Warning, &w.in_lang(lang), lang))?;
        }
    }
    let new_findings: Vec<Finding> =
        new((&before, Some(plan)), (&after.0, after.1.plan.as_ref())).into_iter().cloned().collect();
    if !new_findings.is_empty() {
        let report = CheckedPlan::new(name.clone(), text.clone(), new_findings);
        if !again {
            let count = report.findings.len();
            writeln!(out, "\n{}\n", super::say("cli-record-new-findings", &[("count", count.into())]))?;
            write!(out, "{}", human::render(&report, lang))?;
        }
        let errors = report
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .filter(|f| then != Then::Decided || !CONSEQUENCES.contains(&f.rule.name))
            .count();
        if then == Then::Decided && errors == 0 && !again {
            writeln!(out, "{}", super::say("cli-record-consequences", &[]))?;
        }
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
        // Nobody was shown this diff: make the change again on what the other writer left (or,
        // on Windows, once the program that has the plan open lets go of it).
        Err(e @ (WriteError::Changed { .. } | WriteError::InUse { .. })) if !asked => return Ok(Tried::Again(e)),
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
    let (old, now) = (errors_of(&input.loaded.findings), errors_of(&loaded.findings));
    let new: Vec<Finding> =
        new_findings(&old, input.loaded.plan.as_ref(), &now, loaded.plan.as_ref()).into_iter().cloned().collect();
    if !new.is_empty() {
        let report = CheckedPlan::new(name.to_owned(), text, new);
        let lang = super::lang();
        write!(anstream::stderr(), "{}", human::render(&report, lang))?;
        let message = super::say("cli-record-not-written", &[("path", name.into())]);
        writeln!(anstream::stderr(), "{}", human::line(Tone::Error, &message, lang))?;
        return Ok(Some(Failure::shown()));
    }
    Ok(None)
}

/// The lines a unified diff (coloured or not) takes out and puts in, without their places:
/// what the change is.
fn changed_lines(diff: &str) -> Vec<String> {
    let plain = anstream::adapter::strip_str(diff).to_string();
    plain
        .lines()
        .filter(|l| (l.starts_with('+') && !l.starts_with("+++")) || (l.starts_with('-') && !l.starts_with("---")))
        .map(str::to_owned)
        .collect()
}

/// Every finding of `text`, as `validate` gives them, and the plan it loads as.
fn checked(name: &str, text: &str) -> (CheckedPlan, load::Loaded) {
    let loaded = load::load(text);
    (validate::check(name.to_owned(), text.to_owned(), &loaded, &Overrides::default()), loaded)
}

/// The findings of `after` that `before` did not have, each counted with its place (a second
/// copy of an error the plan had is new; one that a changed value moved is not).
fn new<'a>(before: (&CheckedPlan, Option<&Plan>), after: (&'a CheckedPlan, Option<&Plan>)) -> Vec<&'a Finding> {
    new_findings(&before.0.findings, before.1, &after.0.findings, after.1)
}

/// The new findings of `after` that say something now starts before what it waits for.
fn broken_order<'a>(
    before: (&CheckedPlan, Option<&Plan>),
    after: (&'a CheckedPlan, Option<&Plan>),
) -> Vec<&'a Finding> {
    new(before, after).into_iter().filter(|f| ORDER_RULES.contains(&f.rule.name)).collect()
}

/// The ids of the activities where `findings` stand.
fn waiting<'f>(plan: &Plan, findings: impl IntoIterator<Item = &'f Finding>) -> Vec<String> {
    let mut ids: Vec<String> = Vec::new();
    for f in findings {
        let activity = plan.entity_at(f.span.start()).and_then(|r| plan.activity(r));
        if let Some(a) = activity
            && !ids.iter().any(|id| *id == a.id.value)
        {
            ids.push(a.id.value.to_string());
        }
    }
    ids
}

/// Of the activities `ids`, those `--with-dependents` does not move, and why: pinned or done.
fn held(plan: &Plan, ids: &[String]) -> Vec<(String, &'static str)> {
    let activity = |id: &String| plan.activities().find(|a| a.id.value == *id);
    ids.iter()
        .filter_map(|id| {
            let a = activity(id)?;
            let why = if a.pinned {
                "pinned"
            } else if a.status == aula_plan::plan::Status::Done {
                "done"
            } else {
                return None;
            };
            Some((id.clone(), why))
        })
        .collect()
}

/// A line on stderr for each activity that `--with-dependents` does not move.
fn say_held(held: &[(String, &'static str)]) -> Result<(), Failure> {
    for (id, why) in held {
        let message = super::say("cli-move-held", &[("id", id.as_str().into()), ("why", (*why).into())]);
        writeln!(anstream::stderr(), "{}", human::line(Tone::Error, &message, super::lang()))?;
    }
    Ok(())
}

/// The activities a move left starting too early, moved on as `reschedule` moves them, and
/// what that leaves too early in turn, a chain of any length in one pass; the words for each
/// move. What reschedule cannot move is left, and the pipeline then refuses the new errors it
/// leaves.
fn reschedule(path: &Path, before: (&CheckedPlan, &Plan), mut text: String) -> Result<(String, Vec<Text>), Failure> {
    let name = before.0.path.clone();
    let mut said = Vec::new();
    // Each pass moves a whole chain; another is needed only where a move brought a finding of
    // another kind of order, and a pass that moves nothing ends it.
    for _ in 0..PASSES {
        let loaded = load::load(&text);
        let plan = loaded.plan.as_ref().ok_or_else(|| anyhow::anyhow!("the moved plan does not load"))?;
        let after = validate::check(name.clone(), text.clone(), &loaded, &Overrides::default());
        let broken = broken_order((before.0, Some(before.1)), (&after, Some(plan)));
        if broken.is_empty() {
            return Ok((text, said));
        }
        let waiting = waiting(plan, broken);
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
