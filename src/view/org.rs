//! `show org`: the organisation tree, with pupils, leaders and declared seat shares, and the
//! go-live each unit goes live with — its track's (a village scheme's day-care the schools').

use serde_json::{Map, Value};

use super::{View, col, tree_glyphs};
use crate::i18n::{Lang, Text};
use crate::plan::{Keyword, Plan};

#[must_use]
pub fn report(plan: &Plan, lang: Lang) -> View {
    let mut r = View::new(
        lang,
        lang.text("report-org"),
        &[
            col("name", "col-unit"),
            col("id", "col-id").ids_only(),
            col("kind", "col-kind").choice("unit-kind"),
            col("parent", "col-parent").names(),
            col("pupils", "col-pupils"),
            col("leaders", "col-leaders"),
            col("seats", "col-seats").names(),
            col("go_live", "col-go-live").track_dates(),
        ],
    )
    .naming(plan);
    let go_lives = plan.go_lives();
    let tracks = plan.tracks_of_units();
    // Tops of the tree: units without a parent, or whose parent is not a unit.
    let tops: Vec<usize> = (0..plan.units.len())
        .filter(|&i| plan.units[i].parent.as_ref().is_none_or(|p| plan.unit_index(&p.value).is_none()))
        .collect();
    let mut order: Vec<(usize, usize, bool)> = Vec::new();
    let mut seen = vec![false; plan.units.len()];
    for (n, &top) in tops.iter().enumerate() {
        let mut stack = vec![(top, 0, n + 1 == tops.len())];
        while let Some((u, depth, last)) = stack.pop() {
            if std::mem::replace(&mut seen[u], true) {
                continue;
            }
            order.push((u, depth, last));
            let kids = plan.children(u);
            for (i, &k) in kids.iter().enumerate().rev() {
                stack.push((k, depth + 1, i + 1 == kids.len()));
            }
        }
    }
    let glyphs = tree_glyphs(&order.iter().map(|&(_, d, last)| (d, last)).collect::<Vec<_>>());
    for (&(u, depth, _), glyph) in order.iter().zip(glyphs) {
        let unit = &plan.units[u];
        let mut seats = Map::new();
        for (role, n) in &unit.seats {
            seats.insert(role.value.to_string(), n.value.into());
        }
        let cells = vec![
            unit.name.as_ref().map_or_else(|| unit.id.value.to_string(), |n| n.value.to_string()).into(),
            unit.id.value.as_str().into(),
            unit.kind.as_ref().map_or(Value::Null, |k| k.value.word().into()),
            unit.parent.as_ref().map_or(Value::Null, |p| p.value.as_str().into()),
            unit.pupils.as_ref().map_or(Value::Null, |n| n.value.into()),
            unit.leaders.as_ref().map_or(Value::Null, |n| n.value.into()),
            if seats.is_empty() { Value::Null } else { Value::Object(seats) },
            go_live(tracks[u], &go_lives),
        ];
        r.rows.push(super::Row { cells, depth: Some(depth), glyphs: glyph });
    }
    let lost: Vec<&str> =
        (0..plan.units.len()).filter(|&u| !seen[u]).map(|u| plan.units[u].id.value.as_str()).collect();
    if !lost.is_empty() {
        r.note(Text::id("org-lost").arg("ids", lost.join(", ")).in_lang(lang));
    }
    r
}

/// The go-live a unit goes live with, by its track: `{"schools": date}`; nothing for a unit
/// with no track, or whose track has no go-live.
fn go_live(track: Option<&str>, go_lives: &[(&str, crate::plan::PlanDate)]) -> Value {
    let Some(track) = track else { return Value::Null };
    match go_lives.iter().find(|(t, _)| *t == track) {
        Some((t, day)) => {
            let mut map = Map::new();
            map.insert((*t).to_owned(), super::date_cell(day));
            Value::Object(map)
        }
        None => Value::Null,
    }
}
