//! The reports through the library: what each view says about the Esbjerg plan (JSON content),
//! and the properties of allocation.

use std::fmt::Write as _;

use aula_plan::apportion;
use aula_plan::i18n::Lang;
use aula_plan::load::load;
use aula_plan::plan::Plan;
use aula_plan::rules::Overrides;
use aula_plan::validate;
use aula_plan::view::{self, Format, View};
use proptest::prelude::*;
use serde_json::Value;

const ESBJERG: &str = include_str!("../plans/esbjerg-2020.toml");
const SCHOOLS: &str = include_str!("fixtures/report/schools.toml");

fn plan(source: &str) -> Plan {
    load(source).plan.expect("loads")
}

/// The report's rows as JSON objects.
fn rows(r: &View) -> Vec<Value> {
    let doc: Value = serde_json::from_str(&view::render(r, Format::Json)).expect("JSON");
    doc["rows"].as_array().expect("rows").clone()
}

/// [`rows`], for a test whose own `rows` hides it.
fn super_rows(r: &View) -> Vec<Value> {
    rows(r)
}

fn row<'a>(rows: &'a [Value], key: &str, id: &str) -> &'a Value {
    rows.iter().find(|r| r[key] == id).unwrap_or_else(|| panic!("no row {key} = {id}"))
}

#[test]
fn org_is_a_tree_with_depths_and_parents() {
    let rows = rows(&view::org::report(&plan(ESBJERG), Lang::En));
    let school = row(&rows, "id", "cosmosskolen");
    assert_eq!((school["depth"].as_u64(), school["parent"].as_str()), (Some(3), Some("skoler")));
    assert_eq!(row(&rows, "id", "daginstitutioner")["leaders"], 56);
    assert_eq!(row(&rows, "id", "bpi")["depth"], 0);
    // Parents come before their children.
    let at = |id: &str| rows.iter().position(|r| r["id"] == id).unwrap();
    assert!(at("skoler") < at("cosmosskolen") && at("born-kultur") < at("skoler"));
}

#[test]
fn roles_count_named_tentative_and_vacant_seats() {
    let rows = rows(&view::roles::report(&plan(ESBJERG), Lang::En));
    let su = row(&rows, "id", "school-superuser");
    // Listed on EKnettet: how many seats are empty is not known from the plan.
    assert_eq!((su["quota"].as_u64(), su["named"].as_u64(), su["vacant"].as_u64()), (Some(69), Some(0), None));
    assert_eq!(su["roster"], "EKnettet");
    let admins = row(&rows, "id", "school-admin-superuser");
    assert_eq!((admins["named"].as_u64(), admins["vacant"].as_u64()), (Some(1), Some(1)), "Morten and one vacant seat");
    let admin = row(&rows, "id", "daycare-municipal-admin");
    assert_eq!(
        (admin["named"].as_u64(), admin["tentative"].as_u64(), admin["vacant"].as_u64()),
        (Some(1), Some(1), Some(0)),
        "Thomas and (Alice): tentative, neither named nor vacant"
    );
    assert_eq!(row(&rows, "id", "school-superuser")["tech_support"], "it-servicedesk");
}

#[test]
fn people_take_and_teach_trainings() {
    let rows = rows(&view::people::report(&plan(ESBJERG), Lang::En));
    let thomas = row(&rows, "id", "thomas");
    assert!(thomas["takes"].as_array().unwrap().contains(&"nc-school-admin".into()));
    assert!(thomas["teaches"].as_array().unwrap().contains(&"daycare-leaders".into()));
    assert_eq!(row(&rows, "id", "alice")["tentative"], true);
}

#[test]
fn trainings_list_trainers_trainees_and_dates() {
    let rows = rows(&view::training::report(&plan(ESBJERG), Lang::En));
    let nc = row(&rows, "id", "nc-school-superusers");
    assert_eq!(nc["trainees"], serde_json::json!(["school-superuser", "it-technician"]));
    assert_eq!(
        (nc["seats"].as_u64(), nc["start"]["written"].as_str(), nc["end"]["written"].as_str()),
        (Some(73), Some("2019-03-04"), Some("2019-03-11"))
    );
    // Who pays was in the source's colours (black and red numbers), lost: the plan says nothing.
    assert!(nc["paid"].is_null());
}

#[test]
fn the_cascade_runs_from_the_root_and_names_its_breaks() {
    let r = view::cascade::report(&plan(ESBJERG), Lang::En);
    let rows = rows(&r);
    assert_eq!(rows[0]["id"], "netcompany");
    let staff = row(&rows, "id", "school-staff");
    assert_eq!((staff["depth"].as_u64(), staff["via"].as_str()), (Some(2), Some("school-staff-training")));
    assert!(r.notes.iter().any(|n| n == "break: no training teaches «Chefer»"), "{:?}", r.notes);
    let untrained = view::cascade::report(&plan(include_str!("fixtures/rules/untrained-trainer.toml")), Lang::En);
    assert!(
        untrained.notes.iter().any(|n| n == "break: «Superuser» teaches «Staff-Course» but is never trained"),
        "{:?}",
        untrained.notes
    );
}

#[test]
fn the_cascade_flags_a_trainer_taught_too_late() {
    let late = include_str!("fixtures/rules/trainer-trained-late.toml");
    let r = view::cascade::report(&plan(late), Lang::En);
    assert!(rows(&r).iter().any(|r| r["flag"].as_str().is_some_and(|f| f.contains("before being trained"))), "{r:?}");
}

#[test]
fn the_timeline_is_in_date_order_with_undated_items_last() {
    let r = view::timeline::report(&plan(ESBJERG), 100, Lang::En);
    let rows = rows(&r);
    let starts: Vec<&str> = rows.iter().map(|r| r["start"]["written"].as_str().unwrap()).collect();
    assert_eq!(starts.first(), Some(&"2018-10-22"));
    let other = super_rows(&view::timeline::report(&plan(include_str!("fixtures/export/plan.toml")), 100, Lang::En));
    assert_eq!(row(&other, "id", "support-parents")["after"], serde_json::json!(["staff-course"]));
    // A row for every activity: those not dated yet after the dated, with their kind and track.
    assert_eq!(rows.len(), 31);
    let dated: Vec<bool> = rows.iter().map(|r| !r["start"]["earliest"].is_null()).collect();
    let first_undated = dated.iter().position(|d| !d).expect("an undated row");
    assert!(dated[first_undated..].iter().all(|d| !d), "{starts:?}");
    let admins = row(&rows, "id", "nc-daycare-admin");
    assert_eq!((admins["kind"].as_str(), admins["track"].as_str()), (Some("training"), Some("daycare")));
    assert_eq!(admins["status"], "planned");
    let chart = r.picture.expect("a chart");
    assert!(chart.lines().all(|l| l.chars().count() <= 100), "fits the width:\n{chart}");
    // October 2018 to May 2020 does not fit 100 columns a week a column.
    assert!(chart.contains("(a month a column; ! ends before it starts; ▒ may run"), "{chart}");
    assert!(chart.lines().next().is_some_and(|years| years.trim_end().ends_with("2020")), "no year cut short: {chart}");
    let reversed = chart.lines().find(|l| l.starts_with("Skolernes administrative person…")).expect("its row");
    assert!(reversed.contains('!'), "a reversed activity is marked, not left blank: {reversed}");
}

#[test]
fn support_paths_climb_to_the_vendor() {
    let r = view::support::report(&plan(ESBJERG), Some("school-parent"), Lang::En);
    let ids: Vec<Value> = rows(&r).iter().map(|r| r["id"].clone()).collect();
    assert_eq!(
        ids,
        ["school-parent", "school-staff", "school-superuser", "school-municipal-admin", "netcompany"].map(Value::from)
    );
}

#[test]
fn allocation_shows_every_method_and_what_is_declared() {
    let p = plan(SCHOOLS);
    let list = aula_plan::allocate::allocations(&p, Some("school-superuser")).unwrap();
    let rows = rows(&view::allocate::report(&p, &list, Lang::En));
    let nord = row(&rows, "unit", "nordskolen");
    assert_eq!(
        (nord["weight"].as_u64(), nord["seats"].as_u64(), nord["declared"].as_u64()),
        (Some(640), Some(31), Some(30))
    );
    assert_eq!(nord["exact"].as_f64(), Some(31.54));
    assert_eq!(nord["dhondt"].as_u64(), Some(32));
    let midt = row(&rows, "unit", "midtskolen");
    assert_eq!(
        (midt["dhondt"].as_u64(), midt["sainte_lague"].as_u64()),
        (Some(1), Some(2)),
        "D'Hondt favours the large"
    );
    let err = aula_plan::allocate::allocations(&p, Some("school-superusr")).unwrap_err();
    assert_eq!(err.to_string(), "no role has id `school-superusr` (did you mean `school-superuser`?)");
}

#[test]
fn estimate_scales_linearly_and_says_so() {
    let model = plan(include_str!("../plans/kombit-2016.toml"));
    let size = view::estimate::Size { schools: Some(26), daycare: None };
    let r = view::estimate::report(&model, &model, size, Lang::En);
    let rows = rows(&r);
    let muni = rows.iter().find(|r| r["party"] == "municipality" && r["track"] == "schools").unwrap();
    assert_eq!(muni["hours"], serde_json::json!([200, 1700, 2000, 900, 400]), "twice the 13 schools of the model");
    assert_eq!((muni["total"].as_u64(), muni["plan_total"].as_u64()), (Some(5200), Some(2600)));
    let daycare = rows.iter().find(|r| r["party"] == "municipality" && r["track"] == "daycare").unwrap();
    assert_eq!(daycare["size"], 27, "no count given: the model's own");
    assert!(r.notes[0].contains("linearly in the basis"));
}

/// Hours near the top of what a number holds neither wrap round 2^64 nor panic: the exact
/// figure, or a note that it is too large.
#[test]
fn estimate_of_huge_hours_is_exact_or_said_to_be_too_large() {
    let text = include_str!("fixtures/rules/estimate-total.ok.toml")
        .replace(
            "hours = [0, 1600, 4200, 9500, 150]",
            "hours = [1000000000000000000, 9000000000000000000, 9000000000000000000, 0, 0]",
        )
        .replace("total = 15450", "");
    let model = plan(&text);
    let exact = view::estimate::report(&model, &model, view::estimate::Size { schools: None, daycare: None }, Lang::En);
    let r = rows(&exact);
    let row = r.iter().find(|r| r["party"] == "schools").unwrap();
    assert_eq!(row["total"], serde_json::json!("19000000000000000000"), "past u64, exactly: {row}");
    let huge = view::estimate::Size { schools: Some(u64::MAX), daycare: None };
    let too_large = view::estimate::report(&model, &model, huge, Lang::En);
    let row = rows(&too_large).into_iter().find(|r| r["party"] == "schools").unwrap();
    assert_eq!(row["total"], Value::Null, "{row}");
    assert!(too_large.notes.iter().any(|n| n.contains("too large")), "{:?}", too_large.notes);
}

/// Seats that add up past what a number holds are summed exactly, not wrapped or rounded.
#[test]
fn a_quota_split_that_adds_up_past_2_to_the_64_is_summed_exactly() {
    let big = "school-superuser = 9223372036854775807";
    let text = SCHOOLS.replace("school-superuser = 30", big).replace("school-superuser = 11", big);
    assert_eq!(text.matches(big).count(), 2);
    let loaded = load(&text);
    let found = validate::check("plan.toml".into(), text.clone(), &loaded, &Overrides::default());
    let said: Vec<String> = found.findings.iter().map(|f| f.message.in_lang(Lang::En).into_owned()).collect();
    assert!(said.iter().any(|m| m.contains("18446744073709551614")), "{said:#?}");
}

#[test]
fn csv_has_a_header_of_keys_and_a_depth_for_trees() {
    let csv = view::render(&view::org::report(&plan(SCHOOLS), Lang::En), Format::Csv);
    let mut lines = csv.lines();
    assert_eq!(lines.next(), Some("depth,name,id,kind,parent,pupils,leaders,seats,go_live"));
    assert_eq!(lines.next(), Some("0,Leverandøren,vendor,vendor,,,,,"));
    assert!(csv.contains("1,Nordskolen,nordskolen,school,skoler,640,,school-superuser 30,\n"), "{csv}");
}

proptest! {
    #[test]
    fn largest_remainder_sums_to_the_quota_and_rounds_each_share(quota in 0u64..500, weights in prop::collection::vec(0u64..5000, 1..12)) {
        let seats = apportion::largest_remainder(quota, &weights);
        let total: u64 = weights.iter().sum();
        if total == 0 {
            prop_assert!(seats.iter().all(|&s| s == 0));
        } else {
            prop_assert_eq!(seats.iter().sum::<u64>(), quota);
            for (s, share) in seats.iter().zip(apportion::exact_shares(quota, &weights)) {
                let floor = u64::try_from(share.numerator / share.total).unwrap();
                let ceil = u64::try_from(share.numerator.div_ceil(share.total)).unwrap();
                prop_assert!(*s == floor || *s == ceil, "{} not the floor or ceiling of {}/{}", s, share.numerator, share.total);
            }
        }
    }

    #[test]
    fn more_pupils_never_means_fewer_seats(quota in 0u64..500, weights in prop::collection::vec(0u64..5000, 1..12)) {
        for method in [apportion::largest_remainder, apportion::dhondt, apportion::sainte_lague] {
            let seats = method(quota, &weights);
            for i in 0..weights.len() {
                for j in 0..weights.len() {
                    if weights[i] > weights[j] {
                        prop_assert!(seats[i] >= seats[j], "{:?} → {:?}", weights, seats);
                    }
                }
            }
            if weights.iter().any(|&w| w > 0) {
                prop_assert_eq!(seats.iter().sum::<u64>(), quota);
            }
        }
    }

    #[test]
    fn written_seats_satisfy_the_quota_rules(pupils in prop::collection::vec(1u64..2000, 1..8), quota in 1u64..120, declared in prop::collection::vec(prop::option::of(0u64..40), 8)) {
        let mut text = String::from(r#"format = 1
[plan]
title = "P"
root = "vendor"

[[unit]]
id = "vendor"
name = "V"
kind = "vendor"

[[unit]]
id = "skoler"
name = "S"
kind = "area"
"#);
        for (i, p) in pupils.iter().enumerate() {
            let _ = write!(text, r#"
[[unit]]
id = "s{i}"
name = "S{i}"
kind = "school"
parent = "skoler"
pupils = {p}
"#);
            if let Some(d) = declared[i] {
                let _ = writeln!(text, "seats = {{ su = {d} }}   # by hand");
            }
        }
        let _ = write!(text, r#"
[[role]]
id = "su"
name = "SU"
unit = "skoler"
quota = {quota}
split = "pupils"
support = "vendor"
needs_training = false
"#);
        let p = plan(&text);
        let list = aula_plan::allocate::allocations(&p, None).unwrap();
        let written = aula_plan::allocate::write_seats(&p, &text, &list).unwrap().apply(&text);
        let after = validate::validate("p.toml".into(), written.as_bytes(), &Overrides::default());
        let quota_findings: Vec<_> = after.findings.iter().filter(|f| ["quota-mismatch", "apportionment", "schema", "parse-error"].contains(&f.rule.name)).collect();
        prop_assert!(quota_findings.is_empty(), "{:?}\n{}", quota_findings, written);
        prop_assert_eq!(written.matches("# by hand").count(), declared.iter().take(pupils.len()).flatten().count(), "comments stay");
    }
}

#[test]
fn scaled_phases_add_up_to_the_scaled_total() {
    // 4 of KOMBIT's 13 schools: 2 600 × 4 ÷ 13 = 800 municipal hours, and the phases say so too
    // (each phase rounded alone would give 801).
    let kombit = plan(include_str!("../plans/kombit-2016.toml"));
    let size = view::estimate::Size { schools: Some(4), daycare: None };
    let rows = rows(&view::estimate::report(&kombit, &kombit, size, Lang::En));
    let municipality = rows.iter().find(|r| r["party"] == "municipality" && r["track"] == "schools").unwrap();
    assert_eq!(municipality["total"], 800);
    let hours: Vec<u64> = municipality["hours"].as_array().unwrap().iter().map(|h| h.as_u64().unwrap()).collect();
    assert_eq!(hours.iter().sum::<u64>(), 800, "{hours:?}");
    assert_eq!(view::estimate::Size::of(&kombit), view::estimate::Size { schools: Some(13), daycare: Some(27) });
}

/// A plan gives its number of schools and institutions by `count`, or by listing them each with
/// the `pupils` (`leaders`) its quotas are split by; a plan that names a school in passing
/// (Esbjerg's Cosmosskolen) does not.
#[test]
fn a_plan_gives_its_counts_by_count_or_by_a_full_list() {
    let of = |text: &str| view::estimate::Size::of(&plan(text));
    let none = view::estimate::Size { schools: None, daycare: None };
    assert_eq!(of(include_str!("../plans/esbjerg-2020.toml")), none);
    assert_eq!(
        of(include_str!("../plans/eksempelby-2019.toml")),
        view::estimate::Size { schools: Some(2), daycare: Some(1) }
    );
}

#[test]
fn status_says_where_each_activity_stands_on_a_day() {
    let plan = plan(
        r#"format = 1
[plan]
title = "T"
root = "v"
[[unit]]
id = "v"
name = "V"
kind = "vendor"
[[phase]]
id = "held"
name = "Held"
track = "schools"
start = 2019-03-04
end = 2019-03-08
status = "done"
[[phase]]
id = "dropped"
name = "Dropped"
track = "schools"
date = 2019-06-03
status = "cancelled"
[[phase]]
id = "late"
name = "Late"
track = "schools"
start = 2019-04-01
end = 2019-04-30
[[phase]]
id = "now"
name = "Now"
track = "schools"
start = 2019-05-13
end = "open"
[[phase]]
id = "soon"
name = "Soon"
track = "daycare"
start = "2019-W23"
end = "2019-W24"
[[phase]]
id = "autumn"
name = "Autumn"
track = "daycare"
start = "2019-09"
end = "2019-10"
[[phase]]
id = "unknown"
name = "Unknown"
date = "tbd"
"#,
    );
    let today = chrono::NaiveDate::from_ymd_opt(2019, 5, 20).unwrap();
    let r = view::status::report(&plan, today, 4, Lang::En);
    let states: Vec<(String, String)> = rows(&r)
        .iter()
        .map(|row| (row["id"].as_str().unwrap().to_owned(), row["state"].as_str().unwrap().to_owned()))
        .collect();
    let want = [
        ("held", "done"),
        ("dropped", "cancelled"),
        ("late", "overdue"),
        ("now", "running"),
        ("soon", "upcoming"),
        ("autumn", "later"),
        ("unknown", "undated"),
    ];
    assert_eq!(states, want.map(|(a, b)| (a.to_owned(), b.to_owned())));
    assert_eq!(
        r.notes,
        [
            "7 activities: 1 done, 1 cancelled, 1 overdue, 1 running, 1 upcoming, 1 later, 1 undated. \
             Upcoming: starting within 4 weeks of 2019-05-20.",
            // A verdict per track, as the steering group's report gives it.
            "Schools: Behind: 1 activity is overdue",
            "Day-care: On plan",
            "(no track): On plan, but 1 activity has no date",
        ]
    );
}

/// A plan written after an activity ended, which does not mark it done, does not say whether it
/// happened: "past, not recorded", not "overdue". What ended after the plan was written and is
/// not marked done is overdue.
#[test]
fn what_ended_before_the_plan_was_written_is_not_called_overdue() {
    let plan = plan(
        r#"format = 1
[plan]
title = "T"
root = "v"
date = 2020-03-01
[[unit]]
id = "v"
name = "V"
kind = "vendor"
[[phase]]
id = "before"
name = "Before"
start = 2019-05-16
end = 2019-06-21
[[phase]]
id = "after"
name = "After"
start = 2020-03-02
end = 2020-03-06
"#,
    );
    let today = chrono::NaiveDate::from_ymd_opt(2020, 4, 1).unwrap();
    let r = view::status::report(&plan, today, 4, Lang::En);
    let states: Vec<(String, String)> = rows(&r)
        .iter()
        .map(|row| (row["id"].as_str().unwrap().to_owned(), row["state"].as_str().unwrap().to_owned()))
        .collect();
    assert_eq!(states, [("after".to_owned(), "overdue".to_owned()), ("before".to_owned(), "ended".to_owned())]);
    assert!(r.notes[0].contains("1 past, not recorded as done"), "{:?}", r.notes);
}

/// Seats are written wherever the plan keeps them, and read back as allocated.
#[test]
fn seats_are_written_wherever_the_plan_keeps_them() {
    let head = r#"format = 1
[plan]
title = "T"
root = "v"
"#;
    let role = r#"[[role]]
id = "su"
name = "SU"
unit = "skoler"
support = "v"
quota = 3
split = "pupils"
"#;
    let layouts = [
        // Dotted keys.
        format!(
            "{head}[[unit]]\nid = \"v\"\nname = \"V\"\nkind = \"vendor\"\n[[unit]]\nid = \"skoler\"\nname = \"S\"\nkind = \"area\"\nparent = \"v\"\n\
             [[unit]]\nid = \"a\"\nname = \"A\"\nkind = \"school\"\nparent = \"skoler\"\npupils = 200\nseats.su = 9\n\
             [[unit]]\nid = \"b\"\nname = \"B\"\nkind = \"school\"\nparent = \"skoler\"\npupils = 100\n{role}"
        ),
        // A [unit.seats] table.
        format!(
            "{head}[[unit]]\nid = \"v\"\nname = \"V\"\nkind = \"vendor\"\n[[unit]]\nid = \"skoler\"\nname = \"S\"\nkind = \"area\"\nparent = \"v\"\n\
             [[unit]]\nid = \"a\"\nname = \"A\"\nkind = \"school\"\nparent = \"skoler\"\npupils = 200\n[unit.seats]\n\
             [[unit]]\nid = \"b\"\nname = \"B\"\nkind = \"school\"\nparent = \"skoler\"\npupils = 100\n{role}"
        ),
        // Units as an inline array.
        format!(
            "format = 1\nunit = [\n  {{ id = \"v\", name = \"V\", kind = \"vendor\" }},\n  {{ id = \"skoler\", name = \"S\", kind = \"area\", parent = \"v\" }},\n  \
             {{ id = \"a\", name = \"A\", kind = \"school\", parent = \"skoler\", pupils = 200 }},\n  \
             {{ id = \"b\", name = \"B\", kind = \"school\", parent = \"skoler\", pupils = 100, seats = {{ su = 5 }} }},\n]\n\
             [plan]\ntitle = \"T\"\nroot = \"v\"\n{role}"
        ),
    ];
    for text in layouts {
        let p = plan(&text);
        let list = aula_plan::allocate::allocations(&p, None).unwrap();
        let written = aula_plan::allocate::write_seats(&p, &text, &list).unwrap().apply(&text);
        let back = plan(&written);
        let declared: Vec<(String, u64)> = back
            .units
            .iter()
            .flat_map(|u| u.seats.iter().map(move |(r, n)| (format!("{}:{}", u.id.value, r.value), n.value)))
            .collect();
        assert_eq!(declared, [("a:su".to_owned(), 2), ("b:su".to_owned(), 1)], "{written}");
    }
}

#[test]
fn seats_that_do_not_place_the_whole_quota_are_not_written() {
    let base = |a: &str, b: &str| {
        format!(
            r#"format = 1
[plan]
title = "T"
root = "v"
[[unit]]
id = "v"
name = "V"
kind = "vendor"
[[unit]]
id = "a"
name = "A"
kind = "school"
parent = "v"
{a}
[[unit]]
id = "b"
name = "B"
kind = "school"
parent = "v"
{b}
[[role]]
id = "su"
name = "SU"
unit = "v"
quota = 3
split = "pupils"
"#
        )
    };
    for (text, why) in [
        (base("pupils = 0", "pupils = 0"), "would have 0 of its 3 seats placed"),
        (base("pupils = 200", ""), "`b` has no `pupils`"),
    ] {
        let p = plan(&text);
        let list = aula_plan::allocate::allocations(&p, None).unwrap();
        let err = aula_plan::allocate::write_seats(&p, &text, &list).unwrap_err();
        assert!(err.to_string().contains(why), "{err}");
    }
}

/// A support chain thousands of roles long: each role's path is shown up to 50 steps, then
/// said to go on, so that the overview grows with the number of roles, not its square.
#[test]
fn a_very_long_support_chain_is_shown_in_part() {
    let mut text = String::from(
        "format = 1\n[plan]\ntitle = \"t\"\nroot = \"v\"\n[[unit]]\nid = \"v\"\nname = \"V\"\nkind = \"vendor\"\n",
    );
    for i in 0..300 {
        let support = if i == 0 { String::new() } else { format!("support = \"r{}\"\n", i - 1) };
        let _ = write!(text, "[[role]]\nid = \"r{i}\"\nname = \"R{i}\"\nunit = \"v\"\n{support}");
    }
    let r = view::support::report(&plan(&text), None, Lang::En);
    let last = rows(&r).into_iter().find(|row| row["id"] == "r299").expect("r299");
    let path = last["path"].as_str().expect("a path");
    assert_eq!(path.matches(" → ").count(), 50, "{path}");
    assert!(
        path.starts_with("r298 → r297")
            && path.ends_with("… (more than 50 steps: `aula-plan show support PLAN --role ROLE` shows them all)"),
        "{path}"
    );
    let short = rows(&r).into_iter().find(|row| row["id"] == "r3").expect("r3");
    assert_eq!(short["path"], "r2 → r1 → r0");
}
