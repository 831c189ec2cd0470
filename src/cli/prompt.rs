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
    let say = super::say;
    let mut municipality = Input::<String>::with_theme(&theme).with_prompt(say("ask-municipality", &[]));
    if !a.municipality.is_empty() {
        municipality = municipality.default(a.municipality.clone());
    }
    municipality.interact_text()?.trim().clone_into(&mut a.municipality);
    let list = |what: &'static str, count: &'static str, list: &mut Vec<Institution>| -> dialoguer::Result<()> {
        loop {
            let name: String = Input::with_theme(&theme)
                .with_prompt(say(what, &[("n", (list.len() + 1).into())]))
                .allow_empty(true)
                .interact_text()?;
            if name.trim().is_empty() {
                return Ok(());
            }
            let n: u64 =
                Input::with_theme(&theme).with_prompt(say(count, &[("name", name.trim().into())])).interact_text()?;
            list.push(Institution { name: name.trim().to_owned(), count: n });
        }
    };
    list("ask-school", "ask-pupils", &mut a.schools)?;
    list("ask-daycare", "ask-leaders", &mut a.daycare)?;
    a.admins = Input::with_theme(&theme).with_prompt(say("ask-admins", &[])).default(a.admins).interact_text()?;
    if !a.schools.is_empty() {
        let quota = Input::with_theme(&theme)
            .with_prompt(say("ask-school-superusers", &[]))
            .default(a.school_quota())
            .interact_text()?;
        a.school_superusers = Some(quota);
        a.school_course = Confirm::with_theme(&theme)
            .with_prompt(say("ask-school-course", &[]))
            .default(a.school_course)
            .wait_for_newline(true)
            .interact()?;
    }
    if !a.daycare.is_empty() {
        a.daycare_course = Confirm::with_theme(&theme)
            .with_prompt(say("ask-daycare-course", &[]))
            .default(a.daycare_course)
            .wait_for_newline(true)
            .interact()?;
    }
    let first: String = Input::with_theme(&theme)
        .with_prompt(say("ask-first-course", &[]))
        .default(a.first_course.to_string())
        .validate_with(|s: &String| match PlanDate::parse(s) {
            Ok(PlanDate::Open) | Err(_) => Err(say("ask-not-a-date", &[])),
            Ok(_) => Ok(()),
        })
        .interact_text()?;
    a.first_course = PlanDate::parse(&first).unwrap_or(PlanDate::Tbd);
    Ok(())
}
