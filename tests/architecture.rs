//! The shape of the source, as the README's "Source layout" describes it: no module of the
//! library depends on another that depends back on it, and no file is too long to read.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without its comments, so a module named in a doc comment is no use of it.
fn code(text: &str) -> String {
    text.lines().map(|l| l.split_once("//").map_or(l, |(code, _)| code)).collect::<Vec<_>>().join("\n")
}

/// The top-level module a file of the library belongs to (`rules` for `src/rules/quotas.rs`);
/// `None` for the binary (`main.rs`, `cli/`) and `lib.rs`.
fn module_of(path: &Path) -> Option<String> {
    let rel = path.strip_prefix(src()).expect("under src");
    let first = rel.components().next()?.as_os_str().to_str()?.trim_end_matches(".rs").to_owned();
    (!matches!(first.as_str(), "main" | "lib" | "cli")).then_some(first)
}

/// Which top-level modules each module of the library uses, through `crate::`.
fn dependencies() -> BTreeMap<String, BTreeSet<String>> {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut deps: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in files {
        let Some(module) = module_of(&file) else { continue };
        let text = code(&std::fs::read_to_string(&file).expect("readable"));
        let entry = deps.entry(module.clone()).or_default();
        for (at, _) in text.match_indices("crate::") {
            let name: String = text[at + 7..].chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_').collect();
            if name != module && !name.is_empty() {
                entry.insert(name);
            }
        }
    }
    deps
}

#[test]
fn no_module_of_the_library_depends_on_itself_through_others() {
    let deps = dependencies();
    assert!(deps.contains_key("plan") && deps.contains_key("rules"), "the walk found the modules: {deps:?}");
    // Depth-first search for a path from each module back to itself.
    for start in deps.keys() {
        let mut stack: Vec<Vec<&str>> = vec![vec![start.as_str()]];
        let mut seen = BTreeSet::new();
        while let Some(path) = stack.pop() {
            let last = *path.last().expect("a path is never empty");
            for next in deps.get(last).into_iter().flatten() {
                assert!(next != start, "import circle: {} → {start}", path.join(" → "));
                if seen.insert(next.as_str()) {
                    let mut longer = path.clone();
                    longer.push(next);
                    stack.push(longer);
                }
            }
        }
    }
}

#[test]
fn the_registry_is_a_leaf() {
    let deps = dependencies();
    assert_eq!(deps.get("registry"), Some(&BTreeSet::new()), "the registry uses no other module");
}

#[test]
fn no_source_file_is_over_600_lines() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let long: Vec<String> = files
        .iter()
        .filter_map(|f| {
            let lines = std::fs::read_to_string(f).expect("readable").lines().count();
            (lines > 600).then(|| format!("{} ({lines} lines)", f.display()))
        })
        .collect();
    assert!(long.is_empty(), "split these: {long:?}");
}
