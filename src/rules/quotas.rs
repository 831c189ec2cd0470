//! Rules about seats: does each role's quota add up, is it split fairly over the units, are its
//! seats held by named, confirmed people, and has each course room for those it trains?

use crate::apportion::{exact_shares, largest_remainder};
use crate::diagnostic::{Finding, plural};
use crate::plan::{Plan, Role, Split};
use crate::registry::{
    APPORTIONMENT, OVER_ASSIGNED, QUOTA_MISMATCH, TENTATIVE_HOLDER, TRAINING_CAPACITY, UNSPLIT_QUOTA, VACANT_SEAT,
};
use crate::span::Spanned;

/// Shows at most `n` items of a list, then how many more.
fn list(items: &[String], n: usize) -> String {
    if items.len() <= n { items.join(", ") } else { format!("{} and {} more", items[..n].join(", "), items.len() - n) }
}

fn role_name(role: &Role) -> String {
    format!("`{}`", role.id.value)
}

/// One declared share: the unit (by index) that declares it, and its `seats` entry.
type Share<'a> = (usize, &'a Spanned<String>, &'a Spanned<u64>);

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
                    Finding::new(
                        QUOTA_MISMATCH,
                        key.span,
                        format!("seats are declared for {}, which has no `quota`", role_name(role)),
                    )
                    .label("a share of nothing")
                    .related(role.span, "the role")
                    .help("give the role a `quota`, or remove its `seats` entries"),
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
                        format!("`{}` holds {} tentatively", p.id.value, list(&roles, 5)),
                    )
                    .label("named, not confirmed")
                    .help("confirm the person (remove `tentative`), or name someone else"),
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
    let unit_id = |u: usize| format!("`{}`", plan.units[u].id.value);
    let role_unit = role.unit.as_ref().map_or_else(String::new, |u| format!("`{}`", u.value));
    for &(ui, key, _) in shares {
        if !below.contains(&ui) {
            out.push(
                Finding::new(
                    QUOTA_MISMATCH,
                    key.span,
                    format!("{} declares seats of {}, but is not below {role_unit}", unit_id(ui), role_name(role)),
                )
                .label("outside the role's unit")
                .help(format!("only units below {role_unit} share its seats")),
            );
        }
    }
    if !shares.is_empty() {
        let sum: u64 = shares.iter().map(|(_, _, n)| n.value).sum();
        if sum != quota.value {
            let parts: Vec<String> =
                shares.iter().map(|&(u, _, n)| format!("{} {}", plan.units[u].id.value, n.value)).collect();
            out.push(
                Finding::new(
                    QUOTA_MISMATCH,
                    quota.span,
                    format!(
                        "the seats declared for {} add up to {sum}, not its quota of {}",
                        role_name(role),
                        quota.value
                    ),
                )
                .label(format!("quota {}", quota.value))
                .help(format!("declared: {}", list(&parts, 8))),
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
                        format!("{} is split by pupils, but no unit below {role_unit} has `pupils`", role_name(role)),
                    )
                    .label(format!("{} with nothing to split them by", plural_u64(quota.value, "seat")))
                    .help("give each school below the role's unit its `pupils`, and its share in `seats`"),
                );
            } else if !shares.is_empty() {
                apportionment(plan, role, quota.value, &schools, shares, out);
            }
        }
        Some((Split::PerLeader, span)) => {
            let counted: Vec<u64> =
                below.iter().filter_map(|&u| plan.units[u].leaders.as_ref()).map(|l| l.value).collect();
            let leaders: u64 = counted.iter().sum();
            if counted.is_empty() {
                out.push(
                    Finding::new(
                        UNSPLIT_QUOTA,
                        span,
                        format!(
                            "{} has one seat per leader, but no unit below {role_unit} has `leaders`",
                            role_name(role)
                        ),
                    )
                    .label(format!("{} with nothing to count them by", plural_u64(quota.value, "seat")))
                    .help("give each day-care unit below the role's unit its number of pedagogical `leaders`"),
                );
            } else if leaders != quota.value {
                out.push(
                    Finding::new(
                        QUOTA_MISMATCH,
                        quota.span,
                        format!(
                            "{} has one seat per leader, but the units below {role_unit} have {} and the quota is {}",
                            role_name(role),
                            plural(usize::try_from(leaders).unwrap_or(usize::MAX), "leader"),
                            quota.value
                        ),
                    )
                    .label(format!("should be {leaders}"))
                    .help("make the quota the sum of `leaders` below the role's unit, or correct `leaders`"),
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
                    format!(
                        "`{}` has {seats} of {}'s seats, but its share by pupils is {:.2}",
                        plan.units[u].id.value,
                        role_name(role),
                        exact[i].as_f64()
                    ),
                )
                .label(format!("{} of {} pupils", pupils[i], pupils.iter().sum::<u64>()))
                .help(format!("the largest-remainder method gives it {}", fair[i])),
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
                format!("{} has {} but {} it", role_name(role), plural(q, "seat"), holders_text(holders.len())),
            )
            .label(format!("quota {q}"))
            .help(format!("held by {}; raise the quota or take the role from someone", list(&names(holders), 8))),
        );
        return;
    }
    let empty = q - holders.len();
    // Holders listed elsewhere (`roster`) are not vacancies of this plan.
    if empty == 0 || role.roster.is_some() {
        return;
    }
    let mut detail = String::new();
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
            detail = format!(": {}", list(&per_unit, 8));
        }
    }
    let tentative = holders.iter().filter(|&&p| plan.people[p].tentative.as_ref().is_some_and(|t| t.value)).count();
    let held = match (holders.len() - tentative, tentative) {
        (0, 0) => "nobody is named".to_owned(),
        (1, 0) => "1 person is named".to_owned(),
        (c, 0) => format!("{c} people are named"),
        (c, t) => format!("{c} confirmed and {t} tentative named"),
    };
    out.push(
        Finding::new(
            VACANT_SEAT,
            quota.span,
            format!("{} has {} vacant of {q}{detail}", role_name(role), plural(empty, "seat")),
        )
        .label(held)
        .help("name the people who take the seats in [[person]] entries with this role"),
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
            Some(s) => format!("{} × {}", plural_u64(seats.value, "seat"), plural_u64(s.value, "session")),
            None => plural_u64(seats.value, "seat"),
        };
        let not_counted = if uncounted.is_empty() {
            String::new()
        } else {
            format!(" (not counted, with no quota or population: {})", uncounted.join(", "))
        };
        out.push(
            Finding::new(
                TRAINING_CAPACITY,
                seats.span,
                format!("`{}` has room for {room} ({how}), but its trainees number {people}", t.id.value),
            )
            .label(format!("{} too few", plural_u64(people - room, "seat")))
            .help(format!("trainees: {}{not_counted}; add seats or `sessions`", counted.join(", "))),
        );
    }
}

fn plural_u64(n: u64, thing: &str) -> String {
    plural(usize::try_from(n).unwrap_or(usize::MAX), thing)
}

/// "1 person holds", "3 people hold".
fn holders_text(n: usize) -> String {
    if n == 1 { "1 person holds".to_owned() } else { format!("{n} people hold") }
}
