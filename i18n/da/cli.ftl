# src/cli/: hvad kommandolinjen selv siger — afvisninger, hvad den skrev, spørgsmål.

cli-write-needs-file = --write skal have en planfil, ikke standard input
cli-nothing-written = Intet skrevet.
cli-output-was-read = { $path } er en plan, som kommandoen læser; den bliver ikke overskrevet (angiv en anden fil at skrive til)
cli-output-is-a-plan = { $path } er en planfil; angiv en anden fil at skrive til, eller --force for at overskrive den
cli-rules-list = ; `aula-plan rules` viser reglerne
cli-does-not-read = { $path } kan ikke læses som en plan
cli-cannot-compare = kan ikke sammenligne: { $path } kan ikke læses som en plan
cli-has-errors = { $path } har { $errors } (`aula-plan validate { $path }` viser dem); { $doing ->
    [exports] eksporterer
   *[shows] viser
} det, der kunne læses
cli-give-newer = angiv den nyere version, eller --since REV
cli-cannot-write-findings = kan ikke skrive fundene

# gantt og export
cli-format-unknown = kan ikke se formatet ud fra `.{ $ext }`; kald filen .svg eller .html, eller angiv --format
cli-workbook-is-a-file = en projektmappe er en fil, ikke tekst; angiv -o FIL.xlsx
cli-chart-is-picture = diagrammet er et billede, ikke tekst; angiv -o FIL.svg eller -o FIL.html, eller send uddata til en fil
cli-wrote-chart = Skrev { $path }: { $summary }.
cli-source-date-epoch = SOURCE_DATE_EPOCH skal være sekunder siden 1970, ikke `{ $value }`
cli-for-needs-ics = --for vælger begivenhederne i en kalender; brug den med --to ics
cli-not-in-calendar = { $count ->
    [one] 1 aktivitet er
   *[other] { $count } aktiviteter er
} ikke med i kalenderen: { $list }
cli-events = { $count ->
    [one] 1 begivenhed
   *[other] { $count } begivenheder
}
cli-wrote = Skrev { $path }.
cli-wrote-with = Skrev { $path } ({ $what }).

# allocate
cli-allocate-load-errors = { $path } har { $errors }, som indlæsningen mødte (`aula-plan validate { $path }` viser dem); pladser skrives ikke i en plan, der ikke kan læses hel. Intet skrevet.
cli-allocate-nothing = Alle enheder angiver allerede de pladser, de er tildelt. Intet skrevet.
cli-allocate-label = { $path } (fordelt)
cli-allocate-question = Skriv pladserne i { $path }?
cli-allocate-wrote = Skrev de tildelte pladser i { $path }.

# shift
cli-shift-unreadable = { $path } kan ikke læses som en plan; ret { $count ->
    [one] fejlen
   *[other] fejlene
} ovenfor, og flyt så. Intet skrevet.
cli-shift-give-step = angiv --months, --weeks eller --days
cli-shift-named-revision-date = version { $revision } af { $date }
cli-shift-named-revision = version { $revision }
cli-shift-named-date = versionen af { $date }
cli-shift-named-last = den seneste version
cli-shift-repeated = { $named } ({ $path }:{ $line }) har allerede registreret præcis denne flytning; den laves ikke to gange (--again laver den én gang til). Intet skrevet.
cli-shift-nothing = Intet at flytte: ingen valgt aktivitet har en kendt dato, som flytningen ændrer. Intet skrevet.
cli-shift-revision-not-number = planens version `{ $revision }` er ikke et tal, der kan tælles op; --plan-revision X angiver den næste
cli-shift-new-errors = den flyttede plan har { $count ->
    [one] 1 ny fejl
   *[other] { $count } nye fejl
}, den ikke havde før; intet skrevet (--allow-new-errors skriver den alligevel)

# explain
cli-explain-heading = { $rule } ({ $level } som standard)

# init, schema, man
cli-init-exists = { $path } findes; --force erstatter den
cli-init-no-answer = intet svar
cli-init-give-municipality = angiv --municipality NAVN (der spørges ikke med --no-input eller uden en terminal)
cli-cannot-make-folder = kan ikke oprette mappen { $path }
cli-cannot-write = kan ikke skrive { $path }
cli-init-wrote = Skrev { $path }: { $schools } og { $daycare }; `aula-plan validate` finder { $errors } og { $warnings } (mest det, der endnu mangler dato).
cli-init-schools = { $count ->
    [one] 1 skole
   *[other] { $count } skoler
}
cli-init-daycare = { $count ->
    [one] 1 dagtilbud
   *[other] { $count } dagtilbud
}
cli-init-wrote-schema = Skrev { $path }, skemaet som editorer læser via planens `#:schema`-linje.
cli-schema-wrote = Skrev { $path }. En plan peger på det med en første linje `#:schema STI`, STI set fra planens mappe.
cli-man-wrote = Skrev { $count } manualsider i { $path }.

# init's spørgsmål
ask-municipality = Kommune
ask-school = Skole { $n } (tom, når du er færdig)
ask-pupils = Elever på { $name }
ask-daycare = Dagtilbud { $n } (tom, når du er færdig)
ask-leaders = Pædagogiske ledere i { $name }
ask-admins = Kommunale administratorer
ask-school-superusers = Superbrugere på skolerne, fordelt efter elevtal
ask-school-course = Køb leverandørens kursus for skolernes superbrugere?
ask-daycare-course = Køb leverandørens kursus for dagtilbuddenes superbrugere?
ask-first-course = Dato for administratorernes kursus (2027-01-11, 2027-W02, 2027-01 eller tbd)
ask-not-a-date = en dag, en ISO-uge, en måned eller tbd

# Værdierne til flag.
cli-expected-date = forventede en dato: en dag (2019-05-01), en ISO-uge (2019-W18), en måned (2019-05) eller en løsere form (efterår 2019)
cli-expected-amount = forventede et helt tal (4) eller et interval (3..5)
cli-expected-day-iso = skriv dagen som år-måned-dag: { $iso }
cli-expected-day-not-week = det er en uge, ikke en dag: skriv en dag, fx ugens mandag { $iso }
cli-expected-whole = forventede et helt antal, fx 2 eller -1
cli-expected-count = forventede et helt antal uger, 0 eller flere
cli-expected-at-least-one = forventede et helt tal, 1 eller flere
cli-expected-day = forventede en dag, fx 2020-03-01

# clap's fejl om argumenterne (på dansk; engelsk er clap's egne).
clap-error = fejl
clap-conflict = argumentet '{ $arg }' kan ikke bruges sammen med { $other }
clap-conflict-many = argumentet '{ $arg }' kan ikke bruges sammen med:
clap-conflict-others = et eller flere af de andre angivne argumenter
clap-repeated = argumentet '{ $arg }' kan kun angives én gang
clap-no-value = '{ $arg }' skal have en værdi, men fik ingen
clap-invalid-value = ugyldig værdi '{ $value }' til '{ $arg }'
clap-possible-values = mulige værdier
clap-unknown-command = ukendt kommando '{ $command }'
clap-missing = disse påkrævede argumenter mangler:
clap-missing-command = '{ $command }' skal have en kommando, men fik ingen
clap-commands = kommandoer
clap-too-many = uventet værdi '{ $value }' til '{ $arg }'; der skulle ikke være flere
clap-unknown-argument = uventet argument '{ $arg }'
clap-did-you-mean = tip: der findes { $what ->
    [subcommand] en lignende kommando
    [argument] et lignende argument
   *[value] en lignende værdi
}: '{ $word }'
clap-more = Se mere med '{ $flag }'.
ask-yes-no = svar j eller n
estimate-no-counts = { $plan } siger ikke, hvor mange skoler og dagtilbud kommunen har, så KOMBITs estimat kan ikke skaleres til den: angiv { $flags }. (En plan siger det med `count` på sine enheder, eller ved at opregne hver skole med dens `pupils` og hvert dagtilbud med dets `leaders`.)
cli-record-unreadable = { $path } har { $count ->
    [one] 1 fejl
   *[other] { $count } fejl
}, der forhindrer den i at blive læst hel; ret dem først, så ændringen lander på hele planen; intet skrevet
cli-record-nothing = Intet at ændre: planen siger det allerede.
cli-record-label = { $path } (rettet)
cli-record-new-errors = ændringen ville give planen { $count ->
    [one] 1 ny fejl
   *[other] { $count } nye fejl
}; intet skrevet (--allow-new-errors skriver den alligevel)
cli-record-consequences = Beslutningen registreres alligevel: fundene ovenfor er det, den efterlader at gøre (genåbn kurset, eller planlæg et andet for dets deltagere).
cli-record-would = Ville skrive: { $changes }. Intet skrevet (--dry-run).
cli-record-question = Skriv disse ændringer til { $path }?
cli-record-wrote = Skrev { $path }: { $changes }.
cli-record-not-written = { $path } ville ikke kunne læses som en plan med den værdi; intet skrevet
cli-followed-left-out = den fulgte plan `{ $name }` ({ $path }) kan ikke læses: { $why }; dens aktiviteter er udeladt her
cli-parse-error-fixed = `parse-error` er altid en fejl: en plan, der ikke kan læses, kan ikke tillades eller gøres til en advarsel
cli-move-breaks = flytningen ville lade { $ids } begynde, før det, { $count ->
    [one] den
   *[other] de
} venter på, er slut; intet skrevet. Flyt { $count ->
    [one] den
   *[other] dem
} med --with-dependents, eller vælg en anden dato.
cli-move-breaks-held = flytningen ville lade { $ids } begynde, før det, { $count ->
    [one] den
   *[other] de
} venter på, er slut; intet skrevet.
cli-move-held = `{ $id }` er { $why ->
    [pinned] fastlåst og flyttes ikke med --with-dependents: lås den op først (`aula-plan unpin PLAN { $id }`)
   *[done] gennemført og flyttes ikke med --with-dependents: genåbn den først (`aula-plan reopen PLAN { $id }`), hvis den ikke blev holdt
}, eller vælg en anden dato
cli-record-new-findings = Den rettede plan har { $count ->
    [one] 1 nyt fund
   *[other] { $count } nye fund
}, den ikke havde før:
cli-init-follows-missing = { $path } er ikke en fil: angiv stien til KOMBITs nationale plan (plans/kombit-2016.toml)
ask-follows = KOMBITs nationale plan, så planen kan vente på dens bølger (en sti; tom for ingen)
ask-not-a-count = et tal, fx 250
ask-holiday = Skoleferie { $n }, fx Efterårsferie 2027 (tom, når du er færdig)
ask-holiday-start = Første dag i { $name } (2027-10-16 eller tbd)
ask-holiday-end = Sidste dag i { $name } (2027-10-24 eller tbd)
ask-holiday-reversed = den sidste dag ligger før den første: giv den igen
ask-not-a-day = en dag (2027-10-16) eller tbd
