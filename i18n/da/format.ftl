# rules/format.rs: parse-error, schema, unsupported-format (raised by the loader).

# The message after the colon is the TOML parser's description: one of the parser- messages below
# where it is one a hand edit meets, the parser's own English otherwise.
parse-error = ugyldig TOML: { $message }
parse-error-help = ret syntaksen her; intet andet i filen tjekkes, før den kan læses
parser-extra-equals = der står et `=` for meget
fix-help = skriv { $fixed }
parser-extra-comma-array = der står et komma for meget i listen
parser-extra-comma-table = der står et komma for meget i tabellen
parser-leading-zero = et tal begynder ikke med 0
parser-number = et tal er skrevet forkert (et decimaltal har cifre på begge sider af punktummet)
parser-basic-string = teksten slutter ikke med `"` på sin linje
parser-literal-string = teksten slutter ikke med `'` på sin linje
parser-multi-line = teksten over flere linjer bliver aldrig afsluttet
parser-quote = tekst skal stå i anførselstegn
parser-comma-table = der mangler et komma mellem tabellens værdier
parser-missing-value = her mangler en værdi
parser-key = en nøgle skrives med bogstaver, tal, `-` og `_`
parser-carriage-return = et linjeskift er halvt (et CR uden LF)
parser-unexpected = her står noget, der ikke hører til
parser-unclosed-array = listen bliver ikke lukket med `]`
parser-unclosed-table = tabellen bliver ikke lukket med `{"}"}`
parser-too-large = tallet er for stort
parser-date = datoen eller klokkeslættet er skrevet forkert (år-måned-dag: 2019-03-04)
defined-twice = ugyldig TOML: `{ $key }` er defineret to gange
defined-twice-label = defineret igen her
defined-twice-first = først defineret her
defined-twice-help = en nøgle defineres én gang i en tabel; fjern den ene, eller omdøb den
table-as-list = ugyldig TOML: `[{ $key }]` er én tabel, men `{ $key }` er en liste af [[{ $key }]]-poster
table-as-list-label = én tabel, med én klamme
table-as-list-help = skriv [[{ $key }]] for en post i listen
table-as-list-entry = en post i listen
list-as-table = ugyldig TOML: `[{ $key }]`, hvor `{ $key }` er en liste af [[{ $key }]]-poster
list-as-table-label = en enkelt tabel her
list-as-table-help = skriv [[{ $key }]] for endnu en post
danish-date = ugyldig TOML: `{ $written }` er en dato skrevet på dansk, som TOML ikke kan læse
danish-date-label = dag, måned, år
danish-date-help = skriv datoen som år-måned-dag: { $iso } (en uge: "{ $week }"; en måned: "{ $month }")
colon-for-equals = ugyldig TOML: `{ $key }` har `:`, men TOML skriver `=` mellem nøglen og værdien
colon-for-equals-label = `=` her, ikke `:`
colon-for-equals-help = skriv `{ $fixed }`
missing-quote = ugyldig TOML: teksten i `{ $key }` mangler sit afsluttende anførselstegn
missing-quote-label = teksten begynder med `"`, men slutter ikke med et
missing-quote-help = afslut teksten med `"` på samme linje: `{ $fixed }`
bare-word = ugyldig TOML: teksten `{ $word }` står uden anførselstegn
bare-word-label = tekst uden anførselstegn
bare-word-help = sæt teksten i anførselstegn: { $fixed } (kun tal, datoer, `true` og `false` står uden)
curly-quotes = ugyldig TOML: { $written } står i krumme anførselstegn (fra Word), som TOML ikke læser
curly-quotes-label = krumme anførselstegn
curly-quotes-help = skriv lige anførselstegn "…": { $fixed }
missing-opening-quote = ugyldig TOML: teksten i `{ $key }` mangler sit første anførselstegn
missing-opening-quote-label = teksten slutter med `"`, men begynder ikke med et
missing-opening-quote-help = begynd teksten med `"`: { $fixed }
decimal-comma = ugyldig TOML: `{ $written }` er skrevet med decimalkomma
decimal-comma-label = et tal med komma
decimal-comma-help = et antal er et helt tal, fx { $fixed } (TOML skriver decimaltal med punktum, { $point }, men planen tæller i hele tal)
date-without-zeros = ugyldig TOML: `{ $written }` mangler et 0 foran måneden eller dagen
date-without-zeros-label = måned og dag skrives med to cifre
date-without-zeros-help = skriv { $iso }
missing-comma = ugyldig TOML: der mangler et komma mellem listens værdier
missing-comma-label = komma før denne værdi
missing-comma-help = skriv et komma efter den forrige værdi: { $fixed }
missing-equals = ugyldig TOML: mellem `{ $key }` og værdien mangler `=`
missing-equals-label = `=` her
missing-equals-help = skriv { $fixed }
after-the-value = ugyldig TOML: efter værdien står `{ $rest }`
after-the-value-label = mere end én værdi på linjen
after-the-value-help = en linje har én værdi; et anførselstegn inde i en tekst skrives \" (eller skriv teksten i '…'), og en kommentar begynder med #
not-a-day = ugyldig TOML: `{ $written }` er ikke en dag i kalenderen
not-a-day-label = år-måned-dag, men ingen sådan dag
not-a-day-help = den måneds sidste dag er { $last }
not-a-month-help = måneden skrives 01 til 12
unended-text = ugyldig TOML: teksten i `{ $key }` begynder med { $quotes }, men bliver aldrig afsluttet
unended-text-label = teksten over flere linjer begynder her
unended-text-help = afslut den med { $quotes }, eller skriv den på én linje i "…"
unbalanced-header = ugyldig TOML: overskriften `{ $written }` har ikke lige mange klammer om navnet
unbalanced-header-label = [ og ] skal passe sammen
unbalanced-header-help = skriv { $fixed } (to klammer om en post i en liste, én om en tabel)
unclosed-array = ugyldig TOML: listen i `{ $key }` bliver ikke lukket med `]`
unclosed-array-label = listen begynder her
unclosed-array-help = sæt `]` efter listens sidste værdi, på linje { $line }: { $fixed }
unclosed-table = ugyldig TOML: tabellen i `{ $key }` bliver ikke lukket med `{"}"}`
unclosed-table-label = tabellen begynder her
unclosed-table-help = sæt `{"}"}` efter tabellens sidste værdi, på linje { $line }: { $fixed }
no-value = ugyldig TOML: `{ $key }` har ingen værdi efter `=`
no-value-label = her skal stå en værdi
no-value-help = skriv værdien (tekst i anførselstegn, et tal, en dato, en liste i [ ]), eller fjern linjen
not-utf8 = filen er ikke UTF-8-tekst
not-utf8-label = denne byte indleder ikke et UTF-8-tegn
not-utf8-help = gem filen som UTF-8 (de fleste editorer har det under "Gem som" eller "Kodning")
empty-file = planfilen er tom
empty-file-label = en plan skal mindst have `format` og en [plan]-tabel
empty-file-help = begynd med `format = 1` og så [plan] med `title` og `root`; se README.md

unknown-key = ukendt nøgle `{ $key }` i { $table }
unknown-key-label = ikke en nøgle i planformat 1
missing-key = nøglen `{ $key }` mangler i { $table }
missing-key-label = `{ $key }` skal stå her
missing-timing = { $table } har ingen dato
missing-timing-label = skal have `date` eller `start` og `end`
missing-timing-help = skriv `date = "tbd"` (eller `start`/`end = "tbd"`), når datoen endnu ikke kendes
half-range = `{ $present }` uden `{ $missing }`
half-range-label = `{ $missing }` mangler
half-range-help = angiv både `start` og `end` eller én `date`; skriv `{ $missing } = "tbd"`, hvis den endnu ikke kendes
date-and-range = både `date` og `start`/`end` er angivet
date-and-range-label = den ene skal væk
date-and-range-help = `date` er til en endags-begivenhed eller milepæl; `start` og `end` til en periode
wrong-type = `{ $key }` skal være { $expected }, men er { $found }
wrong-type-label = forventede { $expected }
quota-and-population = en rolle har både `quota` og `population`
quota-and-population-label = angiv den ene af dem
quota-and-population-help = `quota` tæller pladser til navngivne personer; `population` tæller en gruppe uden navngivne personer
negative = `{ $key }` skal være 0 eller mere, men er { $value }
negative-label = et antal kan ikke være negativt
not-a-word = `{ $value }` er ikke en gyldig værdi for { $what }
not-a-word-label = `{ $key }` tager en af { $words }
bad-id = `{ $value }` er ikke et gyldigt id
bad-id-label = id'er skrives med små bogstaver og bindestreg: a-z, 0-9 og `-`, og begynder med et bogstav eller et ciffer
bad-id-help = skriv `{ $id }`; visningsnavnet hører til i `name`
bad-duration = `{ $value }` er ikke en kursuslængde
bad-duration-label = skriv timer eller dage, eller et interval af dem
bad-duration-help = for eksempel "7h", "2d" eller "3-6h"
bad-colour = `{ $value }` er ikke en farve
bad-colour-label = skriv # og seks hexadecimale cifre
bad-colour-help = for eksempel "#2b6cb0"
reading-wrong-type = `value` er ikke en værdi, som `{ $key }` kan rumme
reading-wrong-type-label = skriv den anden læsning, som nøglen ville rumme den
unknown-rule = ukendt regel `{ $name }` i [lints]
unknown-rule-label = ikke en regel i aula-plan
unknown-rule-help = `aula-plan rules` viser alle regler
fixed-rule = niveauet for `{ $name }` kan ikke ændres
fixed-rule-label = en fil, der ikke kan læses, er altid en fejl
format-missing = planen siger ikke, hvilken formatversion den har
format-read-as = læst som format { $version }
format-missing-help = tilføj `format = { $version }` som første linje
format-unknown = planformat { $found } understøttes ikke
format-unknown-label = denne aula-plan læser format { $version }
format-unknown-help = brug den aula-plan-udgave, der skrev filen, eller konvertér planen til format 1
format-quoted = `format` skal være et tal
format-quoted-help = skriv `format = { $version }` uden anførselstegn

# De slags værdier og de steder, indlæsningen nævner.
value-string = en tekst
value-integer = et heltal
value-decimal = et decimaltal
value-boolean = en sandhedsværdi
value-date = en dato
value-time = et klokkeslæt
value-date-time = en dato med klokkeslæt
value-array-of-tables = en liste af tabeller
value-array = en liste
value-inline-table = en indlejret tabel
value-table = en tabel
value-array-of-strings = en liste af tekster
value-whole-number = et helt tal
value-array-of-whole-numbers = en liste af hele tal
value-true-or-false = `true` eller `false`
value-in-it = { $found } i den
the-top-level = øverste niveau
the-plan = planen
word-unit-kind = enhedens slags (`kind`)
word-split = `split`
word-paid = `paid`
word-scope = `scope`
word-phase-kind = fasens slags (`kind`)
word-status = `status`
word-holidays = `holidays`
word-lint-level = regelniveau
date-form-short = skriv en dag som 2019-01-28, en uge som "2019-W41", en måned som "2019-10" eller "tbd"
amount-range-help = skriv ét helt tal, eller et interval som [mindst, højst]: months = [3, 5]
write-each-entry = skriv hver post som [[{ $path }]]
add-plan-table = tilføj en [plan]-tabel med `title` og `root`
