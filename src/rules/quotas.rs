//! Rules about seats: does each role's quota add up, is it split fairly over the units, and
//! are its seats held by named, confirmed people?

use crate::apportion::{exact_shares, largest_remainder};
use crate::diagnostic::{Finding, plural};
use crate::plan::{Plan, Role, Split};
use crate::rules::{Level, Rule};
use crate::span::Spanned;

pub static QUOTA_MISMATCH: Rule = Rule {
    name: "quota-mismatch",
    level: Level::Deny,
    summary: "the parts of a quota do not add up: declared seats, a split by pupils, one per leader",
    explanation: r#"## What it does
For each role with a `quota`: the `seats` its units declare must add up to the quota, and each
declaring unit must be below the role's unit. A role split by `pupils` needs units with
`pupils` below its unit; a role split `per-leader` needs a quota equal to the sum of `leaders`
in the units below its unit.

## Why is this bad?
Courses are bought by the seat. When the parts do not add up, some school pays for seats nobody
planned, or a super-user who was planned gets no seat.

## Example
```toml
[[role]]
id = "daycare-superuser"
name = "Dagtilbuddenes superbrugere"
unit = "dagtilbud"
quota = 56
split = "per-leader"

[[unit]]
id = "daginstitutioner"
name = "Daginstitutionerne"
kind = "daycare"
parent = "dagtilbud"
leaders = 54
```

## Use instead
```toml
[[unit]]
id = "daginstitutioner"
name = "Daginstitutionerne"
kind = "daycare"
parent = "dagtilbud"
leaders = 56
```
"#,
};

pub static APPORTIONMENT: Rule = Rule {
    name: "apportionment",
    level: Level::Warn,
    summary: "a unit's declared seats differ by more than one from its share by pupils",
    explanation: r#"## What it does
For a role split by `pupils`, computes each unit's exact share of the quota (quota × the unit's
pupils ÷ all pupils below the role's unit) and the seats the largest-remainder method gives it.
A declared share more than one seat away from the exact share is reported with both figures.

## Why is this bad?
"Fordeles efter elevtallet" is a promise to the schools: a small school with as many
super-users as a large one is not what was agreed.

## Example
```toml
[[unit]]
id = "nordskolen"
name = "Nordskolen"
kind = "school"
parent = "skoler"
pupils = 300
seats = { school-superuser = 3 }

[[unit]]
id = "sydskolen"
name = "Sydskolen"
kind = "school"
parent = "skoler"
pupils = 200
seats = { school-superuser = 0 }
```

## Use instead
```toml
seats = { school-superuser = 2 }   # Nordskolen: exact share 1.80
seats = { school-superuser = 1 }   # Sydskolen: exact share 1.20
```
"#,
};

pub static OVER_ASSIGNED: Rule = Rule {
    name: "over-assigned",
    level: Level::Deny,
    summary: "more named people hold a role than it has seats",
    explanation: r#"## What it does
Counts the people whose `roles` include a role with a `quota`, tentative ones included, and
reports a role held by more people than it has seats.

## Why is this bad?
Either a seat must be bought that was not budgeted, or someone expects a course place that
does not exist.

## Example
```toml
[[role]]
id = "school-admin-superuser"
name = "Skolernes administrative superbrugere"
unit = "skoler"
quota = 1

[[person]]
id = "morten"
name = "Morten"
unit = "skoler"
roles = ["school-admin-superuser"]

[[person]]
id = "sara"
name = "Sara"
unit = "skoler"
roles = ["school-admin-superuser"]
```

## Use instead
```toml
[[role]]
id = "school-admin-superuser"
name = "Skolernes administrative superbrugere"
unit = "skoler"
quota = 2
```
"#,
};

pub static VACANT_SEAT: Rule = Rule {
    name: "vacant-seat",
    level: Level::Warn,
    summary: "a role has seats that no named person holds",
    explanation: r#"## What it does
Reports a role with a `quota` that fewer named people hold than it has seats: how many seats
are empty and, where units declare their `seats`, which units. A seat held by a tentative
person is not counted here: `tentative-holder` reports it.

## Why is this bad?
A vacant seat on a paid course is a course place that goes unused, or a unit whose colleagues
have no super-user to learn from.

## Example
```toml
[[role]]
id = "school-admin-superuser"
name = "Skolernes administrative superbrugere"
unit = "skoler"
quota = 2

[[person]]
id = "morten"
name = "Morten"
unit = "skoler"
roles = ["school-admin-superuser"]
```

## Use instead
```toml
[[person]]
id = "sara"
name = "Sara"
unit = "skoler"
roles = ["school-admin-superuser"]
```
"#,
};

pub static TENTATIVE_HOLDER: Rule = Rule {
    name: "tentative-holder",
    level: Level::Warn,
    summary: "a person holds roles tentatively (\"Vakant/Alice\")",
    explanation: r#"## What it does
Reports each person marked `tentative = true` who holds a role: named, but not confirmed.

## Why is this bad?
A plan that counts on a tentative person for a seat may find the seat empty when the course
starts; confirming or replacing them is a decision somebody has to make.

## Example
```toml
[[person]]
id = "alice"
name = "Alice"
unit = "dagplejen"
roles = ["daycare-municipal-admin"]
tentative = true
```

## Use instead
```toml
[[person]]
id = "alice"
name = "Alice"
unit = "dagplejen"
roles = ["daycare-municipal-admin"]
```
"#,
};

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
                        &QUOTA_MISMATCH,
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
                        &TENTATIVE_HOLDER,
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
                    &QUOTA_MISMATCH,
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
                    &QUOTA_MISMATCH,
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
                        &QUOTA_MISMATCH,
                        span,
                        format!("{} is split by pupils, but no unit below {role_unit} has `pupils`", role_name(role)),
                    )
                    .label(format!("{} seats with nothing to split them by", quota.value))
                    .help("give each school below the role's unit its `pupils`, and its share in `seats`"),
                );
            } else if !shares.is_empty() {
                apportionment(plan, role, quota.value, &schools, shares, out);
            }
        }
        Some((Split::PerLeader, _)) => {
            let leaders: u64 = below.iter().filter_map(|&u| plan.units[u].leaders.as_ref()).map(|l| l.value).sum();
            if leaders != quota.value {
                out.push(
                    Finding::new(
                        &QUOTA_MISMATCH,
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
                    &APPORTIONMENT,
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
                &OVER_ASSIGNED,
                quota.span,
                format!("{} has {} but {} people hold it", role_name(role), plural(q, "seat"), holders.len()),
            )
            .label(format!("quota {q}"))
            .help(format!("held by {}; raise the quota or take the role from someone", list(&names(holders), 8))),
        );
        return;
    }
    let empty = q - holders.len();
    if empty == 0 {
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
            &VACANT_SEAT,
            quota.span,
            format!("{} has {} vacant of {q}{detail}", role_name(role), plural(empty, "seat")),
        )
        .label(held)
        .help("name the people who take the seats in [[person]] entries with this role"),
    );
}
