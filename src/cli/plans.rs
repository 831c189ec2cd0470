//! Reading the plans a command is given: a file, standard input or a git version, loaded, and
//! what to say when it does not read as a plan.

use std::io::Write as _;
use std::path::Path;

use aula_plan::diagnostic::human::{self, Tone};
use aula_plan::diagnostic::{CheckedPlan, Finding, Severity};
use aula_plan::git::{self, Version};
use aula_plan::i18n::Text;
use aula_plan::load;
use aula_plan::plan::Plan;
use aula_plan::rules::Overrides;
use aula_plan::validate;

use super::Failure;

/// A plan read for a command: its text and the plan as far as it loaded.
pub struct Input {
    /// How messages name it: its path, `<stdin>`, or `REV:PATH`.
    pub label: String,
    /// The bytes as read, which a write checks the file still holds.
    pub bytes: Vec<u8>,
    pub source: String,
    pub loaded: load::Loaded,
}

impl Input {
    /// Reads a plan file (`-` for standard input) and loads it.
    pub fn read(path: &Path) -> Result<Self, Failure> {
        let bytes = aula_plan::input::read(path)?;
        Ok(Self::of(aula_plan::input::label(path), bytes))
    }

    /// Reads one side of a diff: a file, or `REV:PATH` from git.
    pub fn version(version: &Version) -> Result<Self, Failure> {
        let label = version.label();
        let bytes = match version {
            Version::File(path) => aula_plan::input::read(path)?,
            Version::Git { rev, path, dir } => git::show(rev, path, dir, &label)?,
        };
        Ok(Self::of(label, bytes))
    }

    fn of(label: String, bytes: Vec<u8>) -> Self {
        let (source, loaded) = load::load_bytes(&bytes);
        Self { label, bytes, source, loaded }
    }

    /// Every finding of the plan, at the levels it sets itself.
    pub fn report(&self) -> CheckedPlan {
        validate::check(self.label.clone(), self.source.clone(), &self.loaded, &Overrides::default())
    }

    /// Its findings as `aula-plan validate` finds them, with the plans it follows (read from the
    /// folder of `path`), and those plans; a followed plan that cannot be read is said on
    /// stderr.
    pub fn checked(&self, path: &Path) -> Result<(CheckedPlan, aula_plan::follow::Following), Failure> {
        let (checked, following) = validate::check_with(
            self.label.clone(),
            self.source.clone(),
            &self.loaded,
            Some(path),
            &Overrides::default(),
        );
        tell_unread(&following)?;
        Ok((checked, following))
    }

    /// How many errors the loader met.
    pub fn load_errors(&self) -> usize {
        self.loaded.findings.iter().filter(|f| f.severity == Severity::Error).count()
    }

    /// The plan as far as it was read, for a command that shows or exports it: a plan with
    /// `errors` (as `aula-plan validate` counts them) is used with a warning that says so, the
    /// same for every command (`doing`: "shows", "exports"). One that does not load at all ends
    /// the command with status 2, its errors shown.
    pub fn usable(self, doing: &str, errors: usize) -> Result<(String, Plan), Failure> {
        let Some(plan) = self.loaded.plan else {
            let message = super::say("cli-does-not-read", &[("path", self.label.as_str().into())]);
            return Err(unreadable(self.label, self.source, self.loaded.findings, &message, 2)?);
        };
        if errors > 0 {
            let text = super::say(
                "cli-has-errors",
                &[
                    ("path", self.label.as_str().into()),
                    ("errors", Text::id("count-errors").arg("count", errors).into()),
                    ("doing", doing.into()),
                ],
            );
            writeln!(anstream::stderr(), "{}", human::line(Tone::Warning, &text, crate::cli::lang()))?;
        }
        Ok((self.source, plan))
    }
}

/// A plan a command shows (a view, a chart): read, and used as far as it loads.
pub fn to_show(path: &Path) -> Result<Plan, Failure> {
    let input = Input::read(path)?;
    let errors = input.report().count(Severity::Error);
    Ok(input.usable("shows", errors)?.1)
}

/// The plans `plan` (read from `path`) follows, for a command that shows them with it: each
/// followed plan that cannot be read is said on stderr, with what that leaves out.
pub fn following(path: &Path, plan: &Plan) -> Result<aula_plan::follow::Following, Failure> {
    let following = validate::following(path, plan);
    tell_unread(&following)?;
    Ok(following)
}

/// A warning on stderr for each followed plan that could not be read.
fn tell_unread(following: &aula_plan::follow::Following) -> Result<(), Failure> {
    for f in &following.plans {
        if let aula_plan::follow::State::Unreadable(why) = &f.state {
            let text = super::say(
                "cli-followed-left-out",
                &[
                    ("name", f.name.as_str().into()),
                    ("path", f.path.display().to_string().into()),
                    ("why", why.clone().into()),
                ],
            );
            writeln!(anstream::stderr(), "{}", human::line(Tone::Warning, &text, crate::cli::lang()))?;
        }
    }
    Ok(())
}

/// The findings of error severity.
pub fn errors_of(findings: &[Finding]) -> Vec<Finding> {
    findings.iter().filter(|f| f.severity == Severity::Error).cloned().collect()
}

/// A plan that cannot be used: its findings on standard output, one line on standard error,
/// and the failure with `status`.
pub fn unreadable(
    label: String,
    source: String,
    findings: Vec<Finding>,
    message: &str,
    status: u8,
) -> Result<Failure, Failure> {
    let mut out = anstream::stdout().lock();
    write!(out, "{}", human::render(&CheckedPlan::new(label, source, findings), super::lang()))?;
    out.flush()?;
    writeln!(anstream::stderr(), "{}", human::line(Tone::Error, message, crate::cli::lang()))?;
    Ok(if status == 1 { Failure::verdict() } else { Failure::shown() })
}
