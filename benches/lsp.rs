//! `cargo bench --bench lsp`: how long `aula-plan lsp` takes from a change in the editor to the
//! diagnostics of the changed text, on the Esbjerg plan and on a synthetic plan of 2 MB, with
//! the release build (the one `cargo bench` builds). The server is spawned and spoken to as an
//! editor speaks to it: each change is a `didChange` with the whole text (a value edited back
//! and forth), timed until the `publishDiagnostics` of its version arrives. The median and the
//! slowest of the rounds are printed, next to the library's own check of the same text.
//!
//! Targets: Esbjerg under 20 ms, the 2 MB plan under 200 ms.

use std::fmt::Write as _;
use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::path::Path;
use std::process::{ChildStdin, ChildStdout, Command, Stdio};
use std::time::Instant;

use serde_json::{Value, json};

const ROUNDS: usize = 21;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().expect("tempdir");
    let esbjerg = root.join("plans/esbjerg-2020.toml");
    let big = dir.path().join("national-2mb.toml");
    std::fs::write(&big, synthetic(2 << 20)).expect("the plan written");
    println!(
        "{:<28} {:>8} {:>10} {:>10} {:>10} {:>8}",
        "plan", "size", "median ms", "slowest ms", "library ms", "target"
    );
    for (name, path, target) in
        [("plans/esbjerg-2020.toml", esbjerg.as_path(), 20.0), ("synthetic 2 MB", big.as_path(), 200.0)]
    {
        let text = std::fs::read_to_string(path).expect("plan");
        let (median, slowest, findings) = through_server(path, &text);
        let library = in_library(path, &text);
        let met = if median < target { "met" } else { "NOT met" };
        println!(
            "{name:<28} {:>6.2}MB {median:>10.1} {slowest:>10.1} {library:>10.1} {:>4} ms {met} ({findings} findings)",
            f64::from(u32::try_from(text.len()).unwrap_or(u32::MAX)) / f64::from(1 << 20),
            target
        );
    }
}

/// (median, slowest) milliseconds from `didChange` to its diagnostics, and how many there are.
fn through_server(path: &Path, text: &str) -> (f64, f64, usize) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_aula-plan"))
        .arg("lsp")
        .env("AULA_PLAN_LANG", "en")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("the server starts");
    let mut input = child.stdin.take().expect("stdin");
    let mut output = BufReader::new(child.stdout.take().expect("stdout"));
    let uri = format!("file://{}", path.canonicalize().expect("a file").display()).replace(' ', "%20");
    send(&mut input, &json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}));
    receive(&mut output, |m| m["id"] == 1);
    send(&mut input, &json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}));
    let item = json!({"uri": uri, "languageId": "toml", "version": 0, "text": text});
    send(&mut input, &json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": item}}));
    let first = receive(&mut output, |m| m["method"] == "textDocument/publishDiagnostics");
    let findings = first["params"]["diagnostics"].as_array().map_or(0, Vec::len);
    // A change as typing makes it: one value, there and back.
    let changed = text.replacen("format = 1", "format = 1 ", 1);
    let mut times = Vec::with_capacity(ROUNDS);
    for version in 1..=ROUNDS {
        let now = if version % 2 == 1 { &changed } else { text };
        let change = json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": [{"text": now}]});
        let started = Instant::now();
        send(&mut input, &json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": change}));
        receive(&mut output, |m| {
            m["method"] == "textDocument/publishDiagnostics" && m["params"]["version"] == json!(version)
        });
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    send(&mut input, &json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}));
    receive(&mut output, |m| m["id"] == 2);
    send(&mut input, &json!({"jsonrpc": "2.0", "method": "exit"}));
    let _ = child.wait();
    times.sort_by(f64::total_cmp);
    (times[times.len() / 2], times[times.len() - 1], findings)
}

/// The median milliseconds of the library's check of a document and its diagnostics.
fn in_library(path: &Path, text: &str) -> f64 {
    use aula_plan::lsp::{diagnostics, session};
    let uri = session::uri_of(&path.canonicalize().expect("a file")).expect("a URI");
    let mut times: Vec<f64> = (0..ROUNDS)
        .map(|_| {
            // A new document each time: its text is loaded anew, as after a change.
            let doc = session::Doc::new(uri.clone(), text.to_owned(), 0, Some(path.to_path_buf()));
            let started = Instant::now();
            let checked = diagnostics::check(&doc);
            let found = diagnostics::diagnostics(&doc, &checked.checked, aula_plan::i18n::Lang::En, None);
            std::hint::black_box(found);
            started.elapsed().as_secs_f64() * 1000.0
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[times.len() / 2]
}

fn send(to: &mut ChildStdin, message: &Value) {
    let body = message.to_string();
    write!(to, "Content-Length: {}\r\n\r\n{body}", body.len()).expect("write");
    to.flush().expect("flush");
}

/// The next message `wanted` takes; the others are dropped.
fn receive(from: &mut BufReader<ChildStdout>, wanted: impl Fn(&Value) -> bool) -> Value {
    loop {
        let mut length = 0;
        loop {
            let mut line = String::new();
            assert!(from.read_line(&mut line).expect("read") > 0, "the server ended");
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(n) = line.strip_prefix("Content-Length: ") {
                length = n.parse().expect("a length");
            }
        }
        let mut body = vec![0; length];
        from.read_exact(&mut body).expect("the body");
        let message: Value = serde_json::from_slice(&body).expect("JSON");
        if wanted(&message) {
            return message;
        }
    }
}

/// A plan of about `size` bytes: municipalities with schools, day-care, roles, people, the
/// vendor's and their own courses and dated phases, as `benches/national.rs` writes them.
fn synthetic(size: usize) -> String {
    let mut o = String::from(
        "format = 1\n\n[plan]\ntitle = \"Aula, hele landet\"\ndate = 2019-01-07\nroot = \"vendor\"\n\n[[unit]]\nid = \"vendor\"\nname = \"Netcompany\"\nkind = \"vendor\"\n",
    );
    let mut m = 0;
    while o.len() < size {
        let _ = write!(
            o,
            "\n[[unit]]\nid = \"m{m}\"\nname = \"Kommune {m}\"\nparent = \"vendor\"\nkind = \"department\"\n\n[[unit]]\nid = \"m{m}-skoler\"\nname = \"Skoler\"\nparent = \"m{m}\"\nkind = \"area\"\n"
        );
        for s in 0..20 {
            let pupils = 150 + (m * 37 + s * 91) % 700;
            let _ = write!(
                o,
                "\n[[unit]]\nid = \"m{m}-skole-{s}\"\nname = \"Skole {s}\"\nparent = \"m{m}-skoler\"\nkind = \"school\"\npupils = {pupils}\n"
            );
        }
        let _ = write!(
            o,
            "\n[[role]]\nid = \"m{m}-admin\"\nname = \"Administrator\"\nunit = \"m{m}\"\nquota = 1\nsupport = \"vendor\"\n\n[[role]]\nid = \"m{m}-superuser\"\nname = \"Superbrugere\"\nunit = \"m{m}-skoler\"\nquota = 20\nsupport = \"m{m}-admin\"\n\n[[person]]\nid = \"m{m}-p\"\nname = \"Anne\"\nunit = \"m{m}\"\nroles = [\"m{m}-admin\"]\n\n[[training]]\nid = \"m{m}-nc-admin\"\nname = \"Administratorer\"\ntrainer = [\"vendor\"]\ntrainees = [\"m{m}-admin\"]\nseats = 1\nstart = 2019-01-28\nend = 2019-01-29\n\n[[training]]\nid = \"m{m}-superusers\"\nname = \"Superbrugere\"\ntrainer = [\"m{m}-admin\"]\ntrainees = [\"m{m}-superuser\"]\nseats = 20\nstart = 2019-03-04\nend = 2019-03-08\nafter = [\"m{m}-nc-admin\"]\n\n[[phase]]\nid = \"m{m}-go-live\"\nname = \"Go-live\"\nkind = \"go-live\"\nstart = \"2019-W41\"\nend = \"2019-W43\"\nafter = [\"m{m}-superusers\"]\n"
        );
        m += 1;
    }
    o
}
