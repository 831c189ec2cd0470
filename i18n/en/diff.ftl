# diff/: what changed between two versions, in words a steering group reads.

diff-kind-plan = Plan
diff-kind-unit = Units
diff-kind-role = Roles
diff-kind-person = People
diff-kind-training = Trainings
diff-kind-phase = Phases
diff-kind-closed-period = Closed periods
diff-kind-estimate-row = Estimate rows
diff-kind-lint = Lint levels
diff-kind-category = Kinds of task
diff-kind-part = Parts
diff-kind-reading = Second readings
diff-kind-national = National activities waited for
diff-kind-revision = Revisions

diff-count = { $kind ->
    [plan] { $n ->
        [one] 1 plan setting
       *[other] { $n } plan settings
    }
    [unit] { $n ->
        [one] 1 unit
       *[other] { $n } units
    }
    [role] { $n ->
        [one] 1 role
       *[other] { $n } roles
    }
    [person] { $n ->
        [one] 1 person
       *[other] { $n } people
    }
    [training] { $n ->
        [one] 1 training
       *[other] { $n } trainings
    }
    [phase] { $n ->
        [one] 1 phase
       *[other] { $n } phases
    }
    [closed-period] { $n ->
        [one] 1 closed period
       *[other] { $n } closed periods
    }
    [estimate-row] { $n ->
        [one] 1 estimate row
       *[other] { $n } estimate rows
    }
    [lint] { $n ->
        [one] 1 lint level
       *[other] { $n } lint levels
    }
    [category] { $n ->
        [one] 1 kind of task
       *[other] { $n } kinds of task
    }
    [part] { $n ->
        [one] 1 part
       *[other] { $n } parts
    }
    [reading] { $n ->
        [one] 1 second reading
       *[other] { $n } second readings
    }
    [national] { $n ->
        [one] 1 national activity waited for
       *[other] { $n } national activities waited for
    }
   *[revision] { $n ->
        [one] 1 revision
       *[other] { $n } revisions
    }
}

diff-added = added
diff-removed = removed
diff-changed = changed
diff-renamed = renamed from { $from }
diff-confirmed = confirmed
diff-now-tentative = now tentative
diff-signed = { $sign }{ $n }

list-and = { $init } and { $last }
diff-nothing = No changes
diff-differs = { $what } differs
diff-differ = { $what } differ
diff-summary = { $changed }; { $new ->
    [one] 1 new finding
   *[other] { $new } new findings
}, { $fixed } fixed.

diff-column-id = name
diff-column-change = change
diff-column-field = field
diff-column-was = was
diff-column-now = now
diff-column-difference = difference
diff-column-rule = rule
diff-column-where = where
diff-column-message = message
diff-findings = Findings
diff-new = new { $severity ->
    [error] error
   *[warning] warning
}
diff-fixed = fixed { $severity ->
    [error] error
   *[warning] warning
}
diff-heading = Changes from `{ $old }` to `{ $new }`
list-comma = { $a }, { $b }

diff-field = { $field ->
    [done_on] done on
    [tech_support] technical support
    [trained_outside] trained outside the plan
    [period_name] period name
   *[other] { $field }
}
diff-shift-from = from { $date }
diff-shift-tracks = tracks: { $tracks }
diff-shift-only = only: { $ids }
diff-later = { $units } later
diff-earlier = { $units } earlier
