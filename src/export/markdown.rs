//! The plan as a Markdown document for the intranet: title and revision, goals and success
//! criteria, the organisation, roles, people, trainings, the cascade, the timeline and the
//! support lines as tables, the plan's history, and its findings.

use std::fmt::Write as _;

use crate::diagnostic::{CheckedPlan, Severity};
use crate::i18n::{Arg, Lang, Text, amount_units};
use crate::plan::Plan;
use crate::table::{markdown, markdown_cell};
use crate::view;

/// Width of the text Gantt chart in the document.
const CHART_WIDTH: usize = 100;

/// The document.
#[must_use]
pub fn render(plan: &Plan, findings: &CheckedPlan, lang: Lang) -> String {
    let m = &plan.meta;
    let mut title = m.title.as_ref().map_or_else(|| lang.text("md-title"), |t| t.value.to_string());
    if let Some(municipality) = &m.municipality {
        let _ = write!(title, " — {}", municipality.value);
    }
    let mut out = format!("# {}\n\n", markdown_cell(&title));
    let mut facts = Vec::new();
    if let Some(r) = &m.revision {
        facts.push(Text::id("md-revision").arg("revision", &r.value).in_lang(lang).into_owned());
    }
    if let Some(d) = &m.date {
        facts.push(Text::id("md-dated").arg("date", Arg::Day(d.value)).in_lang(lang).into_owned());
    }
    if let Some(o) = &m.owner {
        facts.push(Text::id("md-owner").arg("owner", &o.value).in_lang(lang).into_owned());
    }
    if !facts.is_empty() {
        let _ = writeln!(out, "{}.\n", crate::escape::markdown(&facts.join(", ")));
    }
    for (heading, items) in [("md-goals", &m.goals), ("md-success-criteria", &m.success_criteria)] {
        if !items.is_empty() {
            let _ = writeln!(out, "## {}\n", lang.text(heading));
            for g in items {
                let _ = writeln!(out, "- {}", crate::escape::markdown(&g.value));
            }
            out.push('\n');
        }
    }
    let views = view::of_plan(plan, CHART_WIDTH, lang);
    for r in &views {
        let _ = writeln!(out, "{}", view::markdown(r, 2));
    }
    if !plan.revisions.is_empty() {
        let mut t = markdown(["md-col-revision", "md-col-date", "md-col-note", "md-col-shift"].map(|h| lang.text(h)));
        for r in &plan.revisions {
            let shift = r.shift.as_ref().map(|s| {
                let parts = [("month", &s.months), ("week", &s.weeks), ("day", &s.days)];
                let mut text: Vec<String> = parts
                    .iter()
                    .filter_map(|(k, v)| v.as_ref().map(|v| amount_units(k, v.value).in_lang(lang).into_owned()))
                    .collect();
                if let Some(from) = &s.from {
                    text.push(Text::id("md-shift-from").arg("date", from.value.clone()).in_lang(lang).into_owned());
                }
                if !s.tracks.is_empty() {
                    let tracks: Vec<String> =
                        s.tracks.iter().map(|t| crate::i18n::track(&t.value).in_lang(lang).into_owned()).collect();
                    let tracks = tracks.join(", ");
                    text.push(Text::id("md-shift-tracks").arg("tracks", tracks).in_lang(lang).into_owned());
                }
                text.join(", ")
            });
            let cell = |v: Option<String>| markdown_cell(&v.unwrap_or_default());
            t.add_row([
                cell(r.revision.as_ref().map(|x| x.value.to_string())),
                cell(r.date.as_ref().map(|x| lang.day(x.value))),
                cell(r.note.as_ref().map(|x| x.value.to_string())),
                cell(shift),
            ]);
        }
        let _ = writeln!(out, "## {}\n\n{t}\n", lang.text("md-history"));
    }
    let _ = writeln!(out, "## {}\n", lang.text("md-findings"));
    if findings.findings.is_empty() {
        let _ = writeln!(out, "{}", lang.text("md-clean"));
    } else {
        let found = Text::id("md-found")
            .arg("errors", Text::id("count-errors").arg("count", findings.count(Severity::Error)))
            .arg("warnings", Text::id("count-warnings").arg("count", findings.count(Severity::Warning)));
        let _ = writeln!(out, "{}\n", found.in_lang(lang));
        let mut t =
            markdown([String::new(), lang.text("md-col-rule"), lang.text("md-col-line"), lang.text("md-col-message")]);
        let names = crate::view::names(plan);
        for f in &findings.findings {
            let at = findings.line_col(f.span.start());
            t.add_row([
                f.severity.word(lang),
                format!("`{}`", f.rule.name),
                format!("{}:{}", at.line, at.column),
                markdown_cell(&crate::view::named(&f.message.in_lang(lang), &names)),
            ]);
        }
        let _ = writeln!(out, "{t}");
    }
    out
}
