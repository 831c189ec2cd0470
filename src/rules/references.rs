//! Rules about ids: `duplicate-id`, `unknown-reference` and `repeated-reference`.
//!
//! Every other rule resolves ids through `Plan::lookup` and skips what does not resolve, so a
//! dangling id is reported here, once, where it stands.

use compact_str::CompactString;
use foldhash::{HashMap, HashMapExt};

use crate::diagnostic::{Finding, Text, closest};
use crate::i18n::Arg;
use crate::plan::{EntityKind, Plan, qualified};
use crate::registry::{DANISH_TRACK, DUPLICATE_ID, REPEATED_REFERENCE, UNKNOWN_REFERENCE};
use crate::span::Spanned;

/// `a`, `a or b`, `a, b or c` (the kinds a key names are three at most).
fn either(words: Vec<Arg>) -> Text {
    let id = match words.len() {
        0 | 1 => "either-1",
        2 => "either-2",
        _ => "either-3",
    };
    let mut text = Text::id(id);
    for (name, word) in ["a", "b", "c"].into_iter().zip(words) {
        text = text.arg(name, word);
    }
    text
}

/// "a unit", "a unit, role or person"; "anything with an id" for more kinds than three.
fn nouns(kinds: &[EntityKind]) -> Text {
    if kinds.len() > 3 {
        return Text::id("any-entity");
    }
    Text::id("a-kind").arg("kinds", either(kinds.iter().map(|k| crate::i18n::kind(*k).into()).collect()))
}

/// How many different unknown ids get a "did you mean": each search compares with every id of
/// the plan, so a file full of unknown ids would otherwise cost their number times the plan's.
const SUGGESTED: usize = 256;

fn dangling(key: &str, id: &Spanned<CompactString>, kinds: &[EntityKind], suggestion: Option<&str>) -> Finding {
    let f = Finding::new(UNKNOWN_REFERENCE, id.span, Text::id("unknown-reference").arg("id", &id.value))
        .label(Text::id("unknown-reference-label").arg("key", key).arg("kinds", nouns(kinds)));
    if suggestion.is_some() {
        return f.did_you_mean(suggestion);
    }
    if kinds.len() > 3 {
        return f;
    }
    let tables = either(kinds.iter().map(|k| format!("[[{}]]", k.noun()).into()).collect());
    f.help(Text::id("unknown-reference-help").arg("tables", tables).arg("id", &id.value))
}

fn wrong_kind(key: &str, id: &Spanned<CompactString>, found: EntityKind, kinds: &[EntityKind]) -> Finding {
    Finding::new(
        UNKNOWN_REFERENCE,
        id.span,
        Text::id("wrong-kind")
            .arg("id", &id.value)
            .arg("found", nouns(&[found]))
            .arg("key", key)
            .arg("kinds", nouns(kinds)),
    )
    .label(Text::id("wrong-kind-label").arg("found", nouns(&[found])))
}

/// One use of an id: the key it stands under, the id, and the kinds it may name.
type Use<'a> = (&'a str, &'a Spanned<CompactString>, &'static [EntityKind]);

struct Checker<'a> {
    plan: &'a Plan,
    out: &'a mut Vec<Finding>,
    /// Each use of an id that names nothing: reported once per id, at its first use.
    dangling: Vec<Use<'a>>,
    /// The suggestion for each unknown id (and kinds it must be) searched for so far.
    suggestions: HashMap<(&'a str, &'static [EntityKind]), Option<&'a str>>,
}

impl<'a> Checker<'a> {
    /// One finding per id that names nothing, at its first use in the file, with the others;
    /// ids are taken in the order of their first use, which decides which get a suggestion.
    fn report_dangling(&mut self) {
        let mut uses = std::mem::take(&mut self.dangling);
        uses.sort_by(|a, b| (&a.1.value, a.1.span).cmp(&(&b.1.value, b.1.span)));
        let mut groups: Vec<&[Use<'a>]> = Vec::new();
        let mut rest = uses.as_slice();
        while let Some(first) = rest.first() {
            let same = rest.iter().take_while(|u| u.1.value == first.1.value).count();
            groups.push(&rest[..same]);
            rest = &rest[same..];
        }
        groups.sort_by_key(|g| g[0].1.span);
        for group in groups {
            let (key, id, kinds) = group[0];
            let suggestion = self.suggest(&id.value, kinds);
            let mut f = dangling(key, id, kinds, suggestion);
            for &(_, again, _) in &group[1..] {
                f = f.related(again.span, Text::id("unknown-reference-again"));
            }
            self.out.push(f);
        }
    }

    fn suggest(&mut self, id: &'a str, kinds: &'static [EntityKind]) -> Option<&'a str> {
        if let Some(&known) = self.suggestions.get(&(id, kinds)) {
            return known;
        }
        if self.suggestions.len() >= SUGGESTED {
            return None;
        }
        let plan = self.plan;
        let candidates = plan.ids().filter(|(_, r)| kinds.contains(&r.kind)).map(|(s, _)| s);
        let found = closest(id, candidates);
        self.suggestions.insert((id, kinds), found);
        found
    }

    fn one(&mut self, key: &'a str, id: Option<&'a Spanned<CompactString>>, kinds: &'static [EntityKind]) {
        let Some(id) = id else { return };
        match self.plan.lookup(&id.value) {
            // An id refused where it was defined is reported there, once.
            None if self.plan.rejected_ids.iter().any(|r| *r == id.value) => {}
            None => self.dangling.push((key, id, kinds)),
            Some(r) if !kinds.contains(&r.kind) => self.out.push(wrong_kind(key, id, r.kind, kinds)),
            Some(_) => {}
        }
    }

    fn all(
        &mut self,
        key: &'a str,
        ids: impl IntoIterator<Item = &'a Spanned<CompactString>>,
        kinds: &'static [EntityKind],
    ) {
        for id in ids {
            self.one(key, Some(id), kinds);
        }
    }
}

pub(crate) fn check(plan: &Plan, out: &mut Vec<Finding>) {
    use EntityKind::{Category, Part, Person, Phase, Role, Training, Unit};

    for &(me, first) in plan.duplicates() {
        let id = plan.id_of(me);
        out.push(
            Finding::new(DUPLICATE_ID, id.span, Text::id("duplicate-id").arg("id", &id.value))
                .label(Text::id("duplicate-id-label"))
                .related(
                    plan.id_of(first).span,
                    Text::id("duplicate-id-first").arg("kind", crate::i18n::kind(first.kind)),
                )
                .help(Text::id("duplicate-id-help")),
        );
    }

    let mut c = Checker { plan, out, dangling: Vec::new(), suggestions: HashMap::new() };
    c.one("root", plan.meta.root.as_ref(), &[Unit, Role]);
    for u in &plan.units {
        c.one("parent", u.parent.as_ref(), &[Unit]);
        c.all("seats", u.seats.iter().map(|(role, _)| role), &[Role]);
    }
    for r in &plan.roles {
        c.one("unit", r.unit.as_ref(), &[Unit]);
        c.one("support", r.support.as_ref(), &[Role, Unit]);
        c.one("tech_support", r.tech_support.as_ref(), &[Role, Unit]);
    }
    for p in &plan.people {
        c.one("unit", p.unit.as_ref(), &[Unit]);
        c.all("roles", &p.roles, &[Role]);
    }
    for t in &plan.trainings {
        c.all("trainer", &t.trainer, &[Unit, Role, Person]);
        c.all("trainees", &t.trainees, &[Role]);
    }
    for p in &plan.phases {
        c.one("owner", p.owner.as_ref(), &[Role, Person]);
    }
    for a in plan.activities() {
        // A qualified id (`kombit:daycare-wave-2`) names an activity of a followed plan:
        // `rules/follows.rs` checks it against that plan.
        c.all("after", a.after.iter().filter(|d| qualified(&d.value).is_none()), &[Training, Phase]);
        c.one("within", a.within, &[Training, Phase]);
        c.one("category", a.category, &[Category]);
        c.one("part", a.part, &[Part]);
    }
    for r in &plan.readings {
        c.one("of", r.of.as_ref(), &[Unit, Role, Person, Training, Phase, Category, Part]);
    }
    c.report_dangling();
    repeated(plan, out);
    periods(plan, out);
    unit_tracks(plan, out);
    danish_tracks(plan, out);
}

/// The tracks aula-plan knows (a school's units go live with `schools`, a day-care's with
/// `daycare`) and the Danish words a plan may write for them instead.
const DANISH_TRACKS: [(&str, &[&str]); 2] = [
    ("schools", &["skole", "skoler", "skolerne", "skoleområdet", "skoleomradet", "folkeskole", "folkeskoler"]),
    ("daycare", &["dagtilbud", "dagtilbuddene", "dagtilbudsområdet", "dagtilbudsomradet", "daginstitutioner"]),
];

/// The track aula-plan knows that `word` is the Danish word for.
fn known_track(word: &str) -> Option<&'static str> {
    let word = word.trim().to_lowercase();
    DANISH_TRACKS.iter().find(|(_, words)| words.contains(&word.as_str())).map(|(known, _)| *known)
}

/// `danish-track`: a unit's or an activity's `track` written as the Danish word for a track
/// aula-plan knows, which the go-lives, `status`, `shift --track` and the national plan's waves
/// would then not find.
fn danish_tracks(plan: &Plan, out: &mut Vec<Finding>) {
    let tracks = plan.activities().filter_map(|a| a.track).chain(plan.units.iter().filter_map(|u| u.track.as_ref()));
    for track in tracks {
        let Some(known) = known_track(&track.value) else { continue };
        out.push(
            Finding::new(
                DANISH_TRACK,
                track.span,
                Text::id("danish-track").arg("track", &track.value).arg("known", known),
            )
            .label(Text::id("danish-track-label").arg("known", known))
            .help(Text::id("danish-track-help").arg("known", known)),
        );
    }
}

/// A unit's `track` (the go-live it goes live with) names a track some activity has.
fn unit_tracks(plan: &Plan, out: &mut Vec<Finding>) {
    let tracks: Vec<&str> = plan.activities().filter_map(|a| a.track.map(|t| t.value.as_str())).collect();
    for u in &plan.units {
        // A Danish word for a known track is `danish-track`'s to tell.
        let unknown =
            |t: &&Spanned<CompactString>| !tracks.contains(&t.value.as_str()) && known_track(&t.value).is_none();
        let Some(track) = u.track.as_ref().filter(unknown) else { continue };
        let f = Finding::new(UNKNOWN_REFERENCE, track.span, Text::id("unknown-track").arg("track", &track.value))
            .label(Text::id("unknown-track-label"));
        out.push(f.did_you_mean(closest(&track.value, tracks.iter().copied())));
    }
}

/// The closed periods dates are tied to (`"after efterarsferie-2019"`): each id once in the
/// calendar, and each tie to a period the calendar has.
fn periods(plan: &Plan, out: &mut Vec<Finding>) {
    let ids: Vec<&Spanned<CompactString>> = plan.calendar.closed.iter().filter_map(|c| c.id.as_ref()).collect();
    for (i, id) in ids.iter().enumerate() {
        if let Some(first) = ids[..i].iter().find(|x| x.value == id.value) {
            out.push(
                Finding::new(DUPLICATE_ID, id.span, Text::id("duplicate-period").arg("id", &id.value))
                    .label(Text::id("duplicate-id-label"))
                    .related(first.span, Text::id("duplicate-period-first"))
                    .help(Text::id("duplicate-period-help")),
            );
        }
    }
    let mut reported: Vec<&str> = Vec::new();
    for a in plan.activities() {
        for (_, d) in a.timing.map(crate::plan::Timing::keyed).unwrap_or_default() {
            let Some(tie) = d.value.tie() else { continue };
            if plan.period(&tie.period).is_some() || reported.contains(&&*tie.period) {
                continue;
            }
            reported.push(&tie.period);
            let f = Finding::new(UNKNOWN_REFERENCE, d.span, Text::id("unknown-period").arg("id", &*tie.period))
                .label(Text::id("unknown-period-label"));
            out.push(match closest(&tie.period, ids.iter().map(|i| i.value.as_str())) {
                Some(s) => f.did_you_mean(Some(s)),
                None => f.help(Text::id("unknown-period-help").arg("id", &*tie.period)),
            });
        }
    }
}

/// `repeated-reference`: an id twice in one list.
fn repeated(plan: &Plan, out: &mut Vec<Finding>) {
    let mut lists: Vec<(&str, &[Spanned<CompactString>])> = Vec::new();
    for p in &plan.people {
        lists.push(("roles", &p.roles));
    }
    for t in &plan.trainings {
        lists.extend([("trainer", t.trainer.as_slice()), ("trainees", t.trainees.as_slice())]);
    }
    for a in plan.activities() {
        lists.push(("after", a.after));
    }
    for r in plan.revisions.iter().filter_map(|r| r.shift.as_ref()) {
        lists.push(("only", &r.only));
    }
    for (key, list) in lists {
        for (i, id) in list.iter().enumerate() {
            if let Some(first) = list[..i].iter().find(|x| x.value == id.value) {
                out.push(
                    Finding::new(
                        REPEATED_REFERENCE,
                        id.span,
                        Text::id("repeated-reference").arg("id", &id.value).arg("key", key),
                    )
                    .label(Text::id("repeated-reference-label"))
                    .related(first.span, Text::id("repeated-reference-first"))
                    .help(Text::id("repeated-reference-help")),
                );
            }
        }
    }
}
