//! `aula-plan overview --format html`'s chart: many plans on one time axis, a lane per plan
//! (named by its municipality) with a row for the span of its dated activities and a row for
//! each go-live — where each municipality stands against the others, at a glance.

use super::{
    AXIS_BAND, AXIS_Y, Bar, Chart, Label, Lane, LegendItem, MARGIN, ROW, Shape, TBD_GAP, TBD_WIDTH, When, axis_within,
    place_label, row, text_width,
};
use crate::i18n::{Lang, Text};
use crate::plan::{Activity, Keyword, PhaseKind, Plan};

/// The width of the overview's time axis, in pixels: the chart fits a screen of 1 280 beside
/// the column of what is not dated and the names.
const OVERVIEW_AXIS: f64 = 900.0;

/// The chart of many plans, each with its name, under `subtitle` (how many plans of which kind).
#[must_use]
pub fn layout(plans: &[(String, &Plan)], subtitle: String, lang: Lang) -> Chart {
    let each: Vec<Vec<(Activity<'_>, When)>> =
        plans.iter().map(|(_, p)| p.activities().map(|a| (a, When::of(a.timing))).collect()).collect();
    let everything: Vec<(Activity<'_>, When)> = each.iter().flatten().copied().collect();
    let axis = axis_within(&everything, OVERVIEW_AXIS);
    let dated_x1 = axis.as_ref().map_or(MARGIN, super::Axis::x1);
    let tbd_x = dated_x1 + TBD_GAP;
    let rows_top = AXIS_Y + 3.0 * AXIS_BAND + 6.0;
    let mut y = rows_top;
    let (mut lanes, mut rows) = (Vec::new(), Vec::new());
    for ((name, plan), activities) in plans.iter().zip(&each) {
        let top = y;
        y += ROW;
        // The span of what is dated: from the first start to the last day shown.
        let first = activities
            .iter()
            .filter_map(|(_, w)| if let When::Dated { first, .. } = w { Some(*first) } else { None })
            .min();
        let last = activities.iter().filter_map(|(_, w)| w.last_shown()).max();
        let span = match (first, last, axis.as_ref()) {
            (Some(first), Some(last), Some(axis)) => Shape::Bar { x0: axis.x(first), x1: axis.x_after(last) },
            _ => Shape::Tbd,
        };
        let tooltip = match (first, last) {
            (Some(first), Some(last)) => format!("{name}: {} – {}", lang.day(first), lang.day(last)),
            _ => name.clone(),
        };
        let title = Text::id("gantt-overview-span").in_lang(lang).into_owned();
        rows.push(Bar {
            id: format!("{name}#span"),
            name: title,
            kind: PhaseKind::Other,
            is_training: false,
            y,
            shape: span,
            label: Label { x: 0.0, anchor_end: false, halo: false },
            tooltip,
            warning: None,
            status: crate::plan::Status::Planned,
            colour: None,
            sure: None,
        });
        y += ROW;
        for (a, when) in activities.iter().filter(|(a, _)| plan.kind_of(a) == PhaseKind::GoLive) {
            let mut bar = row(plan, a, *when, axis.as_ref(), y, lang);
            bar.id = format!("{name}#{}", a.id.value);
            rows.push(bar);
            y += ROW;
        }
        lanes.push(Lane { name: name.clone(), y: top, height: y - top });
    }
    let (left, right) = axis.as_ref().map_or((MARGIN, MARGIN), |a| (a.x0, a.x1()));
    let mut widest = tbd_x + TBD_WIDTH;
    for r in &mut rows {
        r.label = place_label(r.shape, text_width(&r.name), (left, right), tbd_x, false);
        widest = widest.max(super::label_right(r));
    }
    let mut legend: Vec<LegendItem> = Vec::new();
    for &(_, kind) in PhaseKind::ALL {
        if rows.iter().any(|r| r.kind == kind) {
            legend.push(LegendItem::Kind(kind));
        }
    }
    if rows.iter().any(|r| r.shape == Shape::Tbd) {
        legend.push(LegendItem::NotDated);
    }
    // The page says "Overview" above its table; the chart below it names what it shows.
    let title = lang.text("gantt-overview-title");
    widest = widest.max(MARGIN + super::CHAR * 1.5 * super::char_count(&title));
    Chart {
        lang,
        title,
        subtitle,
        width: (widest + MARGIN).ceil(),
        height: (y + MARGIN).ceil(),
        axis,
        lanes,
        rows,
        arrows: Vec::new(),
        red_line: None,
        today: None,
        today_label: super::TodayLabel::default(),
        closed: Vec::new(),
        legend,
        categories: Vec::new(),
        parts: Vec::new(),
        tbd_x,
        rows_top,
        rows_bottom: y,
    }
}
