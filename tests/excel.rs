//! What a person opens in Excel: the workbook of `export --to xlsx` and `--format xlsx`, read
//! back with calamine (a spreadsheet reader of its own), and the CSV for Danish Excel.

mod common;

use std::fmt::Write as _;

use calamine::{Data, Reader, Xlsx};

const ESBJERG: &str = "plans/esbjerg-2020.toml";

/// The workbook a run writes to `-o`, read back.
fn workbook(args: &[&str]) -> Xlsx<std::io::Cursor<Vec<u8>>> {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("out.xlsx");
    let out = common::aula_plan().args(["--lang", "da"]).args(args).arg("-o").arg(&path).output().expect("runs");
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let bytes = std::fs::read(&path).expect("written");
    Xlsx::new(std::io::Cursor::new(bytes)).expect("a workbook")
}

/// The sheet's first row, as text.
fn headers(range: &calamine::Range<Data>) -> Vec<String> {
    range.rows().next().expect("a header row").iter().map(ToString::to_string).collect()
}

/// The row whose first cell is `first`.
fn row<'r>(range: &'r calamine::Range<Data>, first: &str) -> &'r [Data] {
    range.rows().find(|r| r.first().is_some_and(|c| *c == first)).unwrap_or_else(|| panic!("{first}"))
}

#[test]
fn the_plan_as_a_workbook_has_a_sheet_per_kind_danish_headers_dates_and_numbers() {
    let mut book = workbook(&["export", ESBJERG, "--to", "xlsx"]);
    let sheets = book.sheet_names();
    for name in ["Organisation", "Roller", "Personer", "Uddannelser", "Tidsplan", "Fund"] {
        assert!(sheets.iter().any(|s| s == name), "{name}: {sheets:?}");
    }
    let trainings = book.worksheet_range("Uddannelser").expect("sheet");
    let h = headers(&trainings);
    assert_eq!(&h[..2], ["uddannelse", "underviser"], "Danish headers");
    let course = row(&trainings, "Skolernes kommunale administrator");
    let at = |header: &str| h.iter().position(|x| x == header).unwrap_or_else(|| panic!("{header}: {h:?}"));
    assert_eq!(course[at("pladser")], Data::Float(1.0), "a number: {course:?}");
    let Data::DateTime(start) = &course[at("start")] else { panic!("an Excel date: {course:?}") };
    // Excel counts days from 30 December 1899.
    let day = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).expect("day");
    #[allow(clippy::cast_precision_loss)]
    let serial = (day(2019, 1, 28) - day(1899, 12, 30)).num_days() as f64;
    assert!((start.as_f64() - serial).abs() < f64::EPSILON, "{start:?}");
    assert_eq!(course[at("varighed")].to_string(), "2 dage");
    // A week is sorted by its first day, and stays a week, in words, beside it.
    let timeline = book.worksheet_range("Tidsplan").expect("sheet");
    let go_live = row(&timeline, "Go Live, skoler");
    let th = headers(&timeline);
    let t_at = |header: &str| th.iter().position(|x| x == header).unwrap_or_else(|| panic!("{header}: {th:?}"));
    assert_eq!(go_live[t_at("dato som skrevet")], Data::String("uge 43 2019".into()), "{go_live:?}");
    let Data::DateTime(monday) = &go_live[t_at("start")] else { panic!("an Excel date: {go_live:?}") };
    #[allow(clippy::cast_precision_loss)]
    let week_43 = (day(2019, 10, 21) - day(1899, 12, 30)).num_days() as f64;
    assert!((monday.as_f64() - week_43).abs() < f64::EPSILON, "the Monday of week 43: {monday:?}");
    // The findings point at line and column, as numbers, and say what their rule finds.
    let found = book.worksheet_range("Fund").expect("sheet");
    assert_eq!(headers(&found), ["alvor", "hvad reglen finder", "linje", "kolonne", "besked"]);
    assert!(found.rows().skip(1).all(|r| matches!(r[2], Data::Float(_))), "line numbers");
}

#[test]
fn every_activity_sheet_has_a_status_and_only_dates_to_sort_by() {
    let dir = tempfile::tempdir().expect("temp dir");
    for plan in ["eksempelby-2019.toml", "kombit-2016.toml"] {
        std::fs::copy(std::path::Path::new("plans").join(plan), dir.path().join(plan)).expect("copy");
    }
    let plan = dir.path().join("eksempelby-2019.toml");
    let plan = plan.to_str().expect("UTF-8");
    let decided = |args: &[&str]| {
        let out = common::aula_plan().args(args).output().expect("runs");
        assert!(out.status.code().is_some_and(|c| c <= 1), "{}", String::from_utf8_lossy(&out.stderr));
    };
    decided(&["done", plan, "nc-admin", "--on", "2019-03-05", "--yes"]);
    decided(&["cancel", plan, "nc-daycare-superusers", "--reason", "Lukket", "--yes"]);
    let mut book = workbook(&["export", plan, "--to", "xlsx"]);
    let names = book.sheet_names();
    let mut activity_sheets = 0;
    for name in names {
        let sheet = book.worksheet_range(&name).expect("sheet");
        let h = headers(&sheet);
        let at = |header: &str| h.iter().position(|x| x == header);
        // Start and end hold days or nothing: what Excel sorts.
        for key in ["start", "slut", "fra", "til"] {
            let Some(i) = at(key) else { continue };
            for r in sheet.rows().skip(1) {
                assert!(matches!(r[i], Data::DateTime(_) | Data::Empty), "{name}, {key}: {r:?}");
            }
        }
        if name == "Uddannelser" || name == "Tidsplan" {
            activity_sheets += 1;
            let (state, done_on) =
                (at("registreret").expect("a status column"), at("gennemført den").expect("done on"));
            let admin = row(&sheet, "Kommunal administrator");
            assert_eq!(admin[state], Data::String("gennemført".into()), "{name}: {admin:?}");
            assert!(matches!(admin[done_on], Data::DateTime(_)), "{name}: {admin:?}");
            let cancelled = row(&sheet, "Dagtilbuddenes superbrugere");
            assert_eq!(cancelled[state], Data::String("aflyst".into()), "{name}: {cancelled:?}");
        }
        if name == "Tidsplan" {
            // The national activities by name, under their plan; `after` by names.
            let wave = row(&sheet, "Udrulning og uddannelse i 10-15 kommuner");
            assert!(wave.contains(&Data::String("Den nationale plan (KOMBIT)".into())), "{wave:?}");
            let go_live = row(&sheet, "Go live, skoler");
            let after = go_live[at("efter").expect("after")].to_string();
            assert_eq!(after, "Skolernes personale, Udrulning og uddannelse i 10-15 kommuner");
        }
        for r in sheet.rows() {
            for c in r {
                assert!(!c.to_string().contains('`'), "{name}: a backtick in {c:?}");
            }
        }
    }
    assert_eq!(activity_sheets, 2);
}

#[test]
fn a_report_as_a_workbook_is_its_table_on_one_sheet() {
    let mut book = workbook(&["status", ESBJERG, "--today", "2019-09-01", "--format", "xlsx"]);
    assert_eq!(book.sheet_names(), ["Status den 1. september 2019"]);
    let status = book.worksheet_range("Status den 1. september 2019").expect("sheet");
    assert_eq!(
        headers(&status),
        ["spor", "aktivitet", "status", "start", "slut", "dato som skrevet", "gennemført den"]
    );
    let mut book = workbook(&["overview", "plans", "--format", "xlsx"]);
    let overview = book.worksheet_range("Overblik").expect("sheet");
    // A revision is text, never a date.
    let esbjerg = row(&overview, "plans/esbjerg-2020.toml");
    assert!(esbjerg.contains(&Data::String("2.1".into())), "{esbjerg:?}");
}

#[test]
fn a_workbook_is_not_written_onto_a_terminal_but_goes_to_a_pipe() {
    // Standard output here is a pipe: the bytes of a workbook (a zip file).
    let out = common::aula_plan().args(["status", ESBJERG, "--format", "xlsx"]).output().expect("runs");
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.starts_with(b"PK"), "a zip file");
}

/// What a run prints, for Danish Excel.
fn csv_excel(args: &[&str]) -> String {
    let mut cmd = common::aula_plan();
    cmd.args(["--lang", "da"]).args(args).args(["--format", "csv-excel"]);
    common::stdout_of(&mut cmd)
}

#[test]
fn csv_for_danish_excel_has_danish_headers_names_and_decimal_commas() {
    let allocate = csv_excel(&["allocate", "tests/fixtures/report/schools.toml", "--role", "school-superuser"]);
    let mut lines = allocate.lines();
    assert_eq!(
        lines.next(),
        Some("\u{feff}rolle;enhed;elever / ledere;præcis andel;tildelt;D'Hondt;Sainte-Laguë;angivet")
    );
    assert_eq!(lines.next(), Some("Skolernes superbrugere;Nordskolen;640;31,54;31;32;31;30"));
}

#[test]
fn csv_for_danish_excel_puts_one_value_in_a_cell_and_keeps_a_revision_as_text() {
    let estimate = csv_excel(&[
        "estimate",
        ESBJERG,
        "--model",
        "plans/kombit-2016.toml",
        "--schools",
        "40",
        "--institutions",
        "60",
    ]);
    let mut lines = estimate.lines();
    let header = lines.next().expect("header");
    assert!(header.contains("timer pr. fase 1;timer pr. fase 2"), "{header}");
    assert_eq!(lines.next(), Some("kommunen;Skoleområdet;13;40;308;2615;3077;1385;615;8000;"));
    let overview = csv_excel(&["overview", "plans"]);
    assert!(overview.contains(r#"Esbjerg Kommune;"=""2.1""";1. marts 2020;"#), "{overview}");
}

#[test]
fn a_workbook_made_at_the_same_time_is_the_same_bytes() {
    let run_at = |epoch: &str| {
        let out = common::aula_plan()
            .env("SOURCE_DATE_EPOCH", epoch)
            .args(["export", ESBJERG, "--to", "xlsx"])
            .output()
            .expect("runs");
        out.stdout
    };
    let first = run_at("1700000000");
    assert!(first.starts_with(b"PK"), "a workbook");
    assert_eq!(first, run_at("1700000000"), "reproducible: no clock in the file but SOURCE_DATE_EPOCH");
    assert_ne!(first, run_at("1600000000"), "the time it was made is the one given");
}

/// Runs `export PLAN --to xlsx` in Danish on `text`: its workbook and what it said on stderr.
fn exported(text: &str) -> (Xlsx<std::io::Cursor<Vec<u8>>>, String) {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = dir.path().join("plan.toml");
    std::fs::write(&plan, text).expect("plan");
    let path = dir.path().join("out.xlsx");
    let out = common::aula_plan()
        .args(["--lang", "da", "export"])
        .arg(&plan)
        .args(["--to", "xlsx", "-o"])
        .arg(&path)
        .output()
        .expect("runs");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let bytes = std::fs::read(&path).expect("written");
    (Xlsx::new(std::io::Cursor::new(bytes)).expect("a workbook"), stderr)
}

const RECORD: &str = "tests/fixtures/record/plan.toml";

fn fixture() -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(RECORD)).expect("plan")
}

/// The cells of every sheet that end in the cut's "…", with their length as Excel counts it.
fn cut_cells(book: &mut Xlsx<std::io::Cursor<Vec<u8>>>) -> Vec<usize> {
    let mut out = Vec::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).expect("sheet");
        for cell in range.used_cells() {
            if let Data::String(s) = cell.2
                && s.ends_with('…')
            {
                out.push(s.encode_utf16().count());
            }
        }
    }
    out
}

#[test]
fn a_name_longer_than_a_cell_holds_is_cut_and_said_once() {
    let long = "Administratorkursus ".repeat(2000);
    let text = fixture().replace("name = \"Administratorkursus\"", &format!("name = \"{long}\""));
    let (mut book, stderr) = exported(&text);
    let cut = cut_cells(&mut book);
    assert!(!cut.is_empty() && cut.iter().all(|&n| n == 32_767), "{cut:?}");
    assert_eq!(stderr.lines().count(), 1, "said once: {stderr}");
    assert!(stderr.starts_with("advarsel: ") && stderr.contains("længere, end Excel tillader"), "{stderr}");
}

#[test]
fn four_hundred_trainers_in_one_cell_are_cut_not_a_failure() {
    let mut text = fixture();
    let mut trainers = Vec::new();
    for i in 0..400 {
        let id = format!("unit-{i}");
        let _ = write!(
            text,
            "\n[[unit]]\nid = \"{id}\"\nname = \"Enhed {i} med et langt navn, som en kommune skriver det i sin plan for implementeringen af Aula\"\nkind = \"department\"\nparent = \"kommune\"\n"
        );
        trainers.push(format!("\"{id}\""));
    }
    let text = text.replace("trainer = [\"admin\"]", &format!("trainer = [{}]", trainers.join(", ")));
    let (mut book, stderr) = exported(&text);
    assert!(!cut_cells(&mut book).is_empty());
    assert_eq!(stderr.lines().filter(|l| l.contains("længere, end Excel tillader")).count(), 1, "{stderr}");
}

/// A table longer than a sheet holds (1 048 576 rows, the header among them) fills the sheet
/// and ends with a row that says how many were left out (the library's own test reads such a
/// last row back, on a sheet of a smaller limit): it once failed the whole workbook.
#[test]
fn a_table_longer_than_a_sheet_holds_is_cut_not_a_failure() {
    use aula_plan::i18n::Lang;
    use aula_plan::view::{View, col};
    let mut view = View::new(Lang::Da, "Kaskade", &[col("n", "col-name")]);
    for i in 0..1_048_576 + 99 {
        view.row(vec![serde_json::Value::from(i)]);
    }
    let made = aula_plan::export::xlsx::reports(&[&view], 0).expect("a workbook");
    assert_eq!(made.rows_left_out, [("Kaskade".to_owned(), 101)], "the header, 1 048 574 rows and the last");
    let said: Vec<String> = made.warnings().iter().map(|t| t.in_lang(Lang::Da).into_owned()).collect();
    assert_eq!(
        said,
        [
            "arket \"Kaskade\" har flere rækker, end Excel tillader (1048576): dets sidste række siger, at 101 er udeladt"
        ]
    );
}

#[test]
fn the_plan_for_danish_excel_says_the_format_s_words_in_danish() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::fs::copy("plans/eksempelby-2019.toml", dir.path().join("p.toml")).expect("copy");
    let plan = dir.path().join("p.toml");
    let plan = plan.to_str().expect("UTF-8");
    common::aula_plan().args(["done", plan, "nc-admin", "--on", "2019-03-05", "--yes"]).assert().success();
    common::aula_plan().args(["cancel", plan, "nc-daycare-superusers", "--yes"]).assert().success();
    let csv = common::stdout_of(common::aula_plan().args(["--lang", "da", "export", plan, "--to", "csv-excel"]));
    let english = [
        "vendor",
        "department",
        "area",
        "school",
        "daycare",
        "go-live",
        "training",
        "done",
        "cancelled",
        "planned",
        "own-unit",
        "pupils",
        "per-leader",
        "contract",
        "dk",
        "day",
        "week",
    ];
    for line in csv.lines() {
        for cell in line.split(';') {
            assert!(!english.contains(&cell), "`{cell}` in: {line}");
        }
    }
    for said in ["Leverandør", "Skole", "Go-live", "gennemført", "aflyst", "egen enhed", "efter elevtal", "kontrakten"]
    {
        assert!(csv.split(';').any(|c| c == said), "{said}:\n{csv}");
    }
    // A date's parts in words, and a date that is no day (a week, a season) as a person says
    // it; a day stays as Excel sorts it.
    let header: Vec<&str> = csv.lines().next().expect("a header").split(';').collect();
    for part in ["start.tidligst", "start.senest", "slut.tidligst"] {
        assert!(header.contains(&part), "{part}: {header:?}");
    }
    assert!(!header.iter().any(|h| h.contains("earliest") || h.contains("latest")), "{header:?}");
    for said in ["uge 14 2019", "uge 18 2019", "2019-03-04"] {
        assert!(csv.split(';').any(|c| c == said), "{said}:\n{csv}");
    }
    assert!(!csv.split(';').any(|c| c == "2019-W14" || c == "2019-autumn"), "{csv}");
}
