# src/cli/: what the command line itself says — refusals, what it wrote, questions.

cli-write-needs-file = --write needs a plan file, not standard input
cli-nothing-written = Nothing written.
cli-output-was-read = { $path } is a plan this command reads; it is not written over (give another output file)
cli-output-is-a-plan = { $path } is a plan file; give another output file, or --force to write over it
cli-rules-list = ; `aula-plan rules` lists the rules
cli-does-not-read = { $path } does not read as a plan
cli-cannot-compare = cannot compare: { $path } does not read as a plan
cli-has-errors = { $path } has { $errors } (`aula-plan validate { $path }` shows them); this { $doing ->
    [exports] exports
   *[shows] shows
} what could be read
cli-give-newer = give the newer version, or --since REV
cli-cannot-write-findings = cannot write the findings

# gantt and export
cli-format-unknown = cannot tell the format from `.{ $ext }`; name the file .svg or .html, or give --format
cli-workbook-is-a-file = a workbook is a file, not text; give -o FILE.xlsx
cli-chart-is-picture = the chart is a picture, not text; give -o FILE.svg or -o FILE.html, or redirect the output
cli-wrote-chart = Wrote { $path }: { $summary }.
cli-source-date-epoch = SOURCE_DATE_EPOCH must be seconds since 1970, not `{ $value }`
cli-for-needs-ics = --for chooses the events of a calendar; use it with --to ics
cli-not-in-calendar = { $count ->
    [one] 1 activity is
   *[other] { $count } activities are
} not in the calendar: { $list }
cli-events = { $count ->
    [one] 1 event
   *[other] { $count } events
}
cli-wrote = Wrote { $path }.
cli-wrote-with = Wrote { $path } ({ $what }).

# allocate
cli-allocate-load-errors = { $path } has { $errors } the loader met (`aula-plan validate { $path }` shows them); seats are not written into a plan that does not read whole. Nothing written.
cli-allocate-nothing = Every unit already declares the seats allocated to it. Nothing written.
cli-allocate-label = { $path } (allocated)
cli-allocate-question = Write the seats into { $path }?
cli-allocate-wrote = Wrote the allocated seats into { $path }.

# shift
cli-shift-unreadable = { $path } does not read as a plan; fix the { $count ->
    [one] error
   *[other] errors
} above, then shift. Nothing written.
cli-shift-give-step = give --months, --weeks or --days
cli-shift-named-revision-date = revision { $revision } of { $date }
cli-shift-named-revision = revision { $revision }
cli-shift-named-date = the revision of { $date }
cli-shift-named-last = the last revision
cli-shift-repeated = { $named } ({ $path }:{ $line }) recorded this very shift already; it is not made twice (--again makes it once more). Nothing written.
cli-shift-nothing = Nothing to move: no selected activity has a known date that the shift changes. Nothing written.
cli-shift-revision-not-number = the plan's revision `{ $revision }` is no number to count on; --plan-revision X sets the next
cli-shift-new-errors = the shifted plan has { $count ->
    [one] 1 new error
   *[other] { $count } new errors
} it did not have; nothing written (--allow-new-errors writes it anyway)

# explain
cli-explain-heading = { $rule } ({ $level } by default)

# init, schema, man
cli-init-exists = { $path } exists; --force replaces it
cli-init-no-answer = no answer
cli-init-give-municipality = give --municipality NAME (nothing is asked with --no-input or without a terminal)
cli-cannot-make-folder = cannot make the folder { $path }
cli-cannot-write = cannot write { $path }
cli-init-wrote = Wrote { $path }: { $schools } and { $daycare }; `aula-plan validate` finds { $errors } and { $warnings } (mostly what is not dated yet).
cli-init-schools = { $count ->
    [one] 1 school
   *[other] { $count } schools
}
cli-init-daycare = { $count ->
    [one] 1 day-care institution
   *[other] { $count } day-care institutions
}
cli-init-wrote-schema = Wrote { $path }, the schema editors read through the plan's `#:schema` line.
cli-schema-wrote = Wrote { $path }. A plan points at it with a first line `#:schema PATH`, PATH from the plan's folder.
cli-man-wrote = Wrote { $count } manual pages into { $path }.

# init's questions
ask-municipality = Municipality
ask-school = School { $n } (empty when done)
ask-pupils = Pupils at { $name }
ask-daycare = Day-care institution { $n } (empty when done)
ask-leaders = Pedagogical leaders at { $name }
ask-admins = Municipal administrators
ask-school-superusers = School super-users, shared out by pupils
ask-school-course = Buy the vendor's course for school super-users?
ask-daycare-course = Buy the vendor's course for day-care super-users?
ask-first-course = Date of the administrators' course (2027-01-11, 2027-W02, 2027-01 or tbd)
ask-not-a-date = a day, an ISO week, a month, or tbd

# The values of flags.
cli-expected-date = expected a date: a day (2019-05-01), an ISO week (2019-W18), a month (2019-05) or a vaguer form (2019-autumn)
cli-expected-amount = expected a whole number (4) or a range (3..5)
cli-expected-day-iso = write the day as year-month-day: { $iso }
cli-expected-day-not-week = that is a week, not a day: write a day, like the week's Monday { $iso }
cli-expected-whole = expected a whole number, like 2 or -1
cli-expected-count = expected a whole number of weeks, 0 or more
cli-expected-at-least-one = expected a whole number, 1 or more
cli-expected-day = expected a day, like 2020-03-01

# clap's errors about the arguments (in Danish; English is clap's own).
clap-error = error
clap-conflict = the argument '{ $arg }' cannot be used with { $other }
clap-conflict-many = the argument '{ $arg }' cannot be used with:
clap-conflict-others = one or more of the other specified arguments
clap-repeated = the argument '{ $arg }' cannot be used multiple times
clap-no-value = a value is required for '{ $arg }' but none was supplied
clap-invalid-value = invalid value '{ $value }' for '{ $arg }'
clap-possible-values = possible values
clap-unknown-command = unrecognized subcommand '{ $command }'
clap-missing = the following required arguments were not provided:
clap-missing-command = '{ $command }' requires a subcommand but one was not provided
clap-commands = subcommands
clap-too-many = unexpected value '{ $value }' for '{ $arg }' found; no more were expected
clap-unknown-argument = unexpected argument '{ $arg }' found
clap-did-you-mean = tip: a similar { $what ->
    [subcommand] subcommand
    [argument] argument
   *[value] value
} exists: '{ $word }'
clap-more = For more information, try '{ $flag }'.
ask-yes-no = answer y or n
estimate-no-counts = { $plan } does not say how many schools and day-care institutions the municipality has, so KOMBIT's estimate cannot be scaled to it: give { $flags }. (A plan says so with `count` on its units, or by listing every school with its `pupils` and every institution with its `leaders`.)
cli-record-unreadable = { $path } has { $count ->
    [one] 1 error
   *[other] { $count } errors
} that keep it from loading whole; fix them first, so that the change lands on the whole plan; nothing written
cli-record-nothing = Nothing to change: the plan already says so.
cli-record-label = { $path } (edited)
cli-record-new-errors = the change would give the plan { $count ->
    [one] 1 new error
   *[other] { $count } new errors
}; nothing written (--allow-new-errors writes it anyway)
cli-record-consequences = The decision is recorded all the same: the findings above are what it leaves to be done (reopen the course, or plan another for its trainees).
cli-record-would = Would write: { $changes }. Nothing written (--dry-run).
cli-record-question = Write these changes to { $path }?
cli-record-wrote = Wrote { $path }: { $changes }.
cli-record-not-written = { $path } would not read back as a plan with that value; nothing written
cli-followed-left-out = the followed plan `{ $name }` ({ $path }) cannot be read: { $why }; its activities are left out here
cli-parse-error-fixed = `parse-error` is always an error: a plan that cannot be read cannot be allowed or made a warning
cli-move-breaks = the move would leave { $ids } starting before what { $count ->
    [one] it waits
   *[other] they wait
} for; nothing written. Move { $count ->
    [one] it
   *[other] them
} too with --with-dependents, or choose another date.
cli-move-breaks-held = the move would leave { $ids } starting before what { $count ->
    [one] it waits
   *[other] they wait
} for; nothing written.
cli-move-held = `{ $id }` is { $why ->
    [pinned] pinned and does not move with --with-dependents: unpin it first (`aula-plan unpin PLAN { $id }`)
   *[done] done and does not move with --with-dependents: reopen it first (`aula-plan reopen PLAN { $id }`) if it was not held
}, or choose another date
cli-record-new-findings = The edited plan has { $count ->
    [one] 1 new finding
   *[other] { $count } new findings
} it did not have before:
cli-init-follows-missing = { $path } is not a file: give the path of KOMBIT's national plan (plans/kombit-2016.toml)
ask-follows = KOMBIT's national plan, to wait for its waves (a path; empty for none)
ask-not-a-count = a number, such as 250
ask-holiday = School holiday { $n }, such as Efterårsferie 2027 (empty when done)
ask-holiday-start = First day of { $name } (2027-10-16, or tbd)
ask-holiday-end = Last day of { $name } (2027-10-24, or tbd)
ask-holiday-reversed = the last day is before the first: give it again
ask-not-a-day = a day (2027-10-16), or tbd
