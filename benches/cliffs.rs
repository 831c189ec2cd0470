//! Hostile inputs at the sizes they were reported at ("Hostile input", rounds 3 and 4): each
//! must take under 2 s, or under ten times `validate` of the same file where that is longer,
//! and under 1 GB. Each case runs the release build as a person would (`cargo build --release`
//! first, into `CARGO_TARGET_DIR` when it is set), timed, with its peak memory from
//! `/usr/bin/time` where there is one. `AULA_BENCH_ONLY=WORD` runs the cases whose name has
//! the word.
//!
//!     cargo build --release && cargo bench --bench cliffs

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use chrono::NaiveDate;

/// The plans the cliffs' tests use too.
#[path = "../tests/common/fan.rs"]
mod shared;

/// Under this many ms, whatever `validate` takes.
const LIMIT_MS: f64 = 2000.0;
/// Under this many times the time `validate` of the same file takes, where that is more.
const LIMIT_TIMES_VALIDATE: f64 = 10.0;
/// Under this many MB.
const LIMIT_MB: f64 = 1024.0;

/// The release build: in `CARGO_TARGET_DIR` when it is set (relative to the package, as cargo
/// takes it), else in the package's `target`.
fn release_build() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), |t| root.join(t));
    target.join("release").join(format!("aula-plan{}", std::env::consts::EXE_SUFFIX))
}

/// One case: its name, the plan it reads, and the rest of the command line (`PLAN` where the
/// plan goes).
struct Case {
    name: String,
    plan: String,
    words: Vec<String>,
}

fn case(name: &str, plan: &str, words: &[&str]) -> Case {
    let words = words.iter().map(|w| if *w == "PLAN" { plan.to_owned() } else { (*w).to_owned() }).collect();
    Case { name: name.to_owned(), plan: plan.to_owned(), words }
}

fn main() {
    let bin = release_build();
    if !bin.exists() {
        println!("build with `cargo build --release` first: the cases run the release build ({})", bin.display());
        return;
    }
    let dir = tempfile::tempdir().expect("a temporary folder");
    let d = dir.path();
    let only = std::env::var("AULA_BENCH_ONLY").unwrap_or_default();
    let (deep40, deep100, fan1000) = (deep(d, 40_000), deep(d, 100_000), fan(d, 1000));
    let (found, found_b) = findings(d, 32_000);
    let cases = vec![
        case("quota 10^18 split by pupils: allocate", &quota(d), &["allocate", "PLAN"]),
        case("organisation 40 000 deep: show org --format json", &deep40, &["show", "org", "PLAN", "--format", "json"]),
        case("organisation 100 000 deep: show org", &deep100, &["show", "org", "PLAN"]),
        case("organisation 100 000 deep: export --to markdown", &deep100, &["export", "PLAN", "--to", "markdown"]),
        case("a name of 8 MB: export --to ics", &long_name(d, 8), &["export", "PLAN", "--to", "ics"]),
        case("a name of 32 MB: show timeline", &long_name(d, 32), &["show", "timeline", "PLAN"]),
        case("a chain of 10 000 trainings: reschedule", &chain(d, 10_000), &["reschedule", "PLAN"]),
        case("a support chain 10 000 long: show support", &support(d, 10_000), &["show", "support", "PLAN"]),
        case("[follows] two ways to each of 19 levels: validate", &diamond(d, 19), &["validate", "PLAN"]),
        case("1 000 trainers x 1 000 trainees: show cascade", &fan1000, &["show", "cascade", "PLAN"]),
        case(
            "1 000 trainers x 1 000 trainees: export --to markdown",
            &fan1000,
            &["export", "PLAN", "--to", "markdown"],
        ),
        case("1 500 trainers x 1 500 trainees: show cascade", &fan(d, 1500), &["show", "cascade", "PLAN"]),
        case("32 000 entities, 74 000 warnings: diff a b", &found, &["diff", "PLAN", &found_b]),
        case("32 000 entities, 74 000 warnings: set --dry-run", &found, &["set", "PLAN", "r7.name", "Ny", "--dry-run"]),
        case(
            "a phase of 7 000 years, 4 000 closed periods: move --days 1",
            &closed(d, 4000),
            &["move", "PLAN", "long", "--days", "1", "--dry-run"],
        ),
        case("trainer cascade 10 000 deep: reschedule", &cascade(d, 10_000), &["reschedule", "PLAN"]),
        case(
            "a chain of 100 phases: move --with-dependents",
            &phases(d, 100),
            &["move", "PLAN", "p0", "--days", "3", "--with-dependents", "--dry-run"],
        ),
    ];
    println!("{:<60} {:>8} {:>8} {:>9} {:>8}  target", "case", "ms", "peak MB", "valid. ms", "limit");
    for c in cases.iter().filter(|c| c.name.contains(&only)) {
        let (ms, mb, status) = run(&bin, &c.words);
        let (valid, _, _) = run(&bin, &["validate".to_owned(), c.plan.clone()]);
        let limit = LIMIT_MS.max(LIMIT_TIMES_VALIDATE * valid);
        let met = ms < limit && (mb.is_nan() || mb < LIMIT_MB);
        let verdict = if met { "met" } else { "NOT met" };
        println!("{:<60} {ms:>8.0} {mb:>8.1} {valid:>9.0} {limit:>8.0}  {verdict} (exit {status})", c.name);
    }
}

/// Runs the build with `words`: wall time in ms, peak memory in MB (NaN without
/// `/usr/bin/time`) and the exit status. Output is thrown away: a case that prints 900 MB is
/// slow for that.
fn run(bin: &Path, words: &[String]) -> (f64, f64, i32) {
    let time = Path::new("/usr/bin/time");
    let mut cmd = if time.exists() {
        let mut c = Command::new(time);
        c.args(["-f", "%M"]).arg(bin);
        c
    } else {
        Command::new(bin)
    };
    cmd.args(words).env("AULA_PLAN_MAX_MB", "4096").env("AULA_PLAN_TODAY", "2019-01-01");
    cmd.stdout(std::process::Stdio::null()).stderr(std::process::Stdio::piped());
    let started = Instant::now();
    let out = cmd.output().expect("aula-plan runs");
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    let stderr = String::from_utf8_lossy(&out.stderr);
    let kb = stderr.lines().last().and_then(|l| l.trim().parse::<f64>().ok());
    (ms, kb.map_or(f64::NAN, |kb| kb / 1024.0), out.status.code().unwrap_or(-1))
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path: PathBuf = dir.join(name);
    std::fs::write(&path, text).expect("written");
    path.display().to_string()
}

const HEAD: &str = "format = 1\n[plan]\ntitle = \"Cliff\"\nroot = \"u0\"\n";

fn quota(dir: &Path) -> String {
    let schools = include_str!("../tests/fixtures/report/schools.toml");
    write(dir, "quota.toml", &schools.replace("quota = 69", "quota = 1000000000000000000"))
}

fn deep(dir: &Path, levels: usize) -> String {
    let mut t = HEAD.to_owned();
    for i in 0..levels {
        let _ = write!(t, "[[unit]]\nid = \"u{i}\"\nname = \"U{i}\"\n");
        if i == 0 {
            t.push_str("kind = \"vendor\"\n");
        } else {
            let _ = write!(t, "kind = \"area\"\nparent = \"u{}\"\n", i - 1);
        }
    }
    write(dir, &format!("deep-{levels}.toml"), &t)
}

fn long_name(dir: &Path, mb: usize) -> String {
    let name = "Skole; ".repeat(mb * 1024 * 1024 / 7);
    let t = format!(
        "{HEAD}[[unit]]\nid = \"u0\"\nname = \"V\"\nkind = \"vendor\"\n[[phase]]\nid = \"p\"\nname = \"{name}\"\nstart = 2019-01-01\nend = 2019-01-31\n"
    );
    write(dir, &format!("name-{mb}.toml"), &t)
}

fn chain(dir: &Path, n: usize) -> String {
    // Every training on the same days, each after the one before: all but the first move.
    let mut t = format!(
        "{HEAD}[[unit]]\nid = \"u0\"\nname = \"V\"\nkind = \"vendor\"\n[[role]]\nid = \"r\"\nname = \"R\"\nunit = \"u0\"\npopulation = 10\n"
    );
    for i in 0..n {
        let _ = write!(
            t,
            "[[training]]\nid = \"t{i}\"\nname = \"T{i}\"\ntrainer = [\"u0\"]\ntrainees = [\"r\"]\nstart = 2019-01-01\nend = 2019-01-02\n"
        );
        if i > 0 {
            let _ = writeln!(t, "after = [\"t{}\"]", i - 1);
        }
    }
    write(dir, &format!("chain-{n}.toml"), &t)
}

fn support(dir: &Path, n: usize) -> String {
    let mut t = format!("{HEAD}[[unit]]\nid = \"u0\"\nname = \"V\"\nkind = \"vendor\"\n");
    for i in 0..n {
        let _ = write!(t, "[[role]]\nid = \"r{i}\"\nname = \"R{i}\"\nunit = \"u0\"\n");
        if i > 0 {
            let _ = writeln!(t, "support = \"r{}\"", i - 1);
        }
    }
    write(dir, &format!("support-{n}.toml"), &t)
}

fn diamond(dir: &Path, levels: usize) -> String {
    for i in 0..=levels {
        let follows = if i < levels {
            format!("[follows]\na = \"level{n}.toml\"\nb = \"level{n}.toml\"\n", n = i + 1)
        } else {
            String::new()
        };
        let t = format!("{HEAD}{follows}[[unit]]\nid = \"u0\"\nname = \"V\"\nkind = \"vendor\"\n");
        write(dir, &format!("level{i}.toml"), &t);
    }
    dir.join("level0.toml").display().to_string()
}

const VENDOR: &str = "[[unit]]\nid = \"u0\"\nname = \"V\"\nkind = \"vendor\"\n";

/// The fan plan of `n` trainers for `n` trainee roles (`tests/common/fan.rs`), written in `dir`:
/// a cascade view that lists every trainee under every trainer has n² rows.
fn fan(dir: &Path, n: usize) -> String {
    write(dir, &format!("fan-{n}.toml"), &shared::fan(n))
}

/// `n` entities — schools, roles with three warnings each (no support, no course, seats
/// vacant) and people holding them tentatively — and a copy with one role renamed.
fn findings(dir: &Path, n: usize) -> (String, String) {
    let (units, people) = (n / 16, n / 4);
    let roles = n - units - people;
    let note = "Skolens egen beskrivelse af rollen, som planen gengiver den, med lidt tekst omkring";
    let mut t = format!("{HEAD}{VENDOR}");
    for i in 0..units {
        let _ = write!(
            t,
            "[[unit]]\nid = \"s{i}\"\nname = \"Skole {i}\"\nkind = \"school\"\nparent = \"u0\"\nnote = \"{note}\"\n"
        );
    }
    for i in 0..roles {
        let _ = write!(
            t,
            "[[role]]\nid = \"r{i}\"\nname = \"Rolle {i}\"\nunit = \"s{}\"\nquota = 3\nnote = \"{note}\"\n",
            i % units
        );
    }
    for i in 0..people {
        let _ = write!(
            t,
            "[[person]]\nid = \"p{i}\"\nname = \"Person {i}\"\nunit = \"s{}\"\nroles = [\"r{i}\"]\ntentative = true\nnote = \"{note}\"\n",
            i % units
        );
    }
    let b = t.replacen("name = \"Rolle 7\"", "name = \"Ny\"", 1);
    (write(dir, &format!("findings-{n}.toml"), &t), write(dir, &format!("findings-{n}-b.toml"), &b))
}

/// A phase of seven thousand years, and `n` closed periods of two days each, a week apart.
fn closed(dir: &Path, n: usize) -> String {
    let mut t =
        format!("{HEAD}{VENDOR}[[phase]]\nid = \"long\"\nname = \"Lang\"\nstart = 2019-01-07\nend = 9000-12-20\n");
    t.push_str("[calendar]\nclosed = [\n");
    let first = NaiveDate::from_ymd_opt(2019, 1, 9).expect("a day");
    for i in 0..n {
        let (a, b) = (day(first, 7 * i), day(first, 7 * i + 1));
        let _ = writeln!(t, "  {{ id = \"c{i}\", name = \"Lukket {i}\", start = {a}, end = {b} }},");
    }
    t.push_str("]\n");
    write(dir, &format!("closed-{n}.toml"), &t)
}

/// A trainer cascade `n` deep: the course of level `i` is taught by the role level `i - 1`
/// learnt, every course on the same day, so each must move one day after the one before.
fn cascade(dir: &Path, n: usize) -> String {
    let mut t = format!("{HEAD}{VENDOR}");
    for i in 0..n {
        let _ = write!(t, "[[role]]\nid = \"r{i}\"\nname = \"R{i}\"\nunit = \"u0\"\n");
    }
    for i in 0..n {
        let trainer = if i == 0 { "u0".to_owned() } else { format!("r{}", i - 1) };
        let _ = write!(
            t,
            "[[training]]\nid = \"t{i}\"\nname = \"T{i}\"\ntrainer = [\"{trainer}\"]\ntrainees = [\"r{i}\"]\ndate = 2019-01-07\n"
        );
    }
    write(dir, &format!("cascade-{n}.toml"), &t)
}

/// A chain of `n` phases, each a day long and after the one before, back to back.
fn phases(dir: &Path, n: usize) -> String {
    let mut t = format!("{HEAD}{VENDOR}");
    let first = NaiveDate::from_ymd_opt(2019, 1, 7).expect("a day");
    for i in 0..n {
        let on = day(first, i);
        let _ = write!(t, "[[phase]]\nid = \"p{i}\"\nname = \"P{i}\"\nstart = {on}\nend = {on}\n");
        if i > 0 {
            let _ = writeln!(t, "after = [\"p{}\"]", i - 1);
        }
    }
    write(dir, &format!("phases-{n}.toml"), &t)
}

/// The day `n` days after `first`, as TOML writes it.
fn day(first: NaiveDate, n: usize) -> String {
    (first + chrono::Days::new(n as u64)).to_string()
}
