//! What the repository holds of people: first names and titles, nothing more. No e-mail
//! address, phone number or CPR number anywhere (the fuzz corpus and the snapshots included),
//! but the made-up ones the privacy rules are tested with; and no surname from the sources.

use std::path::{Path, PathBuf};

/// The made-up values that test the rules that find personal data: reserved domains, numbers
/// of zeros, a CPR number of the first of January 2000 with serial 0000.
const MADE_UP: &[&str] = &[
    "fornavn@example.com",
    "fornavn.e@example.com",
    "test@example.org",
    "00000000",
    "00 00 00 00",
    "0000 0000",
    "+45 00000000",
    "+4500 00 00 00",
    "010100-0000",
    "311200-0000",
];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every file of the repository but the build output (`target/`, and `dist/`'s archives, made
/// by `scripts/dist` from the files checked here, compressed into noise) and git's own.
fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("a folder") {
        let path = entry.expect("an entry").path();
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        if path.is_dir() {
            if !matches!(name, "target" | "dist" | ".git") {
                files(&path, out);
            }
        } else {
            out.push(path);
        }
    }
}

fn texts() -> Vec<(PathBuf, String)> {
    let mut paths = Vec::new();
    files(root(), &mut paths);
    paths
        .into_iter()
        .filter_map(|p| {
            let bytes = std::fs::read(&p).ok()?;
            // Pictures are no text; the fuzz corpus is, with a stray byte here and there.
            p.extension().is_none_or(|e| e != "png").then(|| (p, String::from_utf8_lossy(&bytes).into_owned()))
        })
        .collect()
}

#[test]
fn no_contact_details_or_cpr_numbers_but_the_made_up_ones() {
    let mut found = Vec::new();
    let all = texts();
    assert!(all.len() > 100, "the walk found the repository's files");
    for (path, text) in &all {
        // Machine-made inputs (fuzz corpora, proptest's regressions): their digits and `@` are
        // noise, not contact details; the surname check below covers them.
        let rel = path.strip_prefix(root()).unwrap_or(path);
        if rel.starts_with("fuzz/corpus") || rel.starts_with("proptest-regressions") {
            continue;
        }
        let mut findings = Vec::new();
        aula_plan::rules::check_text(text, &mut findings);
        for f in findings {
            let value = &text[f.span.range()];
            if !MADE_UP.contains(&value) {
                found.push(format!("{}: {value}", path.strip_prefix(root()).unwrap_or(path).display()));
            }
        }
    }
    assert!(found.is_empty(), "personal data in the repository: {found:#?}");
}

/// The surnames of the people the sources name, read from the sources themselves (so that
/// they need not be written here): the names before each e-mail address, and the speaker of
/// KOMBIT's slides.
fn surnames(seeds: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(seeds).expect("seeds") {
        let text = std::fs::read_to_string(entry.expect("a seed").path()).unwrap_or_default();
        for line in text.lines() {
            let named = if line.contains('@') && !line.trim_start().starts_with("mailto:") {
                let end = [" – ", " - ", ","].iter().filter_map(|d| line.find(d)).min().unwrap_or(line.len());
                Some(&line[..end])
            } else {
                line.split_once("Chefkonsulent ").map(|(_, rest)| rest)
            };
            let Some(named) = named else { continue };
            let words: Vec<&str> = named.split_whitespace().collect();
            if let [.., first, last] = words.as_slice() {
                let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
                if capital(first) && capital(last) && last.chars().all(char::is_alphabetic) {
                    out.push((*last).to_owned());
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

#[test]
fn no_surname_from_the_sources() {
    let seeds = root().join("../shared/seeds");
    if !seeds.is_dir() {
        eprintln!("no ../shared/seeds beside the repository: the surnames cannot be read, so not checked");
        return;
    }
    let names = surnames(&seeds);
    assert!(names.len() >= 10, "the sources name a dozen people: {names:?}");
    let mut found = Vec::new();
    for (path, text) in texts() {
        for name in &names {
            let whole = text.match_indices(name.as_str()).any(|(at, _)| {
                let before = text[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric());
                let after = text[at + name.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric());
                before && after
            });
            if whole {
                found.push(format!("{}: {name}", path.strip_prefix(root()).unwrap_or(&path).display()));
            }
        }
    }
    assert!(found.is_empty(), "surnames from the sources in the repository: {found:#?}");
}
