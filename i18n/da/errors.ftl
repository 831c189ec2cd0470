# Bibliotekets fejl: hvorfor en kommando ikke kunne gøre sit arbejde (exit-status 2). Den
# årsag, et systemkald giver (`{ $cause }`), er styresystemets egne ord.

# ` (mente du `x`?)` efter en besked på én linje.
error-did-you-mean = { " " }(mente du `{ $word }`?)
error-known = ; { $intro } { $list }
error-known-tracks = sporene er

io-not-found = filen findes ikke
io-no-access = den må ikke læses
io-directory = det er en mappe
error-read = kan ikke læse { $path }: { $cause }
error-empty-directory = { $path }: ingen *.toml-filer i denne mappe
error-directory = { $path } er en mappe; angiv en planfil
error-not-a-file = { $path } er ikke en almindelig fil (en enhed, et rør eller en sokkel); angiv en planfil
error-too-large = { $path } er større end { $limit } MB, mere end nogen plan; { $var }=N tillader N MB

error-read-only-file = { $path } er skrivebeskyttet; intet skrevet
error-read-only-folder = mappen { $path } er skrivebeskyttet; intet skrevet
error-changed = { $path } er ændret, siden aula-plan læste den; intet skrevet (kør kommandoen igen)
error-not-yours = du må ikke skrive i { $path } (ejer og rettigheder siger nej); intet skrevet
error-locked = et andet program skriver i { $path } og har låst den; intet skrevet (prøv igen)
error-lock-not-a-file = { $path } er et link eller noget andet end en låsefil, så aula-plan bruger den ikke; intet skrevet (slet den, hvis ingen har lavet den med vilje)
error-in-use = et andet program har { $path } åben, og Windows ville ikke erstatte den; intet skrevet (luk den, og kør kommandoen igen)
error-io = kan ikke { $action ->
    [find] finde
    [find-folder] finde mappen
    [read] læse
    [open] åbne
    [lock] låse
    [create-temp] lave en midlertidig fil i
    [write] skrive
    [set-permissions] sætte rettighederne på
    [replace] erstatte
   *[other] { $action }
} { $path }: { $cause }; intet skrevet
error-verify = { $what } læses ikke tilbage som tænkt ({ $why }); intet skrevet. Meld venligst fejlen
error-today = { $var } er `{ $value }`, som ikke er en dag: angiv den som ÅÅÅÅ-MM-DD (2019-05-20), eller fjern den for at bruge dags dato

error-nothing-to-move = en flytning på 0 flytter intet
error-red-line = den røde linje skal være en dag, en uge eller en måned, ikke `{ $date }`
error-unknown-track = ingen aktivitet har sporet `{ $track }`{ $hint }
error-unknown-activity = ingen uddannelse eller fase har id `{ $id }`{ $hint }
error-not-an-activity = `{ $id }` er en { $kind }; --only tager id'er på uddannelser og faser
error-out-of-range = `{ $id }`: { $key } { $date } flyttet { $step } ligger uden for de år, aula-plan regner med (1-9999)
error-revision-not-array = `revision` er hverken [[revision]]-tabeller eller en liste af dem; kan ikke tilføje en revision

error-no-git = kan ikke køre git for { $label }: { $cause }
error-not-a-repository = { $label }: { $dir } ligger ikke i et git-repository (angiv en filsti i stedet)
error-unknown-revision = { $label }: git har ingen revision `{ $rev }`
error-not-a-revision = { $label }: `{ $rev }` er ikke en revision: angiv et commit, en gren eller et tag (`HEAD~1`, `main`, `v2.1`), ikke indekset eller en sti
error-no-such-path = { $label }: revision `{ $rev }` har ikke den fil

error-not-split = `{ $role }` har ingen `split`: dens kvote fordeles ikke på enheder
error-nothing-split = ingen rolle har `split`; intet at fordele
error-seats-not-a-table = enheden `{ $unit }` skriver `seats` som andet end en tabel; ret det i hånden
error-uncounted = `{ $unit }` har ingen `{ $key }`, så dens andel af `{ $role }` kan ikke beregnes; intet skrevet
error-not-whole = `{ $role }` ville få placeret { $given } af sine { $quota } pladser (enhedernes `{ $key }` går ikke op); intet skrevet
error-unit-not-found = ingen [[unit]]-tabel for `{ $unit }` i filen

error-unknown-role = ingen rolle har id `{ $id }`{ $hint }
error-unknown-group = ingen { $kind } har id `{ $id }`{ $hint }
error-unknown-person-or-role = ingen person eller rolle har id `{ $id }`{ $hint }
error-not-person-or-role = `{ $id }` er en { $kind }; --for tager en person eller en rolle
error-unknown-rule = ukendt regel `{ $name }`{ $hint }
