//! `aula-plan lsp` over more than one file and more than one way of writing: a followed plan
//! changed in the editor checks again the plans that follow it; a CRLF file and characters
//! beyond the Basic Multilingual Plane are counted as LSP counts (UTF-16); a Danish editor
//! gets `validate --lang da`'s words.

mod common;
mod lsp_client;

use lsp_client::{Server, apply, at, from_lsp, from_validate, from_validate_in, root};
use serde_json::json;

/// A folder with the example plan and the national plan it follows, and their paths.
fn example_and_national() -> (tempfile::TempDir, std::path::PathBuf, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    for name in ["eksempelby-2019.toml", "kombit-2016.toml"] {
        std::fs::copy(root().join("plans").join(name), dir.path().join(name)).expect("copy");
    }
    let (municipal, national) = (dir.path().join("eksempelby-2019.toml"), dir.path().join("kombit-2016.toml"));
    (dir, municipal, national)
}

/// KOMBIT's plan with wave 15, which the example's schools wait for, two months on.
fn wave_15_moved(national: &str) -> String {
    national.replace(
        "kind = \"rollout\"\nstart = \"2019-03\"             # \"Marts - maj 2019\"\nend = \"2019-05\"",
        "kind = \"rollout\"\nstart = \"2019-05\"\nend = \"2019-07\"",
    )
}

#[test]
fn a_followed_plan_changed_in_the_editor_checks_its_followers_again() {
    let (_dir, municipal, national) = example_and_national();
    let mut server = Server::start();
    let (m_uri, m_text) = server.open(&municipal);
    let before = server.diagnostics(&m_uri);
    let (n_uri, n_text) = server.open(&national);
    server.diagnostics(&n_uri);
    // Opening the followed plan checks its follower again: the same findings.
    assert_eq!(from_lsp(&m_text, &server.diagnostics(&m_uri)), from_lsp(&m_text, &before));
    // KOMBIT moves wave 15, which the municipality's schools wait for, two months on; the
    // editor changes and saves the national plan.
    let moved = wave_15_moved(&n_text);
    assert_ne!(moved, n_text);
    std::fs::write(&national, &moved).expect("save");
    let change = json!({"textDocument": {"uri": n_uri, "version": 2}, "contentChanges": [{"text": moved}]});
    server.notify("textDocument/didChange", &change);
    server.notify("textDocument/didSave", &json!({"textDocument": {"uri": n_uri}}));
    let after = server.diagnostics(&m_uri);
    let found = from_lsp(&m_text, &after);
    assert_ne!(found, from_lsp(&m_text, &before));
    assert!(found.iter().any(|f| f.0 == "dependency-order"), "{found:?}");
    assert_eq!(found, from_validate(&municipal.to_string_lossy(), ""));
    assert!(server.stop().success());
}

#[test]
fn a_followed_plan_changed_and_not_saved_is_read_as_the_editor_has_it() {
    let (_dir, municipal, national) = example_and_national();
    let mut server = Server::start();
    let (m_uri, m_text) = server.open(&municipal);
    server.diagnostics(&m_uri);
    let (n_uri, n_text) = server.open(&national);
    server.diagnostics(&n_uri);
    // KOMBIT's wave moved in the editor, not saved: the municipality's go-live breaks already.
    let moved = wave_15_moved(&n_text);
    assert_ne!(moved, n_text);
    let change = json!({"textDocument": {"uri": n_uri, "version": 2}, "contentChanges": [{"text": moved}]});
    server.notify("textDocument/didChange", &change);
    let found = loop {
        let found = from_lsp(&m_text, &server.diagnostics(&m_uri));
        if found.iter().any(|f| f.0 == "dependency-order") {
            break found;
        }
    };
    // What validate says once the same text is saved.
    assert_eq!(std::fs::read_to_string(&national).expect("file"), n_text, "nothing saved");
    std::fs::write(&national, &moved).expect("save");
    assert_eq!(found, from_validate(&municipal.to_string_lossy(), ""));
    assert!(server.stop().success());
}

#[test]
fn crlf_and_characters_beyond_the_bmp_are_counted_as_lsp_counts() {
    let text = std::fs::read_to_string(root().join("plans/esbjerg-2020.toml")).expect("plan");
    let text =
        text.replacen("trainer = [\"netcompany\"]", "trainer = [\"😀\", \"netcompanyx\"]", 1).replace('\n', "\r\n");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("esbjerg-crlf.toml");
    std::fs::write(&path, &text).expect("write");
    let mut server = Server::start();
    let (uri, text) = server.open(&path);
    let found = from_lsp(&text, &server.diagnostics(&uri));
    let expected = from_validate(&path.to_string_lossy(), "");
    assert!(expected.iter().any(|f| f.3.contains("netcompanyx")), "{expected:?}");
    assert_eq!(found, expected);
    assert!(server.stop().success());
}

#[test]
fn a_danish_editor_gets_the_danish_words_of_validate() {
    let mut server = Server::start_in("da-DK");
    let (uri, text) = server.open(&root().join("plans/esbjerg-2020.toml"));
    let found = from_lsp(&text, &server.diagnostics(&uri));
    assert_eq!(found, from_validate_in(&["--lang", "da"], "plans/esbjerg-2020.toml", ""));
    assert!(found.iter().any(|f| f.3.contains("mangler dato")), "{found:?}");
    assert!(server.stop().success());
}

#[test]
fn a_toml_file_that_is_no_plan_gets_no_findings() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("Cargo.toml");
    std::fs::write(&path, "[package]\nname = \"x\"\nversion = \"0.1.0\"\n").expect("write");
    let mut server = Server::start();
    let (uri, _) = server.open(&path);
    assert_eq!(server.diagnostics(&uri)["diagnostics"], json!([]));
    assert!(server.stop().success());
}

#[test]
fn renaming_a_national_activity_renames_it_in_the_open_plans_that_follow() {
    let mut server = Server::start();
    let (m_uri, m_text) = server.open(&root().join("plans/eksempelby-2019.toml"));
    server.diagnostics(&m_uri);
    let (n_uri, n_text) = server.open(&root().join("plans/kombit-2016.toml"));
    server.diagnostics(&n_uri);
    let mut params = json!({"textDocument": {"uri": n_uri}, "position": at(&n_text, "id = \"wave-15-rollout\"", 8)});
    params["newName"] = json!("wave-15");
    let edit = server.request("textDocument/rename", &params);
    let national = apply(&n_text, edit["changes"][n_uri.as_str()].as_array().expect("the national plan's edits"));
    assert!(national.contains("id = \"wave-15\"") && !national.contains("wave-15-rollout"), "{edit}");
    let municipal = apply(&m_text, edit["changes"][m_uri.as_str()].as_array().expect("the follower's edits"));
    // Uses, not the comments that mention it.
    assert!(municipal == m_text.replace("\"kombit:wave-15-rollout\"", "\"kombit:wave-15\""), "{edit}");
    // The same from the follower's side: its qualified id leads to the same edits.
    let mut params = json!({"textDocument": {"uri": m_uri}, "position": at(&m_text, "kombit:wave-15-rollout\"]", 9)});
    params["newName"] = json!("wave-15");
    assert_eq!(server.request("textDocument/rename", &params), edit);
    assert!(server.stop().success());
}

#[test]
fn a_hostile_name_is_text_in_a_hover_not_markdown() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.toml");
    let plan = "format = 1\n\n[plan]\ntitle = \"T\"\nroot = \"r\"\n\n[[unit]]\nid = \"r\"\nname = \"[klik](https://x.example) *fed* <b>\"\nkind = \"vendor\"\n";
    std::fs::write(&path, plan).expect("write");
    let mut server = Server::start();
    let (uri, text) = server.open(&path);
    server.diagnostics(&uri);
    let hover = server.request(
        "textDocument/hover",
        &json!({"textDocument": {"uri": uri}, "position": at(&text, "root = \"r\"", 8)}),
    );
    let said = hover["contents"]["value"].as_str().expect("Markdown");
    assert!(said.contains("\\[klik\\]") && said.contains("\\*fed\\*") && said.contains("&lt;b&gt;"), "{said}");
    assert!(server.stop().success());
}

#[test]
fn the_plans_lints_set_the_severity() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plan.toml");
    let plan = "format = 1\n\n[plan]\ntitle = \"T\"\nroot = \"r\"\n\n[[unit]]\nid = \"r\"\nname = \"R\"\nkind = \"vendor\"\n\n[[phase]]\nid = \"p\"\nname = \"P\"\ndate = \"tbd\"\n\n[lints]\ntbd-date = \"deny\"\n";
    std::fs::write(&path, plan).expect("write");
    let mut server = Server::start();
    let (uri, text) = server.open(&path);
    let found = from_lsp(&text, &server.diagnostics(&uri));
    assert!(found.iter().any(|f| f.0 == "tbd-date" && f.4 == "error"), "{found:?}");
    assert_eq!(found, from_validate(&path.to_string_lossy(), ""));
    assert!(server.stop().success());
}
