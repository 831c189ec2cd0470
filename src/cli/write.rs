//! The command line's end of the edit pipeline, and the files the tool makes: an edit that was
//! read back is written only after a person at a terminal says yes (or with `--yes`, or when
//! nobody is at a terminal), by the library's safe write.

use std::io::Write as _;
use std::path::Path;

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

/// Where a chart or an export goes: a file, or standard output for `None` and `-`.
pub fn destination(output: Option<&Path>) -> Option<&Path> {
    output.filter(|o| o.as_os_str() != "-")
}

/// A chart or an export on standard output, as it is (no colour to strip).
pub fn to_stdout(text: &str) -> Outcome {
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// Writes what the tool made to `output` atomically, refusing to write over the plan it was
/// made from (`plan`, when there is one).
pub fn made(output: &Path, plan: Option<&Path>, contents: &[u8]) -> Outcome {
    if let Some(plan) = plan
        && let (Ok(a), Ok(b)) = (std::fs::canonicalize(output), std::fs::canonicalize(plan))
        && a == b
    {
        bail!("{}", super::say("cli-is-the-plan", &[("path", output.display().to_string().into())]));
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
