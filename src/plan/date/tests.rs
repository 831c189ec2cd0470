use super::*;
use crate::lang::Lang;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn p(s: &str) -> PlanDate {
    PlanDate::parse(s).unwrap_or_else(|e| panic!("{s}: {e:?}"))
}

/// The earliest and latest day of a date, as text.
fn bounds(s: &str) -> String {
    let (a, b) = p(s).bounds().unwrap();
    format!("{a}..{b}")
}

#[test]
fn parses_the_plain_forms() {
    assert_eq!(PlanDate::parse("2019-01-28"), Ok(PlanDate::Day(day(2019, 1, 28))));
    assert_eq!(PlanDate::parse("2019-W41"), Ok(PlanDate::Week { year: 2019, week: 41 }));
    assert_eq!(PlanDate::parse("2019-10"), Ok(PlanDate::Month { year: 2019, month: 10 }));
    assert_eq!(PlanDate::parse("tbd"), Ok(PlanDate::Tbd));
    assert_eq!(PlanDate::parse("open"), Ok(PlanDate::Open));
}

#[test]
fn every_form_has_its_earliest_and_latest_day() {
    assert_eq!(bounds("2019-01-28"), "2019-01-28..2019-01-28");
    assert_eq!(bounds("2019-W41"), "2019-10-07..2019-10-13");
    assert_eq!(bounds("2020-02"), "2020-02-01..2020-02-29");
    assert_eq!(bounds("2019-Q1"), "2019-01-01..2019-03-31");
    assert_eq!(bounds("2019-Q3"), "2019-07-01..2019-09-30");
    assert_eq!(bounds("2019-Q4"), "2019-10-01..2019-12-31");
    assert_eq!(bounds("2019-H1"), "2019-01-01..2019-06-30");
    assert_eq!(bounds("2019-H2"), "2019-07-01..2019-12-31");
    assert_eq!(bounds("2018-spring"), "2018-03-01..2018-05-31");
    assert_eq!(bounds("2019-summer"), "2019-06-01..2019-08-31");
    assert_eq!(bounds("2018-autumn"), "2018-09-01..2018-11-30");
    // A winter is the year of its January's: December 2019 to February 2020 (a leap year).
    assert_eq!(bounds("2020-winter"), "2019-12-01..2020-02-29");
    assert_eq!(bounds("early 2019-06"), "2019-06-01..2019-06-10");
    assert_eq!(bounds("mid 2019-06"), "2019-06-11..2019-06-20");
    assert_eq!(bounds("late 2019-06"), "2019-06-21..2019-06-30");
    assert_eq!(bounds("late 2019-02"), "2019-02-21..2019-02-28");
    assert_eq!(bounds("2019-05/2019-06"), "2019-05-01..2019-06-30");
    assert_eq!(bounds("2019-06-08/2019-06-17"), "2019-06-08..2019-06-17");
    assert_eq!(PlanDate::Tbd.bounds(), None);
    assert_eq!(PlanDate::Open.bounds(), None);
    assert_eq!(p("before sommerferie-2019").bounds(), None, "a tie is known only with the calendar");
}

#[test]
fn the_danish_words_of_a_source_are_the_same_values() {
    let same = [
        ("forår 2018", "2018-spring"),
        ("Foråret 2018", "2018-spring"),
        ("efterår 2018", "2018-autumn"),
        ("Efteråret 2019", "2019-autumn"),
        ("sommer 2019", "2019-summer"),
        ("vinter 2020", "2020-winter"),
        ("vinter 2019/20", "2020-winter"),
        ("vinteren 2019/2020", "2020-winter"),
        ("1. halvår 2019", "2019-H1"),
        ("2.halvår 2019", "2019-H2"),
        ("3. kvartal 2019", "2019-Q3"),
        ("primo juni 2019", "early 2019-06"),
        ("medio juni 2019", "mid 2019-06"),
        ("ultimo juni 2019", "late 2019-06"),
        ("i begyndelsen af juni 2019", "early 2019-06"),
        ("slutningen af juni 2019", "late 2019-06"),
        ("August 2019", "2019-08"),
        ("aug. 2019", "2019-08"),
        ("uge 41 2019", "2019-W41"),
        ("uge 41, 2019", "2019-W41"),
        ("28. januar 2019", "2019-01-28"),
        ("Maj/juni 2019", "2019-05/2019-06"),
        ("maj-juni 2019", "2019-05/2019-06"),
        ("Jan. - feb. 2019", "2019-01/2019-02"),
        ("Sept. - dec. 2018", "2018-09/2018-12"),
        ("november 2019–januar 2020", "2019-11/2020-01"),
        ("8.–17. juni 2019", "2019-06-08/2019-06-17"),
        ("28. juni–2. juli 2019", "2019-06-28/2019-07-02"),
        ("efter efterarsferie-2019", "after efterarsferie-2019"),
        ("før sommerferie-2019", "before sommerferie-2019"),
        // English, as the format's forms are.
        ("autumn 2018", "2018-autumn"),
        ("Q3 2019", "2019-Q3"),
        ("h2 2019", "2019-H2"),
        ("early June 2019", "early 2019-06"),
        ("2019-q3", "2019-Q3"),
    ];
    for (words, canonical) in same {
        assert_eq!(p(words), p(canonical), "{words} is {canonical}");
        assert_eq!(p(words).to_string(), canonical, "{words} is written {canonical}");
    }
}

#[test]
fn what_the_tool_writes_in_danish_reads_back_as_the_same_date() {
    for s in [
        "2019-01-28",
        "2019-W41",
        "2019-10",
        "2019-Q3",
        "2019-H1",
        "2018-spring",
        "2019-summer",
        "2018-autumn",
        "2020-winter",
        "early 2019-06",
        "mid 2019-06",
        "late 2019-06",
        "2019-05/2019-06",
        "2019-11/2020-01",
        "2019-06-08/2019-06-17",
        "2019-06-28/2019-07-02",
        "2019-12-28/2020-01-03",
    ] {
        let words = p(s).words(Lang::Da);
        assert_eq!(PlanDate::parse(&words), Ok(p(s)), "{s} written {words}");
        assert_eq!(p(s).words(Lang::En), s, "English writes the format's form");
    }
}

#[test]
fn danish_words_are_as_a_danish_plan_writes_them() {
    let da = |s: &str| p(s).words(Lang::Da);
    assert_eq!(da("2018-autumn"), "efterår 2018");
    assert_eq!(da("2018-spring"), "forår 2018");
    assert_eq!(da("2020-winter"), "vinter 2019/20");
    assert_eq!(da("2019-Q3"), "3. kvartal 2019");
    assert_eq!(da("2019-H1"), "1. halvår 2019");
    assert_eq!(da("early 2019-06"), "primo juni 2019");
    assert_eq!(da("2019-05/2019-06"), "maj–juni 2019");
    assert_eq!(da("2019-11/2020-01"), "november 2019–januar 2020");
    assert_eq!(da("2019-06-08/2019-06-17"), "8.–17. juni 2019");
    assert_eq!(da("2019-08"), "august 2019");
    assert_eq!(da("2019-W41"), "uge 41 2019");
    assert_eq!(da("tbd"), "kendes ikke");
    assert_eq!(da("open"), "uden slutdato");
    let tied = PlanDate::Tied(Tie {
        side: Side::After,
        period: "efterarsferie-2019".into(),
        name: Some("Efterårsferie 2019".into()),
        days: Some((day(2019, 10, 21), day(2019, 10, 21))),
    });
    assert_eq!(tied.words(Lang::Da), "efter efterårsferie 2019 (21. oktober 2019)");
    assert_eq!(tied.words(Lang::En), "after efterarsferie-2019 (2019-10-21)");
}

#[test]
fn rejects_what_does_not_exist() {
    assert_eq!(PlanDate::parse("2019-W54"), Err(DateError::NoSuchWeek { year: 2019, week: 54, weeks_in_year: 52 }));
    assert!(PlanDate::parse("2020-W53").is_ok(), "2020 has 53 ISO weeks");
    assert_eq!(PlanDate::parse("2019-13"), Err(DateError::NoSuchMonth { month: 13 }));
    assert_eq!(PlanDate::parse("2019-02-29"), Err(DateError::NoSuchDay));
    assert_eq!(PlanDate::parse("2019-Q5"), Err(DateError::NoSuchPart));
    assert_eq!(PlanDate::parse("5. kvartal 2019"), Err(DateError::NoSuchPart));
    assert_eq!(PlanDate::parse("2019-06/2019-05"), Err(DateError::Window));
    assert_eq!(PlanDate::parse("2019-06/2019-06-30"), Err(DateError::Window), "months and days mixed");
    assert_eq!(PlanDate::parse("28.01.19"), Err(DateError::Form));
    assert_eq!(PlanDate::parse("uge 41"), Err(DateError::Form));
    assert_eq!(PlanDate::parse("forår"), Err(DateError::Form));
    assert_eq!(PlanDate::parse("0000-01"), Err(DateError::YearOutOfRange));
    assert_eq!(
        PlanDate::parse("efter efterårsferien 2019"),
        Err(DateError::PeriodId { suggestion: Some("efteraarsferien-2019".into()) })
    );
}

#[test]
fn a_week_or_winter_that_leaves_the_years_is_refused() {
    // Week 52 of 9999 runs Monday 27 December 9999 to Sunday 2 January 10000.
    assert_eq!(PlanDate::parse("9999-W52"), Err(DateError::YearOutOfRange));
    assert_eq!(PlanDate::parse("9999-W51").map(|d| d.latest()), Ok(Some(day(9999, 12, 26))));
    assert!(PlanDate::parse("0001-W01").is_ok());
    assert_eq!(PlanDate::parse("0001-winter"), Err(DateError::YearOutOfRange), "it starts in year 0");
}

fn moved(s: &str, step: Step) -> String {
    let m = p(s).moved_by(step).unwrap();
    format!("{}{}", m.date, if m.one_way { " (one way)" } else { "" })
}

#[test]
fn days_move_by_calendar_months_and_are_clamped_at_the_month_end() {
    assert_eq!(moved("2019-05-16", Step::Months(4)), "2019-09-16");
    assert_eq!(moved("2019-01-31", Step::Months(1)), "2019-02-28 (one way)");
    assert_eq!(moved("2020-01-31", Step::Months(1)), "2020-02-29 (one way)");
    assert_eq!(moved("2019-03-31", Step::Months(-1)), "2019-02-28 (one way)");
    assert_eq!(moved("2019-12-15", Step::Months(1)), "2020-01-15");
    assert_eq!(moved("2019-12-30", Step::Weeks(1)), "2020-01-06");
    assert_eq!(moved("2019-03-01", Step::Days(-1)), "2019-02-28");
}

#[test]
fn weeks_move_as_their_thursday_does() {
    assert_eq!(moved("2019-W41", Step::Weeks(2)), "2019-W43");
    assert_eq!(moved("2019-W52", Step::Weeks(1)), "2020-W01");
    assert_eq!(moved("2020-W53", Step::Weeks(1)), "2021-W01");
    assert_eq!(moved("2019-W41", Step::Days(3)), "2019-W41", "a 3-day delay keeps the week");
    assert_eq!(moved("2019-W41", Step::Days(4)), "2019-W42");
    assert_eq!(moved("2019-W41", Step::Days(-3)), "2019-W41");
    assert_eq!(moved("2019-W41", Step::Days(-4)), "2019-W40");
    // Thursday 10 October 2019 + 4 months is Monday 10 February 2020, in week 7.
    assert_eq!(moved("2019-W41", Step::Months(4)), "2020-W07");
    assert_eq!(moved("2020-W07", Step::Months(-4)), "2019-W41");
    // Thursday 31 October 2019 + 4 months is 29 February 2020, in week 9.
    assert_eq!(moved("2019-W44", Step::Months(4)), "2020-W09 (one way)");
    // Thursday 2 June 2005 + 13 months is Sunday 2 July 2006, in week 26; its Thursday,
    // 29 June, − 13 months is Sunday 29 May 2005, in week 21.
    assert_eq!(moved("2005-W22", Step::Months(13)), "2006-W26 (one way)");
    assert_eq!(moved("2006-W26", Step::Months(-13)), "2005-W21");
}

#[test]
fn months_move_by_months_or_the_nearest_number_of_months() {
    assert_eq!(moved("2019-11", Step::Months(4)), "2020-03");
    assert_eq!(moved("2019-11", Step::Months(-11)), "2018-12");
    assert_eq!(moved("2019-10", Step::Days(15)), "2019-10");
    assert_eq!(moved("2019-10", Step::Days(16)), "2019-11");
    assert_eq!(moved("2019-10", Step::Days(-16)), "2019-09");
    assert_eq!(moved("2019-10", Step::Weeks(9)), "2019-12");
}

#[test]
fn a_vague_date_moves_as_a_window_of_the_same_width_in_the_form_that_fits() {
    // A season by whole seasons stays a season; by a month it is the quarter it lands on.
    assert_eq!(moved("2018-autumn", Step::Months(12)), "2019-autumn");
    assert_eq!(moved("2018-autumn", Step::Months(3)), "2019-winter");
    assert_eq!(moved("2019-winter", Step::Months(3)), "2019-spring");
    assert_eq!(moved("2019-autumn", Step::Months(1)), "2019-Q4");
    assert_eq!(moved("2019-autumn", Step::Months(2)), "2019-11/2020-01");
    assert_eq!(moved("2019-Q4", Step::Months(-1)), "2019-autumn", "and back home");
    assert_eq!(moved("2019-Q3", Step::Months(3)), "2019-Q4");
    assert_eq!(moved("2019-H2", Step::Months(6)), "2020-H1");
    assert_eq!(moved("2019-H2", Step::Months(4)), "2019-11/2020-04");
    assert_eq!(moved("2019-autumn", Step::Days(30)), "2019-Q4", "days round to whole months");
    // A window stays a window, even where another form fits it.
    assert_eq!(moved("2019-05/2019-06", Step::Months(4)), "2019-09/2019-10");
    assert_eq!(moved("2019-01/2019-02", Step::Months(1)), "2019-02/2019-03");
    // Early, mid or late in a month: the same part of the moved month, or a window of days.
    assert_eq!(moved("early 2019-06", Step::Months(2)), "early 2019-08");
    assert_eq!(moved("late 2019-01", Step::Months(1)), "late 2019-02");
    assert_eq!(moved("early 2019-06", Step::Weeks(1)), "2019-06-08/2019-06-17");
    assert_eq!(moved("early 2019-06", Step::Days(10)), "mid 2019-06");
    assert_eq!(moved("2019-06-08/2019-06-17", Step::Days(-7)), "2019-06-01/2019-06-10", "a window stays one");
    assert_eq!(moved("2019-06-03/2019-06-05", Step::Days(7)), "2019-06-10/2019-06-12");
}

#[test]
fn a_range_delay_widens_the_window_from_the_least_to_the_most() {
    let between = |s: &str, a, b| p(s).moved_between(Step::Months(a), Step::Months(b)).unwrap().to_string();
    assert_eq!(between("2019-11", 3, 5), "2020-02/2020-04");
    assert_eq!(between("2020-08", 3, 5), "2020-11/2021-01");
    assert_eq!(between("2019-11-15", 3, 5), "2020-02-15/2020-04-15");
    assert_eq!(between("2019-autumn", 3, 3), "2020-winter", "a range of one is a step");
    assert_eq!(between("tbd", 3, 5), "tbd");
    assert_eq!(between("2019-05/2019-06", 3, 5), "2019-08/2019-11");
    let weeks = p("2019-W41").moved_between(Step::Weeks(1), Step::Weeks(2)).unwrap();
    assert_eq!(weeks.to_string(), "2019-10-14/2019-10-27");
}

#[test]
fn unknown_and_tied_dates_stay_and_years_past_9999_are_refused() {
    assert_eq!(moved("tbd", Step::Months(4)), "tbd");
    assert_eq!(moved("open", Step::Days(-4)), "open");
    assert_eq!(moved("after efterarsferie-2019", Step::Months(4)), "after efterarsferie-2019");
    assert_eq!(p("9999-12-01").moved_by(Step::Months(1)), None);
    assert_eq!(p("9999-W50").moved_by(Step::Weeks(2)), None, "9999-W52 ends in 10000");
    assert_eq!(p("0001-01").moved_by(Step::Months(-1)), None);
    assert_eq!(p("9999-autumn").moved_by(Step::Months(3)), None, "winter 9999/10000");
    assert_eq!(p("2019-01-01").moved_by(Step::Days(i32::MAX)), None);
    assert_eq!(p("2019-01").moved_by(Step::Weeks(i32::MIN)), None);
}

#[test]
fn units_until_counts_in_the_date_s_own_granularity() {
    assert_eq!(p("2019-05-16").units_until(&p("2019-09-16")), Some(123));
    assert_eq!(p("2019-W41").units_until(&p("2020-W07")), Some(18));
    assert_eq!(p("2019-11").units_until(&p("2020-03")), Some(4));
    assert_eq!(p("2019-autumn").units_until(&p("2019-Q4")), Some(1));
    assert_eq!(p("2019-11").units_until(&p("tbd")), None);
    assert_eq!(p("2019-11").units_until(&p("2019-11-05")), None);
}

#[test]
fn the_step_to_a_date_is_in_the_start_s_granularity() {
    assert_eq!(p("2019-10").step_to(&p("2020-01-15")), Some(Step::Months(3)));
    assert_eq!(p("2019-autumn").step_to(&p("2020-01-15")), Some(Step::Months(4)));
    assert_eq!(p("2019-W41").step_to(&p("2019-10-23")), Some(Step::Weeks(2)));
    assert_eq!(p("2019-10-01").step_to(&p("2019-W43")), None, "which day of the week?");
    assert_eq!(p("2019-02-18").step_to(&p("2019-03-04")), Some(Step::Days(14)));
    assert_eq!(p("2019-W41").step_to(&p("2019-W45")), Some(Step::Weeks(4)));
    assert_eq!(p("2019-W41").step_to(&p("2019-11-06")), Some(Step::Weeks(4)));
}

#[test]
fn the_smallest_step_is_of_the_date_s_own_granularity() {
    assert_eq!(p("2019-10-01").smallest_step_to(day(2019, 10, 4)), Some(Step::Days(3)));
    assert_eq!(p("2019-W41").smallest_step_to(day(2019, 10, 9)), Some(Step::Weeks(1)));
    assert_eq!(p("2019-autumn").smallest_step_to(day(2019, 10, 2)), Some(Step::Months(2)));
    assert_eq!(p("tbd").smallest_step_to(day(2019, 10, 2)), None);
    // Already there: no step, in every granularity (`move --months 3` once moved a month 4).
    assert_eq!(p("2019-08").smallest_step_to(day(2019, 8, 1)), Some(Step::Months(0)));
    assert_eq!(p("2019-W41").smallest_step_to(day(2019, 10, 7)), Some(Step::Weeks(0)));
    assert_eq!(p("2019-10-04").smallest_step_to(day(2019, 10, 4)), Some(Step::Days(0)));
}

#[test]
fn machine_formats_get_the_form_and_the_bounds() {
    let json = serde_json::to_value(p("efterår 2018")).unwrap();
    assert_eq!(
        json,
        serde_json::json!({"written": "2018-autumn", "form": "season", "earliest": "2018-09-01", "latest": "2018-11-30"})
    );
    assert_eq!(PlanDate::from_json(&json), Some(p("2018-autumn")));
    let tbd = serde_json::to_value(PlanDate::Tbd).unwrap();
    assert_eq!(tbd, serde_json::json!({"written": "tbd", "form": "tbd", "earliest": null, "latest": null}));
}

#[test]
fn display_round_trips() {
    for s in [
        "2019-01-28",
        "2019-W01",
        "2019-10",
        "2019-Q2",
        "2019-H2",
        "2019-spring",
        "early 2019-06",
        "2019-05/2019-06",
        "before sommerferie-2019",
        "tbd",
        "open",
    ] {
        assert_eq!(p(s).to_string(), s);
    }
}

#[test]
fn weeks_and_months_start_on_their_first_day_and_vaguer_forms_on_any_of_theirs() {
    let start = |s: &str| p(s).as_start().map(|(a, b)| format!("{a}..{b}")).unwrap();
    let end = |s: &str| p(s).as_end().map(|(a, b)| format!("{a}..{b}")).unwrap();
    assert_eq!(start("2019-W41"), "2019-10-07..2019-10-07");
    assert_eq!(end("2019-W41"), "2019-10-13..2019-10-13");
    assert_eq!(start("2019-10"), "2019-10-01..2019-10-01");
    assert_eq!(end("2019-10"), "2019-10-31..2019-10-31");
    assert_eq!(start("2019-autumn"), "2019-09-01..2019-11-30");
    assert_eq!(end("2019-autumn"), "2019-09-01..2019-11-30");
    assert_eq!(start("early 2019-06"), "2019-06-01..2019-06-10");
    assert_eq!(end("2019-05/2019-06"), "2019-05-01..2019-06-30");
    assert!(!p("2019-10").is_vague() && p("2019-Q4").is_vague());
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    /// Any date of a form with days to it, in the years a plan uses.
    fn date() -> impl Strategy<Value = PlanDate> {
        let year = 1990i32..2060;
        let month = 1u32..=12;
        prop_oneof![
            (year.clone(), month.clone(), 1u32..=28).prop_map(|(y, m, d)| PlanDate::Day(day(y, m, d))),
            (year.clone(), 1u32..=52).prop_map(|(year, week)| PlanDate::Week { year, week }),
            (year.clone(), month.clone()).prop_map(|(year, month)| PlanDate::Month { year, month }),
            (year.clone(), 1u32..=4).prop_map(|(year, quarter)| PlanDate::Quarter { year, quarter }),
            (year.clone(), 1u32..=2).prop_map(|(year, half)| PlanDate::Half { year, half }),
            (year.clone(), 0usize..4).prop_map(|(year, s)| PlanDate::Season { year, season: Season::ALL[s] }),
            (year.clone(), month.clone(), 0usize..3).prop_map(|(year, month, p)| PlanDate::PartOfMonth {
                part: PartOfMonth::ALL[p],
                year,
                month
            }),
            (year.clone(), month.clone(), 2i32..30).prop_map(|(y, m, n)| {
                let from = NaiveDate::from_ymd_opt(y, m, 1).unwrap();
                let to = add_months(from, n).unwrap().pred_opt().unwrap();
                PlanDate::Window { from, to, grain: Grain::Months }
            }),
            (year, month, 1u32..=28, 1u64..60).prop_map(|(y, m, d, n)| {
                let from = day(y, m, d);
                PlanDate::Window { from, to: from + chrono::Days::new(n), grain: Grain::Days }
            }),
        ]
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            (-40i32..40).prop_map(Step::Months),
            (-80i32..80).prop_map(Step::Weeks),
            (-400i32..400).prop_map(Step::Days)
        ]
    }

    proptest! {
        #[test]
        fn every_date_reads_back_from_the_format_s_form_and_the_danish_words(d in date()) {
            prop_assert_eq!(PlanDate::parse(&d.to_string()), Ok(d.clone()));
            prop_assert_eq!(PlanDate::parse(&d.words(Lang::Da)), Ok(d.clone()), "{}", d.words(Lang::Da));
            let (first, last) = d.bounds().unwrap();
            prop_assert!(first <= last);
            prop_assert_eq!(d.is_vague(), first != last && !matches!(d, PlanDate::Week { .. } | PlanDate::Month { .. }));
        }

        #[test]
        fn a_moved_date_keeps_its_width_and_moving_back_brings_it_home_unless_it_says_not(d in date(), s in step()) {
            let Some(moved) = d.moved_by(s) else { return Ok(()) };
            let (a, b) = d.bounds().unwrap();
            let (x, y) = moved.date.bounds().unwrap();
            // Whole months stay whole months of the same count; days the same number of days.
            match d.unit() {
                Some(Step::Months(_)) => prop_assert_eq!(
                    (y.year() * 12 + y.month0().cast_signed()) - (x.year() * 12 + x.month0().cast_signed()),
                    (b.year() * 12 + b.month0().cast_signed()) - (a.year() * 12 + a.month0().cast_signed())
                ),
                Some(Step::Weeks(_)) => prop_assert_eq!((y - x).num_days(), 6),
                _ if !matches!(d, PlanDate::Day(_)) && !matches!(s, Step::Months(_)) => {
                    prop_assert_eq!((y - x).num_days(), (b - a).num_days());
                }
                _ => {}
            }
            let back = moved.date.moved_by(s.reversed()).map(|m| m.date.bounds());
            if !moved.one_way {
                prop_assert_eq!(back, Some(d.bounds()));
            }
        }

        #[test]
        fn a_range_delay_covers_both_ends_of_the_range(d in date(), least in 0i32..6, more in 0i32..6) {
            let most = least + more;
            let (Some(low), Some(high)) = (d.moved_by(Step::Months(least)), d.moved_by(Step::Months(most))) else { return Ok(()) };
            let window = d.moved_between(Step::Months(least), Step::Months(most)).unwrap();
            let (x, y) = window.bounds().unwrap();
            prop_assert_eq!(x, low.date.earliest().unwrap());
            prop_assert_eq!(y, high.date.latest().unwrap());
        }
    }
}
