# src/cli/help.rs: `--help` for alle kommandoer. `cmd-STI` er en kommandos beskrivelse (`-long` den
# lange), `arg-STI--ARG` et arguments hjælp, `arg--ARG` et arguments hjælp, der er den samme overalt,
# `val--ARG--VÆRDI` en værdis; `builtin-…` og `help-…` er clap's egne ord.

cmd = Holder styr på en kommunes implementeringsplan for Aula
cmd-long =
    Holder styr på en kommunes implementeringsplan for Aula.

    Læser en planfil (TOML, planformat 1) og melder, hvad der er galt: omvendte datoer, personer og roller, der ikke findes, kvoter, der ikke går op, undervisere, der aldrig selv bliver uddannet, supportkæder, der ikke fører nogen steder hen, og alle fejl i forhold til skemaet, hver med fil, linje og kolonne.

cmd-validate = Tjek planfiler og meld alle fund
cmd-validate-long =
    Tjek planfiler og meld alle fund

    Exit-status: 0, når ingen plan har fejl (advarsler er tilladt), 1, når en plan har fejl, 2, når en plan ikke kunne læses, eller argumenterne er forkerte.

cmd-shift = Flyt planens datoer efter en national forsinkelse, og bevar filen, som den er skrevet
cmd-shift-long =
    Flyt planens datoer efter en national forsinkelse, og bevar filen, som den er skrevet

    Flytter `date`, `start` og `end` på uddannelser og faser (aldrig planens egen dato, dens revisioner eller dens kalender). Uden --write vises ændringen som en diff og en tabel, og intet skrives. Med --write skrives planen sikkert, og flytningen registreres som en ny [[revision]].

    Exit-status: 0, når ændringen er vist eller skrevet, 1, når planen har fejl, der skal rettes først, eller skrivningen blev afvist, 2, når argumenterne er forkerte, eller filen ikke kan skrives.

cmd-reschedule = Flyt præcis det, en national forsinkelse bryder: hver aktivitet, der begynder, før det, den venter på, slutter, med det mindste skridt dens egne datoer tillader
cmd-reschedule-long =
    Flyt præcis det, en national forsinkelse bryder: hver aktivitet, der begynder, før det, den venter på, slutter, med det mindste skridt dens egne datoer tillader

    En aktivitet venter på dem i sin `after` (i denne plan, eller `plan:id` i en plan, den følger) og, for en uddannelse, på undervisernes eget kursus. En, der begynder for tidligt, flyttes senere med det mindste skridt i dens egen finhed, der lægger den efter dem alle — en dag til dagen efter (med --workdays næste arbejdsdag), en uge eller måned til den første efter — og beholder sin længde; det, der kommer efter den, følger med. Gennemførte, aflyste og fastlåste aktiviteter flyttes aldrig: en, der begynder for tidligt, meldes, og intet skrives. Uden --write vises ændringen som en diff og en tabel; med --write skrives den, og der registreres en [[revision]].

    Exit-status: 0, når ændringen er vist eller skrevet, 1, når planen eller de planer, den følger, har fejl, en aktivitet, der ikke må flyttes, begynder for tidligt, eller skrivningen blev afvist, 2, når argumenterne er forkerte, eller filen ikke kan skrives.
arg-reschedule--write = Skriv den flyttede plan, og tilføj en [[revision]], der registrerer det

cmd-diff = Vis, hvad der er ændret mellem to versioner af en plan
cmd-diff-long =
    Vis, hvad der er ændret mellem to versioner af en plan

    Hver side er en planfil eller REV:STI læst fra git (`HEAD~1:plans/x.toml`, som `git show` tager det); `aula-plan diff PLAN --since REV` sammenligner PLAN, som den var ved REV, med PLAN nu. Enheder og aktiviteter sammenlignes på id; fund på regel, enhed og nøgle.

    Exit-status: 0, eller 1 med --exit-code, når versionerne er forskellige, og med --fail-on-new-errors, når den nyere har nye fejl; 2, når en version ikke kan læses.

cmd-show = Vis planen på én måde som en tabel (eller JSON, eller CSV til Excel)

cmd-show-org = Organisationstræet med elever, ledere og pladser pr. enhed

cmd-show-roles = Hver rolle: enhed, kvote eller antal, udpegede, foreløbige og ubesatte pladser, support

cmd-show-people = Hver person: enhed, roller, foreløbig, de uddannelser, personen deltager i og underviser på

cmd-show-training = Hver uddannelse: underviser → deltagere, pladser, varighed, datoer, hvem der betaler

cmd-show-cascade = Train-the-trainer-kæden som et træ fra roden, med hvor den brydes

cmd-show-timeline = Alle aktiviteter i datoorden og et Gantt-diagram i tekst, tilpasset bredden

cmd-show-support = Eskaleringsveje: hvem hver rolle henvender sig til, op til leverandøren, og den tekniske support

cmd-allocate = Fordel kvoter på enheder: efter elevtal (største brøk, med D'Hondt og Sainte-Laguë ved siden af) eller én plads pr. pædagogisk leder; --write skriver resultatet i `seats`

cmd-status = Hvor hver aktivitet står i dag: gennemført, aflyst, forsinket, i gang, kommende, senere eller uden dato, pr. spor — projektgruppens ugemøde

cmd-estimate = KOMBITs ressourceestimat, skaleret til planens skoler og dagtilbud

cmd-overview = Mange kommunale planer, en række hver: revision, go-lives, udpegede pladser, gennemførte kurser, fund og de nationale aktiviteter, hver plan venter på
cmd-overview-long =
    Mange kommunale planer, en række hver: revision, go-lives, udpegede pladser, gennemførte kurser, fund og de nationale aktiviteter, hver plan venter på

    Én række pr. plan: kommune, revision og dato, go-live for hvert spor, hvor mange af kvoternes pladser der er udpeget, kaskadens gennemførte kurser, aktiviteter uden dato, fejl og advarsler, de planer, den følger, og hvor mange af de nationale aktiviteter, den venter på, den overholder. Planerne læses parallelt, som `validate` læser dem. `--format html` laver en side med tabellen og et Gantt-diagram med en bane pr. plan.
arg-overview--format = Hvordan overblikket skrives
val-overview--format--html = En side med tabellen og et Gantt-diagram med en bane pr. plan, der ikke kræver netværk

cmd-gantt = Tegn tidsplanen som et Gantt-diagram, i SVG eller som en HTML-side
cmd-gantt-long =
    Tegn tidsplanen som et Gantt-diagram, i SVG eller som en HTML-side

    En bane pr. spor og en række pr. uddannelse og fase, farvet efter art (uddannelse, opsætning, forældre og elever; en go-live er en rombe), pile for `after`, en akse med måneder og uger, den røde linje fra den seneste flytning, åbne slutninger, der toner ud, og en kolonne for det, der endnu mangler dato.

cmd-report = Styregruppens rapport: hvor planen står, på én side til udskrift eller mail
cmd-report-long =
    Styregruppens rapport: hvor planen står, på én side til udskrift eller mail

    Et hoved med planens version, dagen og den seneste forsinkelse; en linje pr. spor med go-live, hvor mange aktiviteter der er gennemført, i gang, forsinkede, kommende og uden dato, og en vurdering; det, der er forsinket, og det, der kommer, ved navn, med undervisere og ansvarlige; pladserne i hver kvote; fundene talt pr. regel, hver fejl i en sætning; hvad der er ændret siden en tidligere version (--since); og Gantt-diagrammet. HTML lavet til A4 ved udskrift, eller Markdown.

arg-report--since = En tidligere version at fortælle ændringerne siden: en git-revision (HEAD~1) eller en fil
arg-report--output = Skriv rapporten til FIL (FIL.html, eller FIL.md for Markdown); uden det, eller med -, går den til standard output
arg-report--format = html eller markdown [standard: ud fra uddatafilens endelse, ellers html]
arg-report--force = Skriv over FIL, også når den er en plan (aldrig over en plan, kommandoen læser)
arg-report--today = Den dag, rapporten står på (2019-09-01) [standard: i dag, eller AULA_PLAN_TODAY]

cmd-export = Eksportér planen: en kalender (ICS), én CSV med alle enheder og aktiviteter, et Markdown-dokument eller JSON

cmd-init = Start en ny plan: et par spørgsmål (eller flag), derefter en kommenteret plan, der består tjekket
cmd-init-long =
    Start en ny plan: et par spørgsmål (eller flag), derefter en kommenteret plan, der består tjekket

    Spørger om kommunen, dens skoler og deres elevtal, dens dagtilbud og deres pædagogiske ledere, hvilke af leverandørens kurser der købes, og datoen for det første kursus; resten kommer fra den nationale skabelon, med `tbd`, hvor intet kendes endnu. Spørger kun ved en terminal; med --no-input (eller uden terminal) bruges flagene i stedet. Skriver planformatets skema ved siden af planen, til editorer, medmindre det allerede er der.

cmd-schema = Skriv planformatets JSON-skema, til editorer, der udfylder nøgler (taplo, Even Better TOML)

cmd-completions = Skriv et script til fuldførelse af kommandoer i en skal (bash, zsh, fish eller powershell)
cmd-completions-long =
    Skriv et script til fuldførelse af kommandoer i en skal (bash, zsh, fish eller powershell)

    Til bash: `aula-plan completions bash > ~/.local/share/bash-completion/completions/aula-plan`

cmd-man = Skriv manualsiden (roff), eller skriv en side for hver kommando i en mappe

cmd-lsp = Betjen editoren: en sprogserver på standard ind og ud (fund mens du skriver, info ved musen, gå til et id, fuldførelse, omdøbning, kodehandlinger)

cmd-rules = Vis alle regler med deres standardniveau

cmd-explain = Forklar en regel: hvad den finder, hvorfor det betyder noget, et dårligt og et rettet eksempel

# Argumenter.
arg--admins = Kommunale administratorer og pladser til dem på leverandørens kursus [standard: 2]
arg--again = Lav flytningen, selv om planens seneste version registrerede præcis den samme
arg--allow = Meld ikke REGEL; `--allow warnings` skjuler alle advarsler
arg--allow_new_errors = Skriv den rettede plan, selv om den har fejl, planen ikke havde
arg--audience = Kun de uddannelser og faser, der vedrører PERSON eller ROLLE: hvad de underviser på, deltager i eller har ansvar for (kun kalendere)
arg--base = Den mappe, SARIF's fil-URI'er er relative til [standard: arbejdsmappen]
arg--color = Hvornår uddata skal have farver
arg--daycare = Et dagtilbud og dets pædagogiske ledere (gentag for hvert)
arg-estimate--daycare = Skalér til N dagtilbud [standard: planens eget antal, når den giver det med `count` eller ved at opregne hvert dagtilbud med dets `leaders`]
arg--days = Flyt N dage
arg--deny = Meld REGEL som en fejl; `--deny warnings` gør alle advarsler til fejl
arg--dir = Skriv aula-plan.1 og aula-plan-KOMMANDO.1 i MAPPE
arg--end_only = Flyt kun slutningerne: en periode forlænges i stedet for at blive udskudt (med --from: det, der slutter på eller efter den røde linje)
arg--exit_code = Afslut med status 1, når versionerne er forskellige, 0, når de ikke er (som `git diff --exit-code`)
arg--fail_on_new_errors = Afslut med status 1, når den nyere version har fejl, den ældre ikke havde
arg--file = Den planfil, der skal laves
arg--first_course = Datoen for administratorernes kursus (2027-01-11, 2027-W02 eller 2027-01) [standard: tbd]
arg--force = Erstat FIL, hvis den findes
arg--follow_outside = Lad `[follows]` nævne filer uden for planens repository (eller, uden for et repository, dens mappe) og absolutte stier
arg-gantt--force = Skriv over FIL, også når den er en plan (aldrig over en plan, kommandoen læser)
arg-export--force = Skriv over FIL, også når den er en plan (aldrig over en plan, kommandoen læser)
arg-overview--force = Skriv over FIL, også når den er en plan (aldrig over en plan, kommandoen læser)
arg--show_ids = Vis id’erne ved siden af navnene: dem, der skrives i `done`, `move`, `assign` og `--only`
arg--format = Hvordan visningen skrives
arg-validate--format = Hvordan fundene skrives
arg-diff--format = Hvordan forskellene skrives
arg-gantt--format = svg eller html [standard: ud fra uddatafilens endelse]
arg-rules--format = Hvordan listen skrives
arg--from = Den røde linje: flyt kun aktiviteter, der begynder på eller efter DATO (2019-05-01, 2019-W18 eller 2019-05)
arg--lang = Sproget i beskeder og rapporter (uden det: dansk, når systemets sprog er dansk, ellers engelsk)
arg--model = Den plan, hvis [estimate] er modellen [standard: PLAN selv]
arg--months = Flyt N kalendermåneder; et negativt N flytter tidligere
arg--municipality = Kommunen (skal angives, når der ikke spørges)
arg--new = Den nyere version: en planfil eller REV:STI fra git
arg--no_daycare_course = Køb ikke leverandørens kursus for dagtilbuddenes superbrugere: administratorerne uddanner dem
arg--no_input = Spørg ikke om noget: brug flagene og den nationale skabelon til resten
arg--no_red_line = Tegn ingen rød linje
arg--no_schema = Skriv ikke skemafilen ved siden af planen (og ikke planens `#:schema`-linje)
arg--no_school_course = Køb ikke leverandørens kursus for skolernes superbrugere: administratorerne uddanner dem
arg--old = Den ældre version: en planfil eller REV:STI fra git
arg--only = Flyt kun uddannelsen eller fasen ID (gentag for flere)
arg--output = Skriv det til FIL i stedet for standard output
arg-gantt--output = Skriv diagrammet til FIL (FIL.svg eller FIL.html); uden det, eller med -, går SVG til standard output
arg-export--output = Skriv til FIL i stedet for standard output
arg--plan = Planfilen; - læser standard input
arg-shift--plan = Planfilen
arg--plan_revision = Planens nye version, i `[plan] revision` og den nye [[revision]] [standard: planens revision talt én op, 2.1 → 2.2]
arg--plans = Planfiler; en mappe betyder alle *.toml-filer i den; - læser standard input
arg--reason = Hvorfor planen blev flyttet, registreret som den nye versions note
arg--red_line = Tegn den røde linje ved DATO (2019-05-01, 2019-W18 eller 2019-05) [standard: skæringsdatoen for den seneste flytning, planen har registreret]
arg--revision_date = Den dato, der registreres for den nye version [standard: i dag, eller AULA_PLAN_TODAY]
arg--role = Kun denne rolle (standard: alle roller med `split`)
arg-show-support--role = Vis én rolles vej, en række pr. trin
arg--rule = Reglens navn, som `aula-plan rules` viser det
arg--school_superusers = Superbrugere på skolerne, fordelt på skolerne efter elevtal [standard: én pr. skole]
arg--schools = En skole og dens elevtal (gentag for hver skole)
arg-estimate--schools = Skalér til N skoler [standard: planens eget antal, når den giver det med `count` eller ved at opregne hver skole med dens `pupils`]
arg--shell = Shellen
arg--since = Sammenlign GAMMEL, som den var ved git-revisionen REV, med GAMMEL, som den er nu
arg--to = Hvad der skal eksporteres
arg--today = Markér DAG som i dag, hvor diagrammet når den [standard: i dag, eller AULA_PLAN_TODAY]
arg-status--today = Den dag, der ses fra (2019-05-01) [standard: i dag, eller AULA_PLAN_TODAY]
arg--tracks = Flyt kun aktiviteter på sporet T (gentag for flere)
arg--warn = Meld REGEL som en advarsel
arg--weeks = Hvor mange uger frem der tæller som kommende
arg-shift--weeks = Flyt N uger, eller et interval N..M
arg--workdays = Flyt en flyttet dag, der falder på en weekend, en helligdag eller i en lukkeperiode, videre til næste arbejdsdag
arg--write = Skriv de tildelte pladser i enhedernes `seats`, og bevar resten af filen, som den er
arg-shift--write = Skriv den flyttede plan, og tilføj en [[revision]], der registrerer flytningen
arg--yes = Skriv uden at spørge (aula-plan spørger kun ved en terminal)

# Værdier.
val--color--auto = Farver ved en terminal, medmindre `NO_COLOR` er sat
val--format--concise = Én linje pr. fund: `fil:linje:kolonne: alvor[regel] besked`
val--format--csv = Kommasepareret, UTF-8
val--format--csv-excel = Semikolonsepareret med byte order mark, som Excel sat op til dansk åbner det
val--format--github = Annotationer til GitHub Actions (`::error` file=…,line=…)
val-gantt--format--html = En side med diagrammet og en tabel over aktiviteterne, der ikke kræver netværk
val--format--html = En side med tabellen, der ikke kræver netværk (for `status`: med en linje pr. spor)
val-report--format--html = Én side, der ikke kræver netværk, til skærmen og til udskrift på A4
val-report--format--markdown = Det samme i Markdown, til en intranetside eller en pull request
val--format--human = Uddrag af kilden med en markør under hvert fund, som rustc
val--format--json = Ét JSON-dokument: titel, rækker, noter
val-validate--format--json = Ét JSON-dokument med alle fund og en opsummering
val-diff--format--json = Ét JSON-dokument
val-rules--format--json = Ét JSON-dokument
val--format--markdown = En overskrift og en Markdown-tabel, til intranettet eller en pull request
val-diff--format--markdown = Markdown-tabeller til en pull request eller intranettet
val--format--sarif = SARIF 2.1.0, til code scanning
val--format--svg = Et SVG-billede
val--format--table = En tabel tilpasset terminalen
val-diff--format--table = En tabel for hver slags enhed, tilpasset terminalen
val--lang--da = Dansk
val--lang--en = English
val--to--csv = Alle enheder og aktiviteter som rækker i én CSV-tabel, kommasepareret, UTF-8
val--to--csv-excel = Det samme, semikolonsepareret med byte order mark, som Excel sat op til dansk åbner det
val--to--ics = En kalender (RFC 5545): en heldagsbegivenhed pr. dateret uddannelse og fase; importeres den igen efter en flytning, opdateres begivenhederne
val--to--json = Hele planen med filens egne nøgler og dens fund
val--to--markdown = Et dokument til intranettet: planens tabeller og dens fund
val--to--xlsx = En Excel-projektmappe: et ark for hver slags post og et med fundene, overskrifter på læserens sprog, tal som tal og dage som datoer
val--format--xlsx = En Excel-projektmappe med tabellen på et ark (angiv -o FIL.xlsx)

# clap's egne flag og ord.
builtin-help-more = Vis hjælp (mere med '--help')
builtin-help-summary = Vis hjælp (et resumé med '-h')
builtin-help = Vis hjælp
builtin-version = Vis version
builtin-help-command = Vis denne besked eller hjælpen til de angivne kommandoer
builtin-help-subcommands = Vis hjælp til kommandoerne
help-heading-usage = Brug
help-heading-arguments = Argumenter
help-heading-options = Tilvalg
help-heading-commands = Kommandoer
help-value-command = KOMMANDO
help-value-options = [TILVALG]
help-possible-values = mulige værdier
help-possible-values-heading = Mulige værdier
help-default = standard
help-env = miljøvariabel

# Pladsholdere for værdier (`--from <DATO>`).
placeholder-date = DATO
placeholder-day = DAG
placeholder-dir = MAPPE
placeholder-file = FIL
placeholder-lang = SPROG
placeholder-name = NAVN
placeholder-name-leaders = NAVN=LEDERE
placeholder-name-pupils = NAVN=ELEVER
placeholder-new = NY
placeholder-old = GAMMEL
placeholder-person-role = PERSON|ROLLE
placeholder-rev-file = REV|FIL
placeholder-path = STI
placeholder-name-first--last = NAVN=FØRSTE..SIDSTE
placeholder-id-key = ID.NØGLE
placeholder-value = VÆRDI
placeholder-role = ROLLE
placeholder-rule = REGEL
placeholder-text = TEKST
placeholder-when = HVORNÅR

# The progress commands.
cmd-done = Registrér aktiviteter som gennemført (`status = "done"`); kun den værdi ændres i filen
cmd-cancel = Registrér aktiviteter som aflyst (`status = "cancelled"`), med grunden som kommentar
cmd-reopen = Sæt gennemførte eller aflyste aktiviteter tilbage til planlagt
cmd-pin = Fastlås aktiviteters datoer (`pinned = true`): `shift` lader dem stå
cmd-unpin = Lad `shift` flytte fastlåste aktiviteter igen (`pinned = false`)
cmd-move = Flyt én aktivitet hel, så den beholder sin længde i arbejdsdage, uger eller måneder; afvises, hvis det bryder med det, der venter på den, medmindre --with-dependents. En lukkeperiode i kalenderen flyttes med hver dato, der er bundet til den
cmd-assign = Giv en person en plads i en rolle (og bekræft en foreløbig person); afvises, når rollen er fuldt besat
cmd-unassign = Tag en rolle fra en person
cmd-set = Sæt én værdi, formatet kender: ID.NØGLE VÆRDI (`nc-school-admin.seats 3`), typet efter formatets nøglespecifikation
arg--ids = Uddannelserne eller faserne, ved id
arg--dry_run = Vis ændringen som en diff, og skriv intet
arg--revision = Tilføj også en [[revision]], der registrerer ændringen (ikke som standard: en ugentlig markering er ikke en ny planversion)
arg-done--on = Den dag, den blev gennemført, skrevet som `done_on` (uden den skrives ingen dag); en dag før aktiviteten begynder, eller efter i dag, afvises
arg-done--force = Registrér den som gennemført, også på en dag efter i dag (--on)
arg-cancel--reason = Hvorfor, skrevet som en kommentar efter status
arg-move--id = Den uddannelse, fase eller lukkeperiode, der skal flyttes
arg-move--to = Dens nye start: en dag, en uge (2019-W41) eller en måned (2019-10), som starten er skrevet
arg-move--months = Flyt den N måneder
arg-move--weeks = Flyt den N uger
arg-move--days = Flyt den N dage
arg-move--with_dependents = Flyt også det, der så begynder før det, det venter på, hver med det mindste skridt dens datoer tillader, som `reschedule` gør
arg-move--force = Flyt den, også når den (eller, for en lukkeperiode, en aktivitet bundet til den) er gennemført eller fastlåst
arg-assign--role = Rollen
arg-unassign--role = Rollen
arg--person = Personen, ved id
arg-set--target = Enhedens id og nøglen med et punktum imellem: nc-school-admin.seats (plan.NØGLE for [plan])
arg-set--value = Værdien, som nøglens type vil have den: 3, true, 2019-05-16, 2019-W41, en tekst
arg-done--plan = Planfilen
arg-cancel--plan = Planfilen
arg-reopen--plan = Planfilen
arg-pin--plan = Planfilen
arg-unpin--plan = Planfilen
arg-move--plan = Planfilen
arg-assign--plan = Planfilen
arg-unassign--plan = Planfilen
arg-set--plan = Planfilen
arg-init--holidays = En af kommunens skoleferier og dens første og sidste dag, fx "Efterårsferie 2027=2027-10-16..2027-10-24" (eller NAVN=tbd; gentag for hver): datoer kan bindes til den
arg-init--follows = KOMBITs nationale plan: skrives som `[follows] kombit = "…"` (en sti fra den nye plans mappe), så `validate` og `reschedule` tjekker mod den
arg-shift--months = Flyt N kalendermåneder, eller et interval N..M (en forsinkelse "på 3–5 måneder" er 3..5: hver dato bliver tidsrummet fra dens tidligste dag flyttet 3 til dens seneste flyttet 5); et negativt N flytter tidligere
arg-shift--days = Flyt N dage, eller et interval N..M
arg--categories = Vis kun aktiviteterne af denne opgavetype, ved id'et på dens [[category]] (gentag for flere)
arg--parts = Vis kun aktiviteterne i denne del af planen, ved id'et på dens [[part]] (gentag for flere)
