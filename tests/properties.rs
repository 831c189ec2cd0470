//! Properties of dates and of loading that must hold for every input, not only the examples.

use aula_plan::plan::PlanDate;
use aula_plan::plan::date::weeks_in_year;
use aula_plan::rules::Overrides;
use aula_plan::validate::validate;
use chrono::{Datelike, NaiveDate, Weekday};
use proptest::prelude::*;

proptest! {
    #[test]
    fn every_day_round_trips_through_its_text(days in 0i64..3_652_000) {
        let day = NaiveDate::from_ymd_opt(1, 1, 1).unwrap() + chrono::Days::new(days.unsigned_abs());
        prop_assume!(day.year() <= 9999);
        let d = PlanDate::Day(day);
        prop_assert_eq!(PlanDate::parse(&d.to_string()), Ok(d));
    }

    #[test]
    fn every_iso_week_runs_monday_to_sunday(year in 1i32..=9999, week in 1u32..=53) {
        let parsed = PlanDate::parse(&format!("{year:04}-W{week:02}"));
        if week <= weeks_in_year(year) {
            let w = parsed.unwrap();
            let (first, last) = (w.earliest().unwrap(), w.latest().unwrap());
            prop_assert_eq!(first.weekday(), Weekday::Mon);
            prop_assert_eq!(last.weekday(), Weekday::Sun);
            prop_assert_eq!((last - first).num_days(), 6);
            prop_assert_eq!(first.iso_week().week(), week);
        } else {
            prop_assert!(parsed.is_err());
        }
    }

    #[test]
    fn every_month_ends_the_day_before_the_next_begins(year in 1i32..=9998, month in 1u32..=12) {
        let m = PlanDate::Month { year, month };
        let next = if month == 12 { PlanDate::Month { year: year + 1, month: 1 } } else { PlanDate::Month { year, month: month + 1 } };
        prop_assert_eq!(m.latest().unwrap().succ_opt(), next.earliest());
        prop_assert_eq!(PlanDate::parse(&m.to_string()), Ok(m));
    }

    #[test]
    fn parsing_any_text_as_a_date_never_panics(s in "\\PC{0,12}|[0-9W-]{0,10}") {
        let _ = PlanDate::parse(&s);
    }

    #[test]
    fn validating_any_bytes_never_panics_and_always_points_inside_the_file(bytes in proptest::collection::vec(any::<u8>(), 0..200)) {
        let report = validate("x.toml".into(), &bytes, &Overrides::default());
        for f in &report.findings {
            prop_assert!(f.span.start() <= report.source.len() && f.span.end() <= report.source.len());
        }
    }

    #[test]
    fn validating_plan_like_text_never_panics(
        lines in proptest::collection::vec(
            prop_oneof![
                Just("format = 1".to_owned()),
                Just("[plan]".to_owned()),
                Just("[[unit]]".to_owned()),
                Just("[[role]]".to_owned()),
                Just("[[training]]".to_owned()),
                Just("[[phase]]".to_owned()),
                Just("[lints]".to_owned()),
                "(id|name|kind|parent|unit|root|trainer|trainees|after|start|end|date|quota|seats) = (\"[a-z-]{0,6}\"|[0-9-]{1,4}|\\[\"[a-z]{1,3}\"\\]|2019-0[1-9]-[0-3][0-9]|\"20[0-9]{2}-W[0-9]{2}\"|\"tbd\"|\"open\")",
            ],
            0..40,
        )
    ) {
        let text = lines.join("\n");
        let _ = validate("x.toml".into(), text.as_bytes(), &Overrides::default());
    }

    /// Lines as a hand edit leaves them (a bracket or quote forgotten, curly quotes, commas),
    /// read as slips: never a panic, every finding inside the file.
    #[test]
    fn validating_slipped_lines_never_panics_and_points_inside_the_file(
        lines in proptest::collection::vec(
            "[a-z]{1,5} ?= ?[\\[\\]{}\"'“”„‘’«»,=#. a-zæø0-9\r-]{0,12}|\\[\\[?[a-z]{1,4}\\]?\\]?|[ a-z\"\\],]{0,6}|[a-z]{1,3} = (\"\"\"|''')[a-zæø \"']{0,8}",
            0..12,
        )
    ) {
        let text = lines.join("\n");
        let report = validate("x.toml".into(), text.as_bytes(), &Overrides::default());
        for f in &report.findings {
            prop_assert!(f.span.start() <= report.source.len() && f.span.end() <= report.source.len());
        }
    }
}
