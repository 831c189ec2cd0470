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
        let text = format!(
            "{label} has {} the loader met (`aula-plan validate {label}` shows them); seats are not written into \
             a plan that does not read whole. Nothing written.",
            aula_plan::diagnostic::plural(load_errors, "error")
        );
        writeln!(
            anstream::stderr(),
            "{}",
            aula_plan::diagnostic::human::line(aula_plan::diagnostic::human::Tone::Error, &text)
        )?;
        return Err(super::Failure::verdict());
    }
    let (bytes, findings) = (input.bytes.clone(), input.loaded.findings.clone());
    let errors = input.report().count(aula_plan::diagnostic::Severity::Error);
    let (source, plan) = input.usable("shows", errors)?;
    let list = allocate::allocations(&plan, args.role.as_deref())?;
    show::print(&aula_plan::report::allocate::report(&plan, &list, super::lang()), args.args.format)?;
    if !args.write {
        return Ok(());
    }
    let path = args.args.plan.display().to_string();
    if args.args.plan.as_os_str() == "-" {
        bail!("--write needs a plan file, not standard input");
    }
    let splices = allocate::write_seats(&plan, &source, &list)?;
    let mut out = anstream::stdout().lock();
    if splices.is_empty() {
        writeln!(out, "\nEvery unit already declares the seats allocated to it. Nothing written.")?;
        return Ok(());
    }
    let edited = allocate::verify(Original { source: &source, findings: &findings }, &splices, args.role.as_deref())?;
    write!(out, "\n{}", unified_diff(&source, &edited.text, &path, &format!("{path} (allocated)")))?;
    out.flush()?;
    drop(out);
    write::confirm_and_write(
        &args.args.plan,
        &format!("Write the seats into {path}?"),
        args.yes,
        &bytes,
        edited.text.as_bytes(),
    )?;
    writeln!(anstream::stdout(), "Wrote the allocated seats into {path}.")?;
    Ok(())
}
