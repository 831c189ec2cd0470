//! The plan format's keys, once: for each table, every key with its type, whether it is
//! required, and a line saying what it is for.
//!
//! The loader reads exactly these keys (and reports a missing required one); `aula-plan
//! schema` is made from them; `diff` names fields by them; tests hold the `init` template and
//! the README's table of keys to them. A new key is added here first (see the README's "Source
//! layout").

use crate::plan::{Holidays, Keyword, Paid, PhaseKind, Scope, Split, Status, UnitKind};

/// One table of the format: `[plan]`, each entry of `[[unit]]`, ….
#[derive(Debug)]
pub struct TableSpec {
    /// The key the table stands under (`unit`), or `""` for the top level.
    pub key: &'static str,
    /// How messages name it: `[[unit]]`, `[plan]`, `the top level`.
    pub name: &'static str,
    /// What the table is for, in one line.
    pub doc: &'static str,
    pub keys: &'static [Key],
}

/// One key of a table.
#[derive(Debug)]
pub struct Key {
    pub name: &'static str,
    pub ty: Type,
    pub required: bool,
    /// What the key is for, in one line.
    pub doc: &'static str,
}

/// What a key holds.
#[derive(Debug, Clone, Copy)]
pub enum Type {
    /// `1`: the format version.
    Format,
    /// Free text.
    Text,
    /// Free text, or a list of it.
    Texts,
    /// This entity's own id: lowercase kebab-case.
    Id,
    /// The id of another entity.
    Ref,
    /// An id, or a list of ids.
    Refs,
    /// Activities an activity waits for: ids, or qualified ids (`kombit:daycare-wave-2`) of
    /// the activities of followed plans; one, or a list.
    After,
    /// A whole number, 0 or more.
    Count,
    /// A list of whole numbers, 0 or more.
    Counts,
    /// A whole number, negative too.
    Integer,
    /// A whole number, negative too, or a range of two: `[3, 5]`.
    Amount,
    /// `true` or `false`.
    Flag,
    /// A day: `2019-01-28`.
    Day,
    /// A day, an ISO week (`"2019-W41"`), a month (`"2019-10"`), a vaguer form (`"2019-Q3"`,
    /// `"2019-autumn"`, `"early 2019-06"`, `"2019-05/2019-06"`, or the same in Danish words), a
    /// date tied to a closed period (`"after efterarsferie-2019"`) or `"tbd"`.
    Date,
    /// A date, or `"open"` for no end.
    End,
    /// A course length: `"2d"`, `"7h"`, `"3-6h"`.
    Duration,
    /// One of a fixed list of words.
    Word(Words),
    /// A table of its own.
    Table(&'static TableSpec),
    /// A list of tables: `[[key]]`.
    List(&'static TableSpec),
    /// `{ role-id = seats, … }`.
    Seats,
    /// A colour: `"#2b6cb0"`.
    Colour,
    /// Any value, as another key would hold it.
    Any,
    /// `rule-name = "allow" | "warn" | "deny"`.
    Lints,
    /// `name = "path"`: the plans this plan follows.
    Follows,
}

/// The words a keyword key takes, from the model's enum.
#[derive(Clone, Copy)]
pub struct Words {
    /// What the word names, for messages: "unit kind".
    pub what: &'static str,
    pub list: fn() -> Vec<&'static str>,
}

impl std::fmt::Debug for Words {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Words").field("what", &self.what).field("list", &(self.list)()).finish()
    }
}

impl Words {
    const fn of<K: Keyword>() -> Self {
        Self { what: K::WHAT, list: words::<K> }
    }
}

fn words<K: Keyword>() -> Vec<&'static str> {
    K::ALL.iter().map(|(w, _)| *w).collect()
}

impl Type {
    /// The type in a few words, for the README's table of keys and for `--help`.
    #[must_use]
    pub fn describe(self) -> String {
        match self {
            Self::Format => "`1`".into(),
            Self::Text => "text".into(),
            Self::Texts => "text, or a list of it".into(),
            Self::Id => "id".into(),
            Self::Ref => "id of another entity".into(),
            Self::Refs => "id, or a list of ids".into(),
            Self::After => "id or `plan:id`, or a list of them".into(),
            Self::Count => "whole number ≥ 0".into(),
            Self::Counts => "list of whole numbers ≥ 0".into(),
            Self::Integer => "whole number".into(),
            Self::Amount => "whole number, or `[least, most]`".into(),
            Self::Flag => "`true` or `false`".into(),
            Self::Day => "day".into(),
            Self::Date => "date".into(),
            Self::End => "date, or `\"open\"`".into(),
            Self::Duration => "course length".into(),
            Self::Word(w) => (w.list)().iter().map(|w| format!("`{w}`")).collect::<Vec<_>>().join(" \\| "),
            Self::Table(t) => format!("table {}", t.name),
            Self::List(t) => format!("list of {}", t.name),
            Self::Seats => "table: role id = whole number".into(),
            Self::Colour => "colour `\"#rrggbb\"`".into(),
            Self::Any => "a value as that key holds it".into(),
            Self::Lints => "table: rule = level".into(),
            Self::Follows => "table: name = path".into(),
        }
    }
}

impl TableSpec {
    /// The message id of what the table is for (`table-unit`; `table-top` for the top level),
    /// in `i18n/*/keys.ftl`, whose English is [`TableSpec::doc`].
    #[must_use]
    pub fn doc_id(&self) -> String {
        format!("table-{}", self.id())
    }

    /// The message id of what a key of this table is for (`key-unit--pupils`), whose English is
    /// the key's `doc`.
    #[must_use]
    pub fn key_doc_id(&self, key: &Key) -> String {
        format!("key-{}--{}", self.id(), key.name)
    }

    fn id(&self) -> &'static str {
        if self.key.is_empty() { "top" } else { self.key }
    }

    /// The key of that name.
    #[must_use]
    pub fn key(&self, name: &str) -> Option<&'static Key> {
        self.keys.iter().find(|k| k.name == name)
    }

    /// Whether the format requires `name` in this table.
    #[must_use]
    pub fn requires(&self, name: &str) -> bool {
        self.key(name).is_some_and(|k| k.required)
    }

    /// The names of the keys, in the order of the spec.
    pub fn names(&self) -> impl Iterator<Item = &'static str> + use<> {
        self.keys.iter().map(|k| k.name)
    }
}

/// The table of one kind of entity: `[[unit]]`, `[[role]]`, …; its `key` is the list the file
/// writes them under.
#[must_use]
pub const fn of_kind(kind: crate::plan::EntityKind) -> &'static TableSpec {
    use crate::plan::EntityKind;
    match kind {
        EntityKind::Unit => &UNIT,
        EntityKind::Role => &ROLE,
        EntityKind::Person => &PERSON,
        EntityKind::Training => &TRAINING,
        EntityKind::Phase => &PHASE,
        EntityKind::Category => &CATEGORY,
        EntityKind::Part => &PART,
    }
}

const fn key(name: &'static str, ty: Type, doc: &'static str) -> Key {
    Key { name, ty, required: false, doc }
}

const fn required(name: &'static str, ty: Type, doc: &'static str) -> Key {
    Key { name, ty, required: true, doc }
}

const NOTE: Key = key("note", Type::Text, "free text");

/// The top level of a plan file.
pub static TOP: TableSpec = TableSpec {
    key: "",
    name: "the top level",
    doc: "A Danish municipality's Aula implementation plan",
    keys: &[
        required("format", Type::Format, "the plan format: 1"),
        required("plan", Type::Table(&PLAN), "the plan itself"),
        key("unit", Type::List(&UNIT), "the organisation tree"),
        key("role", Type::List(&ROLE), "what people do, and how many are needed"),
        key("person", Type::List(&PERSON), "named people"),
        key("training", Type::List(&TRAINING), "the courses of the train-the-trainer cascade"),
        key("phase", Type::List(&PHASE), "the steps of the timeline"),
        key("category", Type::List(&CATEGORY), "the plan's own kinds of task, each with a colour for the chart"),
        key("part", Type::List(&PART), "the parts that group the plan's activities under a heading"),
        key("reading", Type::List(&READING), "second readings of facts the source gives two ways"),
        key("revision", Type::List(&REVISION), "the plan's own history"),
        key("estimate", Type::Table(&ESTIMATE), "KOMBIT's resource model"),
        key("calendar", Type::Table(&CALENDAR), "holidays and closed periods"),
        key("lints", Type::Lints, "the plan's own level for a rule: allow, warn or deny"),
        key(
            "follows",
            Type::Follows,
            "the plans this plan waits for, each by a short name: name = path from this plan's folder",
        ),
    ],
};

/// `[plan]`.
pub static PLAN: TableSpec = TableSpec {
    key: "plan",
    name: "[plan]",
    doc: "The plan itself: title, municipality, revision",
    keys: &[
        required("title", Type::Text, "the plan's title"),
        key("municipality", Type::Text, "the municipality whose plan it is"),
        key("owner", Type::Text, "who owns the plan"),
        key("revision", Type::Text, "the document's own revision, free text"),
        key("date", Type::Day, "the date of this revision"),
        required("root", Type::Ref, "where training and support start and end: the vendor, as a rule"),
        key("region", Type::Text, "the region whose waves of a national rollout the plan follows"),
        key("goals", Type::Texts, "what the implementation is to achieve"),
        key("success_criteria", Type::Texts, "how the municipality tells it did"),
    ],
};

/// `[[unit]]`.
pub static UNIT: TableSpec = TableSpec {
    key: "unit",
    name: "[[unit]]",
    doc: "A node of the organisation tree",
    keys: &[
        required("id", Type::Id, "the unit's id"),
        required("name", Type::Text, "the unit's name"),
        key("parent", Type::Ref, "the unit above it; absent only on the tree's roots"),
        required("kind", Type::Word(Words::of::<UnitKind>()), "what the unit is"),
        key("pupils", Type::Count, "a school's pupils, by which a quota split by `pupils` is shared"),
        key("leaders", Type::Count, "a day-care unit's pedagogical leaders, for quotas split `per-leader`"),
        key(
            "count",
            Type::Count,
            "how many schools or institutions the unit stands for (default 1 for a school, daycare or childminding unit)",
        ),
        key("seats", Type::Seats, "this unit's declared share of split quotas: role id = seats"),
        key(
            "track",
            Type::Text,
            "the track whose go-live the unit goes live with, where its kind does not say (a village scheme)",
        ),
        NOTE,
    ],
};

/// `[[role]]`.
pub static ROLE: TableSpec = TableSpec {
    key: "role",
    name: "[[role]]",
    doc: "What people do, and how many are needed",
    keys: &[
        required("id", Type::Id, "the role's id"),
        required("name", Type::Text, "the role's name"),
        required("unit", Type::Ref, "the unit where the role sits"),
        key("quota", Type::Count, "how many people the role needs (seats)"),
        key("population", Type::Count, "how many people a counted group has (staff, parents), instead of a quota"),
        key("split", Type::Word(Words::of::<Split>()), "how the quota is shared over the units below `unit`"),
        key("support", Type::Ref, "the role or unit this role turns to for help"),
        key("tech_support", Type::Ref, "a second line for technical problems"),
        key("needs_training", Type::Flag, "false for a role that is only informed (default true)"),
        key("responsibilities", Type::Texts, "what the role does"),
        key("trained_outside", Type::Text, "how the role's holders are trained outside this plan"),
        key("roster", Type::Text, "where the role's holders are listed instead of in this plan"),
        NOTE,
    ],
};

/// `[[person]]`.
pub static PERSON: TableSpec = TableSpec {
    key: "person",
    name: "[[person]]",
    doc: "A named person",
    keys: &[
        required("id", Type::Id, "the person's id"),
        required("name", Type::Text, "a first name or a title, nothing more"),
        required("unit", Type::Ref, "the unit the person works in"),
        key("roles", Type::Refs, "the roles the person holds"),
        key("tentative", Type::Flag, "named, not confirmed (\"Vakant/Alice\")"),
        key("trained_outside", Type::Text, "how the person is trained outside this plan"),
        NOTE,
    ],
};

/// `[[training]]`.
pub static TRAINING: TableSpec = TableSpec {
    key: "training",
    name: "[[training]]",
    doc: "A course of the train-the-trainer cascade",
    keys: &[
        required("id", Type::Id, "the training's id"),
        required("name", Type::Text, "the training's name"),
        required("trainer", Type::Refs, "the units, roles or people who teach"),
        required("trainees", Type::Refs, "the roles who are taught"),
        key("seats", Type::Count, "seats bought or planned, in each session"),
        key("sessions", Type::Count, "how many times the course is held (default 1)"),
        key("duration", Type::Duration, "how long the course is"),
        key("date", Type::Date, "the day of a one-day course (or `start` and `end`)"),
        key("start", Type::Date, "the first day (with `end`)"),
        key("end", Type::End, "the last day, or \"open\""),
        key("track", Type::Text, "the timeline's track: \"schools\", \"daycare\", …"),
        key("scope", Type::Word(Words::of::<Scope>()), "whom each trainer teaches"),
        key("paid", Type::Word(Words::of::<Paid>()), "who pays for the seats"),
        key("after", Type::After, "trainings and phases that must end first"),
        key("within", Type::Ref, "the training or phase whose dates this one lies inside"),
        key(
            "status",
            Type::Word(Words::of::<Status>()),
            "planned (the default), done or cancelled: only planned ones move",
        ),
        key("done_on", Type::Day, "the day it was held, as `aula-plan done --on` records it"),
        key("pinned", Type::Flag, "a fixed date that `aula-plan shift` never moves"),
        key("category", Type::Ref, "the plan's own kind of task: a [[category]]"),
        key("part", Type::Ref, "the part of the plan it belongs to: a [[part]]"),
        key("region", Type::Text, "the region it is for: a wave of a national rollout"),
        key("topics", Type::Texts, "what the course covers"),
        NOTE,
    ],
};

/// `[[phase]]`.
pub static PHASE: TableSpec = TableSpec {
    key: "phase",
    name: "[[phase]]",
    doc: "A step of the timeline",
    keys: &[
        required("id", Type::Id, "the phase's id"),
        required("name", Type::Text, "the phase's name"),
        key("track", Type::Text, "the timeline's track: \"schools\", \"daycare\", …"),
        key("kind", Type::Word(Words::of::<PhaseKind>()), "the colour of the step in the source's chart"),
        key("date", Type::Date, "the day of a one-day step or milestone (or `start` and `end`)"),
        key("start", Type::Date, "the first day (with `end`)"),
        key("end", Type::End, "the last day, or \"open\""),
        key("owner", Type::Ref, "the role that owns the step"),
        key("after", Type::After, "trainings and phases that must end first"),
        key("within", Type::Ref, "the training or phase whose dates this one lies inside"),
        key(
            "status",
            Type::Word(Words::of::<Status>()),
            "planned (the default), done or cancelled: only planned ones move",
        ),
        key("done_on", Type::Day, "the day it was held, as `aula-plan done --on` records it"),
        key("pinned", Type::Flag, "a fixed date that `aula-plan shift` never moves"),
        key("category", Type::Ref, "the plan's own kind of task: a [[category]]"),
        key("part", Type::Ref, "the part of the plan it belongs to: a [[part]]"),
        key("region", Type::Text, "the region it is for: a wave of a national rollout"),
        NOTE,
    ],
};

/// `[[category]]`.
pub static CATEGORY: TableSpec = TableSpec {
    key: "category",
    name: "[[category]]",
    doc: "A kind of task the plan names itself",
    keys: &[
        required("id", Type::Id, "the category's id"),
        required("name", Type::Text, "the category's name: \"Kommunikation\""),
        key("colour", Type::Colour, "its activities' colour in the chart: \"#2b6cb0\""),
        NOTE,
    ],
};

/// `[[part]]`.
pub static PART: TableSpec = TableSpec {
    key: "part",
    name: "[[part]]",
    doc: "A part of the plan that groups activities under a heading",
    keys: &[required("id", Type::Id, "the part's id"), required("name", Type::Text, "the part's name"), NOTE],
};

/// `[[reading]]`.
pub static READING: TableSpec = TableSpec {
    key: "reading",
    name: "[[reading]]",
    doc: "A second reading of a fact the source gives two ways",
    keys: &[
        required("of", Type::Ref, "the entity the fact is about"),
        required("key", Type::Text, "the key of that entity the fact is"),
        required("value", Type::Any, "the other reading, as the key would hold it"),
        required("source", Type::Text, "where the source says so, in its words"),
        NOTE,
    ],
};

/// `[[revision]]`.
pub static REVISION: TableSpec = TableSpec {
    key: "revision",
    name: "[[revision]]",
    doc: "One entry of the plan's own history",
    keys: &[
        key("revision", Type::Text, "the revision's name, free text"),
        key("date", Type::Day, "when it was made"),
        key("note", Type::Text, "what changed, and why"),
        key("shift", Type::Table(&SHIFT), "the shift this revision recorded (written by `aula-plan shift`)"),
    ],
};

/// `shift` of a `[[revision]]`.
pub static SHIFT: TableSpec = TableSpec {
    key: "shift",
    name: "`shift`",
    doc: "The shift a revision recorded (written by aula-plan shift)",
    keys: &[
        key("months", Type::Amount, "moved by this many months, or by [least, most] of them"),
        key("weeks", Type::Amount, "moved by this many weeks, or by [least, most] of them"),
        key("days", Type::Amount, "moved by this many days, or by [least, most] of them"),
        key("from", Type::Date, "the red line: what started on or after it moved"),
        key("tracks", Type::Texts, "only these tracks moved"),
        key("only", Type::Refs, "only these trainings and phases moved"),
        key("workdays", Type::Flag, "days were moved on to working days"),
        key("end_only", Type::Flag, "only the ends of periods moved"),
    ],
};

/// `[estimate]`.
pub static ESTIMATE: TableSpec = TableSpec {
    key: "estimate",
    name: "[estimate]",
    doc: "KOMBIT's resource model",
    keys: &[
        key("source", Type::Text, "where the figures come from"),
        key("phases", Type::Texts, "the names of the phases the hours are given for"),
        key("row", Type::List(&ESTIMATE_ROW), "hours per phase for one party and track"),
    ],
};

/// `[[estimate.row]]`.
pub static ESTIMATE_ROW: TableSpec = TableSpec {
    key: "row",
    name: "[[estimate.row]]",
    doc: "Hours per phase for one party and track",
    keys: &[
        required("party", Type::Text, "who spends the hours"),
        key("track", Type::Text, "the track the hours are for"),
        key("basis", Type::Count, "the number of schools or institutions the figures are for"),
        key("hours", Type::Counts, "hours per phase"),
        key("total", Type::Count, "the total, checked against the sum of `hours`"),
    ],
};

/// `[calendar]`.
pub static CALENDAR: TableSpec = TableSpec {
    key: "calendar",
    name: "[calendar]",
    doc: "Holidays and closed periods",
    keys: &[
        key("holidays", Type::Word(Words::of::<Holidays>()), "which public holidays are closed days (default dk)"),
        key("closed", Type::List(&CLOSED), "periods with no sessions"),
    ],
};

/// An entry of `closed` in `[calendar]`.
pub static CLOSED: TableSpec = TableSpec {
    key: "closed",
    name: "[calendar] closed",
    doc: "A period with no sessions",
    keys: &[
        key("id", Type::Id, "the period's id, for dates tied to it: \"after efterarsferie-2019\""),
        required("name", Type::Text, "the period's name: \"Sommerferie 2019\""),
        required("start", Type::Date, "its first day (\"tbd\" while not known)"),
        required("end", Type::Date, "its last day (\"tbd\" while not known)"),
    ],
};

/// Every table of the format, the top level first.
pub static TABLES: &[&TableSpec] = &[
    &TOP,
    &PLAN,
    &UNIT,
    &ROLE,
    &PERSON,
    &TRAINING,
    &PHASE,
    &CATEGORY,
    &PART,
    &READING,
    &REVISION,
    &SHIFT,
    &ESTIMATE,
    &ESTIMATE_ROW,
    &CALENDAR,
    &CLOSED,
];

/// The most keys a table has, which the loader makes room for.
pub const MOST_KEYS: usize = {
    let mut most = 0;
    let mut i = 0;
    while i < TABLES.len() {
        if TABLES[i].keys.len() > most {
            most = TABLES[i].keys.len();
        }
        i += 1;
    }
    most
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_is_listed_once_and_most_keys_fits_each() {
        for t in TABLES {
            assert!(t.keys.len() <= MOST_KEYS, "{}", t.name);
            let mut names: Vec<&str> = t.names().collect();
            names.sort_unstable();
            names.dedup();
            assert_eq!(names.len(), t.keys.len(), "{}: a key twice", t.name);
            assert!(t.keys.iter().all(|k| !k.doc.is_empty() && !k.doc.ends_with('.')), "{}", t.name);
        }
        // Every table a key leads to is in TABLES.
        for t in TABLES {
            for k in t.keys {
                if let Type::Table(inner) | Type::List(inner) = k.ty {
                    assert!(TABLES.iter().any(|x| std::ptr::eq(*x, inner)), "{}.{}", t.name, k.name);
                }
            }
        }
    }
}
