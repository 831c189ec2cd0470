//! The findings of a document, as `validate` gives them for the same text (the plans it
//! follows read from its folder, as `validate` reads them), turned into LSP diagnostics.

use std::path::{Path, PathBuf};
use std::str::FromStr as _;

use lsp_types::{
    CodeDescription, Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Location, NumberOrString, Uri,
};

use super::position::Lines;
use super::session::{Doc, Docs, same_file};
use crate::diagnostic::{CheckedPlan, Finding, Severity};
use crate::i18n::Lang;
use crate::rules::Overrides;
use crate::validate;

/// A document checked: its findings, and every file its check read (to check it again when
/// one of them changes).
#[derive(Debug)]
pub struct Checked {
    pub checked: CheckedPlan,
    pub read: Vec<PathBuf>,
}

/// `validate` of the document's text.
#[must_use]
pub fn check(doc: &Doc) -> Checked {
    check_among(doc, None)
}

/// [`check`], the plans it follows that are open (`docs`) read as they stand in the editor,
/// saved or not.
#[must_use]
pub fn check_among(doc: &Doc, docs: Option<&Docs>) -> Checked {
    let loaded = doc.loaded();
    let label = doc.path.as_ref().map_or_else(|| doc.uri.as_str().to_owned(), |p| p.display().to_string());
    let unsaved = |path: &Path| docs.and_then(|d| d.by_path(path)).map(|d| d.text().to_owned());
    let (checked, following) = validate::check_unsaved(
        label,
        doc.text().to_owned(),
        &loaded,
        doc.path.as_deref(),
        &Overrides::default(),
        &unsaved,
    );
    let mut read: Vec<PathBuf> = following.files().into_iter().map(same_file).collect();
    if let Some(plan) = &loaded.plan {
        read.extend(doc.followed_files(plan).into_iter().map(|(_, p)| p));
    }
    read.sort();
    read.dedup();
    Checked { checked, read }
}

/// The folder of the rules' explanations (`docs/rules/`) beside the program, where the
/// ready-made archives put the manual; none elsewhere.
#[must_use]
pub fn rule_pages() -> Option<PathBuf> {
    let exe = std::env::current_exe().ok()?;
    Some(exe.parent()?.join("docs").join("rules")).filter(|p| p.is_dir())
}

/// The link a rule's code points at: its explanation's page in `pages` (the Danish one in
/// Danish), when the manual is there; else the rule's stable name, as the schema names the
/// format (`urn:aula-plan:rule:…`). Hover on a rule's name says its explanation either way.
#[must_use]
pub fn rule_uri(rule: &str, lang: Lang, pages: Option<&Path>) -> Option<Uri> {
    let page = pages.map(|p| if lang == Lang::Da { p.join("da") } else { p.to_path_buf() }.join(format!("{rule}.md")));
    match page.filter(|p| p.is_file()) {
        Some(page) => super::session::uri_of(&page),
        None => Uri::from_str(&format!("urn:aula-plan:rule:{rule}")).ok(),
    }
}

/// The diagnostics of a checked document; `pages` as [`rule_uri`] takes it.
#[must_use]
pub fn diagnostics(doc: &Doc, checked: &CheckedPlan, lang: Lang, pages: Option<&Path>) -> Vec<Diagnostic> {
    let lines = Lines::new(doc.text());
    checked.findings.iter().map(|f| one(doc, &lines, f, lang, pages)).collect()
}

fn one(doc: &Doc, lines: &Lines, f: &Finding, lang: Lang, pages: Option<&Path>) -> Diagnostic {
    let here = |span| Location { uri: doc.uri.clone(), range: lines.range(doc.text(), span) };
    let mut related: Vec<DiagnosticRelatedInformation> = f
        .related
        .iter()
        .map(|(span, text)| DiagnosticRelatedInformation { location: here(*span), message: text.in_lang(lang).into() })
        .collect();
    if let Some(help) = &f.help {
        let message = format!("{}: {}", lang.text("severity-help"), help.in_lang(lang));
        related.push(DiagnosticRelatedInformation { location: here(f.span), message });
    }
    Diagnostic {
        range: lines.range(doc.text(), f.span),
        severity: Some(match f.severity {
            Severity::Error => DiagnosticSeverity::ERROR,
            Severity::Warning => DiagnosticSeverity::WARNING,
        }),
        code: Some(NumberOrString::String(f.rule.name.to_owned())),
        code_description: rule_uri(f.rule.name, lang, pages).map(|href| CodeDescription { href }),
        source: Some("aula-plan".to_owned()),
        message: f.message.in_lang(lang).into_owned(),
        related_information: (!related.is_empty()).then_some(related),
        tags: None,
        data: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_rules_code_links_to_its_page_beside_the_program_else_to_its_name() {
        let pages = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/rules");
        let da = rule_uri("tbd-date", Lang::Da, Some(&pages)).unwrap();
        assert!(
            da.as_str().starts_with("file://") && da.as_str().ends_with("/docs/rules/da/tbd-date.md"),
            "{}",
            da.as_str()
        );
        let en = rule_uri("tbd-date", Lang::En, Some(&pages)).unwrap();
        assert!(en.as_str().ends_with("/docs/rules/tbd-date.md"), "{}", en.as_str());
        assert_eq!(rule_uri("tbd-date", Lang::En, None).unwrap().as_str(), "urn:aula-plan:rule:tbd-date");
    }
}
