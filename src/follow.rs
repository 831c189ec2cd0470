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

use crate::diagnostic::Text;
use crate::plan::Plan;

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
    Loaded { plan: Box<Plan>, errors: usize, following: Following },
}

impl Following {
    /// The followed plan of that short name.
    #[must_use]
    pub fn get(&self, name: &str) -> Option<&Followed> {
        self.plans.iter().find(|f| f.name == name)
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

/// Why a file could not be read: in words of our own where the reason is a common one, else
/// in the system's.
pub(crate) fn why(e: &std::io::Error) -> Text {
    match e.kind() {
        std::io::ErrorKind::NotFound => Text::id("followed-not-found"),
        std::io::ErrorKind::PermissionDenied => Text::id("followed-no-access"),
        _ => Text::Plain(e.to_string()),
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
