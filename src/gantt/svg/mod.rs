//! Draws a laid-out [`Chart`] as SVG 1.1, with presentation attributes only (no CSS, no
//! script), so that browsers, Inkscape, `LibreOffice` and converters show it alike. The XML is
//! written by `quick-xml`, which escapes every name the plan gives.

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

mod axis;

use axis::{MIN_MONTH, axis, spaced};

use super::{
    AXIS_Y, Arrow, BAR, Bar, Chart, FONT, LEGEND_Y, LegendItem, MARGIN, RED_LABEL_Y, ROW, SUBTITLE_Y, Shape, TBD_WIDTH,
    TITLE_Y, TodayLabel, colour, legend_label, tbd_marker, text_width,
};
use crate::plan::{Keyword, PhaseKind, Status};

const FONT_FAMILY: &str = "Arial, Helvetica, 'Liberation Sans', 'DejaVu Sans', sans-serif";
const RED: &str = "#d7191c";
const GRID: &str = "#dddddd";
const INK: &str = "#222222";
/// What is done gets a tick in this green; what is cancelled is drawn in this grey.
const DONE: &str = "#1a7f37";
const CANCELLED: &str = "#9e9e9e";
/// The opacity of the days a vague date may be but not surely is.
const VAGUE_OPACITY: &str = "0.35";

/// The chart as a standalone SVG document (with an XML declaration).
#[must_use]
pub fn document(chart: &Chart) -> String {
    let mut s = Svg::new();
    s.w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None))).ok();
    s.w.write_indent().ok();
    draw(&mut s, chart);
    s.finish()
}

/// The chart as an `<svg>` element, to put inside an HTML page.
#[must_use]
pub fn element(chart: &Chart) -> String {
    let mut s = Svg::new();
    draw(&mut s, chart);
    s.finish()
}

/// A number as SVG writes it: one decimal at most.
fn n(v: f64) -> String {
    let s = format!("{v:.1}");
    s.strip_suffix(".0").map_or_else(|| s.clone(), str::to_owned)
}

/// A small layer over `quick-xml`: writing into memory cannot fail, so nothing here returns
/// an error.
struct Svg {
    w: Writer<Vec<u8>>,
}

type Attrs<'a> = &'a [(&'a str, &'a str)];

impl Svg {
    fn new() -> Self {
        Self { w: Writer::new_with_indent(Vec::new(), b' ', 1) }
    }

    /// The document. quick-xml escapes markup in names but not control characters, which XML
    /// does not allow (a browser then draws nothing): they are shown as their pictures, here
    /// once for every name and attribute; the chart's own markup has none.
    fn finish(self) -> String {
        let out = String::from_utf8(self.w.into_inner()).unwrap_or_default();
        let mut out = crate::escape::visible_keeping(&out, crate::escape::XML_SPACE).into_owned();
        out.push('\n');
        out
    }

    fn empty(&mut self, name: &str, attrs: Attrs<'_>) {
        self.w.create_element(name).with_attributes(attrs.iter().copied()).write_empty().ok();
    }

    fn text(&mut self, name: &str, attrs: Attrs<'_>, content: &str) {
        self.w
            .create_element(name)
            .with_attributes(attrs.iter().copied())
            .write_text_content(BytesText::new(content))
            .ok();
    }

    fn group(&mut self, name: &str, attrs: Attrs<'_>, inner: impl FnOnce(&mut Self)) {
        let start = quick_xml::events::BytesStart::new(name).with_attributes(attrs.iter().copied());
        let end = start.to_end().into_owned();
        self.w.write_event(Event::Start(start)).ok();
        inner(self);
        self.w.write_event(Event::End(end)).ok();
    }

    fn rect(&mut self, x: f64, y: f64, w: f64, h: f64, more: Attrs<'_>) {
        let (x, y, w, h) = (n(x), n(y), n(w.max(0.0)), n(h.max(0.0)));
        let mut attrs = vec![("x", x.as_str()), ("y", y.as_str()), ("width", w.as_str()), ("height", h.as_str())];
        attrs.extend_from_slice(more);
        self.empty("rect", &attrs);
    }

    fn line(&mut self, (x1, y1): (f64, f64), (x2, y2): (f64, f64), more: Attrs<'_>) {
        let (x1, y1, x2, y2) = (n(x1), n(y1), n(x2), n(y2));
        let mut attrs = vec![("x1", x1.as_str()), ("y1", y1.as_str()), ("x2", x2.as_str()), ("y2", y2.as_str())];
        attrs.extend_from_slice(more);
        self.empty("line", &attrs);
    }

    fn label(&mut self, x: f64, y: f64, content: &str, more: Attrs<'_>) {
        let (x, y) = (n(x), n(y));
        let mut attrs = vec![("x", x.as_str()), ("y", y.as_str())];
        attrs.extend_from_slice(more);
        self.text("text", &attrs, content);
    }

    /// A diamond outlined in `stroke`, for a go-live or milestone whose day is vague.
    fn hollow_diamond(&mut self, x: f64, y: f64, half: f64, stroke: &str) {
        let points = diamond_points(x, y, half);
        self.empty("polygon", &[("points", &points), ("fill", "#ffffff"), ("stroke", stroke), ("stroke-width", "2")]);
    }

    fn diamond(&mut self, x: f64, y: f64, half: f64, fill: &str) {
        let points = diamond_points(x, y, half);
        self.empty("polygon", &[("points", &points), ("fill", fill), ("stroke", "#ffffff"), ("stroke-width", "1")]);
    }
}

/// The height of a line of the legend.
const LEGEND_LINE: f64 = 20.0;

/// The legend's items, each with its left edge, in lines that fit the chart's width: a plan
/// with many kinds of task gets a legend of two lines or more, never one cut off at the edge.
fn legend_lines(c: &Chart) -> Vec<Vec<(LegendItem, f64)>> {
    let mut lines: Vec<Vec<(LegendItem, f64)>> = vec![Vec::new()];
    let mut x = MARGIN;
    for item in &c.legend {
        let width = 20.0 + text_width(&legend_label(*item, c));
        if x > MARGIN && x + width > c.width - MARGIN {
            lines.push(Vec::new());
            x = MARGIN;
        }
        if let Some(line) = lines.last_mut() {
            line.push((*item, x));
        }
        x += width + 18.0;
    }
    lines
}

/// The corners of a diamond of half-width `half` centred on (`x`, `y`), as `points`.
fn diamond_points(x: f64, y: f64, half: f64) -> String {
    format!("{},{} {},{} {},{} {},{}", n(x), n(y - half), n(x + half), n(y), n(x), n(y + half), n(x - half), n(y))
}

fn draw(s: &mut Svg, c: &Chart) {
    let legend = legend_lines(c);
    // What lies below the header moves down by the legend's further lines.
    let below = LEGEND_LINE * legend.iter().skip(1).map(|_| 1.0).sum::<f64>();
    let (width, height) = (n(c.width), n(c.height + below));
    let view_box = format!("0 0 {width} {height}");
    let font = n(FONT);
    let attrs = [
        ("xmlns", "http://www.w3.org/2000/svg"),
        ("version", "1.1"),
        ("width", width.as_str()),
        ("height", height.as_str()),
        ("viewBox", view_box.as_str()),
        ("font-family", FONT_FAMILY),
        ("font-size", font.as_str()),
        ("role", "img"),
        ("aria-labelledby", "chart-title"),
    ];
    s.group("svg", &attrs, |s| {
        let title = c.lang.text_with("gantt-svg-title", &[("title", c.title.as_str().into())]);
        s.text("title", &[("id", "chart-title")], &title);
        defs(s, c);
        s.rect(0.0, 0.0, c.width, c.height + below, &[("fill", "#ffffff")]);
        header(s, c, &legend);
        let shift = format!("translate(0,{})", n(below));
        let moved: &[(&str, &str)] = if below > 0.0 { &[("transform", shift.as_str())] } else { &[] };
        s.group("g", moved, |s| {
            axis(s, c);
            lanes(s, c);
            // Under the bars and names, so that a name it crosses stays legible.
            red_line(s, c);
            today(s, c);
            s.group("g", &[("class", "activities")], |s| {
                for r in &c.rows {
                    row(s, c, r);
                }
            });
            s.group("g", &[("class", "dependencies"), ("fill", "none"), ("stroke-width", "1.2")], |s| {
                for a in &c.arrows {
                    arrow(s, a, c);
                }
            });
        });
    });
}

fn defs(s: &mut Svg, c: &Chart) {
    s.group("defs", &[], |s| {
        for (id, fill) in [("arrow", "#666666"), ("arrow-late", RED)] {
            let attrs = [
                ("id", id),
                ("viewBox", "0 0 8 8"),
                ("refX", "7"),
                ("refY", "4"),
                ("markerWidth", "7"),
                ("markerHeight", "7"),
                ("orient", "auto"),
            ];
            s.group("marker", &attrs, |s| s.empty("path", &[("d", "M0,0 L8,4 L0,8 z"), ("fill", fill)]));
        }
        let mut kinds: Vec<PhaseKind> =
            c.rows.iter().filter(|r| matches!(r.shape, Shape::Open { .. })).map(|r| r.kind).collect();
        kinds.push(PhaseKind::Other); // for the legend
        kinds.dedup();
        for kind in kinds {
            let id = format!("fade-{}", kind.word());
            s.group("linearGradient", &[("id", &id), ("x1", "0"), ("x2", "1"), ("y1", "0"), ("y2", "0")], |s| {
                s.empty("stop", &[("offset", "0"), ("stop-color", colour(kind)), ("stop-opacity", "0.6")]);
                s.empty("stop", &[("offset", "1"), ("stop-color", colour(kind)), ("stop-opacity", "0")]);
            });
        }
        let hatch = [
            ("id", "closed"),
            ("width", "6"),
            ("height", "6"),
            ("patternUnits", "userSpaceOnUse"),
            ("patternTransform", "rotate(45)"),
        ];
        s.group("pattern", &hatch, |s| {
            s.rect(0.0, 0.0, 6.0, 6.0, &[("fill", "#eef3f8")]);
            s.line((0.0, 0.0), (0.0, 6.0), &[("stroke", "#c5d3e2"), ("stroke-width", "2")]);
        });
    });
}

fn header(s: &mut Svg, c: &Chart, legend: &[Vec<(LegendItem, f64)>]) {
    s.label(MARGIN, TITLE_Y, &c.title, &[("font-size", "18"), ("font-weight", "bold"), ("fill", INK)]);
    s.label(MARGIN, SUBTITLE_Y, &c.subtitle, &[("fill", "#555555")]);
    s.group("g", &[("class", "legend")], |s| {
        let mut y = LEGEND_Y;
        for line in legend {
            for &(item, x) in line {
                swatch(s, c, item, x, y - 4.0);
                s.label(x + 20.0, y, &legend_label(item, c), &[("fill", INK)]);
            }
            y += LEGEND_LINE;
        }
    });
}

/// A legend's sample, 14 wide, centred on `mid`.
fn swatch(s: &mut Svg, c: &Chart, item: LegendItem, x: f64, mid: f64) {
    let top = mid - BAR / 2.0;
    match item {
        LegendItem::Category(i) => {
            let fill = c.categories.get(i).map_or("#a8a8a8", |(_, colour)| colour.as_str());
            s.rect(x, top, 14.0, BAR, &[("rx", "2"), ("fill", fill)]);
        }
        LegendItem::Vague => {
            let fill = colour(PhaseKind::Other);
            s.rect(x, top, 14.0, BAR, &[("rx", "2"), ("fill", fill), ("fill-opacity", VAGUE_OPACITY)]);
            s.rect(x + 4.0, top, 6.0, BAR, &[("fill", fill)]);
        }
        LegendItem::Kind(k @ (PhaseKind::GoLive | PhaseKind::Milestone)) => s.diamond(x + 7.0, mid, 7.0, colour(k)),
        LegendItem::Kind(k) => s.rect(x, top, 14.0, BAR, &[("rx", "2"), ("fill", colour(k))]),
        LegendItem::OpenEnd => s.rect(x, top, 14.0, BAR, &[("fill", "url(#fade-other)")]),
        LegendItem::NotDated => {
            s.rect(
                x,
                top,
                14.0,
                BAR,
                &[("rx", "2"), ("fill", "#ffffff"), ("stroke", "#888888"), ("stroke-dasharray", "3 2")],
            );
        }
        LegendItem::Dependency => {
            s.line((x, mid), (x + 14.0, mid), &[("stroke", "#666666"), ("marker-end", "url(#arrow)")]);
        }
        LegendItem::LateDependency => s.line(
            (x, mid),
            (x + 14.0, mid),
            &[("stroke", RED), ("stroke-dasharray", "3 2"), ("marker-end", "url(#arrow-late)")],
        ),
        LegendItem::RedLine => {
            s.line((x + 7.0, top - 2.0), (x + 7.0, top + BAR + 2.0), &[("stroke", RED), ("stroke-width", "2")]);
        }
        LegendItem::Closed => s.rect(x, top, 14.0, BAR, &[("fill", "url(#closed)"), ("stroke", "#c5d3e2")]),
        LegendItem::Done => {
            s.rect(x, top, 14.0, BAR, &[("rx", "2"), ("fill", colour(PhaseKind::Training)), ("opacity", "0.45")]);
            s.label(x + 3.0, mid + 4.0, "✓", &[("fill", DONE), ("font-weight", "bold")]);
        }
        LegendItem::Cancelled => {
            s.rect(x, top, 14.0, BAR, &[("rx", "2"), ("fill", CANCELLED), ("opacity", "0.45")]);
            s.line((x - 2.0, mid), (x + 16.0, mid), &[("stroke", INK), ("stroke-width", "1.5")]);
        }
    }
}

fn lanes(s: &mut Svg, c: &Chart) {
    s.group("g", &[("class", "lanes")], |s| {
        for (i, lane) in c.lanes.iter().enumerate() {
            let fill = if i % 2 == 0 { "#fafafa" } else { "#f1f5f9" };
            s.rect(MARGIN / 2.0, lane.y, c.width - MARGIN, lane.height, &[("fill", fill), ("stroke", GRID)]);
            s.label(MARGIN, lane.y + 15.0, &lane.name, &[("font-weight", "bold"), ("fill", "#333333")]);
        }
        // The plan's parts: an italic heading where its activities start, and a bracket under
        // it over the span of their bars.
        for part in &c.parts {
            s.group("g", &[("class", "part")], |s| {
                let x = part.span.map_or(MARGIN + 10.0, |(x0, _)| x0.max(MARGIN + 10.0));
                s.label(x, part.y + 13.0, &part.name, &[("font-style", "italic"), ("fill", "#333333")]);
                if let Some((x0, x1)) = part.span {
                    let (line, tick) = (part.y + ROW - 4.0, part.y + ROW);
                    let bracket = format!(
                        "M{},{} L{},{} L{},{} L{},{}",
                        n(x0),
                        n(tick),
                        n(x0),
                        n(line),
                        n(x1),
                        n(line),
                        n(x1),
                        n(tick)
                    );
                    s.empty(
                        "path",
                        &[("d", &bracket), ("fill", "none"), ("stroke", "#333333"), ("stroke-width", "1.5")],
                    );
                }
            });
        }
        let bottom = c.rows_bottom;
        if let Some(axis) = &c.axis {
            let grid: Vec<f64> = if axis.per_day * 28.0 >= MIN_MONTH {
                axis.months().map(|m| axis.x(m)).collect()
            } else {
                spaced(axis.years().map(|d| axis.x(d)), 12.0)
            };
            for x in grid {
                s.line((x, c.rows_top), (x, bottom), &[("stroke", GRID)]);
            }
            s.line((axis.x1(), c.rows_top), (axis.x1(), bottom), &[("stroke", GRID)]);
        }
        for band in &c.closed {
            s.group("g", &[("class", "closed")], |s| {
                s.text("title", &[], &band.name);
                s.rect(
                    band.x0,
                    c.rows_top,
                    band.x1 - band.x0,
                    bottom - c.rows_top,
                    &[("fill", "url(#closed)"), ("fill-opacity", "0.8")],
                );
                s.label(
                    band.x0,
                    bottom + 15.0,
                    &band.name,
                    &[("font-size", "10"), ("font-style", "italic"), ("fill", "#555555")],
                );
            });
        }
        s.rect(
            c.tbd_x,
            c.rows_top,
            TBD_WIDTH,
            bottom - c.rows_top,
            &[("fill", "#ffffff"), ("fill-opacity", "0.6"), ("stroke", GRID), ("stroke-dasharray", "4 3")],
        );
    });
}

fn row(s: &mut Svg, chart: &Chart, r: &Bar) {
    let kind = r.kind.word();
    let entity = if r.is_training { "training" } else { "phase" };
    let status = r.status.word();
    let attrs = [
        ("class", "activity"),
        ("data-id", &r.id),
        ("data-kind", kind),
        ("data-entity", entity),
        ("data-status", status),
    ];
    s.group("g", &attrs, |s| {
        s.text("title", &[], &r.tooltip);
        // Done: paler, with a tick after the name; cancelled: grey, struck through.
        let fill = if r.status == Status::Cancelled { CANCELLED } else { r.fill() };
        let faded: &[(&str, &str)] = if r.status == Status::Planned { &[] } else { &[("opacity", "0.45")] };
        s.group("g", faded, |s| shape(s, chart, r, fill));
        if r.status == Status::Cancelled {
            let (x0, x1) = super::placing::edges(r, chart.tbd_x);
            s.line((x0 - 2.0, r.mid()), (x1 + 2.0, r.mid()), &[("stroke", INK), ("stroke-width", "1.5")]);
        }
        label(s, r);
    });
}

/// An activity's shape in `fill`.
fn shape(s: &mut Svg, chart: &Chart, r: &Bar, fill: &str) {
    let kind = r.kind.word();
    let (mid, top) = (r.mid(), r.mid() - BAR / 2.0);
    match r.shape {
        Shape::Bar { x0, x1 } => match r.sure {
            // Pale over the days it may run, solid over those it surely does.
            Some((s0, s1)) => {
                s.rect(x0, top, x1 - x0, BAR, &[("rx", "2"), ("fill", fill), ("fill-opacity", VAGUE_OPACITY)]);
                let (s0, s1) = (s0.max(x0), s1.min(x1));
                if s1 > s0 {
                    s.rect(s0, top, s1 - s0, BAR, &[("fill", fill)]);
                }
            }
            None => s.rect(x0, top, x1 - x0, BAR, &[("rx", "2"), ("fill", fill)]),
        },
        Shape::Open { x0, solid, x1 } => {
            s.rect(x0, top, solid - x0, BAR, &[("fill", fill)]);
            let fade = format!("url(#fade-{kind})");
            s.rect(solid, top, x1 - solid, BAR, &[("fill", &fade)]);
        }
        Shape::EndTbd { x0, x1 } => {
            s.rect(x0, top, x1 - x0, BAR, &[("rx", "2"), ("fill", fill)]);
            let (m0, _) = tbd_marker(chart.tbd_x);
            s.line((x1, mid), (m0, mid), &[("stroke", fill), ("stroke-dasharray", "2 3")]);
            tbd(s, chart, mid, fill);
        }
        Shape::Reversed { x0, x1 } => {
            s.rect(
                x0,
                top,
                x1 - x0,
                BAR,
                &[("fill", fill), ("fill-opacity", "0.4"), ("stroke", RED), ("stroke-dasharray", "3 2")],
            );
        }
        Shape::Diamond { x, bar } => {
            if let Some((x0, x1)) = bar {
                let pale: &[(&str, &str)] = if r.sure.is_some() { &[("fill-opacity", VAGUE_OPACITY)] } else { &[] };
                let mut attrs = vec![("fill", fill)];
                attrs.extend_from_slice(pale);
                s.rect(x0, mid - 2.0, x1 - x0, 4.0, &attrs);
            }
            if r.sure.is_some() {
                s.hollow_diamond(x, mid, 7.0, fill);
            } else {
                s.diamond(x, mid, 7.0, fill);
            }
        }
        Shape::Tbd => tbd(s, chart, mid, fill),
    }
}

/// An activity's name beside its shape, with what the chart could not draw in red after it.
fn label(s: &mut Svg, r: &Bar) {
    let mid = r.mid();
    let x = n(r.label.x);
    let y = n(mid + 4.0);
    let mut attrs = vec![("class", "name"), ("x", x.as_str()), ("y", y.as_str()), ("fill", INK)];
    if r.label.anchor_end {
        attrs.push(("text-anchor", "end"));
    }
    if r.status == Status::Cancelled {
        attrs.push(("text-decoration", "line-through"));
    }
    if r.label.halo {
        attrs.extend([
            ("stroke", "#ffffff"),
            ("stroke-width", "3"),
            ("paint-order", "stroke"),
            ("stroke-linejoin", "round"),
        ]);
    }
    s.group("text", &attrs, |s| {
        s.w.write_event(Event::Text(BytesText::new(&r.name))).ok();
        if r.status == Status::Done {
            s.text("tspan", &[("fill", DONE)], super::DONE_MARK);
        }
        if let Some(w) = &r.warning {
            s.text("tspan", &[("fill", RED)], &format!(" {w}"));
        }
    });
}

/// The marker in the tbd column.
fn tbd(s: &mut Svg, c: &Chart, mid: f64, fill: &str) {
    let (m0, m1) = tbd_marker(c.tbd_x);
    s.rect(
        m0,
        mid - BAR / 2.0,
        m1 - m0,
        BAR,
        &[("rx", "2"), ("fill", fill), ("fill-opacity", "0.25"), ("stroke", fill), ("stroke-dasharray", "3 2")],
    );
    s.label(f64::midpoint(m0, m1), mid + 4.0, "?", &[("text-anchor", "middle"), ("font-size", "10"), ("fill", INK)]);
}

fn arrow(s: &mut Svg, a: &Arrow, c: &Chart) {
    let points: Vec<String> = a.points.iter().map(|(x, y)| format!("{},{}", n(*x), n(*y))).collect();
    let points = points.join(" ");
    let (stroke, marker) = if a.late { (RED, "url(#arrow-late)") } else { ("#666666", "url(#arrow)") };
    let mut attrs = vec![
        ("points", points.as_str()),
        ("stroke", stroke),
        ("marker-end", marker),
        ("data-from", &a.from),
        ("data-to", &a.to),
    ];
    if a.late {
        attrs.push(("stroke-dasharray", "4 2"));
    }
    let id = if a.late { "gantt-arrow-late" } else { "gantt-arrow" };
    let title = c.lang.text_with(id, &[("from", c.name_of(&a.from).into()), ("to", c.name_of(&a.to).into())]);
    s.group("polyline", &attrs, |s| s.text("title", &[], &title));
}

/// A dashed line through every lane at today, labelled above the axis.
fn today(s: &mut Svg, c: &Chart) {
    let Some((day, x)) = c.today else { return };
    s.group("g", &[("class", "today")], |s| {
        s.line(
            (x, AXIS_Y - 4.0),
            (x, c.rows_bottom),
            &[("stroke", "#333333"), ("stroke-width", "1.5"), ("stroke-dasharray", "4 3")],
        );
        let text = c.today_text(day);
        // Where the layout found room beside the red line's labels.
        match c.today_label {
            TodayLabel::Left => s.label(x - 4.0, AXIS_Y - 6.0, &text, &[("fill", "#333333"), ("text-anchor", "end")]),
            TodayLabel::Right => s.label(x + 4.0, AXIS_Y - 6.0, &text, &[("fill", "#333333")]),
            TodayLabel::Below => {
                // Under the lanes, below the closed periods' names when there are any.
                let y = c.rows_bottom + 15.0 + if c.closed.is_empty() { 0.0 } else { ROW };
                s.line((x, c.rows_bottom), (x, y - 13.0), &[("stroke", "#333333"), ("stroke-dasharray", "4 3")]);
                s.label(x, y, &text, &[("fill", "#333333"), ("text-anchor", "middle")]);
            }
        }
    });
}

fn red_line(s: &mut Svg, c: &Chart) {
    let Some(red) = &c.red_line else { return };
    s.group("g", &[("class", "red-line")], |s| {
        let top = RED_LABEL_Y - 14.0;
        s.line((red.x, top), (red.x, c.rows_bottom), &[("stroke", RED), ("stroke-width", "2")]);
        let label = &red.label;
        match &red.delay {
            Some((to, text)) => {
                s.label(
                    red.x - 6.0,
                    RED_LABEL_Y,
                    label,
                    &[("text-anchor", "end"), ("fill", RED), ("font-weight", "bold")],
                );
                let y = RED_LABEL_Y - 4.0;
                s.line(
                    (red.x, y),
                    (*to, y),
                    &[("stroke", RED), ("stroke-width", "2"), ("marker-end", "url(#arrow-late)")],
                );
                s.label(to.max(red.x) + 6.0, RED_LABEL_Y, text, &[("fill", RED)]);
            }
            None => s.label(red.x + 6.0, RED_LABEL_Y, label, &[("fill", RED), ("font-weight", "bold")]),
        }
    });
}
