# The progress commands: done, cancel, reopen, pin, unpin, move, assign, unassign, set.

record-what-movable = training, phase or closed period
record-what-activity = training or phase
record-what-role = role
record-what-person = person
record-what-entity = unit, role, person, training or phase
record-other-kind-of-entity = `{ $id }` is a { $kind }, not a { $what }; nothing written
record-ambiguous = `{ $id }` begins several names: { $matches }; give the id of the one you mean; nothing written
record-unknown = no { $what } has the id `{ $id }`; nothing written
record-unknown-suggest = no { $what } has the id `{ $id }` (did you mean { $suggestion }?); nothing written
record-followed = `{ $id }` is an activity of the plan this plan follows (`{ $plan }` = { $file }): it is recorded there, not here; nothing written
record-duplicated = `{ $id }` is the id of { $count } entities (lines { $lines }): aula-plan cannot tell which one is meant; give each an id of its own first; nothing written
record-done-before-start = `{ $id }` starts { $starts }, so it cannot have been done { $on }; nothing written
record-done-in-future = { $on } is after today ({ $today }): only a day that has come can be recorded as done (--force records it anyway); nothing written
record-role-full = `{ $role }` is full: { $seats ->
    [one] 1 seat
   *[other] { $seats } seats
}, held by { $holders }; give up a seat first (`aula-plan unassign`) or raise its `quota`; nothing written
record-does-not-hold = `{ $person }` does not hold `{ $role }`; nothing written
record-fixed = `{ $id }` is { $why }, so it is not moved without --force; nothing written
record-why-done = done
record-why-pinned = pinned
record-not-dated = `{ $id }` has no date to move yet: give it one with `aula-plan set PLAN { $id }.date DATE`; nothing written
record-period-not-dated = the closed period `{ $id }` has no days to move yet: write its first and last day as `start` and `end` under `[calendar]` in the plan; nothing written
record-other-kind = `{ $id }` starts { $start }, and { $to } is another kind of date: give --to a day, a week ("2019-W41") or a month ("2019-10") as its start is written, or move it by --days, --weeks or --months; nothing written
record-too-small = `{ $id }` starts { $start }: moved { $step } that is still { $start } (a date written as a week moves by whole weeks, one written as months by whole months, as `shift` moves it); give a larger step, or --to the date it should have; nothing written
record-tied = `{ $id }` starts { $start }: it moves with the closed period `{ $period }` — move the period (`aula-plan move PLAN { $period } …`), or give it a date of its own with `aula-plan set PLAN { $id }.date DATE`; nothing written
record-out-of-range = `{ $id }` would move out of the years aula-plan computes with; nothing written
record-unknown-key = { $table } has no key `{ $key }`; nothing written
record-unknown-key-suggest = { $table } has no key `{ $key }` (did you mean `{ $suggestion }`?); nothing written
record-not-a-value = `{ $key }` of { $table } holds a list or a table, not one value: edit it in the file; nothing written
record-no-key = `{ $given }` names no key: write ID.KEY, such as `nc-school-admin.seats`; nothing written
record-not-in-text = `{ $id }` is not written where aula-plan can edit it; nothing written

# What changed, a line each.
record-done = `{ $id }` done
record-done-on = `{ $id }` done on { $on }
record-cancelled = `{ $id }` cancelled
record-reopened = `{ $id }` { $state } again
record-pinned = `{ $id }` pinned
record-unpinned = `{ $id }` no longer pinned
record-assigned = `{ $person }` holds `{ $role }`
record-assigned-elsewhere = «{ $person }» works in «{ $works }», outside «{ $unit }», where the role «{ $role }» belongs: is this the right person?
record-confirmed = `{ $person }` confirmed (no longer tentative)
record-unassigned = `{ $person }` no longer holds `{ $role }`
record-set = `{ $id }.{ $key }` = { $value }
record-date-span = { $start } – { $end }
record-moved = `{ $id }` moved from { $was } to { $now }
record-tied-moves = `{ $id }` is tied to it ({ $date }) and moves with it
