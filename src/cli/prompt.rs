//! Questions to a person at a terminal (dialoguer), and only there: with no terminal, or with
//! `--yes` / `--no-input`, nothing is asked.

use std::io::IsTerminal;

use aula_plan::init::{Answers, Institution};
use aula_plan::plan::PlanDate;
use dialoguer::theme::ColorfulTheme;
use dialoguer::{Confirm, Input};

/// Whether a person is there to answer: standard input and standard error are a terminal.
pub fn at_terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Asks a yes-or-no question, no by default.
pub fn confirm(question: &str) -> bool {
    matches!(Confirm::new().with_prompt(question).default(false).interact(), Ok(true))
}

/// The questions of `init`, each with the flag's value (or the template's) as its default.
pub fn init(a: &mut Answers) -> dialoguer::Result<()> {
    let theme = ColorfulTheme::default();
    let mut municipality = Input::<String>::with_theme(&theme).with_prompt("Municipality");
    if !a.municipality.is_empty() {
        municipality = municipality.default(a.municipality.clone());
    }
    municipality.interact_text()?.trim().clone_into(&mut a.municipality);
    let list = |what: &str, count: &str, list: &mut Vec<Institution>| -> dialoguer::Result<()> {
        loop {
            let name: String = Input::with_theme(&theme)
                .with_prompt(format!("{what} {} (empty when done)", list.len() + 1))
                .allow_empty(true)
                .interact_text()?;
            if name.trim().is_empty() {
                return Ok(());
            }
            let n: u64 =
                Input::with_theme(&theme).with_prompt(format!("{count} at {}", name.trim())).interact_text()?;
            list.push(Institution { name: name.trim().to_owned(), count: n });
        }
    };
    list("School", "Pupils", &mut a.schools)?;
    list("Day-care institution", "Pedagogical leaders", &mut a.daycare)?;
    a.admins = Input::with_theme(&theme).with_prompt("Municipal administrators").default(a.admins).interact_text()?;
    if !a.schools.is_empty() {
        let quota = Input::with_theme(&theme)
            .with_prompt("School super-users, shared out by pupils")
            .default(a.school_quota())
            .interact_text()?;
        a.school_superusers = Some(quota);
        a.school_course = Confirm::with_theme(&theme)
            .with_prompt("Buy the vendor's course for school super-users?")
            .default(a.school_course)
            .wait_for_newline(true)
            .interact()?;
    }
    if !a.daycare.is_empty() {
        a.daycare_course = Confirm::with_theme(&theme)
            .with_prompt("Buy the vendor's course for day-care super-users?")
            .default(a.daycare_course)
            .wait_for_newline(true)
            .interact()?;
    }
    let first: String = Input::with_theme(&theme)
        .with_prompt("Date of the administrators' course (2027-01-11, 2027-W02, 2027-01 or tbd)")
        .default(a.first_course.to_string())
        .validate_with(|s: &String| match PlanDate::parse(s) {
            Ok(PlanDate::Open) | Err(_) => Err("a day, an ISO week, a month, or tbd"),
            Ok(_) => Ok(()),
        })
        .interact_text()?;
    a.first_course = PlanDate::parse(&first).unwrap_or(PlanDate::Tbd);
    Ok(())
}
