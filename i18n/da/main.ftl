# Ord som alle kommandoer bruger: afslutningslinjen efter et tjek, alvorlighed og antal.

# Afslutningslinjen efter `validate`.
summary-plans = { $plans ->
    [one] 1 plan gennemgået
   *[other] { $plans } planer gennemgået
}
summary-none-shown = ingen fund vist
summary-hidden = ({ $count } fund tilladt, ikke vist)
summary-clean = ingen problemer fundet.
count-errors = { $count ->
    [one] 1 fejl
   *[other] { $count } fejl
}
count-warnings = { $count ->
    [one] 1 advarsel
   *[other] { $count } advarsler
}
count-seats = { $count ->
    [one] 1 plads
   *[other] { $count } pladser
}

# Overskriften på et fund (`fejl[regel]`) og på rettelsen (`forslag: ...`).
severity-error = fejl
severity-warning = advarsel
severity-help = forslag
severity-note = bemærk

# Slags enhed i planen, som en meddelelse nævner den.
kind-unit = enhed
kind-role = rolle
kind-person = person
kind-training = uddannelse
kind-phase = fase
kind-category = opgavetype
kind-part = del

# Et valg mellem et og tre ord: `a`, `a eller b`, `a, b eller c`.
either-1 = { $a }
either-2 = { $a } eller { $b }
either-3 = { $a }, { $b } eller { $c }
# En af disse slags: "en enhed", "en enhed, rolle eller person".
a-kind = en { $kinds }
any-entity = noget i planen med et id

did-you-mean = mente du `{ $word }`?

# Hvorfor ingen arbejder på en dag.
closed-saturday = en lørdag
closed-sunday = en søndag
closed-holiday = { $name }, en helligdag
closed-period = i { $name }
closed-unnamed-period = i en lukkeperiode

weekday = { $day ->
    [mon] mandag
    [tue] tirsdag
    [wed] onsdag
    [thu] torsdag
    [fri] fredag
    [sat] lørdag
   *[sun] søndag
}

# Ordene i planformatet, som en person læser dem: spor, arter og kursuslængder.
phase-kind = { $word ->
    [training] Uddannelse
    [rollout] Udrulning
    [setup] Opsætning
    [parents-pupils] Forældre og elever
    [go-live] Go-live
    [milestone] Milepæl
   *[other] Andet
}
unit-kind = { $word ->
    [vendor] Leverandør
    [national] National
    [department] Forvaltning
    [area] Område
    [school] Skole
    [daycare] Dagtilbud
    [childminding] Dagpleje
    [service-desk] Servicedesk
    [group] Gruppe
    [other] Andet
   *[unknown] { $word }
}
national-plan = Den nationale plan ({ $name })
national-plan-titled = { $plan }: { $title }
paid-word = { $word ->
    [contract] kontrakten
    [extra] et tilkøb
   *[other] { $word }
}
track-name = { $word ->
    [schools] Skoleområdet
    [daycare] Dagtilbudsområdet
   *[other] { $word }
}
course-length = { $unit ->
    [days] { $high ->
        [one] { $range } dag
       *[other] { $range } dage
    }
   *[hours] { $high ->
        [one] { $range } time
       *[other] { $range } timer
    }
}
split-word = { $word ->
    [pupils] efter elevtal
    [per-leader] én pr. leder
   *[other] { $word }
}
scope-word = { $word ->
    [own-unit] egen enhed
    [all] alle
   *[other] { $word }
}
holidays-word = { $word ->
    [dk] danske helligdage
    [none] ingen
   *[other] { $word }
}
date-form-word = { $word ->
    [day] dag
    [week] uge
    [month] måned
    [quarter] kvartal
    [half-year] halvår
    [season] årstid
    [part-of-month] del af en måned
    [window] periode
    [before] før en lukkeperiode
    [after] efter en lukkeperiode
    [tbd] kendes ikke
    [open] uden slutdato
   *[other] { $word }
}
