# rules/calendar.rs: holiday-session.

holiday-session = `{ $id }` has its { $key } on { $day }, { $why }
holiday-session-help = move the session to a working day; after a shift, `aula-plan shift --workdays` moves such days on to the next working day
holiday-go-live = go-live `{ $id }` is on { $day }, { $why }
holiday-go-live-help = go live when people are at work to start using the system
