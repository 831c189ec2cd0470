//! The fixed words of the format (`kind`, `split`, `paid`, …): each enum lists its spellings
//! once, for the loader, the schema and help.

use serde::{Serialize, Serializer};

use crate::registry::Level;

impl Keyword for Level {
    const WHAT: &'static str = "lint level";
    const WHAT_ID: &'static str = "word-lint-level";
    const ALL: &'static [(&'static str, Self)] = &[("allow", Self::Allow), ("warn", Self::Warn), ("deny", Self::Deny)];
}

/// Fixed words of the format: each enum lists its spellings once, for the loader and for help.
pub trait Keyword: Sized + Copy + 'static {
    /// What the key holds, in English for the schema and help ("unit kind").
    const WHAT: &'static str;
    /// The message id of the same words, for findings in the reader's language.
    const WHAT_ID: &'static str;
    const ALL: &'static [(&'static str, Self)];

    #[must_use]
    fn from_word(s: &str) -> Option<Self> {
        Self::ALL.iter().find(|(w, _)| *w == s).map(|&(_, v)| v)
    }

    #[must_use]
    fn word(self) -> &'static str
    where
        Self: PartialEq,
    {
        Self::ALL.iter().find(|(_, v)| *v == self).map_or("", |&(w, _)| w)
    }
}

macro_rules! keyword {
    ($(#[$m:meta])* $name:ident, $what:literal, $what_id:literal, { $($word:literal => $variant:ident),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),+ }
        impl Keyword for $name {
            const WHAT: &'static str = $what;
            const WHAT_ID: &'static str = $what_id;
            const ALL: &'static [(&'static str, Self)] = &[$(($word, Self::$variant)),+];
        }
        impl Serialize for $name {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.word())
            }
        }
    };
}

keyword!(
    /// What a unit of the organisation is.
    UnitKind, "unit kind", "word-unit-kind", {
    "vendor" => Vendor, "national" => National, "department" => Department, "area" => Area,
    "school" => School, "daycare" => Daycare, "childminding" => Childminding,
    "service-desk" => ServiceDesk, "group" => Group, "other" => Other,
});
keyword!(
    /// How a role's quota is divided over the units below its unit.
    Split, "split", "word-split", { "pupils" => Pupils, "per-leader" => PerLeader });
keyword!(
    /// Who pays for a training's seats.
    Paid, "paid", "word-paid", { "contract" => Contract, "extra" => Extra });
keyword!(
    /// Whom each trainer of a training teaches.
    Scope, "scope", "word-scope", { "own-unit" => OwnUnit, "all" => All });
keyword!(
    /// The colour of an activity in the source's Gantt chart.
    PhaseKind, "phase kind", "word-phase-kind", {
    "training" => Training, "rollout" => Rollout, "setup" => Setup, "parents-pupils" => ParentsPupils,
    "go-live" => GoLive, "milestone" => Milestone, "other" => Other,
});
keyword!(
    /// Where an activity stands: still to come, held, or called off.
    Status, "status", "word-status", { "planned" => Planned, "done" => Done, "cancelled" => Cancelled });
keyword!(
    /// Which public holidays count as closed days.
    Holidays, "holidays", "word-holidays", { "dk" => Denmark, "none" => None });

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_round_trip() {
        assert_eq!(UnitKind::from_word("service-desk"), Some(UnitKind::ServiceDesk));
        assert_eq!(PhaseKind::GoLive.word(), "go-live");
        assert_eq!(Split::from_word("Pupils"), None);
    }
}
