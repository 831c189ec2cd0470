# src/report/: visningerne i `show`, `allocate`, `estimate` og `status`. Overskrifter og ord i
# cellerne er til tabellen og Markdown; JSON og CSV beholder dataenes nøgler og værdier.

report-org = Organisation
report-roles = Roller
report-people = Personer
report-trainings = Uddannelser
report-cascade = Uddannelseskaskade
report-timeline = Tidsplan
report-support = Support
report-support-for = Support for { $role }
report-allocation = Fordeling af pladser
report-estimate = Ressourceestimat (timer)
report-status = Status den { $today }
report-nothing = (intet at vise)

# Kolonneoverskrifter.
col-activity = aktivitet
col-after = efter
col-allocated = tildelt
col-declared = angivet
col-dhondt = D'Hondt
col-duration = varighed
col-end = slut
col-escalation-path = eskaleringsvej
col-exact-share = præcis andel
col-flag = bemærkning
col-from = fra
col-hours-per-phase = timer pr. fase
col-id = id
col-kind = art
col-category = opgavetype
col-part = del
col-leaders = ledere
col-listed-in = opført i
col-model-basis = modellens grundlag
col-name = navn
col-named = udpeget
col-paid-by = betales af
col-parent = hører under
col-party = part
col-person = person
col-plans-own = planens egne
col-population = antal
col-pupils = elever
col-pupils-or-leaders = elever / ledere
col-quota = kvote
col-role = rolle
col-roles = roller
col-sainte-lague = Sainte-Laguë
col-seats = pladser
col-start = start
col-state = status
col-as-written = dato som skrevet
col-status = registreret
col-done-on = gennemført den
col-step = trin
col-support = support
col-takes = deltager i
col-teaches = underviser i
col-technical-line = teknisk support
col-technical-support = teknisk support
col-tentative = foreløbig
col-this-plan = denne plan
col-to = til
col-total = i alt
col-track = spor
col-trained-by = uddannet på
col-trainees = → deltagere
col-trainer = underviser
col-training = uddannelse
col-turns-to = henvender sig til
col-unit = enhed
col-vacant = ubesatte
col-who = hvem

# Ord i cellerne.
cell-yes = ja
cell-no = nej
cell-unknown = ukendt
estimate-party = { $word ->
    [municipality] kommunen
    [schools] skolerne
    [daycare] dagtilbuddene
    [institutions] institutionerne
    [all] alle
   *[other] { $word }
}

# show timeline
timeline-week = én uge
timeline-months = { $count ->
    [one] én måned
   *[other] { $count } måneder
}
timeline-legend = ({ $unit } pr. kolonne{ $vague ->
    [yes] ; ▒ kan løbe, ◇ kan falde: datoerne er løse der
   *[no] {""}
})
timeline-legend-reversed = ({ $unit } pr. kolonne; ! slutter før den begynder{ $vague ->
    [yes] ; ▒ kan løbe, ◇ kan falde: datoerne er løse der
   *[no] {""}
})

# show org
org-lost = Ikke med i træet, fordi deres overordnede enheder går i ring: { $ids }

# show cascade
cascade-no-root = Planen angiver ingen `root`, så kaskaden har ingen top.
cascade-break = brud: { $message }
flag-trained-outside = uddannet uden for planen
flag-never-trained = aldrig uddannet
flag-shown-above = vist ovenfor
flag-roles-shown-above = { $count } roller fra dette kursus, alle vist ovenfor
flag-holders-shown-above = { $count } personer med rollen, alle vist ovenfor
flag-not-dated = mangler dato
flag-reversed = slutter før den begynder
flag-tentative = foreløbig
flag-teaches-early = underviser på { $training } før sin egen uddannelse

# show support
support-chain-loops = Kæden går i ring tilbage til { $role }: ingen over den bliver spurgt (support-gap melder det).
support-ends = Kæden ender ved rollen { $role }, som ikke har nogen `support`.
support-technical = Teknisk support: { $roles }
support-loops-to = (går i ring til { $role })
support-path-more = … (mere end { $steps } trin: `aula-plan show support PLAN --role ROLLE` viser dem alle)

# allocate
allocate-nothing = { $role }: ingen enhed under rollens enhed har `{ $key }`; intet at fordele
allocate-split = { $role }: { $given } af { $seats } fordelt på { $units } ({ $how }); enhederne angiver { $declared }
allocate-by-pupils = efter elevtal, største brøk
allocate-per-leader = én pr. pædagogisk leder
count-units = { $count ->
    [one] 1 enhed
   *[other] { $count } enheder
}

# estimate
estimate-no-model = Modellen har ingen [estimate]; angiv en plan med et estimat med --model (plans/kombit-2016.toml).
estimate-the-model = modellen
estimate-scaled = Faser: { $phases }. Skaleret fra { $source } til { $schools } og { $daycare }, lineært i grundlaget (timer × denne plans antal ÷ modellens antal; summen afrundet til hele timer og fordelt på faserne efter største brøk): en antagelse, ikke KOMBITs.
estimate-schools = { $count ->
    [one] 1 skole
   *[other] { $count } skoler
}
estimate-schools-unknown = modellens eget antal skoler (planen oplyser ikke, hvor mange den har)
estimate-daycare = { $count ->
    [one] 1 dagtilbud
   *[other] { $count } dagtilbud
}
estimate-daycare-unknown = modellens eget antal dagtilbud (planen oplyser ikke, hvor mange den har)
estimate-counts = Antallene er planens skoler (`kind = "school"`) og dagtilbud (`kind = "daycare"` eller `"childminding"`), hver med så mange, som dens `count` angiver{ $uncounted ->
    [0] {""}
    [one] ; 1 enhed har ingen `count` og tælles som én
   *[other] ; { $uncounted } enheder har ingen `count` og tælles som én hver
}; --schools N og --institutions N giver andre antal.

# status
state-done = gennemført
state-cancelled = aflyst
# Other words a Danish plan may write for a state (read as "did you mean"; never shown).
also-done = afholdt, holdt, færdig, udført, gennemført
also-cancelled = aflyst, annulleret
state-overdue = forsinket
state-running = i gang
state-possibly-running = måske i gang
state-upcoming = kommende
state-later = senere
state-undated = mangler dato
# A count and its state: a Danish adjective agrees with the count ("1 forsinket", "2 forsinkede").
status-count = { $key ->
    [done] { $count ->
        [one] 1 gennemført
       *[other] { $count } gennemførte
    }
    [cancelled] { $count ->
        [one] 1 aflyst
       *[other] { $count } aflyste
    }
    [overdue] { $count ->
        [one] 1 forsinket
       *[other] { $count } forsinkede
    }
   *[other] { $count } { $state }
}
status-activities = { $count ->
    [one] 1 aktivitet
   *[other] { $count } aktiviteter
}
status-line = { $activities }: { $counts }. Kommende: begynder inden for { $weeks } fra { $today }.
status-verdict = { $track }: { $verdict }
count-weeks = { $count ->
    [one] 1 uge
   *[other] { $count } uger
}

# overview
report-overview = Overblik
col-file = planfil
col-municipality = kommune
col-revision = version
col-date = dato
col-go-live = go-live
col-courses-done = kurser gennemført
col-courses = kurser
col-undated = mangler dato
col-errors = fejl
col-warnings = advarsler
col-follows = følger
col-waits-met = overholdt
col-waits = venter på
col-depth = niveau
col-national = national plan
overview-counted = { $municipalities ->
    [one] 1 kommune
   *[other] { $municipalities } kommuner
}{ $national ->
    [0] {""}
    [one] {" "}og 1 national plan
   *[other] {" "}og { $national } nationale planer
}
overview-behind = Begynder, før den nationale aktivitet, de venter på, slutter: { $plans }.
state-ended = forbi, ikke registreret som gennemført
state-past = forbi
state-planned = planlagt
