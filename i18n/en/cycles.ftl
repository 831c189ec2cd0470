# rules/cycles.rs: org-cycle, cascade-cycle, dependency-cycle.

org-cycle = the organisation tree loops: { $path }
org-cycle-label = this `parent` closes the loop
org-cycle-help = following `parent` must end at a unit without one, the top of the tree
cascade-cycle = the training cascade loops: { $path }
cascade-cycle-label = this closes the loop
cascade-cycle-help = someone in the loop would be trained before themselves; the cascade must run one way from the root
dependency-cycle = activities wait for each other in a loop: { $path }
dependency-cycle-label = this `after` closes the loop
dependency-cycle-help = each activity in the loop waits for the next; remove one `after` so the loop opens
