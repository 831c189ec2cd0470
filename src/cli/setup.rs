//! `init`, `schema`, `completions`, `man` and `lsp`: starting a plan, and setting up editors, shells
//! and manual pages.

use std::io::Write as _;
use std::path::Path;

use anyhow::Context as _;
use aula_plan::diagnostic::Severity;
use aula_plan::diagnostic::human::{self, Tone};
use aula_plan::i18n::Text;
use aula_plan::init::Answers;
use aula_plan::plan::PlanDate;
use aula_plan::rules::Overrides;
use aula_plan::validate;

use super::args::InitArgs;
use super::write::{destination, made, to_stdout};
use super::{Outcome, prompt};

/// The schema's file name, next to a plan `init` makes.
const SCHEMA_FILE: &str = "plan-format-1.json";

/// `aula-plan init FILE`: a few questions at a terminal (or the flags), then a commented plan.
pub fn init(args: &InitArgs) -> Outcome {
    if args.file.exists() && !args.force {
        bail!("{}", super::say("cli-init-exists", &[("path", args.file.display().to_string().into())]));
    }
    let today = aula_plan::clock::today()?;
    let mut a = Answers::template(args.municipality.as_deref().unwrap_or(""), today);
    a.schools.clone_from(&args.schools);
    a.daycare.clone_from(&args.daycare);
    a.admins = args.admins.unwrap_or(a.admins);
    a.school_superusers = args.school_superusers;
    a.school_course = !args.no_school_course;
    a.daycare_course = !args.no_daycare_course;
    a.first_course = args.first_course.clone().unwrap_or(PlanDate::Tbd);
    a.holidays.clone_from(&args.holidays);
    let mut follows = args.follows.clone();
    if !args.no_input && prompt::at_terminal() {
        prompt::init(&mut a).context(super::say("cli-init-no-answer", &[]))?;
        if follows.is_none() {
            follows = prompt::follows().context(super::say("cli-init-no-answer", &[]))?;
        }
    } else if a.municipality.is_empty() {
        bail!("{}", super::say("cli-init-give-municipality", &[]));
    }
    if let Some(national) = &follows {
        if !national.is_file() {
            bail!("{}", super::say("cli-init-follows-missing", &[("path", national.display().to_string().into())]));
        }
        a.follows = Some(from_folder_of(&args.file, national)?);
    }
    let schema_path = args.file.with_file_name(SCHEMA_FILE);
    if let Some(folder) = args.file.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder)
            .with_context(|| super::say("cli-cannot-make-folder", &[("path", folder.display().to_string().into())]))?;
    }
    let text = aula_plan::init::plan_text(&a, (!args.no_schema).then_some(SCHEMA_FILE), super::lang());
    // init writes a plan: `--force` above has said whether it may replace one.
    made(&args.file, &[], true, text.as_bytes())?;
    // As `validate` will check it: with the plans it follows, read from its folder.
    let report =
        validate::validate_at(args.file.display().to_string(), text.as_bytes(), &args.file, &Overrides::default());
    let mut out = anstream::stdout().lock();
    let wrote = super::say(
        "cli-init-wrote",
        &[
            ("path", args.file.display().to_string().into()),
            ("schools", Text::id("cli-init-schools").arg("count", a.schools.len()).into()),
            ("daycare", Text::id("cli-init-daycare").arg("count", a.daycare.len()).into()),
            ("errors", Text::id("count-errors").arg("count", report.count(Severity::Error)).into()),
            ("warnings", Text::id("count-warnings").arg("count", report.count(Severity::Warning)).into()),
        ],
    );
    writeln!(out, "{wrote}")?;
    // The errors of a new plan are those of what it was given (a followed plan it cannot read):
    // each shown, so that the first `validate` holds no surprise.
    let errors = aula_plan::diagnostic::CheckedPlan::new(
        report.path.clone(),
        report.source.clone(),
        super::plans::errors_of(&report.findings),
    );
    if !errors.findings.is_empty() {
        write!(out, "\n{}", human::render(&errors, super::lang()))?;
    }
    if !args.no_schema && !schema_path.exists() {
        // The plan is written; a schema that cannot be is worth a warning, not a failure.
        if let Err(e) = aula_plan::edit::write_output(&schema_path, aula_plan::schema::render(super::lang()).as_bytes())
        {
            writeln!(
                anstream::stderr(),
                "{}",
                human::line(Tone::Warning, &e.text().in_lang(super::lang()), crate::cli::lang())
            )?;
        } else {
            let path = schema_path.display().to_string();
            writeln!(out, "{}", super::say("cli-init-wrote-schema", &[("path", path.into())]))?;
        }
    }
    Ok(())
}

/// `target` as a path from the folder `plan` will be in, with `/` between its parts, as
/// `[follows]` reads it on every system.
fn from_folder_of(plan: &Path, target: &Path) -> Result<String, super::Failure> {
    let absolute = |p: &Path| -> std::io::Result<std::path::PathBuf> {
        if p.is_absolute() { Ok(p.to_path_buf()) } else { Ok(std::env::current_dir()?.join(p)) }
    };
    let folder = absolute(plan)?.parent().map(Path::to_path_buf).unwrap_or_default();
    let folder = folder.canonicalize().unwrap_or(folder);
    let target = absolute(target)?.canonicalize()?;
    let (f, t): (Vec<_>, Vec<_>) = (folder.components().collect(), target.components().collect());
    let common = f.iter().zip(&t).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".to_owned(); f.len() - common];
    parts.extend(t[common..].iter().map(|c| c.as_os_str().to_string_lossy().into_owned()));
    Ok(parts.join("/"))
}

/// `aula-plan schema`: the JSON Schema of the plan format.
pub fn schema(output: Option<&Path>) -> Outcome {
    let text = aula_plan::schema::render(super::lang());
    let Some(output) = destination(output) else { return to_stdout(&text) };
    made(output, &[], false, text.as_bytes())?;
    let path = output.display().to_string();
    writeln!(anstream::stdout(), "{}", super::say("cli-schema-wrote", &[("path", path.into())]))?;
    Ok(())
}

/// `aula-plan completions SHELL`.
pub fn completions(shell: clap_complete::Shell) {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut super::command(), "aula-plan", &mut script);
    let mut script = String::from_utf8_lossy(&script).into_owned();
    if shell == clap_complete::Shell::Bash {
        // clap_complete 4.6 names a command's case arm `aula__subcmd__plan__subcmd__validate`
        // but sets `cmd="aula__plan__subcmd__validate"` for a program name with a hyphen
        // (clap-rs/clap#6421): no arm matched, and nothing after the command completed.
        script = script.replace("aula__subcmd__plan", "aula__plan");
    }
    let _ = std::io::Write::write_all(&mut std::io::stdout().lock(), script.as_bytes());
}

/// `aula-plan man`: the manual page, or a page per command written into a folder.
pub fn man(dir: Option<&Path>) -> Outcome {
    let cmd = super::command();
    let Some(dir) = dir else {
        let mut out = std::io::stdout().lock();
        clap_mangen::Man::new(cmd).render(&mut out)?;
        out.flush()?;
        return Ok(());
    };
    std::fs::create_dir_all(dir)
        .with_context(|| super::say("cli-cannot-make-folder", &[("path", dir.display().to_string().into())]))?;
    let mut pages = vec![("aula-plan.1".to_owned(), cmd.clone())];
    for sub in cmd.get_subcommands() {
        let name = format!("aula-plan-{}", sub.get_name());
        pages.push((format!("{name}.1"), sub.clone().name(name)));
    }
    for (file, page) in &pages {
        let mut text = Vec::new();
        clap_mangen::Man::new(page.clone()).render(&mut text)?;
        let path = dir.join(file);
        aula_plan::edit::write_output(&path, &text)
            .with_context(|| super::say("cli-cannot-write", &[("path", path.display().to_string().into())]))?;
    }
    let wrote =
        super::say("cli-man-wrote", &[("count", pages.len().into()), ("path", dir.display().to_string().into())]);
    writeln!(anstream::stdout(), "{wrote}")?;
    Ok(())
}

/// `aula-plan lsp`: the language server, on standard input and output, in the language asked
/// for (`--lang`, `AULA_PLAN_LANG`), else the editor's. Status 0 after `shutdown` and `exit`,
/// 1 when the client left without them.
pub fn lsp(lang: Option<aula_plan::i18n::Lang>) -> Outcome {
    if aula_plan::lsp::stdio(lang)? { Ok(()) } else { Err(super::Failure::verdict()) }
}
