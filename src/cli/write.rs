//! The command line's end of the edit pipeline, and the files the tool makes: an edit that was
//! read back is written only after a person at a terminal says yes (or with `--yes`, or when
//! nobody is at a terminal), by the library's safe write.

use std::io::Write as _;
use std::path::Path;

use anyhow::Context as _;

use aula_plan::diagnostic::human::{self, Tone};
use aula_plan::edit::{write_atomically, write_output};

use super::{Failure, Outcome, prompt};

/// Replaces the plan at `path`, which held `old` when it was read, with `new`: after asking
/// `question` at a terminal, unless `yes`. A "no" is a verdict (status 1), "Nothing written."
pub fn confirm_and_write(path: &Path, question: &str, yes: bool, old: &[u8], new: &[u8]) -> Outcome {
    if !yes && prompt::at_terminal() && !prompt::confirm(question) {
        writeln!(anstream::stdout(), "{}", super::say("cli-nothing-written", &[]))?;
        return Err(Failure::verdict());
    }
    if let Err(e) = write_atomically(path, old, new) {
        writeln!(
            anstream::stderr(),
            "{}",
            human::line(Tone::Error, &e.text().in_lang(super::lang()), crate::cli::lang())
        )?;
        return Err(Failure::shown());
    }
    Ok(())
}

/// Whether the file at `path` is a TOML file that reads as a plan: another municipality's plan
/// that an export's `-o` would otherwise replace.
fn is_a_plan(path: &Path) -> bool {
    let toml = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("toml"));
    // `input::read` reads regular files only, and none past the size limit.
    toml && aula_plan::input::read(path).is_ok_and(|bytes| {
        // A plan says what it is: its [plan] table, or some of its units, trainings, phases.
        aula_plan::load::load_bytes(&bytes).1.plan.is_some_and(|p| {
            p.meta.title.is_some()
                || p.meta.root.is_some()
                || !p.units.is_empty()
                || !p.trainings.is_empty()
                || !p.phases.is_empty()
        })
    })
}

/// Where a chart or an export goes: a file, or standard output for `None` and `-`.
pub fn destination(output: Option<&Path>) -> Option<&Path> {
    output.filter(|o| o.as_os_str() != "-")
}

/// A chart, an export or a page on standard output, as it is (no colour to strip).
pub fn to_stdout(made: impl AsRef<[u8]>) -> Outcome {
    let mut out = std::io::stdout().lock();
    out.write_all(made.as_ref())?;
    out.flush()?;
    Ok(())
}

/// When a calendar or a workbook is made: `SOURCE_DATE_EPOCH` when set (for builds that must
/// come out the same every time), else now.
pub fn stamp() -> anyhow::Result<chrono::DateTime<chrono::Utc>> {
    match std::env::var("SOURCE_DATE_EPOCH") {
        Ok(v) => v
            .trim()
            .parse::<i64>()
            .ok()
            .and_then(|s| chrono::DateTime::from_timestamp(s, 0))
            .with_context(|| super::say("cli-source-date-epoch", &[("value", v.as_str().into())])),
        Err(_) => Ok(chrono::Utc::now()),
    }
}

/// A workbook's bytes, after telling the reader (on standard error, in their language) what had
/// to be cut to fit Excel's limits.
pub fn workbook(made: aula_plan::export::xlsx::Made) -> Result<Vec<u8>, super::Failure> {
    let lang = super::lang();
    for warning in made.warnings() {
        writeln!(anstream::stderr(), "{}", human::line(Tone::Warning, &warning.in_lang(lang), lang))?;
    }
    Ok(made.bytes)
}

/// A workbook on standard output, when that is a file or a pipe: never onto a terminal.
pub fn binary_to_stdout(bytes: &[u8]) -> Outcome {
    use std::io::IsTerminal as _;
    if std::io::stdout().is_terminal() {
        bail!("{}", super::say("cli-workbook-is-a-file", &[]));
    }
    to_stdout(bytes)
}

/// Writes `contents` to `output` as [`made`] does, and says so ("Wrote report.html.").
pub fn saved(output: &Path, read: &[&Path], force: bool, contents: &[u8]) -> Outcome {
    made(output, read, force, contents)?;
    let path = output.display().to_string();
    writeln!(anstream::stdout(), "{}", super::say("cli-wrote", &[("path", path.into())]))?;
    Ok(())
}

/// Writes what the tool made to `output` atomically. Never over a file the command read
/// (`read`: its plans and the plans they follow), whatever name `output` gives it — a link, a
/// hard link, `..` — and over a file that reads as a plan only with `force`.
pub fn made(output: &Path, read: &[&Path], force: bool, contents: &[u8]) -> Outcome {
    let shown = || output.display().to_string();
    if read.iter().any(|p| same_file::is_same_file(output, p).unwrap_or(false)) {
        bail!("{}", super::say("cli-output-was-read", &[("path", shown().into())]));
    }
    if !force && is_a_plan(output) {
        bail!("{}", super::say("cli-output-is-a-plan", &[("path", shown().into())]));
    }
    if let Err(e) = write_output(output, contents) {
        writeln!(
            anstream::stderr(),
            "{}",
            human::line(Tone::Error, &e.text().in_lang(super::lang()), crate::cli::lang())
        )?;
        return Err(Failure::shown());
    }
    Ok(())
}
