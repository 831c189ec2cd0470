//! Plans that follow others: `[follows]`, qualified ids in `after`, and what `validate` says
//! of them across the files — a name that is not followed, an id the followed plan lacks, an
//! activity that starts before the national one it waits for ends (found again after a
//! national delay), and followed plans that cannot be read or loop.

mod common;

use std::path::Path;

use aula_plan::diagnostic::CheckedPlan;
use aula_plan::rules::Overrides;
use aula_plan::validate::validate_at;

/// A municipal plan in a folder of its own, beside a copy of the national fixture; validated.
fn municipal(after: &str, date: &str, national: Option<&str>) -> (tempfile::TempDir, CheckedPlan) {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = national.map_or_else(
        || std::fs::read_to_string("tests/fixtures/follows/national.toml").expect("fixture"),
        str::to_owned,
    );
    std::fs::write(dir.path().join("national.toml"), text).expect("write");
    let plan = format!(
        "format = 1\n[plan]\ntitle = \"Kommunens plan\"\ndate = 2019-01-01\nroot = \"vendor\"\n\n\
         [follows]\nkombit = \"national.toml\"\n\n\
         [[unit]]\nid = \"vendor\"\nname = \"Leverandøren\"\nkind = \"vendor\"\n\n\
         [[phase]]\nid = \"daycare-inform\"\nname = \"Dagtilbuddene informerer forældrene\"\nkind = \"parents-pupils\"\n\
         date = {date}\nafter = [\"{after}\"]\n"
    );
    let path = dir.path().join("plan.toml");
    std::fs::write(&path, &plan).expect("write");
    let report = validate_at("plan.toml".into(), plan.as_bytes(), &path, &Overrides::default());
    (dir, report)
}

fn rules(report: &CheckedPlan) -> Vec<&str> {
    report.findings.iter().map(|f| f.rule.name).collect()
}

fn messages(report: &CheckedPlan) -> Vec<String> {
    report.findings.iter().map(|f| f.message.to_string()).collect()
}

#[test]
fn a_qualified_id_of_a_followed_activity_that_ends_in_time_is_fine() {
    // The wave runs weeks 41 to 43 of 2019: it ends on Sunday 27 October.
    let (_dir, report) = municipal("kombit:daycare-wave-2", "2019-10-28", None);
    assert!(report.findings.is_empty(), "{:?}", messages(&report));
}

#[test]
fn an_activity_that_starts_before_the_followed_one_ends_is_dependency_order() {
    let (_dir, report) = municipal("kombit:daycare-wave-2", "2019-10-21", None);
    assert_eq!(rules(&report), ["dependency-order"]);
    assert_eq!(messages(&report), ["`daycare-inform` starts 2019-10-21, before `kombit:daycare-wave-2` ends 2019-W43"]);
}

#[test]
fn a_national_delay_is_found_in_the_municipal_plan() {
    // KOMBIT moves the wave 4 weeks: the municipal date that was fine is now too early.
    let national = std::fs::read_to_string("tests/fixtures/follows/national.toml")
        .expect("fixture")
        .replace("start = \"2019-W41\"\nend = \"2019-W43\"", "start = \"2019-W45\"\nend = \"2019-W47\"")
        .replace("date = 2019-11-04", "date = 2019-12-02");
    let (_dir, report) = municipal("kombit:daycare-wave-2", "2019-10-28", Some(&national));
    assert_eq!(rules(&report), ["dependency-order"], "{:?}", messages(&report));
    assert!(messages(&report)[0].contains("before `kombit:daycare-wave-2` ends 2019-W47"));
}

#[test]
fn a_name_not_followed_and_an_id_the_followed_plan_lacks_are_unknown_references() {
    let (_dir, report) = municipal("kombi:daycare-wave-2", "2019-11-01", None);
    assert_eq!(rules(&report), ["unknown-reference"]);
    assert_eq!(messages(&report), ["`kombi` is not a plan this plan follows"]);
    let help = report.findings[0].help.as_ref().map(ToString::to_string).unwrap_or_default();
    assert!(help.contains("did you mean `kombit`?"), "{help}");

    let (_dir, report) = municipal("kombit:daycare-wave2", "2019-11-01", None);
    assert_eq!(rules(&report), ["unknown-reference"]);
    let message = &messages(&report)[0];
    assert!(message.starts_with("`kombit:daycare-wave2` is not a training or phase of the followed plan `kombit`"));
    let help = report.findings[0].help.as_ref().map(ToString::to_string).unwrap_or_default();
    assert!(help.contains("`kombit:daycare-wave-2`"), "{help}");
}

#[test]
fn without_its_folder_a_plan_s_followed_plans_are_not_read_nor_its_qualified_ids_reported() {
    let text = "format = 1\n[plan]\ntitle = \"t\"\nroot = \"v\"\n[follows]\nkombit = \"nowhere.toml\"\n\
                [[unit]]\nid = \"v\"\nname = \"V\"\nkind = \"vendor\"\n\
                [[phase]]\nid = \"p\"\nname = \"P\"\ndate = 2019-01-01\nafter = [\"kombit:x\"]\n";
    let report = aula_plan::validate::validate("p.toml".into(), text.as_bytes(), &Overrides::default());
    assert!(report.findings.is_empty(), "{:?}", messages(&report));
}

#[test]
fn validate_reads_a_followed_plan_from_the_plan_s_folder_and_fails_on_its_errors() {
    let out = common::aula_plan()
        .args(["validate", "tests/fixtures/rules/followed-plan.toml", "--format", "concise"])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(text.contains("error[followed-plan] the followed plan `gone` (tests/fixtures/follows/gone.toml) cannot be read: there is no such file"), "{text}");
    // Standard input's followed plans are read from the working folder.
    let plan = std::fs::read("tests/fixtures/rules/followed-plan.ok.toml").expect("fixture");
    let out = common::aula_plan()
        .current_dir(Path::new("tests/fixtures/rules"))
        .args(["validate", "-"])
        .write_stdin(plan)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stdout));
}

#[test]
fn the_timeline_and_the_status_show_the_national_activities_the_plan_waits_for() {
    let timeline = common::stdout_of(common::aula_plan().args([
        "show",
        "timeline",
        "plans/eksempelby-2019.toml",
        "--format",
        "json",
    ]));
    let doc: serde_json::Value = serde_json::from_str(&timeline).expect("JSON");
    let ids: Vec<&str> = doc["rows"].as_array().expect("rows").iter().filter_map(|r| r["id"].as_str()).collect();
    // In date order with the plan's own: the wave the schools wait for before their go-live.
    let wave = ids.iter().position(|&i| i == "kombit:wave-15-rollout").expect("the national wave");
    let go_live = ids.iter().position(|&i| i == "school-go-live").expect("the go-live");
    assert!(wave < go_live, "{ids:?}");
    assert_eq!(ids.iter().filter(|i| i.starts_with("kombit:")).count(), 4, "{ids:?}");

    let status = common::stdout_of(common::aula_plan().args([
        "status",
        "plans/eksempelby-2019.toml",
        "--today",
        "2019-06-01",
        "--format",
        "json",
    ]));
    let doc: serde_json::Value = serde_json::from_str(&status).expect("JSON");
    let wave = doc["rows"].as_array().expect("rows").iter().find(|r| r["id"] == "kombit:wave-15-rollout").expect("row");
    // Past, by KOMBIT's dates: not the municipality's unrecorded work.
    assert_eq!((wave["track"].as_str(), wave["state"].as_str()), (Some("kombit"), Some("past")));
    // The national activities are shown, not counted with the plan's own.
    assert!(doc["notes"][0].as_str().expect("note").starts_with("7 activities:"));
}

#[test]
fn the_gantt_chart_draws_the_national_activities_in_a_lane_above_and_a_delay_as_a_late_arrow() {
    let svg = common::stdout_of(common::aula_plan().args(["gantt", "plans/eksempelby-2019.toml"]));
    assert!(svg.contains(">The national plan (KOMBIT)</text>"), "a lane named after the followed plan");
    assert!(svg.contains(r#"data-from="kombit:wave-15-rollout" data-to="school-go-live""#), "an arrow from the wave");
    // Only the plan's own activities are counted.
    assert!(svg.contains("7 activities, 0 not dated yet"), "{svg}");

    let dir = common::national_delay();
    let out =
        common::aula_plan().current_dir(dir.path()).args(["gantt", "eksempelby-2019.toml"]).output().expect("runs");
    let svg = String::from_utf8(out.stdout).expect("UTF-8");
    let arrow =
        svg.split("<polyline").find(|p| p.contains(r#"data-from="kombit:wave-15-rollout""#)).expect("the arrow");
    assert!(
        arrow.contains("stroke-dasharray")
            && arrow.contains("Go live, skoler starts before Udrulning og uddannelse i 10-15 kommuner ends"),
        "{arrow}"
    );
}

#[test]
fn diff_of_two_folders_shows_how_the_national_activities_moved_and_the_wait_it_broke() {
    let before = tempfile::tempdir().expect("tempdir");
    for plan in ["eksempelby-2019.toml", "kombit-2016.toml"] {
        std::fs::copy(Path::new("plans").join(plan), before.path().join(plan)).expect("copy");
    }
    let after = common::national_delay();
    let out = common::aula_plan()
        .args(["diff", "--format", "json"])
        .arg(before.path().join("eksempelby-2019.toml"))
        .arg(after.path().join("eksempelby-2019.toml"))
        .output()
        .expect("runs");
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let change = &doc["changes"][0];
    assert_eq!((change["kind"].as_str(), change["id"].as_str()), (Some("national"), Some("kombit:wave-15-rollout")));
    assert_eq!(change["fields"][1]["delta"], "+2 months", "{change}");
    assert_eq!(doc["changes"].as_array().expect("changes").len(), 1, "the plan itself did not change");
    assert_eq!(doc["new_findings"][0]["rule"], "dependency-order");
}

#[test]
fn a_view_of_a_plan_whose_followed_plan_cannot_be_read_says_what_it_leaves_out() {
    let dir = tempfile::tempdir().expect("tempdir");
    // The fictional plan without the national plans beside it.
    std::fs::copy("plans/eksempelby-2019.toml", dir.path().join("plan.toml")).expect("copy");
    let plan = dir.path().join("plan.toml");
    let svg = dir.path().join("g.svg");
    for args in [
        vec!["status".to_owned(), "--today".into(), "2019-03-15".into()],
        vec!["show".into(), "timeline".into()],
        vec!["gantt".into(), "-o".into(), svg.display().to_string()],
        vec!["report".into(), "--today".into(), "2019-03-15".into(), "--format".into(), "markdown".into()],
    ] {
        let (command, rest) = args.split_first().expect("a command");
        let mut run = common::aula_plan();
        run.args(["--lang", "da"]).arg(command);
        if command == "show" {
            run.args(rest).arg(&plan);
        } else {
            run.arg(&plan).args(rest);
        }
        let out = run.output().expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {err}");
        assert!(err.contains("advarsel: den fulgte plan `kombit` ("), "{args:?}: {err}");
        assert!(
            err.contains("kombit-2016.toml) kan ikke læses: filen findes ikke; dens aktiviteter er udeladt her"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn the_report_and_the_export_find_what_validate_finds_against_the_followed_plans() {
    let dir = tempfile::tempdir().expect("tempdir");
    for name in ["eksempelby-2019.toml", "kombit-2016.toml"] {
        std::fs::copy(Path::new("plans").join(name), dir.path().join(name)).expect("copy");
    }
    // The national wave moves two months: the municipality's go-live now starts too early.
    let national = dir.path().join("kombit-2016.toml");
    let mut moved = common::aula_plan();
    moved.arg("move").arg(&national).args(["wave-15-rollout", "--months", "2", "--yes"]);
    assert!(moved.output().expect("runs").status.success());
    let plan = dir.path().join("eksempelby-2019.toml");
    let validate = common::aula_plan().arg("validate").arg(&plan).args(["--format", "concise"]).output();
    assert!(String::from_utf8_lossy(&validate.expect("runs").stdout).contains("error[dependency-order]"));
    let report: &[&str] = &["report", "--format", "markdown", "--today", "2019-05-15"];
    for (args, says) in [
        (report, "«Go live, skoler» starter 3. juni 2019, før \"kombit:wave-15-rollout\" slutter juli 2019"),
        (&["export", "--to", "markdown"], "dependency-order"),
    ] {
        let mut run = common::aula_plan();
        run.args(["--lang", "da", args[0]]).arg(&plan).args(&args[1..]);
        let out = String::from_utf8(run.output().expect("runs").stdout).expect("UTF-8");
        assert!(!out.contains("finder ingen fejl"), "{args:?}: {out}");
        assert!(out.contains(says), "{args:?}: {out}");
    }
}
