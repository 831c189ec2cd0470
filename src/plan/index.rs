//! Finding one's way in a plan: entities by id, the organisation tree's children, the holders
//! of each role, and trainings and phases as activities on the timeline.

use compact_str::CompactString;
use std::hash::BuildHasher as _;

use super::{EntityKind, EntityRef, Phase, PhaseKind, Plan, PlanDate, Revision, ShiftRecord, Status, Timing, Training};
use crate::span::Spanned;

impl Plan {
    /// The latest shift the plan's history records, with its revision.
    #[must_use]
    pub fn latest_shift(&self) -> Option<(&Revision, &ShiftRecord)> {
        self.revisions.iter().rev().find_map(|r| r.shift.as_ref().map(|s| (r, s)))
    }

    /// The date of the version the plan is at: that version's `[[revision]]` date when the
    /// history records it (a shift writes one), else the plan's own date, which may be the
    /// first version's.
    #[must_use]
    pub fn version_date(&self) -> Option<chrono::NaiveDate> {
        let recorded = self.meta.revision.as_ref().and_then(|r| {
            self.revisions.iter().rev().find(|e| e.revision.as_ref().is_some_and(|x| x.value == r.value))?.date.as_ref()
        });
        recorded.or(self.meta.date.as_ref()).map(|d| d.value)
    }

    /// The go-live of each track (`""` for phases without one), in the order of the file: the
    /// start of its first phase of kind `go-live`, `tbd` when that has no date.
    #[must_use]
    pub fn go_lives(&self) -> Vec<(&str, PlanDate)> {
        let mut out: Vec<(&str, PlanDate)> = Vec::new();
        for p in self.phases.iter().filter(|p| p.kind.as_ref().is_some_and(|k| k.value == PhaseKind::GoLive)) {
            let track = p.track.as_ref().map_or("", |t| t.value.as_str());
            if !out.iter().any(|(t, _)| *t == track) {
                out.push((track, p.timing.as_ref().map_or(PlanDate::Tbd, |t| t.start().value.clone())));
            }
        }
        out
    }

    /// Whether a role, or a person (themselves, or through a role they hold), is trained
    /// outside this plan (`trained_outside`).
    #[must_use]
    pub fn trained_outside(&self, who: EntityRef) -> bool {
        let role = |i: usize| self.roles[i].trained_outside.is_some();
        match who.kind {
            EntityKind::Role => role(who.index),
            EntityKind::Person => {
                let p = &self.people[who.index];
                p.trained_outside.is_some() || p.roles.iter().filter_map(|r| self.role_index(&r.value)).any(role)
            }
            _ => false,
        }
    }

    /// The category an id names, by index.
    #[must_use]
    pub fn category_index(&self, id: &str) -> Option<usize> {
        self.lookup(id).filter(|r| r.kind == EntityKind::Category).map(|r| r.index)
    }

    /// The track whose go-live each unit goes live with: its own `track`, else the one its
    /// kind says (a school the schools', a day-care or childminding unit the day-care's), else
    /// its parent's. One pass: each unit is decided once, so a chain of parents however deep
    /// costs its length, not its length squared; a loop of parents has no track.
    #[must_use]
    pub fn tracks_of_units(&self) -> Vec<Option<&str>> {
        #[derive(Clone, Copy)]
        enum State<'a> {
            Open,
            OnTheWay,
            Decided(Option<&'a str>),
        }
        let own = |u: &'_ super::Unit| -> Option<&'static str> {
            match u.kind.as_ref().map(|k| k.value) {
                Some(super::UnitKind::School) => Some("schools"),
                Some(super::UnitKind::Daycare | super::UnitKind::Childminding) => Some("daycare"),
                _ => None,
            }
        };
        let mut state = vec![State::Open; self.units.len()];
        let mut way = Vec::new();
        for first in 0..self.units.len() {
            let mut at = Some(first);
            let track = loop {
                let Some(u) = at else { break None };
                match state[u] {
                    State::Decided(t) => break t,
                    // Back on this walk's own way: a loop of parents.
                    State::OnTheWay => break None,
                    State::Open => {}
                }
                let unit = &self.units[u];
                if let Some(t) = unit.track.as_ref().map(|t| t.value.as_str()).or_else(|| own(unit)) {
                    state[u] = State::Decided(Some(t));
                    break Some(t);
                }
                state[u] = State::OnTheWay;
                way.push(u);
                at = unit.parent.as_ref().and_then(|p| self.unit_index(&p.value));
            };
            for u in way.drain(..) {
                state[u] = State::Decided(track);
            }
        }
        state.into_iter().map(|s| if let State::Decided(t) = s { t } else { None }).collect()
    }

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
        let mut ids = IdIndex::with_room(self.entities().count());
        let mut shared = Vec::new();
        for (r, id) in self.entities() {
            let (hash, slot) = ids.find(self, &id.value);
            match ids.slots[slot] {
                0 => ids.slots[slot] = pack(hash, r),
                // The same id twice: the one earlier in the file keeps it.
                taken => {
                    let other = unpack(taken);
                    shared.extend([r, other]);
                    if id.span < self.id_of(other).span {
                        ids.slots[slot] = pack(hash, r);
                    }
                }
            }
        }
        ids.count = ids.slots.iter().filter(|s| **s != 0).count();
        self.ids = ids;
        shared.sort_by_key(|&r| self.id_of(r).span);
        shared.dedup();
        self.duplicates = shared
            .into_iter()
            .filter_map(|r| Some((r, self.lookup(&self.id_of(r).value).filter(|&first| first != r)?)))
            .collect();
        let mut children = vec![Vec::new(); self.units.len()];
        for (index, u) in self.units.iter().enumerate() {
            let parent = u.parent.as_ref().and_then(|p| self.lookup(&p.value));
            if let Some(EntityRef { kind: EntityKind::Unit, index: parent }) = parent {
                children[parent].push(index);
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
                if let Some(role) = self.role_index(&r.value)
                    && out[role].last() != Some(&index)
                {
                    out[role].push(index);
                }
            }
        }
        out
    }

    /// Every unit, role, person, training, phase, category and part with its id.
    pub fn entities(&self) -> impl Iterator<Item = (EntityRef, &Spanned<CompactString>)> {
        fn of<T>(
            kind: EntityKind,
            list: &[T],
            id: fn(&T) -> &Spanned<CompactString>,
        ) -> impl Iterator<Item = (EntityRef, &Spanned<CompactString>)> {
            list.iter().enumerate().map(move |(index, e)| (EntityRef { kind, index }, id(e)))
        }
        of(EntityKind::Unit, &self.units, |e| &e.id)
            .chain(of(EntityKind::Role, &self.roles, |e| &e.id))
            .chain(of(EntityKind::Person, &self.people, |e| &e.id))
            .chain(of(EntityKind::Training, &self.trainings, |e| &e.id))
            .chain(of(EntityKind::Phase, &self.phases, |e| &e.id))
            .chain(of(EntityKind::Category, &self.categories, |e| &e.id))
            .chain(of(EntityKind::Part, &self.parts, |e| &e.id))
    }

    /// The entity an id names (the first one, if the id is used twice).
    #[must_use]
    pub fn lookup(&self, id: &str) -> Option<EntityRef> {
        let (_, slot) = self.ids.find(self, id);
        Some(self.ids.slots[slot]).filter(|s| *s != 0).map(unpack)
    }

    /// Each entity whose id is taken by an entity earlier in the file, with that one, in the
    /// order of the file.
    #[must_use]
    pub fn duplicates(&self) -> &[(EntityRef, EntityRef)] {
        &self.duplicates
    }

    /// How many ids the plan gives its entities.
    #[must_use]
    pub fn id_count(&self) -> usize {
        self.ids.count
    }

    /// Every id with its entity, in no particular order.
    pub fn ids(&self) -> impl Iterator<Item = (&str, EntityRef)> {
        self.ids.slots.iter().filter(|s| **s != 0).map(|&s| (self.id_of(unpack(s)).value.as_str(), unpack(s)))
    }

    /// The id of an entity as written.
    #[must_use]
    pub fn id_of(&self, r: EntityRef) -> &Spanned<CompactString> {
        match r.kind {
            EntityKind::Unit => &self.units[r.index].id,
            EntityKind::Role => &self.roles[r.index].id,
            EntityKind::Person => &self.people[r.index].id,
            EntityKind::Training => &self.trainings[r.index].id,
            EntityKind::Phase => &self.phases[r.index].id,
            EntityKind::Category => &self.categories[r.index].id,
            EntityKind::Part => &self.parts[r.index].id,
        }
    }

    /// The name of an entity, when the plan gives it one.
    #[must_use]
    pub fn name_of(&self, r: EntityRef) -> Option<&str> {
        let name = match r.kind {
            EntityKind::Unit => self.units.get(r.index)?.name.as_ref(),
            EntityKind::Role => self.roles.get(r.index)?.name.as_ref(),
            EntityKind::Person => self.people.get(r.index)?.name.as_ref(),
            EntityKind::Training => self.trainings.get(r.index)?.name.as_ref(),
            EntityKind::Phase => self.phases.get(r.index)?.name.as_ref(),
            EntityKind::Category => self.categories.get(r.index)?.name.as_ref(),
            EntityKind::Part => self.parts.get(r.index)?.name.as_ref(),
        };
        name.map(|n| n.value.as_str()).filter(|n| !n.trim().is_empty())
    }

    /// What a person calls an entity: its name, else its id.
    #[must_use]
    pub fn called(&self, r: EntityRef) -> &str {
        self.name_of(r).unwrap_or(&self.id_of(r).value)
    }

    /// What a person calls the entity an id names: its name, else the id itself.
    #[must_use]
    pub fn called_by_id<'a>(&'a self, id: &'a str) -> &'a str {
        self.lookup(id).map_or(id, |r| self.called(r))
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

    /// The entity whose table holds the byte `offset` of the file: the last one whose table
    /// starts at or before it.
    #[must_use]
    pub fn entity_at(&self, offset: usize) -> Option<EntityRef> {
        let spans = |kind: EntityKind, spans: Vec<crate::span::Span>| {
            spans.into_iter().enumerate().map(move |(index, s)| (s.start(), EntityRef { kind, index }))
        };
        spans(EntityKind::Unit, self.units.iter().map(|x| x.span).collect())
            .chain(spans(EntityKind::Role, self.roles.iter().map(|x| x.span).collect()))
            .chain(spans(EntityKind::Person, self.people.iter().map(|x| x.span).collect()))
            .chain(spans(EntityKind::Training, self.trainings.iter().map(|x| x.span).collect()))
            .chain(spans(EntityKind::Phase, self.phases.iter().map(|x| x.span).collect()))
            .chain(spans(EntityKind::Category, self.categories.iter().map(|x| x.span).collect()))
            .chain(spans(EntityKind::Part, self.parts.iter().map(|x| x.span).collect()))
            .filter(|(start, _)| *start <= offset)
            .max_by_key(|(start, _)| *start)
            .map(|(_, r)| r)
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
    pub id: &'a Spanned<CompactString>,
    pub name: Option<&'a Spanned<CompactString>>,
    pub track: Option<&'a Spanned<CompactString>>,
    pub timing: Option<&'a Timing>,
    pub after: &'a [Spanned<CompactString>],
    pub within: Option<&'a Spanned<CompactString>>,
    /// Planned, done or cancelled.
    pub status: Status,
    /// The day it was held, when recorded (`done_on`).
    pub done_on: Option<chrono::NaiveDate>,
    pub pinned: bool,
    /// The plan's own kind of task, by its id.
    pub category: Option<&'a Spanned<CompactString>>,
    /// The part of the plan it belongs to, by its id.
    pub part: Option<&'a Spanned<CompactString>>,
    /// The region it is for.
    pub region: Option<&'a Spanned<CompactString>>,
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
            within: t.within.as_ref(),
            status: t.status.as_ref().map_or(Status::Planned, |s| s.value),
            done_on: t.done_on.as_ref().map(|d| d.value),
            pinned: t.pinned.as_ref().is_some_and(|p| p.value),
            category: t.category.as_ref(),
            part: t.part.as_ref(),
            region: t.region.as_ref(),
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
            within: p.within.as_ref(),
            status: p.status.as_ref().map_or(Status::Planned, |s| s.value),
            done_on: p.done_on.as_ref().map(|d| d.value),
            pinned: p.pinned.as_ref().is_some_and(|p| p.value),
            category: p.category.as_ref(),
            part: p.part.as_ref(),
            region: p.region.as_ref(),
        }
    }
}

/// The entities of a plan by id, the first entity of each id: a table of slots, each with a
/// part of the id's hash and the entity, found by the hash and then compared with the entity's
/// own id. The ids are not copied: a map of owned ids held each id a second time, in an
/// allocation of its own, and took three times the memory.
#[derive(Debug, Default)]
pub(crate) struct IdIndex {
    /// Empty (0), or the hash's upper half and the entity (see [`pack`]); at most half full.
    slots: Vec<u64>,
    count: usize,
}

impl IdIndex {
    fn with_room(n: usize) -> Self {
        Self { slots: vec![0; (n.max(4) * 2).next_power_of_two()], count: 0 }
    }

    /// The hash of `id`, and the slot that holds it or, if none does, the empty slot where it
    /// goes.
    fn find(&self, plan: &Plan, id: &str) -> (u32, usize) {
        let hash = foldhash::fast::FixedState::default().hash_one(id);
        let tag = (hash >> 32) as u32;
        if self.slots.is_empty() {
            return (tag, 0);
        }
        let mask = self.slots.len() - 1;
        #[allow(clippy::cast_possible_truncation, reason = "a slot's number, masked")]
        let mut slot = hash as usize & mask;
        loop {
            match self.slots[slot] {
                0 => return (tag, slot),
                s if (s >> 32) as u32 == tag && plan.id_of(unpack(s)).value == id => return (tag, slot),
                _ => slot = (slot + 1) & mask,
            }
        }
    }
}

/// A slot of [`IdIndex`]: the hash's upper half, the entity's kind (4 bits, from 1) and its
/// position (28 bits: a plan of a quarter of a billion entities is refused long before).
fn pack(tag: u32, r: EntityRef) -> u64 {
    let kind = match r.kind {
        EntityKind::Unit => 1,
        EntityKind::Role => 2,
        EntityKind::Person => 3,
        EntityKind::Training => 4,
        EntityKind::Phase => 5,
        EntityKind::Category => 6,
        EntityKind::Part => 7,
    };
    (u64::from(tag) << 32) | (kind << 28) | (r.index as u64 & 0x0fff_ffff)
}

fn unpack(slot: u64) -> EntityRef {
    let kind = match (slot >> 28) & 0xf {
        1 => EntityKind::Unit,
        2 => EntityKind::Role,
        3 => EntityKind::Person,
        4 => EntityKind::Training,
        5 => EntityKind::Phase,
        6 => EntityKind::Category,
        _ => EntityKind::Part,
    };
    EntityRef { kind, index: (slot & 0x0fff_ffff) as usize }
}
