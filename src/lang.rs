//! The languages the tool speaks, and which one a person reads: a leaf, so that the plan's
//! own values (a date) can say themselves in either language without depending on the texts
//! of [`crate::i18n`], which depend on the plan.

/// A language the tool speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    Da,
    #[default]
    En,
}

impl Lang {
    /// The language of a locale name as the environment gives it (`da_DK.UTF-8`, `da-DK`,
    /// `da`, `en_GB`, `C`): Danish for a Danish locale, English for any other; none for an
    /// empty one.
    #[must_use]
    pub fn of_locale(locale: &str) -> Option<Lang> {
        let locale = locale.trim();
        if locale.is_empty() {
            return None;
        }
        let language = locale.split(['_', '-', '.', '@']).next().unwrap_or_default();
        Some(if language.eq_ignore_ascii_case("da") { Lang::Da } else { Lang::En })
    }

    /// The language to speak when `--lang` (or `AULA_PLAN_LANG`, which clap reads into it) is
    /// not given: the locale's, as POSIX chooses it (the first of `LC_ALL`, `LC_MESSAGES` and
    /// `LANG` that is set), else the system's (on Windows, the user's locale); English when
    /// nothing says.
    #[must_use]
    pub fn from_environment(var: impl Fn(&str) -> Option<String>, system: impl FnOnce() -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .into_iter()
            .find_map(|name| var(name).as_deref().and_then(Lang::of_locale))
            .or_else(|| system().as_deref().and_then(Lang::of_locale))
            .unwrap_or_default()
    }

    /// The language of this process's environment: see [`Lang::from_environment`].
    #[must_use]
    pub fn of_this_process() -> Lang {
        Lang::from_environment(|name| std::env::var(name).ok(), sys_locale::get_locale)
    }

    /// `da` or `en`, as `--lang` takes it and SARIF records it.
    #[must_use]
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }
}
