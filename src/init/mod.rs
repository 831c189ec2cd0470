//! `aula-plan init`: a new plan from a few answers, filled in from the national template —
//! the vendor, a municipal administrator, super-users for schools (shared out by pupils) and
//! for day-care (one per pedagogical leader), the vendor's courses, the local courses of the
//! cascade, and the rollout steps — commented so that a municipality can carry on by hand, and
//! with no error for `aula-plan validate` to find. What is not known yet is `tbd`.
//!
//! The questions themselves are asked by the binary (a person at a terminal) or taken from
//! its flags; this module only turns answers into the file.

use std::collections::HashSet;
use std::fmt::Write as _;

mod answers;

pub use answers::{Answers, Holiday, Institution, count_answer, holiday, institution};

use crate::i18n::{Lang, Text};
use crate::plan::PlanDate;
use crate::plan::id;

/// The vendor's courses a municipality can buy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Course {
    /// The municipal administrators' course: always bought, for the cascade starts there.
    Admin,
    SchoolSuperusers,
    DaycareSuperusers,
}

impl Course {
    pub const ALL: [Self; 3] = [Self::Admin, Self::SchoolSuperusers, Self::DaycareSuperusers];

    #[must_use]
    pub const fn id(self) -> &'static str {
        match self {
            Self::Admin => "vendor-admin-course",
            Self::SchoolSuperusers => "vendor-school-superusers",
            Self::DaycareSuperusers => "vendor-daycare-superusers",
        }
    }

    /// The course's name in the plan (Danish, as plans are written).
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::Admin => "Kommunale administratorer",
            Self::SchoolSuperusers => "Pædagogiske superbrugere, skoler",
            Self::DaycareSuperusers => "Pædagogiske superbrugere, dagtilbud",
        }
    }

    const fn duration(self) -> &'static str {
        match self {
            Self::Admin => "2d",
            _ => "7h",
        }
    }

    const fn trainees(self) -> &'static str {
        match self {
            Self::Admin => "municipal-admin",
            Self::SchoolSuperusers => "school-superuser",
            Self::DaycareSuperusers => "daycare-superuser",
        }
    }

    const fn track(self) -> Option<&'static str> {
        match self {
            Self::Admin => None,
            Self::SchoolSuperusers => Some("schools"),
            Self::DaycareSuperusers => Some("daycare"),
        }
    }
}

/// A TOML string, quoted and escaped.
fn q(s: &str) -> String {
    toml_edit::Value::from(s).to_string().trim().to_owned()
}

/// Ids for names: readable, valid, and unlike every id taken.
struct Ids(HashSet<String>);

impl Ids {
    fn new(taken: &[&str]) -> Self {
        Self(taken.iter().map(|s| (*s).to_owned()).collect())
    }

    fn make(&mut self, name: &str, fallback: &str) -> String {
        let base = id::suggest(name).unwrap_or_else(|| fallback.to_owned());
        let mut candidate = base.clone();
        let mut n = 2;
        while self.0.contains(&candidate) {
            candidate = format!("{base}-{n}");
            n += 1;
        }
        self.0.insert(candidate.clone());
        candidate
    }
}

/// The fixed ids of the template, which no school or institution may take.
const FIXED: &[&str] = &[
    "vendor",
    "administration",
    "skoler",
    "dagtilbud",
    "municipal-admin",
    "school-superuser",
    "school-staff",
    "daycare-superuser",
    "daycare-staff",
    "vendor-admin-course",
    "vendor-school-superusers",
    "vendor-daycare-superusers",
    "school-superuser-training",
    "daycare-superuser-training",
    "school-staff-training",
    "daycare-staff-training",
    "school-inform",
    "school-go-live",
    "daycare-inform",
    "daycare-go-live",
];

/// The date keys of an activity: `date = …` for a day (a TOML date) or tbd, `start`/`end` for
/// a week, a month or a vaguer date.
fn when(d: &PlanDate) -> String {
    match d {
        PlanDate::Day(day) => format!("date = {}", day.format("%Y-%m-%d")),
        d if d.bounds().is_none() => "date = \"tbd\"".to_owned(),
        d => format!("start = {}\nend = {}", q(&d.to_string()), q(&d.to_string())),
    }
}

/// A track of the template (schools, day-care): the same shape, other words.
struct TrackTemplate<'a> {
    /// Prefix of the track's ids: `school`, `daycare`.
    prefix: &'static str,
    track: &'static str,
    area: &'static str,
    area_name: &'static str,
    unit_kind: &'static str,
    /// What each institution counts: `pupils` or `leaders`.
    counted: &'static str,
    institutions: &'a [Institution],
    split: &'static str,
    quota: u64,
    course: Course,
    bought: bool,
    whose: &'static str,
    audience: &'static str,
}

impl<'a> TrackTemplate<'a> {
    /// The tracks the answers have institutions for.
    fn of(a: &'a Answers) -> Vec<Self> {
        let schools = Self {
            prefix: "school",
            track: "schools",
            area: "skoler",
            area_name: "Skoler",
            unit_kind: "school",
            counted: "pupils",
            institutions: &a.schools,
            split: "pupils",
            quota: a.school_quota(),
            course: Course::SchoolSuperusers,
            bought: a.school_course,
            whose: "Skolernes",
            audience: "elever og forældre",
        };
        let daycare = Self {
            prefix: "daycare",
            track: "daycare",
            area: "dagtilbud",
            area_name: "Dagtilbud",
            unit_kind: "daycare",
            counted: "leaders",
            institutions: &a.daycare,
            split: "per-leader",
            // One per leader, as many as the institutions have: none when they have none (a quota
            // of 1 over 0 leaders would not add up).
            quota: a.daycare_quota(),
            course: Course::DaycareSuperusers,
            bought: a.daycare_course,
            whose: "Dagtilbuddenes",
            audience: "forældre",
        };
        [schools, daycare].into_iter().filter(|t| !t.institutions.is_empty()).collect()
    }
}

/// A message as TOML comment lines (`# ...`).
fn comment(lang: Lang, text: &Text) -> String {
    text.in_lang(lang).lines().fold(String::new(), |mut out, l| {
        let _ = writeln!(out, "# {l}");
        out
    })
}

/// A section heading: a rule, then the message as comment lines.
fn section(lang: Lang, id: &'static str) -> String {
    format!("\n# {}\n{}", "-".repeat(93), comment(lang, &Text::id(id)))
}

/// The plan file, with a `#:schema` line when `schema` names the schema's path from the plan,
/// its comments in `lang` (its values are Danish, as the plans are).
#[must_use]
pub fn plan_text(a: &Answers, schema: Option<&str>, lang: Lang) -> String {
    let mut o = String::new();
    if let Some(path) = schema {
        let _ = writeln!(o, "#:schema {path}");
    }
    let m = a.municipality.trim();
    let header = Text::id("init-header").arg("municipality", m).arg("today", a.today.format("%Y-%m-%d").to_string());
    let _ = write!(
        o,
        "{header}
format = 1

[plan]
title = \"Implementeringsplan for Aula\"
municipality = {municipality}
revision = \"0.1\"
date = {today}
root = \"vendor\"          # {root}
goals = []
success_criteria = []
{organisation}
[[unit]]
id = \"vendor\"
name = \"Netcompany\"
kind = \"vendor\"

[[unit]]
id = \"administration\"
name = {administration}
kind = \"department\"
",
        header = comment(lang, &header),
        root = lang.text("init-root"),
        organisation = section(lang, "init-organisation"),
        today = a.today.format("%Y-%m-%d"),
        municipality = q(m),
        administration = q(&format!("{m}, forvaltningen")),
    );
    if let Some(path) = &a.follows {
        let _ = write!(o, "\n[follows]\nkombit = {}   # {}\n", q(path), lang.text("init-follows"));
    }
    let tracks = TrackTemplate::of(a);
    let mut ids = Ids::new(FIXED);
    for t in &tracks {
        let _ = write!(
            o,
            "\n[[unit]]\nid = \"{area}\"\nname = {}\nparent = \"administration\"\nkind = \"area\"\n",
            q(t.area_name),
            area = t.area,
        );
        for i in t.institutions {
            let id = ids.make(&i.name, t.unit_kind);
            let _ = write!(
                o,
                "\n[[unit]]\nid = {}\nname = {}\nparent = \"{}\"\nkind = \"{}\"\n{} = {}\n",
                q(&id),
                q(&i.name),
                t.area,
                t.unit_kind,
                t.counted,
                i.count
            );
        }
    }

    o.push_str(&section(lang, "init-roles"));
    let _ = write!(
        o,
        "\n[[role]]\nid = \"municipal-admin\"\nname = \"Kommunal administrator\"\nunit = \"administration\"\nquota = {}\nsupport = \"vendor\"\n",
        a.admins.max(1)
    );
    for t in &tracks {
        let _ = write!(
            o,
            "
[[role]]
id = \"{p}-superuser\"
name = {}
unit = \"{area}\"
quota = {}
split = \"{}\"
support = \"municipal-admin\"

[[role]]
id = \"{p}-staff\"
name = {}
unit = \"{area}\"
support = \"{p}-superuser\"
",
            q(&format!("{} superbrugere", t.whose)),
            t.quota,
            t.split,
            q(&format!("Medarbejdere, {}", t.area_name.to_lowercase())),
            p = t.prefix,
            area = t.area,
        );
    }

    o.push_str(&section(lang, "init-trainings"));
    let mut courses = vec![(Course::Admin, a.admins.max(1), a.first_course.clone())];
    courses.extend(tracks.iter().filter(|t| t.bought).map(|t| (t.course, t.quota, PlanDate::Tbd)));
    for (course, seats, date) in &courses {
        let _ = write!(
            o,
            "\n[[training]]\nid = {}\nname = {}\ntrainer = [\"vendor\"]\ntrainees = [{}]\nseats = {seats}\nduration = {}\n{}\n",
            q(course.id()),
            q(course.name()),
            q(course.trainees()),
            q(course.duration()),
            when(date),
        );
        if let Some(track) = course.track() {
            let _ = writeln!(o, "track = {}", q(track));
        }
        o.push_str("paid = \"contract\"\n");
        if *course != Course::Admin {
            o.push_str("after = [\"vendor-admin-course\"]\n");
        }
    }
    for t in &tracks {
        let (p, track, whose) = (t.prefix, t.track, t.whose);
        let trained_by = if t.bought {
            t.course.id().to_owned()
        } else {
            // Not bought from the vendor: the administrators train the super-users themselves.
            let _ = write!(
                o,
                "\n[[training]]\nid = \"{p}-superuser-training\"\nname = {}\ntrainer = [\"municipal-admin\"]\ntrainees = [\"{p}-superuser\"]\ndate = \"tbd\"\ntrack = \"{track}\"\nafter = [\"vendor-admin-course\"]\n",
                q(&format!("{whose} superbrugere")),
            );
            format!("{p}-superuser-training")
        };
        let _ = write!(
            o,
            "
[[training]]
id = \"{p}-staff-training\"
name = {}
trainer = [\"{p}-superuser\"]
trainees = [\"{p}-staff\"]
scope = \"own-unit\"
duration = \"3-4h\"
date = \"tbd\"
track = \"{track}\"
after = [\"{trained_by}\"]

[[phase]]
id = \"{p}-inform\"
name = {}
track = \"{track}\"
kind = \"parents-pupils\"
date = \"tbd\"
owner = \"{p}-superuser\"
after = [\"{p}-staff-training\"]

[[phase]]
id = \"{p}-go-live\"
name = {}
track = \"{track}\"
kind = \"go-live\"
date = \"tbd\"
after = [\"{p}-inform\"]
",
            q(&format!("{whose} øvrige personale")),
            q(&format!("{whose} personale informerer {} om Aula", t.audience)),
            q(&format!("Go Live, {}", t.area_name.to_lowercase())),
        );
    }
    let _ = write!(
        o,
        "{}
[[revision]]
revision = \"0.1\"
date = {}
note = \"Oprettet med aula-plan init\"

[calendar]
holidays = \"dk\"
{}",
        section(lang, "init-history"),
        a.today.format("%Y-%m-%d"),
        closed(a, &mut ids, lang),
    );
    o
}

/// `closed = [...]`: the school holidays answered, each with an id made from its name, under a
/// comment saying what they are for.
fn closed(a: &Answers, ids: &mut Ids, lang: Lang) -> String {
    let mut o = comment(lang, &Text::id("init-closed"));
    if a.holidays.is_empty() {
        o.push_str("closed = []\n");
        return o;
    }
    o.push_str("closed = [\n");
    for h in &a.holidays {
        let day = |d: &PlanDate| match d {
            PlanDate::Day(day) => day.format("%Y-%m-%d").to_string(),
            d => q(&d.to_string()),
        };
        let id = ids.make(&h.name, "holiday");
        let _ = writeln!(
            o,
            "  {{ id = {}, name = {}, start = {}, end = {} }},",
            q(&id),
            q(h.name.trim()),
            day(&h.start),
            day(&h.end)
        );
    }
    o.push_str("]\n");
    o
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::diagnostic::Severity;

    fn errors(text: &str) -> Vec<String> {
        let r = crate::validate::validate("new.toml".into(), text.as_bytes(), &crate::rules::Overrides::default());
        r.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .map(|f| format!("{}: {}", f.rule.name, f.message))
            .collect()
    }

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
    }

    #[test]
    fn the_template_alone_validates() {
        let text = plan_text(&Answers::template("Ærø Kommune", day()), Some("plan-format-1.json"), Lang::En);
        assert!(text.starts_with("#:schema plan-format-1.json\n"));
        assert_eq!(errors(&text), Vec::<String>::new(), "{text}");
    }

    #[test]
    fn names_become_unique_ids_and_quotes_are_escaped() {
        let mut a = Answers::template("Kommune \"Syd\"", day());
        a.schools = vec![
            Institution { name: "Skoler".into(), count: 300 },
            Institution { name: "Skoler".into(), count: 200 },
            Institution { name: "Østre Skole".into(), count: 500 },
            Institution { name: "???".into(), count: 10 },
        ];
        a.daycare = vec![Institution { name: "Børnehuset Mælkebøtten".into(), count: 3 }];
        a.first_course = PlanDate::Day(NaiveDate::from_ymd_opt(2027, 1, 11).unwrap());
        let text = plan_text(&a, None, Lang::En);
        assert_eq!(errors(&text), Vec::<String>::new(), "{text}");
        for id in ["skoler-2", "skoler-3", "oestre-skole", "school", "boernehuset-maelkeboetten"] {
            assert!(text.contains(&format!("id = \"{id}\"\n")), "{id}");
        }
        let plan = crate::load::load(&text).plan.unwrap();
        assert_eq!(plan.meta.municipality.unwrap().value, "Kommune \"Syd\"");
        assert_eq!(plan.units.iter().filter(|u| u.name.as_ref().is_some_and(|n| n.value == "Skoler")).count(), 3);
        assert!(text.contains("date = 2027-01-11\n"));
    }
}
