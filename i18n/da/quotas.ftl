# rules/quotas.rs: quota-mismatch, unsplit-quota, apportionment, over-assigned, vacant-seat,
# tentative-holder, training-capacity.

list-more = { $items } og { $more } til

seats-without-quota = der er angivet pladser for `{ $role }`, som ingen `quota` har
seats-without-quota-label = pladser uden en kvote at dele
seats-without-quota-role = rollen
seats-without-quota-help = giv rollen en `quota`, eller fjern dens `seats`

tentative-holder = `{ $id }` varetager { $roles } foreløbigt
tentative-holder-label = nævnt, ikke bekræftet
tentative-holder-help = bekræft personen (fjern `tentative`), eller nævn en anden

seats-outside = `{ $unit }` angiver pladser for `{ $role }`, men ligger ikke under `{ $role_unit }`
seats-outside-label = uden for rollens enhed
seats-outside-help = kun enheder under `{ $role_unit }` deler dens pladser
seats-sum = de angivne pladser for `{ $role }` giver { $sum } i alt, ikke kvoten på { $quota }
seats-sum-label = kvote { $quota }
seats-sum-help = angivet: { $parts }

unsplit-pupils = `{ $role }` fordeles efter elevtal, men ingen enhed under `{ $role_unit }` har `pupils`
unsplit-pupils-label = { $seats ->
    [one] 1 plads
   *[other] { $seats } pladser
} uden noget at fordele efter
unsplit-pupils-help = giv hver skole under rollens enhed dens `pupils` og dens andel i `seats`
unsplit-leaders = `{ $role }` har én plads pr. leder, men ingen enhed under `{ $role_unit }` har `leaders`
unsplit-leaders-label = { $seats ->
    [one] 1 plads
   *[other] { $seats } pladser
} uden noget at tælle efter
unsplit-leaders-help = giv hver dagtilbudsenhed under rollens enhed dens antal pædagogiske ledere (`leaders`)
leaders-mismatch = `{ $role }` har én plads pr. leder, men enhederne under `{ $role_unit }` har { $leaders ->
    [one] 1 leder
   *[other] { $leaders } ledere
}, og kvoten er { $quota }
leaders-mismatch-label = burde være { $leaders }
leaders-mismatch-help = gør kvoten til summen af `leaders` under rollens enhed, eller ret `leaders`

apportionment = `{ $unit }` har { $seats } af pladserne til `{ $role }`, men dens andel efter elevtal er { $share }
apportionment-label = { $pupils } af { $total } elever
apportionment-help = metoden med største rest giver den { $fair }

over-assigned = `{ $role }` har { $quota ->
    [one] 1 plads
   *[other] { $quota } pladser
}, men { $holders ->
    [one] 1 person har
   *[other] { $holders } personer har
} den
over-assigned-label = kvote { $quota }
over-assigned-help = varetages af { $names }; hæv kvoten, eller tag rollen fra nogen

vacant-seat = `{ $role }` har { $empty ->
    [one] 1 ubesat plads
   *[other] { $empty } ubesatte pladser
} af { $quota }
vacant-seat-per-unit = `{ $role }` har { $empty ->
    [one] 1 ubesat plads
   *[other] { $empty } ubesatte pladser
} af { $quota }: { $units }
vacant-seat-nobody = ingen er nævnt
vacant-seat-named = { $count ->
    [one] 1 person er nævnt
   *[other] { $count } personer er nævnt
}
vacant-seat-tentative = { $confirmed } bekræftet og { $tentative } foreløbigt nævnt
vacant-seat-help = angiv, hvem der besætter pladserne, som [[person]] med denne rolle

training-capacity = `{ $id }` har plads til { $room } ({ $how }), men der er { $people } deltagere
training-capacity-seats = { $seats ->
    [one] 1 plads
   *[other] { $seats } pladser
}
training-capacity-sessions = { $seats ->
    [one] 1 plads
   *[other] { $seats } pladser
} × { $sessions ->
    [one] 1 hold
   *[other] { $sessions } hold
}
training-capacity-label = { $short ->
    [one] 1 plads
   *[other] { $short } pladser
} for lidt
training-capacity-help = deltagere: { $counted }; tilføj pladser eller `sessions`
training-capacity-help-uncounted = deltagere: { $counted } (ikke talt med, uden kvote eller antal: { $uncounted }); tilføj pladser eller `sessions`
