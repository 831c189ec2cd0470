# steering/: the steering group's report (`aula-plan report`).

steering-as-of = status on { $today }
steering-delay = Latest delay: { $sign ->
    [earlier] brought forward
   *[later] delayed
} { $step } from { $from }
steering-delay-all = Latest delay: { $sign ->
    [earlier] brought forward
   *[later] delayed
} { $step }
steering-delay-unsaid = Latest delay: how far and from when, the plan does not say
steering-delay-from = Latest delay: from { $from }
steering-delay-tracks = { " " }for { $tracks }
steering-delay-version = { " " }(version { $revision })
steering-summary = The tracks
steering-col-verdict = verdict
steering-no-track = (no track)
steering-no-go-live = no go-live in the plan
steering-verdict-behind = { $count ->
    [one] Behind: 1 activity is overdue
   *[other] Behind: { $count } activities are overdue
}
steering-verdict-unrecorded = { $count ->
    [one] Unsettled: 1 activity is past but not recorded as done
   *[other] Unsettled: { $count } activities are past but not recorded as done
}
steering-verdict-undated = { $count ->
    [one] On plan, but 1 activity has no date
   *[other] On plan, but { $count } activities have no date
}
steering-verdict-on-plan = On plan
steering-coming = Overdue, not recorded, running and coming
steering-recorded = Recorded: done and cancelled
steering-listed-in = listed on { $roster }
steering-col-who = trainer or owner
steering-seats = Seats and quotas
steering-findings = Findings
steering-col-finds = what the rule finds
steering-col-count = count
steering-errors = The errors
steering-since = Changes since { $since }
steering-chart = Timeline
steering-chart-elsewhere = The timeline as a chart: `aula-plan gantt PLAN -o plan.html`.
steering-verdict-broken = Broken chain: the course { $course } is cancelled, and { $count ->
    [one] the role
   *[other] the roles
} { $roles } { $count ->
    [one] gets
   *[other] get
} no training
steering-verdict-uncertain = Uncertain: the dates move { $step }
steering-verdict-uncertain-unsaid = Uncertain: the dates are postponed, and the plan does not say how long
steering-verdict-go-live-undated = The go-live has no date
steering-verdict-also-undated = { $count ->
    [one] 1 activity has no date
   *[other] { $count } activities have no date
}
steering-since-revision-of = revision { $revision } of { $date }
steering-since-revision = revision { $revision }
steering-since-draft = an earlier draft of revision { $revision }
steering-since-as-of = the version of { $date }
steering-since-earlier = the earlier version
