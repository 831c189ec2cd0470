//! The rule registry: every rule's stable name, default level, summary and explanation, and
//! the lint levels.
//!
//! A leaf: the plan model (`[lints]`), the findings and the rules depend on it, and it
//! depends on nothing in the crate. A rule's check and the messages of its findings live in
//! its family's file under `src/rules/` (named below at each rule); its explanation, with a
//! bad and a fixed example, is a page of its own under `docs/rules/` (in Danish under
//! `docs/rules/da/`), which `aula-plan explain` prints.

/// A named check, as users refer to it in `[lints]`, on the command line and in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Rule {
    /// Stable kebab-case name.
    pub name: &'static str,
    /// Level when neither the plan nor the command line sets one.
    pub level: Level,
    /// One line: what the rule finds.
    pub summary: &'static str,
    /// The id of that line among the texts (`i18n/*/rules.ftl`), in every language.
    pub message: &'static str,
    /// Longer text: what it does, why it matters, a bad and a fixed example.
    pub explanation: &'static str,
    /// The same in Danish (`docs/rules/da/`), its examples the same.
    pub explanation_da: &'static str,
}

/// What to do with a rule's findings, as clippy and ruff name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Level {
    Allow,
    Warn,
    Deny,
}

impl Level {
    /// The level as `[lints]` and `--format json` write it.
    #[must_use]
    pub const fn word(self) -> &'static str {
        match self {
            Self::Allow => "allow",
            Self::Warn => "warn",
            Self::Deny => "deny",
        }
    }

    /// The level as `aula-plan rules` and the README say what it makes of a finding.
    #[must_use]
    pub const fn outcome(self) -> &'static str {
        match self {
            Self::Deny => "error",
            Self::Warn => "warning",
            Self::Allow => "allowed",
        }
    }
}

/// The rule of that name.
#[must_use]
pub fn find(name: &str) -> Option<Rule> {
    ALL.iter().copied().find(|r| r.name == name)
}

/// `parse-error`, of `rules/format.rs`.
pub const PARSE_ERROR: Rule = Rule {
    name: "parse-error",
    level: Level::Deny,
    summary: "the file is not valid TOML (always an error)",
    message: "rule-parse-error",
    explanation: include_str!("../docs/rules/parse-error.md"),
    explanation_da: include_str!("../docs/rules/da/parse-error.md"),
};

/// `schema`, of `rules/format.rs`.
pub const SCHEMA: Rule = Rule {
    name: "schema",
    level: Level::Deny,
    summary: "a key is unknown, missing, or holds the wrong kind of value",
    message: "rule-schema",
    explanation: include_str!("../docs/rules/schema.md"),
    explanation_da: include_str!("../docs/rules/da/schema.md"),
};

/// `unsupported-format`, of `rules/format.rs`.
pub const UNSUPPORTED_FORMAT: Rule = Rule {
    name: "unsupported-format",
    level: Level::Deny,
    summary: "`format` is missing, or names a version this tool does not read",
    message: "rule-unsupported-format",
    explanation: include_str!("../docs/rules/unsupported-format.md"),
    explanation_da: include_str!("../docs/rules/da/unsupported-format.md"),
};

/// `duplicate-id`, of `rules/references.rs`.
pub const DUPLICATE_ID: Rule = Rule {
    name: "duplicate-id",
    level: Level::Deny,
    summary: "two entities share one id",
    message: "rule-duplicate-id",
    explanation: include_str!("../docs/rules/duplicate-id.md"),
    explanation_da: include_str!("../docs/rules/da/duplicate-id.md"),
};

/// `unknown-reference`, of `rules/references.rs`.
pub const UNKNOWN_REFERENCE: Rule = Rule {
    name: "unknown-reference",
    level: Level::Deny,
    summary: "an id refers to nothing in the plan, or to the wrong kind of entity",
    message: "rule-unknown-reference",
    explanation: include_str!("../docs/rules/unknown-reference.md"),
    explanation_da: include_str!("../docs/rules/da/unknown-reference.md"),
};

/// `invalid-date`, of `rules/dates.rs`.
pub const INVALID_DATE: Rule = Rule {
    name: "invalid-date",
    level: Level::Deny,
    summary: "a date is not a day, ISO week, month, \"tbd\" or \"open\", or does not exist",
    message: "rule-invalid-date",
    explanation: include_str!("../docs/rules/invalid-date.md"),
    explanation_da: include_str!("../docs/rules/da/invalid-date.md"),
};

/// `reversed-dates`, of `rules/dates.rs`.
pub const REVERSED_DATES: Rule = Rule {
    name: "reversed-dates",
    level: Level::Deny,
    summary: "an activity or closed period ends before it starts",
    message: "rule-reversed-dates",
    explanation: include_str!("../docs/rules/reversed-dates.md"),
    explanation_da: include_str!("../docs/rules/da/reversed-dates.md"),
};

/// `org-cycle`, of `rules/cycles.rs`.
pub const ORG_CYCLE: Rule = Rule {
    name: "org-cycle",
    level: Level::Deny,
    summary: "a unit is its own ancestor in the organisation tree",
    message: "rule-org-cycle",
    explanation: include_str!("../docs/rules/org-cycle.md"),
    explanation_da: include_str!("../docs/rules/da/org-cycle.md"),
};

/// `cascade-cycle`, of `rules/cycles.rs`.
pub const CASCADE_CYCLE: Rule = Rule {
    name: "cascade-cycle",
    level: Level::Deny,
    summary: "the train-the-trainer cascade loops back on itself",
    message: "rule-cascade-cycle",
    explanation: include_str!("../docs/rules/cascade-cycle.md"),
    explanation_da: include_str!("../docs/rules/da/cascade-cycle.md"),
};

/// `dependency-cycle`, of `rules/cycles.rs`.
pub const DEPENDENCY_CYCLE: Rule = Rule {
    name: "dependency-cycle",
    level: Level::Deny,
    summary: "activities wait for each other in a loop through `after`",
    message: "rule-dependency-cycle",
    explanation: include_str!("../docs/rules/dependency-cycle.md"),
    explanation_da: include_str!("../docs/rules/da/dependency-cycle.md"),
};

/// `untrained-trainer`, of `rules/cascade.rs`.
pub const UNTRAINED_TRAINER: Rule = Rule {
    name: "untrained-trainer",
    level: Level::Deny,
    summary: "someone teaches a training but is never taught, and is not the root",
    message: "rule-untrained-trainer",
    explanation: include_str!("../docs/rules/untrained-trainer.md"),
    explanation_da: include_str!("../docs/rules/da/untrained-trainer.md"),
};

/// `trainer-trained-late`, of `rules/cascade.rs`.
pub const TRAINER_TRAINED_LATE: Rule = Rule {
    name: "trainer-trained-late",
    level: Level::Deny,
    summary: "a trainer's own training does not end before the training they teach starts",
    message: "rule-trainer-trained-late",
    explanation: include_str!("../docs/rules/trainer-trained-late.md"),
    explanation_da: include_str!("../docs/rules/da/trainer-trained-late.md"),
};

/// `dependency-order`, of `rules/timeline.rs`.
pub const DEPENDENCY_ORDER: Rule = Rule {
    name: "dependency-order",
    level: Level::Deny,
    summary: "an activity starts before something in its `after` ends",
    message: "rule-dependency-order",
    explanation: include_str!("../docs/rules/dependency-order.md"),
    explanation_da: include_str!("../docs/rules/da/dependency-order.md"),
};

/// `quota-mismatch`, of `rules/quotas.rs`.
pub const QUOTA_MISMATCH: Rule = Rule {
    name: "quota-mismatch",
    level: Level::Deny,
    summary: "the parts of a quota do not add up: declared seats, a split by pupils, one per leader",
    message: "rule-quota-mismatch",
    explanation: include_str!("../docs/rules/quota-mismatch.md"),
    explanation_da: include_str!("../docs/rules/da/quota-mismatch.md"),
};

/// `over-assigned`, of `rules/quotas.rs`.
pub const OVER_ASSIGNED: Rule = Rule {
    name: "over-assigned",
    level: Level::Deny,
    summary: "more named people hold a role than it has seats",
    message: "rule-over-assigned",
    explanation: include_str!("../docs/rules/over-assigned.md"),
    explanation_da: include_str!("../docs/rules/da/over-assigned.md"),
};

/// `support-gap`, of `rules/support.rs`.
pub const SUPPORT_GAP: Rule = Rule {
    name: "support-gap",
    level: Level::Deny,
    summary: "following `support` from a role ends at a unit that is not the root, or loops",
    message: "rule-support-gap",
    explanation: include_str!("../docs/rules/support-gap.md"),
    explanation_da: include_str!("../docs/rules/da/support-gap.md"),
};

/// `estimate-total`, of `rules/estimate.rs`.
pub const ESTIMATE_TOTAL: Rule = Rule {
    name: "estimate-total",
    level: Level::Deny,
    summary: "an estimate row's `total` is not the sum of its `hours`, or it has hours for more phases than named",
    message: "rule-estimate-total",
    explanation: include_str!("../docs/rules/estimate-total.md"),
    explanation_da: include_str!("../docs/rules/da/estimate-total.md"),
};

/// `training-capacity`, of `rules/quotas.rs`.
pub const TRAINING_CAPACITY: Rule = Rule {
    name: "training-capacity",
    level: Level::Deny,
    summary: "a training's trainees outnumber its seats times its sessions",
    message: "rule-training-capacity",
    explanation: include_str!("../docs/rules/training-capacity.md"),
    explanation_da: include_str!("../docs/rules/da/training-capacity.md"),
};

/// `uncertain-order`, of `rules/timeline.rs` (and `rules/cascade.rs`, `rules/follows.rs`).
pub const UNCERTAIN_ORDER: Rule = Rule {
    name: "uncertain-order",
    level: Level::Warn,
    summary: "a vague date may break an order: `after`, `within` or a trainer trained in time",
    message: "rule-uncertain-order",
    explanation: include_str!("../docs/rules/uncertain-order.md"),
    explanation_da: include_str!("../docs/rules/da/uncertain-order.md"),
};

/// `two-readings`, of `rules/readings.rs`.
pub const TWO_READINGS: Rule = Rule {
    name: "two-readings",
    level: Level::Warn,
    summary: "the plan records two readings of one fact of its source (`[[reading]]`)",
    message: "rule-two-readings",
    explanation: include_str!("../docs/rules/two-readings.md"),
    explanation_da: include_str!("../docs/rules/da/two-readings.md"),
};

/// `other-region`, of `rules/follows.rs`.
pub const OTHER_REGION: Rule = Rule {
    name: "other-region",
    level: Level::Warn,
    summary: "an activity waits for a followed plan's activity meant for another region than the plan's",
    message: "rule-other-region",
    explanation: include_str!("../docs/rules/other-region.md"),
    explanation_da: include_str!("../docs/rules/da/other-region.md"),
};

/// `outside-period`, of `rules/timeline.rs`.
pub const OUTSIDE_PERIOD: Rule = Rule {
    name: "outside-period",
    level: Level::Deny,
    summary: "an activity starts before or ends after the activity it lies `within`",
    message: "rule-outside-period",
    explanation: include_str!("../docs/rules/outside-period.md"),
    explanation_da: include_str!("../docs/rules/da/outside-period.md"),
};

/// `followed-plan`, of `rules/follows.rs`.
pub const FOLLOWED_PLAN: Rule = Rule {
    name: "followed-plan",
    level: Level::Deny,
    summary: "a plan named in `[follows]` cannot be read, has errors, or leads back in a loop",
    message: "rule-followed-plan",
    explanation: include_str!("../docs/rules/followed-plan.md"),
    explanation_da: include_str!("../docs/rules/da/followed-plan.md"),
};

/// `cpr-number`, of `rules/privacy.rs`.
pub const CPR_NUMBER: Rule = Rule {
    name: "cpr-number",
    level: Level::Deny,
    summary: "a Danish CPR number stands in the file, comments included",
    message: "rule-cpr-number",
    explanation: include_str!("../docs/rules/cpr-number.md"),
    explanation_da: include_str!("../docs/rules/da/cpr-number.md"),
};

/// `tbd-date`, of `rules/timeline.rs`.
pub const TBD_DATE: Rule = Rule {
    name: "tbd-date",
    level: Level::Warn,
    summary: "an activity's date is not yet known (\"tbd\")",
    message: "rule-tbd-date",
    explanation: include_str!("../docs/rules/tbd-date.md"),
    explanation_da: include_str!("../docs/rules/da/tbd-date.md"),
};

/// `vacant-seat`, of `rules/quotas.rs`.
pub const VACANT_SEAT: Rule = Rule {
    name: "vacant-seat",
    level: Level::Warn,
    summary: "a role has seats that no named person holds",
    message: "rule-vacant-seat",
    explanation: include_str!("../docs/rules/vacant-seat.md"),
    explanation_da: include_str!("../docs/rules/da/vacant-seat.md"),
};

/// `tentative-holder`, of `rules/quotas.rs`.
pub const TENTATIVE_HOLDER: Rule = Rule {
    name: "tentative-holder",
    level: Level::Warn,
    summary: "a person holds roles tentatively (\"Vakant/Alice\")",
    message: "rule-tentative-holder",
    explanation: include_str!("../docs/rules/tentative-holder.md"),
    explanation_da: include_str!("../docs/rules/da/tentative-holder.md"),
};

/// `apportionment`, of `rules/quotas.rs`.
pub const APPORTIONMENT: Rule = Rule {
    name: "apportionment",
    level: Level::Warn,
    summary: "a unit's declared seats differ by more than one from its share by pupils",
    message: "rule-apportionment",
    explanation: include_str!("../docs/rules/apportionment.md"),
    explanation_da: include_str!("../docs/rules/da/apportionment.md"),
};

/// `unreached-role`, of `rules/cascade.rs`.
pub const UNREACHED_ROLE: Rule = Rule {
    name: "unreached-role",
    level: Level::Warn,
    summary: "a role needs training, but no training teaches it",
    message: "rule-unreached-role",
    explanation: include_str!("../docs/rules/unreached-role.md"),
    explanation_da: include_str!("../docs/rules/da/unreached-role.md"),
};

/// `holiday-session`, of `rules/calendar.rs`.
pub const HOLIDAY_SESSION: Rule = Rule {
    name: "holiday-session",
    level: Level::Warn,
    summary: "a training's day falls on a weekend, a public holiday or a closed period, or a go-live on a holiday",
    message: "rule-holiday-session",
    explanation: include_str!("../docs/rules/holiday-session.md"),
    explanation_da: include_str!("../docs/rules/da/holiday-session.md"),
};

/// `personal-data`, of `rules/privacy.rs`.
pub const PERSONAL_DATA: Rule = Rule {
    name: "personal-data",
    level: Level::Warn,
    summary: "an e-mail address or a phone number stands in the file, comments included",
    message: "rule-personal-data",
    explanation: include_str!("../docs/rules/personal-data.md"),
    explanation_da: include_str!("../docs/rules/da/personal-data.md"),
};

/// `implausible-date`, of `rules/dates.rs`.
pub const IMPLAUSIBLE_DATE: Rule = Rule {
    name: "implausible-date",
    level: Level::Warn,
    summary: "a date lies more than 5 years before or 10 years after the plan's own date",
    message: "rule-implausible-date",
    explanation: include_str!("../docs/rules/implausible-date.md"),
    explanation_da: include_str!("../docs/rules/da/implausible-date.md"),
};

/// `repeated-reference`, of `rules/references.rs`.
pub const REPEATED_REFERENCE: Rule = Rule {
    name: "repeated-reference",
    level: Level::Warn,
    summary: "the same id stands twice in one list",
    message: "rule-repeated-reference",
    explanation: include_str!("../docs/rules/repeated-reference.md"),
    explanation_da: include_str!("../docs/rules/da/repeated-reference.md"),
};

/// `unsplit-quota`, of `rules/quotas.rs`.
pub const UNSPLIT_QUOTA: Rule = Rule {
    name: "unsplit-quota",
    level: Level::Warn,
    summary: "a quota is split by pupils or per leader, but no unit below has pupils or leaders to split it by",
    message: "rule-unsplit-quota",
    explanation: include_str!("../docs/rules/unsplit-quota.md"),
    explanation_da: include_str!("../docs/rules/da/unsplit-quota.md"),
};

/// `no-support`, of `rules/support.rs`.
pub const NO_SUPPORT: Rule = Rule {
    name: "no-support",
    level: Level::Warn,
    summary: "a support chain stops at a role that says nothing of whom it turns to",
    message: "rule-no-support",
    explanation: include_str!("../docs/rules/no-support.md"),
    explanation_da: include_str!("../docs/rules/da/no-support.md"),
};

/// `danish-track`, of `rules/references.rs`.
pub const DANISH_TRACK: Rule = Rule {
    name: "danish-track",
    level: Level::Warn,
    summary: "a track is written as the Danish word for one aula-plan knows (`skoler` for `schools`)",
    message: "rule-danish-track",
    explanation: include_str!("../docs/rules/danish-track.md"),
    explanation_da: include_str!("../docs/rules/da/danish-track.md"),
};

/// Every rule, in the order `aula-plan rules` lists them.
pub static ALL: &[Rule] = &[
    PARSE_ERROR,
    SCHEMA,
    UNSUPPORTED_FORMAT,
    DUPLICATE_ID,
    UNKNOWN_REFERENCE,
    INVALID_DATE,
    REVERSED_DATES,
    ORG_CYCLE,
    CASCADE_CYCLE,
    DEPENDENCY_CYCLE,
    UNTRAINED_TRAINER,
    TRAINER_TRAINED_LATE,
    DEPENDENCY_ORDER,
    QUOTA_MISMATCH,
    OVER_ASSIGNED,
    SUPPORT_GAP,
    ESTIMATE_TOTAL,
    TRAINING_CAPACITY,
    OUTSIDE_PERIOD,
    FOLLOWED_PLAN,
    CPR_NUMBER,
    TBD_DATE,
    UNCERTAIN_ORDER,
    TWO_READINGS,
    OTHER_REGION,
    VACANT_SEAT,
    TENTATIVE_HOLDER,
    APPORTIONMENT,
    UNREACHED_ROLE,
    HOLIDAY_SESSION,
    PERSONAL_DATA,
    IMPLAUSIBLE_DATE,
    REPEATED_REFERENCE,
    DANISH_TRACK,
    UNSPLIT_QUOTA,
    NO_SUPPORT,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_names_are_unique_kebab_case_and_documented() {
        let mut seen = std::collections::HashSet::new();
        for r in ALL {
            assert!(seen.insert(r.name), "{} twice", r.name);
            let kebab = r.name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
            assert!(kebab && !r.name.starts_with('-') && !r.name.ends_with('-'), "{}", r.name);
            assert!(!r.summary.is_empty() && !r.summary.ends_with('.'), "{}", r.name);
            for section in ["## What it does", "## Why is this bad?", "## Example", "## Use instead"] {
                assert!(r.explanation.contains(section), "{} lacks {section}", r.name);
            }
        }
    }
}
