//! Rules about seats: does each role's quota add up, is it split fairly over the units, are its
//! seats held by named, confirmed people, and has each course room for those it trains?

use crate::apportion::{exact_shares, largest_remainder};
use crate::diagnostic::{Finding, Text};
use crate::i18n::Arg;
use crate::plan::{Plan, Role, Split};
use crate::registry::{
    APPORTIONMENT, OVER_ASSIGNED, QUOTA_MISMATCH, TENTATIVE_HOLDER, TRAINING_CAPACITY, UNSPLIT_QUOTA, VACANT_SEAT,
};
use crate::span::Spanned;
use compact_str::CompactString;

/// Shows at most `n` items of a list, then how many more.
fn list(items: &[String], n: usize) -> Arg {
    if items.len() <= n {
        items.join(", ").into()
    } else {
        Text::id("list-more").arg("items", items[..n].join(", ")).arg("more", items.len() - n).into()
    }
}

/// One declared share: the unit (by index) that declares it, and its `seats` entry.
type Share<'a> = (usize, &'a Spanned<CompactString>, &'a Spanned<u64>);

pub(crate) fn check(plan: &Plan, out: &mut Vec<Finding>) {
    capacity(plan, out);
    let holders = plan.holders();
    let mut shares: Vec<Vec<Share>> = vec![Vec::new(); plan.roles.len()];
    for (ui, u) in plan.units.iter().enumerate() {
        for (role, n) in &u.seats {
            if let Some(ri) = plan.role_index(&role.value) {
                shares[ri].push((ui, role, n));
            }
        }
    }
    for (ri, role) in plan.roles.iter().enumerate() {
        let Some(quota) = &role.quota else {
            if let Some((_, key, _)) = shares[ri].first() {
                out.push(
                    Finding::new(QUOTA_MISMATCH, key.span, Text::id("seats-without-quota").arg("role", &role.id.value))
                        .label(Text::id("seats-without-quota-label"))
                        .related(role.span, Text::id("seats-without-quota-role"))
                        .help(Text::id("seats-without-quota-help")),
                );
            }
            continue;
        };
        let below = role.unit.as_ref().and_then(|u| plan.unit_index(&u.value)).map(|u| plan.units_below(u));
        split_and_shares(plan, role, quota, below.as_deref(), &shares[ri], out);
        seats_and_people(plan, role, quota, below.as_deref(), &shares[ri], &holders[ri], out);
    }
    for p in &plan.people {
        if let Some(t) = p.tentative.as_ref().filter(|t| t.value) {
            let roles: Vec<String> = p.roles.iter().map(|r| format!("`{}`", r.value)).collect();
            if !roles.is_empty() {
                out.push(
                    Finding::new(
                        TENTATIVE_HOLDER,
                        t.span,
                        Text::id("tentative-holder").arg("id", &p.id.value).arg("roles", list(&roles, 5)),
                    )
                    .label(Text::id("tentative-holder-label"))
                    .help(Text::id("tentative-holder-help")),
                );
            }
        }
    }
}

fn split_and_shares(
    plan: &Plan,
    role: &Role,
    quota: &Spanned<u64>,
    below: Option<&[usize]>,
    shares: &[Share],
    out: &mut Vec<Finding>,
) {
    let Some(below) = below else { return };
    let role_unit = role.unit.as_ref().map_or("", |u| u.value.as_str());
    for &(ui, key, _) in shares {
        if !below.contains(&ui) {
            out.push(
                Finding::new(
                    QUOTA_MISMATCH,
                    key.span,
                    Text::id("seats-outside")
                        .arg("unit", &plan.units[ui].id.value)
                        .arg("role", &role.id.value)
                        .arg("role_unit", role_unit),
                )
                .label(Text::id("seats-outside-label"))
                .help(Text::id("seats-outside-help").arg("role_unit", role_unit)),
            );
        }
    }
    if !shares.is_empty() {
        // Summed wide: seats near the top of a 64-bit number must not wrap round.
        let sum: u128 = shares.iter().map(|(_, _, n)| u128::from(n.value)).sum();
        if sum != u128::from(quota.value) {
            let parts: Vec<String> =
                shares.iter().map(|&(u, _, n)| format!("{} {}", plan.units[u].id.value, n.value)).collect();
            out.push(
                Finding::new(
                    QUOTA_MISMATCH,
                    quota.span,
                    Text::id("seats-sum").arg("role", &role.id.value).arg("sum", sum).arg("quota", quota.value),
                )
                .label(Text::id("seats-sum-label").arg("quota", quota.value))
                .help(Text::id("seats-sum-help").arg("parts", list(&parts, 8))),
            );
        }
    }
    match role.split.as_ref().map(|s| (s.value, s.span)) {
        Some((Split::Pupils, span)) => {
            let schools: Vec<usize> =
                below.iter().copied().filter(|&u| plan.units[u].pupils.as_ref().is_some_and(|p| p.value > 0)).collect();
            if schools.is_empty() {
                out.push(
                    Finding::new(
                        UNSPLIT_QUOTA,
                        span,
                        Text::id("unsplit-pupils").arg("role", &role.id.value).arg("role_unit", role_unit),
                    )
                    .label(Text::id("unsplit-pupils-label").arg("seats", quota.value))
                    .help(Text::id("unsplit-pupils-help")),
                );
            } else if !shares.is_empty() {
                apportionment(plan, role, quota.value, &schools, shares, out);
            }
        }
        Some((Split::PerLeader, span)) => {
            let counted: Vec<u64> =
                below.iter().filter_map(|&u| plan.units[u].leaders.as_ref()).map(|l| l.value).collect();
            let leaders: u128 = counted.iter().map(|&n| u128::from(n)).sum();
            if counted.is_empty() {
                out.push(
                    Finding::new(
                        UNSPLIT_QUOTA,
                        span,
                        Text::id("unsplit-leaders").arg("role", &role.id.value).arg("role_unit", role_unit),
                    )
                    .label(Text::id("unsplit-leaders-label").arg("seats", quota.value))
                    .help(Text::id("unsplit-leaders-help")),
                );
            } else if leaders != u128::from(quota.value) {
                out.push(
                    Finding::new(
                        QUOTA_MISMATCH,
                        quota.span,
                        Text::id("leaders-mismatch")
                            .arg("role", &role.id.value)
                            .arg("role_unit", role_unit)
                            .arg("leaders", leaders)
                            .arg("quota", quota.value),
                    )
                    .label(Text::id("leaders-mismatch-label").arg("leaders", leaders))
                    .help(Text::id("leaders-mismatch-help")),
                );
            }
        }
        None => {}
    }
}

fn apportionment(plan: &Plan, role: &Role, quota: u64, schools: &[usize], shares: &[Share], out: &mut Vec<Finding>) {
    let pupils: Vec<u64> = schools.iter().map(|&u| plan.units[u].pupils.as_ref().map_or(0, |p| p.value)).collect();
    let exact = exact_shares(quota, &pupils);
    let fair = largest_remainder(quota, &pupils);
    for (i, &u) in schools.iter().enumerate() {
        let declared = shares.iter().find(|(s, _, _)| *s == u).map(|(_, _, n)| *n);
        let seats = declared.map_or(0, |n| n.value);
        if exact[i].off_by_more_than_one(seats) {
            let span = declared.map_or(plan.units[u].span, |n| n.span);
            out.push(
                Finding::new(
                    APPORTIONMENT,
                    span,
                    Text::id("apportionment")
                        .arg("unit", &plan.units[u].id.value)
                        .arg("seats", seats)
                        .arg("role", &role.id.value)
                        .arg("share", Arg::Hundredths(hundredths(exact[i].as_f64()))),
                )
                .label(
                    Text::id("apportionment-label")
                        .arg("pupils", pupils[i])
                        .arg("total", pupils.iter().map(|&p| u128::from(p)).sum::<u128>()),
                )
                .help(Text::id("apportionment-help").arg("fair", fair[i])),
            );
        }
    }
}

fn seats_and_people(
    plan: &Plan,
    role: &Role,
    quota: &Spanned<u64>,
    below: Option<&[usize]>,
    shares: &[Share],
    holders: &[usize],
    out: &mut Vec<Finding>,
) {
    let q = usize::try_from(quota.value).unwrap_or(usize::MAX);
    let names = |people: &[usize]| -> Vec<String> {
        people.iter().map(|&p| format!("`{}`", plan.people[p].id.value)).collect()
    };
    if holders.len() > q {
        out.push(
            Finding::new(
                OVER_ASSIGNED,
                quota.span,
                Text::id("over-assigned").arg("role", &role.id.value).arg("quota", q).arg("holders", holders.len()),
            )
            .label(Text::id("over-assigned-label").arg("quota", q))
            .help(Text::id("over-assigned-help").arg("names", list(&names(holders), 8))),
        );
        return;
    }
    let empty = q - holders.len();
    // Holders listed elsewhere (`roster`) are not vacancies of this plan.
    if empty == 0 || role.roster.is_some() {
        return;
    }
    let mut per_unit_missing = None;
    if below.is_some() && !shares.is_empty() {
        let per_unit: Vec<String> = shares
            .iter()
            .filter_map(|&(u, _, n)| {
                let inside = plan.units_below(u);
                let here = holders
                    .iter()
                    .filter(|&&p| {
                        plan.people[p]
                            .unit
                            .as_ref()
                            .and_then(|pu| plan.unit_index(&pu.value))
                            .is_some_and(|pu| inside.contains(&pu))
                    })
                    .count();
                let missing = usize::try_from(n.value).unwrap_or(usize::MAX).saturating_sub(here);
                (missing > 0).then(|| format!("{} {missing}", plan.units[u].id.value))
            })
            .collect();
        if !per_unit.is_empty() {
            per_unit_missing = Some(list(&per_unit, 8));
        }
    }
    let tentative = holders.iter().filter(|&&p| plan.people[p].tentative.as_ref().is_some_and(|t| t.value)).count();
    let held = match (holders.len() - tentative, tentative) {
        (0, 0) => Text::id("vacant-seat-nobody"),
        (c, 0) => Text::id("vacant-seat-named").arg("count", c),
        (c, t) => Text::id("vacant-seat-tentative").arg("confirmed", c).arg("tentative", t),
    };
    let message = match per_unit_missing {
        Some(units) => Text::id("vacant-seat-per-unit").arg("units", units),
        None => Text::id("vacant-seat"),
    };
    out.push(
        Finding::new(VACANT_SEAT, quota.span, message.arg("role", &role.id.value).arg("empty", empty).arg("quota", q))
            .label(held)
            .help(Text::id("vacant-seat-help")),
    );
}

/// `training-capacity`: the people a training's trainee roles stand for, against its seats
/// times its sessions.
fn capacity(plan: &Plan, out: &mut Vec<Finding>) {
    for t in &plan.trainings {
        let Some(seats) = &t.seats else { continue };
        let sessions = t.sessions.as_ref().map_or(1, |s| s.value);
        let room = seats.value.saturating_mul(sessions);
        let mut counted: Vec<String> = Vec::new();
        let mut uncounted: Vec<String> = Vec::new();
        let mut people: u64 = 0;
        for id in &t.trainees {
            let Some(role) = plan.role_index(&id.value).map(|r| &plan.roles[r]) else { continue };
            match role.quota.as_ref().or(role.population.as_ref()) {
                Some(n) => {
                    people = people.saturating_add(n.value);
                    counted.push(format!("`{}` {}", role.id.value, n.value));
                }
                None => uncounted.push(format!("`{}`", role.id.value)),
            }
        }
        if people <= room {
            continue;
        }
        let how = match t.sessions.as_ref() {
            Some(s) => Text::id("training-capacity-sessions").arg("seats", seats.value).arg("sessions", s.value),
            None => Text::id("training-capacity-seats").arg("seats", seats.value),
        };
        let help = if uncounted.is_empty() {
            Text::id("training-capacity-help")
        } else {
            Text::id("training-capacity-help-uncounted").arg("uncounted", uncounted.join(", "))
        };
        out.push(
            Finding::new(
                TRAINING_CAPACITY,
                seats.span,
                Text::id("training-capacity")
                    .arg("id", &t.id.value)
                    .arg("room", room)
                    .arg("how", how)
                    .arg("people", people),
            )
            .label(Text::id("training-capacity-label").arg("short", people - room))
            .help(help.arg("counted", counted.join(", "))),
        );
    }
}

/// A share as hundredths, rounded as `{:.2}` rounds it.
fn hundredths(x: f64) -> i64 {
    format!("{x:.2}").replace('.', "").parse().unwrap_or_default()
}
