//! `aula-plan export`: the plan for other programs and other people — a calendar (ICS), one
//! CSV of every entity, a Markdown document for the intranet, or JSON.

pub mod csv;
pub mod ics;
pub mod json;
pub mod markdown;
pub mod workbook;
pub mod xlsx;

use crate::plan::{Activity, EntityKind, Plan};
use compact_str::CompactString;

/// Whose calendar an export is: one person's, or one role's.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Audience {
    /// The id given, for the calendar's name.
    pub id: String,
    /// Who they are: the person's, their unit's and their roles' ids; or the role's.
    ids: Vec<String>,
}

/// A `--for` that names neither a person nor a role.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AudienceError {
    #[error("{}", self.text())]
    Unknown { id: String, suggestion: Option<String> },
    #[error("{}", self.text())]
    NotAPersonOrRole { id: String, kind: EntityKind },
}

impl AudienceError {
    /// The error in words (`i18n/*/errors.ftl`).
    #[must_use]
    pub fn text(&self) -> crate::i18n::Text {
        use crate::i18n::{Text, hint, kind};
        match self {
            Self::Unknown { id, suggestion } => {
                Text::id("error-unknown-person-or-role").arg("id", id).arg("hint", hint(suggestion.as_deref()))
            }
            Self::NotAPersonOrRole { id, kind: k } => {
                Text::id("error-not-person-or-role").arg("id", id).arg("kind", kind(*k))
            }
        }
    }
}

impl Audience {
    /// The audience an id names.
    ///
    /// # Errors
    /// When the id names no entity (with the closest person or role id as a suggestion), or an
    /// entity that is not a person or a role.
    pub fn of(plan: &Plan, id: &str) -> Result<Self, AudienceError> {
        let Some(entity) = plan.lookup(id) else {
            let people = plan.people.iter().map(|p| p.id.value.as_str());
            let roles = plan.roles.iter().map(|r| r.id.value.as_str());
            let suggestion = crate::diagnostic::closest(id, people.chain(roles)).map(str::to_owned);
            return Err(AudienceError::Unknown { id: id.into(), suggestion });
        };
        let ids = match entity.kind {
            EntityKind::Role => vec![id.to_owned()],
            EntityKind::Person => {
                let p = &plan.people[entity.index];
                let mut ids = vec![id.to_owned()];
                ids.extend(p.unit.iter().map(|u| u.value.to_string()));
                ids.extend(p.roles.iter().map(|r| r.value.to_string()));
                ids
            }
            other => return Err(AudienceError::NotAPersonOrRole { id: id.into(), kind: other }),
        };
        Ok(Self { id: id.into(), ids })
    }

    /// Whether an activity concerns the audience: a training they teach (as themselves, their
    /// unit or their role) or take (by role), or a phase their role owns.
    #[must_use]
    pub fn includes(&self, plan: &Plan, a: &Activity<'_>) -> bool {
        let named = |list: &[crate::span::Spanned<CompactString>]| {
            list.iter().any(|x| self.ids.iter().any(|id| *id == x.value))
        };
        match a.entity.kind {
            EntityKind::Training => {
                let t = &plan.trainings[a.entity.index];
                named(&t.trainer) || named(&t.trainees)
            }
            EntityKind::Phase => {
                plan.phases[a.entity.index].owner.as_ref().is_some_and(|o| self.ids.iter().any(|id| *id == o.value))
            }
            _ => false,
        }
    }
}

/// A short, stable name for the plan, for calendar UIDs: the municipality's, else the
/// title's, in lower case ASCII with dashes (`esbjerg-kommune`).
#[must_use]
pub fn plan_key(plan: &Plan) -> String {
    let name = plan.meta.municipality.as_ref().or(plan.meta.title.as_ref()).map_or("plan", |s| s.value.as_str());
    crate::plan::id::suggest(name).unwrap_or_else(|| "plan".into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plan(toml: &str) -> Plan {
        crate::load::load(toml).plan.expect("plan")
    }

    #[test]
    fn plan_keys_are_ascii_and_stable() {
        let p = plan("format = 1\n[plan]\nmunicipality = \"Århus  Kommune (Børn & Unge)\"\n");
        assert_eq!(plan_key(&p), "aarhus-kommune-boern-unge");
        assert_eq!(plan_key(&plan("format = 1\n")), "plan");
    }

    #[test]
    fn an_audience_is_a_person_or_a_role() {
        let p = plan(
            r#"format = 1
[[unit]]
id = "skole"
[[role]]
id = "leader"
[[person]]
id = "anna"
unit = "skole"
roles = ["leader"]
[[training]]
id = "taught-by-anna"
trainer = ["anna"]
[[training]]
id = "for-leaders"
trainees = ["leader"]
[[training]]
id = "taught-by-the-school"
trainer = ["skole"]
[[phase]]
id = "owned"
owner = "leader"
[[phase]]
id = "other"
"#,
        );
        let ids = |who: &Audience| -> Vec<String> {
            p.activities().filter(|a| who.includes(&p, a)).map(|a| a.id.value.to_string()).collect()
        };
        let anna = Audience::of(&p, "anna").unwrap();
        assert_eq!(ids(&anna), ["taught-by-anna", "for-leaders", "taught-by-the-school", "owned"]);
        let leader = Audience::of(&p, "leader").unwrap();
        assert_eq!(ids(&leader), ["for-leaders", "owned"]);
        assert_eq!(
            Audience::of(&p, "skole").unwrap_err().to_string(),
            "`skole` is a unit; --for takes a person or a role"
        );
        assert_eq!(
            Audience::of(&p, "ana").unwrap_err().to_string(),
            "no person or role has id `ana` (did you mean `anna`?)"
        );
    }
}
