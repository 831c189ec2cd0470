# src/report/: the views of `show`, `allocate`, `estimate` and `status`. Headers and words in
# cells are for the table and Markdown; JSON and CSV keep the keys and values of the data.

report-org = Organisation
report-roles = Roles
report-people = People
report-trainings = Trainings
report-cascade = Training cascade
report-timeline = Timeline
report-support = Support
report-support-for = Support for { $role }
report-allocation = Allocation of seats
report-estimate = Resource estimate (hours)
report-status = Status on { $today }
report-nothing = (nothing to show)

# Column headers.
col-activity = activity
col-after = after
col-allocated = allocated
col-declared = declared
col-dhondt = D'Hondt
col-duration = duration
col-end = end
col-escalation-path = escalation path
col-exact-share = exact share
col-flag = flag
col-from = from
col-hours-per-phase = hours per phase
col-id = id
col-kind = kind
col-category = kind of task
col-part = part
col-leaders = leaders
col-listed-in = listed in
col-model-basis = model basis
col-name = name
col-named = named
col-paid-by = paid by
col-parent = parent
col-party = party
col-person = person
col-plans-own = plan's own
col-population = population
col-pupils = pupils
col-pupils-or-leaders = pupils / leaders
col-quota = quota
col-role = role
col-roles = roles
col-sainte-lague = Sainte-Laguë
col-seats = seats
col-start = start
col-state = state
col-as-written = date as written
col-status = status
col-done-on = done on
col-step = step
col-support = support
col-takes = takes
col-teaches = teaches
col-technical-line = technical line
col-technical-support = technical support
col-tentative = tentative
col-this-plan = this plan
col-to = to
col-total = total
col-track = track
col-trained-by = trained by
col-trainees = → trainees
col-trainer = trainer
col-training = training
col-turns-to = turns to
col-unit = unit
col-vacant = vacant
col-who = who

# Words in cells.
cell-yes = yes
cell-no = no
cell-unknown = unknown
estimate-party = { $word ->
    [municipality] the municipality
    [schools] the schools
    [daycare] day-care
    [institutions] the institutions
    [all] all
   *[other] { $word }
}

# show timeline
timeline-week = a week
timeline-months = { $count ->
    [one] a month
   *[other] { $count } months
}
timeline-legend = ({ $unit } a column{ $vague ->
    [yes] ; ▒ may run, ◇ may fall: its dates are vague there
   *[no] {""}
})
timeline-legend-reversed = ({ $unit } a column; ! ends before it starts{ $vague ->
    [yes] ; ▒ may run, ◇ may fall: its dates are vague there
   *[no] {""}
})

# show org
org-lost = Not in the tree, because their parents form a loop: { $ids }

# show cascade
cascade-no-root = The plan names no `root`, so the cascade has no top.
cascade-break = break: { $message }
flag-trained-outside = trained outside the plan
flag-never-trained = never trained
flag-shown-above = shown above
flag-roles-shown-above = { $count } roles of this course, each shown above
flag-holders-shown-above = { $count } holders of this role, each shown above
flag-not-dated = not dated yet
flag-reversed = ends before it starts
flag-tentative = tentative
flag-teaches-early = teaches { $training } before being trained

# show support
support-chain-loops = The chain loops back to { $role }: nobody above it is asked (support-gap reports this).
support-ends = The chain ends at the role { $role }, which has no `support`.
support-technical = Technical line: { $roles }
support-loops-to = (loops to { $role })
support-path-more = … (more than { $steps } steps: `aula-plan show support PLAN --role ROLE` shows them all)

# allocate
allocate-nothing = { $role }: no unit below the role's unit has `{ $key }`; nothing to divide
allocate-split = { $role }: { $given } of { $seats } over { $units } ({ $how }); the units declare { $declared }
allocate-by-pupils = by pupils, largest remainder
allocate-per-leader = one per pedagogical leader
count-units = { $count ->
    [one] 1 unit
   *[other] { $count } units
}

# estimate
estimate-no-model = The model has no [estimate]; give a plan that has one with --model (plans/kombit-2016.toml).
estimate-the-model = the model
estimate-scaled = Phases { $phases }. Scaled from { $source } to { $schools } and { $daycare }, linearly in the basis (hours × this plan's count ÷ the model's count, the total rounded to whole hours and shared over the phases by largest remainder): an assumption, not KOMBIT's.
estimate-schools = { $count ->
    [one] 1 school
   *[other] { $count } schools
}
estimate-schools-unknown = the model's own number of schools (this plan does not say how many it has)
estimate-daycare = { $count ->
    [one] 1 day-care institution
   *[other] { $count } day-care institutions
}
estimate-daycare-unknown = the model's own number of day-care institutions (this plan does not say how many it has)
estimate-counts = The counts are the plan's schools (`kind = "school"`) and day-care institutions (`kind = "daycare"` or `"childminding"`), each as many as its `count` says{ $uncounted ->
    [0] {""}
    [one] ; 1 unit gives no `count` and is counted as one
   *[other] ; { $uncounted } units give no `count` and are counted as one each
}; --schools N and --institutions N give other counts.

# status
state-done = done
state-cancelled = cancelled
# Other words a plan may write for a state (read as "did you mean"; never shown).
also-done = held, finished, completed
also-cancelled = called off, canceled
state-overdue = overdue
state-running = running
state-possibly-running = possibly running
state-upcoming = upcoming
state-later = later
state-undated = undated
# A count and its state; `key` is the state's word, for languages whose words agree with the count.
status-count = { $key ->
   *[other] { $count } { $state }
}
status-activities = { $count ->
    [one] 1 activity
   *[other] { $count } activities
}
status-line = { $activities }: { $counts }. Upcoming: starting within { $weeks } of { $today }.
status-verdict = { $track }: { $verdict }
count-weeks = { $count ->
    [one] 1 week
   *[other] { $count } weeks
}

# overview
report-overview = Overview
col-file = plan file
col-municipality = municipality
col-revision = revision
col-date = date
col-go-live = go-live
col-courses-done = courses done
col-courses = courses
col-undated = not dated
col-errors = errors
col-warnings = warnings
col-follows = follows
col-waits-met = waits met
col-waits = waits for
col-depth = level
col-national = national plan
overview-counted = { $municipalities ->
    [one] 1 municipality
   *[other] { $municipalities } municipalities
}{ $national ->
    [0] {""}
    [one] {" "}and 1 national plan
   *[other] {" "}and { $national } national plans
}
overview-behind = Starting before the national activity they wait for ends: { $plans }.
state-ended = past, not recorded as done
state-past = past
state-planned = planned
