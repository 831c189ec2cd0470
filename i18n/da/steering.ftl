# steering/: styregruppens rapport (`aula-plan report`).

steering-as-of = status pr. { $today }
steering-delay = Seneste forsinkelse: { $sign ->
    [earlier] fremrykket
   *[later] forsinket
} { $step } fra { $from }
steering-delay-all = Seneste forsinkelse: { $sign ->
    [earlier] fremrykket
   *[later] forsinket
} { $step }
steering-delay-unsaid = Seneste forsinkelse: hvor langt og hvorfra siger planen ikke
steering-delay-from = Seneste forsinkelse: fra { $from }
steering-delay-tracks = { " " }på { $tracks }
steering-delay-version = { " " }(version { $revision })
steering-summary = Sporene
steering-col-verdict = vurdering
steering-no-track = (intet spor)
steering-no-go-live = ingen go-live i planen
steering-verdict-behind = { $count ->
    [one] Bagud: 1 aktivitet er forsinket
   *[other] Bagud: { $count } aktiviteter er forsinkede
}
steering-verdict-unrecorded = { $count ->
    [one] Uafklaret: 1 aktivitet er forbi, men ikke registreret som gennemført
   *[other] Uafklaret: { $count } aktiviteter er forbi, men ikke registreret som gennemført
}
steering-verdict-undated = { $count ->
    [one] Følger planen, men 1 aktivitet mangler dato
   *[other] Følger planen, men { $count } aktiviteter mangler dato
}
steering-verdict-on-plan = Følger planen
steering-coming = Forsinket, ikke registreret, i gang og kommende
steering-recorded = Registreret: gennemført og aflyst
steering-listed-in = står på { $roster }
steering-col-who = underviser eller ansvarlig
steering-seats = Pladser og kvoter
steering-findings = Fund
steering-col-finds = hvad reglen finder
steering-col-count = antal
steering-errors = Fejlene
steering-since = Ændringer siden { $since }
steering-chart = Tidsplan
steering-chart-elsewhere = Tidsplanen som diagram: `aula-plan gantt PLAN -o plan.html`.
steering-verdict-broken = Brudt kæde: kurset { $course } er aflyst, og { $count ->
    [one] rollen
   *[other] rollerne
} { $roles } får ingen uddannelse
steering-verdict-uncertain = Usikker: datoerne forskydes { $step }
steering-verdict-uncertain-unsaid = Usikker: datoerne er udsat, men planen siger ikke hvor længe
steering-verdict-go-live-undated = Go-live har ingen dato
steering-verdict-also-undated = { $count ->
    [one] 1 aktivitet mangler dato
   *[other] { $count } aktiviteter mangler dato
}
steering-since-revision-of = version { $revision } af { $date }
steering-since-revision = version { $revision }
steering-since-draft = en tidligere udgave af version { $revision }
steering-since-as-of = udgaven af { $date }
steering-since-earlier = den tidligere udgave
