//! `show people`: each person with their roles, and the trainings they take and teach.

use serde_json::Value;

use super::{View, col};
use crate::i18n::Lang;
use crate::plan::{EntityKind, Plan};

#[must_use]
pub fn report(plan: &Plan, lang: Lang) -> View {
    let mut r = View::new(
        lang,
        lang.text("report-people"),
        &[
            col("id", "col-person").own(),
            col("name", "col-name").ids_only(),
            col("unit", "col-unit").names(),
            col("roles", "col-roles").names(),
            col("tentative", "col-tentative"),
            col("takes", "col-takes").names(),
            col("teaches", "col-teaches").names(),
        ],
    )
    .naming(plan);
    for p in &plan.people {
        let roles: Vec<&str> = p.roles.iter().map(|r| r.value.as_str()).collect();
        // A person takes a training that teaches one of their roles, and teaches one that
        // names them, one of their roles, or their unit as a trainer.
        let takes: Vec<Value> = plan
            .trainings
            .iter()
            .filter(|t| t.trainees.iter().any(|x| roles.contains(&x.value.as_str())))
            .map(|t| t.id.value.as_str().into())
            .collect();
        let unit = p.unit.as_ref().map(|u| u.value.as_str());
        let teaches: Vec<Value> = plan
            .trainings
            .iter()
            .filter(|t| {
                t.trainer.iter().any(|x| {
                    x.value == p.id.value
                        || roles.contains(&x.value.as_str())
                        || (Some(x.value.as_str()) == unit
                            && plan.lookup(&x.value).is_some_and(|e| e.kind == EntityKind::Unit))
                })
            })
            .map(|t| t.id.value.as_str().into())
            .collect();
        r.row(vec![
            p.id.value.as_str().into(),
            p.name.as_ref().map_or(Value::Null, |n| n.value.as_str().into()),
            p.unit.as_ref().map_or(Value::Null, |u| u.value.as_str().into()),
            roles.iter().map(|&r| Value::from(r)).collect::<Vec<_>>().into(),
            p.tentative.as_ref().is_some_and(|t| t.value).into(),
            takes.into(),
            teaches.into(),
        ]);
    }
    r
}
