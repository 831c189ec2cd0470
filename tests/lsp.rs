//! `aula-plan lsp` driven as an editor drives it: the binary spawned, JSON-RPC framed with
//! `Content-Length` over its standard input and output. Its findings are `validate`'s; hover,
//! definition, references, completion, rename and code actions answer what a person expects
//! on the shipped plans; a malformed message or an unknown method does not stop it, and
//! `shutdown` then `exit` ends it with status 0.

mod common;

use std::fmt::Write as _;
use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

use serde_json::{Value, json};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A running server and what it sent that no call has taken yet.
struct Server {
    child: Child,
    stdin: ChildStdin,
    from: Receiver<Value>,
    waiting: Vec<Value>,
    next: i64,
}

/// How long a test waits for an answer before it fails (a hang is a failure, not a wait).
const PATIENCE: Duration = Duration::from_secs(60);

impl Server {
    fn start() -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_aula-plan"))
            .arg("lsp")
            .current_dir(root())
            .env("AULA_PLAN_TODAY", common::TODAY)
            .env_remove("AULA_PLAN_LANG")
            .env("LC_ALL", "C")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("the server starts");
        let stdin = child.stdin.take().expect("stdin");
        let mut stdout = BufReader::new(child.stdout.take().expect("stdout"));
        let (to, from) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            loop {
                let mut length = None;
                loop {
                    let mut line = String::new();
                    if stdout.read_line(&mut line).unwrap_or(0) == 0 {
                        return;
                    }
                    let line = line.trim_end();
                    if line.is_empty() {
                        break;
                    }
                    if let Some(n) = line.strip_prefix("Content-Length: ") {
                        length = n.parse::<usize>().ok();
                    }
                }
                let mut body = vec![0; length.expect("a Content-Length")];
                stdout.read_exact(&mut body).expect("the body");
                if to.send(serde_json::from_slice(&body).expect("JSON")).is_err() {
                    return;
                }
            }
        });
        let mut server = Server { child, stdin, from, waiting: Vec::new(), next: 1 };
        let init = server.request("initialize", &json!({"capabilities": {}, "locale": "en", "processId": null}));
        assert!(init["capabilities"]["hoverProvider"].as_bool().unwrap_or(false), "{init}");
        server.notify("initialized", &json!({}));
        server
    }

    fn raw(&mut self, bytes: &[u8]) {
        self.stdin.write_all(bytes).expect("write");
        self.stdin.flush().expect("flush");
    }

    fn send(&mut self, message: &Value) {
        let body = message.to_string();
        self.raw(format!("Content-Length: {}\r\n\r\n{body}", body.len()).as_bytes());
    }

    fn notify(&mut self, method: &str, params: &Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// The next message that `wanted` takes, keeping the others for later.
    fn next_where(&mut self, wanted: impl Fn(&Value) -> bool) -> Value {
        if let Some(i) = self.waiting.iter().position(&wanted) {
            return self.waiting.remove(i);
        }
        loop {
            match self.from.recv_timeout(PATIENCE) {
                Ok(m) if wanted(&m) => return m,
                Ok(m) => self.waiting.push(m),
                Err(RecvTimeoutError::Timeout) => panic!("no answer; had {:?}", self.waiting),
                Err(RecvTimeoutError::Disconnected) => panic!("the server ended; had {:?}", self.waiting),
            }
        }
    }

    /// The whole response to a request.
    fn call(&mut self, method: &str, params: &Value) -> Value {
        let id = self.next;
        self.next += 1;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.next_where(|m| m["id"] == json!(id) && m.get("method").is_none())
    }

    /// The result of a request, which must succeed.
    fn request(&mut self, method: &str, params: &Value) -> Value {
        let response = self.call(method, params);
        assert!(response.get("error").is_none(), "{method}: {response}");
        response["result"].clone()
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Value {
        self.next_where(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri)["params"]
            .clone()
    }

    fn open(&mut self, path: &Path) -> (String, String) {
        let text = std::fs::read_to_string(path).expect("plan");
        let uri = uri(path);
        let item = json!({"uri": uri, "languageId": "toml", "version": 1, "text": text});
        self.notify("textDocument/didOpen", &json!({"textDocument": item}));
        (uri, text)
    }

    fn stop(mut self) -> std::process::ExitStatus {
        assert_eq!(self.request("shutdown", &Value::Null), Value::Null);
        self.notify("exit", &Value::Null);
        self.child.wait().expect("the server ends")
    }
}

fn uri(path: &Path) -> String {
    let path = path.canonicalize().expect("a file");
    let mut out = String::from("file://");
    for b in path.to_string_lossy().replace('\\', "/").bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// An LSP position (0-based line, UTF-16 column) as `validate` writes it: 1-based line and
/// character column.
fn line_column(text: &str, position: &Value) -> (u64, u64) {
    let line = position["line"].as_u64().expect("line");
    let units = position["character"].as_u64().expect("character");
    let content = text.split('\n').nth(usize::try_from(line).expect("line")).unwrap_or_default();
    let (mut seen, mut chars) = (0, 0);
    for c in content.chars() {
        if seen >= units {
            break;
        }
        seen += c.len_utf16() as u64;
        chars += 1;
    }
    (line + 1, chars + 1)
}

/// (rule, line, column, message) of each diagnostic.
fn from_lsp(text: &str, published: &Value) -> Vec<(String, u64, u64, String)> {
    let mut out: Vec<_> = published["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            let (line, column) = line_column(text, &d["range"]["start"]);
            (d["code"].as_str().expect("code").to_owned(), line, column, d["message"].as_str().expect("m").to_owned())
        })
        .collect();
    out.sort();
    out
}

/// (rule, line, column, message) of each finding of `validate --format json`, run on `path`
/// (`-`: `stdin`).
fn from_validate(path: &str, stdin: &str) -> Vec<(String, u64, u64, String)> {
    let out = common::aula_plan()
        .args(["validate", "--format", "json", path])
        .write_stdin(stdin.to_owned())
        .output()
        .expect("validate runs");
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let mut out: Vec<_> = doc["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            let s = |k: &str| f[k].as_str().expect(k).to_owned();
            (s("rule"), f["line"].as_u64().expect("line"), f["column"].as_u64().expect("column"), s("message"))
        })
        .collect();
    out.sort();
    out
}

fn plans() -> Vec<PathBuf> {
    let mut plans: Vec<PathBuf> = std::fs::read_dir(root().join("plans"))
        .expect("plans")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    plans.sort();
    plans
}

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
    assert!(found.iter().any(|f| f.0 == "parse-error"), "{found:?}");
    assert_eq!(found, from_validate("-", &broken));
    assert!(server.stop().success());
}
