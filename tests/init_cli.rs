//! `aula-plan init`: with flags, through the wizard in a pseudo-terminal, and for any answers
//! at all (a property), the plan it makes has no error.

mod common;

use std::fs;
use std::process::Command;

use aula_plan::diagnostic::Severity;
use aula_plan::init::{Answers, Institution, plan_text};
use aula_plan::plan::PlanDate;
use chrono::NaiveDate;
use common::{aula_plan, stdout_of};
use proptest::prelude::*;

fn errors_and_warnings(path: &std::path::Path) -> (usize, usize) {
    let bytes = fs::read(path).unwrap();
    let r = aula_plan::validate::validate("p".into(), &bytes, &aula_plan::rules::Overrides::default());
    (r.count(Severity::Error), r.count(Severity::Warning))
}

#[test]
fn no_input_with_only_the_municipality_makes_a_plan_without_errors() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    let said = stdout_of(aula_plan().args(["init", "--no-input", "--municipality", "Ærø Kommune"]).arg(&plan));
    let (errors, warnings) = errors_and_warnings(&plan);
    assert_eq!(errors, 0);
    assert!(said.starts_with(&format!(
        "Wrote {}: 0 schools and 0 day-care institutions; `aula-plan validate` finds 0 errors and {warnings} warning",
        plan.display()
    )), "{said}");
    // The schema sits next to it, and the plan names it.
    let schema = dir.path().join("plan-format-1.json");
    assert_eq!(fs::read_to_string(&schema).unwrap(), stdout_of(aula_plan().arg("schema")));
    assert!(fs::read_to_string(&plan).unwrap().starts_with("#:schema plan-format-1.json\n"));
    // And `validate` itself agrees (exit 0: warnings only).
    aula_plan().arg("validate").arg(&plan).assert().code(0);
}

#[test]
fn flags_answer_every_question() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    aula_plan()
        .args(["init", "--no-input", "--municipality", "Ærø Kommune", "--school", "Marstal Skole=450"])
        .args(["--school", "Ærøskøbing Skole=300", "--daycare", "Børnehuset=3", "--admins", "3"])
        .args(["--school-superusers", "5", "--no-daycare-course", "--first-course", "2027-W02", "--no-schema"])
        .args(["--holiday", "Efterårsferie 2027=2027-10-16..2027-10-24", "--holiday", "Sommerferie 2027=tbd"])
        .arg(&plan)
        .assert()
        .success();
    assert_eq!(errors_and_warnings(&plan).0, 0);
    // The holidays as the municipality gave them, none invented, each with an id to tie to.
    let text = fs::read_to_string(&plan).unwrap();
    assert!(
        text.contains(concat!(
            "closed = [\n",
            "  { id = \"efteraarsferie-2027\", name = \"Efterårsferie 2027\", start = 2027-10-16, end = 2027-10-24 },\n",
            "  { id = \"sommerferie-2027\", name = \"Sommerferie 2027\", start = \"tbd\", end = \"tbd\" },\n",
            "]\n"
        )),
        "{text}"
    );
    let tied = text.replace(
        "date = \"tbd\"\nafter = [\"school-inform\"]",
        "date = \"after efteraarsferie-2027\"\nafter = [\"school-inform\"]",
    );
    let p = aula_plan::load::load(&tied).plan.unwrap();
    let go_live = p.phases.iter().find(|x| x.id.value == "school-go-live").unwrap();
    assert_eq!(go_live.timing.as_ref().unwrap().start().value.earliest(), NaiveDate::from_ymd_opt(2027, 10, 25));
    // A holiday that ends before it starts is refused, naming it.
    let out = aula_plan()
        .args(["init", "--no-input", "--municipality", "X", "--holiday", "Vinterferie=2027-02-20..2027-02-12"])
        .arg(dir.path().join("other.toml"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("ends before it starts"));
    assert!(!dir.path().join("plan-format-1.json").exists());
    let p = aula_plan::load::load(&fs::read_to_string(&plan).unwrap()).plan.unwrap();
    let quota = |id: &str| p.roles[p.role_index(id).unwrap()].quota.as_ref().unwrap().value;
    assert_eq!((quota("municipal-admin"), quota("school-superuser"), quota("daycare-superuser")), (3, 5, 3));
    assert!(p.trainings.iter().any(|t| t.id.value == "daycare-superuser-training"), "trained locally");
    assert!(!p.trainings.iter().any(|t| t.id.value == "vendor-daycare-superusers"));
    let first = p.trainings.iter().find(|t| t.id.value == "vendor-admin-course").unwrap();
    assert_eq!(first.timing.as_ref().unwrap().start().value, PlanDate::Week { year: 2027, week: 2 });
    let pupils: Vec<u64> = p.units.iter().filter_map(|u| u.pupils.as_ref().map(|x| x.value)).collect();
    assert_eq!(pupils, [450, 300]);
}

#[test]
fn an_existing_file_is_kept_unless_forced() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    fs::write(&plan, "# mine\n").unwrap();
    let out = aula_plan().args(["init", "--no-input", "--municipality", "X"]).arg(&plan).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("exists; --force replaces it"));
    assert_eq!(fs::read_to_string(&plan).unwrap(), "# mine\n");
    aula_plan().args(["init", "--no-input", "--force", "--municipality", "X"]).arg(&plan).assert().success();
    assert!(fs::read_to_string(&plan).unwrap().contains(r#"municipality = "X""#));
}

#[test]
fn without_a_terminal_nothing_is_asked() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    // Standard input is a pipe here: no question, so the municipality must come as a flag.
    let out = aula_plan().arg("init").arg(&plan).write_stdin("Ærø\n").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("give --municipality NAME"));
    assert!(!plan.exists());
}

#[test]
fn the_wizard_in_a_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_aula-plan"));
    cmd.arg("init").arg(&plan).env("NO_COLOR", "1").env("AULA_PLAN_LANG", "en").env("AULA_PLAN_TODAY", common::TODAY);
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).expect("a pseudo-terminal");
    p.exp_string("Municipality").unwrap();
    p.send_line("Ærø Kommune").unwrap();
    p.exp_string("School 1").unwrap();
    p.send_line("Marstal Skole").unwrap();
    p.exp_string("Pupils at Marstal Skole").unwrap();
    p.send_line("450").unwrap();
    p.exp_string("School 2").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Day-care institution 1").unwrap();
    p.send_line("Børnehuset").unwrap();
    // rexpect reads bytes one by one as Latin-1: expect ASCII only.
    p.exp_string("Pedagogical leaders at B").unwrap();
    p.send_line("4").unwrap();
    p.exp_string("Day-care institution 2").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Municipal administrators").unwrap();
    p.send_line("").unwrap(); // the default: 2
    p.exp_string("School super-users").unwrap();
    p.send_line("3").unwrap();
    p.exp_string("school super-users?").unwrap();
    p.send_line("y").unwrap();
    p.exp_string("day-care super-users?").unwrap();
    p.send_line("n").unwrap();
    p.exp_string("Date of the administrators' course").unwrap();
    p.send_line("next week").unwrap();
    p.exp_string("a day, an ISO week, a month, or tbd").unwrap();
    p.send_line("2027-01-11").unwrap();
    p.exp_string("School holiday 1").unwrap();
    p.send_line("Vinterferie 2027").unwrap();
    p.exp_string("First day of Vinterferie 2027").unwrap();
    p.send_line("2027-02-13").unwrap();
    p.exp_string("Last day of Vinterferie 2027").unwrap();
    p.send_line("2027-02-12").unwrap();
    p.exp_string("the last day is before the first").unwrap();
    p.exp_string("Last day of Vinterferie 2027").unwrap();
    p.send_line("2027-02-21").unwrap();
    p.exp_string("School holiday 2").unwrap();
    p.send_line("").unwrap();
    p.exp_string("KOMBIT's national plan").unwrap();
    p.send_line("no-such-plan.toml").unwrap();
    p.exp_string("is not a file").unwrap();
    p.send_line(concat!(env!("CARGO_MANIFEST_DIR"), "/plans/kombit-2016.toml")).unwrap();
    p.exp_string("Wrote").unwrap();
    p.exp_eof().unwrap();

    assert_eq!(errors_and_warnings(&plan).0, 0);
    let text = fs::read_to_string(&plan).unwrap();
    let p = aula_plan::load::load(&text).plan.unwrap();
    assert_eq!(p.meta.municipality.as_ref().unwrap().value, "Ærø Kommune");
    let quota = |id: &str| p.roles[p.role_index(id).unwrap()].quota.as_ref().unwrap().value;
    assert_eq!((quota("municipal-admin"), quota("school-superuser"), quota("daycare-superuser")), (2, 3, 4));
    assert!(text.contains(r#"id = "vendor-school-superusers""#));
    assert!(!text.contains(r#"id = "vendor-daycare-superusers""#));
    assert!(text.contains("date = 2027-01-11\n"));
    assert!(
        text.contains(
            r#"{ id = "vinterferie-2027", name = "Vinterferie 2027", start = 2027-02-13, end = 2027-02-21 },"#
        ),
        "{text}"
    );
    assert!(text.contains("\n[follows]\nkombit = \"") && text.contains("plans/kombit-2016.toml\""), "{text}");
}

#[test]
fn the_wizard_in_danish_answers_j_and_n() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.toml");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_aula-plan"));
    cmd.arg("init").arg(&plan).env("NO_COLOR", "1").env("AULA_PLAN_LANG", "da").env("AULA_PLAN_TODAY", common::TODAY);
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).expect("a pseudo-terminal");
    // rexpect reads bytes one by one as Latin-1: expect ASCII only.
    p.exp_string("Kommune").unwrap();
    p.send_line("Aero Kommune").unwrap();
    p.exp_string("Skole 1").unwrap();
    p.send_line("Marstal Skole").unwrap();
    p.exp_string("Elever p").unwrap();
    p.send_line("mange").unwrap();
    p.exp_string("et tal, fx 250").unwrap();
    p.send_line("450 elever").unwrap();
    p.exp_string("Skole 2").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Dagtilbud 1").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Kommunale administratorer").unwrap();
    p.send_line("").unwrap();
    p.exp_string("Superbrugere p").unwrap();
    p.send_line("").unwrap();
    p.exp_string("[J/n]").unwrap(); // the vendor's course is bought unless one says no
    p.send_line("maaske").unwrap();
    p.exp_string("svar j eller n").unwrap();
    p.send_line("nej").unwrap();
    p.exp_string("Dato for administratorernes kursus").unwrap();
    p.send_line("2027-01-11").unwrap();
    p.exp_string("Skoleferie 1").unwrap();
    p.send_line("").unwrap(); // none: none invented
    p.exp_string("KOMBITs nationale plan").unwrap();
    p.send_line("").unwrap(); // none
    p.exp_string("Skrev").unwrap();
    p.exp_eof().unwrap();
    let text = fs::read_to_string(&plan).unwrap();
    assert!(text.contains("# Historik og kalender"), "{text}");
    assert!(!text.contains("[follows]"), "{text}");
    assert!(text.contains("closed = []\n"), "{text}");
    assert!(text.contains("pupils = 450\n"), "\"450 elever\" is 450: {text}");
    // "nej": the administrators train the school super-users themselves.
    assert!(!text.contains(r#"id = "vendor-school-superusers""#), "{text}");
}

fn institutions() -> impl Strategy<Value = Vec<Institution>> {
    prop::collection::vec(
        ("[A-Za-zæøåÆØÅ \"'=.-]{0,24}", 0u64..2000).prop_map(|(name, count)| Institution { name, count }),
        0..6,
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    /// Whatever the answers, the plan has no error.
    #[test]
    fn any_answers_make_a_plan_without_errors(
        municipality in "[A-Za-zæøåÆØÅ \"\\\\-]{1,30}",
        schools in institutions(),
        daycare in institutions(),
        admins in 0u64..5,
        school_superusers in prop::option::of(0u64..100),
        school_course: bool,
        daycare_course: bool,
        first in prop::sample::select(vec!["tbd", "2027-01-11", "2027-W02", "2027-03"]),
        holidays in prop::collection::vec(("[A-Za-zæøåÆØÅ 0-9\"'=.-]{0,24}", 0u32..3), 0..4),
    ) {
        let mut a = Answers::template(&municipality, NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
        a.schools = schools;
        a.daycare = daycare;
        a.admins = admins;
        a.school_superusers = school_superusers;
        a.school_course = school_course;
        a.daycare_course = daycare_course;
        a.first_course = PlanDate::parse(first).unwrap();
        a.holidays = holidays
            .into_iter()
            .map(|(name, kind)| {
                let day = |d: u32| PlanDate::Day(NaiveDate::from_ymd_opt(2027, 10, d).unwrap());
                let (start, end) = match kind { 0 => (PlanDate::Tbd, PlanDate::Tbd), 1 => (day(16), day(24)), _ => (day(16), day(16)) };
                aula_plan::init::Holiday { name, start, end }
            })
            .collect();
        let text = plan_text(&a, Some("plan-format-1.json"), aula_plan::i18n::Lang::En);
        let r = aula_plan::validate::validate("p".into(), text.as_bytes(), &aula_plan::rules::Overrides::default());
        let errors: Vec<String> = r.findings.iter().filter(|f| f.severity == Severity::Error).map(|f| format!("{}: {}", f.rule.name, f.message)).collect();
        prop_assert!(errors.is_empty(), "{errors:?}\n{text}");
    }
}

/// `init --follows` writes the `[follows]` entry for KOMBIT's plan as a path from the new plan's
/// folder, and the new plan validates with the national plan read.
#[test]
fn init_follows_kombit_and_the_new_plan_validates_with_it() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("national")).unwrap();
    std::fs::copy(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/kombit-2016.toml"),
        dir.path().join("national/kombit-2016.toml"),
    )
    .unwrap();
    // Outside a git repository, the folder beside it is outside the plan's own: init says what
    // validate will say, and why.
    let said = stdout_of(
        common::aula_plan()
            .current_dir(dir.path())
            .args(["init", "plans/ny.toml", "--no-input", "--municipality", "Ærø Kommune"])
            .args(["--follows", "national/kombit-2016.toml"]),
    );
    assert!(said.contains("`aula-plan validate` finds 1 error"), "{said}");
    assert!(said.contains("error[followed-plan]") && said.contains("--follow-outside"), "{said}");
    let text = std::fs::read_to_string(dir.path().join("plans/ny.toml")).unwrap();
    assert!(text.contains("\n[follows]\nkombit = \"../national/kombit-2016.toml\""), "{text}");
    let out = common::aula_plan()
        .current_dir(dir.path())
        .args(["validate", "plans/ny.toml", "--format", "json", "--follow-outside"])
        .output()
        .unwrap();
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(doc["summary"]["errors"], 0, "{doc}");
    let rules: Vec<&str> = doc["findings"].as_array().unwrap().iter().map(|f| f["rule"].as_str().unwrap()).collect();
    assert!(!rules.contains(&"followed-plan"), "the national plan is read: {rules:?}");
    // A path that is no file is refused, and nothing written.
    common::aula_plan()
        .current_dir(dir.path())
        .args(["init", "plans/to.toml", "--no-input", "--municipality", "X", "--follows", "nope.toml"])
        .assert()
        .code(2);
    assert!(!dir.path().join("plans/to.toml").exists());
}

/// Institutions named with no pedagogical leaders yet: the one-per-leader quota is 0 and adds up
/// (a case the property above found).
#[test]
fn institutions_without_leaders_give_a_quota_that_adds_up() {
    let mut a = Answers::template("A", NaiveDate::from_ymd_opt(2026, 11, 22).unwrap());
    a.daycare = vec![Institution { name: "Børnehuset".into(), count: 0 }];
    let text = plan_text(&a, None, aula_plan::i18n::Lang::En);
    let r = aula_plan::validate::validate("p".into(), text.as_bytes(), &aula_plan::rules::Overrides::default());
    let errors: Vec<String> =
        r.findings.iter().filter(|f| f.severity == Severity::Error).map(|f| f.message.to_string()).collect();
    assert!(errors.is_empty(), "{errors:?}\n{text}");
}

#[test]
fn a_municipality_without_an_administrator_is_refused_not_given_one() {
    let dir = tempfile::tempdir().unwrap();
    let out = common::aula_plan()
        .current_dir(dir.path())
        .args(["--lang", "da", "init", "ny.toml", "--no-input", "--municipality", "Ærø Kommune", "--admins", "0"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("forventede et helt tal, 1 eller flere"));
    assert!(!dir.path().join("ny.toml").exists(), "nothing written");
}
