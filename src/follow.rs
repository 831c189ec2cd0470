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
                    id: dep.value.to_string(),
                    name: other.and_then(|(_, x)| x.name.map(|n| n.value.to_string())),
                    kind: other.map(|(p, x)| p.kind_of(&x).word()),
                    track: other.and_then(|(_, x)| x.track.map(|t| t.value.to_string())),
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
            w.waiters.push(a.id.value.to_string());
            w.met = match (w.met, met) {
                (Some(x), Some(y)) => Some(x && y),
                _ => None,
            };
        }
    }
    out
}

/// Whether `[follows]` may name files outside the plan's repository (`--follow-outside`).
static OUTSIDE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Lets `[follows]` name any file, an absolute path or one outside the plan's repository, for
/// the rest of this run (`--follow-outside`).
pub fn allow_outside(allow: bool) {
    OUTSIDE.store(allow, std::sync::atomic::Ordering::Relaxed);
}

/// Where the plans a plan follows may be: inside its git repository, or, outside a repository,
/// inside its own folder. A plan file names what it follows; it must not make aula-plan read
/// `/etc/shadow` or `../../../../etc/passwd`, nor tell, by its error, whether such a file exists
/// or may be read.
///
/// The repository is the nearest folder above the plan with a `.git` that git itself would take
/// for one ([`is_repository`]): not any `.git`, which anyone who may write a folder above the
/// plan (`/tmp`) could make. A path is walked from the plan's real folder one step at a time,
/// each link resolved where it is met, and refused the moment a step leaves the root, before
/// the file system is asked anything about it: every refusal outside is the same sentence.
#[derive(Debug)]
pub struct Root {
    /// None: anywhere (`--follow-outside`).
    folder: Option<PathBuf>,
}

/// How many links a followed path may lead through, as the system's own limit (`ELOOP`).
const LINKS: usize = 40;

impl Root {
    /// The root for a plan in `folder`.
    #[must_use]
    pub fn of(folder: &Path) -> Self {
        if OUTSIDE.load(std::sync::atomic::Ordering::Relaxed) {
            return Self { folder: None };
        }
        let own = real_folder(folder).unwrap_or_else(|_| folder.to_path_buf());
        let repository = own.ancestors().find(|a| is_repository(&a.join(".git"))).map(Path::to_path_buf);
        Self { folder: Some(repository.unwrap_or(own)) }
    }

    /// The real file `path` (as `[follows]` writes it, from `folder`) names, when it may be
    /// read: else why not, in words that tell nothing of a file outside.
    ///
    /// # Errors
    /// When the path leaves the root (absolute, `..` past it, or a link out of it), or names no
    /// file.
    pub fn resolve(&self, folder: &Path, path: &str) -> Result<PathBuf, Text> {
        let Some(root) = &self.folder else {
            return std::fs::canonicalize(folder.join(path)).map_err(|e| crate::input::why(&e));
        };
        let outside = || Text::id("followed-outside");
        if Path::new(path).has_root() || Path::new(path).is_absolute() {
            return Err(outside());
        }
        let base = real_folder(folder).map_err(|_| outside())?;
        if !base.starts_with(root) {
            return Err(outside());
        }
        walk(root, base, Path::new(path))
    }
}

/// `path` followed from the real folder `at` one part at a time, every link resolved where it
/// stands: the real file, when every step stays inside `root`. A step that leaves it is refused
/// before the file system is asked about it; a step onto a folder above the root (on the way
/// back in, `../repo/x.toml`) asks nothing either, since the root's real path names it.
fn walk(root: &Path, mut at: PathBuf, path: &Path) -> Result<PathBuf, Text> {
    use std::path::Component;
    let outside = || Text::id("followed-outside");
    // The parts still to walk, the next one last.
    let mut todo: Vec<std::ffi::OsString> = Vec::new();
    let push = |todo: &mut Vec<std::ffi::OsString>, p: &Path| {
        todo.extend(p.components().rev().map(|c| c.as_os_str().to_os_string()));
    };
    push(&mut todo, path);
    let mut links = 0;
    while let Some(part) = todo.pop() {
        match Path::new(&part).components().next() {
            None | Some(Component::CurDir) => {}
            Some(Component::ParentDir) => {
                at.pop();
            }
            // Only a path of its own drive (`C:x`, on Windows) has these here.
            Some(Component::RootDir | Component::Prefix(_)) => return Err(outside()),
            Some(Component::Normal(name)) => {
                let next = at.join(name);
                if !next.starts_with(root) {
                    if root.starts_with(&next) {
                        at = next;
                        continue;
                    }
                    return Err(outside());
                }
                let meta = std::fs::symlink_metadata(&next).map_err(|e| crate::input::why(&e))?;
                if meta.file_type().is_symlink() {
                    links += 1;
                    if links > LINKS {
                        return Err(Text::id("followed-link-loop"));
                    }
                    let target = std::fs::read_link(&next).map_err(|e| crate::input::why(&e))?;
                    // An absolute target starts again at the top; a relative one beside the link.
                    let top: PathBuf = target
                        .components()
                        .take_while(|c| matches!(c, Component::Prefix(_) | Component::RootDir))
                        .collect();
                    if !top.as_os_str().is_empty() {
                        at = top;
                    }
                    let rest: PathBuf = target
                        .components()
                        .skip_while(|c| matches!(c, Component::Prefix(_) | Component::RootDir))
                        .collect();
                    push(&mut todo, &rest);
                } else {
                    at = next;
                }
            }
        }
    }
    if at.starts_with(root) { Ok(at) } else { Err(outside()) }
}

/// Whether `git` (a folder's `.git`) makes its folder a git repository, as git itself decides:
/// a folder with `HEAD`, `objects/` and `refs/` (those two may be in the folder its `commondir`
/// names, as a worktree's are), or a file `gitdir: PATH` naming such a folder (a worktree's, a
/// submodule's); and, on Unix, the user's own, as git requires (`safe.directory`).
#[must_use]
pub fn is_repository(git: &Path) -> bool {
    let Ok(meta) = std::fs::metadata(git) else { return false };
    if meta.is_dir() {
        return ours(&meta) && is_git_folder(git);
    }
    if !meta.is_file() || meta.len() > 4096 || !ours(&meta) {
        return false;
    }
    let Ok(text) = std::fs::read_to_string(git) else { return false };
    let Some(named) = text.lines().next().and_then(|l| l.strip_prefix("gitdir:")).map(str::trim) else {
        return false;
    };
    let folder = git.parent().unwrap_or(Path::new(".")).join(named);
    std::fs::metadata(&folder).is_ok_and(|m| m.is_dir() && ours(&m)) && is_git_folder(&folder)
}

/// A git folder: `HEAD`, and `objects/` and `refs/` in it or in its `commondir`.
fn is_git_folder(folder: &Path) -> bool {
    let common = match std::fs::read_to_string(folder.join("commondir")) {
        Ok(to) => folder.join(to.trim()),
        Err(_) => folder.to_path_buf(),
    };
    folder.join("HEAD").is_file() && common.join("objects").is_dir() && common.join("refs").is_dir()
}

/// Whether a file is the user's own (on Unix; elsewhere any file is).
fn ours(meta: &std::fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        meta.uid() == rustix::process::geteuid().as_raw()
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        true
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
        InputError::Read { cause, .. } => crate::input::why(cause),
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
