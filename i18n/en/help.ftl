# src/cli/help.rs: `--help` of every command. `cmd-PATH` is a command's about (`-long` its long
# about), `arg-PATH--ARG` an argument's help, `arg--ARG` one whose help is the same wherever it
# stands, `val--ARG--VALUE` a value's; `builtin-…` and `help-…` are clap's own words.

cmd = Keeps a municipality's Aula implementation plan honest
cmd-long =
    Keeps a municipality's Aula implementation plan honest.

    Reads a plan file (TOML, plan format 1) and reports what is wrong with it: reversed dates, people and roles that do not exist, quotas that do not add up, trainers who are never trained, support chains that lead nowhere, and every schema mistake, each pointing at its file, line and column.

cmd-validate = Check plan files and report every finding
cmd-validate-long =
    Check plan files and report every finding

    Exit status: 0 when no plan has errors (warnings allowed), 1 when a plan has errors, 2 when a plan could not be read or the arguments are wrong.

cmd-shift = Move the plan's dates after a national delay, keeping the file as it was written
cmd-shift-long =
    Move the plan's dates after a national delay, keeping the file as it was written

    Moves `date`, `start` and `end` of trainings and phases (never the plan's own date, its revisions or its calendar). Without --write, shows the change as a diff and a table and writes nothing. With --write, writes the plan atomically and records the shift as a new [[revision]].

    Exit status: 0 when shown or written, 1 when the plan has errors that must be fixed first or the write was declined, 2 when the arguments are wrong or the file cannot be written.

cmd-reschedule = Move exactly what a national delay breaks: each activity that starts before what it waits for ends, by the smallest step of its own dates
cmd-reschedule-long =
    Move exactly what a national delay breaks: each activity that starts before what it waits for ends, by the smallest step of its own dates

    An activity waits for those in its `after` (in this plan, or `plan:id` in a plan it follows) and, for a training, for its trainers' own course. One that starts too early moves later by the smallest step of its own granularity that puts it after all of them — a day to the day after (with --workdays, the next working day), a week or a month to the first one after — keeping its length; what comes after it follows. Done, cancelled and pinned activities never move: one that starts too early is reported, and nothing is written. Without --write, shows the change as a diff and a table; with --write, writes it and records a [[revision]].

    Exit status: 0 when shown or written, 1 when the plan or the plans it follows have errors, an activity that may not move starts too early, or the write was declined, 2 when the arguments are wrong or the file cannot be written.
arg-reschedule--write = Write the rescheduled plan and add a [[revision]] recording it

cmd-diff = Show what changed between two versions of a plan
cmd-diff-long =
    Show what changed between two versions of a plan

    Each side is a plan file, or REV:PATH read from git (`HEAD~1:plans/x.toml`, as `git show` takes it); `aula-plan diff PLAN --since REV` compares PLAN as it was at REV with PLAN now. Entities are compared by id; findings by rule, entity and key.

    Exit status: 0, or 1 with --exit-code when the versions differ and with --fail-on-new-errors when the newer one has new errors; 2 when a version cannot be read.

cmd-show = Show one view of a plan as a table (or JSON, or CSV for Excel)

cmd-show-org = The organisation tree, with pupils, leaders and seat shares per unit

cmd-show-roles = Each role: unit, quota or population, named, tentative and vacant seats, support

cmd-show-people = Each person: unit, roles, tentative, the trainings they take and teach

cmd-show-training = Each training: trainer → trainees, seats, duration, dates, who pays

cmd-show-cascade = The train-the-trainer chain as a tree from the root, with where it breaks

cmd-show-timeline = Every activity in date order, and a text Gantt chart fitted to the width

cmd-show-support = Escalation paths: whom each role turns to, up to the vendor, and the technical line

cmd-allocate = Divide quotas over units: by pupils (largest remainder, with D'Hondt and Sainte-Laguë beside it) or one seat per pedagogical leader; --write puts the result in `seats`

cmd-status = Where each activity stands today: done, cancelled, overdue, running, upcoming, later or undated, by track — the project group's weekly meeting view

cmd-estimate = KOMBIT's resource estimate, scaled to the plan's schools and day-care institutions

cmd-overview = Many municipal plans, a row each: revision, go-lives, seats named, courses done, findings, and the national activities each waits for
cmd-overview-long =
    Many municipal plans, a row each: revision, go-lives, seats named, courses done, findings, and the national activities each waits for

    One row per plan: municipality, revision and date, the go-live of each track, the seats of the quotas named of all, the cascade's courses done, the activities not dated yet, errors and warnings, the plans it follows, and how many of the national activities it waits for it meets. The plans are read in parallel, as `validate` reads them. `--format html` makes a page with the table and a Gantt chart with a lane per plan.
arg-overview--format = How to print the overview
val-overview--format--html = A page with the table and a Gantt chart with a lane per plan, that needs no network

cmd-gantt = Draw the timeline as a Gantt chart, in SVG or as a page of HTML
cmd-gantt-long =
    Draw the timeline as a Gantt chart, in SVG or as a page of HTML

    A swimlane per track and a row per training and phase, coloured by kind (training, setup, parents and pupils; a go-live is a diamond), arrows for `after`, a month and week axis, the red line of the latest shift, open ends fading out, and a column for what is not dated yet.

cmd-report = The steering group's report: where the plan stands, on one page to print or mail
cmd-report-long =
    The steering group's report: where the plan stands, on one page to print or mail

    A header with the plan's version, the day and the latest delay; a line per track with its go-live, how many activities are done, running, overdue, coming and not dated, and a verdict; what is overdue and what comes next, by name, with trainers and owners; the seats of each quota; the findings counted by rule, each error in a sentence; what changed since an earlier version (--since); and the Gantt chart. HTML made for A4 when printed, or Markdown.

arg-report--since = An earlier version to tell the changes since: a git revision (HEAD~1) or a file
arg-report--output = Write the report to FILE (FILE.html, or FILE.md for Markdown); without it, or with -, it goes to standard output
arg-report--format = html or markdown [default: from the output file's extension, else html]
arg-report--force = Write over FILE even when it is a plan (never over a plan this command reads)
arg-report--today = The day the report stands on (2019-09-01) [default: today, or AULA_PLAN_TODAY]

cmd-export = Export the plan: a calendar (ICS), one CSV of every entity, a Markdown document, or JSON

cmd-init = Start a new plan: a few questions (or flags), then a commented plan that validates
cmd-init-long =
    Start a new plan: a few questions (or flags), then a commented plan that validates

    Asks for the municipality, its schools and their pupils, its day-care institutions and their pedagogical leaders, the vendor's courses to buy and the first course's date; the rest comes from the national template, with `tbd` where nothing is known yet. Asks only when run at a terminal; with --no-input (or no terminal) it takes the flags instead. Writes the plan format's schema next to the plan, for editors, unless it is there.

cmd-schema = Print the JSON Schema of the plan format, for editors that complete keys (taplo, Even Better TOML)

cmd-completions = Print a shell's completion script (bash, zsh, fish or powershell)
cmd-completions-long =
    Print a shell's completion script (bash, zsh, fish or powershell)

    For bash: `aula-plan completions bash > ~/.local/share/bash-completion/completions/aula-plan`

cmd-man = Print the manual page (roff), or write a page for every command into a folder

cmd-lsp = Serve the editor: a language server on standard input and output (findings as you type, hover, go to an id, completion, rename, code actions)

cmd-rules = List every rule with its default level

cmd-explain = Explain a rule: what it finds, why it matters, a bad and a fixed example

# Arguments.
arg--admins = Municipal administrators, and seats on the vendor's course for them [default: 2]
arg--again = Make the shift even though the plan's last revision recorded the very same one
arg--allow = Do not report RULE; `--allow warnings` hides every warning
arg--allow_new_errors = Write the edited plan even though it has errors the plan did not have
arg--audience = Only the trainings and phases that concern PERSON or ROLE: what they teach, take or own (calendars only)
arg--base = The folder SARIF's file URIs are relative to [default: the working folder]
arg--color = When to colour the output
arg--daycare = A day-care institution and its pedagogical leaders (repeat for each)
arg-estimate--daycare = Scale to N day-care institutions [default: the plan's own count, when it gives one by `count` or by listing every institution with its `leaders`]
arg--days = Move by N days
arg--deny = Report RULE as an error; `--deny warnings` makes every warning an error
arg--dir = Write aula-plan.1 and aula-plan-COMMAND.1 into DIR
arg--end_only = Move only the ends: a period extended rather than delayed (with --from, what ends on or after the red line)
arg--exit_code = Exit with status 1 when the versions differ, 0 when they do not (as `git diff --exit-code`)
arg--fail_on_new_errors = Exit with status 1 when the newer version has errors the older one did not have
arg--file = The plan file to make
arg--first_course = The date of the administrators' course (2027-01-11, 2027-W02 or 2027-01) [default: tbd]
arg--force = Replace FILE if it exists
arg--follow_outside = Let `[follows]` name files outside the plan's repository (or, outside a repository, its folder), and absolute paths
arg-gantt--force = Write over FILE even when it is a plan (never over a plan this command reads)
arg-export--force = Write over FILE even when it is a plan (never over a plan this command reads)
arg-overview--force = Write over FILE even when it is a plan (never over a plan this command reads)
arg--show_ids = Show the ids beside the names: the ones to type in `done`, `move`, `assign` and `--only`
arg--format = How to print the view
arg-validate--format = How to print the findings
arg-diff--format = How to print the differences
arg-gantt--format = svg or html [default: from the output file's extension]
arg-rules--format = How to print the list
arg--from = The red line: move only activities that start on or after DATE (2019-05-01, 2019-W18 or 2019-05)
arg--lang = The language of messages and reports (without it: Danish when the locale is Danish, else English)
arg--model = The plan whose [estimate] is the model [default: PLAN itself]
arg--months = Move by N calendar months; a negative N moves earlier
arg--municipality = The municipality (needed without questions)
arg--new = The newer version: a plan file, or REV:PATH from git
arg--no_daycare_course = Do not buy the vendor's course for day-care super-users: the administrators train them
arg--no_input = Ask nothing: take the flags, and the national template for the rest
arg--no_red_line = Draw no red line
arg--no_schema = Do not write the schema file next to the plan (nor the plan's `#:schema` line)
arg--no_school_course = Do not buy the vendor's course for school super-users: the administrators train them
arg--old = The older version: a plan file, or REV:PATH from git
arg--only = Move only the training or phase ID (repeat for more)
arg--output = Write it to FILE instead of standard output
arg-gantt--output = Write the chart to FILE (FILE.svg or FILE.html); without it, or with -, SVG goes to standard output
arg-export--output = Write to FILE instead of standard output
arg--plan = The plan file; - reads standard input
arg-shift--plan = The plan file
arg--plan_revision = The plan's new revision, in `[plan] revision` and the new [[revision]] [default: the plan's revision counted on, 2.1 → 2.2]
arg--plans = Plan files; a directory means every *.toml file in it; - reads standard input
arg--reason = Why the plan moved, recorded as the new revision's note
arg--red_line = Draw the red line at DATE (2019-05-01, 2019-W18 or 2019-05) [default: the cutoff of the latest shift the plan records]
arg--revision_date = The date recorded in the new revision [default: today, or AULA_PLAN_TODAY]
arg--role = Only this role (default: every role with a `split`)
arg-show-support--role = Show one role's path, a row a step
arg--rule = The rule's name, as `aula-plan rules` lists it
arg--school_superusers = School super-users, shared out over the schools by pupils [default: one per school]
arg--schools = A school and its pupils (repeat for each school)
arg-estimate--schools = Scale to N schools [default: the plan's own count, when it gives one by `count` or by listing every school with its `pupils`]
arg--shell = The shell
arg--since = Compare OLD as it was at git revision REV with OLD as it is now
arg--to = What to export
arg--today = Mark DAY as today, where the chart reaches it [default: today, or AULA_PLAN_TODAY]
arg-status--today = The day to stand on (2019-05-01) [default: today, or AULA_PLAN_TODAY]
arg--tracks = Move only activities of track T (repeat for more)
arg--warn = Report RULE as a warning
arg--weeks = How many weeks ahead count as upcoming
arg-shift--weeks = Move by N weeks, or by a range N..M
arg--workdays = Move a moved day that falls on a weekend, public holiday or closed period on to the next working day
arg--write = Write the allocated seats into the units' `seats`, keeping the rest of the file as it is
arg-shift--write = Write the shifted plan and add a [[revision]] recording the shift
arg--yes = Write without asking (aula-plan asks only when run at a terminal)

# Values.
val--color--auto = Colour on a terminal, unless `NO_COLOR` is set
val--format--concise = One line per finding: `file:line:col: severity[rule] message`
val--format--csv = Comma-separated, UTF-8
val--format--csv-excel = Semicolon-separated with a byte-order mark, as Excel set up for Danish opens it
val--format--github = GitHub Actions workflow annotations (`::error` file=…,line=…)
val-gantt--format--html = A page with the chart and a table of the activities, that needs no network
val--format--html = A page with the table, that needs no network (for `status`: with a line per track)
val-report--format--html = One page that needs no network, for the screen and for printing on A4
val-report--format--markdown = The same in Markdown, for an intranet page or a pull request
val--format--human = Source snippets with a caret under each finding, like rustc
val--format--json = One JSON document: title, rows, notes
val-validate--format--json = One JSON document with every finding and a summary
val-diff--format--json = One JSON document
val-rules--format--json = One JSON document
val--format--markdown = A heading and a Markdown table, for the intranet or a pull request
val-diff--format--markdown = Markdown tables, to paste into a pull request or the intranet
val--format--sarif = SARIF 2.1.0, for code scanning
val--format--svg = An SVG picture
val--format--table = A table fitted to the terminal
val-diff--format--table = A table for each kind of entity, fitted to the terminal
val--lang--da = Dansk
val--lang--en = English
val--to--csv = Every entity as a row of one CSV table, comma-separated, UTF-8
val--to--csv-excel = The same, semicolon-separated with a byte-order mark, as Excel set up for Danish opens it
val--to--ics = A calendar (RFC 5545): an all-day event per dated training and phase; importing it again after a shift updates the events
val--to--json = The whole plan with the file's own keys, and its findings
val--to--markdown = A document for the intranet: the plan's tables and its findings
val--to--xlsx = An Excel workbook: a sheet for each kind of record and one of the findings, headers in the reader's language, numbers as numbers and days as dates
val--format--xlsx = An Excel workbook with the table on a sheet (give -o FILE.xlsx)

# clap's own flags and words.
builtin-help-more = Print help (see more with '--help')
builtin-help-summary = Print help (see a summary with '-h')
builtin-help = Print help
builtin-version = Print version
builtin-help-command = Print this message or the help of the given subcommand(s)
builtin-help-subcommands = Print help for the subcommand(s)
help-heading-usage = Usage
help-heading-arguments = Arguments
help-heading-options = Options
help-heading-commands = Commands
help-value-command = COMMAND
help-value-options = [OPTIONS]
help-possible-values = possible values
help-possible-values-heading = Possible values
help-default = default
help-env = env

# Placeholders of values (`--from <DATE>`).
placeholder-date = DATE
placeholder-day = DAY
placeholder-dir = DIR
placeholder-file = FILE
placeholder-lang = LANG
placeholder-name = NAME
placeholder-name-leaders = NAME=LEADERS
placeholder-name-pupils = NAME=PUPILS
placeholder-new = NEW
placeholder-old = OLD
placeholder-person-role = PERSON|ROLE
placeholder-rev-file = REV|FILE
placeholder-path = PATH
placeholder-name-first--last = NAME=FIRST..LAST
placeholder-id-key = ID.KEY
placeholder-value = VALUE
placeholder-role = ROLE
placeholder-rule = RULE
placeholder-text = TEXT
placeholder-when = WHEN

# The progress commands.
cmd-done = Record activities as done (`status = "done"`), changing only that value in the file
cmd-cancel = Record activities as cancelled (`status = "cancelled"`), with the reason as a comment
cmd-reopen = Put done or cancelled activities back to planned
cmd-pin = Fix activities' dates (`pinned = true`): `shift` leaves them where they are
cmd-unpin = Let `shift` move pinned activities again (`pinned = false`)
cmd-move = Move one activity whole, keeping its length in working days, weeks or months; refused when it breaks what waits for it, unless --with-dependents. A closed period of the calendar moves with every date tied to it
cmd-assign = Give a person a seat of a role (and confirm a tentative person); refused when the role is full
cmd-unassign = Take a role from a person
cmd-set = Set any one value the format knows: ID.KEY VALUE (`nc-school-admin.seats 3`), typed by the format's key spec
arg--ids = The trainings or phases, by id
arg--dry_run = Show the change as a diff, and write nothing
arg--revision = Also add a [[revision]] recording the change (not by default: a weekly mark is not a new plan version)
arg-done--on = The day it was done, written as `done_on` (without it, no day is written); one before the activity starts, or after today, is refused
arg-done--force = Record it done on a day after today too (--on)
arg-cancel--reason = Why, written as a comment after the status
arg-move--id = The training, phase or closed period to move
arg-move--to = Its new start: a day, a week (2019-W41) or a month (2019-10), as its start is written
arg-move--months = Move it by N months
arg-move--weeks = Move it by N weeks
arg-move--days = Move it by N days
arg-move--with_dependents = Move what then starts before what it waits for too, each by the smallest step its dates allow, as `reschedule` does
arg-move--force = Move it even when it (or, for a closed period, an activity tied to it) is done or pinned
arg-assign--role = The role
arg-unassign--role = The role
arg--person = The person, by id
arg-set--target = The entity's id and the key, with a dot: nc-school-admin.seats (plan.KEY for [plan])
arg-set--value = The value, as the key's type wants it: 3, true, 2019-05-16, 2019-W41, a text
arg-done--plan = The plan file
arg-cancel--plan = The plan file
arg-reopen--plan = The plan file
arg-pin--plan = The plan file
arg-unpin--plan = The plan file
arg-move--plan = The plan file
arg-assign--plan = The plan file
arg-unassign--plan = The plan file
arg-set--plan = The plan file
arg-init--holidays = One of the municipality's school holidays and its first and last day, such as "Efterårsferie 2027=2027-10-16..2027-10-24" (or NAME=tbd; repeat for each): dates can be tied to it
arg-init--follows = KOMBIT's national plan: written as `[follows] kombit = "…"` (a path from the new plan's folder), so that `validate` and `reschedule` check against it
arg-shift--months = Move by N calendar months, or by a range N..M (a delay "of 3–5 months" is 3..5: each date becomes the window from its earliest day moved 3 to its latest moved 5); a negative N moves earlier
arg-shift--days = Move by N days, or by a range N..M
arg--categories = Show only the activities of this kind of task, by the id of its [[category]] (repeat for more)
arg--parts = Show only the activities of this part of the plan, by the id of its [[part]] (repeat for more)
