# The words every command shares: the closing line of a check, severities, counts.

# The closing line of `validate`, like cargo's.
summary-plans = { $plans ->
    [one] Checked 1 plan
   *[other] Checked { $plans } plans
}
summary-none-shown = no problems shown
summary-hidden = ({ $count ->
    [one] 1 finding
   *[other] { $count } findings
} allowed, not shown)
summary-clean = no problems found.
count-errors = { $count ->
    [one] 1 error
   *[other] { $count } errors
}
count-warnings = { $count ->
    [one] 1 warning
   *[other] { $count } warnings
}
count-seats = { $count ->
    [one] 1 seat
   *[other] { $count } seats
}

# The heading of a finding (`error[rule]`) and of its fix (`help: ...`).
severity-error = error
severity-warning = warning
severity-help = help
severity-note = note

# Kinds of entity, as a message names one.
kind-unit = unit
kind-role = role
kind-person = person
kind-training = training
kind-phase = phase
kind-category = category
kind-part = part

# A choice of one to three words: `a`, `a or b`, `a, b or c`.
either-1 = { $a }
either-2 = { $a } or { $b }
either-3 = { $a }, { $b } or { $c }
# One of these kinds: "a unit", "a unit, role or person".
a-kind = a { $kinds }
any-entity = anything of the plan with an id

did-you-mean = did you mean `{ $word }`?

# Why nobody works on a day.
closed-saturday = a Saturday
closed-sunday = a Sunday
closed-holiday = { $name }, a public holiday
closed-period = in { $name }
closed-unnamed-period = in a closed period

weekday = { $day ->
    [mon] Monday
    [tue] Tuesday
    [wed] Wednesday
    [thu] Thursday
    [fri] Friday
    [sat] Saturday
   *[sun] Sunday
}

# The words of the plan format as a person reads them: tracks, kinds and course lengths.
phase-kind = { $word ->
    [training] Training
    [rollout] Rollout
    [setup] Setup
    [parents-pupils] Parents and pupils
    [go-live] Go-live
    [milestone] Milestone
   *[other] Other
}
unit-kind = { $word ->
    [vendor] Vendor
    [national] National
    [department] Department
    [area] Area
    [school] School
    [daycare] Day-care
    [childminding] Childminding
    [service-desk] Service desk
    [group] Group
    [other] Other
   *[unknown] { $word }
}
national-plan = The national plan ({ $name })
national-plan-titled = { $plan }: { $title }
paid-word = { $word ->
    [contract] the contract
    [extra] extra
   *[other] { $word }
}
track-name = { $word ->
    [schools] Schools
    [daycare] Day-care
   *[other] { $word }
}
course-length = { $unit ->
    [days] { $high ->
        [one] { $range } day
       *[other] { $range } days
    }
   *[hours] { $high ->
        [one] { $range } hour
       *[other] { $range } hours
    }
}
split-word = { $word ->
    [pupils] by pupils
    [per-leader] one per leader
   *[other] { $word }
}
scope-word = { $word ->
    [own-unit] own unit
    [all] all
   *[other] { $word }
}
holidays-word = { $word ->
    [dk] Danish public holidays
    [none] none
   *[other] { $word }
}
date-form-word = { $word ->
    [day] day
    [week] week
    [month] month
    [quarter] quarter
    [half-year] half-year
    [season] season
    [part-of-month] part of a month
    [window] window
    [before] before a closed period
    [after] after a closed period
    [tbd] not known yet
    [open] open
   *[other] { $word }
}
