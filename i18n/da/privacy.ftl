# rules/privacy.rs: cpr-number, personal-data.

cpr-number = her står et CPR-nummer
cpr-number-label = en persons CPR-nummer
cpr-number-help = fjern det, også fra repositoriets historik (en plan har aldrig brug for et)
personal-data-phone = her står et telefonnummer
personal-data-phone-label = et telefonnummer
personal-data-email = her står en e-mailadresse
personal-data-email-label = en e-mailadresse
personal-data-help = nævn folk ved fornavn eller titel; kontaktoplysninger hører til i kontaktbogen
