# rules/dates.rs: invalid-date, reversed-dates, implausible-date.

invalid-date = `{ $text }` is not a valid date for `{ $key }`
invalid-date-no-week = { $year } has { $weeks } ISO weeks, so week { $week } does not exist
invalid-date-no-month = there is no month { $month }
invalid-date-no-day = that day is not in the calendar
invalid-date-year = years run from 0001 to 9999
invalid-date-form = not a date form of the plan format
date-form-help = write a day as 2019-01-28, a week as "2019-W41", a month as "2019-10", or "tbd" when not yet known
date-form-day = write the day as { $day } (year-month-day, no quotes)
date-form-week = write the week as "{ $week }"
date-form-any-week = write a week as "2019-W41" (year, W, two-digit week)
date-form-tbd = write "tbd" for a date not yet known
invalid-date-open = `open` is not a valid date for `{ $key }`
invalid-date-open-label = only an `end` can be open
invalid-date-time = `{ $key }` has a time of day
invalid-date-time-label = plan dates are whole days
invalid-date-time-help = write the date alone, as 2019-01-28
invalid-date-not-day = `{ $key }` must be a day, found `{ $text }`
invalid-date-not-day-label = write a day such as 2020-03-01

reversed-dates = { $what } ends ({ $end }) before it starts ({ $start })
reversed-dates-label = the end is before the start
reversed-dates-start = starts here
reversed-dates-help = check the years; swap `start` and `end` if they are the wrong way round

a-closed-period = a closed period
a-revision = a revision
implausible-date = { $what }'s { $key } is { $far } years { $side ->
    [before] before
   *[after] after
} the plan's own date, { $date }
implausible-date-label = is the year right?
implausible-date-plan = the plan's date
implausible-date-help = dates more than { $before } years before or { $after } after the plan's date are usually a typo
invalid-date-no-part = there are four quarters and two halves in a year
invalid-date-window = a window runs from an earlier month (or day) to a later one of the same kind
invalid-date-window-help = write it as "2019-05/2019-06" (months) or "2019-06-08/2019-06-17" (days)
invalid-date-period = `before` and `after` name a closed period of `[calendar]` by its id
invalid-date-period-help = give the period an id in `[calendar]` closed and write "after { $id }"
invalid-date-tied-label = only the dates of trainings and phases can be tied to a closed period
invalid-date-tied-help = write the date itself: a day, a week, a month, or a vague form such as "2019-autumn"
