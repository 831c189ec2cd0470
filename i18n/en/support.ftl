# rules/support.rs: support-gap, no-support.

support-loops = support loops: { $path }
support-loops-label = this `support` closes the loop
support-loops-help = the chain must climb to the root; point the last role upwards

the-root = the root
no-support-alone = `{ $id }` names no `support`: whom it turns to is not said
no-support-chain = the support chain stops at `{ $id }`, which names no `support`: { $path }
no-support-label = this role has no `support`
no-support-help = give `{ $id }` a `support` that leads to { $root }

support-gap-end = the support chain ends at `{ $id }`, which is not the root: { $path }
support-gap-label = support climbs no further than this { $kind }
support-gap-help = point it at a role whose chain reaches { $root }, or at { $root }
