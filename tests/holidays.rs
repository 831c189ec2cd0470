//! The computed Danish public holidays against the published lists for 2019–2027.

use aula_plan::holidays::holidays;
use chrono::NaiveDate;

/// Published moving holidays: (year, [skærtorsdag, langfredag, påskedag, 2. påskedag,
/// store bededag or none, Kristi himmelfartsdag, pinsedag, 2. pinsedag]) as "MM-DD".
const PUBLISHED: &[(i32, [&str; 8])] = &[
    (2019, ["04-18", "04-19", "04-21", "04-22", "05-17", "05-30", "06-09", "06-10"]),
    (2020, ["04-09", "04-10", "04-12", "04-13", "05-08", "05-21", "05-31", "06-01"]),
    (2021, ["04-01", "04-02", "04-04", "04-05", "04-30", "05-13", "05-23", "05-24"]),
    (2022, ["04-14", "04-15", "04-17", "04-18", "05-13", "05-26", "06-05", "06-06"]),
    (2023, ["04-06", "04-07", "04-09", "04-10", "05-05", "05-18", "05-28", "05-29"]),
    (2024, ["03-28", "03-29", "03-31", "04-01", "", "05-09", "05-19", "05-20"]),
    (2025, ["04-17", "04-18", "04-20", "04-21", "", "05-29", "06-08", "06-09"]),
    (2026, ["04-02", "04-03", "04-05", "04-06", "", "05-14", "05-24", "05-25"]),
    (2027, ["03-25", "03-26", "03-28", "03-29", "", "05-06", "05-16", "05-17"]),
];

#[test]
fn matches_the_published_lists_2019_to_2027() {
    let names = [
        "skærtorsdag",
        "langfredag",
        "påskedag",
        "2. påskedag",
        "store bededag",
        "Kristi himmelfartsdag",
        "pinsedag",
        "2. pinsedag",
    ];
    for &(year, days) in PUBLISHED {
        let day = |md: &str| NaiveDate::parse_from_str(&format!("{year}-{md}"), "%Y-%m-%d").expect("date");
        let mut want = vec![(day("01-01"), "nytårsdag")];
        want.extend(days.iter().zip(names).filter(|(d, _)| !d.is_empty()).map(|(d, n)| (day(d), n)));
        want.extend([(day("12-25"), "juledag"), (day("12-26"), "2. juledag")]);
        assert_eq!(holidays(year), want, "{year}");
    }
}
