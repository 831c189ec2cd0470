# rules/timeline.rs: tbd-date, dependency-order, outside-period.

tbd-date = `{ $id }` mangler dato: { $which ->
    [date] datoen
    [both] start og slut
    [start] starten
   *[end] slutningen
} kendes endnu ikke (tbd)
tbd-date-label = kendes endnu ikke
tbd-date-help = sæt datoen, når den kendes; datoer, der er tbd, springes over i alle datotjek

dependency-order-same-day = `{ $id }` starter samme dag, som `{ $other }` slutter, { $day }
dependency-order = `{ $id }` starter { $starts }, før `{ $other }` slutter { $ends }
dependency-order-label = skal starte, efter `{ $other }` er slut
dependency-order-waits = venter på denne
dependency-order-ends-here = som slutter her
dependency-order-help = flyt aktiviteten til senere, eller den, den venter på, til tidligere
dependency-order-cancelled = `{ $id }` venter på `{ $other }`, som er aflyst: den venter på noget, der ikke sker
dependency-order-cancelled-label = aflyst
dependency-order-cancelled-help = fjern `{ $other }` fra `after`, lad den vente på det, der træder i stedet, eller genåbn `{ $other }`

outside-period-starts = `{ $id }` starter { $starts }, før `{ $period }` starter { $from }
outside-period-open = `{ $id }` har ingen slutdato, men `{ $period }` slutter { $last }
outside-period-ends = `{ $id }` slutter { $ends }, efter `{ $period }` slutter { $last }
outside-period-label = uden for `{ $period }`
outside-period-within = ligger inden for denne
outside-period-starts-here = som starter her
outside-period-ends-here = som slutter her
outside-period-help = flyt aktiviteten ind i `{ $period }`, eller gør `{ $period }` længere

tbd-date-tied = `{ $id }` er bundet til lukkeperioden `{ $period }`, hvis datoer planen ikke giver
tbd-date-tied-label = kendes først, når periodens datoer kendes
tbd-date-tied-help = giv `{ $period }` sin `start` og `end` i `[calendar]` closed, når de kendes; indtil da springes datoen over i alle datotjek

uncertain-order-after = `{ $id }` starter måske ({ $starts }), før `{ $other }` slutter ({ $ends })
uncertain-order-after-label = starter måske, før `{ $other }` er slut
uncertain-order-help = datoerne er løse: angiv dem, som kilden gør, når den siger mere, eller flyt `{ $id }` til efter { $last }
uncertain-order-starts = `{ $id }` starter måske ({ $starts }), før `{ $period }` starter ({ $from })
uncertain-order-ends = `{ $id }` slutter måske ({ $ends }), efter `{ $period }` slutter ({ $last })
uncertain-order-within-label = ligger måske uden for `{ $period }`
