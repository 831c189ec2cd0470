# rules/calendar.rs: holiday-session.

holiday-session = `{ $id }` har sin `{ $key }` den { $day }, { $why }
holiday-session-help = flyt undervisningen til en arbejdsdag; efter en forskydning flytter `aula-plan shift --workdays` sådanne dage til næste arbejdsdag
holiday-go-live = go-live `{ $id }` er den { $day }, { $why }
holiday-go-live-help = gå i drift, når folk er på arbejde og kan tage systemet i brug
