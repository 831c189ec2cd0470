//! `rust-version` in Cargo.toml is the oldest Rust that builds the project as locked, on every
//! platform it ships for (Windows and macOS too): no older than any locked dependency asks for,
//! nor than the standard library the code uses (file locking, 1.89).

use std::process::Command;

fn version(v: &str) -> Vec<u64> {
    v.split('.').map(|p| p.parse().unwrap_or(0)).collect()
}

#[test]
fn rust_version_is_what_the_locked_dependencies_and_the_code_need() {
    let ours = env!("CARGO_PKG_RUST_VERSION");
    assert!(!ours.is_empty(), "Cargo.toml gives a rust-version");
    // Every platform's dependencies, not only this machine's: the Windows build's count too.
    let out = Command::new(env!("CARGO"))
        .args(["metadata", "--format-version", "1", "--locked"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo metadata runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let doc: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let needed = doc["packages"]
        .as_array()
        .expect("packages")
        .iter()
        .filter(|p| p["name"] != "aula-plan")
        .filter_map(|p| Some((version(p["rust_version"].as_str()?), p["name"].as_str()?.to_owned())))
        .max()
        .expect("some dependency says what it needs");
    let code_needs = version("1.89");
    assert!(version(ours) >= needed.0, "rust-version {ours}, but {} needs {:?}", needed.1, needed.0);
    assert!(version(ours) >= code_needs, "rust-version {ours}, but std::fs::File::try_lock needs 1.89");
}
