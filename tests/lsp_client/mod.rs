//! A client of `aula-plan lsp` for the tests: the binary spawned in the repository's root (on
//! the tests' fixed day, in English), JSON-RPC framed with `Content-Length` over its pipes, and
//! what a test needs to say where in a plan it asks and to read the answers.
#![allow(dead_code, reason = "each test file uses a part")]

use std::fmt::Write as _;
use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

use serde_json::{Value, json};

pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A running server and what it sent that no call has taken yet.
pub struct Server {
    pub child: Child,
    pub stdin: ChildStdin,
    pub from: Receiver<Value>,
    pub waiting: Vec<Value>,
    pub next: i64,
}

/// How long a test waits for an answer before it fails (a hang is a failure, not a wait).
pub const PATIENCE: Duration = Duration::from_secs(60);

impl Server {
    /// A server whose client speaks English.
    pub fn start() -> Self {
        Self::start_in("en")
    }

    /// A server whose client says its locale is `locale`.
    pub fn start_in(locale: &str) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_aula-plan"))
            .arg("lsp")
            .current_dir(root())
            .env("AULA_PLAN_TODAY", crate::common::TODAY)
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
        let init = server.request("initialize", &json!({"capabilities": {}, "locale": locale, "processId": null}));
        assert!(init["capabilities"]["hoverProvider"].as_bool().unwrap_or(false), "{init}");
        server.notify("initialized", &json!({}));
        server
    }

    pub fn raw(&mut self, bytes: &[u8]) {
        self.stdin.write_all(bytes).expect("write");
        self.stdin.flush().expect("flush");
    }

    pub fn send(&mut self, message: &Value) {
        let body = message.to_string();
        self.raw(format!("Content-Length: {}\r\n\r\n{body}", body.len()).as_bytes());
    }

    pub fn notify(&mut self, method: &str, params: &Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// The next message that `wanted` takes, keeping the others for later.
    pub fn next_where(&mut self, wanted: impl Fn(&Value) -> bool) -> Value {
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
    pub fn call(&mut self, method: &str, params: &Value) -> Value {
        let id = self.next;
        self.next += 1;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        self.next_where(|m| m["id"] == json!(id) && m.get("method").is_none())
    }

    /// The result of a request, which must succeed.
    pub fn request(&mut self, method: &str, params: &Value) -> Value {
        let response = self.call(method, params);
        assert!(response.get("error").is_none(), "{method}: {response}");
        response["result"].clone()
    }

    /// The next diagnostics published for `uri`.
    pub fn diagnostics(&mut self, uri: &str) -> Value {
        self.next_where(|m| m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri)["params"]
            .clone()
    }

    pub fn open(&mut self, path: &Path) -> (String, String) {
        let text = std::fs::read_to_string(path).expect("plan");
        let uri = uri(path);
        let item = json!({"uri": uri, "languageId": "toml", "version": 1, "text": text});
        self.notify("textDocument/didOpen", &json!({"textDocument": item}));
        (uri, text)
    }

    pub fn stop(mut self) -> std::process::ExitStatus {
        assert_eq!(self.request("shutdown", &Value::Null), Value::Null);
        self.notify("exit", &Value::Null);
        self.child.wait().expect("the server ends")
    }
}

pub fn uri(path: &Path) -> String {
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
pub fn line_column(text: &str, position: &Value) -> (u64, u64) {
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

/// A finding as both sides can say it: rule, line, column (characters), message, severity.
pub type Found = (String, u64, u64, String, &'static str);

/// Each diagnostic as a [`Found`].
pub fn from_lsp(text: &str, published: &Value) -> Vec<Found> {
    let mut out: Vec<_> = published["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .map(|d| {
            let (line, column) = line_column(text, &d["range"]["start"]);
            let severity = if d["severity"] == 1 { "error" } else { "warning" };
            (
                d["code"].as_str().expect("code").to_owned(),
                line,
                column,
                d["message"].as_str().expect("m").to_owned(),
                severity,
            )
        })
        .collect();
    out.sort();
    out
}

/// Each finding of `validate --format json` as a [`Found`], run on `path`
/// (`-`: `stdin`).
pub fn from_validate(path: &str, stdin: &str) -> Vec<Found> {
    from_validate_in(&[], path, stdin)
}

/// [`from_validate`] with the arguments `before` before `validate` (`--lang da`).
pub fn from_validate_in(before: &[&str], path: &str, stdin: &str) -> Vec<Found> {
    let out = crate::common::aula_plan()
        .args(before)
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
            let severity = if f["severity"] == "error" { "error" } else { "warning" };
            (
                s("rule"),
                f["line"].as_u64().expect("line"),
                f["column"].as_u64().expect("column"),
                s("message"),
                severity,
            )
        })
        .collect();
    out.sort();
    out
}

pub fn plans() -> Vec<PathBuf> {
    let mut plans: Vec<PathBuf> = std::fs::read_dir(root().join("plans"))
        .expect("plans")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    plans.sort();
    plans
}

/// The LSP position of byte `offset` of `text`.
pub fn position(text: &str, offset: usize) -> Value {
    let before = &text[..offset];
    let line = before.matches('\n').count();
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    let character: usize = before[start..].chars().map(char::len_utf16).sum();
    json!({"line": line, "character": character})
}

/// The position `into` bytes into the first `needle` of `text`.
pub fn at(text: &str, needle: &str, into: usize) -> Value {
    position(text, text.find(needle).unwrap_or_else(|| panic!("`{needle}` in the plan")) + into)
}

pub fn esbjerg(server: &mut Server) -> (String, String) {
    let (uri, text) = server.open(&root().join("plans/esbjerg-2020.toml"));
    server.diagnostics(&uri);
    (uri, text)
}

pub fn spot(uri: &str, position: &Value) -> Value {
    json!({"textDocument": {"uri": uri}, "position": position})
}

/// The byte offset of an LSP position of `text`.
pub fn offset(text: &str, position: &Value) -> usize {
    let line = usize::try_from(position["line"].as_u64().expect("line")).expect("a line");
    let units = position["character"].as_u64().expect("character");
    let start: usize = text.split('\n').take(line).map(|l| l.len() + 1).sum();
    let mut seen = 0;
    for (at, c) in text[start..].char_indices() {
        if seen >= units || c == '\n' {
            return start + at;
        }
        seen += c.len_utf16() as u64;
    }
    text.len()
}

/// `text` with an editor's edits made.
pub fn apply(text: &str, edits: &[Value]) -> String {
    let mut spans: Vec<(usize, usize, &str)> = edits
        .iter()
        .map(|e| {
            (offset(text, &e["range"]["start"]), offset(text, &e["range"]["end"]), e["newText"].as_str().expect("text"))
        })
        .collect();
    spans.sort_unstable();
    let mut out = text.to_owned();
    for (start, end, new) in spans.into_iter().rev() {
        out.replace_range(start..end, new);
    }
    out
}

/// The line (0-based) a location or range starts on.
pub fn line_of(range: &Value) -> u64 {
    range["start"]["line"].as_u64().expect("a line")
}
