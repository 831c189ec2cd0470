//! `aula-plan lsp` driven as an editor drives it: the binary spawned, JSON-RPC framed with
//! `Content-Length` over its standard input and output. Its findings are `validate`'s; hover,
//! definition, references, completion, rename and code actions answer what a person expects
//! on the shipped plans; a malformed message or an unknown method does not stop it, and
//! `shutdown` then `exit` ends it with status 0.

mod common;
mod lsp_client;

use lsp_client::{Server, apply, at, esbjerg, from_lsp, from_validate, line_of, plans, root, spot, uri};
use serde_json::{Value, json};

#[test]
fn each_shipped_plan_gets_the_findings_validate_gives() {
    let mut server = Server::start();
    let mut findings = 0;
    for path in plans() {
        let (uri, text) = server.open(&path);
        let published = server.diagnostics(&uri);
        let relative = format!("plans/{}", path.file_name().expect("name").to_string_lossy());
        let expected = from_validate(&relative, "");
        findings += expected.len();
        assert_eq!(from_lsp(&text, &published), expected, "{relative}");
        let first = &published["diagnostics"][0];
        if !first.is_null() {
            assert_eq!(first["source"], "aula-plan");
            let href = first["codeDescription"]["href"].as_str().expect("a link");
            assert!(href.ends_with(first["code"].as_str().expect("code")), "{href}");
        }
    }
    assert!(findings > 40, "the shipped plans have findings: {findings}");
    assert!(server.stop().success());
}

#[test]
fn a_change_that_removes_a_bracket_gets_the_findings_validate_gives_of_that_text() {
    let mut server = Server::start();
    let path = root().join("plans/esbjerg-2020.toml");
    let (uri, text) = server.open(&path);
    server.diagnostics(&uri);
    let broken = text.replacen("trainees = [\"school-municipal-admin\"]", "trainees = [\"school-municipal-admin\"", 1);
    assert_ne!(broken, text);
    // Three changes at once: the last text is the one checked.
    let change = |version: i64, text: &str| json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": text}]});
    for (version, t) in [(2, "format = 1\n"), (3, text.as_str()), (4, broken.as_str())] {
        server.notify("textDocument/didChange", &change(version, t));
    }
    let published = loop {
        let p = server.diagnostics(&uri);
        if p["version"] == 4 {
            break p;
        }
    };
    let found = from_lsp(&broken, &published);
    // One finding for the one slip, at the line where the list opened.
    let opened = broken.lines().position(|l| l == "trainees = [\"school-municipal-admin\"").expect("the line") + 1;
    let parse: Vec<_> = found.iter().filter(|f| f.0 == "parse-error").collect();
    assert_eq!(parse.len(), 1, "{found:?}");
    assert_eq!(usize::try_from(parse[0].1).ok(), Some(opened), "{found:?}");
    assert_eq!(found, from_validate("-", &broken));
    assert!(server.stop().success());
}

#[test]
fn hover_says_what_an_id_a_rule_and_a_key_are() {
    let mut server = Server::start();
    let (uri, text) = esbjerg(&mut server);
    // A role used by a training: its name, its kind, seats and who holds it.
    let hover =
        server.request("textDocument/hover", &spot(&uri, &at(&text, "trainees = [\"school-municipal-admin\"]", 14)));
    let said = hover["contents"]["value"].as_str().expect("Markdown");
    assert!(said.contains("Skolernes kommunale administrator og superbruger"), "{said}");
    assert!(said.contains("role `school-municipal-admin`") && said.contains("Seats: 1"), "{said}");
    assert!(said.contains("Held by: ") && said.contains("Thomas"), "{said}");
    // A training: its dates as a person reads them, and its state.
    let hover = server.request("textDocument/hover", &spot(&uri, &at(&text, "id = \"nc-school-admin\"", 7)));
    let said = hover["contents"]["value"].as_str().expect("Markdown");
    assert!(said.contains("Dates: 2019-01-28 – 2019-01-29") && said.contains("State: planned"), "{said}");
    // A key: what the key spec says.
    let hover = server.request("textDocument/hover", &spot(&uri, &at(&text, "\nduration = \"2d\"", 3)));
    let said = hover["contents"]["value"].as_str().expect("Markdown");
    assert!(said.contains("`duration`") && said.contains("how long the course is"), "{said}");
    assert!(server.stop().success());
}

#[test]
fn hover_on_a_rule_in_lints_is_its_explanation_in_the_editors_language() {
    let mut server = Server::start();
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.toml");
    let plan = "format = 1\n\n[plan]\ntitle = \"T\"\nroot = \"r\"\n\n[[unit]]\nid = \"r\"\nname = \"R\"\nkind = \"vendor\"\n\n[lints]\ntbd-date = \"allow\"\n";
    std::fs::write(&path, plan).expect("write");
    let (uri, text) = server.open(&path);
    server.diagnostics(&uri);
    let hover = server.request("textDocument/hover", &spot(&uri, &at(&text, "tbd-date", 2)));
    let said = hover["contents"]["value"].as_str().expect("Markdown");
    let explained = common::stdout_of(common::aula_plan().args(["explain", "tbd-date"]));
    let first = explained.lines().nth(2).expect("the explanation's summary");
    assert!(said.starts_with("**tbd-date**"), "{said}");
    assert!(said.contains(first.trim_end_matches('.').trim_start_matches("An")), "{said}\n---\n{explained}");
    assert!(server.stop().success());
}

#[test]
fn definition_and_references_of_an_id() {
    let mut server = Server::start();
    let (uri, text) = esbjerg(&mut server);
    let defined = text.find("id = \"school-municipal-admin\"").expect("the role");
    let line = text[..defined].matches('\n').count() as u64;
    let used = at(&text, "trainees = [\"school-municipal-admin\"]", 14);
    let found = server.request("textDocument/definition", &spot(&uri, &used));
    assert_eq!(found.as_array().map(Vec::len), Some(1), "{found}");
    assert_eq!(found[0]["uri"], uri);
    assert_eq!(line_of(&found[0]["range"]), line);
    // The range is the id itself, inside its quotes.
    assert_eq!(found[0]["range"]["start"]["character"], 6);
    assert_eq!(found[0]["range"]["end"]["character"], 6 + "school-municipal-admin".len());
    let mut params = spot(&uri, &used);
    params["context"] = json!({"includeDeclaration": true});
    let refs = server.request("textDocument/references", &params);
    let lines: Vec<u64> = refs.as_array().expect("locations").iter().map(|l| line_of(&l["range"])).collect();
    let written = text.matches("\"school-municipal-admin\"").count();
    assert_eq!(lines.len(), written, "{refs}");
    assert_eq!(lines[0], line, "the definition first");
    assert!(server.stop().success());
}

#[test]
fn a_qualified_id_leads_into_the_followed_plan() {
    let mut server = Server::start();
    let (uri, text) = server.open(&root().join("plans/eksempelby-2019.toml"));
    server.diagnostics(&uri);
    let found = server.request("textDocument/definition", &spot(&uri, &at(&text, "kombit:wave-15-rollout\"]", 10)));
    let kombit = root().join("plans/kombit-2016.toml");
    assert_eq!(found[0]["uri"], self::uri(&kombit), "{found}");
    let national = std::fs::read_to_string(&kombit).expect("plan");
    let line = national[..national.find("id = \"wave-15-rollout\"").expect("the wave")].matches('\n').count();
    assert_eq!(line_of(&found[0]["range"]), line as u64);
    let hover = server.request("textDocument/hover", &spot(&uri, &at(&text, "kombit:wave-15-rollout\"]", 10)));
    assert!(hover["contents"]["value"].as_str().is_some_and(|s| s.contains("kombit-2016.toml")), "{hover}");
    assert!(server.stop().success());
}

#[test]
fn completion_offers_ids_of_the_kinds_a_key_accepts_and_the_tables_keys() {
    let mut server = Server::start();
    let (uri, text) = esbjerg(&mut server);
    let labels = |result: &Value| -> Vec<String> {
        let items = result.as_array().or_else(|| result["items"].as_array()).expect("items");
        items.iter().map(|i| i["label"].as_str().expect("label").to_owned()).collect()
    };
    // In `trainees`: roles, and nothing else.
    let roles = labels(
        &server
            .request("textDocument/completion", &spot(&uri, &at(&text, "trainees = [\"school-municipal-admin\"]", 13))),
    );
    assert!(roles.contains(&"school-superuser".to_owned()) && roles.contains(&"pupil".to_owned()), "{roles:?}");
    assert!(!roles.contains(&"thomas".to_owned()) && !roles.contains(&"skoler".to_owned()), "{roles:?}");
    // In `trainer`: units, roles and people.
    let trainers =
        labels(&server.request("textDocument/completion", &spot(&uri, &at(&text, "trainer = [\"netcompany\"]", 12))));
    assert!(trainers.contains(&"thomas".to_owned()) && trainers.contains(&"skoler".to_owned()), "{trainers:?}");
    // A keyword: the format's words.
    let edited = text.replacen("track = \"schools\"\n", "track = \"schools\"\nscope = \n", 1);
    server.notify(
        "textDocument/didChange",
        &json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": edited}]}),
    );
    let words = labels(&server.request("textDocument/completion", &spot(&uri, &at(&edited, "scope = \n", 8))));
    assert!(words.contains(&"own-unit".to_owned()), "{words:?}");
    // While the list is being typed, and the file does not parse: the ids of its last text that did.
    let typing = text.replacen("trainees = [\"school-municipal-admin\"]", "trainees = [\"sch", 1);
    let change = json!({"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": typing}]});
    server.notify("textDocument/didChange", &change);
    let end = at(&typing, "trainees = [\"sch", 16);
    let typed = labels(&server.request("textDocument/completion", &spot(&uri, &end)));
    assert!(typed.contains(&"school-superuser".to_owned()) && !typed.contains(&"thomas".to_owned()), "{typed:?}");
    // A date: its forms, in the year of the plan's date.
    let dates = labels(&server.request("textDocument/completion", &spot(&uri, &at(&text, "start = 2019-01-28", 8))));
    for form in ["tbd", "2020-W41", "2020-Q3", "early 2020-06"] {
        assert!(dates.contains(&form.to_owned()), "{form}: {dates:?}");
    }
    // At the start of a line of a training: its keys.
    let keys = labels(&server.request("textDocument/completion", &spot(&uri, &at(&edited, "scope = \n", 0))));
    assert!(keys.contains(&"trainees".to_owned()) && keys.contains(&"sessions".to_owned()), "{keys:?}");
    assert!(!keys.contains(&"quota".to_owned()), "a role's key is not a training's: {keys:?}");
    assert!(server.stop().success());
}

#[test]
fn rename_changes_every_use_and_refuses_a_taken_or_invalid_name() {
    let mut server = Server::start();
    let (uri, text) = esbjerg(&mut server);
    let spot_ = spot(&uri, &at(&text, "trainees = [\"school-municipal-admin\"]", 14));
    let mut params = spot_.clone();
    params["newName"] = json!("school-admin");
    let edit = server.request("textDocument/rename", &params);
    let edits = edit["changes"][uri.as_str()].as_array().expect("edits of the plan");
    assert_eq!(edits.len(), text.matches("\"school-municipal-admin\"").count(), "{edit}");
    assert!(edits.iter().all(|e| e["newText"] == "school-admin"));
    // The renamed plan has the findings the plan had, no dangling id among them.
    let renamed = apply(&text, edits);
    assert!(!renamed.contains("school-municipal-admin") && renamed.contains("id = \"school-admin\""));
    let counts = |t: &str| from_validate("-", t).into_iter().map(|f| f.0).collect::<Vec<_>>();
    assert_eq!(counts(&renamed), counts(&text));
    for (name, why) in [("school-superuser", "is taken"), ("Skole Admin", "is not an id")] {
        params["newName"] = json!(name);
        let refused = server.call("textDocument/rename", &params);
        let message = refused["error"]["message"].as_str().unwrap_or_default();
        assert!(message.contains(why), "{name}: {refused}");
    }
    assert!(server.stop().success());
}

#[test]
fn an_activity_is_marked_done_by_the_done_commands_edit() {
    let mut server = Server::start();
    let (uri, text) = esbjerg(&mut server);
    let inside = at(&text, "id = \"nc-school-admin\"", 7);
    let range = json!({"start": inside, "end": inside});
    let params = json!({"textDocument": {"uri": uri}, "range": range, "context": {"diagnostics": []}});
    let actions = server.request("textDocument/codeAction", &params);
    let titles: Vec<&str> = actions.as_array().expect("actions").iter().filter_map(|a| a["title"].as_str()).collect();
    assert!(
        titles.contains(&"Mark `nc-school-admin` done")
            && titles.contains(&"Pin `nc-school-admin`: shift never moves it"),
        "{titles:?}"
    );
    let done = actions
        .as_array()
        .expect("actions")
        .iter()
        .find(|a| a["title"] == "Mark `nc-school-admin` done")
        .expect("done");
    let edits = done["edit"]["changes"][uri.as_str()].as_array().expect("edits");
    assert_eq!(edits.len(), 1, "{done}");
    assert!(edits[0]["newText"].as_str().is_some_and(|t| t.contains("status = \"done\"")), "{done}");
    // The same text the command writes.
    let dir = tempfile::tempdir().expect("tempdir");
    let copy = dir.path().join("esbjerg-2020.toml");
    std::fs::write(&copy, &text).expect("copy");
    common::aula_plan().arg("done").arg(&copy).arg("nc-school-admin").assert().success();
    let by_server = apply(&text, edits);
    assert_eq!(by_server, std::fs::read_to_string(&copy).expect("written"));
    assert!(server.stop().success());
}

#[test]
fn a_did_you_mean_is_a_quick_fix() {
    let mut server = Server::start();
    let (uri, text) = esbjerg(&mut server);
    let typo = text.replacen("trainees = [\"school-municipal-admin\"]", "trainees = [\"school-municipal-admn\"]", 1);
    server.notify(
        "textDocument/didChange",
        &json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": typo}]}),
    );
    let inside = at(&typo, "school-municipal-admn", 3);
    let params = json!({"textDocument": {"uri": uri}, "range": {"start": inside, "end": inside}, "context": {"diagnostics": []}});
    let actions = server.request("textDocument/codeAction", &params);
    let fix = actions.as_array().expect("actions").iter().find(|a| a["kind"] == "quickfix").expect("a quick fix");
    assert_eq!(fix["title"], "Write `school-municipal-admin`");
    let edits = &fix["edit"]["changes"][uri.as_str()];
    assert_eq!(edits[0]["newText"], "school-municipal-admin", "{fix}");
    assert_eq!(apply(&typo, edits.as_array().expect("edits")), text);
    assert_eq!(fix["diagnostics"][0]["code"], "unknown-reference");
    assert!(server.stop().success());
}

#[test]
fn a_danish_word_for_a_format_word_is_a_quick_fix() {
    let mut server = Server::start();
    let (uri, text) = esbjerg(&mut server);
    let danish = text.replacen("track = \"schools\"\n", "track = \"schools\"\nstatus = \"gennemført\"\n", 1);
    let change = json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": danish}]});
    server.notify("textDocument/didChange", &change);
    let inside = at(&danish, "gennemført", 2);
    let range = json!({"start": inside, "end": inside});
    let params = json!({"textDocument": {"uri": uri}, "range": range, "context": {"diagnostics": []}});
    let actions = server.request("textDocument/codeAction", &params);
    let fix = actions.as_array().expect("actions").iter().find(|a| a["kind"] == "quickfix").expect("a quick fix");
    assert_eq!(fix["title"], "Write `done`");
    let fixed = apply(&danish, fix["edit"]["changes"][uri.as_str()].as_array().expect("edits"));
    assert_eq!(fixed, danish.replacen("gennemført", "done", 1));
    assert!(server.stop().success());
}

#[test]
fn a_missing_quote_a_colon_and_a_danish_day_are_quick_fixes_to_the_line_meant() {
    let mut server = Server::start();
    let (uri, text) = esbjerg(&mut server);
    let mistakes = [
        ("title = \"Implementeringsplan for Aula\"", "title = \"Implementeringsplan for Aula"),
        ("municipality = \"Esbjerg Kommune\"", "municipality: \"Esbjerg Kommune\""),
        ("date = 2020-03-01", "date = 01.03.2020"),
    ];
    for (version, (right, wrong)) in (2..).zip(mistakes) {
        let broken = text.replacen(right, wrong, 1);
        assert_ne!(broken, text);
        let change = json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": broken}]});
        server.notify("textDocument/didChange", &change);
        let line = at(&broken, wrong, 0);
        let range = json!({"start": line, "end": at(&broken, wrong, wrong.len())});
        let params = json!({"textDocument": {"uri": uri}, "range": range, "context": {"diagnostics": []}});
        let actions = server.request("textDocument/codeAction", &params);
        let fixes: Vec<&Value> =
            actions.as_array().expect("actions").iter().filter(|a| a["kind"] == "quickfix").collect();
        assert_eq!(fixes.len(), 1, "{wrong}: {actions}");
        assert_eq!(
            apply(&broken, fixes[0]["edit"]["changes"][uri.as_str()].as_array().expect("edits")),
            text,
            "{wrong}"
        );
    }
    assert!(server.stop().success());
}

#[test]
fn the_outline_names_units_roles_people_and_activities() {
    let mut server = Server::start();
    let (uri, _) = esbjerg(&mut server);
    let symbols = server.request("textDocument/documentSymbol", &json!({"textDocument": {"uri": uri}}));
    let names: Vec<&str> = symbols.as_array().expect("symbols").iter().filter_map(|s| s["name"].as_str()).collect();
    for name in [
        "Netcompany",
        "Skolernes kommunale administrator og superbruger",
        "Thomas",
        "Skolernes kommunale administrator",
    ] {
        assert!(names.contains(&name), "{name}: {names:?}");
    }
    assert!(server.stop().success());
}

#[test]
fn a_malformed_message_or_an_unknown_method_does_not_stop_the_server() {
    let mut server = Server::start();
    // A broken header: said, and the rest of that message skipped up to the next header.
    server.raw(b"Content-Lenght: 5\r\n\r\nhello");
    let log = server.next_where(|m| m["method"] == "window/logMessage");
    assert!(log["params"]["message"].as_str().is_some_and(|m| m.contains("could not be read")), "{log}");
    let symbols = server.call("textDocument/documentSymbol", &json!({"textDocument": {"uri": "file:///nowhere.toml"}}));
    assert_eq!(symbols["error"]["code"], -32602, "answered, InvalidParams: {symbols}");
    // A body that is not JSON.
    server.raw(b"Content-Length: 9\r\n\r\n{not json");
    server.next_where(|m| m["method"] == "window/logMessage");
    let unknown = server.call("textDocument/unheardOf", &json!({}));
    assert_eq!(unknown["error"]["code"], -32601, "MethodNotFound: {unknown}");
    let bad = server.call("textDocument/hover", &json!({"textDocument": 3}));
    assert_eq!(bad["error"]["code"], -32602, "InvalidParams: {bad}");
    // Still serving.
    let (uri, _) = esbjerg(&mut server);
    let symbols = server.request("textDocument/documentSymbol", &json!({"textDocument": {"uri": uri}}));
    assert!(symbols.as_array().is_some_and(|s| !s.is_empty()));
    assert!(server.stop().success());
}

#[test]
fn exit_without_shutdown_is_status_1() {
    let mut server = Server::start();
    server.notify("exit", &Value::Null);
    assert_eq!(server.child.wait().expect("ends").code(), Some(1));
}
