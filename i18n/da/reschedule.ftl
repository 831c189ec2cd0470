# reschedule.rs og cli/shift.rs: flyt det, de fulgte planer og planens egen rækkefølge kræver.

reschedule-why = `{ $other }` slutter { $day }
reschedule-moved = `{ $id }` flyttes: den skal begynde efter, at { $why }
reschedule-conflict = `{ $id }` begynder, før { $why }, men er { $kept }: den flyttes ikke
reschedule-kept-done = gennemført
reschedule-kept-cancelled = aflyst
reschedule-kept-pinned = fastlåst
reschedule-kept-tied = bundet til en lukkeperiode
reschedule-summary = { $dates ->
    [one] 1 dato
   *[other] { $dates } datoer
} i { $activities ->
    [one] 1 aktivitet
   *[other] { $activities } aktiviteter
}, hver med det mindste skridt, dens egne datoer tillader
reschedule-nothing = Intet at flytte: alle aktiviteter begynder, efter at det, de venter på, er slut. Intet skrevet.
reschedule-conflicts = { $count ->
    [one] 1 aktivitet, der ikke må flyttes, begynder
   *[other] { $count } aktiviteter, der ikke må flyttes, begynder
} for tidligt; intet skrevet. Flyt dem i hånden (eller ret deres `status` eller `pinned`), og kør så reschedule igen.
reschedule-followed-errors = de planer, { $path } følger, har problemer (ovenfor): deres datoer kan ikke stoles på. Intet skrevet.
reschedule-diff-label = { $name } (flyttet efter de fulgte planer)
reschedule-question = Skriv { $path } og registrér flytningen som en ny version?
reschedule-note = Flyttet efter de planer, den følger (aula-plan reschedule)
