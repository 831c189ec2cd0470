# rules/cascade.rs: untrained-trainer, trainer-trained-late, unreached-role.

untrained-trainer = `{ $id }` underviser i { $trainings }, men bliver aldrig selv uddannet
untrained-trainer-cancelled = `{ $id }` underviser i { $trainings }, men bliver aldrig selv uddannet: dens kursus { $cancelled } er aflyst
cascade-cancelled-here = aflyst her
untrained-trainer-label = ikke roden, og ingen uddannelse uddanner denne { $kind }
untrained-trainer-help-person = tilføj en uddannelse, hvis `trainees` rummer en af rollerne hos `{ $id }`, eller sig med `trained_outside = "…"` på personen, hvordan de uddannes uden for planen
untrained-trainer-help = tilføj en uddannelse, hvis `trainees` rummer `{ $id }`, eller sig med `trained_outside = "…"` på rollen, hvordan dens personer uddannes uden for planen

trainer-trained-late = `{ $id }` underviser i `{ $training }` fra { $starts }, men uddannes selv i `{ $own }`, som slutter { $ends }
trainer-trained-late-label = uddannet for sent til at undervise i dette
trainer-trained-late-own = den egne uddannelse slutter her
trainer-trained-late-help = flyt den egne uddannelse tidligere eller denne uddannelse senere

unreached-role = ingen uddannelse har `{ $id }` blandt deltagerne
unreached-role-cancelled = ingen uddannelse har `{ $id }` blandt deltagerne ud over den aflyste { $cancelled }
unreached-role-label = skal uddannes, men er ikke deltager i nogen uddannelse
unreached-role-help = tilføj en uddannelse med rollen blandt sine `trainees`, eller sæt `needs_training = false`, hvis rollen kun skal orienteres
uncertain-order-trainer = `{ $id }` bliver måske uddannet for sent: `{ $own }` slutter måske ({ $ends }), efter `{ $training }` starter ({ $starts })
uncertain-order-trainer-label = bliver måske uddannet for sent til at undervise her
