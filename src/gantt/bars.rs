//! An activity as the chart draws it: when it happens, as far as its dates say (from the
//! earliest day it may start to the latest it may end, and the days it surely runs), and its
//! row — shape, colour, tooltip — with its name placed later.

use chrono::{Days, NaiveDate};

use super::{Axis, Band, Bar, Label, Shape};
use crate::i18n::{self, Lang};
use crate::plan::{Activity, EntityKind, Keyword, PhaseKind, Plan, PlanDate, Status, Timing};

/// When an activity happens, as the chart can draw it: from `first` (the earliest day it may
/// start) to its end; `sure`, for vague dates, the days it surely runs (none when no day is
/// sure).
#[derive(Debug, Clone, Copy)]
pub(super) enum When {
    Tbd,
    Dated {
        first: NaiveDate,
        start_last: NaiveDate,
        end: End,
        one_day: bool,
        vague: bool,
        sure: Option<(NaiveDate, NaiveDate)>,
    },
}

#[derive(Debug, Clone, Copy)]
pub(super) enum End {
    Day(NaiveDate),
    Open,
    Tbd,
    Before(NaiveDate),
}

impl When {
    pub(super) fn of(timing: Option<&Timing>) -> Self {
        let Some(timing) = timing else { return Self::Tbd };
        let start = &timing.start().value.clone();
        let (Some(first), Some(start_last)) = (start.earliest(), start.latest()) else { return Self::Tbd };
        let end = match &timing.end().value {
            PlanDate::Open => End::Open,
            PlanDate::Tbd => End::Tbd,
            d => match d.latest() {
                Some(last) if last < first => End::Before(last),
                Some(last) => End::Day(last),
                None => End::Tbd,
            },
        };
        let one_day = matches!(timing, Timing::On(_)) && matches!(start, PlanDate::Day(_));
        let vague = start.is_vague() || timing.end().value.is_vague();
        let surely_ends =
            if timing.end().value == PlanDate::Open { Some(NaiveDate::MAX) } else { timing.end_days().map(|(e, _)| e) };
        let sure = timing.start_days().map(|(_, s)| s).zip(surely_ends).filter(|(a, b)| a <= b);
        Self::Dated { first, start_last, end, one_day, vague, sure }
    }

    /// The last day the chart must show for this activity.
    pub(super) fn last_shown(self) -> Option<NaiveDate> {
        match self {
            Self::Tbd => None,
            Self::Dated { start_last, end, .. } => Some(match end {
                End::Day(d) => d.max(start_last),
                // Room for the fade, or the dashed line, to be seen.
                End::Open | End::Tbd => start_last + Days::new(45),
                End::Before(_) => start_last,
            }),
        }
    }
}

/// The row of one activity: its shape; its name is placed later.
pub(super) fn row(plan: &Plan, a: &Activity<'_>, when: When, axis: Option<&Axis>, y: f64, lang: Lang) -> Bar {
    let kind = plan.kind_of(a);
    let category = a.category.and_then(|c| plan.category_index(&c.value)).map(|i| &plan.categories[i]);
    let colour = category.and_then(|c| c.colour.as_ref()).map(|c| c.value.to_string());
    let name = a.name.map_or_else(|| a.id.value.to_string(), |n| n.value.to_string());
    let written = match a.timing {
        Some(Timing::On(d)) => lang.date(&d.value),
        Some(Timing::Between { start, end }) => format!("{} – {}", lang.date(&start.value), lang.date(&end.value)),
        None => lang.text("gantt-no-date"),
    };
    let what = match category.and_then(|c| c.name.as_ref()) {
        Some(c) => c.value.to_string(),
        None => i18n::phase_kind(kind.word()).in_lang(lang).into_owned(),
    };
    let tooltip = format!("{name} ({what}): {written}");
    let mut sure_x = None;
    let mut warning = None;
    let shape = match (when, axis) {
        (When::Dated { first, start_last, end, one_day, vague, sure }, Some(axis)) => {
            let x0 = axis.x(first);
            // A vague date: only the days it surely runs are drawn solid (none: all pale).
            if vague {
                sure_x = Some(sure.map_or((x0, x0), |(a, b)| {
                    (axis.x(a), if b == NaiveDate::MAX { axis.x1() } else { axis.x_after(b) })
                }));
            }
            let start_x1 = axis.x_after(start_last).max(x0 + 3.0);
            let milestone = matches!(kind, PhaseKind::GoLive | PhaseKind::Milestone);
            match end {
                End::Day(last) if milestone => {
                    let bar = (!one_day && last > first).then(|| (x0, axis.x_after(last)));
                    Shape::Diamond { x: x0, bar }
                }
                End::Day(last) => Shape::Bar { x0, x1: axis.x_after(last).max(x0 + 3.0) },
                End::Open => Shape::Open { x0, solid: start_x1, x1: axis.x1() },
                End::Tbd => Shape::EndTbd { x0, x1: start_x1 },
                End::Before(last) => {
                    warning = Some(lang.text_with("gantt-reversed", &[("last", last.into())]));
                    Shape::Reversed { x0, x1: start_x1 }
                }
            }
        }
        _ => Shape::Tbd,
    };
    let label = Label { x: 0.0, anchor_end: false, halo: false };
    let tooltip = match a.status {
        Status::Planned => tooltip,
        s => format!("{tooltip} · {}", lang.text(if s == Status::Done { "state-done" } else { "state-cancelled" })),
    };
    let is_training = kind_of_training(a);
    Bar {
        id: a.id.value.to_string(),
        name,
        kind,
        is_training,
        y,
        shape,
        label,
        tooltip,
        warning,
        status: a.status,
        colour,
        sure: sure_x,
    }
}

const fn kind_of_training(a: &Activity<'_>) -> bool {
    matches!(a.entity.kind, EntityKind::Training)
}

/// The calendar's closed periods that show on the axis, cut to it.
pub(super) fn closed_bands(plan: &Plan, axis: &Axis, lang: Lang) -> Vec<Band> {
    plan.calendar
        .closed
        .iter()
        .filter_map(|c| {
            let start = c.start.as_ref()?.value.earliest()?.max(axis.from);
            let end = c.end.as_ref()?.value.latest()?.min(axis.to.pred_opt()?);
            (start <= end).then(|| Band {
                x0: axis.x(start),
                x1: axis.x_after(end),
                name: c.name.as_ref().map_or_else(|| lang.text("gantt-legend-closed"), |n| n.value.to_string()),
            })
        })
        .collect()
}
