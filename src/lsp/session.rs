//! The documents open in the editor, and how they relate: a document's file (from its URI),
//! the plans it follows, and the open plans that follow it.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::str::FromStr as _;
use std::sync::{Arc, OnceLock};

use lsp_types::Uri;

use super::position::Lines;
use crate::load::{self, Loaded};
use crate::plan::Plan;

/// One open document: its text as the editor has it, and that text loaded, once asked for.
#[derive(Debug, Clone)]
pub struct Doc {
    pub uri: Uri,
    text: String,
    pub version: i32,
    /// Its file, for a `file:` URI.
    pub path: Option<PathBuf>,
    loaded: OnceLock<Arc<Loaded>>,
    /// The last of its texts that loaded as a plan: what completion offers while the text being
    /// typed does not parse (`trainees = ["`).
    last_plan: Option<Arc<Loaded>>,
}

/// A document read: its plan (as far as it loads), and where its lines start.
#[derive(Debug)]
pub struct Read<'d> {
    pub doc: &'d Doc,
    pub loaded: Arc<Loaded>,
    pub lines: Lines,
}

impl Read<'_> {
    #[must_use]
    pub fn plan(&self) -> Option<&Plan> {
        self.loaded.plan.as_ref()
    }

    #[must_use]
    pub fn text(&self) -> &str {
        self.doc.text()
    }
}

impl Doc {
    #[must_use]
    pub fn new(uri: Uri, text: String, version: i32, path: Option<PathBuf>) -> Self {
        Self { uri, text, version, path, loaded: OnceLock::new(), last_plan: None }
    }

    #[must_use]
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The editor's new text of the document.
    pub fn change(&mut self, text: String, version: i32) {
        if let Some(loaded) = self.loaded.take().filter(|l| l.plan.is_some()) {
            self.last_plan = Some(loaded);
        }
        self.text = text;
        self.version = version;
    }

    /// The plan of this text, or else of the last text that loaded as one.
    #[must_use]
    pub fn known(&self) -> Option<Arc<Loaded>> {
        let now = self.loaded();
        if now.plan.is_some() { Some(now) } else { self.last_plan.clone() }
    }

    /// The text loaded, as `validate` loads it: once per text, however many requests ask.
    #[must_use]
    pub fn loaded(&self) -> Arc<Loaded> {
        self.loaded.get_or_init(|| Arc::new(load::load(&self.text))).clone()
    }

    /// The document loaded, with its lines.
    #[must_use]
    pub fn read(&self) -> Read<'_> {
        Read { doc: self, loaded: self.loaded(), lines: Lines::new(&self.text) }
    }

    /// The files of the plans it follows (directly), as `validate` finds them.
    #[must_use]
    pub fn followed_files(&self, plan: &Plan) -> Vec<(String, PathBuf)> {
        let Some(folder) = self.path.as_deref().and_then(Path::parent) else { return Vec::new() };
        plan.follows.iter().map(|f| (f.name.value.to_string(), same_file(&folder.join(&f.path.value)))).collect()
    }
}

/// The open documents, by URI.
#[derive(Debug, Default)]
pub struct Docs {
    pub open: BTreeMap<String, Doc>,
}

impl Docs {
    #[must_use]
    pub fn get(&self, uri: &Uri) -> Option<&Doc> {
        self.open.get(uri.as_str())
    }

    /// The open document of a file.
    #[must_use]
    pub fn by_path(&self, path: &Path) -> Option<&Doc> {
        let path = same_file(path);
        self.open.values().find(|d| d.path.as_deref().is_some_and(|p| same_file(p) == path))
    }

    /// The open documents that follow the plan of file `path`, each with the short name it
    /// gives it.
    #[must_use]
    pub fn followers(&self, path: &Path) -> Vec<(&Doc, String)> {
        let path = same_file(path);
        let mut out = Vec::new();
        for doc in self.open.values() {
            if doc.path.as_deref().is_some_and(|p| same_file(p) == path) {
                continue;
            }
            let read = doc.read();
            let Some(plan) = read.plan() else { continue };
            for (name, file) in doc.followed_files(plan) {
                if file == path {
                    out.push((doc, name));
                }
            }
        }
        out
    }
}

/// Whether a text is a plan (has a `format =` line or a `[plan]` header), which the server
/// checks, rather than some other TOML file (a `Cargo.toml`), which it leaves alone.
#[must_use]
pub fn is_plan(text: &str) -> bool {
    text.lines().map(str::trim_start).any(|line| {
        line.strip_prefix("format").is_some_and(|rest| rest.trim_start().starts_with('='))
            || line.split('#').next().is_some_and(|l| l.trim_end() == "[plan]")
    })
}

/// A file's path as the disk names it, so that two ways to one file compare equal.
#[must_use]
pub fn same_file(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// The file of a `file:` URI.
#[must_use]
pub fn path_of(uri: &Uri) -> Option<PathBuf> {
    let rest = uri.as_str().strip_prefix("file://")?;
    // The host, if any (`file://localhost/…`), is ours.
    let rest = &rest[rest.find('/')?..];
    let decoded = decode(rest)?;
    // `/C:/Users/…` on Windows.
    let bytes = decoded.as_bytes();
    if cfg!(windows) && bytes.len() > 2 && bytes[2] == b':' {
        return Some(PathBuf::from(&decoded[1..]));
    }
    Some(PathBuf::from(decoded))
}

/// The `file:` URI of a path.
#[must_use]
pub fn uri_of(path: &Path) -> Option<Uri> {
    let text = path.to_string_lossy().replace('\\', "/");
    let mut out = String::from(if text.starts_with('/') { "file://" } else { "file:///" });
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/:".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    Uri::from_str(&out).ok()
}

fn decode(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plan_is_told_from_other_toml() {
        assert!(is_plan("# A plan\nformat = 1\n"));
        assert!(is_plan("[plan]  # the plan\ntitle = \"T\"\n"));
        assert!(!is_plan("[package]\nname = \"x\"\nformats = 1\n"));
    }

    #[test]
    fn a_path_goes_to_a_uri_and_back() {
        let path = Path::new("/tmp/Børn og kultur/plan.toml");
        let uri = uri_of(path).unwrap();
        assert_eq!(uri.as_str(), "file:///tmp/B%C3%B8rn%20og%20kultur/plan.toml");
        assert_eq!(path_of(&uri).unwrap(), path);
    }
}
