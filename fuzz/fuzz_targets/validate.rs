//! Any bytes at all, loaded and validated as a plan, then rendered as people and machines see
//! the findings: nothing may panic, overflow the stack or hang, and every finding points
//! inside the file.
#![no_main]

use aula_plan::diagnostic::{github, human, json};
use aula_plan::i18n::Lang;
use aula_plan::rules::Overrides;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let report = aula_plan::validate::validate("fuzz.toml".into(), data, &Overrides::default());
    for f in &report.findings {
        assert!(f.span.start() <= f.span.end() && f.span.end() <= report.source.len(), "{f:?}");
    }
    let _ = human::render(&report, Lang::En);
    let _ = github::render(&report, Lang::En);
    let _ = json::render(std::slice::from_ref(&report), &[], Lang::En);
});
