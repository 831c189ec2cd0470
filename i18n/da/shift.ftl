# shift/: tabellen over flytninger, noterne, opsummeringen; cli/shift.rs: hvad `shift` siger.

step-units = { $unit ->
    [month] { $n ->
        [one] 1 måned
       *[other] { $n } måneder
    }
    [week] { $n ->
        [one] 1 uge
       *[other] { $n } uger
    }
   *[day] { $n ->
        [one] 1 dag
       *[other] { $n } dage
    }
}
step-range-units = { $least }–{ $most } { $unit ->
    [month] måneder
    [week] uger
   *[day] dage
}
step-by = { $units } frem
step-back = { $units } tilbage
distance-as = { $step } ({ $units })
distance = { $sign ->
    [later] { $units } frem
   *[earlier] { $units } tilbage
}

shift-column-activity = id
shift-column-name = navn
shift-column-was = før
shift-column-now = nu
shift-column-moved = flyttet

shift-workday = `{ $id }` { $key }: { $day } er { $why }; flyttet videre til { $new }, den næste arbejdsdag
shift-clamped = `{ $id }` { $key }: { $old } flyttet { $how } ville blive { $impossible }, som ikke findes; den bliver { $clamped }, månedens sidste dag
shift-no-way-back = `{ $id }` { $key }: { $old } flyttet { $how } bliver { $new }, men { $new } flyttet { $back_step } bliver { $back }: måneder rummer ikke hele uger, så en flytning tilbage bringer den ikke hjem
shift-out-of-range = uden for kalenderen

shift-summary = { $dates ->
    [one] 1 dato
   *[other] { $dates } datoer
} i { $activities ->
    [one] 1 aktivitet
   *[other] { $activities } aktiviteter
} { $step }
shift-summary-from = { $dates ->
    [one] 1 dato
   *[other] { $dates } datoer
} i { $activities ->
    [one] 1 aktivitet
   *[other] { $activities } aktiviteter
} { $step } fra den røde linje { $line }

repair = `{ $id }`: { $key } flyttet videre til { $to } (skridtet alene giver { $stepped }), så { $because }
repair-after = den starter, efter `{ $id }` slutter ({ $day })
repair-trained = `{ $id }` er uddannet ({ $day }), før der undervises
repair-within = den starter inden for `{ $id }` ({ $day })
repair-end = den slutter samme dag som eller efter, den starter ({ $start })

left-straddles = `{ $id }` starter før den røde linje { $line } og slutter efter den ({ $start } – { $end }); lades som den er, ikke halvt flyttet (nævn den med --only og uden --from for at flytte den hel)
left-start-unknown = `{ $id }` starter `tbd`, så det vides ikke, om den starter efter den røde linje { $line }; lades som den er
left-done = `{ $id }` er gennemført (`status = "done"`); bliver, hvor den er
left-cancelled = `{ $id }` er aflyst (`status = "cancelled"`); bliver, hvor den er
left-pinned = `{ $id }` er fastlåst (`pinned = true`); bliver, hvor den er
left-no-end = `{ $id }` har én `date` og ingen slutning at flytte; bliver, hvor den er
left-too-small = `{ $id }` begynder { $start }: flyttet { $step } er det stadig { $start }; bliver, hvor den er (en dato skrevet som en uge flyttes i hele uger, en skrevet som måneder i hele måneder)
left-tied = `{ $id }` er bundet til lukkeperioden `{ $period }` og flytter med den, ikke med forskydningen

shift-diff-label = { $name } (flyttet { $step })
shift-new-findings = { $count ->
    [one] Den flyttede plan har 1 nyt fund, som den ikke havde før:
   *[other] Den flyttede plan har { $count } nye fund, som den ikke havde før:
}
shift-resolves = { $count ->
    [one] Flytningen løser 1 fund, planen havde før.
   *[other] Flytningen løser { $count } fund, planen havde før.
}
shift-would-move = Ville flytte { $summary }.
shift-nothing-written = Intet skrevet; tilføj --write for at skrive det.
shift-question = Skriv { $path }, og notér flytningen som en ny version?
shift-moved = Flyttede { $summary }.
shift-wrote = Skrev { $path } med flytningen noteret som { $recorded }.
shift-recorded-revision = version { $revision } af { $date }
shift-recorded = en ny version af { $date }
impossible-day = { $day }. { $month }
