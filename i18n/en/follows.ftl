# rules/follows.rs: followed-plan, and unknown-reference and dependency-order across plans.

followed-unreadable = the followed plan `{ $name }` ({ $path }) cannot be read: { $why }
followed-unreadable-label = this file
followed-unreadable-help = correct the path (it is read from this plan's folder), or the file
followed-errors = the followed plan `{ $name }` has { $errors }
followed-errors-label = dates taken from it may be wrong
followed-errors-help = `aula-plan validate { $path }` shows them
followed-loop = following `{ $name }` leads back in a loop: { $chain }
followed-loop-label = follows back
followed-loop-help = a national plan does not follow the municipal plans that follow it: remove the `[follows]` entry that closes the loop
follows-unknown-plan = `{ $name }` is not a plan this plan follows
follows-unknown-plan-label = no `[follows]` entry has this name
follows-unknown-plan-help = add `{ $name } = "PATH"` to `[follows]`, or correct the name before the `:`
follows-unknown-activity = `{ $id }` is not a training or phase of the followed plan `{ $name }` ({ $path })
follows-unknown-activity-label = not in the followed plan
follows-order-help = move this activity so that it starts after the national one ends, or ask why `{ $name }` moved
followed-outside = it is outside the plan's repository (or, outside a repository, its folder); aula-plan reads it only with --follow-outside
followed-directory = it is a directory
followed-not-a-file = it is not a regular file (a device, a pipe or a socket)
followed-too-large = it is larger than { $limit } MB ({ $var }=N allows N MB)
followed-not-a-plan = it does not read as a plan
followed-link-loop = it leads through more links than the system follows (a loop of links?)

other-region = `{ $id }` waits for `{ $other }`, which is for { $theirs }, but the plan is in { $own }
other-region-label = the wave of { $theirs }
other-region-own = the plan's region
other-region-help = { $own }'s is { $ids }
