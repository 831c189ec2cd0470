//! What `init` asks, as answers: the municipality, its schools and day-care institutions with
//! their counts, the vendor's courses bought, the first course's date and the school holidays —
//! and how a person's answer or a flag is read (`"250 elever"`, `NAME=N`, `NAME=FIRST..LAST`).

use chrono::NaiveDate;

use crate::i18n::Text;
use crate::plan::PlanDate;

/// A school with its pupils, or a day-care institution with its pedagogical leaders.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Institution {
    pub name: String,
    pub count: u64,
}

/// One of the municipality's school holidays, as `init` writes it into `[calendar] closed`: its
/// name, and its first and last day (or `tbd`: aula-plan invents no holiday).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    pub name: String,
    pub start: PlanDate,
    pub end: PlanDate,
}

/// Everything `init` asks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Answers {
    pub municipality: String,
    /// The plan's date and first revision.
    pub today: NaiveDate,
    pub schools: Vec<Institution>,
    pub daycare: Vec<Institution>,
    /// Municipal administrators (and seats on their course).
    pub admins: u64,
    /// School super-users, shared out over the schools by pupils; `None`: one per school.
    pub school_superusers: Option<u64>,
    /// The vendor's super-user courses bought; the administrators' course always is.
    pub school_course: bool,
    pub daycare_course: bool,
    /// When the administrators' course is (a day, a week, a month, or tbd).
    pub first_course: PlanDate,
    /// KOMBIT's national plan, as a path from the new plan's folder: written as `[follows]
    /// kombit = "…"`, so that `validate` and `reschedule` check the plan against it.
    pub follows: Option<String>,
    /// The municipality's own school holidays, which dates may be tied to
    /// (`"after efterarsferie-2027"`); none unless given.
    pub holidays: Vec<Holiday>,
}

impl Answers {
    /// The national template's answers for a municipality: two administrators, the vendor's
    /// courses all bought, no schools or institutions named yet, dates not known.
    #[must_use]
    pub fn template(municipality: &str, today: NaiveDate) -> Self {
        Self {
            municipality: municipality.trim().to_owned(),
            today,
            schools: Vec::new(),
            daycare: Vec::new(),
            admins: 2,
            school_superusers: None,
            school_course: true,
            daycare_course: true,
            follows: None,
            first_course: PlanDate::Tbd,
            holidays: Vec::new(),
        }
    }

    /// School super-users: as answered, else one per school.
    #[must_use]
    pub fn school_quota(&self) -> u64 {
        self.school_superusers.unwrap_or(self.schools.len() as u64).max(1)
    }

    /// Day-care super-users: one per pedagogical leader.
    #[must_use]
    pub fn daycare_quota(&self) -> u64 {
        self.daycare.iter().map(|d| d.count).sum()
    }
}

/// A count as a person answers it: "250", "250 elever", "ca. 1.250" (Danish thousands) — the
/// first number in the answer, its thousands' dots and spaces between digits read as nothing;
/// `None` when the answer holds no number.
#[must_use]
pub fn count_answer(answer: &str) -> Option<u64> {
    let start = answer.find(|c: char| c.is_ascii_digit())?;
    let mut digits = String::new();
    let mut chars = answer[start..].chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '0'..='9' => digits.push(c),
            '.' | ' ' | '\u{a0}' if chars.peek().is_some_and(char::is_ascii_digit) => {}
            _ => break,
        }
    }
    digits.parse().ok()
}

/// Parses `NAME=START..END` (a school holiday and its first and last day), or `NAME=tbd` for
/// one whose days are not known yet.
///
/// # Errors
/// When the text is not of that form, or a day is not a date, or the holiday ends before it
/// starts.
pub fn holiday(s: &str) -> Result<Holiday, Text> {
    let form = || Text::id("init-holiday-form").arg("given", s);
    let (name, days) = s.rsplit_once('=').ok_or_else(form)?;
    let name = name.trim();
    if name.is_empty() {
        return Err(form());
    }
    let date = |d: &str| match PlanDate::parse(d) {
        Ok(PlanDate::Open) | Err(_) => Err(Text::id("init-holiday-date").arg("given", d.trim())),
        Ok(d) => Ok(d),
    };
    let (start, end) = if let Some((start, end)) = days.split_once("..") {
        (date(start)?, date(end)?)
    } else {
        let only = date(days)?;
        (only.clone(), only)
    };
    if let (Some(first), Some(last)) = (start.earliest(), end.latest())
        && last < first
    {
        return Err(Text::id("init-holiday-reversed").arg("given", s));
    }
    Ok(Holiday { name: name.to_owned(), start, end })
}

/// Parses `NAME=N` (a school with its pupils, an institution with its leaders).
///
/// # Errors
/// When there is no `=`, the name is empty, or N is not a whole number.
pub fn institution(s: &str) -> Result<Institution, Text> {
    let form = || Text::id("init-institution-form").arg("given", s);
    let (name, count) = s.rsplit_once('=').ok_or_else(form)?;
    let name = name.trim();
    if name.is_empty() {
        return Err(form());
    }
    let count =
        count.trim().parse::<u64>().map_err(|_| Text::id("init-institution-count").arg("given", count.trim()))?;
    Ok(Institution { name: name.to_owned(), count })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_count_is_read_as_a_person_answers_it() {
        assert_eq!(count_answer("250"), Some(250));
        assert_eq!(count_answer("250 elever"), Some(250));
        assert_eq!(count_answer("ca. 1.250 elever"), Some(1250));
        assert_eq!(count_answer("4 ledere, 2 i vuggestuen"), Some(4));
        assert_eq!(count_answer("mange"), None);
    }

    #[test]
    fn institutions_are_name_equals_number() {
        assert_eq!(institution("Vestre Skole = 420"), Ok(Institution { name: "Vestre Skole".into(), count: 420 }));
        assert_eq!(institution("A=B=3").unwrap().name, "A=B");
        assert!(institution("Vestre Skole").is_err());
        assert!(institution("=3").is_err());
        assert!(institution("X=many").is_err());
    }

    #[test]
    fn a_holiday_is_a_name_and_its_first_and_last_day() {
        let day = |d: u32| PlanDate::Day(NaiveDate::from_ymd_opt(2027, 10, d).unwrap());
        let h = holiday("Efterårsferie 2027 = 2027-10-16..2027-10-24").unwrap();
        assert_eq!((h.name.as_str(), h.start, h.end), ("Efterårsferie 2027", day(16), day(24)));
        assert_eq!(holiday("Sommerferie=tbd").unwrap().end, PlanDate::Tbd);
        assert!(holiday("Efterårsferie").is_err());
        assert!(holiday("=2027-10-16..2027-10-24").is_err());
        assert!(holiday("X=2027-10-24..2027-10-16").is_err(), "ends before it starts");
        assert!(holiday("X=open").is_err());
    }
}
