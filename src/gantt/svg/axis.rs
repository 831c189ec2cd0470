//! The chart's time axis: years, months (named as far as there is room) and ISO weeks over the
//! dated part, and the heading of the column for what is not dated yet.

use chrono::Datelike;

use super::{INK, Svg};
use crate::gantt::{AXIS_BAND, AXIS_Y, Chart, TBD_WIDTH};

pub(super) fn axis(s: &mut Svg, c: &Chart) {
    let (years_y, months_y, weeks_y) = (AXIS_Y, AXIS_Y + AXIS_BAND, AXIS_Y + 2.0 * AXIS_BAND);
    s.group("g", &[("class", "axis"), ("fill", INK)], |s| {
        if let Some(axis) = &c.axis {
            if axis.per_day * 28.0 >= MIN_MONTH {
                months(s, axis, years_y, months_y, c.lang);
            } else {
                // Too long a plan for months: the years alone, as many as there is room for.
                s.rect(axis.x0, months_y, axis.x1() - axis.x0, AXIS_BAND, &[("fill", "#f2f2f2")]);
                for x in spaced(axis.years().map(|d| axis.x(d)), 4.0) {
                    s.line((x, years_y), (x, years_y + 2.0 * AXIS_BAND), &[("stroke", "#999999")]);
                }
                for d in spaced_dates(axis, axis.years(), 40.0) {
                    s.label(
                        axis.x(d) + 2.0,
                        years_y + 12.0,
                        &d.year().to_string(),
                        &[("font-weight", "bold"), ("font-size", "11")],
                    );
                }
            }
            if axis.per_day * 7.0 >= MIN_WEEK {
                weeks(s, axis, weeks_y);
            }
        }
        s.rect(c.tbd_x, months_y, TBD_WIDTH, 2.0 * AXIS_BAND, &[("fill", "#f2f2f2")]);
        s.label(
            c.tbd_x + TBD_WIDTH / 2.0,
            weeks_y + 4.0,
            &c.lang.text("gantt-not-dated"),
            &[("text-anchor", "middle"), ("font-size", "10")],
        );
    });
}

/// Narrower than this (in pixels), months and weeks are left off the axis.
pub(super) const MIN_MONTH: f64 = 3.0;
const MIN_WEEK: f64 = 4.0;

/// The x positions at least `gap` apart, the first kept.
pub(super) fn spaced(xs: impl Iterator<Item = f64>, gap: f64) -> Vec<f64> {
    let mut out: Vec<f64> = Vec::new();
    for x in xs {
        if out.last().is_none_or(|last| x - last >= gap) {
            out.push(x);
        }
    }
    out
}

/// The dates whose x positions are at least `gap` apart.
fn spaced_dates(
    axis: &crate::gantt::Axis,
    dates: impl Iterator<Item = chrono::NaiveDate>,
    gap: f64,
) -> Vec<chrono::NaiveDate> {
    let mut out: Vec<chrono::NaiveDate> = Vec::new();
    for d in dates {
        if out.last().is_none_or(|last| axis.x(d) - axis.x(*last) >= gap) {
            out.push(d);
        }
    }
    out
}

/// The month band, each month named as far as it has room, and each year over its January.
fn months(s: &mut Svg, axis: &crate::gantt::Axis, years_y: f64, months_y: f64, lang: crate::i18n::Lang) {
    let months: Vec<_> = axis.months().collect();
    for (i, m) in months.iter().enumerate() {
        let x0 = axis.x(*m);
        let x1 = months.get(i + 1).map_or_else(|| axis.x1(), |next| axis.x(*next));
        let shade = if i % 2 == 0 { "#f2f2f2" } else { "#e6e6e6" };
        s.rect(x0, months_y, x1 - x0, AXIS_BAND, &[("fill", shade)]);
        let name = lang.text_with("gantt-month", &[("month", m.month().into())]);
        let text = if x1 - x0 >= 28.0 { name.as_str() } else { name.get(..1).unwrap_or_default() };
        if x1 - x0 >= 8.0 {
            s.label(f64::midpoint(x0, x1), months_y + 12.0, text, &[("text-anchor", "middle"), ("font-size", "10")]);
        }
        if m.month() == 1 || i == 0 {
            let year = m.year().to_string();
            // The first year only when its own months leave room for it.
            let room = months.iter().skip(i).take_while(|d| d.year() == m.year()).count();
            if (m.month() == 1 || room >= 3) && (x1 - x0) * 12.0 >= 36.0 {
                s.label(x0 + 2.0, years_y + 12.0, &year, &[("font-weight", "bold"), ("font-size", "11")]);
            }
            s.line((x0, years_y), (x0, years_y + AXIS_BAND), &[("stroke", "#999999")]);
        }
    }
}

/// A tick for each ISO week, and its number every `week_step` weeks.
fn weeks(s: &mut Svg, axis: &crate::gantt::Axis, weeks_y: f64) {
    for (monday, week) in axis.weeks() {
        let x = axis.x(monday);
        s.line((x, weeks_y), (x, weeks_y + 4.0), &[("stroke", "#999999")]);
        if (week - 1) % axis.week_step == 0 {
            let mid = x + 3.5 * axis.per_day;
            s.label(
                mid,
                weeks_y + 12.0,
                &week.to_string(),
                &[("text-anchor", "middle"), ("font-size", "9"), ("fill", "#555555")],
            );
        }
    }
}
