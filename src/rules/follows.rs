//! Rules across plans: a plan that follows others (`[follows]`) and waits for their activities
//! (`after = ["kombit:daycare-wave-2"]`). `followed-plan`: a followed plan that cannot be read,
//! has errors, or leads back in a loop. A qualified id that names nothing is
//! `unknown-reference`, and an activity that starts before the followed one it waits for ends
//! is `dependency-order`, as within one plan.

use crate::diagnostic::{Finding, Text, closest};
use crate::follow::{Following, State};
use crate::i18n::Arg;
use crate::plan::{Plan, qualified};
use crate::registry::{DEPENDENCY_ORDER, FOLLOWED_PLAN, OTHER_REGION, UNKNOWN_REFERENCE};
use crate::rules::timeline::{self, Order};
use compact_str::CompactString;

/// The findings of `plan` about the plans it follows, read into `following`.
pub fn check(plan: &Plan, following: &Following, out: &mut Vec<Finding>) {
    for (f, followed) in plan.follows.iter().zip(&following.plans) {
        let path = followed.path.display().to_string();
        let finding = match &followed.state {
            State::Unreadable(why) => Some(
                Finding::new(
                    FOLLOWED_PLAN,
                    f.path.span,
                    Text::id("followed-unreadable")
                        .arg("name", &f.name.value)
                        .arg("path", &path)
                        .arg("why", why.clone()),
                )
                .label(Text::id("followed-unreadable-label"))
                .help(Text::id("followed-unreadable-help")),
            ),
            State::Loaded { errors, .. } if *errors > 0 => Some(
                Finding::new(
                    FOLLOWED_PLAN,
                    f.path.span,
                    Text::id("followed-errors")
                        .arg("name", &f.name.value)
                        .arg("errors", Text::id("count-errors").arg("count", *errors)),
                )
                .label(Text::id("followed-errors-label"))
                .help(Text::id("followed-errors-help").arg("path", &path)),
            ),
            _ => None,
        };
        let finding = finding.or_else(|| {
            followed.loop_through().map(|names| {
                Finding::new(
                    FOLLOWED_PLAN,
                    f.path.span,
                    Text::id("followed-loop").arg("name", &f.name.value).arg("chain", names.join(" → ")),
                )
                .label(Text::id("followed-loop-label"))
                .help(Text::id("followed-loop-help"))
            })
        });
        out.extend(finding);
    }
    waits(plan, following, out);
}

/// Each qualified id in `after`: it names an activity of a followed plan, and the activity
/// waiting for it starts after it ends.
fn waits(plan: &Plan, following: &Following, out: &mut Vec<Finding>) {
    for a in plan.activities() {
        for dep in a.after {
            let Some((name, id)) = qualified(&dep.value) else { continue };
            let Some(followed) = following.get(name) else {
                let f = Finding::new(UNKNOWN_REFERENCE, dep.span, Text::id("follows-unknown-plan").arg("name", name))
                    .label(Text::id("follows-unknown-plan-label"));
                out.push(match closest(name, plan.follows.iter().map(|f| f.name.value.as_str())) {
                    Some(s) => f.did_you_mean(Some(s)),
                    None => f.help(Text::id("follows-unknown-plan-help").arg("name", name)),
                });
                continue;
            };
            // A followed plan that cannot be read is `followed-plan`'s, once.
            let Some(other_plan) = followed.plan() else { continue };
            let Some(other) = other_plan.lookup(id).and_then(|r| other_plan.activity(r)) else {
                let ids = other_plan.activities().map(|x| x.id.value.as_str()).collect::<Vec<_>>();
                out.push(
                    Finding::new(
                        UNKNOWN_REFERENCE,
                        dep.span,
                        Text::id("follows-unknown-activity")
                            .arg("id", &dep.value)
                            .arg("name", name)
                            .arg("path", followed.path.display().to_string()),
                    )
                    .label(Text::id("follows-unknown-activity-label"))
                    .did_you_mean(closest(id, ids).map(|s| format!("{name}:{s}")).as_deref()),
                );
                continue;
            };
            region(plan, other_plan, &a.id.value, dep, &other, name, out);
            let (Some(timing), Some(other_timing)) = (a.timing, other.timing) else { continue };
            let (start, ends) = (timing.start(), &other_timing.end().value);
            match Order::after(other_timing.end_days(), timing.start_days()) {
                Some(Order::Broken) => {
                    let message = match (timeline::starts(&start.value), timeline::ends(ends)) {
                        (Arg::Day(a), Arg::Day(b)) if a == b => Text::id("dependency-order-same-day").arg("day", a),
                        (a, b) => Text::id("dependency-order").arg("starts", a).arg("ends", b),
                    };
                    let message = message.arg("id", &a.id.value).arg("other", &dep.value);
                    out.push(
                        Finding::new(DEPENDENCY_ORDER, start.span, message)
                            .label(Text::id("dependency-order-label").arg("other", &dep.value))
                            .related(dep.span, Text::id("dependency-order-waits"))
                            .help(Text::id("follows-order-help").arg("name", name)),
                    );
                }
                Some(Order::Maybe) => out.push(
                    timeline::uncertain_after(&a.id.value, &start.value, &dep.value, ends, start.span)
                        .related(dep.span, Text::id("dependency-order-waits")),
                ),
                _ => {}
            }
        }
    }
}

/// `other-region`: an activity that waits for a followed plan's activity meant for a region
/// (a wave of a national rollout) other than the plan's own `region`. A plan that names no
/// region, or an activity meant for every region, is not checked.
fn region(
    plan: &Plan,
    other_plan: &Plan,
    id: &str,
    dep: &crate::span::Spanned<CompactString>,
    other: &crate::plan::Activity<'_>,
    name: &str,
    out: &mut Vec<Finding>,
) {
    let same = |a: &str, b: &str| a.trim().to_lowercase() == b.trim().to_lowercase();
    let (Some(own), Some(theirs)) = (&plan.meta.region, other.region) else { return };
    if same(&own.value, &theirs.value) {
        return;
    }
    let f = Finding::new(
        OTHER_REGION,
        dep.span,
        Text::id("other-region")
            .arg("id", id)
            .arg("other", &dep.value)
            .arg("theirs", &theirs.value)
            .arg("own", &own.value),
    )
    .label(Text::id("other-region-label").arg("theirs", &theirs.value))
    .related(own.span, Text::id("other-region-own"));
    // The followed plan's activities for the plan's own region, as what was probably meant.
    let ours: Vec<String> = other_plan
        .activities()
        .filter(|x| x.region.is_some_and(|r| same(&r.value, &own.value)))
        .map(|x| format!("`{name}:{}`", x.id.value))
        .collect();
    out.push(if ours.is_empty() {
        f
    } else {
        f.help(Text::id("other-region-help").arg("own", &own.value).arg("ids", ours.join(", ")))
    });
}
