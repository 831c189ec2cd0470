# init.rs: the comments of the plan `aula-plan init` writes (each line becomes a `# ` comment).

init-header =
    Implementeringsplan for Aula, { $municipality }. Made by `aula-plan init` on { $today } from the national
    template; `aula-plan validate` checks it, and `aula-plan schema` describes every key.
    "tbd" marks what is not known yet: set it when it is.
init-root = the vendor trains the first level and is the last line of support
init-organisation = Organisation
init-roles =
    Roles. Add people as [[person]] tables with their `roles` when they are named, or say where
    they are listed instead (`roster = "the intranet"`); a role trained outside this plan says
    how (`trained_outside = "..."`).
init-trainings =
    Trainings: the vendor's courses, then the local ones of the cascade. A course held several
    times gives `sessions = N`: it has room for seats × sessions.
init-history = History and calendar
init-institution-form = expected NAME=NUMBER, not `{ $given }`
init-institution-count = `{ $given }` is not a whole number
init-follows = the national plan this plan waits for: `after = ["kombit:…"]` names its activities
init-closed =
    Closed periods: the municipality's own school holidays, each with an id a date can be tied to
    ("after efteraarsferie-2027": the first working day after it). aula-plan invents none: add
    them as {"{"} id, name, start, end {"}"}, with "tbd" for days not known yet.
init-holiday-form = expected NAME=FIRST..LAST (or NAME=tbd), not `{ $given }`
init-holiday-date = `{ $given }` is not a day (2027-10-16), or tbd
init-holiday-reversed = `{ $given }` ends before it starts
