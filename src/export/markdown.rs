//! The plan as a Markdown document for the intranet: title and revision, goals and success
//! criteria, the organisation, roles, people, trainings, the cascade, the timeline and the
//! support lines as tables, the plan's history, and its findings.

use std::fmt::Write as _;

use crate::diagnostic::{CheckedPlan, Severity, plural};
use crate::plan::Plan;
use crate::report;
use crate::table::{markdown, markdown_cell};

/// Width of the text Gantt chart in the document.
const CHART_WIDTH: usize = 100;

/// The document.
#[must_use]
pub fn render(plan: &Plan, findings: &CheckedPlan) -> String {
    let m = &plan.meta;
    let mut title = m.title.as_ref().map_or_else(|| "Implementation plan".to_owned(), |t| t.value.clone());
    if let Some(municipality) = &m.municipality {
        let _ = write!(title, " — {}", municipality.value);
    }
    let mut out = format!("# {}\n\n", markdown_cell(&title));
    let mut facts = Vec::new();
    if let Some(r) = &m.revision {
        facts.push(format!("Revision {}", r.value));
    }
    if let Some(d) = &m.date {
        facts.push(format!("dated {}", d.value));
    }
    if let Some(o) = &m.owner {
        facts.push(format!("owner: {}", o.value));
    }
    if !facts.is_empty() {
        let _ = writeln!(out, "{}.\n", markdown_cell(&facts.join(", ")));
    }
    for (heading, items) in [("Goals", &m.goals), ("Success criteria", &m.success_criteria)] {
        if !items.is_empty() {
            let _ = writeln!(out, "## {heading}\n");
            for g in items {
                let _ = writeln!(out, "- {}", markdown_cell(&g.value));
            }
            out.push('\n');
        }
    }
    let views = [
        report::org::report(plan),
        report::roles::report(plan),
        report::people::report(plan),
        report::training::report(plan),
        report::cascade::report(plan),
        report::timeline::report(plan, CHART_WIDTH),
        report::support::report(plan, None),
    ];
    for r in &views {
        let _ = writeln!(out, "{}", report::markdown(r, 2));
    }
    if !plan.revisions.is_empty() {
        let mut t = markdown(["revision", "date", "note", "shift"]);
        for r in &plan.revisions {
            let shift = r.shift.as_ref().map(|s| {
                let parts = [("months", &s.months), ("weeks", &s.weeks), ("days", &s.days)];
                let mut text: Vec<String> =
                    parts.iter().filter_map(|(k, v)| v.as_ref().map(|v| format!("{} {k}", v.value))).collect();
                if let Some(from) = &s.from {
                    text.push(format!("from {}", from.value));
                }
                if !s.tracks.is_empty() {
                    text.push(format!(
                        "tracks {}",
                        s.tracks.iter().map(|t| t.value.as_str()).collect::<Vec<_>>().join(", ")
                    ));
                }
                text.join(", ")
            });
            let cell = |v: Option<String>| markdown_cell(&v.unwrap_or_default());
            t.add_row([
                cell(r.revision.as_ref().map(|x| x.value.clone())),
                cell(r.date.as_ref().map(|x| x.value.to_string())),
                cell(r.note.as_ref().map(|x| x.value.clone())),
                cell(shift),
            ]);
        }
        let _ = writeln!(out, "## History\n\n{t}\n");
    }
    let _ = writeln!(out, "## Findings\n");
    if findings.findings.is_empty() {
        let _ = writeln!(out, "`aula-plan validate` finds nothing wrong.");
    } else {
        let errors = findings.count(Severity::Error);
        let warnings = findings.count(Severity::Warning);
        let _ = writeln!(
            out,
            "`aula-plan validate` finds {} and {}.\n",
            plural(errors, "error"),
            plural(warnings, "warning")
        );
        let mut t = markdown(["", "rule", "line", "message"]);
        for f in &findings.findings {
            let at = findings.line_col(f.span.start);
            t.add_row([
                f.severity.as_str().to_owned(),
                format!("`{}`", f.rule.name),
                format!("{}:{}", at.line, at.column),
                markdown_cell(&f.message.to_string()),
            ]);
        }
        let _ = writeln!(out, "{t}");
    }
    out
}
