//! `diff`: what changed between two versions of a plan, entity by entity, in the words a
//! steering group reads ("go-live moved +4 months, two seats added, Alice confirmed"), and
//! which findings the new version brings or fixes.
//!
//! Each entity is reduced to a list of named fields ([`FieldValue`]s); two versions are compared by
//! id, and a field that changed is described with the difference a person reads. The texts
//! users read about a diff are in this file and in its renderings below.

use std::collections::{HashMap, HashSet};
use std::fmt;

use chrono::{Datelike, NaiveDate};
use serde::Serialize;

use crate::diagnostic::{CheckedPlan, Severity};
use crate::follow::Wait;
use crate::i18n::Text;
use crate::plan::date::Step;
use crate::plan::{Plan, PlanDate};

mod entities;
mod matching;
pub mod render;

use entities::entities;
use matching::{findings, pair_revisions, renames};

/// The kinds of things a plan holds, in the order a diff lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Plan,
    Unit,
    Role,
    Person,
    Training,
    Phase,
    Category,
    Part,
    Reading,
    ClosedPeriod,
    EstimateRow,
    Lint,
    Revision,
    /// Activities of followed plans the plan waits for (`kombit:wave-15-rollout`).
    National,
}

impl Kind {
    /// The heading of the kind's section.
    #[must_use]
    pub fn title(self) -> Text {
        Text::id(match self {
            Self::Plan => "diff-kind-plan",
            Self::Unit => "diff-kind-unit",
            Self::Role => "diff-kind-role",
            Self::Person => "diff-kind-person",
            Self::Training => "diff-kind-training",
            Self::Phase => "diff-kind-phase",
            Self::Category => "diff-kind-category",
            Self::Part => "diff-kind-part",
            Self::Reading => "diff-kind-reading",
            Self::ClosedPeriod => "diff-kind-closed-period",
            Self::EstimateRow => "diff-kind-estimate-row",
            Self::Lint => "diff-kind-lint",
            Self::Revision => "diff-kind-revision",
            Self::National => "diff-kind-national",
        })
    }

    /// `n` of the kind, for the summary line ("2 trainings").
    #[must_use]
    pub fn count(self, n: usize) -> Text {
        let key = match self {
            Self::Plan => "plan",
            Self::Unit => "unit",
            Self::Role => "role",
            Self::Person => "person",
            Self::Training => "training",
            Self::Phase => "phase",
            Self::Category => "category",
            Self::Part => "part",
            Self::Reading => "reading",
            Self::ClosedPeriod => "closed-period",
            Self::EstimateRow => "estimate-row",
            Self::Lint => "lint",
            Self::Revision => "revision",
            Self::National => "national",
        };
        Text::id("diff-count").arg("kind", key).arg("n", n)
    }
}

/// A field's value, kept typed so that its change can be told as a difference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldValue {
    Text(String),
    Number(u64),
    Date(PlanDate),
    Flag(bool),
    /// The id of another entity.
    Ref(String),
    /// Ids of other entities.
    Refs(Vec<String>),
    Texts(Vec<String>),
    /// The shift a revision records; as the plan writes it (`months = 4, from = 2019-05-01`).
    Shift(ShiftWords),
}

/// A revision's shift: how far, from when, and for which tracks or activities; with the words
/// the plan writes it in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShiftWords {
    pub written: String,
    /// How far, in a unit: (4, "month"); a range as its least and most.
    pub steps: Vec<(crate::plan::Amount, &'static str)>,
    pub from: Option<PlanDate>,
    pub tracks: Vec<String>,
    pub only: Vec<String>,
}

impl fmt::Display for FieldValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Text(s) | Self::Ref(s) => f.write_str(s),
            Self::Number(n) => write!(f, "{n}"),
            Self::Date(d) => write!(f, "{d}"),
            Self::Flag(b) => write!(f, "{b}"),
            Self::Refs(list) => f.write_str(&list.join(", ")),
            Self::Texts(list) => f.write_str(&list.join("; ")),
            Self::Shift(s) => f.write_str(&s.written),
        }
    }
}

/// One entity of one version, as named fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entity {
    pub kind: Kind,
    pub id: String,
    pub fields: Vec<(String, FieldValue)>,
}

/// Every entity of a plan as named fields, in the order of [`Kind`] and then of the file: the
/// plan's own settings first, then each unit, role, person, training, phase, closed period,
/// estimate row, lint and revision. Entities that share an id stay as they are, so that the
/// `n`-th entity of a kind is the `n`-th of the plan's list (what an edit's read-back compares).
#[must_use]
pub fn fields(plan: &Plan) -> Vec<Entity> {
    entities::fields(plan)
}

/// What happened to one entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Change {
    pub kind: Kind,
    pub id: String,
    #[serde(flatten)]
    pub what: What,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<FieldChange>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "change", rename_all = "kebab-case")]
pub enum What {
    Added,
    Removed,
    Changed,
    /// The same content under a new id; `fields` lists what else changed with it.
    Renamed {
        from: String,
    },
}

impl What {
    /// The change in words.
    #[must_use]
    pub fn text(&self) -> Text {
        match self {
            Self::Added => Text::id("diff-added"),
            Self::Removed => Text::id("diff-removed"),
            Self::Changed => Text::id("diff-changed"),
            Self::Renamed { from } => Text::id("diff-renamed").arg("from", from),
        }
    }

    /// The change in English.
    #[must_use]
    pub fn word(&self) -> String {
        self.text().to_string()
    }
}

/// How a field changed, as a person would say it: "+4 months", "+2", "confirmed",
/// "+it-staff, -pupil". JSON has it in English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Delta {
    /// Up or down by `n` months, weeks or days (`unit`), or by a plain number (no unit).
    Signed {
        n: i64,
        unit: &'static str,
    },
    Confirmed,
    NowTentative,
    /// What a list gained and lost: ids and texts, as the plan writes them.
    List {
        gained: Vec<String>,
        lost: Vec<String>,
    },
}

impl Delta {
    /// The difference in words.
    #[must_use]
    pub fn text(&self) -> Text {
        match self {
            Self::Signed { n, unit } => {
                let amount = i64::try_from(n.unsigned_abs()).unwrap_or(i64::MAX);
                if unit.is_empty() {
                    let sign = if *n < 0 { "-" } else { "+" };
                    Text::id("diff-signed").arg("sign", sign).arg("n", amount.to_string())
                } else {
                    let way = if *n < 0 { "earlier" } else { "later" };
                    Text::id("distance").arg("sign", way).arg("units", crate::i18n::step_units(unit, amount))
                }
            }
            Self::Confirmed => Text::id("diff-confirmed"),
            Self::NowTentative => Text::id("diff-now-tentative"),
            Self::List { gained, lost } => Text::Plain(list_words(gained, lost, |x| x)),
        }
    }
}

impl fmt::Display for Delta {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.text().fmt(f)
    }
}

impl Serialize for Delta {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_string())
    }
}

/// A text in JSON: in English; `render::json` puts each in the reader's language.
fn english<S: serde::Serializer>(text: &Text, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&text.to_string())
}

/// `a`, `a and b`, `a, b and c`.
fn and_list(mut items: Vec<Text>) -> Text {
    let Some(last) = items.pop() else { return Text::Plain(String::new()) };
    let mut rest = items.into_iter();
    let Some(first) = rest.next() else { return last };
    let init = rest.fold(first, |a, b| Text::id("list-comma").arg("a", a).arg("b", b));
    Text::id("list-and").arg("init", init).arg("last", last)
}

/// One field of a changed (or added, or removed) entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    pub field: String,
    pub old: Option<String>,
    pub new: Option<String>,
    /// The difference in words: "+4 months", "+2", "confirmed", "+it-staff, -pupil".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub delta: Option<Delta>,
    /// The values themselves, for a person's renderers: dates, ids and flags to put in words.
    #[serde(skip)]
    pub values: (Option<FieldValue>, Option<FieldValue>),
}

impl FieldChange {
    fn new(field: &str, old: Option<&FieldValue>, new: Option<&FieldValue>) -> Self {
        FieldChange {
            field: field.to_owned(),
            old: old.map(ToString::to_string),
            new: new.map(ToString::to_string),
            delta: delta(field, old, new),
            values: (old.cloned(), new.cloned()),
        }
    }
}

/// A finding one version has and the other does not, with where it is in its version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FindingChange {
    pub rule: &'static str,
    pub severity: &'static str,
    #[serde(serialize_with = "english")]
    pub message: Text,
    pub file: String,
    pub line: usize,
    pub column: usize,
}

/// Everything that differs between two versions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PlanDiff {
    pub old: String,
    pub new: String,
    pub changes: Vec<Change>,
    /// Findings of the new version that the old one did not have.
    pub new_findings: Vec<FindingChange>,
    /// Findings of the old version that the new one no longer has.
    pub fixed_findings: Vec<FindingChange>,
    /// What a person calls each id of either version (a name; the ids without one are not here).
    pub names: HashMap<String, String>,
}

impl PlanDiff {
    /// Whether the plans differ in content (findings follow from content).
    #[must_use]
    pub fn differs(&self) -> bool {
        !self.changes.is_empty()
    }

    /// New findings of error severity.
    #[must_use]
    pub fn new_errors(&self) -> usize {
        self.new_findings.iter().filter(|f| f.severity == Severity::Error.as_str()).count()
    }

    /// "2 trainings, 3 phases and 1 revision changed; 1 new finding, 0 fixed", or that
    /// nothing did.
    #[must_use]
    pub fn summary(&self) -> Text {
        let mut counts: Vec<(Kind, usize)> = Vec::new();
        for c in &self.changes {
            match counts.last_mut() {
                Some((k, n)) if *k == c.kind => *n += 1,
                _ => counts.push((c.kind, 1)),
            }
        }
        let parts: Vec<Text> = counts.iter().map(|&(k, n)| k.count(n)).collect();
        let changed = match counts.as_slice() {
            [] => Text::id("diff-nothing"),
            [(_, 1)] => Text::id("diff-differs").arg("what", and_list(parts)),
            _ => Text::id("diff-differ").arg("what", and_list(parts)),
        };
        Text::id("diff-summary")
            .arg("changed", changed)
            .arg("new", self.new_findings.len())
            .arg("fixed", self.fixed_findings.len())
    }
}

/// Compares two loaded versions; `old_report` and `new_report` are their validations.
#[must_use]
pub fn diff(old: &Plan, new: &Plan, old_report: &CheckedPlan, new_report: &CheckedPlan) -> PlanDiff {
    diff_with_national(old, new, old_report, new_report, (&[], &[]))
}

/// [`diff`], with the activities of followed plans each version waits for (`national`: the old
/// version's and the new one's), compared as entities of their own: when one ends and whether
/// the plan still starts after it.
#[must_use]
pub fn diff_with_national(
    old: &Plan,
    new: &Plan,
    old_report: &CheckedPlan,
    new_report: &CheckedPlan,
    national: (&[Wait], &[Wait]),
) -> PlanDiff {
    let (mut before, mut after) = (entities(old), entities(new));
    before.extend(entities::waits(national.0));
    after.extend(entities::waits(national.1));
    pair_revisions(&before, &mut after);
    let mut changes = Vec::new();
    let renames = renames(&before, &after);
    let rename_map: HashMap<String, String> =
        renames.iter().filter(|(k, ..)| is_referable(*k)).map(|(_, f, t)| ((*f).to_owned(), (*t).to_owned())).collect();
    let index = |list: &[Entity]| -> HashMap<(Kind, String), usize> {
        list.iter().enumerate().map(|(i, e)| ((e.kind, e.id.clone()), i)).collect()
    };
    let (old_index, new_index) = (index(&before), index(&after));
    let renamed_from: HashMap<(Kind, &str), &str> = renames.iter().map(|(k, f, t)| ((*k, *t), *f)).collect();
    let renamed_old: HashSet<(Kind, &str)> = renames.iter().map(|(k, f, _)| (*k, *f)).collect();

    for e in &after {
        let from = renamed_from.get(&(e.kind, e.id.as_str())).copied();
        let old_id = from.unwrap_or(e.id.as_str());
        match old_index.get(&(e.kind, old_id.to_owned())) {
            Some(&i) => {
                let fields = field_changes(&mapped(&before[i], &rename_map), e);
                if let Some(from) = from {
                    changes.push(Change {
                        kind: e.kind,
                        id: e.id.clone(),
                        what: What::Renamed { from: from.into() },
                        fields,
                    });
                } else if !fields.is_empty() {
                    changes.push(Change { kind: e.kind, id: e.id.clone(), what: What::Changed, fields });
                }
            }
            None => changes.push(Change {
                kind: e.kind,
                id: e.id.clone(),
                what: What::Added,
                fields: e
                    .fields
                    .iter()
                    .map(|(k, v)| FieldChange { delta: None, ..FieldChange::new(k, None, Some(v)) })
                    .collect(),
            }),
        }
    }
    for e in &before {
        if !new_index.contains_key(&(e.kind, e.id.clone())) && !renamed_old.contains(&(e.kind, e.id.as_str())) {
            changes.push(Change {
                kind: e.kind,
                id: e.id.clone(),
                what: What::Removed,
                fields: e
                    .fields
                    .iter()
                    .map(|(k, v)| FieldChange { delta: None, ..FieldChange::new(k, Some(v), None) })
                    .collect(),
            });
        }
    }
    // Kinds in their order; within a kind, the new version's order, then what was removed.
    changes.sort_by_key(|c| c.kind);
    let (new_findings, fixed_findings) = findings((old, old_report), (new, new_report));
    // What a person calls each id: the new version's names, and the old one's for what it lost.
    let mut names = crate::view::names(old);
    names.extend(crate::view::names(new));
    for w in national.0.iter().chain(national.1) {
        if let Some(name) = &w.name {
            names.insert(w.id.clone(), name.clone());
        }
    }
    PlanDiff {
        old: old_report.path.clone(),
        new: new_report.path.clone(),
        changes,
        new_findings,
        fixed_findings,
        names,
    }
}

/// Ids of units, roles, people, trainings, phases, categories and parts are what references
/// point at.
const fn is_referable(kind: Kind) -> bool {
    matches!(kind, Kind::Unit | Kind::Role | Kind::Person | Kind::Training | Kind::Phase | Kind::Category | Kind::Part)
}

/// An old entity with references to renamed ids written as the new ids, so that a rename is
/// not also reported in every list that names it.
fn mapped(e: &Entity, renames: &HashMap<String, String>) -> Entity {
    let map = |id: &String| renames.get(id).cloned().unwrap_or_else(|| id.clone());
    let fields = e
        .fields
        .iter()
        .map(|(k, v)| {
            let v = match v {
                FieldValue::Ref(id) => FieldValue::Ref(map(id)),
                FieldValue::Refs(ids) => FieldValue::Refs(ids.iter().map(map).collect()),
                other => other.clone(),
            };
            (k.clone(), v)
        })
        .collect();
    Entity { kind: e.kind, id: e.id.clone(), fields }
}

/// The fields that differ between two versions of one entity, in the new version's order,
/// then the fields it no longer has.
fn field_changes(old: &Entity, new: &Entity) -> Vec<FieldChange> {
    let old_fields: HashMap<&str, &FieldValue> = old.fields.iter().map(|(k, v)| (k.as_str(), v)).collect();
    let new_fields: HashSet<&str> = new.fields.iter().map(|(k, _)| k.as_str()).collect();
    let mut out = Vec::new();
    for (k, v) in &new.fields {
        let was = old_fields.get(k.as_str()).copied();
        if was != Some(v) {
            out.push(FieldChange::new(k, was, Some(v)));
        }
    }
    for (k, v) in &old.fields {
        if !new_fields.contains(k.as_str()) {
            out.push(FieldChange::new(k, Some(v), None));
        }
    }
    out
}

/// The difference a person reads, where there is one to tell.
fn delta(field: &str, old: Option<&FieldValue>, new: Option<&FieldValue>) -> Option<Delta> {
    let signed = |n: i64, unit: &'static str| Delta::Signed { n, unit };
    match (old, new) {
        (Some(FieldValue::Date(a)), Some(FieldValue::Date(b))) => date_delta(a, b).map(|(n, unit)| signed(n, unit)),
        (Some(FieldValue::Number(a)), Some(FieldValue::Number(b))) => {
            Some(signed(i64::try_from(*b).unwrap_or(i64::MAX) - i64::try_from(*a).unwrap_or(i64::MAX), ""))
        }
        (Some(FieldValue::Refs(a)), Some(FieldValue::Refs(b)))
        | (Some(FieldValue::Texts(a)), Some(FieldValue::Texts(b))) => list_delta(a, b),
        _ if field == "tentative" => {
            let (was, is) = (old == Some(&FieldValue::Flag(true)), new == Some(&FieldValue::Flag(true)));
            match (was, is) {
                (true, false) => Some(Delta::Confirmed),
                (false, true) => Some(Delta::NowTentative),
                _ => None,
            }
        }
        _ => None,
    }
}

/// How far a date moved, in the unit a person would say: for a day (or early, mid or late in a
/// month, or a window of days) whole months when the day of the month is kept, whole weeks, or
/// days; a week, a month or a vaguer date of months in its own unit.
fn date_delta(a: &PlanDate, b: &PlanDate) -> Option<(i64, &'static str)> {
    let months = |x: NaiveDate, y: NaiveDate| {
        (i64::from(y.year()) - i64::from(x.year())) * 12 + i64::from(y.month()) - i64::from(x.month())
    };
    if let (Some(Step::Days(_)), Some(Step::Days(_))) = (a.unit(), b.unit()) {
        let (x, y) = (a.earliest()?, b.earliest()?);
        if x.day() == y.day() && (x.year(), x.month()) != (y.year(), y.month()) {
            return Some((months(x, y), "month"));
        }
        let days = (y - x).num_days();
        return Some(if days % 7 == 0 { (days / 7, "week") } else { (days, "day") });
    }
    Some((a.units_until(b)?, a.unit()?.unit()))
}

/// What a list gained and lost.
fn list_delta(a: &[String], b: &[String]) -> Option<Delta> {
    let gained: Vec<String> = b.iter().filter(|x| !a.contains(x)).cloned().collect();
    let lost: Vec<String> = a.iter().filter(|x| !b.contains(x)).cloned().collect();
    (!gained.is_empty() || !lost.is_empty()).then_some(Delta::List { gained, lost })
}

/// "+it-staff, -pupil": what a list gained and lost, each item as `word` puts it.
#[must_use]
pub fn list_words<'a>(gained: &'a [String], lost: &'a [String], word: impl Fn(&'a str) -> &'a str) -> String {
    let gained = gained.iter().map(|x| format!("+{}", word(x)));
    let lost = lost.iter().map(|x| format!("-{}", word(x)));
    gained.chain(lost).collect::<Vec<_>>().join(", ")
}
