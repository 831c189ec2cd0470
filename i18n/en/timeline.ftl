# rules/timeline.rs: tbd-date, dependency-order, outside-period.

tbd-date = `{ $id }` is not dated yet: { $which ->
    [date] its date is
    [both] its start and end are
    [start] its start is
   *[end] its end is
} tbd
tbd-date-label = not yet known
tbd-date-help = set the date when it is known; dates that are tbd are left out of every date check

dependency-order-same-day = `{ $id }` starts on the day `{ $other }` ends, { $day }
dependency-order = `{ $id }` starts { $starts }, before `{ $other }` ends { $ends }
dependency-order-label = must start after `{ $other }` ends
dependency-order-waits = waits for it here
dependency-order-ends-here = which ends here
dependency-order-help = move this activity later, or the one it waits for earlier
dependency-order-cancelled = `{ $id }` waits for `{ $other }`, which is cancelled: it waits for something that will not happen
dependency-order-cancelled-label = cancelled
dependency-order-cancelled-help = take `{ $other }` out of `after`, make it wait for what replaces it, or reopen `{ $other }`

outside-period-starts = `{ $id }` starts { $starts }, before `{ $period }` starts { $from }
outside-period-open = `{ $id }` has no end, but `{ $period }` ends { $last }
outside-period-ends = `{ $id }` ends { $ends }, after `{ $period }` ends { $last }
outside-period-label = outside `{ $period }`
outside-period-within = lies within it here
outside-period-starts-here = which starts here
outside-period-ends-here = which ends here
outside-period-help = move the activity into `{ $period }`, or widen `{ $period }`

tbd-date-tied = `{ $id }` is tied to the closed period `{ $period }`, whose dates the plan does not give
tbd-date-tied-label = not known until the period's dates are
tbd-date-tied-help = give `{ $period }` its `start` and `end` in `[calendar]` closed when they are known; until then the date is left out of every date check

uncertain-order-after = `{ $id }` may start ({ $starts }) before `{ $other }` ends ({ $ends })
uncertain-order-after-label = may start before `{ $other }` ends
uncertain-order-help = the dates are vague: give them as the source does once it says more, or move `{ $id }` after { $last }
uncertain-order-starts = `{ $id }` may start ({ $starts }) before `{ $period }` starts ({ $from })
uncertain-order-ends = `{ $id }` may end ({ $ends }) after `{ $period }` ends ({ $last })
uncertain-order-within-label = may lie outside `{ $period }`
