# The library's errors: why a command could not do its work (exit status 2). The cause a
# system call gives (`{ $cause }`) is the operating system's own words.

# ` (did you mean `x`?)` after a one-line message.
error-did-you-mean = { " " }(did you mean `{ $word }`?)
error-known = ; { $intro } { $list }
error-known-tracks = the tracks are

io-not-found = there is no such file
io-no-access = it may not be read
io-directory = it is a folder
error-read = cannot read { $path }: { $cause }
error-empty-directory = { $path }: no *.toml files in this directory
error-directory = { $path } is a directory; give a plan file
error-not-a-file = { $path } is not a regular file (a device, a pipe or a socket); give a plan file
error-too-large = { $path } is larger than { $limit } MB, more than any plan; { $var }=N allows N MB

error-read-only-file = { $path } is read-only; nothing written
error-read-only-folder = the folder { $path } is read-only; nothing written
error-changed = { $path } changed since aula-plan read it; nothing written (run the command again)
error-not-yours = { $path } may not be written by you (its owner and permissions say so); nothing written
error-locked = another program is writing { $path } and holds its lock; nothing written (try again)
error-lock-not-a-file = { $path } is a link or something else than a lock file, so aula-plan does not use it; nothing written (remove it, if nobody made it on purpose)
error-in-use = another program has { $path } open, and Windows would not replace it; nothing written (close it, and run the command again)
error-io = cannot { $action ->
    [find] find
    [find-folder] find the folder
    [read] read
    [open] open
    [lock] lock
    [create-temp] create a temporary file in
    [write] write
    [set-permissions] set the permissions of
    [replace] replace
   *[other] { $action }
} { $path }: { $cause }; nothing written
error-verify = the { $what } does not read back as intended ({ $why }); nothing written. Please report this
error-today = { $var } is `{ $value }`, which is not a day: give one as YYYY-MM-DD (2019-05-20), or unset it for today

error-nothing-to-move = a shift of 0 moves nothing
error-red-line = the red line must be a day, a week or a month, not `{ $date }`
error-unknown-track = no activity has track `{ $track }`{ $hint }
error-unknown-activity = no training or phase has id `{ $id }`{ $hint }
error-not-an-activity = `{ $id }` is a { $kind }; --only takes the ids of trainings and phases
error-out-of-range = `{ $id }`: { $key } { $date } moved { $step } is past the years aula-plan computes with (1-9999)
error-revision-not-array = `revision` is neither [[revision]] tables nor an array of them; cannot add a revision

error-no-git = cannot run git for { $label }: { $cause }
error-not-a-repository = { $label }: { $dir } is not inside a git repository (give a file path instead)
error-unknown-revision = { $label }: git has no revision `{ $rev }`
error-not-a-revision = { $label }: `{ $rev }` is not a revision: give a commit, a branch or a tag (`HEAD~1`, `main`, `v2.1`), not the index or a path
error-no-such-path = { $label }: revision `{ $rev }` has no such file

error-not-split = `{ $role }` has no `split`: its quota is not divided over units
error-nothing-split = no role has a `split`; nothing to allocate
error-seats-not-a-table = unit `{ $unit }` writes `seats` as something other than a table; change it by hand
error-uncounted = `{ $unit }` has no `{ $key }`, so its share of `{ $role }` cannot be known; nothing written
error-not-whole = `{ $role }` would have { $given } of its { $quota } seats placed (the units' `{ $key }` do not divide it); nothing written
error-unit-not-found = no [[unit]] table for `{ $unit }` in the file

error-unknown-role = no role has id `{ $id }`{ $hint }
error-unknown-group = no { $kind } has id `{ $id }`{ $hint }
error-unknown-person-or-role = no person or role has id `{ $id }`{ $hint }
error-not-person-or-role = `{ $id }` is a { $kind }; --for takes a person or a role
error-unknown-rule = unknown rule `{ $name }`{ $hint }
