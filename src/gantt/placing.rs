//! Where things go beside the bars: each activity's name (after its bar, before it, or on it),
//! and the arrows of `after`, which leave a bar's right edge and come in at the left.

use std::collections::HashMap;

use super::{Arrow, BAR, Bar, End, Label, ROW, Shape, TBD_WIDTH, When};
use crate::plan::Activity;

/// After the shape when the name fits before the dated part ends; else before it, when it
/// fits after the left edge and no arrow comes in there; else after it all the same (the
/// picture grows to fit). An open end's name goes on its fading part.
pub(super) fn place_label(shape: Shape, width: f64, (left, right): (f64, f64), tbd_x: f64, arrow_in: bool) -> Label {
    const GAP: f64 = 8.0;
    let after = |x: f64, halo: bool| Label { x: x + GAP, anchor_end: false, halo };
    let before = |x: f64| Label { x: x - GAP, anchor_end: true, halo: false };
    let (x0, x1) = match shape {
        Shape::Bar { x0, x1 } | Shape::Reversed { x0, x1 } => (x0, x1),
        Shape::Diamond { x, bar } => (x - BAR / 2.0, bar.map_or(x + BAR / 2.0, |(_, x1)| x1.max(x + BAR / 2.0))),
        Shape::Open { x0, solid, .. } => {
            let fits_before = x0 - GAP - width >= left && !arrow_in;
            return if solid + GAP + width <= tbd_x + TBD_WIDTH || !fits_before {
                after(solid, true)
            } else {
                before(x0)
            };
        }
        // It runs on to the tbd column: the name goes before it, or on it.
        Shape::EndTbd { x0, .. } => {
            return if x0 - GAP - width >= left {
                before(x0)
            } else {
                Label { x: x0 + 4.0, anchor_end: false, halo: true }
            };
        }
        Shape::Tbd => {
            let x = tbd_x - GAP;
            return if x - width >= left {
                Label { x, anchor_end: true, halo: false }
            } else {
                Label { x: left, anchor_end: false, halo: true }
            };
        }
    };
    if x1 + GAP + width <= right || arrow_in || x0 - GAP - width < left { after(x1, false) } else { before(x0) }
}

/// The left and right edge of the marker in the tbd column.
#[must_use]
pub fn tbd_marker(tbd_x: f64) -> (f64, f64) {
    (tbd_x + TBD_WIDTH / 2.0 - BAR, tbd_x + TBD_WIDTH / 2.0 + BAR)
}

/// Where an arrow leaves a row (its right edge) and arrives (its left edge): the row's
/// shape from end to end, its marker in the tbd column included.
pub(super) fn edges(row: &Bar, tbd_x: f64) -> (f64, f64) {
    let marker = tbd_marker(tbd_x);
    match row.shape {
        Shape::Bar { x0, x1 } | Shape::Reversed { x0, x1 } | Shape::Open { x0, x1, .. } => (x0, x1),
        Shape::EndTbd { x0, .. } => (x0, marker.1),
        Shape::Diamond { x, bar } => (x - BAR / 2.0, bar.map_or(x + BAR / 2.0, |(_, x1)| x1)),
        Shape::Tbd => marker,
    }
}

/// An arrow for each `after` between two activities of the chart.
/// `national` is when each activity of a followed plan is, by qualified id.
pub(super) fn arrows(
    activities: &[(Activity<'_>, When)],
    national: &[(&str, When)],
    rows: &[Bar],
    tbd_x: f64,
) -> Vec<Arrow> {
    const OUT: f64 = 6.0;
    let by_id: HashMap<&str, usize> = rows.iter().enumerate().map(|(i, r)| (r.id.as_str(), i)).collect();
    let mut when: HashMap<&str, When> = activities.iter().map(|(a, w)| (a.id.value.as_str(), *w)).collect();
    when.extend(national.iter().copied());
    let mut out = Vec::new();
    for (a, w) in activities {
        let Some(&to) = by_id.get(a.id.value.as_str()) else { continue };
        for before in a.after {
            let Some(&from) = by_id.get(before.value.as_str()) else { continue };
            if from == to {
                continue;
            }
            let (p, q) = (&rows[from], &rows[to]);
            let (_, px) = edges(p, tbd_x);
            let (qx, _) = edges(q, tbd_x);
            let (py, qy) = (p.mid(), q.mid());
            let points = if qx - 2.0 >= px + OUT {
                vec![(px, py), (px + OUT, py), (px + OUT, qy), (qx - 2.0, qy)]
            } else {
                // Back round, between the rows, to come in from the left.
                let between = if qy > py { q.y } else { q.y + ROW };
                vec![(px, py), (px + OUT, py), (px + OUT, between), (qx - OUT, between), (qx - OUT, qy), (qx - 2.0, qy)]
            };
            let late = match (when.get(before.value.as_str()), w) {
                (Some(When::Dated { end: End::Day(end), .. }), When::Dated { first, .. }) => *first <= *end,
                _ => false,
            };
            out.push(Arrow { from: p.id.clone(), to: q.id.clone(), points, late });
        }
    }
    out
}
