# gantt/: the chart's words (legend, axis, headings) and the page around it.

gantt-no-track = (no track)
gantt-not-dated = not dated
gantt-no-date = no date
gantt-reversed = ends { $last }, before it starts
gantt-delay = moved { $step }
gantt-delay-revision = moved { $step } (revision { $revision })
gantt-title = Implementation plan
gantt-revision-of = Revision { $revision } of { $date }
gantt-revision = Revision { $revision }
gantt-as-of = As of { $date }
gantt-counted = { $n ->
    [one] 1 activity
   *[other] { $n } activities
}, { $tbd } not dated yet
gantt-today = today { $day }
gantt-red-line = red line { $date }
gantt-made-by = Made by aula-plan { $version } from { $source }.

gantt-legend-open-end = Open end
gantt-legend-not-dated = Not dated yet
gantt-legend-dependency = Must end first
gantt-legend-late = Starts before it may
gantt-legend-red-line = Red line
gantt-legend-done = Done
gantt-legend-vague = Vague date: may run (pale), runs (full)
gantt-legend-cancelled = Cancelled
gantt-legend-closed = Closed
gantt-month = { $month ->
    [1] Jan
    [2] Feb
    [3] Mar
    [4] Apr
    [5] May
    [6] Jun
    [7] Jul
    [8] Aug
    [9] Sep
    [10] Oct
    [11] Nov
   *[12] Dec
}
gantt-svg-title = { $title }: timeline
gantt-arrow = { $from } ends before { $to } starts
gantt-arrow-late = { $to } starts before { $from } ends
gantt-overview-title = All plans
gantt-overview-span = dated activities
