# rules/quotas.rs: quota-mismatch, unsplit-quota, apportionment, over-assigned, vacant-seat,
# tentative-holder, training-capacity.

list-more = { $items } and { $more } more

seats-without-quota = seats are declared for `{ $role }`, which has no `quota`
seats-without-quota-label = a share of nothing
seats-without-quota-role = the role
seats-without-quota-help = give the role a `quota`, or remove its `seats` entries

tentative-holder = `{ $id }` holds { $roles } tentatively
tentative-holder-label = named, not confirmed
tentative-holder-help = confirm the person (remove `tentative`), or name someone else

seats-outside = `{ $unit }` declares seats of `{ $role }`, but is not below `{ $role_unit }`
seats-outside-label = outside the role's unit
seats-outside-help = only units below `{ $role_unit }` share its seats
seats-sum = the seats declared for `{ $role }` add up to { $sum }, not its quota of { $quota }
seats-sum-label = quota { $quota }
seats-sum-help = declared: { $parts }

unsplit-pupils = `{ $role }` is split by pupils, but no unit below `{ $role_unit }` has `pupils`
unsplit-pupils-label = { $seats ->
    [one] 1 seat
   *[other] { $seats } seats
} with nothing to split them by
unsplit-pupils-help = give each school below the role's unit its `pupils`, and its share in `seats`
unsplit-leaders = `{ $role }` has one seat per leader, but no unit below `{ $role_unit }` has `leaders`
unsplit-leaders-label = { $seats ->
    [one] 1 seat
   *[other] { $seats } seats
} with nothing to count them by
unsplit-leaders-help = give each day-care unit below the role's unit its number of pedagogical `leaders`
leaders-mismatch = `{ $role }` has one seat per leader, but the units below `{ $role_unit }` have { $leaders ->
    [one] 1 leader
   *[other] { $leaders } leaders
} and the quota is { $quota }
leaders-mismatch-label = should be { $leaders }
leaders-mismatch-help = make the quota the sum of `leaders` below the role's unit, or correct `leaders`

apportionment = `{ $unit }` has { $seats } of `{ $role }`'s seats, but its share by pupils is { $share }
apportionment-label = { $pupils } of { $total } pupils
apportionment-help = the largest-remainder method gives it { $fair }

over-assigned = `{ $role }` has { $quota ->
    [one] 1 seat
   *[other] { $quota } seats
} but { $holders ->
    [one] 1 person holds
   *[other] { $holders } people hold
} it
over-assigned-label = quota { $quota }
over-assigned-help = held by { $names }; raise the quota or take the role from someone

vacant-seat = `{ $role }` has { $empty ->
    [one] 1 seat
   *[other] { $empty } seats
} vacant of { $quota }
vacant-seat-per-unit = `{ $role }` has { $empty ->
    [one] 1 seat
   *[other] { $empty } seats
} vacant of { $quota }: { $units }
vacant-seat-nobody = nobody is named
vacant-seat-named = { $count ->
    [one] 1 person is named
   *[other] { $count } people are named
}
vacant-seat-tentative = { $confirmed } confirmed and { $tentative } tentative named
vacant-seat-help = name the people who take the seats in [[person]] entries with this role

training-capacity = `{ $id }` has room for { $room } ({ $how }), but its trainees number { $people }
training-capacity-seats = { $seats ->
    [one] 1 seat
   *[other] { $seats } seats
}
training-capacity-sessions = { $seats ->
    [one] 1 seat
   *[other] { $seats } seats
} × { $sessions ->
    [one] 1 session
   *[other] { $sessions } sessions
}
training-capacity-label = { $short ->
    [one] 1 seat
   *[other] { $short } seats
} too few
training-capacity-help = trainees: { $counted }; add seats or `sessions`
training-capacity-help-uncounted = trainees: { $counted } (not counted, with no quota or population: { $uncounted }); add seats or `sessions`
