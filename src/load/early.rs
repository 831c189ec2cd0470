//! The long lists of a plan (`[[unit]]`, `[[role]]`, …) read while the file is parsed: each
//! entry is read into the model as soon as the next one begins, so that the parsed file never
//! holds more than one entry of each list, and the file is never held twice — once parsed,
//! once as a plan. What the entries' reading finds is kept apart, list by list, and added to
//! the findings where the lists' own place in the reading is, as if they were read after the
//! parse; where the file cannot be read as a plan at all, it is dropped.

use crate::diagnostic::Finding;
use crate::plan::{Category, Part, Person, Phase, Reading, Role, Training, Unit};
use crate::spec::{self, TableSpec};

use super::tree::{self, Node, TomlValue};
use super::{Reader, Table};

/// The lists read early, by their keys.
pub(super) const LISTS: &[&str] = &["unit", "role", "person", "training", "phase", "category", "part", "reading"];

/// One list's entries read early, and what reading them found.
pub(super) struct Read<T> {
    pub items: Vec<T>,
    pub findings: Vec<Finding>,
}

impl<T> Read<T> {
    fn with_capacity(n: usize) -> Self {
        Self { items: Vec::with_capacity(n), findings: Vec::new() }
    }
}

/// Every list's entries read early.
pub(super) struct Early {
    pub units: Read<Unit>,
    pub roles: Read<Role>,
    pub people: Read<Person>,
    pub trainings: Read<Training>,
    pub phases: Read<Phase>,
    pub categories: Read<Category>,
    pub parts: Read<Part>,
    pub readings: Read<Reading>,
}

impl Early {
    /// Room for as many entries of each list as the file has `[[key]]` headers: a list grown
    /// entry by entry would take up to twice its size while it grows.
    pub fn for_source(source: &str) -> Self {
        let [units, roles, people, trainings, phases] =
            headers(source, ["unit", "role", "person", "training", "phase"]);
        Self {
            units: Read::with_capacity(units),
            roles: Read::with_capacity(roles),
            people: Read::with_capacity(people),
            trainings: Read::with_capacity(trainings),
            phases: Read::with_capacity(phases),
            categories: Read::with_capacity(0),
            parts: Read::with_capacity(0),
            readings: Read::with_capacity(0),
        }
    }
}

/// How many lines of `source` begin with `[[key]]`, for each key (in a multi-line text too: it
/// is only a size to make room for). Not anywhere on a line: a comment repeating
/// `[[training]]` would make room for millions of trainings.
fn headers<const N: usize>(source: &str, keys: [&str; N]) -> [usize; N] {
    let bytes = source.as_bytes();
    let mut counts = [0; N];
    for at in memchr::memmem::find_iter(bytes, b"[[") {
        // Back over the spaces before it, and no further: a long line is not walked again for
        // each `[[` on it.
        let before = bytes[..at].iter().rev().find(|b| **b != b' ' && **b != b'\t');
        if before.is_some_and(|b| *b != b'\n') {
            continue;
        }
        let rest = &bytes[at + 2..];
        let named = |k: &&str| rest.starts_with(k.as_bytes()) && rest[k.len()..].starts_with(b"]]");
        if let Some(i) = keys.iter().position(named) {
            counts[i] += 1;
        }
    }
    counts
}

impl<'i> Reader<'i> {
    /// Reads one complete entry of the list `key`, as [`Reader::list`] would.
    pub(super) fn early(&mut self, key: &str, node: &Node<'i>, early: &mut Early) {
        match key {
            "unit" => self.read_early(node, &spec::UNIT, Self::unit, &mut early.units),
            "role" => self.read_early(node, &spec::ROLE, Self::role, &mut early.roles),
            "person" => self.read_early(node, &spec::PERSON, Self::person, &mut early.people),
            "training" => self.read_early(node, &spec::TRAINING, Self::training, &mut early.trainings),
            "phase" => self.read_early(node, &spec::PHASE, Self::phase, &mut early.phases),
            "category" => self.read_early(node, &spec::CATEGORY, Self::category, &mut early.categories),
            "part" => self.read_early(node, &spec::PART, Self::part, &mut early.parts),
            "reading" => self.read_early(node, &spec::READING, |r, t| Some(r.reading(t)), &mut early.readings),
            _ => {}
        }
    }

    fn read_early<T>(
        &mut self,
        node: &Node<'i>,
        spec: &'static TableSpec,
        read: impl FnOnce(&mut Self, &Table<'_, 'i>) -> Option<T>,
        into: &mut Read<T>,
    ) {
        // An entry of a `[[key]]` list is a table.
        let TomlValue::Table(t) = &node.value else { return };
        let mark = self.findings.len();
        into.items.extend(read(self, &Table::new(t, node.span, spec.name)));
        into.findings.extend(self.findings.drain(mark..));
    }

    /// The list `spec` of the plan: the entries read early, then those still in `parent` (an
    /// array of inline tables, or a value that is no list, which is reported).
    pub(super) fn list_with<T>(
        &mut self,
        parent: &mut tree::Table<'i>,
        spec: &'static TableSpec,
        read: impl FnMut(&mut Self, &Table<'_, 'i>) -> Option<T>,
        early: Read<T>,
    ) -> Vec<T> {
        self.findings.extend(early.findings);
        let mut out = early.items;
        out.extend(self.list(parent, spec, read));
        if out.capacity() - out.len() > out.len() / 8 {
            out.shrink_to_fit();
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use std::fmt::Write as _;

    use super::*;
    use crate::load::{Loaded, load};

    /// The plan of `source` read after the whole file is parsed, as it was before the lists
    /// were read early.
    fn at_once(source: &str) -> Loaded {
        let mut reader = Reader::new(source);
        let doc = tree::parse_streaming(source, &[], &mut |_, _| {}).expect("parses");
        let plan = reader.plan(doc, Early::for_source(""));
        Loaded { plan, findings: reader.findings }
    }

    fn same(source: &str) {
        let (early, whole) = (load(source), at_once(source));
        let json = |l: &Loaded| serde_json::to_string(&l.plan).expect("serialises");
        assert_eq!(json(&early), json(&whole));
        let said =
            |l: &Loaded| l.findings.iter().map(|f| (f.rule.name, f.span, f.message.to_string())).collect::<Vec<_>>();
        assert_eq!(said(&early), said(&whole));
    }

    #[test]
    fn a_plan_read_while_it_is_parsed_is_the_plan_read_after() {
        // Long enough for many pieces of the parser; lists interleaved, sub-tables of the last
        // entry, mistakes of every kind, a list of inline tables.
        let mut t = String::from("format = 1\n[plan]\ntitle = \"T\"\nroot = \"v\"\n");
        for i in 0..3000 {
            let _ = write!(t, "[[unit]]\nid = \"u{i}\"\nname = \"U {i}\"\nkind = \"school\"\nparent = \"v\"\n");
            if i % 7 == 0 {
                t.push_str("colour = \"blå\"\n");
            }
            if i % 3 == 0 {
                let _ = write!(t, "[unit.seats]\nr{i} = {i}\n");
            }
            if i % 5 == 0 {
                let _ = write!(t, "[[role]]\nid = \"r{i}\"\nname = \"R\"\nunit = \"u{i}\"\nquota = \"many\"\n");
            }
            if i % 11 == 0 {
                let _ = write!(t, "[[training]]\nid = \"t{i}\"\ntrainer = [\"v\"]\ntrainees = [\"r{i}\"]\nwhen = 1\n");
            }
        }
        t.push_str("[[unit]]\nid = \"v\"\nname = \"V\"\nkind = \"vendor\"\n[[unit]]\nid = \"u1\"\n");
        t.push_str("phase = [{ id = \"p\", name = \"P\", date = 2019-01-07 }]\n");
        same(&t);
        same("format = 1\n[[unit]]\nid = \"a\"\n[unit.seats]\nx = 1\n[[unit]]\nid = \"b\"\n");
        same("format = 2\n[[unit]]\nid = \"a\"\nbad = 1\n");
    }

    #[test]
    fn room_is_made_for_headers_at_the_start_of_a_line_only() {
        let text = "# [[unit]] [[unit]]\n[[unit]]\nid = \"a\"\n  [[unit]]\nname = \"[[unit]]\"\n";
        assert_eq!(headers(text, ["unit", "role"]), [2, 0]);
    }
}
