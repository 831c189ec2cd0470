//! Progress and decisions by command: what the project group records every week — a course
//! held (`done`), one called off (`cancel`, `reopen`), a date fixed (`pin`, `unpin`) or moved
//! (`move`), a seat filled (`assign`, `unassign`), any other value (`set`).
//!
//! Each command is one small file here that works out a [`Record`]: the byte splices of the
//! values it changes, the words for what changed, and the check the edited plan must pass when
//! it is read back. The command line runs every record through the one edit pipeline (edit →
//! read back → lock → safe write) that `shift` and `allocate` use; nothing here writes.

pub mod assign;
pub mod closed;
pub mod moving;
pub mod pin;
pub mod set;
pub mod status;
pub mod verify;

use toml_edit::Document;

use crate::edit::Splices;
use crate::edit::table::EntityTable;
use crate::i18n::Text;
use crate::plan::{Activity, EntityKind, EntityRef, Plan};

/// The check an edited plan must pass when read back: what the record meant
/// ([`verify::exactly`]).
pub type Meant = Box<dyn Fn(&Plan) -> Result<(), String>>;

/// A change worked out, not yet made.
pub struct Record {
    pub splices: Splices,
    /// What changed, a line each, in words.
    pub changes: Vec<Text>,
    /// What the reader should look at before the change is written: made as asked, but
    /// perhaps not what was meant.
    pub warnings: Vec<Text>,
    /// What the edited plan must say, checked before anything is written.
    pub meant: Meant,
}

impl std::fmt::Debug for Record {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Record").field("splices", &self.splices).field("changes", &self.changes).finish_non_exhaustive()
    }
}

/// Why a change cannot be made. Nothing is written; the command exits with status 2.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.text())]
pub enum RecordError {
    /// No entity of the kinds asked for has that id, nor that name or a name starting so.
    /// `suggestion`: the closest id, or the ids of names that match more than one entity.
    Unknown { id: String, what: &'static str, suggestion: Option<String> },
    /// The id names an entity, but of another kind than those asked for (`what`).
    OtherKindOfEntity { id: String, kind: crate::plan::EntityKind, what: &'static str },
    /// No id, but the start of several names: each of them, as a suggestion names it.
    Ambiguous { id: String, matches: String },
    /// A qualified id (`kombit:wave-15-rollout`): an activity of a followed plan, recorded
    /// there (`file`), not in this plan.
    Followed { id: String, plan: String, file: String },
    /// More than one entity has the id: which one is meant cannot be told. `lines` are where
    /// each is, in the order of the file.
    Duplicated { id: String, lines: Vec<usize> },
    /// `done --on` a day before the activity starts.
    DoneBeforeStart { id: String, on: chrono::NaiveDate, starts: chrono::NaiveDate },
    /// `done --on` a day that has not come yet, without `--force`.
    DoneInFuture { on: chrono::NaiveDate, today: chrono::NaiveDate },
    /// Every seat of the role is taken.
    RoleFull { role: String, seats: u64, holders: Vec<String> },
    /// `unassign` of a person who does not hold the role.
    DoesNotHold { person: String, role: String },
    /// `move` of an activity that is done or pinned, without `--force`.
    Fixed { id: String, why: &'static str },
    /// `move` of an activity with no date to move.
    NotDated { id: String },
    /// `move` of a closed period whose first and last day are not both known days.
    PeriodNotDated { id: String },
    /// `move --to` a date of another kind than the activity's start (a week for a day, …).
    OtherKind { id: String, start: crate::plan::PlanDate, to: crate::plan::PlanDate },
    /// The move would take a date out of the years the tool computes with.
    OutOfRange { id: String },
    /// `move --days/--weeks/--months` by less than the date's own granularity: a week moved
    /// by 2 days, a season by 2 weeks, round to no move at all (as `shift` moves them).
    TooSmall { id: String, start: crate::plan::PlanDate, step: crate::plan::date::Step },
    /// `move` by a step of a date tied to a closed period (`period`): it moves with the period.
    Tied { id: String, start: crate::plan::PlanDate, period: String },
    /// `set` of a key the entity's table does not have in the format.
    UnknownKey { table: &'static str, key: String, suggestion: Option<String> },
    /// `set` of a key that holds a list or a table, not one value.
    NotAValue { table: &'static str, key: String },
    /// `set ID.KEY`: no dot.
    NoKey { given: String },
    /// The entity is in the plan but not where the file's text can be edited (a bug, or a
    /// layout the tool does not edit).
    NotInText { id: String },
}

impl RecordError {
    /// The error in words (`i18n/*/record.ftl`).
    #[must_use]
    pub fn text(&self) -> Text {
        match self {
            Self::Unknown { id, what, suggestion } => {
                let text = Text::id(if suggestion.is_some() { "record-unknown-suggest" } else { "record-unknown" });
                text.arg("id", id).arg("what", Text::id(what)).arg("suggestion", suggestion.clone().unwrap_or_default())
            }
            Self::OtherKindOfEntity { id, kind, what } => Text::id("record-other-kind-of-entity")
                .arg("id", id)
                .arg("kind", crate::i18n::kind(*kind))
                .arg("what", Text::id(what)),
            Self::Ambiguous { id, matches } => Text::id("record-ambiguous").arg("id", id).arg("matches", matches),
            Self::Followed { id, plan, file } => {
                Text::id("record-followed").arg("id", id).arg("plan", plan).arg("file", file)
            }
            Self::Duplicated { id, lines } => Text::id("record-duplicated")
                .arg("id", id)
                .arg("count", lines.len())
                .arg("lines", lines.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")),
            Self::DoneBeforeStart { id, on, starts } => {
                Text::id("record-done-before-start").arg("id", id).arg("on", *on).arg("starts", *starts)
            }
            Self::DoneInFuture { on, today } => Text::id("record-done-in-future").arg("on", *on).arg("today", *today),
            Self::RoleFull { role, seats, holders } => Text::id("record-role-full")
                .arg("role", role)
                .arg("seats", *seats)
                .arg("holders", holders.iter().map(|h| format!("`{h}`")).collect::<Vec<_>>().join(", ")),
            Self::DoesNotHold { person, role } => {
                Text::id("record-does-not-hold").arg("person", person).arg("role", role)
            }
            Self::Fixed { id, why } => Text::id("record-fixed").arg("id", id).arg("why", Text::id(why)),
            Self::NotDated { id } => Text::id("record-not-dated").arg("id", id),
            Self::OtherKind { id, start, to } => {
                Text::id("record-other-kind").arg("id", id).arg("start", start).arg("to", to)
            }
            Self::OutOfRange { id } => Text::id("record-out-of-range").arg("id", id),
            Self::PeriodNotDated { id } => Text::id("record-period-not-dated").arg("id", id),
            Self::TooSmall { id, start, step } => {
                Text::id("record-too-small").arg("id", id).arg("start", start).arg("step", crate::i18n::step(*step))
            }
            Self::Tied { id, start, period } => {
                Text::id("record-tied").arg("id", id).arg("start", start).arg("period", period)
            }
            Self::UnknownKey { table, key, suggestion } => {
                let text =
                    Text::id(if suggestion.is_some() { "record-unknown-key-suggest" } else { "record-unknown-key" });
                text.arg("table", *table).arg("key", key).arg("suggestion", suggestion.clone().unwrap_or_default())
            }
            Self::NotAValue { table, key } => Text::id("record-not-a-value").arg("table", *table).arg("key", key),
            Self::NoKey { given } => Text::id("record-no-key").arg("given", given),
            Self::NotInText { id } => Text::id("record-not-in-text").arg("id", id),
        }
    }
}

/// The entity of `id` among `kinds` in `plan` (read from `source`), or an error that says what
/// was looked for and suggests the closest other id of those kinds. An id that more than one
/// entity has, of any kind, is refused with where each is: an edit by id must not go to the
/// first of them unseen.
///
/// # Errors
/// [`RecordError::Unknown`] when there is none, [`RecordError::Duplicated`] when there are more.
pub fn find(
    plan: &Plan,
    source: &str,
    id: &str,
    kinds: &[EntityKind],
    what: &'static str,
) -> Result<EntityRef, RecordError> {
    let first = plan.lookup(id);
    if first.is_some() && plan.duplicates().iter().any(|&(me, _)| plan.id_of(me).value == id) {
        let index = crate::span::LineIndex::new(source);
        let mut lines: Vec<usize> = plan
            .entities()
            .filter(|(_, x)| x.value == id)
            .map(|(_, x)| index.line_col(source, x.span.start()).line)
            .collect();
        lines.sort_unstable();
        return Err(RecordError::Duplicated { id: id.to_owned(), lines });
    }
    if let Some(r) = first.filter(|r| kinds.contains(&r.kind)) {
        return Ok(r);
    }
    if let Some((name, _)) = crate::plan::qualified(id)
        && let Some(f) = plan.follows.iter().find(|f| f.name.value == name)
    {
        return Err(RecordError::Followed { id: id.to_owned(), plan: name.to_owned(), file: f.path.value.to_string() });
    }
    if let Some(r) = first {
        return Err(RecordError::OtherKindOfEntity { id: id.to_owned(), kind: r.kind, what });
    }
    let ids = plan.entities().filter(|(r, _)| kinds.contains(&r.kind)).map(|(_, x)| x.value.as_str());
    if first.is_none() {
        match by_name(plan, id, kinds).as_slice() {
            [] => {}
            [one] => return Ok(*one),
            many => {
                let matches = many.iter().map(|&r| called(plan, r)).collect::<Vec<_>>().join(", ");
                return Err(RecordError::Ambiguous { id: id.to_owned(), matches });
            }
        }
    }
    let suggestion = crate::suggest::closest(id, ids)
        .and_then(|close| plan.lookup(close))
        .or_else(|| {
            let names = plan.entities().filter(|(r, _)| kinds.contains(&r.kind)).filter_map(|(r, _)| plan.name_of(r));
            let name = crate::suggest::closest(id, names)?;
            by_name(plan, name, kinds).first().copied()
        })
        .map(|r| called(plan, r));
    Err(RecordError::Unknown { id: id.to_owned(), what, suggestion })
}

/// An entity as a suggestion names it: `` `nc-admin` («Kommunal administrator») ``.
fn called(plan: &Plan, r: EntityRef) -> String {
    let id = &plan.id_of(r).value;
    match plan.name_of(r) {
        Some(name) if !name.eq_ignore_ascii_case(id) => format!("`{id}` («{name}»)"),
        _ => format!("`{id}`"),
    }
}

/// The entities of `kinds` that `given` names, as a person writes it at the command line: the
/// one whose name it is (case and spacing aside), or else those whose name starts with it.
fn by_name(plan: &Plan, given: &str, kinds: &[EntityKind]) -> Vec<EntityRef> {
    let fold = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
    let given = fold(given);
    if given.is_empty() {
        return Vec::new();
    }
    let named: Vec<(EntityRef, String)> = plan
        .entities()
        .filter(|(r, _)| kinds.contains(&r.kind))
        .filter_map(|(r, _)| plan.name_of(r).map(|n| (r, fold(n))))
        .collect();
    let exact: Vec<EntityRef> = named.iter().filter(|(_, n)| *n == given).map(|(r, _)| *r).collect();
    if !exact.is_empty() {
        return exact;
    }
    named.iter().filter(|(_, n)| n.starts_with(&given)).map(|(r, _)| *r).collect()
}

/// A training or phase of that id.
///
/// # Errors
/// As [`find`].
pub fn activity<'p>(plan: &'p Plan, source: &str, id: &str) -> Result<Activity<'p>, RecordError> {
    let r = find(plan, source, id, &[EntityKind::Training, EntityKind::Phase], "record-what-activity")?;
    plan.activity(r).ok_or_else(|| RecordError::NotInText { id: id.to_owned() })
}

/// The file's text, parsed for finding an entity's table.
fn document(source: &str) -> Option<Document<&str>> {
    Document::parse(source).ok()
}

/// The table of entity `e` in the file; its index among the entities of its kind is its
/// place there too, so that the table found is the entity's own.
fn table_of<'d>(plan: &Plan, doc: Option<&'d Document<&'d str>>, e: EntityRef) -> Result<EntityTable<'d>, RecordError> {
    let id = plan.id_of(e).value.as_str();
    doc.and_then(|d| EntityTable::all(d, crate::spec::of_kind(e.kind).key).get(e.index).copied())
        .filter(|t| t.id() == Some(id))
        .ok_or_else(|| RecordError::NotInText { id: id.to_owned() })
}

/// Gives `key` of each entity the value written `repr`; the words for each change come from
/// `said`.
fn set_each(
    plan: &Plan,
    source: &str,
    entities: &[EntityRef],
    key: &str,
    repr: &str,
    said: impl Fn(&str) -> Text,
) -> Result<(Splices, Vec<Text>), RecordError> {
    let doc = document(source);
    let mut splices = Splices::default();
    let mut changes = Vec::new();
    for &e in entities {
        table_of(plan, doc.as_ref(), e)?.set(&mut splices, source, key, repr);
        changes.push(said(&plan.id_of(e).value));
    }
    Ok((splices, changes))
}
