//! `validate`: load a plan, run every rule, apply lint levels.

use std::path::PathBuf;

use crate::diagnostic::CheckedPlan;
use crate::input::{InputError, label, read};
use crate::load::{self, Loaded};
use crate::rules::{self, Overrides};

/// Validates one plan's bytes; `path` is only for messages.
#[must_use]
pub fn validate(path: String, bytes: &[u8], overrides: &Overrides) -> CheckedPlan {
    let (source, loaded) = load::load_bytes(bytes);
    check(path, source, &loaded, overrides)
}

/// Reads and validates each plan file (`-` is standard input) on as many threads as the
/// machine has cores; the results come in the order of `paths`.
#[must_use]
pub fn validate_all(paths: &[PathBuf], overrides: &Overrides) -> Vec<Result<CheckedPlan, InputError>> {
    let one = |path: &PathBuf| {
        let bytes = read(path)?;
        Ok(validate(label(path), &bytes, overrides))
    };
    let threads = std::thread::available_parallelism().map_or(1, std::num::NonZero::get).min(paths.len());
    if threads <= 1 {
        return paths.iter().map(one).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<Option<Result<CheckedPlan, InputError>>> = Vec::new();
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
pub fn check(path: String, source: String, loaded: &Loaded, overrides: &Overrides) -> CheckedPlan {
    let mut findings = loaded.findings.clone();
    findings.extend(rules::check_file(&source, loaded.plan.as_ref()));
    rules::apply_levels(&mut findings, loaded.plan.as_ref(), overrides);
    CheckedPlan::new(path, source, findings)
}
