use super::*;

fn chart(toml: &str, red: RedLine) -> Chart {
    let loaded = crate::load::load(toml);
    layout(loaded.plan.as_ref().expect("plan"), red, Lang::En)
}

const PLAN: &str = r#"
format = 1
[plan]
title = "T"
[[training]]
id = "a"
start = 2019-01-07
end = 2019-01-11
track = "schools"
[[phase]]
id = "b"
kind = "go-live"
date = 2019-03-01
track = "schools"
after = ["a"]
[[phase]]
id = "c"
kind = "setup"
start = 2019-01-02
end = "open"
track = "daycare"
after = ["b"]
[[phase]]
id = "d"
kind = "setup"
date = "tbd"
track = "daycare"
[[revision]]
revision = "2"
date = 2019-01-01
shift = { months = 2, from = 2019-02-01 }
"#;

#[test]
fn lanes_follow_the_tracks_and_rows_go_in_date_order() {
    let c = chart(PLAN, RedLine::FromPlan);
    let lanes: Vec<&str> = c.lanes.iter().map(|l| l.name.as_str()).collect();
    assert_eq!(lanes, ["Schools", "Day-care"], "the well-known tracks by name");
    let ids: Vec<&str> = c.rows.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids, ["a", "b", "c", "d"]);
    assert!(c.rows.windows(2).all(|w| w[0].y < w[1].y));
}

#[test]
fn shapes_follow_the_kind_and_the_dates() {
    let c = chart(PLAN, RedLine::Off);
    let axis = c.axis.expect("axis");
    assert_eq!(axis.from, NaiveDate::from_ymd_opt(2019, 1, 1).unwrap());
    let shape = |id: &str| c.rows.iter().find(|r| r.id == id).unwrap().shape;
    let Shape::Bar { x0, x1 } = shape("a") else { panic!("a bar") };
    assert!((x1 - x0 - 5.0 * axis.per_day).abs() < 1e-9, "five days wide");
    assert!(matches!(shape("b"), Shape::Diamond { bar: None, .. }));
    assert!(matches!(shape("c"), Shape::Open { x1, .. } if (x1 - axis.x1()).abs() < 1e-9));
    assert_eq!(shape("d"), Shape::Tbd);
}

#[test]
fn the_red_line_defaults_to_the_latest_shift_and_shows_the_delay() {
    let c = chart(PLAN, RedLine::FromPlan);
    let red = c.red_line.expect("red line");
    assert_eq!(red.date, NaiveDate::from_ymd_opt(2019, 2, 1).unwrap());
    let (to, text) = red.delay.expect("delay");
    let axis = c.axis.unwrap();
    assert!((to - axis.x(NaiveDate::from_ymd_opt(2019, 4, 1).unwrap())).abs() < 1e-9);
    assert_eq!(text, "moved by 2 months (revision 2)");
    assert!(chart(PLAN, RedLine::Off).red_line.is_none());
    let at = chart(PLAN, RedLine::At(NaiveDate::from_ymd_opt(2019, 1, 15).unwrap())).red_line.unwrap();
    assert!(at.delay.is_none());
}

#[test]
fn arrows_join_dependencies_and_mark_the_late_ones() {
    let c = chart(PLAN, RedLine::Off);
    let pairs: Vec<(&str, &str, bool)> = c.arrows.iter().map(|a| (a.from.as_str(), a.to.as_str(), a.late)).collect();
    // c starts on 2 January, before b (1 March) is over: late.
    assert_eq!(pairs, [("a", "b", false), ("b", "c", true)]);
    let a_to_b = &c.arrows[0];
    assert!(a_to_b.points.first().unwrap().0 < a_to_b.points.last().unwrap().0);
}

#[test]
fn every_name_stays_inside_the_picture() {
    let c = chart(PLAN, RedLine::FromPlan);
    for r in &c.rows {
        let w = text_width(&r.name);
        let (left, right) = if r.label.anchor_end { (r.label.x - w, r.label.x) } else { (r.label.x, r.label.x + w) };
        assert!(left >= 0.0 && right <= c.width, "{}: {left}..{right} of {}", r.id, c.width);
    }
}

#[test]
fn a_plan_with_nothing_dated_has_no_axis_but_every_row() {
    let c = chart("format = 1\n[[phase]]\nid = \"x\"\ndate = \"tbd\"\n", RedLine::FromPlan);
    assert!(c.axis.is_none());
    assert_eq!(c.rows.len(), 1);
    assert_eq!(c.lanes[0].name, "(no track)");
}

#[test]
fn today_s_label_never_overprints_the_red_line_s() {
    // Red line 1 February, its arrow to 1 April: every day of that span, and either side of
    // it, puts today's label where none of the red line's words or its arrow are.
    let mut day = NaiveDate::from_ymd_opt(2019, 1, 2).unwrap();
    let mut below = 0;
    while day < NaiveDate::from_ymd_opt(2019, 4, 20).unwrap() {
        let mut drawn = chart(PLAN, RedLine::FromPlan);
        let height = drawn.height;
        drawn.mark_today(day);
        let (_, x) = drawn.today.expect("today on the axis");
        let w = text_width(&drawn.today_text(day));
        let label = match drawn.today_label {
            TodayLabel::Right => Some((x + 4.0, x + 4.0 + w)),
            TodayLabel::Left => Some((x - 4.0 - w, x - 4.0)),
            TodayLabel::Below => None,
        };
        if let Some((from, to)) = label {
            assert!(from >= 0.0 && to <= drawn.width, "{day}: inside the picture");
            let boxes = drawn.red_line.as_ref().unwrap().boxes();
            assert!(boxes.iter().all(|&(c0, c1)| to <= c0 || c1 <= from), "{day}: {:?} over {boxes:?}", (from, to));
            assert!((drawn.height - height).abs() < 1e-9);
        } else {
            below += 1;
            assert!((drawn.height - height - ROW).abs() < 1e-9, "{day}: a row for the label under the lanes");
        }
        day = day.succ_opt().unwrap();
    }
    assert!(below > 0, "under the arrow, the label goes below");
}
