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
    /// A device, a pipe or a socket: reading one could wait for ever or never end.
    #[error("{}", self.text())]
    NotAFile { path: String },
    /// Larger than the limit ([`max_bytes`]), in megabytes.
    #[error("{}", self.text())]
    TooLarge { path: String, limit_mb: u64 },
}

impl InputError {
    /// The error in words (`i18n/*/errors.ftl`).
    #[must_use]
    pub fn text(&self) -> crate::i18n::Text {
        use crate::i18n::Text;
        match self {
            Self::Read { path, cause } => Text::id("error-read").arg("path", path).arg("cause", why(cause)),
            Self::EmptyDirectory { path } => Text::id("error-empty-directory").arg("path", path),
            Self::Directory { path } => Text::id("error-directory").arg("path", path),
            Self::NotAFile { path } => Text::id("error-not-a-file").arg("path", path),
            Self::TooLarge { path, limit_mb } => {
                Text::id("error-too-large").arg("path", path).arg("limit", *limit_mb).arg("var", MAX_MB_VAR)
            }
        }
    }
}

impl InputError {
    /// The path it is about, as given.
    #[must_use]
    pub fn path(&self) -> &str {
        match self {
            Self::Read { path, .. }
            | Self::EmptyDirectory { path }
            | Self::Directory { path }
            | Self::NotAFile { path }
            | Self::TooLarge { path, .. } => path,
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
                // Every `*.toml` entry but a folder: one that is no regular file (a dangling link,
                // a pipe) is reported when it is read, never skipped in silence.
                .filter(|p| !p.is_dir() && p.extension().is_some_and(|x| x == "toml"))
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

/// Why a file could not be read: in words of our own where the reason is a common one (in the
/// reader's language), else in the system's.
#[must_use]
pub fn why(e: &std::io::Error) -> crate::i18n::Text {
    match e.kind() {
        std::io::ErrorKind::NotFound => crate::i18n::Text::id("io-not-found"),
        std::io::ErrorKind::PermissionDenied => crate::i18n::Text::id("io-no-access"),
        std::io::ErrorKind::IsADirectory => crate::i18n::Text::id("io-directory"),
        _ => crate::i18n::Text::Plain(e.to_string()),
    }
}

/// How large a plan file may be, in megabytes, unless `AULA_PLAN_MAX_MB` says otherwise: four
/// times the largest national plan the benchmark reads.
pub const MAX_MB: u64 = 64;

/// The environment variable that sets another limit, in megabytes.
pub const MAX_MB_VAR: &str = "AULA_PLAN_MAX_MB";

/// The most bytes a plan file may hold: [`MAX_MB`] megabytes, or as `AULA_PLAN_MAX_MB` says,
/// and never more than a [`Span`](crate::span::Span) reaches (4 GiB).
#[must_use]
pub fn max_bytes() -> u64 {
    max_mb() * 1024 * 1024
}

fn max_mb() -> u64 {
    mb_from(std::env::var(MAX_MB_VAR).ok().as_deref())
}

/// The limit `AULA_PLAN_MAX_MB` sets, if it says a number of megabytes above 0, else
/// [`MAX_MB`]; never past what a span reaches.
fn mb_from(var: Option<&str>) -> u64 {
    let mb = var.and_then(|v| v.trim().parse().ok()).filter(|mb| *mb > 0).unwrap_or(MAX_MB);
    mb.min(crate::span::MAX_LEN as u64 / (1024 * 1024))
}

/// Reads a plan file, or standard input for `-`: only a regular file (not a device, a pipe or
/// a socket, which could make it wait or read for ever), and no more than [`max_bytes`].
///
/// # Errors
/// When the file cannot be read, is not a regular file, or is too large.
pub fn read(path: &Path) -> Result<Vec<u8>, InputError> {
    let shown = || path.display().to_string();
    let err = |e| InputError::Read { path: shown(), cause: e };
    let too_large = || InputError::TooLarge { path: shown(), limit_mb: max_mb() };
    let limit = max_bytes();
    let mut buf = Vec::new();
    if path == Path::new("-") {
        std::io::stdin().take(limit.saturating_add(1)).read_to_end(&mut buf).map_err(err)?;
    } else {
        // Asked before opening: opening a pipe waits for a writer.
        let meta = std::fs::metadata(path).map_err(err)?;
        if meta.is_dir() {
            return Err(InputError::Directory { path: shown() });
        }
        if !meta.is_file() {
            return Err(InputError::NotAFile { path: shown() });
        }
        if meta.len() > limit {
            return Err(too_large());
        }
        let file = std::fs::File::open(path).map_err(err)?;
        if !file.metadata().map_err(err)?.is_file() {
            return Err(InputError::NotAFile { path: shown() }); // replaced meanwhile
        }
        // The whole file in one allocation: grown as it is read, its buffer would peak at
        // up to twice the file.
        buf.reserve_exact(usize::try_from(meta.len()).unwrap_or(0).saturating_add(1));
        file.take(limit.saturating_add(1)).read_to_end(&mut buf).map_err(err)?;
    }
    if buf.len() as u64 > limit {
        return Err(too_large());
    }
    Ok(buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limit_is_the_variable_s_or_the_default_and_never_past_what_a_span_reaches() {
        assert_eq!(mb_from(None), MAX_MB);
        assert_eq!(mb_from(Some(" 200 ")), 200);
        assert_eq!(mb_from(Some("0")), MAX_MB);
        assert_eq!(mb_from(Some("mange")), MAX_MB);
        // A span holds 32-bit offsets: a file larger than 4 GiB is refused as too large.
        assert_eq!(mb_from(Some("100000")), 4095);
        const { assert!(4095 * 1024 * 1024 <= crate::span::MAX_LEN) };
    }
}
