# diff/: hvad der er ændret mellem to versioner, med de ord en styregruppe læser.

diff-kind-plan = Plan
diff-kind-unit = Enheder
diff-kind-role = Roller
diff-kind-person = Personer
diff-kind-training = Uddannelser
diff-kind-phase = Faser
diff-kind-closed-period = Lukkeperioder
diff-kind-estimate-row = Estimatrækker
diff-kind-lint = Regelniveauer
diff-kind-category = Opgavetyper
diff-kind-part = Dele
diff-kind-reading = Andre læsninger
diff-kind-national = Nationale aktiviteter, der ventes på
diff-kind-revision = Versioner

diff-count = { $kind ->
    [plan] { $n ->
        [one] 1 planindstilling
       *[other] { $n } planindstillinger
    }
    [unit] { $n ->
        [one] 1 enhed
       *[other] { $n } enheder
    }
    [role] { $n ->
        [one] 1 rolle
       *[other] { $n } roller
    }
    [person] { $n ->
        [one] 1 person
       *[other] { $n } personer
    }
    [training] { $n ->
        [one] 1 uddannelse
       *[other] { $n } uddannelser
    }
    [phase] { $n ->
        [one] 1 fase
       *[other] { $n } faser
    }
    [closed-period] { $n ->
        [one] 1 lukkeperiode
       *[other] { $n } lukkeperioder
    }
    [estimate-row] { $n ->
        [one] 1 estimatrække
       *[other] { $n } estimatrækker
    }
    [lint] { $n ->
        [one] 1 regelniveau
       *[other] { $n } regelniveauer
    }
    [category] { $n ->
        [one] 1 opgavetype
       *[other] { $n } opgavetyper
    }
    [part] { $n ->
        [one] 1 del
       *[other] { $n } dele
    }
    [reading] { $n ->
        [one] 1 anden læsning
       *[other] { $n } andre læsninger
    }
    [national] { $n ->
        [one] 1 afventet national aktivitet
       *[other] { $n } afventede nationale aktiviteter
    }
   *[revision] { $n ->
        [one] 1 version
       *[other] { $n } versioner
    }
}

diff-added = tilføjet
diff-removed = fjernet
diff-changed = ændret
diff-renamed = omdøbt fra { $from }
diff-confirmed = bekræftet
diff-now-tentative = nu foreløbig
diff-signed = { $sign }{ $n }

list-and = { $init } og { $last }
diff-nothing = Ingen ændringer
diff-differs = { $what } er ændret
diff-differ = { $what } er ændret
diff-summary = { $changed }; { $new ->
    [one] 1 nyt fund
   *[other] { $new } nye fund
}, { $fixed } rettet.

diff-column-id = navn
diff-column-change = ændring
diff-column-field = felt
diff-column-was = før
diff-column-now = nu
diff-column-difference = forskel
diff-column-rule = regel
diff-column-where = hvor
diff-column-message = meddelelse
diff-findings = Fund
diff-new = ny { $severity ->
    [error] fejl
   *[warning] advarsel
}
diff-fixed = rettet { $severity ->
    [error] fejl
   *[warning] advarsel
}
diff-heading = Ændringer fra `{ $old }` til `{ $new }`
list-comma = { $a }, { $b }

diff-field = { $field ->
    [start] start
    [end] slut
    [date] dato
    [note] note
    [name] navn
    [shift] flytning
    [revision] version
    [status] status
    [done_on] gennemført den
    [pinned] fastlåst
    [trainer] underviser
    [trainees] deltagere
    [after] efter
    [within] inden for
    [seats] pladser
    [duration] varighed
    [track] spor
    [kind] art
    [roles] roller
    [unit] enhed
    [parent] hører under
    [quota] kvote
    [population] antal
    [pupils] elever
    [leaders] ledere
    [tentative] foreløbig
    [support] support
    [tech_support] teknisk support
    [responsibilities] opgaver
    [title] titel
    [municipality] kommune
    [owner] ejer
    [root] rod
    [level] niveau
    [hours] timer
    [paid] betales af
    [scope] underviser hvem
    [sessions] undervisningsgange
    [trained_outside] uddannet uden for planen
    [entity] post
    [id] id
    [from] fra
    [tracks] spor
    [holidays] helligdage
    [goals] mål
    [success_criteria] succeskriterier
    [topics] emner
    [split] fordeling
    [roster] opført i
    [months] måneder
    [weeks] uger
    [days] dage
    [workdays] arbejdsdage
    [earliest] tidligst
    [latest] senest
    [form] form
    [period] periode
    [period_name] periodens navn
   *[other] { $field }
}
diff-shift-from = fra { $date }
diff-shift-tracks = spor: { $tracks }
diff-shift-only = kun: { $ids }
diff-later = { $units } frem
diff-earlier = { $units } tilbage
