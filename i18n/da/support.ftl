# rules/support.rs: support-gap, no-support.

support-loops = supporten går i ring: { $path }
support-loops-label = denne `support` lukker ringen
support-loops-help = kæden skal nå op til roden; peg den sidste rolle opad

the-root = roden
no-support-alone = `{ $id }` har ingen `support`: det står ikke, hvem den henvender sig til
no-support-chain = supportkæden stopper ved `{ $id }`, som ingen `support` har: { $path }
no-support-label = denne rolle har ingen `support`
no-support-help = giv `{ $id }` en `support`, der fører til { $root }

support-gap-end = supportkæden ender ved `{ $id }`, som ikke er roden: { $path }
support-gap-label = supporten kommer ikke længere end denne { $kind }
support-gap-help = peg den på en rolle, hvis kæde når { $root }, eller på { $root }
