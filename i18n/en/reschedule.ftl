# reschedule.rs and cli/shift.rs: moving what the followed plans and the plan's own order require.

reschedule-why = `{ $other }` ends { $day }
reschedule-moved = `{ $id }` moves: it must start after { $why }
reschedule-conflict = `{ $id }` starts before { $why }, but is { $kept }: it is not moved
reschedule-kept-done = done
reschedule-kept-cancelled = cancelled
reschedule-kept-pinned = pinned
reschedule-kept-tied = tied to a closed period
reschedule-summary = { $dates ->
    [one] 1 date
   *[other] { $dates } dates
} of { $activities ->
    [one] 1 activity
   *[other] { $activities } activities
}, each by the smallest step its own dates allow
reschedule-nothing = Nothing to move: every activity starts after what it waits for has ended. Nothing written.
reschedule-conflicts = { $count ->
    [one] 1 activity that may not move
   *[other] { $count } activities that may not move
} start too early; nothing written. Move them by hand (or change their `status` or `pinned`), then reschedule.
reschedule-followed-errors = the plans { $path } follows have problems (above): their dates cannot be trusted. Nothing written.
reschedule-diff-label = { $name } (rescheduled)
reschedule-question = Write { $path } and record the reschedule as a revision?
reschedule-note = Rescheduled after the plans it follows (aula-plan reschedule)
