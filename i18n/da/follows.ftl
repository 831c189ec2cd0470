# rules/follows.rs: followed-plan samt unknown-reference og dependency-order på tværs af planer.

followed-unreadable = den fulgte plan `{ $name }` ({ $path }) kan ikke læses: { $why }
followed-unreadable-label = denne fil
followed-unreadable-help = ret stien (den læses fra denne plans mappe), eller ret filen
followed-errors = den fulgte plan `{ $name }` har { $errors }
followed-errors-label = datoer herfra kan være forkerte
followed-errors-help = `aula-plan validate { $path }` viser dem
followed-loop = at følge `{ $name }` fører tilbage i ring: { $chain }
followed-loop-label = følger tilbage
followed-loop-help = en national plan følger ikke de kommunale planer, der følger den: fjern den `[follows]`, der lukker ringen
follows-unknown-plan = `{ $name }` er ikke en plan, denne plan følger
follows-unknown-plan-label = ingen `[follows]` har dette navn
follows-unknown-plan-help = tilføj `{ $name } = "STI"` i `[follows]`, eller ret navnet før `:`
follows-unknown-activity = `{ $id }` er ikke en uddannelse eller fase i den fulgte plan `{ $name }` ({ $path })
follows-unknown-activity-label = findes ikke i den fulgte plan
follows-order-help = flyt aktiviteten, så den begynder efter den nationale slutter, eller spørg, hvorfor `{ $name }` er flyttet
followed-outside = den ligger uden for planens repository (eller, uden for et repository, dens mappe); aula-plan læser den kun med --follow-outside
followed-directory = det er en mappe
followed-not-a-file = det er ikke en almindelig fil (en enhed, et rør eller en sokkel)
followed-too-large = den er større end { $limit } MB ({ $var }=N tillader N MB)
followed-not-a-plan = den kan ikke læses som en plan
followed-link-loop = den fører gennem flere links, end systemet følger (links i ring?)

other-region = `{ $id }` venter på `{ $other }`, som gælder { $theirs }, men planen hører til { $own }
other-region-label = bølgen for { $theirs }
other-region-own = planens region
other-region-help = { $own }s er { $ids }
