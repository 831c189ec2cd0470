//! Plans that follow others: a municipal plan names the national plans it waits for in
//! `[follows]` (`kombit = "kombit-2016.toml"`, a path from its own folder) and refers to their
//! activities by qualified id (`after = ["kombit:daycare-wave-2"]`).
//!
//! `validate` reads each followed plan into a [`Following`], and what that one follows in turn,
//! remembering the way it came so that a plan that follows itself back is found rather than
//! read for ever. What
//! the followed plans say about the municipal plan (a qualified id that names nothing, an
//! activity that starts before the national one it waits for ends, a followed plan that cannot
//! be read or has errors) is the `followed-plan`, `unknown-reference` and `dependency-order`
//! findings of `rules/follows.rs`.

use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::diagnostic::Text;
use crate::plan::{Keyword, Plan, PlanDate, qualified};

/// The followed plans of one plan, one for each `[follows]` entry, in the file's order.
#[derive(Debug, Default)]
pub struct Following {
    pub plans: Vec<Followed>,
}

/// One followed plan.
#[derive(Debug)]
pub struct Followed {
    /// Its short name in `[follows]`.
    pub name: String,
    /// Its file, from the folder of the plan that follows it.
    pub path: PathBuf,
    pub state: State,
}

/// What became of reading a followed plan.
#[derive(Debug)]
pub enum State {
    /// The file could not be read, or does not read as a plan: why.
    Unreadable(Text),
    /// Following it leads back to a plan on the way here: the short names along the loop.
    Loop(Vec<String>),
    /// Read: the plan, how many errors `validate` finds in it, and what it follows.
    /// A file read by several ways is read once: the plan is shared, and what it follows is
    /// walked the first time only.
    Loaded { plan: std::sync::Arc<Plan>, errors: usize, following: Following },
}

impl Following {
    /// The followed plan of that short name.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&Followed> {
        self.plans.iter().find(|f| f.name == name)
    }

    /// Every file read for these followed plans, and for what they follow in turn.
    #[must_use]
    pub fn files(&self) -> Vec<&Path> {
        let mut out = Vec::new();
        for f in &self.plans {
            out.push(f.path.as_path());
            if let State::Loaded { following, .. } = &f.state {
                out.extend(following.files());
            }
        }
        out
    }
}

impl Followed {
    /// The plan, when it was read.
    #[must_use]
    pub fn plan(&self) -> Option<&Plan> {
        match &self.state {
            State::Loaded { plan, .. } => Some(plan),
            _ => None,
        }
    }

    /// A loop met on the way through this plan and what it follows: the short names along it,
    /// from the plan it comes back to.
    #[must_use]
    pub fn loop_through(&self) -> Option<Vec<String>> {
        match &self.state {
            State::Loop(names) => Some(names.clone()),
            State::Loaded { following, .. } => following.plans.iter().find_map(Followed::loop_through),
            State::Unreadable(_) => None,
        }
    }
}

/// An activity of a followed plan that this plan waits for (`after = ["kombit:wave-15"]`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Wait {
    /// Its qualified id.
    pub id: String,
    /// Its name, kind (as the format writes it), track and dates in the followed plan, when
    /// that was read and has it.
    pub name: Option<String>,
    pub kind: Option<&'static str>,
    pub track: Option<String>,
    pub start: Option<PlanDate>,
    pub end: Option<PlanDate>,
    /// Its last day, when the followed plan was read and gives one.
    pub ends: Option<NaiveDate>,
    /// What its plan is called: the followed plan's owner or title, when it was read.
    pub plan_called: Option<String>,
    /// The activities of this plan that wait for it.
    pub waiters: Vec<String>,
    /// Whether every one of them starts after it ends; none when that cannot be told.
    pub met: Option<bool>,
}

/// What a followed plan is called: its owner ("KOMBIT"), else its title.
#[must_use]
pub fn called(plan: &Plan) -> Option<&str> {
    plan.meta.owner.as_ref().or(plan.meta.title.as_ref()).map(|n| n.value.as_str())
}

/// A followed plan as a person names it: "Den nationale plan (KOMBIT)", by what it is
/// [`called`].
#[must_use]
pub fn national_plan(called: &str) -> Text {
    Text::id("national-plan").arg("name", called)
}

/// Every activity of a followed plan that `plan` waits for, in the order of first mention.
#[must_use]
pub fn waits(plan: &Plan, following: &Following) -> Vec<Wait> {
    let mut out: Vec<Wait> = Vec::new();
    for a in plan.activities() {
        let starts = a.timing.and_then(|t| t.start().value.earliest());
        for dep in a.after {
            let Some((name, id)) = qualified(&dep.value) else { continue };
            let followed = following.get(name).and_then(Followed::plan);
            let other = followed.and_then(|p| p.lookup(id).and_then(|r| p.activity(r)).map(|x| (p, x)));
            let timing = other.and_then(|(_, x)| x.timing);
            let ends = timing.and_then(|t| t.end().value.latest());
            let met = match (starts, ends) {
                (Some(s), Some(e)) => Some(s > e),
                _ => None,
            };
            let at = out.iter().position(|w| w.id == dep.value).unwrap_or_else(|| {
                out.push(Wait {
                    id: dep.value.clone(),
                    name: other.and_then(|(_, x)| x.name.map(|n| n.value.clone())),
                    kind: other.map(|(p, x)| p.kind_of(&x).word()),
                    track: other.and_then(|(_, x)| x.track.map(|t| t.value.clone())),
                    start: timing.map(|t| t.start().value.clone()),
                    end: timing.and_then(|t| match t {
                        crate::plan::Timing::On(_) => None,
                        crate::plan::Timing::Between { end, .. } => Some(end.value.clone()),
                    }),
                    ends,
                    plan_called: followed.and_then(called).map(str::to_owned),
                    waiters: Vec::new(),
                    met: Some(true),
                });
                out.len() - 1
            });
            let w = &mut out[at];
            w.waiters.push(a.id.value.clone());
            w.met = match (w.met, met) {
                (Some(x), Some(y)) => Some(x && y),
                _ => None,
            };
        }
    }
    out
}

/// Why a file could not be read: in words of our own where the reason is a common one, else
/// in the system's.
pub(crate) fn why(e: &std::io::Error) -> Text {
    match e.kind() {
        std::io::ErrorKind::NotFound => Text::id("followed-not-found"),
        std::io::ErrorKind::PermissionDenied => Text::id("followed-no-access"),
        _ => Text::Plain(e.to_string()),
    }
}

/// Whether `[follows]` may name files outside the plan's repository (`--follow-outside`).
static OUTSIDE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Lets `[follows]` name any file, an absolute path or one outside the plan's repository, for
/// the rest of this run (`--follow-outside`).
pub fn allow_outside(allow: bool) {
    OUTSIDE.store(allow, std::sync::atomic::Ordering::Relaxed);
}

/// Where the plans a plan follows may be: inside its git repository (the nearest folder above
/// it with a `.git`), or, outside a repository, inside its own folder. A plan file names what it
/// follows; it must not make aula-plan read `/etc/shadow` or `../../../../etc/passwd`, nor tell,
/// by its error, whether such a file exists.
#[derive(Debug)]
pub struct Root {
    /// None: anywhere (`--follow-outside`).
    folder: Option<PathBuf>,
}

impl Root {
    /// The root for a plan in `folder`.
    #[must_use]
    pub fn of(folder: &Path) -> Self {
        if OUTSIDE.load(std::sync::atomic::Ordering::Relaxed) {
            return Self { folder: None };
        }
        let own = real_folder(folder).unwrap_or_else(|_| folder.to_path_buf());
        let repository = own.ancestors().find(|a| a.join(".git").exists()).map(Path::to_path_buf);
        Self { folder: Some(repository.unwrap_or(own)) }
    }

    /// The real file `path` (as `[follows]` writes it, from `folder`) names, when it may be
    /// read: else why not, in words that tell nothing of a file outside.
    ///
    /// # Errors
    /// When the path leaves the root (absolute, `..` past it, or a link out of it), or names no
    /// file.
    pub fn resolve(&self, folder: &Path, path: &str) -> Result<PathBuf, Text> {
        let joined = folder.join(path);
        let Some(root) = &self.folder else {
            return std::fs::canonicalize(&joined).map_err(|e| why(&e));
        };
        let outside = || Text::id("followed-outside");
        if Path::new(path).has_root() || Path::new(path).is_absolute() {
            return Err(outside());
        }
        // Decided from the words of the path before the file system is asked, then again where
        // a link inside leads.
        let base = real_folder(folder).map_err(|_| outside())?;
        if !tidy(&base.join(path)).starts_with(root) {
            return Err(outside());
        }
        let real = std::fs::canonicalize(&joined).map_err(|e| why(&e))?;
        if real.starts_with(root) { Ok(real) } else { Err(outside()) }
    }
}

/// The real path of a plan's folder (`""`, a plan named without one, is the current folder).
fn real_folder(folder: &Path) -> std::io::Result<PathBuf> {
    std::fs::canonicalize(if folder.as_os_str().is_empty() { Path::new(".") } else { folder })
}

/// Why a followed plan's file was not read, in words that say what kind of file it is not.
pub(crate) fn why_not(e: &crate::input::InputError) -> Text {
    use crate::input::InputError;
    match e {
        InputError::Read { cause, .. } => why(cause),
        InputError::Directory { .. } | InputError::EmptyDirectory { .. } => Text::id("followed-directory"),
        InputError::NotAFile { .. } => Text::id("followed-not-a-file"),
        InputError::TooLarge { limit_mb, .. } => {
            Text::id("followed-too-large").arg("limit", *limit_mb).arg("var", crate::input::MAX_MB_VAR)
        }
    }
}

/// A path with `dir/..` taken out, as a person would write it (`plans/../x.toml` is `x.toml`);
/// only for showing it, the file system is not asked.
pub(crate) fn tidy(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir if matches!(out.components().next_back(), Some(Component::Normal(_))) => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}
