# rules/privacy.rs: cpr-number, personal-data.

cpr-number = a CPR number stands here
cpr-number-label = a person's CPR number
cpr-number-help = remove it, and from the repository's history too (a plan never needs one)
personal-data-phone = a phone number stands here
personal-data-phone-label = a phone number
personal-data-email = an e-mail address stands here
personal-data-email-label = an e-mail address
personal-data-help = name people by first name or title; contact details belong in the directory
