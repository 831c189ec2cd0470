//! Reading each table of the format into the model: `[plan]`, a unit, a role, a person, a
//! training, a phase, a revision, `[estimate]`, `[calendar]` and `[lints]`.

use crate::diagnostic::closest;
use crate::plan::{
    Calendar, Category, ClosedPeriod, Estimate, EstimateRow, Follow, Holidays, LintSetting, Meta, Paid, Part, Person,
    Phase, PhaseKind, Reading, Revision, Role, Scope, ShiftRecord, Split, Status, Training, Unit, UnitKind,
};
use crate::registry::{self, Level, PARSE_ERROR};
use crate::rules::format;
use crate::span::Spanned;
use crate::spec;
use compact_str::CompactString;

use super::{DateSlot, Reader, Table};

impl<'i> Reader<'i> {
    pub(super) fn meta(&mut self, t: &Table<'_, 'i>) -> Meta {
        let t = &self.fields(t, &spec::PLAN);
        Meta {
            span: t.span,
            title: self.string(t, "title"),
            municipality: self.string(t, "municipality"),
            owner: self.string(t, "owner"),
            revision: self.string(t, "revision"),
            date: self.day(t, "date"),
            root: self.reference(t, "root"),
            region: self.string(t, "region"),
            goals: self.strings(t, "goals"),
            success_criteria: self.strings(t, "success_criteria"),
        }
    }

    pub(super) fn unit(&mut self, t: &Table<'_, 'i>) -> Option<Unit> {
        let t = &self.fields(t, &spec::UNIT);
        let id = self.id(t);
        let name = self.string(t, "name");
        let parent = self.reference(t, "parent");
        let kind = self.keyword::<UnitKind>(t, "kind");
        let pupils = self.count(t, "pupils");
        let leaders = self.count(t, "leaders");
        let count = self.count(t, "count");
        let seats = match self.table(t, "seats", "`seats`") {
            Some(s) => s
                .keys_in_file_order()
                .into_iter()
                .filter_map(|(role, span)| Some((Spanned::new(CompactString::from(role), span), self.count(&s, role)?)))
                .collect(),
            None => Vec::new(),
        };
        let track = self.string(t, "track");
        let note = self.string(t, "note");
        Some(Unit { span: t.span, id: id?, name, parent, kind, pupils, leaders, count, seats, track, note })
    }

    pub(super) fn role(&mut self, t: &Table<'_, 'i>) -> Option<Role> {
        let t = &self.fields(t, &spec::ROLE);
        let id = self.id(t);
        let name = self.string(t, "name");
        let unit = self.reference(t, "unit");
        let quota = self.count(t, "quota");
        let population = self.count(t, "population");
        if let (Some(_), Some(p)) = (&quota, &population) {
            self.push(format::quota_and_population(p.span));
        }
        let split = self.keyword::<Split>(t, "split");
        let support = self.reference(t, "support");
        let tech_support = self.reference(t, "tech_support");
        let needs_training = self.boolean(t, "needs_training");
        let responsibilities = self.strings(t, "responsibilities");
        let trained_outside = self.string(t, "trained_outside");
        let roster = self.string(t, "roster");
        let note = self.string(t, "note");
        Some(Role {
            span: t.span,
            id: id?,
            name,
            unit,
            quota,
            population,
            split,
            support,
            tech_support,
            needs_training,
            responsibilities,
            trained_outside,
            roster,
            note,
        })
    }

    pub(super) fn person(&mut self, t: &Table<'_, 'i>) -> Option<Person> {
        let t = &self.fields(t, &spec::PERSON);
        let id = self.id(t);
        let name = self.string(t, "name");
        let unit = self.reference(t, "unit");
        let roles = self.strings(t, "roles");
        let tentative = self.boolean(t, "tentative");
        let trained_outside = self.string(t, "trained_outside");
        let note = self.string(t, "note");
        Some(Person { span: t.span, id: id?, name, unit, roles, tentative, trained_outside, note })
    }

    pub(super) fn training(&mut self, t: &Table<'_, 'i>) -> Option<Training> {
        let t = &self.fields(t, &spec::TRAINING);
        let id = self.id(t);
        let name = self.string(t, "name");
        let trainer = self.strings(t, "trainer");
        let trainees = self.strings(t, "trainees");
        let seats = self.count(t, "seats");
        let sessions = self.count(t, "sessions");
        let duration = self.duration(t);
        let timing = self.timing(t);
        let track = self.string(t, "track");
        let scope = self.keyword::<Scope>(t, "scope");
        let paid = self.keyword::<Paid>(t, "paid");
        let after = self.strings(t, "after");
        let within = self.reference(t, "within");
        let status = self.keyword::<Status>(t, "status");
        let done_on = self.day(t, "done_on");
        let pinned = self.boolean(t, "pinned");
        let [category, part, region] = self.grouping(t);
        let topics = self.strings(t, "topics");
        let note = self.string(t, "note");
        Some(Training {
            span: t.span,
            id: id?,
            name,
            trainer,
            trainees,
            seats,
            sessions,
            duration,
            timing,
            track,
            scope,
            paid,
            after,
            within,
            status,
            done_on,
            pinned,
            category,
            part,
            region,
            topics,
            note,
        })
    }

    pub(super) fn phase(&mut self, t: &Table<'_, 'i>) -> Option<Phase> {
        let t = &self.fields(t, &spec::PHASE);
        let id = self.id(t);
        let name = self.string(t, "name");
        let track = self.string(t, "track");
        let kind = self.keyword::<PhaseKind>(t, "kind");
        let timing = self.timing(t);
        let owner = self.reference(t, "owner");
        let after = self.strings(t, "after");
        let within = self.reference(t, "within");
        let status = self.keyword::<Status>(t, "status");
        let done_on = self.day(t, "done_on");
        let pinned = self.boolean(t, "pinned");
        let [category, part, region] = self.grouping(t);
        let note = self.string(t, "note");
        Some(Phase {
            span: t.span,
            id: id?,
            name,
            track,
            kind,
            timing,
            owner,
            after,
            within,
            status,
            done_on,
            pinned,
            category,
            part,
            region,
            note,
        })
    }

    /// `category`, `part` and `region` of a training or phase.
    fn grouping(&mut self, t: &Table<'_, 'i>) -> [Option<Spanned<CompactString>>; 3] {
        [self.reference(t, "category"), self.reference(t, "part"), self.string(t, "region")]
    }

    pub(super) fn category(&mut self, t: &Table<'_, 'i>) -> Option<Category> {
        let t = &self.fields(t, &spec::CATEGORY);
        let id = self.id(t);
        let name = self.string(t, "name");
        let colour = self.string(t, "colour");
        if let Some(c) = colour.as_ref().filter(|c| !crate::plan::is_colour(&c.value)) {
            self.push(format::bad_colour(c.span, &c.value));
        }
        let colour = colour.filter(|c| crate::plan::is_colour(&c.value));
        let note = self.string(t, "note");
        Some(Category { span: t.span, id: id?, name, colour, note })
    }

    pub(super) fn part(&mut self, t: &Table<'_, 'i>) -> Option<Part> {
        let t = &self.fields(t, &spec::PART);
        let id = self.id(t);
        let name = self.string(t, "name");
        let note = self.string(t, "note");
        Some(Part { span: t.span, id: id?, name, note })
    }

    pub(super) fn reading(&mut self, t: &Table<'_, 'i>) -> Reading {
        let t = &self.fields(t, &spec::READING);
        let of = self.reference(t, "of");
        let key = self.string(t, "key");
        let node = self.value(t, "value");
        if let (Some(k), Some(item)) = (&key, node) {
            // What the key holds in the tables that have it; the entity's table is checked by
            // the rule, once ids are known.
            let types: Vec<spec::Type> = spec::TABLES.iter().filter_map(|t| t.key(&k.value)).map(|k| k.ty).collect();
            if !types.is_empty() && !types.iter().any(|ty| super::values::fits(*ty, item)) {
                self.push(format::reading_wrong_type(item.span, &k.value));
            }
        }
        let value = node.map(|v| Spanned::new(CompactString::from(self.text(v)), v.span));
        let source = self.string(t, "source");
        let remark = self.string(t, "note");
        Reading { span: t.span, of, key, value, source, note: remark }
    }

    pub(super) fn revision(&mut self, t: &Table<'_, 'i>) -> Revision {
        let t = &self.fields(t, &spec::REVISION);
        Revision {
            span: t.span,
            revision: self.string(t, "revision"),
            date: self.day(t, "date"),
            note: self.string(t, "note"),
            shift: self.table(t, "shift", "`shift`").map(|s| {
                let s = self.fields(&s, &spec::SHIFT);
                ShiftRecord {
                    span: s.span,
                    months: self.amount(&s, "months"),
                    weeks: self.amount(&s, "weeks"),
                    days: self.amount(&s, "days"),
                    from: self.untied(&s, "from", DateSlot::Start),
                    tracks: self.strings(&s, "tracks"),
                    only: self.strings(&s, "only"),
                    workdays: self.boolean(&s, "workdays"),
                    end_only: self.boolean(&s, "end_only"),
                }
            }),
        }
    }

    pub(super) fn estimate(&mut self, t: &Table<'_, 'i>) -> Estimate {
        let t = &self.fields(t, &spec::ESTIMATE);
        let source = self.string(t, "source");
        let phases = self.strings(t, "phases");
        let rows = self
            .entries(t, &spec::ESTIMATE_ROW)
            .iter()
            .map(|r| {
                let r = &self.fields(r, &spec::ESTIMATE_ROW);
                EstimateRow {
                    span: r.span,
                    party: self.string(r, "party"),
                    track: self.string(r, "track"),
                    basis: self.count(r, "basis"),
                    hours: self.counts(r, "hours"),
                    total: self.count(r, "total"),
                }
            })
            .collect();
        Estimate { span: t.span, source, phases, rows }
    }

    pub(super) fn calendar(&mut self, t: &Table<'_, 'i>) -> Calendar {
        let t = &self.fields(t, &spec::CALENDAR);
        let holidays = self.keyword::<Holidays>(t, "holidays");
        let closed = self
            .entries(t, &spec::CLOSED)
            .iter()
            .map(|c| {
                let c = &self.fields(c, &spec::CLOSED);
                let id = self.string(c, "id").filter(|id| self.valid_id(id));
                ClosedPeriod {
                    span: c.span,
                    id,
                    name: self.string(c, "name"),
                    start: self.untied(c, "start", DateSlot::Start),
                    end: self.untied(c, "end", DateSlot::On),
                }
            })
            .collect();
        Calendar { holidays, closed, ..Calendar::default() }
    }

    /// `[follows]`: each followed plan's short name (an id) and its path.
    pub(super) fn follows(&mut self, t: &Table<'_, 'i>) -> Vec<Follow> {
        let mut out = Vec::new();
        for (name, span) in t.keys_in_file_order() {
            let Some(path) = self.string(t, name) else { continue };
            if !crate::plan::id::is_valid(name) {
                self.push(format::bad_id(name, span, crate::plan::id::suggest(name).as_deref()));
                continue;
            }
            out.push(Follow { name: Spanned::new(CompactString::from(name), span), path });
        }
        out
    }

    pub(super) fn lints(&mut self, t: &Table<'_, 'i>) -> Vec<LintSetting> {
        let mut out = Vec::new();
        for (name, span) in t.keys_in_file_order() {
            let Some(level) = self.keyword::<Level>(t, name) else { continue };
            match registry::find(name) {
                Some(rule) if rule == PARSE_ERROR => {
                    self.push(format::fixed_rule(name, span));
                }
                Some(rule) => out.push(LintSetting { rule, level }),
                None => {
                    let suggestion = closest(name, registry::ALL.iter().map(|r| r.name));
                    self.push(format::unknown_rule(name, span, suggestion));
                }
            }
        }
        out
    }
}
