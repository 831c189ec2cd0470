//! `validate`: load a plan, run every rule, apply lint levels — and find the plan files a
//! command line names.

use std::io::Read;
use std::path::{Path, PathBuf};

use crate::diagnostic::FileReport;
use crate::load::{self, Loaded};
use crate::rules::{self, Overrides};

/// Why a plan could not be read at all (exit status 2, not a finding).
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    // The cause is part of the message, not a `source`: printed once, whoever prints it.
    #[error("cannot read {path}: {cause}")]
    Read { path: String, cause: std::io::Error },
    #[error("{path}: no *.toml files in this directory")]
    EmptyDirectory { path: String },
    #[error("{path} is a directory; give a plan file")]
    Directory { path: String },
}

/// Validates one plan's bytes; `path` is only for messages.
#[must_use]
pub fn validate(path: String, bytes: &[u8], overrides: &Overrides) -> FileReport {
    let (source, loaded) = load::load_bytes(bytes);
    report(path, source, &loaded, overrides)
}

/// Reads and validates each plan file (`-` is standard input) on as many threads as the
/// machine has cores; the results come in the order of `paths`.
#[must_use]
pub fn validate_all(paths: &[PathBuf], overrides: &Overrides) -> Vec<Result<FileReport, InputError>> {
    let one = |path: &PathBuf| {
        let bytes = read(path)?;
        Ok(validate(label(path), &bytes, overrides))
    };
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get).min(paths.len());
    if threads <= 1 {
        return paths.iter().map(one).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<Option<Result<FileReport, InputError>>> = Vec::new();
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

/// Runs every rule over a plan already loaded from `source`.
#[must_use]
pub fn report(path: String, source: String, loaded: &Loaded, overrides: &Overrides) -> FileReport {
    let mut findings = loaded.findings.clone();
    if let Some(plan) = &loaded.plan {
        findings.extend(rules::check(plan));
    }
    rules::apply_levels(&mut findings, loaded.plan.as_ref(), overrides);
    FileReport::new(path, source, findings)
}

/// The plan files named by `args`: files as given, directories as the `*.toml` files directly
/// in them (sorted), and `-` for standard input.
///
/// # Errors
/// A path that does not exist, or a directory with no plan in it.
pub fn plan_files(args: &[PathBuf]) -> Result<Vec<PathBuf>, InputError> {
    let mut out = Vec::new();
    for arg in args {
        if arg.is_dir() {
            let read = |e| InputError::Read { path: arg.display().to_string(), cause: e };
            let mut found: Vec<PathBuf> = std::fs::read_dir(arg)
                .map_err(read)?
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "toml"))
                .collect();
            if found.is_empty() {
                return Err(InputError::EmptyDirectory { path: arg.display().to_string() });
            }
            found.sort();
            out.extend(found);
        } else {
            out.push(arg.clone());
        }
    }
    Ok(out)
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
