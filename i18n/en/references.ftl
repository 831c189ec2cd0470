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
