# rules/references.rs: duplicate-id, unknown-reference, repeated-reference.

unknown-reference = `{ $id }` is not defined in this plan
unknown-reference-label = `{ $key }` must name { $kinds }
unknown-reference-help = add a { $tables } with `id = "{ $id }"`, or correct the spelling
unknown-reference-again = and used here
wrong-kind = `{ $id }` is { $found }, but `{ $key }` must name { $kinds }
wrong-kind-label = this is { $found }

duplicate-id = the id `{ $id }` is used twice
duplicate-id-label = used again here
duplicate-id-first = first used here, by a { $kind }
duplicate-id-help = ids are shared by units, roles, people, trainings and phases; rename one

repeated-reference = `{ $id }` stands twice in `{ $key }`
repeated-reference-label = again here
repeated-reference-first = first here
repeated-reference-help = remove it, or write the id that was meant

duplicate-period = the closed period `{ $id }` is in the calendar twice
duplicate-period-first = first here
duplicate-period-help = give each closed period of `[calendar]` its own id
unknown-period = `{ $id }` is not a closed period of this plan's calendar
unknown-period-label = `before` and `after` name a closed period by its id
unknown-period-help = the plan states its own holidays: add {"{"} id = "{ $id }", name = "…", start = …, end = … {"}"} to `closed` in `[calendar]` (dates as "tbd" while they are not known)
unknown-track = no activity of the plan has the track `{ $track }`
unknown-track-label = a unit goes live with a track of the plan's activities

reading-no-such-key = a { $table } has no key `{ $key }` to read two ways
reading-no-such-key-label = not a key of `{ $id }`
two-readings = the source gives `{ $key }` of `{ $id }` two ways; the other reading is { $value }
two-readings-label = the other reading
two-readings-entity = the plan's reading is this entity's
two-readings-source = where the source says so
two-readings-help = ask the source's authors which reading holds; put it in the entity and remove the [[reading]]

danish-track = `{ $track }` is the Danish word for the track `{ $known }`
danish-track-label = aula-plan knows this track as `{ $known }`
danish-track-help = write `track = "{ $known }"`: the go-lives, `status`, `shift --track` and the national plan's waves go by `{ $known }`
