//! `two-readings`: a fact the source gives two ways, recorded as a `[[reading]]` beside the
//! entity that holds the other reading. Each is reported, so the people who wrote the source
//! settle it; the checks go by the entity's own reading meanwhile.

use crate::diagnostic::{Finding, Text};
use crate::plan::Plan;
use crate::registry::{SCHEMA, TWO_READINGS};

pub(crate) fn check(plan: &Plan, out: &mut Vec<Finding>) {
    for r in &plan.readings {
        // A missing key is the loader's; an `of` that names nothing is `unknown-reference`'s.
        let (Some(of), Some(key), Some(value)) = (&r.of, &r.key, &r.value) else { continue };
        let Some(entity) = plan.lookup(&of.value) else { continue };
        let table = crate::spec::of_kind(entity.kind);
        if table.key(&key.value).is_none() || key.value == "id" {
            out.push(
                Finding::new(
                    SCHEMA,
                    key.span,
                    Text::id("reading-no-such-key").arg("key", &key.value).arg("table", table.name),
                )
                .label(Text::id("reading-no-such-key-label").arg("id", &of.value))
                .did_you_mean(crate::suggest::closest(&key.value, table.names().filter(|k| *k != "id"))),
            );
            continue;
        }
        let mut f = Finding::new(
            TWO_READINGS,
            value.span,
            Text::id("two-readings").arg("key", &key.value).arg("id", &of.value).arg("value", &value.value),
        )
        .label(Text::id("two-readings-label"))
        .related(plan.id_of(entity).span, Text::id("two-readings-entity"));
        if let Some(source) = &r.source {
            f = f.related(source.span, Text::id("two-readings-source"));
        }
        out.push(f.help(Text::id("two-readings-help")));
    }
}
