//! Reading a version of a plan from git: `REV:PATH` as `git show` takes it, or a plan file as
//! it was at a revision. Runs the `git` program, as it is set up for the user, but with what a
//! repository's own configuration could make it run switched off: a plan's repository may be
//! someone else's (a pull request's checkout), and its `.git/config` may name programs —
//! `core.fsmonitor`, which git runs whenever it reads the index, hooks, a remote's helpers.
//! A revision is a commit, a branch or a tag: the index (`:path`) and `REV:PATH` forms are
//! refused before git is asked.

use std::path::{Path, PathBuf};
use std::process::Command;

/// Where one version of a plan comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Version {
    /// A file as it is now (`-` is standard input).
    File(PathBuf),
    /// A file as git has it at a revision. `path` is as git reads it after the colon:
    /// from the repository's root, or from the folder `dir` when it starts with `./`.
    Git { rev: String, path: String, dir: PathBuf },
}

impl Version {
    /// Reads a command-line argument: an existing file is a file; `REV:PATH` is a git version.
    #[must_use]
    pub fn parse(arg: &str) -> Self {
        if !Path::new(arg).exists()
            && let Some((rev, path)) = arg.split_once(':')
            && !rev.is_empty()
            && !path.is_empty()
        {
            return Self::Git { rev: rev.into(), path: path.into(), dir: PathBuf::from(".") };
        }
        Self::File(PathBuf::from(arg))
    }

    /// `plan` as it was at `rev` (for `--since`): found from the plan's own folder.
    #[must_use]
    pub fn at(rev: &str, plan: &Path) -> Self {
        let dir =
            plan.parent().filter(|d| !d.as_os_str().is_empty()).map_or_else(|| PathBuf::from("."), Path::to_path_buf);
        let name = plan.file_name().map_or_else(String::new, |n| n.to_string_lossy().into_owned());
        Self::Git { rev: rev.into(), path: format!("./{name}"), dir }
    }

    /// How to name this version in messages and output.
    #[must_use]
    pub fn label(&self) -> String {
        match self {
            Self::File(p) => crate::input::label(p),
            Self::Git { rev, path, dir } => {
                let path = match path.strip_prefix("./") {
                    Some(p) if dir == Path::new(".") => p.to_owned(),
                    Some(p) => dir.join(p).display().to_string(),
                    None => path.clone(),
                };
                format!("{rev}:{path}")
            }
        }
    }
}

/// Why git could not give a version.
#[derive(Debug, thiserror::Error)]
pub enum GitError {
    #[error("{}", self.text())]
    NoGit { label: String, source: std::io::Error },
    #[error("{}", self.text())]
    NotARepository { label: String, dir: String },
    #[error("{}", self.text())]
    UnknownRevision { label: String, rev: String },
    /// Not a revision as `--since` takes one: the index, a path, an option.
    #[error("{}", self.text())]
    NotARevision { label: String, rev: String },
    #[error("{}", self.text())]
    NoSuchPath { label: String, rev: String },
}

impl GitError {
    /// The error in words (`i18n/*/errors.ftl`).
    #[must_use]
    pub fn text(&self) -> crate::i18n::Text {
        use crate::i18n::Text;
        match self {
            Self::NoGit { label, source } => {
                Text::id("error-no-git").arg("label", label).arg("cause", source.to_string())
            }
            Self::NotARepository { label, dir } => {
                Text::id("error-not-a-repository").arg("label", label).arg("dir", dir)
            }
            Self::UnknownRevision { label, rev } => {
                Text::id("error-unknown-revision").arg("label", label).arg("rev", rev)
            }
            Self::NotARevision { label, rev } => Text::id("error-not-a-revision").arg("label", label).arg("rev", rev),
            Self::NoSuchPath { label, rev } => Text::id("error-no-such-path").arg("label", label).arg("rev", rev),
        }
    }
}

/// Reads the bytes of a git version; `label` names it in errors.
///
/// # Errors
/// When git cannot be run, the folder is not in a repository, the revision does not exist,
/// or the file does not exist at that revision.
pub fn show(rev: &str, path: &str, dir: &Path, label: &str) -> Result<Vec<u8>, GitError> {
    let label = || label.to_owned();
    if !is_revision(rev) {
        return Err(GitError::NotARevision { label: label(), rev: rev.to_owned() });
    }
    let git = |args: &[&str]| {
        safe_git().arg("-C").arg(dir).args(args).output().map_err(|e| GitError::NoGit { label: label(), source: e })
    };
    if !git(&["rev-parse", "--is-inside-work-tree"])?.status.success() {
        return Err(GitError::NotARepository { label: label(), dir: dir.display().to_string() });
    }
    let commit = format!("{rev}^{{commit}}");
    if !git(&["rev-parse", "--verify", "--quiet", &commit])?.status.success() {
        return Err(GitError::UnknownRevision { label: label(), rev: rev.into() });
    }
    let out = git(&["cat-file", "blob", &format!("{rev}:{path}")])?;
    if !out.status.success() {
        return Err(GitError::NoSuchPath { label: label(), rev: rev.into() });
    }
    Ok(out.stdout)
}

/// Whether `rev` reads as a revision and nothing else: not empty, no option (`-…`), no index or
/// path (`:…`, `REV:PATH`), no range, no blank or control character. Git takes many more forms;
/// these are the ones that make it read other things than commits.
#[must_use]
pub fn is_revision(rev: &str) -> bool {
    !rev.is_empty()
        && !rev.starts_with('-')
        && !rev.contains(':')
        && !rev.contains("..")
        && !rev.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// `git`, with what a repository's configuration could make it run switched off: no system
/// configuration, no file-system monitor (run whenever the index is read), no hooks, no
/// transport to a remote (a partial clone would fetch a missing object, running the remote's
/// helpers), no external diff or text conversion, and no locks taken for optional updates.
fn safe_git() -> Command {
    let mut git = Command::new("git");
    let no_hooks = if cfg!(windows) { "core.hooksPath=NUL" } else { "core.hooksPath=/dev/null" };
    for setting in ["core.fsmonitor=false", no_hooks, "protocol.allow=never", "diff.external=", "core.pager=cat"] {
        git.args(["-c", setting]);
    }
    git.env("GIT_CONFIG_NOSYSTEM", "1")
        .env("GIT_NO_LAZY_FETCH", "1")
        .env("GIT_OPTIONAL_LOCKS", "0")
        .env("GIT_TERMINAL_PROMPT", "0")
        .env_remove("GIT_EXTERNAL_DIFF");
    git
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn revisions_are_commits_branches_and_tags_only() {
        for rev in ["HEAD", "HEAD~1", "main", "v2.1", "a1b2c3d", "HEAD^2", "@{1}", "origin/main"] {
            assert!(is_revision(rev), "{rev}");
        }
        for rev in ["", ":plan.toml", ":0:plan.toml", "HEAD:plan.toml", "-h", "--output=x", "a..b", "HEAD plan"] {
            assert!(!is_revision(rev), "{rev}");
        }
    }
}
