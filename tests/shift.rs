//! `shift` through the library: what moves, what is left alone, what is reported, and that
//! the file keeps every byte that is not a moved date or the new revision.

use aula_plan::load::load;
use aula_plan::plan::PlanDate;
use aula_plan::plan::date::Step;
use aula_plan::shift::{self, Request, RevisionEntry, Shift, ShiftError, Why};
use chrono::NaiveDate;

const FIXTURE: &str = include_str!("fixtures/shift/plan.toml");

fn request(step: Step) -> Request {
    Request { step, from: None, tracks: Vec::new(), only: Vec::new(), workdays: false }
}

fn run(source: &str, request: &Request) -> Result<(Shift, String), ShiftError> {
    let loaded = load(source);
    assert!(loaded.findings.is_empty(), "{:?}", loaded.findings);
    let plan = loaded.plan.expect("loads");
    let s = shift::plan_shift(&plan, source, request)?;
    let text = s.splices.apply(source);
    shift::verify(&plan, &s, &text, false)?;
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
            ("end = \"2019-W12\"", "end = \"2019-W16\""),
            ("start = \"2018-11\"", "start = \"2018-12\""),
            (
                "end = \"2019-11\"               # straddles a red line in 2019",
                "end = \"2019-12\"               # straddles a red line in 2019"
            ),
            ("date = 2019-08-12", "date = 2019-09-12"),
            ("end = \"2019-10\"", "end = \"2019-11\""),
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
    let notes: Vec<String> = shift::date_notes(&s).into_iter().map(|(_, n)| n).collect();
    assert_eq!(
        notes,
        [
            "`superuser-course` date: 2019-01-31 moved by 1 month would be 31 February 2019, which does not exist; it is \
          2019-02-28, the last day of the month"
        ]
    );
    let row = shift::table(&s).to_string();
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
    let notes: Vec<String> = shift::date_notes(&s).into_iter().map(|(_, n)| n).collect();
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
    let entry =
        RevisionEntry { date: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(), note: Some("KOMBIT: \"udsat\"".into()) };
    shift::add_revision(&mut s, FIXTURE, &entry).unwrap();
    let text = s.splices.apply(FIXTURE);
    shift::verify(&plan, &s, &text, true).unwrap();
    let expected = "note = \"Første udgave\"\n\n[[revision]]\ndate = 2026-11-22\nnote = 'KOMBIT: \"udsat\"'\n\
                    shift = { months = 4, from = \"2019-W10\", tracks = [\"schools\"], workdays = true }\n\n\
                    # The calendar never moves.";
    assert!(text.contains(expected), "{text}");
    let after = load(&text).plan.unwrap();
    let record = after.revisions[1].shift.as_ref().unwrap();
    assert_eq!(record.months.as_ref().map(|m| m.value), Some(4));
    assert_eq!(record.from.as_ref().map(|f| f.value), Some(day("2019-W10")));
    assert_eq!(after.revisions[1].note.as_ref().map(|n| n.value.as_str()), Some("KOMBIT: \"udsat\""));
}

#[test]
fn a_plan_without_revisions_gets_one_at_the_end_in_its_own_line_endings() {
    let without: String =
        FIXTURE.replace("[[revision]]\nrevision = \"1.0\"\ndate = 2019-01-15\nnote = \"Første udgave\"\n", "");
    for (eol, trailing) in [("\n", true), ("\r\n", true), ("\n", false)] {
        let mut source = without.replace('\n', eol);
        if !trailing {
            source.truncate(source.trim_end().len());
        }
        let plan = load(&source).plan.unwrap();
        let mut s = shift::plan_shift(&plan, &source, &request(Step::Weeks(1))).unwrap();
        let entry = RevisionEntry { date: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(), note: None };
        shift::add_revision(&mut s, &source, &entry).unwrap();
        let text = s.splices.apply(&source);
        shift::verify(&plan, &s, &text, true).unwrap();
        let tail = format!("{eol}{eol}[[revision]]{eol}date = 2026-11-22{eol}shift = {{ weeks = 1 }}{eol}");
        assert!(text.ends_with(&tail), "{text:?}");
        if eol == "\r\n" {
            assert_eq!(text.matches('\n').count(), text.matches("\r\n").count(), "no bare LF in a CRLF file");
        }
    }
}

#[test]
fn revisions_written_as_an_inline_array_get_one_more_element() {
    let source = FIXTURE.replace("[[revision]]\nrevision = \"1.0\"\ndate = 2019-01-15\nnote = \"Første udgave\"\n", "");
    let source =
        source.replacen("format = 1\n", "format = 1\nrevision = [{ revision = \"1.0\", date = 2019-01-15 }]\n", 1);
    let plan = load(&source).plan.unwrap();
    let mut s = shift::plan_shift(&plan, &source, &request(Step::Days(7))).unwrap();
    let entry = RevisionEntry { date: NaiveDate::from_ymd_opt(2026, 11, 22).unwrap(), note: None };
    shift::add_revision(&mut s, &source, &entry).unwrap();
    let text = s.splices.apply(&source);
    shift::verify(&plan, &s, &text, true).unwrap();
    assert!(
        text.contains(
            "revision = [{ revision = \"1.0\", date = 2019-01-15 }, { date = 2026-11-22, shift = { days = 7 } } ]"
        ),
        "{text}"
    );
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
