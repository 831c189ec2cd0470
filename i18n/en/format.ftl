# rules/format.rs: parse-error, schema, unsupported-format (raised by the loader).

parse-error = invalid TOML: { $message }
parse-error-help = fix the syntax here; nothing else in the file is checked until it parses
# The TOML parser's descriptions a hand edit meets, after "invalid TOML:"; others stay its own.
parser-extra-equals = there is an `=` too many
fix-help = write { $fixed }
parser-extra-comma-array = there is a comma too many in the list
parser-extra-comma-table = there is a comma too many in the table
parser-leading-zero = a number does not begin with 0
parser-number = a number is written wrong (a decimal has digits on both sides of its point)
parser-basic-string = the text does not end with `"` on its line
parser-literal-string = the text does not end with `'` on its line
parser-multi-line = the text over several lines never ends
parser-quote = text goes in quotes
parser-comma-table = a comma is missing between the table's values
parser-missing-value = a value is missing here
parser-key = a key is written with letters, digits, `-` and `_`
parser-carriage-return = a line break is half (a CR without LF)
parser-unexpected = something here does not belong
parser-unclosed-array = the list is never closed with `]`
parser-unclosed-table = the table is never closed with `{"}"}`
parser-too-large = the number is too large
parser-date = the date or time is written wrong (year-month-day: 2019-03-04)
defined-twice = invalid TOML: `{ $key }` is defined twice
defined-twice-label = defined again here
defined-twice-first = first defined here
defined-twice-help = a key is defined once in a table; remove one, or rename it
table-as-list = invalid TOML: `[{ $key }]` is one table, but `{ $key }` is a list of [[{ $key }]] entries
table-as-list-label = one table, with one bracket
table-as-list-help = write [[{ $key }]] for an entry of the list
table-as-list-entry = an entry of the list
list-as-table = invalid TOML: `[{ $key }]` where `{ $key }` is a list of [[{ $key }]] entries
list-as-table-label = a single table here
list-as-table-help = write [[{ $key }]] for another entry
danish-date = invalid TOML: `{ $written }` is a day written the Danish way, which TOML does not read
danish-date-label = day, month, year
danish-date-help = write the day as year-month-day: { $iso } (a week: "{ $week }"; a month: "{ $month }")
colon-for-equals = invalid TOML: `{ $key }` has `:`, but TOML writes `=` between the key and the value
colon-for-equals-label = `=` here, not `:`
colon-for-equals-help = write `{ $fixed }`
missing-quote = invalid TOML: the text of `{ $key }` has no closing quote
missing-quote-label = the text starts with `"` but does not end with one
missing-quote-help = end the text with `"` on the same line: `{ $fixed }`
bare-word = invalid TOML: the text `{ $word }` has no quotes
bare-word-label = text without quotes
bare-word-help = put the text in quotes: { $fixed } (only numbers, dates, `true` and `false` go without)
curly-quotes = invalid TOML: { $written } is in curly quotes (from Word), which TOML does not read
curly-quotes-label = curly quotes
curly-quotes-help = write straight quotes "…": { $fixed }
missing-opening-quote = invalid TOML: the text of `{ $key }` has no opening quote
missing-opening-quote-label = the text ends with `"`, but does not begin with one
missing-opening-quote-help = begin the text with `"`: { $fixed }
decimal-comma = invalid TOML: `{ $written }` is written with a decimal comma
decimal-comma-label = a number with a comma
decimal-comma-help = a count is a whole number, such as { $fixed } (TOML writes decimals with a point, { $point }, but the plan counts in whole numbers)
date-without-zeros = invalid TOML: `{ $written }` lacks a 0 before its month or day
date-without-zeros-label = month and day are written with two digits
date-without-zeros-help = write { $iso }
missing-comma = invalid TOML: a comma is missing between the list's values
missing-comma-label = a comma before this value
missing-comma-help = write a comma after the value before: { $fixed }
missing-equals = invalid TOML: `=` is missing between `{ $key }` and its value
missing-equals-label = `=` here
missing-equals-help = write { $fixed }
after-the-value = invalid TOML: after the value comes `{ $rest }`
after-the-value-label = more than one value on the line
after-the-value-help = a line holds one value; a quote inside a text is written \" (or write the text in '…'), and a comment begins with #
not-a-day = invalid TOML: `{ $written }` is not a day of the calendar
not-a-day-label = year-month-day, but no such day
not-a-day-help = the month's last day is { $last }
not-a-month-help = the month is written 01 to 12
unended-text = invalid TOML: the text of `{ $key }` begins with { $quotes } but never ends
unended-text-label = the text over several lines begins here
unended-text-help = end it with { $quotes }, or write it on one line in "…"
unbalanced-header = invalid TOML: the header `{ $written }` does not have as many brackets on each side of its name
unbalanced-header-label = [ and ] must match
unbalanced-header-help = write { $fixed } (two brackets around an entry of a list, one around a table)
unclosed-array = invalid TOML: the list of `{ $key }` is never closed with `]`
unclosed-array-label = the list opens here
unclosed-array-help = put `]` after the list's last value, on line { $line }: { $fixed }
unclosed-table = invalid TOML: the table of `{ $key }` is never closed with `{"}"}`
unclosed-table-label = the table opens here
unclosed-table-help = put `{"}"}` after the table's last value, on line { $line }: { $fixed }
no-value = invalid TOML: `{ $key }` has no value after `=`
no-value-label = a value goes here
no-value-help = write the value (text in quotes, a number, a date, a list in [ ]), or remove the line
not-utf8 = the file is not UTF-8 text
not-utf8-label = this byte does not start a UTF-8 character
not-utf8-help = save the file as UTF-8 (most editors offer it under "Save as" or "Encoding")
empty-file = the plan file is empty
empty-file-label = a plan needs at least `format` and a [plan] table
empty-file-help = start with `format = 1`, then [plan] with `title` and `root`; see README.md

unknown-key = unknown key `{ $key }` in { $table }
unknown-key-label = not a key of plan format 1
missing-key = missing key `{ $key }` in { $table }
missing-key-label = `{ $key }` is required here
missing-timing = { $table } has no date
missing-timing-label = needs `date`, or `start` and `end`
missing-timing-help = write `date = "tbd"` (or `start`/`end = "tbd"`) when the date is not yet known
half-range = `{ $present }` without `{ $missing }`
half-range-label = `{ $missing }` is missing
half-range-help = give both `start` and `end`, or one `date`; write `{ $missing } = "tbd"` if it is not yet known
date-and-range = both `date` and `start`/`end` are given
date-and-range-label = one of them must go
date-and-range-help = `date` is for a one-day event or milestone; `start` and `end` for a period
wrong-type = `{ $key }` must be { $expected }, found { $found }
wrong-type-label = expected { $expected }
quota-and-population = a role has both `quota` and `population`
quota-and-population-label = give one of them
quota-and-population-help = `quota` counts seats for named people; `population` counts a group with no named people
negative = `{ $key }` must be 0 or more, found { $value }
negative-label = a count cannot be negative
not-a-word = `{ $value }` is not a { $what }
not-a-word-label = `{ $key }` takes one of { $words }
bad-id = `{ $value }` is not a valid id
bad-id-label = ids are lowercase kebab-case: a-z, 0-9 and `-`, starting with a letter or digit
bad-id-help = write `{ $id }`; the display name goes in `name`
bad-duration = `{ $value }` is not a course length
bad-duration-label = write hours or days, or a range of them
bad-duration-help = for example "7h", "2d" or "3-6h"
bad-colour = `{ $value }` is not a colour
bad-colour-label = write # and six hexadecimal digits
bad-colour-help = for example "#2b6cb0"
reading-wrong-type = `value` is not a value `{ $key }` can hold
reading-wrong-type-label = write the other reading as the key would hold it
unknown-rule = unknown rule `{ $name }` in [lints]
unknown-rule-label = not a rule of aula-plan
unknown-rule-help = `aula-plan rules` lists every rule
fixed-rule = the level of `{ $name }` cannot be changed
fixed-rule-label = a file that does not parse is always an error
format-missing = the plan does not say its format version
format-read-as = read as format { $version }
format-missing-help = add `format = { $version }` as the first line
format-unknown = plan format { $found } is not supported
format-unknown-label = this aula-plan reads format { $version }
format-unknown-help = use the aula-plan release that wrote this file, or convert the plan to format 1
format-quoted = `format` must be a number
format-quoted-help = write `format = { $version }`, without quotes

# The kinds of value and the places the loader names.
value-string = a string
value-integer = an integer
value-decimal = a decimal number
value-boolean = a boolean
value-date = a date
value-time = a time
value-date-time = a date-time
value-array-of-tables = an array of tables
value-array = an array
value-inline-table = an inline table
value-table = a table
value-array-of-strings = an array of strings
value-whole-number = a whole number
value-array-of-whole-numbers = an array of whole numbers
value-true-or-false = `true` or `false`
value-in-it = { $found } in it
the-top-level = the top level
the-plan = the plan
word-unit-kind = unit kind
word-split = split
word-paid = paid
word-scope = scope
word-phase-kind = phase kind
word-status = status
word-holidays = holidays
word-lint-level = lint level
date-form-short = write a day as 2019-01-28, a week as "2019-W41", a month as "2019-10", or "tbd"
write-each-entry = write each entry as [[{ $path }]]
amount-range-help = write one whole number, or a range as [least, most]: months = [3, 5]
add-plan-table = add a [plan] table with `title` and `root`
