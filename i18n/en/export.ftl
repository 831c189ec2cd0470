# export/: the fixed words of the Markdown document and the calendar.

md-title = Implementation plan
md-revision = Revision { $revision }
md-dated = dated { $date }
md-owner = owner: { $owner }
md-goals = Goals
md-success-criteria = Success criteria
md-history = History
md-col-revision = revision
md-col-date = date
md-col-note = note
md-col-shift = shift
md-shift-from = from { $date }
md-shift-tracks = tracks { $tracks }
md-findings = Findings
md-clean = `aula-plan validate` finds nothing wrong.
md-found = `aula-plan validate` finds { $errors } and { $warnings }.
md-col-rule = rule
md-col-line = line
md-col-message = message

ics-title = Aula implementation plan
ics-not-dated = not dated yet
ics-reversed = it ends before it starts
ics-too-late = it ends in the year 9999, past what a calendar writes
ics-open-end = Runs on with no end; this event marks its start.
ics-tbd-end = The end is not known yet; this event marks the start.
ics-trainer = Trainer: { $trainer }. Trainees: { $trainees }.
ics-paid = paid by { $paid }
ics-owner = Owner: { $owner }
ics-date = Date in the plan: { $date }
ics-dates = Dates in the plan: { $start } to { $end }
ics-after = After: { $ids }
ics-sessions = { $count ->
    [one] held once
   *[other] held { $count } times
}
ics-the-plan = the plan
ics-from = From { $title } (id { $id }).
ics-from-revision = From { $title }, revision { $revision } (id { $id }).

xlsx-col-severity = severity
xlsx-col-column = column
xlsx-failed = the workbook could not be made: { $why }
xlsx-cells-cut = { $count ->
    [one] 1 cell was
   *[other] { $count } cells were
} longer than Excel allows ({ $limit } characters), and end in "…" in the workbook
xlsx-rows-cut = the sheet "{ $sheet }" has more rows than Excel allows ({ $limit }): its last row says that { $count } were left out
xlsx-rows-left-out = … and { $count } more rows, left out: a sheet holds { $limit } rows at most
csv-entity = { $entity ->
    [estimate-row] estimate row
    [closed] closed period
    [lint] rule
   *[other] { $entity }
}
