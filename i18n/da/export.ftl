# export/: de faste ord i Markdown-dokumentet og kalenderen.

md-title = Implementeringsplan
md-revision = Version { $revision }
md-dated = dateret { $date }
md-owner = ansvarlig: { $owner }
md-goals = Mål
md-success-criteria = Succeskriterier
md-history = Historik
md-col-revision = version
md-col-date = dato
md-col-note = note
md-col-shift = flytning
md-shift-from = fra { $date }
md-shift-tracks = spor { $tracks }
md-findings = Fund
md-clean = `aula-plan validate` finder ingen fejl.
md-found = `aula-plan validate` finder { $errors } og { $warnings }.
md-col-rule = regel
md-col-line = linje
md-col-message = besked

ics-title = Aula-implementeringsplan
ics-not-dated = mangler dato
ics-reversed = den slutter, før den begynder
ics-too-late = den slutter i år 9999, længere ude end en kalender kan skrive
ics-open-end = Løber uden slutdato; begivenheden markerer starten.
ics-tbd-end = Slutdatoen kendes endnu ikke; begivenheden markerer starten.
ics-trainer = Underviser: { $trainer }. Deltagere: { $trainees }.
ics-paid = betales over { $paid }
ics-owner = Ansvarlig: { $owner }
ics-date = Dato i planen: { $date }
ics-dates = Datoer i planen: { $start } til { $end }
ics-after = Efter: { $ids }
ics-sessions = { $count ->
    [one] holdes 1 gang
   *[other] holdes { $count } gange
}
ics-the-plan = planen
ics-from = Fra { $title } (id { $id }).
ics-from-revision = Fra { $title }, version { $revision } (id { $id }).

xlsx-col-severity = alvor
xlsx-col-column = kolonne
xlsx-failed = projektmappen kunne ikke laves: { $why }
xlsx-cells-cut = { $count ->
    [one] 1 celle var
   *[other] { $count } celler var
} længere, end Excel tillader ({ $limit } tegn), og slutter med "…" i projektmappen
xlsx-rows-cut = arket "{ $sheet }" har flere rækker, end Excel tillader ({ $limit }): dets sidste række siger, at { $count } er udeladt
xlsx-rows-left-out = … og { $count } rækker mere, udeladt: et ark rummer højst { $limit } rækker
csv-entity = { $entity ->
    [plan] plan
    [unit] enhed
    [role] rolle
    [person] person
    [training] uddannelse
    [phase] fase
    [revision] version
    [estimate] estimat
    [estimate-row] estimatrække
    [calendar] kalender
    [closed] lukkeperiode
    [lint] regel
   *[other] { $entity }
}
