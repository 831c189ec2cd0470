//! `validate`: load a plan, run every rule, apply lint levels.

use std::path::{Path, PathBuf};

use crate::diagnostic::Text;
use crate::diagnostic::{CheckedPlan, Severity};
use crate::follow::{self, Followed, Following, State};
use crate::input::{InputError, label, read};
use crate::load::{self, Loaded};
use crate::plan::Plan;
use crate::rules::{self, Overrides};

/// Validates one plan's bytes; `path` is only for messages. The plans it follows are not read
/// (it has no folder to read them from): [`validate_at`] reads them.
#[must_use]
pub fn validate(path: String, bytes: &[u8], overrides: &Overrides) -> CheckedPlan {
    let (source, loaded) = load::load_bytes(bytes);
    check(path, source, &loaded, overrides)
}

/// Validates the bytes read from `file` (`-`: standard input), `label` naming it in messages,
/// with the plans it follows, read from its folder (standard input's: the working folder).
#[must_use]
pub fn validate_at(label: String, bytes: &[u8], file: &Path, overrides: &Overrides) -> CheckedPlan {
    let (source, loaded) = load::load_bytes(bytes);
    check_at(label, source, &loaded, Some(file), overrides)
}

/// Reads and validates each plan file (`-` is standard input) on as many threads as the
/// machine has cores; the results come in the order of `paths`.
#[must_use]
pub fn validate_all(paths: &[PathBuf], overrides: &Overrides) -> Vec<Result<CheckedPlan, InputError>> {
    in_parallel(paths, |path| {
        let (source, loaded) = load::load_owned(read(path)?);
        Ok(check_at(label(path), source, &loaded, Some(path), overrides))
    })
}

/// A plan file read and checked whole: its findings, the plan as far as it loaded, and the
/// plans it follows.
#[derive(Debug)]
pub struct Whole {
    pub checked: CheckedPlan,
    pub plan: Option<Plan>,
    pub following: Following,
}

/// Reads, loads and validates each plan file, with the plans it follows, on as many threads
/// as the machine has cores; the results come in the order of `paths`.
#[must_use]
pub fn read_all(paths: &[PathBuf], overrides: &Overrides) -> Vec<Result<Whole, InputError>> {
    in_parallel(paths, |path| {
        let (source, loaded) = load::load_owned(read(path)?);
        let (checked, following) = check_with(label(path), source, &loaded, Some(path), overrides);
        Ok(Whole { checked, plan: loaded.plan, following })
    })
}

/// `one` of each path, on as many threads as the machine has cores, in the order of `paths`.
fn in_parallel<T: Send>(paths: &[PathBuf], one: impl Fn(&PathBuf) -> T + Sync) -> Vec<T> {
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get).min(paths.len());
    if threads <= 1 {
        return paths.iter().map(one).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<Option<T>> = Vec::new();
    results.resize_with(paths.len(), || None);
    let done = std::sync::Mutex::new(results);
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(path) = paths.get(i) else { break };
                    let result = one(path);
                    if let Ok(mut slots) = done.lock() {
                        slots[i] = Some(result);
                    }
                }
            });
        }
    });
    done.into_inner().unwrap_or_default().into_iter().flatten().collect()
}

/// Runs every rule over a plan already loaded from `source`, without the plans it follows.
#[must_use]
pub fn check(path: String, source: String, loaded: &Loaded, overrides: &Overrides) -> CheckedPlan {
    check_at(path, source, loaded, None, overrides)
}

/// Runs every rule over a plan already loaded from `source`; when it came from `file`, the
/// plans it follows are read from there and checked against it too.
#[must_use]
pub fn check_at(
    label: String,
    source: String,
    loaded: &Loaded,
    file: Option<&Path>,
    overrides: &Overrides,
) -> CheckedPlan {
    check_with(label, source, loaded, file, overrides).0
}

/// [`check_at`], with the plans it followed, read once for both.
#[must_use]
pub fn check_with(
    label: String,
    source: String,
    loaded: &Loaded,
    file: Option<&Path>,
    overrides: &Overrides,
) -> (CheckedPlan, Following) {
    check_unsaved(label, source, loaded, file, overrides, &|_| None)
}

/// The text of a file open in an editor, changed and not saved, by the file's canonical path:
/// what a followed plan says there, read in place of the file (`None`: the file as saved).
pub type Unsaved<'a> = &'a dyn Fn(&Path) -> Option<String>;

/// [`check_with`], the followed plans that are open in an editor read as they stand there.
#[must_use]
pub fn check_unsaved(
    label: String,
    source: String,
    loaded: &Loaded,
    file: Option<&Path>,
    overrides: &Overrides,
    unsaved: Unsaved<'_>,
) -> (CheckedPlan, Following) {
    let mut findings = loaded.findings.clone();
    findings.extend(rules::check_file(&source, loaded.plan.as_ref()));
    let mut followed = Following::default();
    if let (Some(plan), Some(file)) = (loaded.plan.as_ref(), file)
        && !plan.follows.is_empty()
    {
        followed = following_unsaved(file, plan, unsaved);
        rules::follows::check(plan, &followed, &mut findings);
    }
    let hidden = rules::apply_levels(&mut findings, loaded.plan.as_ref(), overrides);
    let mut checked = CheckedPlan::new(label, source, findings);
    checked.hidden = hidden;
    (checked, followed)
}

/// The plans `plan`, read from `file` (`-`: standard input), follows, read as `validate` reads
/// them.
#[must_use]
pub fn following(file: &Path, plan: &Plan) -> Following {
    following_unsaved(file, plan, &|_| None)
}

/// [`following`], a followed plan open in an editor read as it stands there ([`Unsaved`]).
#[must_use]
pub fn following_unsaved(file: &Path, plan: &Plan, unsaved: Unsaved<'_>) -> Following {
    if plan.follows.is_empty() {
        return Following::default();
    }
    let own = (file != Path::new("-")).then_some(file);
    let folder = own.and_then(Path::parent).map_or_else(|| PathBuf::from("."), Path::to_path_buf);
    let errors = |source: &str, loaded: &Loaded| {
        check(String::new(), source.to_owned(), loaded, &Overrides::default()).count(Severity::Error)
    };
    follow_plans(&folder, own, plan, &errors, unsaved)
}

/// How many errors `validate` finds in a plan read from its source.
type Errors<'a> = &'a dyn Fn(&str, &Loaded) -> usize;

/// The walk through the plans a plan follows: the files on the way here (their canonical
/// paths and short names, to find a loop), where they may be, each file read so far (read once
/// per run, however many ways lead to it), and how a followed plan's errors are counted.
struct Walk<'a> {
    way: Vec<(PathBuf, String)>,
    root: follow::Root,
    read: std::collections::HashMap<PathBuf, (std::sync::Arc<Plan>, usize)>,
    errors: Errors<'a>,
    unsaved: Unsaved<'a>,
}

/// Reads the plans `plan` follows, from `folder`; `own` is `plan`'s own file, when it has one,
/// so that a followed plan that follows it back is a loop. `errors` counts a followed plan's
/// errors.
#[must_use]
fn follow_plans<'a>(
    folder: &Path,
    own: Option<&Path>,
    plan: &Plan,
    errors: Errors<'a>,
    unsaved: Unsaved<'a>,
) -> Following {
    let way: Vec<(PathBuf, String)> = own
        .and_then(|p| std::fs::canonicalize(p).ok())
        .map(|p| {
            let name = p.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            (p, name)
        })
        .into_iter()
        .collect();
    let mut walk =
        Walk { way, root: follow::Root::of(folder), read: std::collections::HashMap::new(), errors, unsaved };
    load_on(folder, plan, &mut walk)
}

/// The plans `plan`, in `folder`, follows, on the `walk`.
fn load_on(folder: &Path, plan: &Plan, walk: &mut Walk<'_>) -> Following {
    let mut plans = Vec::with_capacity(plan.follows.len());
    for f in &plan.follows {
        let path = follow::tidy(&folder.join(&f.path.value));
        let name = f.name.value.to_string();
        let state = match walk.root.resolve(folder, &f.path.value) {
            Err(why) => State::Unreadable(why),
            Ok(real) if walk.way.iter().any(|(p, _)| *p == real) => {
                let from = walk.way.iter().position(|(p, _)| *p == real).unwrap_or(0);
                let mut names: Vec<String> = walk.way[from..].iter().map(|(_, n)| n.clone()).collect();
                names.push(name.clone());
                State::Loop(names)
            }
            Ok(real) => read_followed(&real, &name, walk),
        };
        plans.push(Followed { name, path, state });
    }
    Following { plans }
}

fn read_followed(real: &Path, name: &str, walk: &mut Walk<'_>) -> State {
    // Read already by another way: the plan again, what it follows was walked there.
    if let Some((plan, errors)) = walk.read.get(real) {
        return State::Loaded { plan: plan.clone(), errors: *errors, following: Following::default() };
    }
    let (source, loaded) =
        match (walk.unsaved)(real).map(String::into_bytes).ok_or(()).or_else(|()| crate::input::read(real)) {
            Ok(bytes) => load::load_owned(bytes),
            Err(e) => return State::Unreadable(follow::why_not(&e)),
        };
    let count = (walk.errors)(&source, &loaded);
    // Not the loader's message: of a file that is no plan (a configuration, a key file), it
    // would quote the keys.
    let Some(plan) = loaded.plan else { return State::Unreadable(Text::id("followed-not-a-plan")) };
    let plan = std::sync::Arc::new(plan);
    walk.read.insert(real.to_path_buf(), (plan.clone(), count));
    walk.way.push((real.to_path_buf(), name.to_owned()));
    let folder = real.parent().map_or_else(PathBuf::new, Path::to_path_buf);
    let following = load_on(&folder, &plan, walk);
    walk.way.pop();
    State::Loaded { plan, errors: count, following }
}
