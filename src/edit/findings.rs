//! Which findings an edit brings: those of the edited plan that the plan before it did not
//! have, counted as a multiset of rule, message and place. Counting matters: a plan with one
//! `duplicate-id` for `t1` that gets a third `t1` has two findings of the same words, and the
//! second is new. The place is the entity whose table holds the finding, by its position in
//! the file (the third training, not `t3`), which an edit neither moves nor renames: a value
//! changed above a finding moves it to another line, a changed id renames its entity, and
//! neither makes it new.

use std::collections::HashMap;

use crate::diagnostic::Finding;
use crate::plan::{EntityKind, EntityRef, Plan};

/// Where each entity's table starts, in the order of the file.
struct Places(Vec<(usize, EntityRef)>);

impl Places {
    fn of(plan: Option<&Plan>) -> Self {
        let Some(plan) = plan else { return Self(Vec::new()) };
        let mut starts = Vec::new();
        let mut add = |kind: EntityKind, spans: &mut dyn Iterator<Item = usize>| {
            starts.extend(spans.enumerate().map(|(index, at)| (at, EntityRef { kind, index })));
        };
        add(EntityKind::Unit, &mut plan.units.iter().map(|e| e.span.start()));
        add(EntityKind::Role, &mut plan.roles.iter().map(|e| e.span.start()));
        add(EntityKind::Person, &mut plan.people.iter().map(|e| e.span.start()));
        add(EntityKind::Training, &mut plan.trainings.iter().map(|e| e.span.start()));
        add(EntityKind::Phase, &mut plan.phases.iter().map(|e| e.span.start()));
        starts.sort_by_key(|&(at, _)| at);
        Self(starts)
    }

    /// The entity whose table holds `offset`; none before the first (the plan's own table).
    fn at(&self, offset: usize) -> Option<EntityRef> {
        let n = self.0.partition_point(|&(at, _)| at <= offset);
        n.checked_sub(1).map(|i| self.0[i].1)
    }
}

/// The findings of `after` (of the plan `after_plan`, when it loads) that `before` (of
/// `before_plan`) does not have as often at the same place, in the order of `after`.
#[must_use]
pub fn new_findings<'a>(
    before: &[Finding],
    before_plan: Option<&Plan>,
    after: &'a [Finding],
    after_plan: Option<&Plan>,
) -> Vec<&'a Finding> {
    // Without a plan on either side there are no places to compare: rule and words only.
    let placed = before_plan.is_some() && after_plan.is_some();
    let key = |places: &Places, f: &Finding| {
        let place = if placed { places.at(f.span.start()) } else { None };
        (f.rule.name, f.message.to_string(), place)
    };
    let (old, new) = (Places::of(before_plan), Places::of(after_plan));
    let mut counts: HashMap<(&str, String, Option<EntityRef>), usize> = HashMap::new();
    for f in before {
        *counts.entry(key(&old, f)).or_default() += 1;
    }
    after
        .iter()
        .filter(|f| match counts.get_mut(&key(&new, f)) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::load;

    fn findings(text: &str) -> (Vec<Finding>, Option<Plan>) {
        let loaded = load::load(text);
        let checked =
            crate::validate::check(String::new(), text.to_owned(), &loaded, &crate::rules::Overrides::default());
        (checked.findings, loaded.plan)
    }

    const HEAD: &str =
        "format = 1\n[plan]\ntitle = \"T\"\nroot = \"v\"\n[[unit]]\nid = \"v\"\nname = \"V\"\nkind = \"vendor\"\n";

    #[test]
    fn a_second_copy_of_a_finding_is_new_and_a_moved_one_is_not() {
        let unit = |id: &str| format!("[[unit]]\nid = \"{id}\"\nname = \"N\"\nkind = \"school\"\nparent = \"v\"\n");
        let before = format!("{HEAD}{}{}{}", unit("a"), unit("a"), unit("b"));
        let after = format!("{HEAD}{}{}{}", unit("a"), unit("a"), unit("a"));
        let (old, old_plan) = findings(&before);
        let (new, new_plan) = findings(&after);
        let brought = new_findings(&old, old_plan.as_ref(), &new, new_plan.as_ref());
        assert_eq!(brought.iter().map(|f| f.rule.name).collect::<Vec<_>>(), ["duplicate-id"]);
        // A line added above every finding moves them, and none is new.
        let moved = before.replacen("kind = \"vendor\"\n", "kind = \"vendor\"\n# a line more\n", 1);
        let (new, new_plan) = findings(&moved);
        assert!(new_findings(&old, old_plan.as_ref(), &new, new_plan.as_ref()).is_empty());
    }
}
