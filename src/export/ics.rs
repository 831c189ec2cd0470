//! The plan as a calendar (RFC 5545): one all-day event per dated training and phase, written
//! by the `icalendar` crate, which escapes text and folds long lines.
//!
//! Each event's UID is the activity's id and the plan's key (`school-staff-training.esbjerg-
//! kommune@aula-plan`), so that importing the calendar again after a shift moves the events
//! already there instead of adding new ones. SEQUENCE is the time of the export, in seconds
//! since 2016 (see [`sequence`]): it only grows, so an event exported after any change — a
//! shift, or a hand edit — is the newer version to a calendar program, which keeps no count of
//! its own that the tool could read.

use chrono::{DateTime, Datelike, Days, NaiveDate, Utc};
use compact_str::CompactString;
use icalendar::{Calendar, Component, Event, EventLike, Property};

use super::{Audience, plan_key};
use crate::i18n::{Arg, Lang, Text};
use crate::plan::{Activity, EntityKind, Keyword, Plan, PlanDate, Timing};

/// An activity left out of the calendar, and why (a message id).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub id: String,
    pub why: &'static str,
}

/// Why an activity is not in the calendar.
const NOT_DATED: &str = "ics-not-dated";
const REVERSED: &str = "ics-reversed";
const TOO_LATE: &str = "ics-too-late";

/// The SEQUENCE of every event exported at `stamp`: seconds since 2016-01-01 (UTC). The tool
/// keeps no record of earlier exports, so it cannot tell which events changed since; a number
/// that grows with the time of export is higher than any earlier export's, whatever changed,
/// which is what RFC 5545 asks of a revised event. It fits 32 bits until 2152.
#[must_use]
pub fn sequence(stamp: DateTime<Utc>) -> u32 {
    let since = stamp.timestamp() - EPOCH_2016;
    u32::try_from(since.max(0)).unwrap_or(u32::MAX)
}

/// 2016-01-01T00:00:00Z, in seconds since 1970.
const EPOCH_2016: i64 = 1_451_606_400;

/// A calendar and what it leaves out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Export {
    pub text: String,
    pub events: usize,
    pub skipped: Vec<Skipped>,
}

/// The calendar of `plan`, of everything or of what concerns `audience`, its words in `lang`;
/// `stamp` is when it was made (DTSTAMP).
#[must_use]
pub fn calendar(plan: &Plan, audience: Option<&Audience>, stamp: DateTime<Utc>, lang: Lang) -> Export {
    let key = plan_key(plan);
    let title = plan.meta.title.as_ref().map_or_else(|| lang.text("ics-title"), |t| t.value.to_string());
    let mut name = match &plan.meta.municipality {
        Some(m) => format!("{title}, {}", m.value),
        None => title,
    };
    if let Some(a) = audience {
        name = format!("{name} ({})", a.id);
    }
    let name = capped(one_line(&name));
    let mut cal = Calendar::empty();
    cal.append_property(("VERSION", "2.0"));
    let prodid = format!("-//aula-plan//aula-plan {}//{}", env!("CARGO_PKG_VERSION"), lang.code().to_uppercase());
    cal.append_property(("PRODID", prodid.as_str()));
    cal.append_property(("CALSCALE", "GREGORIAN"));
    cal.append_property(("METHOD", "PUBLISH"));
    // Text, escaped as text: a plan's title may hold commas and semicolons.
    for key in ["NAME", "X-WR-CALNAME"] {
        cal.append_property(Property::new(key, name.as_str()).add_parameter("VALUE", "TEXT").done());
    }
    let sequence = sequence(stamp);
    let mut events = 0;
    let mut skipped = Vec::new();
    for a in plan.activities() {
        if audience.is_some_and(|who| !who.includes(plan, &a)) {
            continue;
        }
        let (first, end, remark) = match days(a.timing) {
            Ok(d) => d,
            Err(why) => {
                skipped.push(Skipped { id: a.id.value.to_string(), why });
                continue;
            }
        };
        let mut e = Event::new();
        e.uid(&format!("{}.{key}@aula-plan", a.id.value))
            .timestamp(stamp)
            .sequence(sequence)
            .summary(&capped(one_line(a.name.map_or(&a.id.value, |n| &n.value))))
            .description(&capped(crate::escape::visible(&description(plan, &a, remark, lang)).into_owned()))
            .starts(first)
            .ends(end)
            // A course is busy time in the calendar; a phase or a go-live is not.
            .add_property("TRANSP", if a.entity.kind == EntityKind::Training { "OPAQUE" } else { "TRANSPARENT" })
            .add_property("CATEGORIES", kind_label(plan, &a, lang).as_str());
        cal.push(e.done());
        events += 1;
    }
    Export { text: fold(&cal.to_string()), events, skipped }
}

/// The calendar's lines folded as RFC 5545 says, after every text is escaped: no line longer
/// than 75 octets, a longer one continued on lines that start with a space, never inside a
/// character. (The `icalendar` crate folds before it escapes, so a name with many `;` or `,`
/// could come out a few octets over.)
fn fold(text: &str) -> String {
    let mut logical: Vec<String> = Vec::new();
    for line in text.split("\r\n") {
        match (line.strip_prefix([' ', '\t']), logical.last_mut()) {
            (Some(rest), Some(last)) => last.push_str(rest),
            _ => logical.push(line.to_owned()),
        }
    }
    let mut out = String::with_capacity(text.len() + text.len() / 64);
    for (i, line) in logical.iter().enumerate() {
        if i + 1 == logical.len() && line.is_empty() {
            break; // the text ended with CRLF
        }
        let mut rest = line.as_str();
        let mut room = 75;
        loop {
            if rest.len() <= room {
                out.push_str(rest);
                out.push_str("\r\n");
                break;
            }
            let mut cut = room;
            while !rest.is_char_boundary(cut) {
                cut -= 1;
            }
            // Not after a space: some readers trim a line's trailing space before they unfold,
            // and "Husk at" would come back as "Huskat".
            let before_space = rest[..cut].trim_end_matches([' ', '\t']).len();
            if before_space > 0 {
                cut = before_space;
            }
            out.push_str(&rest[..cut]);
            out.push_str("\r\n ");
            rest = &rest[cut..];
            room = 74; // after the space
        }
    }
    out
}

/// The first day and the day after the last (DTEND is exclusive), with a remark when the end
/// is open or not known yet (the event then covers the start alone).
fn days(timing: Option<&Timing>) -> Result<(NaiveDate, NaiveDate, Option<&'static str>), &'static str> {
    let timing = timing.ok_or(NOT_DATED)?;
    let start = &timing.start().value.clone();
    let first = start.earliest().ok_or(NOT_DATED)?;
    let start_end = start.latest().ok_or(NOT_DATED)?;
    let (last, remark) = match &timing.end().value {
        PlanDate::Open => (start_end, Some("ics-open-end")),
        end if end.is_unknown() => (start_end, Some("ics-tbd-end")),
        end => (end.latest().ok_or(NOT_DATED)?, None),
    };
    if last < first {
        return Err(REVERSED);
    }
    // DTEND is the day after: a calendar has four digits for its year.
    let end = last.checked_add_days(Days::new(1)).filter(|d| d.year() <= 9999).ok_or(TOO_LATE)?;
    Ok((first, end, remark))
}

/// The most characters a text of the calendar holds: more than any calendar shows, and few
/// enough that folding it stays fast (the `icalendar` crate's folding takes time in the square
/// of a line's length: an 8 MB name took 39 s).
const MAX_TEXT: usize = 2000;

/// `text`, cut at [`MAX_TEXT`] characters with `…` where it was cut.
fn capped(text: String) -> String {
    match text.char_indices().nth(MAX_TEXT) {
        Some((at, _)) => format!("{}…", &text[..at]),
        None => text,
    }
}

/// A name on one line (a calendar's summary has no line breaks), its control characters shown.
fn one_line(s: &str) -> String {
    crate::escape::visible(s).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The kind of an activity as the chart's legend names it ("Training", "Uddannelse").
fn kind_label(plan: &Plan, a: &Activity<'_>, lang: Lang) -> String {
    crate::i18n::phase_kind(plan.kind_of(a).word()).in_lang(lang).into_owned()
}

/// What the event is: kind and track, who teaches whom, dates as the plan writes them, what
/// must end first, the note, and the plan it comes from; `remark` is a message id.
fn description(plan: &Plan, a: &Activity<'_>, remark: Option<&'static str>, lang: Lang) -> String {
    let mut lines = Vec::new();
    let kind = kind_label(plan, a, lang);
    lines.push(match a.track {
        Some(t) => format!("{kind}, {}", crate::i18n::track(&t.value).in_lang(lang)),
        None => kind,
    });
    let say = |t: Text| t.in_lang(lang).into_owned();
    // People, roles and activities by their names.
    let list = |v: &[crate::span::Spanned<CompactString>]| {
        v.iter().map(|x| plan.called_by_id(&x.value)).collect::<Vec<_>>().join(", ")
    };
    let note = if a.entity.kind == EntityKind::Training {
        let t = &plan.trainings[a.entity.index];
        if !t.trainer.is_empty() || !t.trainees.is_empty() {
            lines
                .push(say(Text::id("ics-trainer").arg("trainer", list(&t.trainer)).arg("trainees", list(&t.trainees))));
        }
        let mut facts = Vec::new();
        if let Some(s) = &t.seats {
            facts.push(say(Text::id("count-seats").arg("count", s.value)));
        }
        if let Some(n) = t.sessions.as_ref().filter(|n| n.value > 1) {
            facts.push(say(Text::id("ics-sessions").arg("count", n.value)));
        }
        if let Some(d) = &t.duration {
            facts.push(say(crate::i18n::length(d.value)));
        }
        if let Some(p) = &t.paid {
            facts.push(say(Text::id("ics-paid").arg("paid", Text::id("paid-word").arg("word", p.value.word()))));
        }
        if !facts.is_empty() {
            lines.push(facts.join(", "));
        }
        t.note.as_ref()
    } else {
        let p = &plan.phases[a.entity.index];
        if let Some(o) = &p.owner {
            lines.push(say(Text::id("ics-owner").arg("owner", plan.called_by_id(&o.value))));
        }
        p.note.as_ref()
    };
    if let Some(timing) = a.timing {
        lines.push(match timing {
            Timing::On(d) => say(Text::id("ics-date").arg("date", Arg::Date(d.value.clone()))),
            Timing::Between { start, end } => say(Text::id("ics-dates")
                .arg("start", Arg::Date(start.value.clone()))
                .arg("end", Arg::Date(end.value.clone()))),
        });
    }
    if let Some(r) = remark {
        lines.push(lang.text(r));
    }
    if !a.after.is_empty() {
        lines.push(say(Text::id("ics-after").arg("ids", list(a.after))));
    }
    if let Some(n) = note {
        lines.push(n.value.replace("\r\n", "\n"));
    }
    let title = plan.meta.title.as_ref().map_or_else(|| lang.text("ics-the-plan"), |t| t.value.to_string());
    lines.push(say(match &plan.meta.revision {
        Some(r) => Text::id("ics-from-revision").arg("title", title).arg("revision", &r.value).arg("id", &a.id.value),
        None => Text::id("ics-from").arg("title", title).arg("id", &a.id.value),
    }));
    lines.join("\n")
}

#[cfg(test)]
mod tests {

    #[test]
    fn a_text_longer_than_any_calendar_shows_is_cut() {
        let long = "æ".repeat(MAX_TEXT + 10);
        let cut = capped(long);
        assert_eq!(cut.chars().count(), MAX_TEXT + 1);
        assert!(cut.ends_with("æ…"));
        assert_eq!(capped("kort".to_owned()), "kort");
    }

    use super::*;

    #[test]
    fn dtend_is_the_day_after_the_last() {
        let load = |t: &str| crate::load::load(t).plan.expect("plan");
        let p = load("format = 1\n[[phase]]\nid = \"w\"\nstart = \"2019-W41\"\nend = \"2019-W43\"\n");
        let d = |y, m, dd| NaiveDate::from_ymd_opt(y, m, dd).unwrap();
        assert_eq!(days(p.phases[0].timing.as_ref()), Ok((d(2019, 10, 7), d(2019, 10, 28), None)));
        let p = load("format = 1\n[[phase]]\nid = \"r\"\nstart = 2019-02-01\nend = 2019-01-01\n");
        assert_eq!(days(p.phases[0].timing.as_ref()), Err(REVERSED));
        let p = load("format = 1\n[[phase]]\nid = \"o\"\nstart = \"2019-10\"\nend = \"open\"\n");
        let (first, end, remark) = days(p.phases[0].timing.as_ref()).unwrap();
        assert_eq!((first, end), (d(2019, 10, 1), d(2019, 11, 1)));
        assert!(remark.is_some());
    }
}
