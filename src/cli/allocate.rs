//! `aula-plan allocate`: quotas divided over units, shown, and with `--write` written into the
//! units' `seats` through the edit pipeline.

use std::io::Write as _;

use aula_plan::allocate;
use aula_plan::edit::{Original, unified_diff};

use super::args::AllocateArgs;
use super::plans::Input;
use super::{Outcome, show, write};

pub fn run(args: &AllocateArgs) -> Outcome {
    let input = Input::read(&args.args.plan)?;
    let load_errors = input.load_errors();
    if args.write && load_errors > 0 {
        // A value the loader could not read (`pupils = "640"`) would leave its unit out.
        let label = &input.label;
        let errors = aula_plan::i18n::Text::id("count-errors").arg("count", load_errors);
        let text =
            super::say("cli-allocate-load-errors", &[("path", label.as_str().into()), ("errors", errors.into())]);
        writeln!(
            anstream::stderr(),
            "{}",
            aula_plan::diagnostic::human::line(aula_plan::diagnostic::human::Tone::Error, &text, crate::cli::lang())
        )?;
        return Err(super::Failure::verdict());
    }
    let (bytes, findings) = (input.bytes.clone(), input.loaded.findings.clone());
    let errors = input.report().count(aula_plan::diagnostic::Severity::Error);
    let (source, plan) = input.usable("shows", errors)?;
    let list = allocate::allocations(&plan, args.role.as_deref())?;
    show::print(aula_plan::view::allocate::report(&plan, &list, super::lang()), &args.args)?;
    if !args.write {
        return Ok(());
    }
    let path = args.args.plan.display().to_string();
    if args.args.plan.as_os_str() == "-" {
        bail!("{}", super::say("cli-write-needs-file", &[]));
    }
    let splices = allocate::write_seats(&plan, &source, &list)?;
    let mut out = anstream::stdout().lock();
    if splices.is_empty() {
        writeln!(out, "\n{}", super::say("cli-allocate-nothing", &[]))?;
        return Ok(());
    }
    let edited = allocate::verify(Original { source: &source, findings: &findings }, &splices, args.role.as_deref())?;
    write!(
        out,
        "\n{}",
        unified_diff(
            &source,
            &edited.text,
            &path,
            &super::say("cli-allocate-label", &[("path", path.as_str().into())])
        )
    )?;
    out.flush()?;
    drop(out);
    write::confirm_and_write(
        &args.args.plan,
        &super::say("cli-allocate-question", &[("path", path.as_str().into())]),
        args.yes,
        &bytes,
        edited.text.as_bytes(),
    )?;
    writeln!(anstream::stdout(), "{}", super::say("cli-allocate-wrote", &[("path", path.into())]))?;
    Ok(())
}
