# rules/dates.rs: invalid-date, reversed-dates, implausible-date.

invalid-date = `{ $text }` er ikke en gyldig dato for `{ $key }`
invalid-date-no-week = { $year } har { $weeks } ISO-uger, så uge { $week } findes ikke
invalid-date-no-month = der er ingen måned { $month }
invalid-date-no-day = den dag findes ikke i kalenderen
invalid-date-year = årstal går fra 0001 til 9999
invalid-date-form = ikke en af planformatets datoformer
date-form-help = skriv en dag som 2019-01-28, en uge som "2019-W41", en måned som "2019-10", eller "tbd", når datoen endnu ikke kendes
date-form-day = skriv dagen som { $day } (år-måned-dag, uden anførselstegn)
date-form-week = skriv ugen som "{ $week }"
date-form-any-week = skriv en uge som "2019-W41" (år, W, ugenummer med to cifre)
date-form-tbd = skriv "tbd" for en dato, der endnu ikke kendes
invalid-date-open = `open` er ikke en gyldig dato for `{ $key }`
invalid-date-open-label = kun en `end` kan være åben
invalid-date-time = `{ $key }` har et klokkeslæt
invalid-date-time-label = datoer i planen er hele dage
invalid-date-time-help = skriv datoen alene, som 2019-01-28
invalid-date-not-day = `{ $key }` skal være en dag, men er `{ $text }`
invalid-date-not-day-label = skriv en dag som 2020-03-01

reversed-dates = { $what } slutter ({ $end }), før den starter ({ $start })
reversed-dates-label = slutningen ligger før starten
reversed-dates-start = starter her
reversed-dates-help = tjek årstallene; byt om på `start` og `end`, hvis de står omvendt

a-closed-period = en lukkeperiode
a-revision = en revision
implausible-date = { $what }: `{ $key }` ligger { $far } år { $side ->
    [before] før
   *[after] efter
} planens egen dato, { $date }
implausible-date-label = er årstallet rigtigt?
implausible-date-plan = planens dato
implausible-date-help = datoer mere end { $before } år før eller { $after } år efter planens dato er som regel en tastefejl
invalid-date-no-part = et år har fire kvartaler og to halvår
invalid-date-window = et tidsrum går fra en tidligere måned (eller dag) til en senere af samme slags
invalid-date-window-help = skriv det som "2019-05/2019-06" (måneder) eller "2019-06-08/2019-06-17" (dage)
invalid-date-period = `before` og `after` (før, efter) nævner en lukkeperiode i `[calendar]` ved dens id
invalid-date-period-help = giv perioden et id i `[calendar]` closed, og skriv "after { $id }"
invalid-date-tied-label = kun datoer for uddannelser og faser kan bindes til en lukkeperiode
invalid-date-tied-help = skriv selve datoen: en dag, en uge, en måned eller en løsere form som "2019-autumn"
