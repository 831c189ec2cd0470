//! `shift` through the library: what moves, what is left alone, what is reported, and that
//! the file keeps every byte that is not a moved date or the new revision.

use aula_plan::edit::Original;
use aula_plan::load::load;
use aula_plan::plan::PlanDate;
use aula_plan::plan::date::Step;
use aula_plan::shift::{self, Request, RevisionEntry, Shift, ShiftError, Why};
use chrono::NaiveDate;

const FIXTURE: &str = include_str!("fixtures/shift/plan.toml");

fn request(step: Step) -> Request {
    Request { step, most: None, from: None, tracks: Vec::new(), only: Vec::new(), workdays: false, end_only: false }
}

fn run(source: &str, request: &Request) -> Result<(Shift, String), ShiftError> {
    let loaded = load(source);
    assert!(loaded.findings.is_empty(), "{:?}", loaded.findings);
    let plan = loaded.plan.expect("loads");
    let s = shift::plan_shift(&plan, source, request)?;
    let text = shift::verify(&plan, Original { source, findings: &[] }, &s, false)?.text;
    Ok((s, text))
}

/// The lines that differ, as (old, new), for texts with the same number of lines.
fn changed_lines<'a>(old: &'a str, new: &'a str) -> Vec<(&'a str, &'a str)> {
    assert_eq!(old.lines().count(), new.lines().count());
    old.lines().zip(new.lines()).filter(|(a, b)| a != b).collect()
}

fn day(s: &str) -> PlanDate {
    PlanDate::parse(s).unwrap()
}

#[test]
fn a_shift_changes_only_activity_dates_and_keeps_quotes_and_comments() {
    let (s, text) = run(FIXTURE, &request(Step::Months(1))).unwrap();
    assert_eq!(
        changed_lines(FIXTURE, &text),
        [
            (
                "date = 2019-01-31             # month end: +1 month is clamped",
                "date = 2019-02-28             # month end: +1 month is clamped"
            ),
            (
                "start = '2019-W10'            # literal string, kept literal",
                "start = '2019-W14'            # literal string, kept literal"
            ),
            (r#"end = "2019-W12""#, r#"end = "2019-W16""#),
            (r#"start = "2018-11""#, r#"start = "2018-12""#),
            (
                r#"end = "2019-11"               # straddles a red line in 2019"#,
                r#"end = "2019-12"               # straddles a red line in 2019"#
            ),
            ("date = 2019-08-12", "date = 2019-09-12"),
            (r#"end = "2019-10""#, r#"end = "2019-11""#),
        ]
    );
    assert_eq!(s.moves.len(), 5);
    let info = s.moves.iter().find(|m| m.id == "daycare-info").unwrap();
    assert_eq!(info.dates[0].new, PlanDate::Tbd, "tbd stays tbd");
}

#[test]
fn the_red_line_moves_what_starts_on_or_after_it_and_never_half_moves() {
    let r = Request { from: Some(day("2019-06")), ..request(Step::Months(2)) };
    let (s, text) = run(FIXTURE, &r).unwrap();
    assert_eq!(s.moves.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), ["go-live"]);
    assert_eq!(changed_lines(FIXTURE, &text), [("date = 2019-08-12", "date = 2019-10-12")]);
    let left: Vec<(&str, &Why)> = s.left.iter().map(|l| (l.id.as_str(), &l.why)).collect();
    assert_eq!(
        left,
        [
            ("implementation", &Why::Straddles { line: day("2019-06"), start: day("2018-11"), end: day("2019-11") }),
            ("daycare-info", &Why::StartNotKnown { line: day("2019-06") }),
        ]
    );
    assert!(s.left[0].to_string().contains("starts before the red line 2019-06 and ends after it (2018-11 – 2019-11)"));
}

#[test]
fn the_first_day_of_a_week_or_month_counts_for_the_red_line() {
    // staff-course starts in 2019-W10, whose Monday is 4 March 2019.
    let on = Request { from: Some(day("2019-03-04")), only: vec!["staff-course".into()], ..request(Step::Weeks(1)) };
    assert_eq!(run(FIXTURE, &on).unwrap().0.moves.len(), 1);
    let after = Request { from: Some(day("2019-03-05")), ..on };
    let (s, _) = run(FIXTURE, &after).unwrap();
    assert!(s.moves.is_empty());
    assert!(matches!(s.left[..], [ref l] if l.id == "staff-course"), "{:?}", s.left);
}

#[test]
fn track_and_only_narrow_the_shift() {
    let r = Request { tracks: vec!["daycare".into()], ..request(Step::Months(1)) };
    assert_eq!(run(FIXTURE, &r).unwrap().0.moves.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(), ["daycare-info"]);
    let r = Request { only: vec!["go-live".into(), "staff-course".into()], ..request(Step::Months(1)) };
    assert_eq!(
        run(FIXTURE, &r).unwrap().0.moves.iter().map(|m| m.id.as_str()).collect::<Vec<_>>(),
        ["staff-course", "go-live"]
    );
    let r = Request { only: vec!["go-live".into()], tracks: vec!["daycare".into()], ..request(Step::Months(1)) };
    assert!(run(FIXTURE, &r).unwrap().0.moves.is_empty(), "both must hold");
}

#[test]
fn unknown_tracks_and_ids_are_refused_with_a_suggestion() {
    let err = |r: Request| run(FIXTURE, &r).unwrap_err().to_string();
    assert_eq!(
        err(Request { tracks: vec!["school".into()], ..request(Step::Months(1)) }),
        "no activity has track `school` (did you mean `schools`?)"
    );
    assert_eq!(
        err(Request { tracks: vec!["xyz".into()], ..request(Step::Months(1)) }),
        "no activity has track `xyz`; the tracks are `daycare`, `schools`"
    );
    assert_eq!(
        err(Request { only: vec!["golive".into()], ..request(Step::Months(1)) }),
        "no training or phase has id `golive` (did you mean `go-live`?)"
    );
    assert_eq!(
        err(Request { only: vec!["staff".into()], ..request(Step::Months(1)) }),
        "`staff` is a role; --only takes the ids of trainings and phases"
    );
    assert_eq!(err(request(Step::Days(0))), "a shift of 0 moves nothing");
}

#[test]
fn a_date_that_would_leave_the_calendar_is_refused_where_it_stands() {
    let e = run(FIXTURE, &request(Step::Months(-30_000))).unwrap_err();
    assert!(e.to_string().starts_with("`superuser-course`: date 2019-01-31 moved back 30000 months"), "{e}");
    let span = e.span().unwrap();
    assert_eq!(&FIXTURE[span.range()], "2019-01-31");
}

#[test]
fn clamped_month_ends_are_reported() {
    let (s, _) = run(FIXTURE, &request(Step::Months(1))).unwrap();
    let notes: Vec<String> = shift::date_notes(&s).into_iter().map(|(_, n)| n.to_string()).collect();
    assert_eq!(
        notes,
        [
            "`superuser-course` date: 2019-01-31 moved by 1 month would be 31 February 2019, which does not exist; it is \
          2019-02-28, the last day of the month"
        ]
    );
    let row = shift::table(&s, aula_plan::i18n::Lang::En).to_string();
    assert!(row.contains("+28 days"), "a clamped date's distance is in days: {row}");
}

#[test]
fn workdays_moves_days_off_weekends_holidays_and_closed_periods() {
    let r = Request { only: vec!["go-live".into()], workdays: true, ..request(Step::Days(-2)) };
    let (s, text) = run(FIXTURE, &r).unwrap();
    // 12 August − 2 days is Saturday 10 August, in the summer holiday until 11 August.
    assert_eq!(text, FIXTURE);
    assert!(s.moves.is_empty(), "landing back on the same working day is no move");
    let r = Request { only: vec!["superuser-course".into()], workdays: true, ..request(Step::Days(1)) };
    let (s, text) = run(FIXTURE, &r).unwrap();
    // 31 January 2019 + 1 day is Friday 1 February: a working day.
    assert!(text.contains("date = 2019-02-01 "));
    assert!(shift::date_notes(&s).is_empty());
    let r = Request { only: vec!["superuser-course".into()], workdays: true, ..request(Step::Days(2)) };
    let (s, text) = run(FIXTURE, &r).unwrap();
    assert!(text.contains("date = 2019-02-04 "), "Saturday 2 February moves on to Monday 4 February");
    let notes: Vec<String> = shift::date_notes(&s).into_iter().map(|(_, n)| n.to_string()).collect();
    assert_eq!(
        notes,
        ["`superuser-course` date: 2019-02-02 is a Saturday; moved on to 2019-02-04, the next working day"]
    );
}

#[test]
fn the_revision_goes_after_the_last_one_with_the_shift_recorded() {
    let loaded = load(FIXTURE);
    let plan = loaded.plan.unwrap();
    let r = Request {
        from: Some(day("2019-W10")),
        tracks: vec!["schools".into()],
        workdays: true,
        ..request(Step::Months(4))
    };
    let mut s = shift::plan_shift(&plan, FIXTURE, &r).unwrap();
    let entry = RevisionEntry {
        date: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
        note: Some("KOMBIT: \"udsat\"".into()),
        revision: None,
        plan_revision: None,
    };
    shift::add_revision(&mut s, FIXTURE, &entry).unwrap();
    let text = shift::verify(&plan, Original { source: FIXTURE, findings: &[] }, &s, true).unwrap().text;
    let expected = "note = \"Første udgave\"\n\n[[revision]]\ndate = 2026-11-22\nnote = 'KOMBIT: \"udsat\"'\n\
                    shift = { months = 4, from = \"2019-W10\", tracks = [\"schools\"], workdays = true }\n\n\
                    # The calendar never moves.";
    assert!(text.contains(expected), "{text}");
    let after = load(&text).plan.unwrap();
    let record = after.revisions[1].shift.as_ref().unwrap();
    assert_eq!(record.months.as_ref().map(|m| m.value), Some(aula_plan::plan::Amount { least: 4, most: 4 }));
    assert_eq!(record.from.as_ref().map(|f| f.value.clone()), Some(day("2019-W10")));
    assert_eq!(after.revisions[1].note.as_ref().map(|n| n.value.as_str()), Some("KOMBIT: \"udsat\""));
}

/// `source` shifted by `step` with a revision dated 2026-11-22 added, checked by reading it back.
fn with_revision(source: &str, step: Step) -> String {
    let plan = load(source).plan.unwrap();
    let mut s = shift::plan_shift(&plan, source, &request(step)).unwrap();
    let entry = RevisionEntry {
        date: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(),
        note: None,
        revision: None,
        plan_revision: None,
    };
    shift::add_revision(&mut s, source, &entry).unwrap();
    shift::verify(&plan, Original { source, findings: &[] }, &s, true).unwrap().text
}

#[test]
fn a_plan_without_revisions_gets_one_at_the_end_in_its_own_line_endings() {
    let without: String = FIXTURE.replace(
        r#"[[revision]]
revision = "1.0"
date = 2019-01-15
note = "Første udgave"
"#,
        "",
    );
    for (eol, trailing) in [("\n", true), ("\r\n", true), ("\n", false)] {
        let mut source = without.replace('\n', eol);
        if !trailing {
            source.truncate(source.trim_end().len());
        }
        let text = with_revision(&source, Step::Weeks(1));
        let tail = format!("{eol}{eol}[[revision]]{eol}date = 2026-11-22{eol}shift = {{ weeks = 1 }}{eol}");
        assert!(text.ends_with(&tail), "{text:?}");
        if eol == "\r\n" {
            assert_eq!(text.matches('\n').count(), text.matches("\r\n").count(), "no bare LF in a CRLF file");
        }
    }
}

#[test]
fn revisions_written_as_an_inline_array_get_one_more_element() {
    let source = FIXTURE.replace(
        r#"[[revision]]
revision = "1.0"
date = 2019-01-15
note = "Første udgave"
"#,
        "",
    );
    let source = source.replacen(
        "format = 1\n",
        r#"format = 1
revision = [{ revision = "1.0", date = 2019-01-15 }]
"#,
        1,
    );
    let text = with_revision(&source, Step::Days(7));
    assert!(
        text.contains(
            r#"revision = [{ revision = "1.0", date = 2019-01-15 }, { date = 2026-11-22, shift = { days = 7 } } ]"#
        ),
        "{text}"
    );
}

#[test]
fn an_inline_history_with_a_trailing_comma_or_none_yet_gets_no_second_comma() {
    let base = FIXTURE.replace(
        r#"[[revision]]
revision = "1.0"
date = 2019-01-15
note = "Første udgave"
"#,
        "",
    );
    for (written, expected) in [
        (
            "revision = [{ date = 2019-01-15 },]",
            "revision = [{ date = 2019-01-15 },{ date = 2026-11-22, shift = { days = 7 } } ]",
        ),
        ("revision = []", "revision = [{ date = 2026-11-22, shift = { days = 7 } } ]"),
    ] {
        let source = base.replacen("format = 1\n", &format!("format = 1\n{written}\n"), 1);
        let text = with_revision(&source, Step::Days(7));
        assert!(text.contains(expected), "{text}");
    }
}

#[test]
fn a_crlf_plan_stays_crlf_byte_for_byte() {
    let source = FIXTURE.replace('\n', "\r\n");
    let (_, text) = run(&source, &request(Step::Months(3))).unwrap();
    assert_eq!(text.len(), source.len(), "same-width dates: not a byte more or less");
    assert_eq!(text.matches("\r\n").count(), source.matches("\r\n").count());
    assert_eq!(text.matches('\n').count(), source.matches('\n').count());
    let (_, back) = run(&text, &request(Step::Months(-3))).unwrap();
    assert_eq!(back, source.replace("2019-01-31", "2019-01-30"), "only the clamped day does not come back");
}

mod properties {
    //! Random plans with comments, quoting of every kind and either line ending: a shift
    //! touches nothing but the values of activity dates, and a step back brings them home.

    use super::*;
    use proptest::prelude::*;

    /// One date as a plan may write it, and whether it may stand as a start.
    fn date_text(end: bool) -> impl Strategy<Value = String> {
        let day = (2000i32..2030, 1u32..=12, 1u32..=31).prop_filter_map("a real day", |(y, m, d)| {
            NaiveDate::from_ymd_opt(y, m, d).map(|d| d.format("%Y-%m-%d").to_string())
        });
        let week = (2000i32..2030, 1u32..=52).prop_map(|(y, w)| format!("{y}-W{w:02}"));
        let month = (2000i32..2030, 1u32..=12).prop_map(|(y, m)| format!("{y}-{m:02}"));
        let quoted = prop_oneof![day.clone(), week, month, Just("tbd".to_owned())]
            .prop_flat_map(|d| prop_oneof![Just(format!("\"{d}\"")), Just(format!("'{d}'"))]);
        if end {
            prop_oneof![3 => day, 6 => quoted, 1 => Just("\"open\"".to_owned())].boxed()
        } else {
            prop_oneof![day, quoted].boxed()
        }
    }

    /// A key line: `key`, spacing, the value, and maybe a comment (which may hold a date).
    fn line(key: &'static str, value: &str, spacing: &str, comment: Option<&String>) -> String {
        let comment = comment.map_or_else(String::new, |c| format!("   # {c}"));
        format!("{key}{spacing}={spacing}{value}{comment}")
    }

    #[derive(Debug, Clone)]
    struct Generated {
        text: String,
        /// Line numbers (0-based) of activity date values.
        date_lines: Vec<usize>,
    }

    fn plan() -> impl Strategy<Value = Generated> {
        let activity = (
            prop::bool::ANY,
            date_text(false),
            date_text(true),
            prop::option::of("[a-zæøå 0-9:-]{0,20}"),
            prop_oneof![Just(""), Just(" "), Just("   ")],
            prop_oneof![Just("schools"), Just("daycare")],
        );
        (prop::collection::vec(activity, 1..8), prop::bool::ANY, "[a-zæøå 0-9-]{0,30}").prop_map(
            |(activities, crlf, header)| {
                let mut lines: Vec<String> = vec![
                    format!("# {header} 2019-05-01"),
                    "format = 1".into(),
                    String::new(),
                    "[plan]".into(),
                    r#"title = "Egenskaber""#.into(),
                    "date = 2019-01-15   # never moves".into(),
                    r#"root = "vendor""#.into(),
                    String::new(),
                    "[[unit]]".into(),
                    r#"id = "vendor""#.into(),
                    r#"name = "V""#.into(),
                    r#"kind = "vendor""#.into(),
                ];
                let mut date_lines = Vec::new();
                for (i, (single, start, end, comment, spacing, track)) in activities.into_iter().enumerate() {
                    lines.extend([
                        String::new(),
                        format!("# activity {i}"),
                        "[[phase]]".into(),
                        format!(r#"id = "a{i}""#),
                        format!(r#"name = "A {i}""#),
                        format!(r#"track = "{track}""#),
                    ]);
                    date_lines.push(lines.len());
                    if single {
                        lines.push(line("date", &start, spacing, comment.as_ref()));
                    } else {
                        lines.push(line("start", &start, spacing, comment.as_ref()));
                        date_lines.push(lines.len());
                        lines.push(line("end", &end, spacing, None));
                    }
                }
                lines.extend([
                    String::new(),
                    "[calendar]".into(),
                    r#"closed = [{ name = "Sommer", start = 2019-06-29, end = 2019-08-11 }]"#.into(),
                    String::new(),
                ]);
                let eol = if crlf { "\r\n" } else { "\n" };
                Generated { text: lines.join(eol), date_lines }
            },
        )
    }

    fn step() -> impl Strategy<Value = Step> {
        prop_oneof![
            (-60i32..=60).prop_filter("not 0", |n| *n != 0).prop_map(Step::Months),
            (-200i32..=200).prop_filter("not 0", |n| *n != 0).prop_map(Step::Weeks),
            (-1500i32..=1500).prop_filter("not 0", |n| *n != 0).prop_map(Step::Days),
        ]
    }

    fn shifted(source: &str, r: &Request) -> (Shift, String) {
        let loaded = load(source);
        let errors: Vec<_> =
            loaded.findings.iter().filter(|f| f.rule.level == aula_plan::registry::Level::Deny).collect();
        assert!(errors.is_empty(), "{errors:?}\n{source}");
        let plan = loaded.plan.expect("loads");
        let s = shift::plan_shift(&plan, source, r).expect("shifts");
        let text = shift::verify(&plan, Original { source, findings: &[] }, &s, false).expect("reads back").text;
        (s, text)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn every_changed_line_is_an_activity_date_and_only_its_value_changed(g in plan(), step in step()) {
            let (_, text) = shifted(&g.text, &request(step));
            prop_assert_eq!(text.len(), g.text.len(), "dates keep their width");
            prop_assert_eq!(text.matches("\r\n").count(), g.text.matches("\r\n").count());
            let old: Vec<&str> = g.text.split('\n').collect();
            let new: Vec<&str> = text.split('\n').collect();
            prop_assert_eq!(old.len(), new.len());
            for (i, (a, b)) in old.iter().zip(&new).enumerate() {
                if a != b {
                    prop_assert!(g.date_lines.contains(&i), "line {} changed: {:?} → {:?}", i + 1, a, b);
                    let (ka, kb) = (a.split_once('=').unwrap(), b.split_once('=').unwrap());
                    prop_assert_eq!(ka.0, kb.0, "the key and its spacing stay");
                    let (va, vb) = (ka.1.trim_start(), kb.1.trim_start());
                    prop_assert_eq!(va.starts_with('"'), vb.starts_with('"'), "the quoting stays");
                    prop_assert_eq!(va.starts_with('\''), vb.starts_with('\''), "the quoting stays");
                    prop_assert_eq!(&va[va.len().min(12)..], &vb[vb.len().min(12)..], "the comment stays");
                }
            }
        }

        #[test]
        fn days_and_weeks_there_and_back_restore_the_file_byte_for_byte(g in plan(), n in -1500i32..=1500, weeks in prop::bool::ANY) {
            let step = if weeks { Step::Weeks(n / 7) } else { Step::Days(n) };
            prop_assume!(step.amount() != 0);
            let (s, there) = shifted(&g.text, &request(step));
            let (s2, back) = shifted(&there, &request(step.reversed()));
            // Every date comes home but one moved on (either way) to keep an end after its start.
            let repaired: Vec<_> = s.repairs.iter().chain(&s2.repairs).map(|r| r.span).collect();
            if repaired.is_empty() {
                prop_assert_eq!(back, g.text);
            } else {
                for (a, b) in g.text.split('\n').zip(back.split('\n')) {
                    if a != b {
                        let at = g.text.find(a).unwrap();
                        prop_assert!(repaired.iter().any(|c| c.start() >= at && c.end() <= at + a.len()), "{:?} → {:?}", a, b);
                    }
                }
            }
        }

        #[test]
        fn months_there_and_back_restore_the_file_wherever_nothing_was_one_way(g in plan(), n in -60i32..=60) {
            prop_assume!(n != 0);
            let (s, there) = shifted(&g.text, &request(Step::Months(n)));
            let (s2, back) = shifted(&there, &request(Step::Months(-n)));
            // A date that does not come back: clamped to a month's end, or moved on (either way)
            // to keep an end after its start. Dates keep their width, so spans line up.
            let mut clamped: Vec<_> = s.moves.iter().flat_map(|m| &m.dates).filter(|d| d.one_way).map(|d| d.span).collect();
            clamped.extend(s.repairs.iter().chain(&s2.repairs).map(|r| r.span));
            if clamped.is_empty() {
                prop_assert_eq!(back, g.text);
            } else {
                // Every other date is home again.
                for (a, b) in g.text.split('\n').zip(back.split('\n')) {
                    if a != b {
                        let at = g.text.find(a).unwrap();
                        prop_assert!(clamped.iter().any(|c| c.start() >= at && c.end() <= at + a.len()), "{:?} → {:?}", a, b);
                    }
                }
            }
        }

        #[test]
        fn the_red_line_moves_whole_activities_or_none(g in plan(), step in step(), line in (2000i32..2030, 1u32..=12)) {
            let from = PlanDate::Month { year: line.0, month: line.1 };
            let r = Request { from: Some(from.clone()), ..request(step) };
            let (s, _) = shifted(&g.text, &r);
            let first = from.earliest().unwrap();
            for m in &s.moves {
                let start = m.dates[0].old.earliest();
                prop_assert!(start.is_some_and(|d| d >= first), "{} moved but starts {:?}", m.id, start);
                for d in &m.dates {
                    let stepped = d.old.moved_by(step).map(|x| x.date);
                    // A date moved on further to keep an order (an end before its start, where
                    // dates of two granularities step apart) is a repair, reported as one: from
                    // where the step put it to where it went.
                    if let Some(r) = s.repairs.iter().find(|r| r.span == d.span) {
                        prop_assert_eq!(Some(r.stepped.clone()), stepped, "{} was repaired from the step", &m.id);
                        prop_assert_eq!(r.to.clone(), d.new.clone(), "{} went where the repair says", &m.id);
                    } else {
                        prop_assert_eq!(stepped, Some(d.new.clone()), "every date of {} moved", &m.id);
                    }
                }
            }
            for l in &s.left {
                prop_assert!(!s.moves.iter().any(|m| m.id == l.id));
            }
        }

        #[test]
        fn the_new_revision_reads_back_with_its_parameters(g in plan(), step in step(), note in prop::option::of("\\PC{0,30}")) {
            let loaded = load(&g.text);
            let plan = loaded.plan.unwrap();
            let mut s = shift::plan_shift(&plan, &g.text, &request(step)).unwrap();
            let entry = RevisionEntry { date: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(), note: note.clone(), revision: None, plan_revision: None };
            shift::add_revision(&mut s, &g.text, &entry).unwrap();
            let text = shift::verify(&plan, Original { source: &g.text, findings: &[] }, &s, true).unwrap().text;
            let after = load(&text).plan.unwrap();
            let r = &after.revisions[0];
            prop_assert_eq!(r.note.as_ref().map(|n| n.value.to_string()), note.map(|n| if g.text.contains('\r') { n.replace('\n', "\r\n") } else { n }));
            let record = r.shift.as_ref().unwrap();
            let amount = [&record.months, &record.weeks, &record.days].into_iter().flatten().map(|v| (v.value.least, v.value.most)).collect::<Vec<_>>();
            prop_assert_eq!(amount, vec![(i64::from(step.amount()), i64::from(step.amount()))]);
            if g.text.contains('\r') {
                prop_assert_eq!(text.matches('\n').count(), text.matches("\r\n").count());
            }
        }
    }
}

#[test]
fn a_comma_in_a_comment_of_an_inline_history_is_no_separator() {
    let source = r#"format = 1
revision = [
  { revision = "1", date = 2019-01-01 } # first draft, before the delay
]
[plan]
title = "T"
root = "v"
[[unit]]
id = "v"
name = "V"
kind = "vendor"
[[phase]]
id = "p"
name = "P"
date = 2019-03-04
"#;
    let text = with_revision(source, Step::Weeks(1));
    let plan = load(&text).plan.expect("reads back");
    assert_eq!(plan.revisions.len(), 2, "{text}");
}

#[test]
fn new_lines_take_the_line_ending_of_the_place_they_go() {
    // LF at the top (a header someone added), CRLF in the history block.
    let source = "format = 1\n[plan]\r\ntitle = \"T\"\r\nroot = \"v\"\r\n[[unit]]\r\nid = \"v\"\r\nname = \"V\"\r\nkind = \"vendor\"\r\n\
                  [[phase]]\r\nid = \"p\"\r\nname = \"P\"\r\ndate = 2019-03-04\r\n[[revision]]\r\ndate = 2019-01-01\r\n";
    let text = with_revision(source, Step::Weeks(1));
    let added = &text[text.rfind("[[revision]]").unwrap()..];
    assert!(added.contains("[[revision]]\r\ndate = 2026-11-22\r\n"), "{added:?}");
    assert!(!added.replace("\r\n", "").contains('\n'), "no bare LF in a CRLF block: {added:?}");
}
