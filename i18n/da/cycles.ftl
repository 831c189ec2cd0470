# rules/cycles.rs: org-cycle, cascade-cycle, dependency-cycle.

org-cycle = organisationstræet går i ring: { $path }
org-cycle-label = denne `parent` lukker ringen
org-cycle-help = følges `parent`, skal det ende ved en enhed uden `parent`, træets top
cascade-cycle = uddannelseskaskaden går i ring: { $path }
cascade-cycle-label = dette lukker ringen
cascade-cycle-help = nogen i ringen ville blive uddannet før sig selv; kaskaden skal gå én vej fra roden
dependency-cycle = aktiviteter venter på hinanden i ring: { $path }
dependency-cycle-label = denne `after` lukker ringen
dependency-cycle-help = hver aktivitet i ringen venter på den næste; fjern én `after`, så ringen åbnes
