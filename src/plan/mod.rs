//! The plan model: what a plan file says, with where each value stands in the file.
//!
//! The loader (`crate::load`) builds it; rules read it. References between entities are kept
//! as written (ids with spans) and resolved through [`Plan::lookup`], so a dangling id is
//! simply absent there and no rule but `unknown-reference` speaks of it.

mod calendar;
pub mod date;
mod duration;
mod grouping;
pub mod id;
mod index;
mod keyword;
mod reading;

use chrono::NaiveDate;
use compact_str::CompactString;
use serde::Serialize;
use serde::ser::{SerializeMap, Serializer};

pub use calendar::Closed;
pub use date::PlanDate;
pub use duration::{Duration, DurationUnit};
pub use grouping::{Category, Part, UnknownGroup, is_colour};
pub use index::{Activity, UnknownRole};
pub use keyword::{Holidays, Keyword, Paid, PhaseKind, Scope, Split, Status, UnitKind};
pub use reading::Reading;

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
    /// The plan's own kinds of task.
    #[serde(rename = "category", skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<Category>,
    /// The parts that group its activities.
    #[serde(rename = "part", skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<Part>,
    /// Second readings of facts the source gives two ways.
    #[serde(rename = "reading", skip_serializing_if = "Vec::is_empty")]
    pub readings: Vec<Reading>,
    #[serde(rename = "revision")]
    pub revisions: Vec<Revision>,
    /// How the file writes its `revision` list, for adding an entry to it.
    #[serde(skip)]
    pub history: History,
    pub estimate: Option<Estimate>,
    pub calendar: Calendar,
    #[serde(serialize_with = "lints_as_table")]
    pub lints: Vec<LintSetting>,
    /// The plans this plan follows (`[follows]`), by the short name its qualified ids use.
    #[serde(serialize_with = "follows_as_table", skip_serializing_if = "Vec::is_empty")]
    pub follows: Vec<Follow>,
    #[serde(skip)]
    ids: index::IdIndex,
    /// Each entity whose id an entity earlier in the file has already, with that one.
    #[serde(skip)]
    duplicates: Vec<(EntityRef, EntityRef)>,
    /// Units whose `parent` is each unit, by index.
    #[serde(skip)]
    children: Vec<Vec<usize>>,
    /// Ids the loader refused as invalid: reported there once, not again at each use.
    #[serde(skip)]
    pub rejected_ids: Vec<String>,
    /// Whether part of a training (or of what may be one) was not read, so that who is taught
    /// is not known in full.
    #[serde(skip)]
    pub trainings_unread: bool,
}

/// The `[plan]` table.
#[derive(Debug, Default, Serialize)]
pub struct Meta {
    #[serde(skip)]
    pub span: Span,
    pub title: Option<Spanned<CompactString>>,
    pub municipality: Option<Spanned<CompactString>>,
    pub owner: Option<Spanned<CompactString>>,
    pub revision: Option<Spanned<CompactString>>,
    pub date: Option<Spanned<NaiveDate>>,
    pub root: Option<Spanned<CompactString>>,
    /// The region whose waves of a national rollout the plan follows.
    pub region: Option<Spanned<CompactString>>,
    pub goals: Vec<Spanned<CompactString>>,
    pub success_criteria: Vec<Spanned<CompactString>>,
}

/// What kind of entity an id names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityKind {
    Unit,
    Role,
    Person,
    Training,
    Phase,
    Category,
    Part,
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
            Self::Category => "category",
            Self::Part => "part",
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
    pub id: Spanned<CompactString>,
    pub name: Option<Spanned<CompactString>>,
    pub parent: Option<Spanned<CompactString>>,
    pub kind: Option<Spanned<UnitKind>>,
    pub pupils: Option<Spanned<u64>>,
    pub leaders: Option<Spanned<u64>>,
    /// How many schools or institutions the unit stands for, when more than one.
    pub count: Option<Spanned<u64>>,
    /// Declared shares of split quotas: role id → seats.
    #[serde(serialize_with = "pairs_as_table")]
    pub seats: Vec<(Spanned<CompactString>, Spanned<u64>)>,
    /// The track whose go-live the unit goes live with, where its kind does not say (a day-care
    /// unit under a school, in a village scheme, with the schools).
    pub track: Option<Spanned<CompactString>>,
    pub note: Option<Spanned<CompactString>>,
}

/// What people do, and how many of them are needed.
#[derive(Debug, Serialize)]
pub struct Role {
    #[serde(skip)]
    pub span: Span,
    pub id: Spanned<CompactString>,
    pub name: Option<Spanned<CompactString>>,
    pub unit: Option<Spanned<CompactString>>,
    pub quota: Option<Spanned<u64>>,
    pub population: Option<Spanned<u64>>,
    pub split: Option<Spanned<Split>>,
    pub support: Option<Spanned<CompactString>>,
    pub tech_support: Option<Spanned<CompactString>>,
    pub needs_training: Option<Spanned<bool>>,
    pub responsibilities: Vec<Spanned<CompactString>>,
    /// How the holders are trained outside this plan.
    pub trained_outside: Option<Spanned<CompactString>>,
    /// Where the holders are listed instead of in this plan.
    pub roster: Option<Spanned<CompactString>>,
    pub note: Option<Spanned<CompactString>>,
}

/// A named person.
#[derive(Debug, Serialize)]
pub struct Person {
    #[serde(skip)]
    pub span: Span,
    pub id: Spanned<CompactString>,
    pub name: Option<Spanned<CompactString>>,
    pub unit: Option<Spanned<CompactString>>,
    pub roles: Vec<Spanned<CompactString>>,
    pub tentative: Option<Spanned<bool>>,
    /// How the person is trained outside this plan.
    pub trained_outside: Option<Spanned<CompactString>>,
    pub note: Option<Spanned<CompactString>>,
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

    /// Its dates as the file writes them, each under its key: the one `date`, or `start` and
    /// `end`.
    #[must_use]
    pub fn keyed(&self) -> Vec<(&'static str, &Spanned<PlanDate>)> {
        match self {
            Self::On(d) => vec![("date", d)],
            Self::Between { start, end } => vec![("start", start), ("end", end)],
        }
    }

    /// The days the activity may start on: its start's ([`PlanDate::as_start`]), none later than
    /// the latest day it may end; `None` while its start is not known.
    #[must_use]
    pub fn start_days(&self) -> Option<(NaiveDate, NaiveDate)> {
        let (first, last) = self.start().value.as_start()?;
        let last = self.end().value.as_end().map_or(last, |(_, end)| last.min(end));
        Some((first, last.max(first)))
    }

    /// The days the activity may end on: its end's ([`PlanDate::as_end`]), none earlier than the
    /// earliest day it may start; `None` while its end is not known or open.
    #[must_use]
    pub fn end_days(&self) -> Option<(NaiveDate, NaiveDate)> {
        let (first, last) = self.end().value.as_end()?;
        let first = self.start().value.as_start().map_or(first, |(start, _)| first.max(start));
        Some((first.min(last), last))
    }

    /// The values of its dates: the one `date`, or `start` and `end`.
    #[must_use]
    pub fn values(&self) -> Vec<PlanDate> {
        self.keyed().into_iter().map(|(_, d)| d.value.clone()).collect()
    }
}

/// One course of the train-the-trainer cascade.
#[derive(Debug, Serialize)]
pub struct Training {
    #[serde(skip)]
    pub span: Span,
    pub id: Spanned<CompactString>,
    pub name: Option<Spanned<CompactString>>,
    pub trainer: Vec<Spanned<CompactString>>,
    pub trainees: Vec<Spanned<CompactString>>,
    pub seats: Option<Spanned<u64>>,
    /// How many times the course is held; its capacity is `seats × sessions`.
    pub sessions: Option<Spanned<u64>>,
    pub duration: Option<Spanned<Duration>>,
    #[serde(flatten)]
    pub timing: Option<Timing>,
    pub track: Option<Spanned<CompactString>>,
    pub scope: Option<Spanned<Scope>>,
    pub paid: Option<Spanned<Paid>>,
    pub after: Vec<Spanned<CompactString>>,
    /// The activity whose dates this one lies inside.
    pub within: Option<Spanned<CompactString>>,
    /// Planned (when absent), done or cancelled: done and cancelled activities never move.
    pub status: Option<Spanned<Status>>,
    /// The day it was held, as `done --on` records it.
    pub done_on: Option<Spanned<chrono::NaiveDate>>,
    /// A fixed date that `shift` never moves.
    pub pinned: Option<Spanned<bool>>,
    /// The plan's own kind of task (`[[category]]`).
    pub category: Option<Spanned<CompactString>>,
    /// The part of the plan it belongs to (`[[part]]`).
    pub part: Option<Spanned<CompactString>>,
    /// The region it is for (a wave of a national rollout).
    pub region: Option<Spanned<CompactString>>,
    pub topics: Vec<Spanned<CompactString>>,
    pub note: Option<Spanned<CompactString>>,
}

/// One step of the timeline.
#[derive(Debug, Serialize)]
pub struct Phase {
    #[serde(skip)]
    pub span: Span,
    pub id: Spanned<CompactString>,
    pub name: Option<Spanned<CompactString>>,
    pub track: Option<Spanned<CompactString>>,
    pub kind: Option<Spanned<PhaseKind>>,
    #[serde(flatten)]
    pub timing: Option<Timing>,
    pub owner: Option<Spanned<CompactString>>,
    pub after: Vec<Spanned<CompactString>>,
    /// The activity whose dates this one lies inside.
    pub within: Option<Spanned<CompactString>>,
    /// Planned (when absent), done or cancelled: done and cancelled activities never move.
    pub status: Option<Spanned<Status>>,
    /// The day it was held, as `done --on` records it.
    pub done_on: Option<Spanned<chrono::NaiveDate>>,
    /// A fixed date that `shift` never moves.
    pub pinned: Option<Spanned<bool>>,
    /// The plan's own kind of task (`[[category]]`).
    pub category: Option<Spanned<CompactString>>,
    /// The part of the plan it belongs to (`[[part]]`).
    pub part: Option<Spanned<CompactString>>,
    /// The region it is for (a wave of a national rollout).
    pub region: Option<Spanned<CompactString>>,
    pub note: Option<Spanned<CompactString>>,
}

/// One entry of the plan's own history.
#[derive(Debug, Serialize)]
pub struct Revision {
    #[serde(skip)]
    pub span: Span,
    pub revision: Option<Spanned<CompactString>>,
    pub date: Option<Spanned<NaiveDate>>,
    pub note: Option<Spanned<CompactString>>,
    pub shift: Option<ShiftRecord>,
}

/// The parameters of a shift, as `aula-plan shift` records them in a revision.
#[derive(Debug, Default, Serialize)]
pub struct ShiftRecord {
    #[serde(skip)]
    pub span: Span,
    pub months: Option<Spanned<Amount>>,
    pub weeks: Option<Spanned<Amount>>,
    pub days: Option<Spanned<Amount>>,
    pub from: Option<Spanned<PlanDate>>,
    pub tracks: Vec<Spanned<CompactString>>,
    pub only: Vec<Spanned<CompactString>>,
    pub workdays: Option<Spanned<bool>>,
    pub end_only: Option<Spanned<bool>>,
}

/// How far a recorded shift moved in one unit: an amount, or the least and the most of a range
/// (`months = [3, 5]`: a delay "of 3–5 months").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Amount {
    pub least: i64,
    pub most: i64,
}

/// As the file writes it: `4`, or `[3, 5]`.
impl Serialize for Amount {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        if self.least == self.most { s.serialize_i64(self.least) } else { [self.least, self.most].serialize(s) }
    }
}

impl ShiftRecord {
    /// The step it recorded, and the most of a range: the first of months, weeks and days it
    /// gives; none when it gives no amount (a delay recorded without its step).
    #[must_use]
    pub fn delay(&self) -> Option<(date::Step, Option<date::Step>)> {
        use date::Step;
        let (amount, unit): (&Spanned<Amount>, fn(i32) -> Step) = match (&self.months, &self.weeks, &self.days) {
            (Some(m), ..) => (m, Step::Months),
            (_, Some(w), _) => (w, Step::Weeks),
            (.., Some(d)) => (d, Step::Days),
            _ => return None,
        };
        let least = unit(i32::try_from(amount.value.least).ok()?);
        let most = unit(i32::try_from(amount.value.most).ok()?);
        Some((least, (most != least).then_some(most)))
    }
}

/// KOMBIT's resource model.
#[derive(Debug, Default, Serialize)]
pub struct Estimate {
    #[serde(skip)]
    pub span: Span,
    pub source: Option<Spanned<CompactString>>,
    pub phases: Vec<Spanned<CompactString>>,
    #[serde(rename = "row")]
    pub rows: Vec<EstimateRow>,
}

#[derive(Debug, Serialize)]
pub struct EstimateRow {
    #[serde(skip)]
    pub span: Span,
    pub party: Option<Spanned<CompactString>>,
    pub track: Option<Spanned<CompactString>>,
    pub basis: Option<Spanned<u64>>,
    pub hours: Vec<Spanned<u64>>,
    pub total: Option<Spanned<u64>>,
}

/// Holidays and closed periods.
#[derive(Debug, Default, Serialize)]
pub struct Calendar {
    pub holidays: Option<Spanned<Holidays>>,
    pub closed: Vec<ClosedPeriod>,
    /// The days `closed` surely covers, as a sorted index made on first use.
    #[serde(skip)]
    pub(crate) closed_days: std::sync::OnceLock<calendar::ClosedDays>,
}

#[derive(Debug, Serialize)]
pub struct ClosedPeriod {
    #[serde(skip)]
    pub span: Span,
    /// What a date tied to the period names it by (`"after efterarsferie-2019"`).
    pub id: Option<Spanned<CompactString>>,
    pub name: Option<Spanned<CompactString>>,
    pub start: Option<Spanned<PlanDate>>,
    pub end: Option<Spanned<PlanDate>>,
}

/// A `[lints]` entry: the plan's own level for one rule.
#[derive(Debug)]
pub struct LintSetting {
    pub rule: Rule,
    pub level: Spanned<Level>,
}

/// A `[follows]` entry: a plan this plan waits for.
#[derive(Debug, Clone)]
pub struct Follow {
    /// The short name its qualified ids use (`kombit` in `"kombit:daycare-wave-2"`).
    pub name: Spanned<CompactString>,
    /// The followed plan's file, from this plan's folder, as written.
    pub path: Spanned<CompactString>,
}

/// A qualified id (`"kombit:daycare-wave-2"`), which names an activity of a followed plan:
/// that plan's short name and the id in it. A plain id has no `:`.
#[must_use]
pub fn qualified(id: &str) -> Option<(&str, &str)> {
    id.split_once(':')
}

fn follows_as_table<S: Serializer>(follows: &[Follow], s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(follows.iter().map(|f| (&f.name.value, &f.path.value)))
}

/// `seats = { role = n }`, in the file's order.
fn pairs_as_table<S: Serializer>(pairs: &[(Spanned<CompactString>, Spanned<u64>)], s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(pairs.iter().map(|(k, v)| (&k.value, v.value)))
}

/// `[lints]`: rule name = level.
fn lints_as_table<S: Serializer>(lints: &[LintSetting], s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(lints.iter().map(|l| (l.rule.name, l.level.value.word())))
}
