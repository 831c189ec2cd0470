//! A track's verdict, as `status` and the steering group's report say it: behind, past and not
//! recorded, a chain the weekly meeting broke by cancelling a course, dates a recorded delay
//! has made uncertain, a go-live without a date, activities without dates — and "on plan" only
//! when none of these holds.

use super::status::State;
use crate::i18n::{Lang, Text};
use crate::plan::{Amount, Plan};
use compact_str::CompactString;

/// The verdict of `track` (`""`: the activities without one), from how many of its activities
/// are in each state (`count`) and what the plan records.
#[must_use]
pub fn of_track(plan: &Plan, track: &str, count: impl Fn(State) -> usize, lang: Lang) -> String {
    let mut reasons: Vec<String> = Vec::new();
    let mut say = |t: Text| reasons.push(t.in_lang(lang).into_owned());
    if count(State::Overdue) > 0 {
        say(Text::id("steering-verdict-behind").arg("count", count(State::Overdue)));
    }
    if count(State::Ended) > 0 {
        say(Text::id("steering-verdict-unrecorded").arg("count", count(State::Ended)));
    }
    for (course, roles, n) in broken(plan, track) {
        say(Text::id("steering-verdict-broken").arg("course", course).arg("roles", roles).arg("count", n));
    }
    match uncertain(plan, track, lang) {
        Uncertain::No => {}
        Uncertain::By(step) => say(Text::id("steering-verdict-uncertain").arg("step", step)),
        Uncertain::Unsaid => say(Text::id("steering-verdict-uncertain-unsaid")),
    }
    if !track.is_empty()
        && plan.go_lives().iter().find(|(t, _)| *t == track).is_some_and(|(_, day)| day.earliest().is_none())
    {
        say(Text::id("steering-verdict-go-live-undated"));
    }
    let undated = count(State::Undated);
    match (reasons.is_empty(), undated) {
        (true, 0) => Text::id("steering-verdict-on-plan").in_lang(lang).into_owned(),
        (true, n) => Text::id("steering-verdict-undated").arg("count", n).in_lang(lang).into_owned(),
        (false, 0) => reasons.join("; "),
        (false, n) => {
            reasons.push(Text::id("steering-verdict-also-undated").arg("count", n).in_lang(lang).into_owned());
            reasons.join("; ")
        }
    }
}

/// The cancelled courses of `track` that leave roles with no course, as names: the course,
/// the roles it leaves untrained, and how many.
fn broken(plan: &Plan, track: &str) -> Vec<(String, String, usize)> {
    let name = |id: &str, name: Option<&crate::span::Spanned<CompactString>>| {
        format!("«{}»", name.map_or(id, |n| n.value.as_str()))
    };
    crate::rules::cascade::left_untrained(plan)
        .into_iter()
        .filter(|(t, _)| plan.trainings[*t].track.as_ref().map_or("", |t| t.value.as_str()) == track)
        .map(|(t, roles)| {
            let t = &plan.trainings[t];
            let roles: Vec<String> =
                roles.iter().map(|&r| name(&plan.roles[r].id.value, plan.roles[r].name.as_ref())).collect();
            (name(&t.id.value, t.name.as_ref()), roles.join(", "), roles.len())
        })
        .collect()
}

/// Whether the latest delay a plan records for a track left its dates uncertain.
enum Uncertain {
    /// Exact, or no delay at all.
    No,
    /// By a range of a step (`months = [3, 5]`), in words.
    By(String),
    /// By a step the plan does not give.
    Unsaid,
}

/// Whether the latest delay the plan records for `track` left its dates uncertain.
fn uncertain(plan: &Plan, track: &str, lang: Lang) -> Uncertain {
    let Some(shift) = plan
        .revisions
        .iter()
        .rev()
        .filter_map(|r| r.shift.as_ref())
        .find(|s| s.tracks.is_empty() || s.tracks.iter().any(|t| t.value == track))
    else {
        return Uncertain::No;
    };
    let steps = [("month", &shift.months), ("week", &shift.weeks), ("day", &shift.days)];
    if steps.iter().all(|(_, n)| n.is_none()) {
        return Uncertain::Unsaid;
    }
    let ranges: Vec<(&'static str, Amount)> = steps
        .iter()
        .filter_map(|(unit, n)| n.as_ref().map(|n| (*unit, n.value)))
        .filter(|(_, a)| a.least != a.most)
        .collect();
    if ranges.is_empty() {
        return Uncertain::No;
    }
    Uncertain::By(
        ranges
            .iter()
            .map(|(unit, a)| crate::i18n::amount_units(unit, *a).in_lang(lang).into_owned())
            .collect::<Vec<_>>()
            .join(", "),
    )
}
