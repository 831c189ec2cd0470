//! What day it is. Every command that stamps today (a shift's new `[[revision]]`, `init`'s
//! template) or compares with it (`status`, the chart's today line) asks here, and nowhere
//! else reads the wall clock: `AULA_PLAN_TODAY` (a day, `2026-11-22`) when it is set, so that
//! tests, a demonstration or a report made again later come out the same on any day; else the
//! computer's local date. A command's own flag (`--today`, `--revision-date`) still wins.

use chrono::NaiveDate;

/// The environment variable that fixes today.
pub const TODAY_VAR: &str = "AULA_PLAN_TODAY";

/// `AULA_PLAN_TODAY` holds something that is not a day.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.text())]
pub struct TodayError {
    pub value: String,
}

impl TodayError {
    /// The error in words (`i18n/*/errors.ftl`).
    #[must_use]
    pub fn text(&self) -> crate::i18n::Text {
        crate::i18n::Text::id("error-today").arg("var", TODAY_VAR).arg("value", &self.value)
    }
}

/// Today: `AULA_PLAN_TODAY` when set, else the local date.
///
/// # Errors
/// When `AULA_PLAN_TODAY` is set to something other than a day (`YYYY-MM-DD`).
pub fn today() -> Result<NaiveDate, TodayError> {
    today_from(std::env::var(TODAY_VAR).ok().as_deref(), || chrono::Local::now().date_naive())
}

/// `given` (a command's own `--today` or `--revision-date`) when there is one, else [`today`].
///
/// # Errors
/// As [`today`], when it is asked.
pub fn today_or(given: Option<NaiveDate>) -> Result<NaiveDate, TodayError> {
    given.map_or_else(today, Ok)
}

/// Today as `fixed` says (the value of `AULA_PLAN_TODAY`), else as the `clock` says.
///
/// # Errors
/// When `fixed` is given and is not a day.
pub fn today_from(fixed: Option<&str>, clock: impl FnOnce() -> NaiveDate) -> Result<NaiveDate, TodayError> {
    match fixed.map(str::trim) {
        None | Some("") => Ok(clock()),
        Some(v) => NaiveDate::parse_from_str(v, "%Y-%m-%d").map_err(|_| TodayError { value: v.to_owned() }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn the_variable_fixes_the_day_and_the_clock_is_asked_only_without_it() {
        let clock = || day(2030, 1, 1);
        assert_eq!(today_from(Some("2019-05-20"), || panic!("not asked")), Ok(day(2019, 5, 20)));
        assert_eq!(today_from(None, clock), Ok(day(2030, 1, 1)));
        assert_eq!(today_from(Some(" "), clock), Ok(day(2030, 1, 1)), "empty is unset");
    }

    #[test]
    fn a_value_that_is_not_a_day_is_refused_with_its_name() {
        let err = today_from(Some("20.05.2019"), || day(2030, 1, 1)).unwrap_err();
        assert_eq!(err.value, "20.05.2019");
        let words = crate::i18n::Lang::En.text_with("error-today", &[("var", TODAY_VAR.into()), ("value", "x".into())]);
        assert!(words.contains("AULA_PLAN_TODAY") && words.contains("YYYY-MM-DD"), "{words}");
        assert!(today_from(Some("2019-02-30"), || day(2030, 1, 1)).is_err(), "no such day");
    }
}
