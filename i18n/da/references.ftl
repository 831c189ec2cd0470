# rules/references.rs: duplicate-id, unknown-reference, repeated-reference.

unknown-reference = `{ $id }` findes ikke i denne plan
unknown-reference-label = `{ $key }` skal nævne { $kinds }
unknown-reference-help = tilføj en { $tables } med `id = "{ $id }"`, eller ret stavningen
unknown-reference-again = og brugt her
wrong-kind = `{ $id }` er { $found }, men `{ $key }` skal nævne { $kinds }
wrong-kind-label = dette er { $found }

duplicate-id = id'et `{ $id }` er brugt to gange
duplicate-id-label = brugt igen her
duplicate-id-first = først brugt her, af en { $kind }
duplicate-id-help = enheder, roller, personer, uddannelser og faser deler id'er; omdøb den ene
repeated-reference = `{ $id }` står to gange i `{ $key }`
repeated-reference-label = igen her
repeated-reference-first = først her
repeated-reference-help = fjern det, eller skriv det id, der var ment

duplicate-period = lukkeperioden `{ $id }` står to gange i kalenderen
duplicate-period-first = første gang her
duplicate-period-help = giv hver lukkeperiode i `[calendar]` sit eget id
unknown-period = `{ $id }` er ikke en lukkeperiode i planens kalender
unknown-period-label = `before` og `after` nævner en lukkeperiode ved dens id
unknown-period-help = planen angiver selv sine ferier: tilføj {"{"} id = "{ $id }", name = "…", start = …, end = … {"}"} til `closed` i `[calendar]` (datoer som "tbd", så længe de ikke kendes)
unknown-track = ingen af planens aktiviteter har sporet `{ $track }`
unknown-track-label = en enhed går i luften med et af sporene i planens aktiviteter

reading-no-such-key = en { $table } har ingen nøgle `{ $key }` at læse på to måder
reading-no-such-key-label = ikke en nøgle i `{ $id }`
two-readings = kilden angiver `{ $key }` for `{ $id }` på to måder; den anden læsning er { $value }
two-readings-label = den anden læsning
two-readings-entity = planens læsning står i denne
two-readings-source = hvor kilden siger det
two-readings-help = spørg kildens forfattere, hvilken læsning der gælder; skriv den i enheden, og fjern [[reading]]

danish-track = `{ $track }` er det danske ord for sporet `{ $known }`
danish-track-label = aula-plan kender dette spor som `{ $known }`
danish-track-help = skriv `track = "{ $known }"`: go-lives, `status`, `shift --track` og den nationale plans bølger går efter `{ $known }`
