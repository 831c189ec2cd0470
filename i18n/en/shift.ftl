# shift/: the table of moves, the notes, the summary; cli/shift.rs: what `shift` says.

step-units = { $unit ->
    [month] { $n ->
        [one] 1 month
       *[other] { $n } months
    }
    [week] { $n ->
        [one] 1 week
       *[other] { $n } weeks
    }
   *[day] { $n ->
        [one] 1 day
       *[other] { $n } days
    }
}
step-range-units = { $least }–{ $most } { $unit ->
    [month] months
    [week] weeks
   *[day] days
}
step-by = by { $units }
step-back = back { $units }
distance-as = { $step } ({ $units })
distance = { $sign ->
    [later] +{ $units }
   *[earlier] -{ $units }
}

shift-column-activity = id
shift-column-name = name
shift-column-was = was
shift-column-now = now
shift-column-moved = moved

shift-workday = `{ $id }` { $key }: { $day } is { $why }; moved on to { $new }, the next working day
shift-clamped = `{ $id }` { $key }: { $old } moved { $how } would be { $impossible }, which does not exist; it is { $clamped }, the last day of the month
shift-no-way-back = `{ $id }` { $key }: { $old } moved { $how } is { $new }, but { $new } moved { $back_step } is { $back }: months do not hold whole weeks, so moving back will not bring it home
shift-out-of-range = out of range

shift-summary = { $dates ->
    [one] 1 date
   *[other] { $dates } dates
} of { $activities ->
    [one] 1 activity
   *[other] { $activities } activities
} { $step }
shift-summary-from = { $dates ->
    [one] 1 date
   *[other] { $dates } dates
} of { $activities ->
    [one] 1 activity
   *[other] { $activities } activities
} { $step } from the red line { $line }

repair = `{ $id }`'s { $key } moved on to { $to } (the step alone gives { $stepped }) so that { $because }
repair-after = it starts after `{ $id }` ends ({ $day })
repair-trained = `{ $id }` is trained ({ $day }) before teaching it
repair-within = it starts inside `{ $id }` ({ $day })
repair-end = it ends on or after it starts ({ $start })

left-straddles = `{ $id }` starts before the red line { $line } and ends after it ({ $start } – { $end }); left as it is, not half-moved (name it with --only and no --from to move it whole)
left-start-unknown = `{ $id }` starts `tbd`, so it is not known to start after the red line { $line }; left as it is
left-done = `{ $id }` is done (`status = "done"`); kept where it is
left-cancelled = `{ $id }` is cancelled (`status = "cancelled"`); kept where it is
left-pinned = `{ $id }` is pinned (`pinned = true`); kept where it is
left-no-end = `{ $id }` has one `date` and no end to move; kept where it is
left-too-small = `{ $id }` starts { $start }: moved { $step } that is still { $start }; it stays where it is (a date written as a week moves by whole weeks, one written as months by whole months)
left-tied = `{ $id }` is tied to the closed period `{ $period }` and moves with it, not with the shift

shift-diff-label = { $name } (moved { $step })
shift-new-findings = { $count ->
    [one] The shifted plan has 1 new finding it did not have before:
   *[other] The shifted plan has { $count } new findings it did not have before:
}
shift-resolves = { $count ->
    [one] The moves resolve 1 finding the plan had before.
   *[other] The moves resolve { $count } findings the plan had before.
}
shift-would-move = Would move { $summary }.
shift-nothing-written = Nothing written; add --write to write it.
shift-question = Write { $path } and record the shift as a revision?
shift-moved = Moved { $summary }.
shift-wrote = Wrote { $path }, with the shift recorded as { $recorded }.
shift-recorded-revision = revision { $revision } of { $date }
shift-recorded = a revision of { $date }
impossible-day = { $day } { $month }
