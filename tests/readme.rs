//! The README is the user's manual: its rule table and its pasted output must match the tool.

use std::path::Path;

use aula_plan::diagnostic::{Summary, human};
use aula_plan::rules::Overrides;
use aula_plan::rules::{self, Level};
use aula_plan::validate::validate;

fn readme() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).expect("README.md")
}

#[test]
fn every_rule_has_its_row_in_the_readme() {
    let text = readme();
    for r in rules::ALL {
        let level = match r.level {
            Level::Deny => "error",
            Level::Warn => "warning",
            Level::Allow => "allowed",
        };
        let row = format!("| `{}` | {level} | {} |", r.name, r.summary);
        assert!(text.contains(&row), "README lacks or misstates: {row}");
    }
}

#[test]
fn the_pasted_esbjerg_output_is_what_the_tool_prints() {
    let path = "plans/esbjerg-2020.toml";
    let bytes = std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).expect("plan");
    let report = validate(path.into(), &bytes, &Overrides::default());
    let summary = human::summary(Summary::of(std::slice::from_ref(&report)));
    let printed = format!("{}{}", human::render(&report), summary);
    let printed = anstream::adapter::strip_str(&printed).to_string();
    let text = readme();
    let start = text.find("$ aula-plan validate plans/esbjerg-2020.toml\n").expect("pasted run") + 45;
    let end = start + text[start..].find("\n```").expect("end of block");
    assert_eq!(&text[start..end], printed.trim_end());
}
