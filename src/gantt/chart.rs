//! The parts of a laid-out chart: what [`super::svg`] draws, and nothing about how they were
//! placed.

use chrono::{Datelike, Days, NaiveDate};

use super::ROW;
use crate::i18n::Lang;
use crate::plan::{Keyword, PhaseKind};

/// Where the red line goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RedLine {
    /// At the cutoff of the latest revision that records a shift, if any.
    FromPlan,
    At(NaiveDate),
    Off,
}

/// The whole picture, laid out.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// The language of the chart's words.
    pub lang: Lang,
    pub title: String,
    pub subtitle: String,
    pub width: f64,
    pub height: f64,
    /// `None` when nothing is dated.
    pub axis: Option<Axis>,
    pub lanes: Vec<Lane>,
    pub rows: Vec<Bar>,
    pub arrows: Vec<Arrow>,
    pub red_line: Option<RedLineMark>,
    /// Today, where it falls inside the axis ([`Chart::mark_today`]).
    pub today: Option<(NaiveDate, f64)>,
    /// Where today's label goes: beside the line above the axis, or under the lanes when the
    /// red line's labels take both sides.
    pub today_label: TodayLabel,
    pub closed: Vec<Band>,
    /// What the legend explains, in its order.
    pub legend: Vec<LegendItem>,
    /// The plan's own kinds of task with a colour, by name: what [`LegendItem::Category`] names.
    pub categories: Vec<(String, String)>,
    /// The plan's parts, as headings over their activities.
    pub parts: Vec<PartHeading>,
    /// Left edge of the column for what is not dated yet.
    pub tbd_x: f64,
    pub rows_top: f64,
    pub rows_bottom: f64,
}

/// The time axis: days from `from` (inclusive) to `to` (exclusive), from `x0` rightwards.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Axis {
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub x0: f64,
    pub per_day: f64,
    /// Every how many weeks a week number is written.
    pub week_step: u32,
}

impl Axis {
    /// The x of the start of a day.
    #[must_use]
    pub fn x(&self, day: NaiveDate) -> f64 {
        #[allow(clippy::cast_precision_loss)] // days of a plan: far below 2^52
        let days = (day - self.from).num_days() as f64;
        self.x0 + days * self.per_day
    }

    /// The x of the end of a day.
    #[must_use]
    pub fn x_after(&self, day: NaiveDate) -> f64 {
        self.x(day) + self.per_day
    }

    /// The right edge of the dated part.
    #[must_use]
    pub fn x1(&self) -> f64 {
        self.x(self.to)
    }

    /// The first day of each month on the axis.
    pub fn months(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        std::iter::successors(Some(self.from), |d| d.checked_add_months(chrono::Months::new(1)))
            .take_while(|d| *d < self.to)
    }

    /// The first of January of each year on the axis (and the axis's first day).
    pub fn years(&self) -> impl Iterator<Item = NaiveDate> + '_ {
        let first = Some(self.from);
        let next = move |d: &NaiveDate| NaiveDate::from_ymd_opt(d.year() + 1, 1, 1);
        std::iter::successors(first, next).take_while(|d| *d < self.to)
    }

    /// The Monday of each ISO week that starts on the axis, with its number.
    pub fn weeks(&self) -> impl Iterator<Item = (NaiveDate, u32)> + '_ {
        let first = self.from + Days::new(u64::from((7 - self.from.weekday().num_days_from_monday()) % 7));
        std::iter::successors(Some(first), |d| d.checked_add_days(Days::new(7)))
            .take_while(|d| *d < self.to)
            .map(|d| (d, d.iso_week().week()))
    }
}

/// A track's swimlane: its heading row at `y`, its rows below, `height` in all.
#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    pub name: String,
    pub y: f64,
    pub height: f64,
}

/// One activity in the chart: its row, its bar (or diamond) and its name.
#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub id: String,
    /// The name, or the id when the plan gives none.
    pub name: String,
    pub kind: PhaseKind,
    pub is_training: bool,
    /// Top of the row.
    pub y: f64,
    pub shape: Shape,
    pub label: Label,
    /// What a pointer over the bar shows: id, kind and dates as written.
    pub tooltip: String,
    /// Said in red after the name, for dates the chart cannot draw as written.
    pub warning: Option<String>,
    /// Planned, done or cancelled: done and cancelled ones are drawn apart.
    pub status: crate::plan::Status,
    /// The colour of the plan's own kind of task it has, where that gives one (`#rrggbb`).
    pub colour: Option<String>,
    /// For vague dates: the x range of the days it surely runs, drawn solid where the rest is
    /// pale (empty where no day is sure); `None` where every day drawn is sure.
    pub sure: Option<(f64, f64)>,
}

impl Bar {
    /// The middle of the row, where bars and arrows are centred.
    #[must_use]
    pub fn mid(&self) -> f64 {
        self.y + ROW / 2.0
    }

    /// Its fill: its kind of task's colour, else its kind's.
    #[must_use]
    pub fn fill(&self) -> &str {
        self.colour.as_deref().unwrap_or_else(|| colour(self.kind))
    }
}

/// A part of the plan (`[[part]]`) as a heading row over its activities in a lane, with the
/// span of their bars.
#[derive(Debug, Clone, PartialEq)]
pub struct PartHeading {
    pub name: String,
    pub y: f64,
    pub span: Option<(f64, f64)>,
}

/// How an activity is drawn.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    /// From the start of its first day to the end of its last.
    Bar { x0: f64, x1: f64 },
    /// An open end: solid over the start, fading out to the right edge.
    Open { x0: f64, solid: f64, x1: f64 },
    /// The end is not known yet: solid over the start, a dashed line to the tbd column.
    EndTbd { x0: f64, x1: f64 },
    /// The end is before the start: only the start is drawn, outlined as a warning.
    Reversed { x0: f64, x1: f64 },
    /// A go-live or milestone: a diamond on its day, over a thin bar when it lasts longer.
    Diamond { x: f64, bar: Option<(f64, f64)> },
    /// Not dated yet: a marker in the tbd column.
    Tbd,
}

/// Where a name stands: `x` is its start, or its end when `anchor_end`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Label {
    pub x: f64,
    pub anchor_end: bool,
    /// Written over a bar: with a white outline so that it reads on any colour.
    pub halo: bool,
}

/// A dependency (`after`): from the end of the earlier activity to the start of the later.
#[derive(Debug, Clone, PartialEq)]
pub struct Arrow {
    pub from: String,
    pub to: String,
    pub points: Vec<(f64, f64)>,
    /// The later activity starts before the earlier one ends.
    pub late: bool,
}

impl Chart {
    /// What the row of activity `id` is called: its name, or the id when there is no such row.
    #[must_use]
    pub fn name_of<'a>(&'a self, id: &'a str) -> &'a str {
        self.rows.iter().find(|r| r.id == id).map_or(id, |r| r.name.as_str())
    }

    /// Marks `today` on the chart, when the axis reaches it, and places its label where it
    /// overprints none of the red line's: on the side away from the red line, else the other,
    /// else under the lanes (the chart grows a row for it).
    pub fn mark_today(&mut self, today: NaiveDate) {
        self.today = self.axis.as_ref().filter(|a| a.from <= today && today <= a.to).map(|a| (today, a.x(today)));
        let Some((day, x)) = self.today else { return };
        let w = super::text_width(&self.today_text(day));
        let busy = self.red_line.as_ref().map(RedLineMark::boxes).unwrap_or_default();
        let free =
            |(a, b): (f64, f64)| 0.0 <= a && b <= self.width && busy.iter().all(|&(c, d)| b + 4.0 <= c || d + 4.0 <= a);
        let (right, left) = ((x + 4.0, x + 4.0 + w), (x - 4.0 - w, x - 4.0));
        let away_left = self.red_line.as_ref().is_some_and(|r| r.x > x);
        let order =
            if away_left { [TodayLabel::Left, TodayLabel::Right] } else { [TodayLabel::Right, TodayLabel::Left] };
        self.today_label = order
            .into_iter()
            .find(|side| free(if *side == TodayLabel::Left { left } else { right }))
            .unwrap_or(TodayLabel::Below);
        if self.today_label == TodayLabel::Below {
            self.height += ROW;
        }
    }

    /// Today's label: "i dag 20. maj 2019".
    #[must_use]
    pub fn today_text(&self, day: NaiveDate) -> String {
        self.lang.text_with("gantt-today", &[("day", day.into())])
    }
}

/// Where today's label stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TodayLabel {
    /// Right of the line, above the axis.
    #[default]
    Right,
    /// Left of it.
    Left,
    /// Under the lanes, at the line's foot.
    Below,
}

/// The red line, and the delay it stands for when the plan recorded one.
#[derive(Debug, Clone, PartialEq)]
pub struct RedLineMark {
    pub date: NaiveDate,
    pub x: f64,
    /// The arrow's end and its label: where the cutoff moved to, and by how much.
    pub delay: Option<(f64, String)>,
    /// Its own label: "rød linje 1. maj 2019".
    pub label: String,
}

impl RedLineMark {
    /// What its labels and arrow take of the row above the axis, from left to right: the label
    /// left of the line and the arrow and its words right of it, or the label right of it.
    #[must_use]
    pub fn boxes(&self) -> Vec<(f64, f64)> {
        let w = super::text_width(&self.label) * 1.1; // bold
        match &self.delay {
            Some((to, text)) => {
                let after = to.max(self.x) + 6.0;
                vec![(self.x - 6.0 - w, self.x - 6.0), (self.x, *to), (after, after + super::text_width(text))]
            }
            None => vec![(self.x + 6.0, self.x + 6.0 + w)],
        }
    }
}

/// A closed period, shaded through every lane.
#[derive(Debug, Clone, PartialEq)]
pub struct Band {
    pub x0: f64,
    pub x1: f64,
    pub name: String,
}

/// One entry of the legend.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LegendItem {
    Kind(PhaseKind),
    /// The plan's own kind of task, by its place in [`Chart::categories`].
    Category(usize),
    /// Vague dates: pale where the activity may run, solid where it surely does.
    Vague,
    OpenEnd,
    NotDated,
    Dependency,
    LateDependency,
    RedLine,
    Closed,
    Done,
    Cancelled,
}

/// The fill of each kind: the four colours of the source's chart, and three for the format's
/// other kinds (colour-blind safe, after Okabe and Ito).
#[must_use]
pub const fn colour(kind: PhaseKind) -> &'static str {
    match kind {
        PhaseKind::Training => "#0072b2",
        PhaseKind::Setup => "#e69f00",
        PhaseKind::ParentsPupils => "#009e73",
        PhaseKind::GoLive => "#cc79a7",
        PhaseKind::Milestone => "#444444",
        PhaseKind::Rollout => "#56b4e9",
        PhaseKind::Other => "#a8a8a8",
    }
}

/// The legend's words for each item, in the chart's language.
#[must_use]
pub fn legend_label(item: LegendItem, chart: &Chart) -> String {
    let lang = chart.lang;
    let id = match item {
        LegendItem::Kind(k) => return crate::i18n::phase_kind(k.word()).in_lang(lang).into_owned(),
        LegendItem::Category(i) => return chart.categories.get(i).map(|(name, _)| name.clone()).unwrap_or_default(),
        LegendItem::Vague => "gantt-legend-vague",
        LegendItem::OpenEnd => "gantt-legend-open-end",
        LegendItem::NotDated => "gantt-legend-not-dated",
        LegendItem::Dependency => "gantt-legend-dependency",
        LegendItem::LateDependency => "gantt-legend-late",
        LegendItem::RedLine => "gantt-legend-red-line",
        LegendItem::Closed => "gantt-legend-closed",
        LegendItem::Done => "gantt-legend-done",
        LegendItem::Cancelled => "gantt-legend-cancelled",
    };
    lang.text(id)
}

/// The lane of activities without a track, before it is named in the chart's language.
pub const NO_TRACK: &str = "";
