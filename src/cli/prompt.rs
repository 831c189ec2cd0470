//! Questions to a person at a terminal (dialoguer), and only there: with no terminal, or with
//! `--yes` / `--no-input`, nothing is asked.

use std::io::IsTerminal;

use aula_plan::i18n::Lang;
use std::io::Write as _;

use aula_plan::init::{Answers, Holiday, Institution};
use aula_plan::plan::PlanDate;
use dialoguer::theme::{ColorfulTheme, Theme};
use dialoguer::{Confirm, Input};

/// Whether a person is there to answer: standard input and standard error are a terminal.
pub fn at_terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// Asks a yes-or-no question, no by default.
pub fn confirm(question: &str) -> bool {
    matches!(yes_no(&dialoguer::theme::SimpleTheme, question, false), Ok(true))
}

/// A yes-or-no question. dialoguer's `Confirm` knows only `y` and `n`: in Danish the answer is
/// typed instead, `j` or `n` (`ja`, `nej`; an empty answer takes the default).
fn yes_no(theme: &dyn Theme, question: &str, default: bool) -> dialoguer::Result<bool> {
    if super::lang() == Lang::En {
        return Confirm::with_theme(theme).with_prompt(question).default(default).wait_for_newline(true).interact();
    }
    let hint = if default { "[J/n]" } else { "[j/N]" };
    let answer: String = Input::with_theme(theme)
        .with_prompt(format!("{question} {hint}"))
        .allow_empty(true)
        .validate_with(|s: &String| answer_da(s).map(|_| ()).ok_or_else(|| super::say("ask-yes-no", &[])))
        .interact_text()?;
    Ok(match answer_da(&answer) {
        Some(Answer::Yes) => true,
        Some(Answer::No) => false,
        Some(Answer::Default) | None => default,
    })
}

/// An answer to a yes-or-no question.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Answer {
    Yes,
    No,
    /// Nothing typed: the default.
    Default,
}

/// A Danish answer to a yes-or-no question; none for one that is neither.
fn answer_da(s: &str) -> Option<Answer> {
    match s.trim().to_lowercase().as_str() {
        "" => Some(Answer::Default),
        "j" | "ja" | "y" | "yes" => Some(Answer::Yes),
        "n" | "nej" | "no" => Some(Answer::No),
        _ => None,
    }
}

/// The questions of `init`, each with the flag's value (or the template's) as its default.
/// Whether the new plan follows KOMBIT's national plan, and where that file is.
pub fn follows() -> dialoguer::Result<Option<std::path::PathBuf>> {
    let theme = ColorfulTheme::default();
    let path: String = Input::with_theme(&theme)
        .with_prompt(super::say("ask-follows", &[]))
        .allow_empty(true)
        .validate_with(|s: &String| {
            if s.trim().is_empty() || std::path::Path::new(s.trim()).is_file() {
                Ok(())
            } else {
                Err(super::say("cli-init-follows-missing", &[("path", s.trim().into())]))
            }
        })
        .interact_text()?;
    Ok(Some(path.trim()).filter(|p| !p.is_empty()).map(std::path::PathBuf::from))
}

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
            // "250 elever" is an answer too: the first number counts.
            let n: String = Input::with_theme(&theme)
                .with_prompt(say(count, &[("name", name.trim().into())]))
                .validate_with(|s: &String| {
                    aula_plan::init::count_answer(s).map(|_| ()).ok_or_else(|| say("ask-not-a-count", &[]))
                })
                .interact_text()?;
            let n = aula_plan::init::count_answer(&n).unwrap_or(0);
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
        a.school_course = yes_no(&theme, &say("ask-school-course", &[]), a.school_course)?;
    }
    if !a.daycare.is_empty() {
        a.daycare_course = yes_no(&theme, &say("ask-daycare-course", &[]), a.daycare_course)?;
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
    holidays(&theme, &mut a.holidays)
}

/// The municipality's school holidays, a name and its first and last day each, until an empty
/// name: aula-plan invents none.
fn holidays(theme: &ColorfulTheme, list: &mut Vec<Holiday>) -> dialoguer::Result<()> {
    let say = super::say;
    let day = |prompt: String| -> dialoguer::Result<PlanDate> {
        let answer: String = Input::with_theme(theme)
            .with_prompt(prompt)
            .default("tbd".to_owned())
            .validate_with(|s: &String| match PlanDate::parse(s) {
                Ok(PlanDate::Day(_) | PlanDate::Tbd) => Ok(()),
                _ => Err(say("ask-not-a-day", &[])),
            })
            .interact_text()?;
        Ok(PlanDate::parse(&answer).unwrap_or(PlanDate::Tbd))
    };
    loop {
        let name: String = Input::with_theme(theme)
            .with_prompt(say("ask-holiday", &[("n", (list.len() + 1).into())]))
            .allow_empty(true)
            .interact_text()?;
        let name = name.trim();
        if name.is_empty() {
            return Ok(());
        }
        let start = day(say("ask-holiday-start", &[("name", name.into())]))?;
        let end = loop {
            let end = day(say("ask-holiday-end", &[("name", name.into())]))?;
            match (start.earliest(), end.latest()) {
                (Some(from), Some(until)) if until < from => {
                    let _ = writeln!(std::io::stderr(), "{}", say("ask-holiday-reversed", &[]));
                }
                _ => break end,
            }
        };
        list.push(Holiday { name: name.to_owned(), start, end });
    }
}

#[cfg(test)]
mod tests {
    use super::{Answer, answer_da};

    #[test]
    fn a_danish_answer_is_j_or_n_and_empty_takes_the_default() {
        assert_eq!(answer_da("j"), Some(Answer::Yes));
        assert_eq!(answer_da(" Ja "), Some(Answer::Yes));
        assert_eq!(answer_da("NEJ"), Some(Answer::No));
        assert_eq!(answer_da(""), Some(Answer::Default));
        assert_eq!(answer_da("måske"), None);
    }
}
