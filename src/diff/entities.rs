//! A plan as entities of named fields: what `diff` compares. Fields are named by the format's
//! keys ([`crate::spec`]): `seats.school-superuser`, `calendar.holidays`.

use compact_str::CompactString;
use std::collections::HashMap;

use super::{Entity, FieldValue, Kind};
use crate::follow::Wait;
use crate::plan::{Keyword, Plan, PlanDate, Timing};
use crate::span::Spanned;
use crate::spec::{self, TableSpec, Type};

/// The activities of followed plans a plan waits for, as entities of kind `National`: their
/// dates, under the followed plan's own keys. Whether the plan still starts after them is a
/// finding (`dependency-order`), which the diff lists as new or fixed.
pub(super) fn waits(list: &[Wait]) -> Vec<Entity> {
    list.iter()
        .map(|w| {
            let mut fields = Vec::new();
            if let Some(d) = w.start.clone() {
                fields.push(("start".to_owned(), FieldValue::Date(d)));
            }
            if let Some(d) = w.end.clone() {
                fields.push(("end".to_owned(), FieldValue::Date(d)));
            }
            Entity { kind: Kind::National, id: w.id.clone(), fields }
        })
        .collect()
}

/// Every entity of a plan, with the plan's own settings as one entity of kind `Plan`; entities
/// that share a label (revisions, as a rule) told apart by their place.
pub(super) fn entities(plan: &Plan) -> Vec<Entity> {
    let mut out = fields(plan);
    // Revisions have no id of their own: tell apart those that share a label by their place.
    let mut seen: HashMap<(Kind, String), usize> = HashMap::new();
    for e in &mut out {
        let n = seen.entry((e.kind, e.id.clone())).or_default();
        *n += 1;
        if *n > 1 {
            e.id = format!("{} ({})", e.id, n);
        }
    }
    out
}

/// Every entity of a plan as the file has them, in the order of [`Kind`].
pub(super) fn fields(plan: &Plan) -> Vec<Entity> {
    let mut out = Vec::new();
    let mut meta = Fields::of(&spec::PLAN);
    let m = &plan.meta;
    meta.text("title", m.title.as_ref());
    meta.text("municipality", m.municipality.as_ref());
    meta.text("owner", m.owner.as_ref());
    meta.text("revision", m.revision.as_ref());
    meta.put("date", m.date.as_ref().map(|d| FieldValue::Date(PlanDate::Day(d.value))));
    meta.reference("root", m.root.as_ref());
    meta.text("region", m.region.as_ref());
    meta.texts("goals", &m.goals);
    meta.texts("success_criteria", &m.success_criteria);
    meta.put("calendar.holidays", plan.calendar.holidays.as_ref().map(|h| FieldValue::Text(h.value.word().into())));
    if let Some(e) = &plan.estimate {
        meta.text("estimate.source", e.source.as_ref());
        meta.texts("estimate.phases", &e.phases);
    }
    out.push(meta.entity(Kind::Plan, "plan"));

    for u in &plan.units {
        let mut f = Fields::of(&spec::UNIT);
        f.text("name", u.name.as_ref());
        f.reference("parent", u.parent.as_ref());
        f.word("kind", u.kind.as_ref());
        f.number("pupils", u.pupils.as_ref());
        f.number("leaders", u.leaders.as_ref());
        f.number("count", u.count.as_ref());
        f.text("track", u.track.as_ref());
        for (role, n) in &u.seats {
            f.put(&format!("seats.{}", role.value), Some(FieldValue::Number(n.value)));
        }
        f.text("note", u.note.as_ref());
        out.push(f.entity(Kind::Unit, &u.id.value));
    }
    for r in &plan.roles {
        let mut f = Fields::of(&spec::ROLE);
        f.text("name", r.name.as_ref());
        f.reference("unit", r.unit.as_ref());
        f.number("quota", r.quota.as_ref());
        f.number("population", r.population.as_ref());
        f.word("split", r.split.as_ref());
        f.reference("support", r.support.as_ref());
        f.reference("tech_support", r.tech_support.as_ref());
        f.put("needs_training", r.needs_training.as_ref().map(|b| FieldValue::Flag(b.value)));
        f.texts("responsibilities", &r.responsibilities);
        f.text("trained_outside", r.trained_outside.as_ref());
        f.text("roster", r.roster.as_ref());
        f.text("note", r.note.as_ref());
        out.push(f.entity(Kind::Role, &r.id.value));
    }
    for p in &plan.people {
        let mut f = Fields::of(&spec::PERSON);
        f.text("name", p.name.as_ref());
        f.reference("unit", p.unit.as_ref());
        f.references("roles", &p.roles);
        f.put("tentative", p.tentative.as_ref().map(|b| FieldValue::Flag(b.value)));
        f.text("trained_outside", p.trained_outside.as_ref());
        f.text("note", p.note.as_ref());
        out.push(f.entity(Kind::Person, &p.id.value));
    }
    for t in &plan.trainings {
        let mut f = Fields::of(&spec::TRAINING);
        f.text("name", t.name.as_ref());
        f.references("trainer", &t.trainer);
        f.references("trainees", &t.trainees);
        f.number("seats", t.seats.as_ref());
        f.number("sessions", t.sessions.as_ref());
        f.put("duration", t.duration.as_ref().map(|d| FieldValue::Text(d.value.to_string())));
        f.timing(t.timing.as_ref());
        f.text("track", t.track.as_ref());
        f.word("scope", t.scope.as_ref());
        f.word("paid", t.paid.as_ref());
        f.references("after", &t.after);
        f.reference("within", t.within.as_ref());
        f.word("status", t.status.as_ref());
        f.put("done_on", t.done_on.as_ref().map(|d| FieldValue::Date(crate::plan::PlanDate::Day(d.value))));
        f.put("pinned", t.pinned.as_ref().map(|b| FieldValue::Flag(b.value)));
        f.reference("category", t.category.as_ref());
        f.reference("part", t.part.as_ref());
        f.text("region", t.region.as_ref());
        f.texts("topics", &t.topics);
        f.text("note", t.note.as_ref());
        out.push(f.entity(Kind::Training, &t.id.value));
    }
    for p in &plan.phases {
        let mut f = Fields::of(&spec::PHASE);
        f.text("name", p.name.as_ref());
        f.text("track", p.track.as_ref());
        f.word("kind", p.kind.as_ref());
        f.timing(p.timing.as_ref());
        f.reference("owner", p.owner.as_ref());
        f.references("after", &p.after);
        f.reference("within", p.within.as_ref());
        f.word("status", p.status.as_ref());
        f.put("done_on", p.done_on.as_ref().map(|d| FieldValue::Date(crate::plan::PlanDate::Day(d.value))));
        f.put("pinned", p.pinned.as_ref().map(|b| FieldValue::Flag(b.value)));
        f.reference("category", p.category.as_ref());
        f.reference("part", p.part.as_ref());
        f.text("region", p.region.as_ref());
        f.text("note", p.note.as_ref());
        out.push(f.entity(Kind::Phase, &p.id.value));
    }
    for c in &plan.categories {
        let mut f = Fields::of(&spec::CATEGORY);
        f.text("name", c.name.as_ref());
        f.text("colour", c.colour.as_ref());
        f.text("note", c.note.as_ref());
        out.push(f.entity(Kind::Category, &c.id.value));
    }
    for p in &plan.parts {
        let mut f = Fields::of(&spec::PART);
        f.text("name", p.name.as_ref());
        f.text("note", p.note.as_ref());
        out.push(f.entity(Kind::Part, &p.id.value));
    }
    for r in &plan.readings {
        let mut f = Fields::of(&spec::READING);
        f.reference("of", r.of.as_ref());
        f.text("key", r.key.as_ref());
        f.text("value", r.value.as_ref());
        f.text("source", r.source.as_ref());
        f.text("note", r.note.as_ref());
        let part = |s: Option<&Spanned<CompactString>>| s.map_or("?", |s| s.value.as_str()).to_owned();
        out.push(f.entity(Kind::Reading, &format!("{}.{}", part(r.of.as_ref()), part(r.key.as_ref()))));
    }
    for (i, c) in plan.calendar.closed.iter().enumerate() {
        let mut f = Fields::of(&spec::CLOSED);
        f.put("start", c.start.as_ref().map(|d| FieldValue::Date(d.value.clone())));
        f.put("end", c.end.as_ref().map(|d| FieldValue::Date(d.value.clone())));
        let id =
            c.id.as_ref()
                .or(c.name.as_ref())
                .map_or_else(|| format!("closed period {}", i + 1), |n| n.value.to_string());
        out.push(f.entity(Kind::ClosedPeriod, &id));
    }
    for r in plan.estimate.iter().flat_map(|e| &e.rows) {
        let mut f = Fields::of(&spec::ESTIMATE_ROW);
        f.number("basis", r.basis.as_ref());
        f.put(
            "hours",
            (!r.hours.is_empty()).then(|| FieldValue::Texts(r.hours.iter().map(|h| h.value.to_string()).collect())),
        );
        f.number("total", r.total.as_ref());
        let part = |s: Option<&Spanned<CompactString>>| s.map_or("?", |s| s.value.as_str()).to_owned();
        out.push(f.entity(Kind::EstimateRow, &format!("{} / {}", part(r.party.as_ref()), part(r.track.as_ref()))));
    }
    for l in &plan.lints {
        // `[lints]` has rule names for keys: its one field is the level.
        let mut f = Fields { spec: None, fields: Vec::new() };
        f.put("level", Some(FieldValue::Text(l.level.value.word().into())));
        out.push(f.entity(Kind::Lint, l.rule.name));
    }
    for r in &plan.revisions {
        let mut f = Fields::of(&spec::REVISION);
        f.text("revision", r.revision.as_ref());
        f.put("date", r.date.as_ref().map(|d| FieldValue::Date(PlanDate::Day(d.value))));
        f.text("note", r.note.as_ref());
        if let Some(s) = &r.shift {
            let steps: Vec<(crate::plan::Amount, &'static str)> =
                [(&s.months, "month"), (&s.weeks, "week"), (&s.days, "day")]
                    .into_iter()
                    .filter_map(|(n, unit)| n.as_ref().map(|n| (n.value, unit)))
                    .collect();
            let ids = |list: &[crate::span::Spanned<CompactString>]| list.iter().map(|t| t.value.to_string()).collect();
            let mut parts = Vec::new();
            for (key, n) in [("months", &s.months), ("weeks", &s.weeks), ("days", &s.days)] {
                match n.as_ref().map(|n| n.value) {
                    Some(a) if a.least == a.most => parts.push(format!("{key} = {}", a.least)),
                    Some(a) => parts.push(format!("{key} = [{}, {}]", a.least, a.most)),
                    None => {}
                }
            }
            if let Some(from) = &s.from {
                parts.push(format!("from = {}", from.value));
            }
            for (key, list) in [("tracks", &s.tracks), ("only", &s.only)] {
                if !list.is_empty() {
                    parts.push(format!(
                        "{key} = {}",
                        list.iter().map(|t| t.value.as_str()).collect::<Vec<_>>().join(", ")
                    ));
                }
            }
            if s.workdays.as_ref().is_some_and(|w| w.value) {
                parts.push("workdays".into());
            }
            if s.end_only.as_ref().is_some_and(|w| w.value) {
                parts.push("end only".into());
            }
            f.put(
                "shift",
                Some(FieldValue::Shift(super::ShiftWords {
                    written: parts.join(", "),
                    steps,
                    from: s.from.as_ref().map(|d| d.value.clone()),
                    tracks: ids(&s.tracks),
                    only: ids(&s.only),
                })),
            );
        }
        let id =
            r.revision.as_ref().map(|v| v.value.to_string()).or_else(|| r.date.as_ref().map(|d| d.value.to_string()));
        out.push(f.entity(Kind::Revision, &id.unwrap_or_else(|| "revision".into())));
    }
    out
}

/// The fields of one entity, named by the keys of its table.
struct Fields {
    spec: Option<&'static TableSpec>,
    fields: Vec<(String, FieldValue)>,
}

/// Whether a field's name is a key of `table` (or, dotted, of a table or `seats` under it).
fn is_key(table: &TableSpec, field: &str) -> bool {
    let (head, rest) = field.split_once('.').map_or((field, None), |(h, r)| (h, Some(r)));
    match (table.key(head).map(|k| k.ty), rest) {
        (Some(_), None) | (Some(Type::Seats), Some(_)) => true,
        (Some(Type::Table(inner)), Some(rest)) => is_key(inner, rest),
        _ => false,
    }
}

impl Fields {
    const fn of(spec: &'static TableSpec) -> Self {
        Self { spec: Some(spec), fields: Vec::new() }
    }

    fn put(&mut self, key: &str, v: Option<FieldValue>) {
        // The plan's own entity also has the settings of `[calendar]` and `[estimate]`.
        debug_assert!(
            self.spec
                .is_none_or(|s| is_key(s, key) || (std::ptr::eq(s, &raw const spec::PLAN) && is_key(&spec::TOP, key))),
            "`{key}` is no key of the format"
        );
        if let Some(v) = v {
            self.fields.push((key.to_owned(), v));
        }
    }

    fn text(&mut self, key: &str, v: Option<&Spanned<CompactString>>) {
        self.put(key, v.map(|s| FieldValue::Text(s.value.to_string())));
    }

    fn reference(&mut self, key: &str, v: Option<&Spanned<CompactString>>) {
        self.put(key, v.map(|s| FieldValue::Ref(s.value.to_string())));
    }

    fn number(&mut self, key: &str, v: Option<&Spanned<u64>>) {
        self.put(key, v.map(|n| FieldValue::Number(n.value)));
    }

    fn word<K: Keyword + PartialEq>(&mut self, key: &str, v: Option<&Spanned<K>>) {
        self.put(key, v.map(|k| FieldValue::Text(k.value.word().into())));
    }

    fn texts(&mut self, key: &str, v: &[Spanned<CompactString>]) {
        self.put(key, (!v.is_empty()).then(|| FieldValue::Texts(v.iter().map(|s| s.value.to_string()).collect())));
    }

    fn references(&mut self, key: &str, v: &[Spanned<CompactString>]) {
        self.put(key, (!v.is_empty()).then(|| FieldValue::Refs(v.iter().map(|s| s.value.to_string()).collect())));
    }

    fn timing(&mut self, t: Option<&Timing>) {
        match t {
            Some(Timing::On(d)) => self.put("date", Some(FieldValue::Date(d.value.clone()))),
            Some(Timing::Between { start, end }) => {
                self.put("start", Some(FieldValue::Date(start.value.clone())));
                self.put("end", Some(FieldValue::Date(end.value.clone())));
            }
            None => {}
        }
    }

    fn entity(self, kind: Kind, id: &str) -> Entity {
        Entity { kind, id: id.to_owned(), fields: self.fields }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_named_by_the_formats_keys() {
        assert!(is_key(&spec::UNIT, "seats.school-superuser"));
        assert!(is_key(&spec::TOP, "calendar.holidays"));
        assert!(is_key(&spec::REVISION, "shift"));
        assert!(!is_key(&spec::UNIT, "colour"));
        assert!(!is_key(&spec::TOP, "calendar.colour"));
    }
}
