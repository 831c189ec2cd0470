# rules/cascade.rs: untrained-trainer, trainer-trained-late, unreached-role.

untrained-trainer = `{ $id }` teaches { $trainings } but is never trained
untrained-trainer-cancelled = `{ $id }` teaches { $trainings } but is never trained: its course { $cancelled } is cancelled
cascade-cancelled-here = cancelled here
untrained-trainer-label = not the root, and no training teaches this { $kind }
untrained-trainer-help-person = add a training whose `trainees` include one of `{ $id }`'s roles, or, if they are trained outside this plan, say how with `trained_outside = "…"` on the person
untrained-trainer-help = add a training whose `trainees` include `{ $id }`, or, if its holders are trained outside this plan, say how with `trained_outside = "…"` on the role

trainer-trained-late = `{ $id }` teaches `{ $training }` from { $starts }, but is trained in `{ $own }`, which ends { $ends }
trainer-trained-late-label = trained too late to teach this
trainer-trained-late-own = their own training ends here
trainer-trained-late-help = move their own training earlier, or this training later

unreached-role = no training teaches `{ $id }`
unreached-role-cancelled = no training teaches `{ $id }` but the cancelled { $cancelled }
unreached-role-label = needs training, but is nobody's trainee
unreached-role-help = add a training with this role among its `trainees`, or set `needs_training = false` if it is only informed
uncertain-order-trainer = `{ $id }` may be trained too late: `{ $own }` may end ({ $ends }) after `{ $training }` starts ({ $starts })
uncertain-order-trainer-label = may be trained too late to teach this
