//! Tables at a terminal 120 columns wide (PowerShell's default): they wrap between words and
//! never split what a person copies — an id, a file name — and the overview gives each track's
//! go-live a line of its own and says "Overview" once.

mod common;

/// What `args` print in `lang` at a terminal `COLUMNS` wide.
fn at_width(lang: &str, columns: usize, args: &[&str]) -> String {
    common::stdout_of(common::aula_plan().args(["--lang", lang]).args(args).env("COLUMNS", columns.to_string()))
}

/// The cells of a table's line, trimmed.
fn cells(line: &str) -> Vec<&str> {
    line.split(['│', '┆']).map(str::trim).filter(|c| !c.is_empty()).collect()
}

/// Asserts that each of `whole` is a cell of a line of `table`, and no line of a table is wider
/// than `columns` (a note below it is the terminal's to wrap).
fn kept_whole(table: &str, columns: usize, whole: &[String]) {
    for line in table.lines().filter(|l| l.starts_with(['┌', '│', '╞', '└'])) {
        assert!(line.chars().count() <= columns, "wider than {columns}: {line}\n{table}");
    }
    for w in whole {
        assert!(table.lines().any(|l| cells(l).contains(&w.as_str())), "`{w}` split or missing:\n{table}");
    }
}

/// The ids of the trainings and phases of a plan, as its file writes them.
fn activity_ids(path: &str) -> Vec<String> {
    ids_of(path, &["[[training]]", "[[phase]]"])
}

/// The ids of the tables `headers` of a plan, as its file writes them.
fn ids_of(path: &str, headers: &[&str]) -> Vec<String> {
    let text = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).expect("plan");
    let mut ids = Vec::new();
    let mut activity = false;
    for line in text.lines() {
        if line.starts_with('[') {
            activity = headers.contains(&line);
        } else if activity && let Some(id) = line.strip_prefix("id = \"") {
            ids.push(id.split('"').next().expect("an id").to_owned());
        }
    }
    ids
}

#[test]
fn status_keeps_every_id_whole_at_120_columns() {
    let ids = activity_ids("plans/esbjerg-2020.toml");
    assert!(ids.iter().any(|id| id == "nc-school-superusers"), "{ids:?}");
    for lang in ["da", "en"] {
        let table = at_width(lang, 120, &["status", "--ids", "plans/esbjerg-2020.toml"]);
        kept_whole(&table, 120, &ids);
        assert_eq!(table.matches("┌").count(), 1, "one table:\n{table}");
    }
}

#[test]
fn overview_keeps_every_file_name_whole_and_each_go_live_on_its_line() {
    let files: Vec<String> =
        ["eksempelby-2019", "esbjerg-2020", "kombit-2016", "kombit-dagtilbud-2020", "syddjurs-2019"]
            .map(|f| format!("plans/{f}.toml"))
            .into();
    for (lang, title, daycare) in [("da", "Overblik", "Dagtilbudsområdet"), ("en", "Overview", "Day-care")] {
        let table = at_width(lang, 120, &["overview", "plans"]);
        kept_whole(&table, 120, &files);
        assert_eq!(table.matches(title).count(), 1, "{title} once:\n{table}");
        assert!(!table.contains(&format!("; {daycare}")), "each go-live on its own line:\n{table}");
        assert!(table.lines().any(|l| cells(l).iter().any(|c| c.starts_with(daycare))), "{table}");
    }
}

#[test]
fn the_overview_page_keeps_file_names_whole_and_says_overview_once() {
    let dir = tempfile::tempdir().expect("a folder");
    let page = dir.path().join("overview.html");
    common::aula_plan()
        .args(["--lang", "da", "overview", "plans", "--format", "html", "-o"])
        .arg(&page)
        .assert()
        .success();
    let html = std::fs::read_to_string(&page).expect("the page");
    let body = html.split("<body").nth(1).expect("a body");
    assert_eq!(body.matches("Overblik").count(), 1, "the heading alone:\n{body}");
    assert!(!html.contains("overflow-wrap: anywhere"), "file names are not cut anywhere");
    // A file name breaks only after a folder's `/`, its own name whole.
    assert!(html.contains("td.file span { white-space: nowrap; }"), "{html}");
    assert!(body.contains("<span>plans/</span><wbr><span>kombit-dagtilbud-2020.toml</span>"), "{body}");
    assert!(body.contains("Skoleområdet 3. juni 2019<br/>Dagtilbudsområdet 2. december 2019"), "{body}");
}

#[test]
fn lists_of_ids_in_a_cell_keep_each_id_whole() {
    let plan = "plans/esbjerg-2020.toml";
    let ids = ids_of(plan, &["[[unit]]", "[[role]]", "[[person]]", "[[training]]", "[[phase]]"]);
    assert!(ids.iter().any(|id| id == "communication-member"), "{ids:?}");
    for lang in ["da", "en"] {
        for view in ["people", "roles", "training", "support"] {
            let table = at_width(lang, 120, &["show", view, "--ids", plan]);
            // Every word of the tables' cells that looks like an id (a hyphen between
            // lower-case letters) is a whole id of the plan.
            let cells = table.lines().filter(|l| l.starts_with('│')).flat_map(cells);
            for word in cells.flat_map(|c| c.split([' ', ',']).filter(|w| !w.is_empty())) {
                let id_like = word.contains('-') && word.chars().all(|c| c.is_ascii_lowercase() || c == '-');
                assert!(!id_like || ids.iter().any(|id| id == word), "`{word}` is a split id:\n{table}");
            }
        }
    }
}

#[test]
fn an_id_column_keeps_ids_without_hyphens_whole_too() {
    let units = ids_of("plans/esbjerg-2020.toml", &["[[unit]]"]);
    assert!(units.iter().any(|id| id == "kommunikationsgruppe"), "{units:?}");
    for lang in ["da", "en"] {
        let table = at_width(lang, 120, &["show", "org", "--ids", "plans/esbjerg-2020.toml"]);
        kept_whole(&table, 120, &units);
    }
}
