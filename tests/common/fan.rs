//! The "fan" plan of the cliffs, shared by `tests/cliffs.rs` and `benches/cliffs.rs`: one
//! course by the vendor for `n` trainer roles, and one by those `n` trainers for `n` trainee
//! roles, so that a cascade view listing every trainee under every trainer would have n² rows.

use std::fmt::Write as _;

/// The fan plan of `n` trainers and `n` trainees, as TOML.
#[must_use]
pub fn fan(n: usize) -> String {
    let mut t = "format = 1\n[plan]\ntitle = \"Cliff\"\nroot = \"u0\"\n[[unit]]\nid = \"u0\"\nname = \"V\"\nkind = \"vendor\"\n"
        .to_owned();
    for who in ["a", "r"] {
        for i in 0..n {
            let _ = write!(t, "[[role]]\nid = \"{who}{i}\"\nname = \"{who}{i}\"\nunit = \"u0\"\n");
        }
    }
    let list = |who: &str| (0..n).map(|i| format!("\"{who}{i}\"")).collect::<Vec<_>>().join(", ");
    let _ = write!(
        t,
        "[[training]]\nid = \"t0\"\nname = \"T0\"\ntrainer = [\"u0\"]\ntrainees = [{}]\nstart = 2019-01-07\nend = 2019-01-08\n",
        list("a")
    );
    let _ = write!(
        t,
        "[[training]]\nid = \"t1\"\nname = \"T1\"\ntrainer = [{}]\ntrainees = [{}]\nstart = 2019-02-04\nend = 2019-02-05\n",
        list("a"),
        list("r")
    );
    t
}
