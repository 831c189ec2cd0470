//! `aula-plan report`: the steering group's monthly page of where the plan stands — a header
//! (the plan, its version, the day, the latest delay), a line per track (its go-live, how many
//! activities are done, running, overdue, coming and undated, and a verdict), what is overdue
//! and what comes next, the seats of the quotas, the findings counted by rule, what changed
//! since an earlier version, and the Gantt chart. Gathered here once, written as HTML
//! ([`html`]) or Markdown ([`markdown`]).

pub mod html;
pub mod markdown;

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde_json::Value;

use crate::diagnostic::{CheckedPlan, Severity};
use crate::diff::PlanDiff;
use crate::follow::{Following, Wait};
use crate::gantt::{self, Chart, RedLine};
use crate::i18n::{Arg, Lang, Text};
use crate::plan::{EntityKind, Plan, qualified};
use crate::view::status::State;
use crate::view::{self, View, col};

/// How many weeks ahead count as coming, as in `status`.
pub const WEEKS: u32 = 4;

/// The states a track's line counts, in its order.
pub const COUNTED: [State; 9] = [
    State::Done,
    State::Cancelled,
    State::Overdue,
    State::Ended,
    State::Running,
    State::Possibly,
    State::Upcoming,
    State::Later,
    State::Undated,
];

/// Everything the report says, in the reader's language.
pub struct Briefing {
    pub lang: Lang,
    /// The plan's title and municipality.
    pub title: String,
    /// "Version 2.1 af 1. marts 2020 · status pr. 1. september 2019".
    pub subtitle: String,
    /// The latest delay the plan records, in a sentence.
    pub delay: Option<String>,
    pub tracks: Vec<TrackLine>,
    /// Every activity's state on the day: what the track lines count, and `status`'s view.
    pub status: View,
    /// What is overdue, past and not recorded as done, running or coming, with who teaches or
    /// owns it.
    pub coming: View,
    /// What the project group recorded: the activities done (with the day, when recorded)
    /// and cancelled.
    pub recorded: View,
    /// Per role with a quota: seats needed, named, tentative and vacant.
    pub seats: View,
    /// The findings counted by rule.
    pub findings: View,
    /// Each error in a sentence, activities and roles by name.
    pub errors: Vec<String>,
    /// What changed since an earlier version: its label, the rows by kind, the summary.
    pub changes: Option<Changes>,
    /// The Gantt chart, with today and the red line.
    pub chart: Chart,
}

/// One track's line: its name, go-live, a count per state of [`COUNTED`], and a verdict.
pub struct TrackLine {
    pub name: String,
    pub go_live: String,
    pub counts: [usize; COUNTED.len()],
    pub verdict: String,
}

/// What changed since an earlier version.
pub struct Changes {
    pub since: String,
    pub headers: [String; 6],
    pub kinds: Vec<(String, Vec<[String; 6]>)>,
    pub summary: String,
}

/// What the report is made from: the plan, its findings, the plans it follows, the day, and an
/// earlier version's diff with its label.
pub struct Sources<'a> {
    pub plan: &'a Plan,
    pub findings: &'a CheckedPlan,
    pub following: &'a Following,
    pub today: NaiveDate,
    /// How many weeks ahead count as coming (`status --weeks`, 4 in the report).
    pub weeks: u32,
    pub since: Option<(&'a str, &'a PlanDiff)>,
}

/// Gathers the report.
#[must_use]
pub fn gather(s: &Sources<'_>, lang: Lang) -> Briefing {
    let plan = s.plan;
    let national = crate::follow::waits(plan, s.following);
    let status = view::status::with_national(plan, s.today, s.weeks, lang, &national);
    let mut chart = gantt::layout_with(plan, RedLine::FromPlan, lang, s.following);
    chart.mark_today(s.today);
    Briefing {
        lang,
        title: chart.title.clone(),
        subtitle: subtitle(plan, s.today, lang),
        delay: delay(plan, lang),
        tracks: tracks(plan, &status, lang),
        coming: coming(plan, &status, &national, lang),
        recorded: recorded(plan, lang),
        seats: seats(plan, lang),
        findings: found(s.findings, lang),
        errors: errors(plan, s.findings, lang),
        changes: s.since.map(|(label, d)| Changes {
            since: Text::id("steering-since").arg("since", label).in_lang(lang).into_owned(),
            headers: crate::diff::render::headers(lang),
            kinds: crate::diff::render::rows(d, lang),
            summary: d.summary().in_lang(lang).into_owned(),
        }),
        status,
        chart,
    }
}

/// The earlier version a report tells the changes since, as the steering group knows it: by
/// the plan's own version and its date ("version 2.1 af 1. marts 2020"), never by a git
/// revision; a file given by name is named too. A version with the same number as the plan
/// now is "an earlier draft of" it.
#[must_use]
pub fn earlier(old: &Plan, new: &Plan, file: Option<&str>, lang: Lang) -> String {
    let revision = old.meta.revision.as_ref().map(|r| r.value.as_str());
    let date = old.version_date();
    let same = revision.is_some() && revision == new.meta.revision.as_ref().map(|r| r.value.as_str());
    let text = match (revision, date) {
        (Some(r), _) if same => Text::id("steering-since-draft").arg("revision", r),
        (Some(r), Some(d)) => Text::id("steering-since-revision-of").arg("revision", r).arg("date", Arg::Day(d)),
        (Some(r), None) => Text::id("steering-since-revision").arg("revision", r),
        (None, Some(d)) => Text::id("steering-since-as-of").arg("date", Arg::Day(d)),
        (None, None) => Text::id("steering-since-earlier"),
    };
    let label = text.in_lang(lang).into_owned();
    match file {
        Some(file) => format!("{label} ({file})"),
        None => label,
    }
}

/// "Version 2.1 af 1. marts 2020 · status pr. 1. september 2019".
fn subtitle(plan: &Plan, today: NaiveDate, lang: Lang) -> String {
    let mut parts: Vec<String> = gantt::version(plan, lang).into_iter().collect();
    parts.push(Text::id("steering-as-of").arg("today", Arg::Day(today)).in_lang(lang).into_owned());
    parts.join(" · ")
}

/// The latest shift the plan records, in a sentence: how far, from when, why.
fn delay(plan: &Plan, lang: Lang) -> Option<String> {
    let (revision, shift) = plan.latest_shift()?;
    let steps: Vec<String> = [("month", &shift.months), ("week", &shift.weeks), ("day", &shift.days)]
        .iter()
        .filter_map(|(unit, n)| n.as_ref().map(|n| crate::i18n::amount_units(unit, n.value).in_lang(lang).into_owned()))
        .collect();
    let from = shift.from.as_ref().map(|f| f.value.clone());
    // A shift recorded without its step (the source gave none) says where it begins; one
    // without a red line (every date of its tracks moved) says how far.
    let earlier =
        [&shift.months, &shift.weeks, &shift.days].iter().any(|n| n.as_ref().is_some_and(|n| n.value.most < 0));
    let sign = if earlier { "earlier" } else { "later" };
    let mut text = match (steps.is_empty(), from) {
        (true, None) => Text::id("steering-delay-unsaid"),
        (true, Some(from)) => Text::id("steering-delay-from").arg("from", from),
        (false, None) => Text::id("steering-delay-all").arg("step", steps.join(", ")).arg("sign", sign),
        (false, Some(from)) => {
            Text::id("steering-delay").arg("step", steps.join(", ")).arg("from", from).arg("sign", sign)
        }
    }
    .in_lang(lang)
    .into_owned();
    if !shift.tracks.is_empty() {
        let tracks: Vec<String> =
            shift.tracks.iter().map(|t| crate::i18n::track(&t.value).in_lang(lang).into_owned()).collect();
        text.push_str(&Text::id("steering-delay-tracks").arg("tracks", tracks.join(", ")).in_lang(lang));
    }
    if let Some(r) = &revision.revision {
        text.push_str(&Text::id("steering-delay-version").arg("revision", r.value.as_str()).in_lang(lang));
    }
    if let Some(n) = &revision.note {
        text.push_str(": ");
        text.push_str(&n.value);
    }
    Some(text)
}

/// A line per track of the plan's own activities (not the followed plans'), counted from the
/// status view, so the report says what `status --format json` says.
fn tracks(plan: &Plan, status: &View, lang: Lang) -> Vec<TrackLine> {
    let at = |key: &str| status.columns.iter().position(|c| c.key == key);
    let (Some(track_at), Some(id_at), Some(state_at)) = (at("track"), at("id"), at("state")) else { return Vec::new() };
    let mut order: Vec<String> = Vec::new();
    let mut counts: HashMap<String, [usize; COUNTED.len()]> = HashMap::new();
    for row in &status.rows {
        let id = view::text(&row.cells[id_at]);
        if qualified(&id).is_some() {
            continue;
        }
        let track = view::text(&row.cells[track_at]);
        if !order.contains(&track) {
            order.push(track.clone());
        }
        let state = view::text(&row.cells[state_at]);
        if let Some(i) = COUNTED.iter().position(|s| s.word() == state) {
            counts.entry(track).or_default()[i] += 1;
        }
    }
    order
        .into_iter()
        .map(|track| {
            let counts = counts.get(&track).copied().unwrap_or_default();
            let name = if track.is_empty() {
                lang.text("steering-no-track")
            } else {
                crate::i18n::track(&track).in_lang(lang).into_owned()
            };
            let n = |s: State| COUNTED.iter().position(|c| *c == s).map_or(0, |i| counts[i]);
            let verdict = view::verdict::of_track(plan, &track, n, lang);
            TrackLine { name, go_live: go_live(plan, &track, lang), counts, verdict }
        })
        .collect()
}

/// The go-live of `track`, as a person writes its date.
fn go_live(plan: &Plan, track: &str, lang: Lang) -> String {
    match plan.go_lives().into_iter().find(|(t, _)| *t == track) {
        Some((_, day)) => lang.date(&day),
        None => lang.text("steering-no-go-live"),
    }
}

/// What is overdue, past and not recorded, running or coming, in the status view's order, with who teaches (a
/// training) or owns (a phase) it; the followed plans' activities with their plan.
fn coming(plan: &Plan, status: &View, national: &[Wait], lang: Lang) -> View {
    let mut v = View::new(
        lang,
        lang.text("steering-coming"),
        &[
            col("id", "col-activity").own(),
            col("name", "col-name").ids_only(),
            col("track", "col-track").track(),
            col("state", "col-state").words(State::message_of),
            col("start", "col-start").dates(),
            col("end", "col-end").dates(),
            col("who", "steering-col-who").names(),
        ],
    )
    .naming(plan)
    .naming_national(national);
    let at = |key: &str| status.columns.iter().position(|c| c.key == key).unwrap_or_default();
    let wanted = [State::Overdue, State::Ended, State::Running, State::Possibly, State::Upcoming];
    for want in wanted {
        for row in &status.rows {
            let cell = |key: &str| row.cells.get(at(key)).cloned().unwrap_or(Value::Null);
            if cell("state") != want.word() {
                continue;
            }
            let id = view::text(&cell("id"));
            let who: Vec<Value> = plan
                .lookup(&id)
                .map(|r| match r.kind {
                    EntityKind::Training => {
                        plan.trainings[r.index].trainer.iter().map(|t| t.value.as_str().into()).collect()
                    }
                    EntityKind::Phase => plan.phases[r.index].owner.iter().map(|o| o.value.as_str().into()).collect(),
                    _ => Vec::new(),
                })
                .unwrap_or_default();
            v.row(vec![cell("id"), cell("name"), cell("track"), cell("state"), cell("start"), cell("end"), who.into()]);
        }
    }
    v
}

/// The activities done and cancelled, in the file's order: their track, state, and the day a
/// done one was held (`done_on`), when recorded.
fn recorded(plan: &Plan, lang: Lang) -> View {
    let mut v = View::new(
        lang,
        lang.text("steering-recorded"),
        &[
            col("id", "col-activity").own(),
            col("name", "col-name").ids_only(),
            col("track", "col-track").track(),
            col("state", "col-state").words(State::message_of),
            col("done_on", "col-done-on").dates(),
        ],
    )
    .naming(plan);
    for a in plan.activities() {
        let state = match a.status {
            crate::plan::Status::Done => State::Done,
            crate::plan::Status::Cancelled => State::Cancelled,
            crate::plan::Status::Planned => continue,
        };
        v.row(vec![
            a.id.value.as_str().into(),
            a.name.map_or(Value::Null, |n| n.value.as_str().into()),
            a.track.map_or(Value::Null, |t| t.value.as_str().into()),
            state.word().into(),
            a.done_on.map_or(Value::Null, |d| view::date_cell(&crate::plan::PlanDate::Day(d))),
        ]);
    }
    v
}

/// The roles with a quota: seats needed, named, tentative, vacant — from `show roles`.
fn seats(plan: &Plan, lang: Lang) -> View {
    let roles = view::roles::report(plan, lang);
    let keys = ["id", "name", "unit", "quota", "named", "tentative", "vacant"];
    let columns: Vec<_> = keys.iter().filter_map(|k| roles.columns.iter().find(|c| c.key == *k).copied()).collect();
    let mut v = View::new(lang, lang.text("steering-seats"), &columns).naming(plan);
    let at = |key: &str| roles.columns.iter().position(|c| c.key == key);
    for row in &roles.rows {
        if at("quota").and_then(|q| row.cells.get(q)).is_none_or(Value::is_null) {
            continue;
        }
        let mut cells: Vec<Value> = columns
            .iter()
            .map(|c| at(c.key).and_then(|i| row.cells.get(i).cloned()))
            .map(Option::unwrap_or_default)
            .collect();
        // Holders listed elsewhere: where the empty seats would stand, it says where they are.
        let roster = at("roster").and_then(|i| row.cells.get(i)).and_then(Value::as_str);
        if let (Some(roster), Some(vacant)) = (roster, keys.iter().position(|k| *k == "vacant"))
            && cells[vacant].is_null()
        {
            cells[vacant] = Text::id("steering-listed-in").arg("roster", roster).in_lang(lang).into_owned().into();
        }
        v.row(cells);
    }
    v
}

/// The findings counted by rule: how serious, the rule, what it finds, how many.
fn found(findings: &CheckedPlan, lang: Lang) -> View {
    let mut v = View::new(
        lang,
        lang.text("steering-findings"),
        &[
            col("severity", "xlsx-col-severity"),
            col("rule", "md-col-rule").data_only(),
            col("finds", "steering-col-finds"),
            col("count", "steering-col-count"),
        ],
    );
    let mut counted: BTreeMap<(Severity, &str), (usize, &'static str)> = BTreeMap::new();
    for f in &findings.findings {
        counted.entry((f.severity, f.rule.name)).or_insert((0, f.rule.message)).0 += 1;
    }
    // Errors first, then warnings; by rule within each.
    let mut rows: Vec<_> = counted.into_iter().collect();
    rows.sort_by_key(|((s, rule), _)| (*s != Severity::Error, *rule));
    for ((severity, rule), (n, message)) in rows {
        // What the rule finds, in words: a key it names in quotes, not Markdown's backticks.
        let finds = view::named(&lang.text(message), &HashMap::new());
        v.row(vec![severity.word(lang).into(), rule.into(), finds.into(), n.into()]);
    }
    v
}

/// Each error as a sentence, with the ids it names (`` `school-leaders` ``) put as their names.
fn errors(plan: &Plan, findings: &CheckedPlan, lang: Lang) -> Vec<String> {
    let names = view::names(plan);
    findings
        .findings
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| view::named(&f.message.in_lang(lang), &names))
        .collect()
}
