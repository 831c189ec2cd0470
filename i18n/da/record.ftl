# Fremdriftskommandoerne: done, cancel, reopen, pin, unpin, move, assign, unassign, set.

record-what-movable = uddannelse, fase eller lukkeperiode
record-what-activity = uddannelse eller fase
record-what-role = rolle
record-what-person = person
record-what-entity = enhed, rolle, person, uddannelse eller fase
record-other-kind-of-entity = `{ $id }` er en { $kind }, ikke en { $what }; intet skrevet
record-ambiguous = `{ $id }` er begyndelsen af flere navne: { $matches }; giv id'et på den, du mener; intet skrevet
record-unknown = ingen { $what } har id'et `{ $id }`; intet skrevet
record-unknown-suggest = ingen { $what } har id'et `{ $id }` (mente du { $suggestion }?); intet skrevet
record-followed = `{ $id }` er en aktivitet i den plan, denne plan følger (`{ $plan }` = { $file }): den registreres dér, ikke her; intet skrevet
record-duplicated = `{ $id }` bruges som id { $count } steder (linje { $lines }): aula-plan kan ikke vide, hvilket af dem der menes; giv hvert sit eget id først; intet skrevet
record-done-before-start = `{ $id }` begynder { $starts }, så den kan ikke være gennemført { $on }; intet skrevet
record-done-in-future = { $on } er efter i dag ({ $today }): kun en dag, der er kommet, kan registreres som gennemført (--force registrerer den alligevel); intet skrevet
record-role-full = `{ $role }` er fuldt besat: { $seats ->
    [one] 1 plads
   *[other] { $seats } pladser
}, besat af { $holders }; frigiv en plads først (`aula-plan unassign`), eller hæv dens `quota`; intet skrevet
record-does-not-hold = `{ $person }` har ikke rollen `{ $role }`; intet skrevet
record-fixed = `{ $id }` er { $why }, så den flyttes ikke uden --force; intet skrevet
record-why-done = gennemført
record-why-pinned = fastlåst
record-not-dated = `{ $id }` har endnu ingen dato at flytte: giv den en med `aula-plan set PLAN { $id }.date DATO`; intet skrevet
record-period-not-dated = lukkeperioden `{ $id }` har endnu ingen dage at flytte: skriv dens første og sidste dag som `start` og `end` under `[calendar]` i planen; intet skrevet
record-other-kind = `{ $id }` begynder { $start }, og { $to } er en anden slags dato: giv --to en dag, en uge ("2019-W41") eller en måned ("2019-10"), som starten er skrevet, eller flyt den med --days, --weeks eller --months; intet skrevet
record-too-small = `{ $id }` begynder { $start }: flyttet { $step } er det stadig { $start } (en dato skrevet som en uge flyttes i hele uger, en skrevet som måneder i hele måneder, som `shift` flytter den); giv et større skridt, eller --to den dato, den skal have; intet skrevet
record-tied = `{ $id }` begynder { $start }: den flytter med den lukkede periode `{ $period }` — flyt perioden (`aula-plan move PLAN { $period } …`), eller giv den sin egen dato med `aula-plan set PLAN { $id }.date DATO`; intet skrevet
record-out-of-range = `{ $id }` ville blive flyttet ud af de år, aula-plan regner med; intet skrevet
record-unknown-key = { $table } har ingen nøgle `{ $key }`; intet skrevet
record-unknown-key-suggest = { $table } har ingen nøgle `{ $key }` (mente du `{ $suggestion }`?); intet skrevet
record-not-a-value = `{ $key }` i { $table } rummer en liste eller en tabel, ikke én værdi: ret den i filen; intet skrevet
record-no-key = `{ $given }` nævner ingen nøgle: skriv ID.NØGLE, fx `nc-school-admin.seats`; intet skrevet
record-not-in-text = `{ $id }` står ikke, hvor aula-plan kan rette den; intet skrevet

# Hvad der blev ændret, en linje hver.
record-done = `{ $id }` gennemført
record-done-on = `{ $id }` gennemført { $on }
record-cancelled = `{ $id }` aflyst
record-reopened = `{ $id }` { $state } igen
record-pinned = `{ $id }` fastlåst
record-unpinned = `{ $id }` ikke længere fastlåst
record-assigned = `{ $person }` har nu rollen `{ $role }`
record-assigned-elsewhere = «{ $person }» arbejder i «{ $works }», uden for «{ $unit }», som rollen «{ $role }» hører til: er det den rigtige person?
record-confirmed = `{ $person }` bekræftet (ikke længere foreløbig)
record-unassigned = `{ $person }` har ikke længere rollen `{ $role }`
record-set = `{ $id }.{ $key }` = { $value }
record-date-span = { $start } – { $end }
record-moved = `{ $id }` flyttet fra { $was } til { $now }
record-tied-moves = `{ $id }` er bundet til den ({ $date }) og flytter med
