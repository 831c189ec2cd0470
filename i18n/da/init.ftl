# init.rs: kommentarerne i den plan, `aula-plan init` skriver (hver linje bliver en `# `-kommentar).

init-header =
    Implementeringsplan for Aula, { $municipality }. Lavet med `aula-plan init` den { $today } ud fra den
    nationale skabelon; `aula-plan validate` tjekker den, og `aula-plan schema` beskriver alle nøgler.
    "tbd" markerer det, der endnu ikke kendes: udfyld det, når det kendes.
init-root = leverandøren uddanner første led og er sidste supportlinje
init-organisation = Organisation
init-roles =
    Roller. Tilføj personer som [[person]]-tabeller med deres `roles`, når de er udpeget, eller angiv,
    hvor de står i stedet (`roster = "intranettet"`); en rolle, der uddannes uden for planen, siger
    hvordan (`trained_outside = "..."`).
init-trainings =
    Uddannelser: leverandørens kurser, derefter kaskadens lokale. Et kursus, der holdes flere
    gange, angiver `sessions = N`: så er der plads til seats × sessions.
init-history = Historik og kalender
init-institution-form = forventede NAVN=TAL, ikke `{ $given }`
init-institution-count = `{ $given }` er ikke et helt tal
init-follows = den nationale plan, denne plan venter på: `after = ["kombit:…"]` nævner dens aktiviteter
init-closed =
    Lukkeperioder: kommunens egne skoleferier, hver med et id, en dato kan bindes til ("after
    efteraarsferie-2027": første arbejdsdag efter den). aula-plan opfinder ingen: tilføj dem som
    {"{"} id, name, start, end {"}"}, med "tbd" for dage, der endnu ikke kendes.
init-holiday-form = forventede NAVN=FØRSTE..SIDSTE (eller NAVN=tbd), ikke `{ $given }`
init-holiday-date = `{ $given }` er ikke en dag (2027-10-16) eller tbd
init-holiday-reversed = `{ $given }` slutter, før den begynder
