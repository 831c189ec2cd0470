//! Reading the plans a command line names: files, the `*.toml` files of a folder, or standard
//! input for `-`; and how messages call each of them.

use std::io::Read;
use std::path::{Path, PathBuf};

/// Why a plan could not be read at all (exit status 2, not a finding).
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    // The cause is part of the message, not a `source`: printed once, whoever prints it.
    #[error("{}", self.text())]
    Read { path: String, cause: std::io::Error },
    #[error("{}", self.text())]
    EmptyDirectory { path: String },
    #[error("{}", self.text())]
    Directory { path: String },
}

impl InputError {
    /// The error in words (`i18n/*/errors.ftl`).
    #[must_use]
    pub fn text(&self) -> crate::i18n::Text {
        use crate::i18n::Text;
        match self {
            Self::Read { path, cause } => Text::id("error-read").arg("path", path).arg("cause", cause.to_string()),
            Self::EmptyDirectory { path } => Text::id("error-empty-directory").arg("path", path),
            Self::Directory { path } => Text::id("error-directory").arg("path", path),
        }
    }
}

impl InputError {
    /// The path it is about, as given.
    #[must_use]
    pub fn path(&self) -> &str {
        match self {
            Self::Read { path, .. } | Self::EmptyDirectory { path } | Self::Directory { path } => path,
        }
    }
}

/// The plan files named by `args`: files as given, directories as the `*.toml` files directly
/// in them (sorted), and `-` for standard input.
///
/// # Errors
/// A path that does not exist, or a directory with no plan in it.
pub fn plan_files(args: &[PathBuf]) -> Result<Vec<PathBuf>, InputError> {
    let (found, mut failed) = plan_files_each(args);
    if failed.is_empty() { Ok(found) } else { Err(failed.remove(0)) }
}

/// [`plan_files`], going on past an argument that names no plan: the files found, and why
/// each argument that gave none did not.
#[must_use]
pub fn plan_files_each(args: &[PathBuf]) -> (Vec<PathBuf>, Vec<InputError>) {
    let mut out = Vec::new();
    let mut failed = Vec::new();
    for arg in args {
        if arg.is_dir() {
            let entries = match std::fs::read_dir(arg) {
                Ok(entries) => entries,
                Err(e) => {
                    failed.push(InputError::Read { path: arg.display().to_string(), cause: e });
                    continue;
                }
            };
            let mut found: Vec<PathBuf> = entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "toml"))
                .collect();
            if found.is_empty() {
                failed.push(InputError::EmptyDirectory { path: arg.display().to_string() });
                continue;
            }
            found.sort();
            out.extend(found);
        } else {
            out.push(arg.clone());
        }
    }
    (out, failed)
}

/// How a plan named on the command line is called in messages: its path, or `<stdin>` for `-`.
#[must_use]
pub fn label(path: &Path) -> String {
    if path == Path::new("-") { "<stdin>".to_owned() } else { path.display().to_string() }
}

/// Reads a plan file, or standard input for `-`.
///
/// # Errors
/// When the file cannot be read.
pub fn read(path: &Path) -> Result<Vec<u8>, InputError> {
    let err = |e| InputError::Read { path: path.display().to_string(), cause: e };
    if path.is_dir() {
        return Err(InputError::Directory { path: path.display().to_string() });
    }
    if path == Path::new("-") {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf).map_err(err)?;
        Ok(buf)
    } else {
        std::fs::read(path).map_err(err)
    }
}
