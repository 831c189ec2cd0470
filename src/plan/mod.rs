//! The plan model: what a plan file says, with where each value stands in the file.
//!
//! The loader (`crate::load`) builds it; rules read it. References between entities are kept
//! as written (ids with spans) and resolved through [`Plan::lookup`], so a dangling id is
//! simply absent there and no rule but `unknown-reference` speaks of it.

mod calendar;
pub mod date;
pub mod id;

use foldhash::{HashMap, HashMapExt};

use chrono::NaiveDate;
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

pub use date::PlanDate;

use crate::registry::{Level, Rule};
use crate::span::{Span, Spanned};

/// A whole plan file. It serialises with the file's own keys (`plan`, `unit`, `role`, …),
/// every value as the format writes it, and `null` for what the file leaves out.
#[derive(Debug, Default, Serialize)]
pub struct Plan {
    #[serde(rename = "plan")]
    pub meta: Meta,
    #[serde(rename = "unit")]
    pub units: Vec<Unit>,
    #[serde(rename = "role")]
    pub roles: Vec<Role>,
    #[serde(rename = "person")]
    pub people: Vec<Person>,
    #[serde(rename = "training")]
    pub trainings: Vec<Training>,
    #[serde(rename = "phase")]
    pub phases: Vec<Phase>,
    #[serde(rename = "revision")]
    pub revisions: Vec<Revision>,
    /// How the file writes its `revision` list, for adding an entry to it.
    #[serde(skip)]
    pub history: History,
    pub estimate: Option<Estimate>,
    pub calendar: Calendar,
    #[serde(serialize_with = "lints_as_table")]
    pub lints: Vec<LintSetting>,
    #[serde(skip)]
    ids: HashMap<String, EntityRef>,
    /// Each entity whose id an entity earlier in the file has already, with that one.
    #[serde(skip)]
    duplicates: Vec<(EntityRef, EntityRef)>,
    /// Units whose `parent` is each unit, by index.
    #[serde(skip)]
    children: Vec<Vec<usize>>,
}

/// The `[plan]` table.
#[derive(Debug, Default, Serialize)]
pub struct Meta {
    #[serde(skip)]
    pub span: Span,
    pub title: Option<Spanned<String>>,
    pub municipality: Option<Spanned<String>>,
    pub owner: Option<Spanned<String>>,
    pub revision: Option<Spanned<String>>,
    pub date: Option<Spanned<NaiveDate>>,
    pub root: Option<Spanned<String>>,
    pub goals: Vec<Spanned<String>>,
    pub success_criteria: Vec<Spanned<String>>,
}

/// What kind of entity an id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityKind {
    Unit,
    Role,
    Person,
    Training,
    Phase,
}

impl EntityKind {
    #[must_use]
    pub const fn noun(self) -> &'static str {
        match self {
            Self::Unit => "unit",
            Self::Role => "role",
            Self::Person => "person",
            Self::Training => "training",
            Self::Phase => "phase",
        }
    }
}

/// How the file writes its history, and where a new revision goes.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum History {
    /// No `revision` key.
    #[default]
    None,
    /// `[[revision]]` tables; the last key or value of the last one ends at `end`.
    Tables { end: usize },
    /// `revision = [ ... ]` at `span`; its last entry ends at `last_end`.
    Inline { span: Span, last_end: Option<usize> },
    /// Something else, at `span` (a finding of its own).
    Other { span: Span },
}

/// An entity of the plan, by kind and position in its list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct EntityRef {
    pub kind: EntityKind,
    pub index: usize,
}

/// A node of the organisation tree.
#[derive(Debug, Serialize)]
pub struct Unit {
    #[serde(skip)]
    pub span: Span,
    pub id: Spanned<String>,
    pub name: Option<Spanned<String>>,
    pub parent: Option<Spanned<String>>,
    pub kind: Option<Spanned<UnitKind>>,
    pub pupils: Option<Spanned<u64>>,
    pub leaders: Option<Spanned<u64>>,
    /// Declared shares of split quotas: role id → seats.
    #[serde(serialize_with = "pairs_as_table")]
    pub seats: Vec<(Spanned<String>, Spanned<u64>)>,
    pub note: Option<Spanned<String>>,
}

/// What people do, and how many of them are needed.
#[derive(Debug, Serialize)]
pub struct Role {
    #[serde(skip)]
    pub span: Span,
    pub id: Spanned<String>,
    pub name: Option<Spanned<String>>,
    pub unit: Option<Spanned<String>>,
    pub quota: Option<Spanned<u64>>,
    pub population: Option<Spanned<u64>>,
    pub split: Option<Spanned<Split>>,
    pub support: Option<Spanned<String>>,
    pub tech_support: Option<Spanned<String>>,
    pub needs_training: Option<Spanned<bool>>,
    pub responsibilities: Vec<Spanned<String>>,
    pub note: Option<Spanned<String>>,
}

/// A named person.
#[derive(Debug, Serialize)]
pub struct Person {
    #[serde(skip)]
    pub span: Span,
    pub id: Spanned<String>,
    pub name: Option<Spanned<String>>,
    pub unit: Option<Spanned<String>>,
    pub roles: Vec<Spanned<String>>,
    pub tentative: Option<Spanned<bool>>,
    pub note: Option<Spanned<String>>,
}

/// When an activity happens: one day (or milestone), or a range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Timing {
    On(Spanned<PlanDate>),
    Between { start: Spanned<PlanDate>, end: Spanned<PlanDate> },
}

/// As the file writes it: `date`, or `start` and `end`.
impl Serialize for Timing {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::On(d) => {
                let mut m = s.serialize_map(Some(1))?;
                m.serialize_entry("date", &d.value)?;
                m.end()
            }
            Self::Between { start, end } => {
                let mut m = s.serialize_map(Some(2))?;
                m.serialize_entry("start", &start.value)?;
                m.serialize_entry("end", &end.value)?;
                m.end()
            }
        }
    }
}

impl Timing {
    /// The start, or the one date.
    #[must_use]
    pub const fn start(&self) -> &Spanned<PlanDate> {
        match self {
            Self::On(d) | Self::Between { start: d, .. } => d,
        }
    }

    /// The end, or the one date.
    #[must_use]
    pub const fn end(&self) -> &Spanned<PlanDate> {
        match self {
            Self::On(d) | Self::Between { end: d, .. } => d,
        }
    }
}

/// One course of the train-the-trainer cascade.
#[derive(Debug, Serialize)]
pub struct Training {
    #[serde(skip)]
    pub span: Span,
    pub id: Spanned<String>,
    pub name: Option<Spanned<String>>,
    pub trainer: Vec<Spanned<String>>,
    pub trainees: Vec<Spanned<String>>,
    pub seats: Option<Spanned<u64>>,
    pub duration: Option<Spanned<Duration>>,
    #[serde(flatten)]
    pub timing: Option<Timing>,
    pub track: Option<Spanned<String>>,
    pub scope: Option<Spanned<Scope>>,
    pub paid: Option<Spanned<Paid>>,
    pub after: Vec<Spanned<String>>,
    pub topics: Vec<Spanned<String>>,
    pub note: Option<Spanned<String>>,
}

/// One step of the timeline.
#[derive(Debug, Serialize)]
pub struct Phase {
    #[serde(skip)]
    pub span: Span,
    pub id: Spanned<String>,
    pub name: Option<Spanned<String>>,
    pub track: Option<Spanned<String>>,
    pub kind: Option<Spanned<PhaseKind>>,
    #[serde(flatten)]
    pub timing: Option<Timing>,
    pub owner: Option<Spanned<String>>,
    pub after: Vec<Spanned<String>>,
    pub note: Option<Spanned<String>>,
}

/// A course length as written: `"2d"`, `"7h"`, `"3-6h"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Duration {
    pub low: u32,
    pub high: u32,
    pub unit: DurationUnit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DurationUnit {
    Hours,
    Days,
}

impl Serialize for Duration {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl std::fmt::Display for Duration {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let unit = match self.unit {
            DurationUnit::Hours => "h",
            DurationUnit::Days => "d",
        };
        if self.low == self.high {
            write!(f, "{}{unit}", self.low)
        } else {
            write!(f, "{}-{}{unit}", self.low, self.high)
        }
    }
}

impl Duration {
    /// Parses `N` or `N-M` followed by `h` or `d`, with `low <= high`.
    #[must_use]
    pub fn parse(s: &str) -> Option<Self> {
        let (num, unit) = if let Some(n) = s.strip_suffix('h') {
            (n, DurationUnit::Hours)
        } else if let Some(n) = s.strip_suffix('d') {
            (n, DurationUnit::Days)
        } else {
            return None;
        };
        let digits =
            |t: &str| (!t.is_empty() && t.bytes().all(|b| b.is_ascii_digit())).then(|| t.parse::<u32>().ok()).flatten();
        let (low, high) = match num.split_once('-') {
            Some((a, b)) => (digits(a)?, digits(b)?),
            None => (digits(num)?, digits(num)?),
        };
        (low > 0 && low <= high).then_some(Self { low, high, unit })
    }
}

/// One entry of the plan's own history.
#[derive(Debug, Serialize)]
pub struct Revision {
    #[serde(skip)]
    pub span: Span,
    pub revision: Option<Spanned<String>>,
    pub date: Option<Spanned<NaiveDate>>,
    pub note: Option<Spanned<String>>,
    pub shift: Option<ShiftRecord>,
}

/// The parameters of a shift, as `aula-plan shift` records them in a revision.
#[derive(Debug, Default, Serialize)]
pub struct ShiftRecord {
    #[serde(skip)]
    pub span: Span,
    pub months: Option<Spanned<i64>>,
    pub weeks: Option<Spanned<i64>>,
    pub days: Option<Spanned<i64>>,
    pub from: Option<Spanned<PlanDate>>,
    pub tracks: Vec<Spanned<String>>,
    pub only: Vec<Spanned<String>>,
    pub workdays: Option<Spanned<bool>>,
}

/// KOMBIT's resource model.
#[derive(Debug, Default, Serialize)]
pub struct Estimate {
    #[serde(skip)]
    pub span: Span,
    pub source: Option<Spanned<String>>,
    pub phases: Vec<Spanned<String>>,
    #[serde(rename = "row")]
    pub rows: Vec<EstimateRow>,
}

#[derive(Debug, Serialize)]
pub struct EstimateRow {
    #[serde(skip)]
    pub span: Span,
    pub party: Option<Spanned<String>>,
    pub track: Option<Spanned<String>>,
    pub basis: Option<Spanned<u64>>,
    pub hours: Vec<Spanned<u64>>,
    pub total: Option<Spanned<u64>>,
}

/// Holidays and closed periods.
#[derive(Debug, Default, Serialize)]
pub struct Calendar {
    pub holidays: Option<Spanned<Holidays>>,
    pub closed: Vec<ClosedPeriod>,
}

#[derive(Debug, Serialize)]
pub struct ClosedPeriod {
    #[serde(skip)]
    pub span: Span,
    pub name: Option<Spanned<String>>,
    pub start: Option<Spanned<PlanDate>>,
    pub end: Option<Spanned<PlanDate>>,
}

/// A `[lints]` entry: the plan's own level for one rule.
#[derive(Debug)]
pub struct LintSetting {
    pub rule: Rule,
    pub level: Spanned<Level>,
}

impl Keyword for Level {
    const WHAT: &'static str = "lint level";
    const ALL: &'static [(&'static str, Self)] = &[("allow", Self::Allow), ("warn", Self::Warn), ("deny", Self::Deny)];
}

/// Fixed words of the format: each enum lists its spellings once, for the loader and for help.
pub trait Keyword: Sized + Copy + 'static {
    /// What the key holds, for messages ("unit kind").
    const WHAT: &'static str;
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
    ($(#[$m:meta])* $name:ident, $what:literal, { $($word:literal => $variant:ident),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),+ }
        impl Keyword for $name {
            const WHAT: &'static str = $what;
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
    UnitKind, "unit kind", {
    "vendor" => Vendor, "national" => National, "department" => Department, "area" => Area,
    "school" => School, "daycare" => Daycare, "childminding" => Childminding,
    "service-desk" => ServiceDesk, "group" => Group, "other" => Other,
});
keyword!(
    /// How a role's quota is divided over the units below its unit.
    Split, "split", { "pupils" => Pupils, "per-leader" => PerLeader });
keyword!(
    /// Who pays for a training's seats.
    Paid, "paid", { "contract" => Contract, "extra" => Extra });
keyword!(
    /// Whom each trainer of a training teaches.
    Scope, "scope", { "own-unit" => OwnUnit, "all" => All });
keyword!(
    /// The colour of an activity in the source's Gantt chart.
    PhaseKind, "phase kind", {
    "training" => Training, "setup" => Setup, "parents-pupils" => ParentsPupils,
    "go-live" => GoLive, "milestone" => Milestone, "other" => Other,
});
keyword!(
    /// Which public holidays count as closed days.
    Holidays, "holidays", { "dk" => Denmark, "none" => None });

/// `seats = { role = n }`, in the file's order.
fn pairs_as_table<S: Serializer>(pairs: &[(Spanned<String>, Spanned<u64>)], s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(pairs.iter().map(|(k, v)| (&k.value, v.value)))
}

/// `[lints]`: rule name = level.
fn lints_as_table<S: Serializer>(lints: &[LintSetting], s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(lints.iter().map(|l| (l.rule.name, l.level.value.word())))
}

impl PhaseKind {
    /// The kind in words for people: the legend of a chart, a calendar's category (the
    /// source's words are Uddannelse, Opsætning, Forældre og elever, Go Live).
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::Training => "Training",
            Self::Setup => "Setup",
            Self::ParentsPupils => "Parents and pupils",
            Self::GoLive => "Go-live",
            Self::Milestone => "Milestone",
            Self::Other => "Other",
        }
    }
}

impl Plan {
    /// The kind an activity is drawn and filed as: a training is training; a phase its
    /// `kind`, or other.
    #[must_use]
    pub fn kind_of(&self, a: &Activity<'_>) -> PhaseKind {
        match a.entity.kind {
            EntityKind::Phase => self.phases[a.entity.index].kind.as_ref().map_or(PhaseKind::Other, |k| k.value),
            _ => PhaseKind::Training,
        }
    }

    /// Records the first entity of each id, in file order. Called once by the loader.
    pub(crate) fn index_ids(&mut self) {
        let mut ids: HashMap<String, EntityRef> = HashMap::with_capacity(self.entities().count());
        let mut shared = Vec::new();
        for (r, id) in self.entities() {
            match ids.entry(id.value.clone()) {
                std::collections::hash_map::Entry::Vacant(slot) => {
                    slot.insert(r);
                }
                // The same id twice: the one earlier in the file keeps it.
                std::collections::hash_map::Entry::Occupied(mut slot) => {
                    let other = *slot.get();
                    shared.extend([r, other]);
                    if id.span < self.id_of(other).span {
                        slot.insert(r);
                    }
                }
            }
        }
        shared.sort_by_key(|&r| self.id_of(r).span);
        shared.dedup();
        self.duplicates = shared
            .into_iter()
            .filter_map(|r| Some((r, ids.get(&self.id_of(r).value).copied().filter(|&first| first != r)?)))
            .collect();
        self.ids = ids;
        let mut children = vec![Vec::new(); self.units.len()];
        for (index, u) in self.units.iter().enumerate() {
            let parent = u.parent.as_ref().and_then(|p| self.ids.get(&p.value));
            if let Some(EntityRef { kind: EntityKind::Unit, index: parent }) = parent {
                children[*parent].push(index);
            }
        }
        self.children = children;
    }

    /// A unit and every unit below it in the organisation tree, each once (loops are cut).
    #[must_use]
    pub fn units_below(&self, unit: usize) -> Vec<usize> {
        let mut seen = vec![false; self.units.len()];
        let mut out = Vec::new();
        let mut stack = vec![unit];
        while let Some(u) = stack.pop() {
            if u < seen.len() && !seen[u] {
                seen[u] = true;
                out.push(u);
                stack.extend(self.children[u].iter().rev());
            }
        }
        out
    }

    /// The units whose `parent` is `unit`, in file order.
    #[must_use]
    pub fn children(&self, unit: usize) -> &[usize] {
        self.children.get(unit).map_or(&[], Vec::as_slice)
    }

    /// The index of the unit an id names, if it names a unit.
    #[must_use]
    pub fn unit_index(&self, id: &str) -> Option<usize> {
        self.lookup(id).filter(|r| r.kind == EntityKind::Unit).map(|r| r.index)
    }

    /// The index of the role an id names, if it names a role.
    #[must_use]
    pub fn role_index(&self, id: &str) -> Option<usize> {
        self.lookup(id).filter(|r| r.kind == EntityKind::Role).map(|r| r.index)
    }

    /// For each role (by index), the people who hold it (by index), in file order.
    #[must_use]
    pub fn holders(&self) -> Vec<Vec<usize>> {
        let mut out = vec![Vec::new(); self.roles.len()];
        for (index, p) in self.people.iter().enumerate() {
            for r in &p.roles {
                if let Some(role) = self.role_index(&r.value) {
                    if out[role].last() != Some(&index) {
                        out[role].push(index);
                    }
                }
            }
        }
        out
    }

    /// Every unit, role, person, training and phase with its id.
    pub fn entities(&self) -> impl Iterator<Item = (EntityRef, &Spanned<String>)> {
        fn of<T>(
            kind: EntityKind,
            list: &[T],
            id: fn(&T) -> &Spanned<String>,
        ) -> impl Iterator<Item = (EntityRef, &Spanned<String>)> {
            list.iter().enumerate().map(move |(index, e)| (EntityRef { kind, index }, id(e)))
        }
        of(EntityKind::Unit, &self.units, |e| &e.id)
            .chain(of(EntityKind::Role, &self.roles, |e| &e.id))
            .chain(of(EntityKind::Person, &self.people, |e| &e.id))
            .chain(of(EntityKind::Training, &self.trainings, |e| &e.id))
            .chain(of(EntityKind::Phase, &self.phases, |e| &e.id))
    }

    /// The entity an id names (the first one, if the id is used twice).
    #[must_use]
    pub fn lookup(&self, id: &str) -> Option<EntityRef> {
        self.ids.get(id).copied()
    }

    /// Each entity whose id is taken by an entity earlier in the file, with that one, in the
    /// order of the file.
    #[must_use]
    pub fn duplicates(&self) -> &[(EntityRef, EntityRef)] {
        &self.duplicates
    }

    /// Every id with its entity, in no particular order.
    pub fn ids(&self) -> impl Iterator<Item = (&str, EntityRef)> {
        self.ids.iter().map(|(k, v)| (k.as_str(), *v))
    }

    /// The id of an entity as written.
    #[must_use]
    pub fn id_of(&self, r: EntityRef) -> &Spanned<String> {
        match r.kind {
            EntityKind::Unit => &self.units[r.index].id,
            EntityKind::Role => &self.roles[r.index].id,
            EntityKind::Person => &self.people[r.index].id,
            EntityKind::Training => &self.trainings[r.index].id,
            EntityKind::Phase => &self.phases[r.index].id,
        }
    }

    /// The training or phase an entity is, as an activity.
    #[must_use]
    pub fn activity(&self, r: EntityRef) -> Option<Activity<'_>> {
        match r.kind {
            EntityKind::Training => self.trainings.get(r.index).map(|t| Activity::of_training(r.index, t)),
            EntityKind::Phase => self.phases.get(r.index).map(|p| Activity::of_phase(r.index, p)),
            _ => None,
        }
    }

    /// Trainings and phases together: everything with a place on the timeline.
    pub fn activities(&self) -> impl Iterator<Item = Activity<'_>> {
        let t = self.trainings.iter().enumerate().map(|(index, t)| Activity::of_training(index, t));
        let p = self.phases.iter().enumerate().map(|(index, p)| Activity::of_phase(index, p));
        t.chain(p)
    }
}

/// A `--role` that names no role of the plan.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("no role has id `{id}`{}", crate::suggest::did_you_mean(suggestion.as_deref()))]
pub struct UnknownRole {
    pub id: String,
    pub suggestion: Option<String>,
}

impl Plan {
    /// The index of the role a person named (`--role ID`).
    ///
    /// # Errors
    /// When no role has that id; with the closest id as a suggestion.
    pub fn role_named(&self, id: &str) -> Result<usize, UnknownRole> {
        self.role_index(id).ok_or_else(|| UnknownRole {
            id: id.into(),
            suggestion: crate::suggest::closest(id, self.roles.iter().map(|r| r.id.value.as_str())).map(str::to_owned),
        })
    }
}

/// A training or a phase, seen as a thing on the timeline.
#[derive(Debug, Clone, Copy)]
pub struct Activity<'a> {
    pub entity: EntityRef,
    pub id: &'a Spanned<String>,
    pub name: Option<&'a Spanned<String>>,
    pub track: Option<&'a Spanned<String>>,
    pub timing: Option<&'a Timing>,
    pub after: &'a [Spanned<String>],
}

impl<'a> Activity<'a> {
    fn of_training(index: usize, t: &'a Training) -> Self {
        Self {
            entity: EntityRef { kind: EntityKind::Training, index },
            id: &t.id,
            name: t.name.as_ref(),
            track: t.track.as_ref(),
            timing: t.timing.as_ref(),
            after: &t.after,
        }
    }

    fn of_phase(index: usize, p: &'a Phase) -> Self {
        Self {
            entity: EntityRef { kind: EntityKind::Phase, index },
            id: &p.id,
            name: p.name.as_ref(),
            track: p.track.as_ref(),
            timing: p.timing.as_ref(),
            after: &p.after,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_as_the_source_writes_them() {
        let d = |s| Duration::parse(s);
        assert_eq!(d("2d"), Some(Duration { low: 2, high: 2, unit: DurationUnit::Days }));
        assert_eq!(d("3-6h"), Some(Duration { low: 3, high: 6, unit: DurationUnit::Hours }));
        for bad in ["", "h", "7", "6-3h", "0h", "2 d", "-3h", "3-h"] {
            assert_eq!(d(bad), None, "{bad}");
        }
    }

    #[test]
    fn keywords_round_trip() {
        assert_eq!(UnitKind::from_word("service-desk"), Some(UnitKind::ServiceDesk));
        assert_eq!(PhaseKind::GoLive.word(), "go-live");
        assert_eq!(Split::from_word("Pupils"), None);
    }
}
