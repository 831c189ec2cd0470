# gantt/: diagrammets ord (forklaring, tidsakse, overskrifter) og siden omkring det.

gantt-no-track = (intet spor)
gantt-not-dated = ikke dateret
gantt-no-date = ingen dato
gantt-reversed = slutter { $last }, før den starter
gantt-delay = flyttet { $step }
gantt-delay-revision = flyttet { $step } (version { $revision })
gantt-title = Implementeringsplan
gantt-revision-of = Version { $revision } af { $date }
gantt-revision = Version { $revision }
gantt-as-of = Pr. { $date }
gantt-counted = { $n ->
    [one] 1 aktivitet
   *[other] { $n } aktiviteter
}, { $tbd } endnu uden dato
gantt-today = i dag { $day }
gantt-red-line = rød linje { $date }
gantt-made-by = Lavet af aula-plan { $version } ud fra { $source }.

gantt-legend-open-end = Uden slutdato
gantt-legend-not-dated = Dato kendes endnu ikke
gantt-legend-dependency = Skal slutte først
gantt-legend-late = Starter før den må
gantt-legend-red-line = Rød linje
gantt-legend-done = Gennemført
gantt-legend-vague = Løs dato: kan løbe (lys), løber (fuld)
gantt-legend-cancelled = Aflyst
gantt-legend-closed = Lukkeperiode
gantt-month = { $month ->
    [1] jan
    [2] feb
    [3] mar
    [4] apr
    [5] maj
    [6] jun
    [7] jul
    [8] aug
    [9] sep
    [10] okt
    [11] nov
   *[12] dec
}
gantt-svg-title = { $title }: tidsplan
gantt-arrow = { $from } slutter, før { $to } begynder
gantt-arrow-late = { $to } begynder, før { $from } slutter
gantt-overview-title = Alle planer
gantt-overview-span = daterede aktiviteter
