//! `cargo bench --bench national`: plans at national scale, and what `validate` and `shift`
//! cost next to merely parsing the same file into a `toml::Table` with the `toml` crate.
//!
//! A synthetic plan holds municipalities like a real one — a department with its schools
//! (pupils, seat shares) and day-care institutions (leaders), administrators and super-users
//! with named people, the vendor's courses and the local ones, dated phases with `after` —
//! repeated until the file is 2, 20 and 50 MB (`AULA_BENCH_SIZES=2,20` chooses others).
//! Each measurement runs in a fresh process of this program, which reports its own wall time
//! and peak memory (`VmHWM`); the figure printed is the median of three runs.
//!
//! Also: the Esbjerg plan's wall time, and several plans validated at once by the binary.
//! `AULA_BENCH_DIR=DIR` keeps the generated plans in DIR.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use aula_plan::plan::date::Step;
use aula_plan::rules::Overrides;

const RUNS: usize = 5;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    // A child: do one job and report.
    if let Some(i) = args.iter().position(|a| a == "--job") {
        job(&args[i + 1], Path::new(&args[i + 2]));
        return;
    }
    let sizes: Vec<usize> = std::env::var("AULA_BENCH_SIZES")
        .ok()
        .map_or_else(|| vec![2, 20, 50], |s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect());
    // AULA_BENCH_DIR keeps the generated plans there, to look at; else a temporary folder.
    let temp = tempfile::tempdir().expect("a temporary folder");
    let kept = std::env::var_os("AULA_BENCH_DIR").map(PathBuf::from);
    let dir = kept.as_deref().unwrap_or(temp.path());
    let me = std::env::current_exe().expect("this program");

    println!(
        "aula-plan at national scale: median of {RUNS} runs of each job, taken in turns, each in a fresh process\n"
    );
    println!(
        "{:>7} {:>6} {:>9} | {:>9} {:>8} | {:>9} {:>8} {:>6} {:>6} | {:>9} {:>6}",
        "size", "munic.", "entities", "parse ms", "MB", "valid. ms", "MB", "×time", "×mem", "shift ms", "×time"
    );
    let mut per_mb = Vec::new();
    let mut targets = None;
    for &mb in &sizes {
        let path = dir.join(format!("national-{mb}mb.toml"));
        let (municipalities, entities) = write_plan(&path, mb * 1024 * 1024);
        let bytes = std::fs::metadata(&path).map_or(0, |m| m.len());
        let [parse, validate, shift] = measure(&me, ["parse", "validate", "shift"], &path);
        #[allow(clippy::cast_precision_loss)]
        let size_mb = bytes as f64 / 1_048_576.0;
        println!(
            "{:>5.1}MB {:>6} {:>9} | {:>9.0} {:>8.1} | {:>9.0} {:>8.1} {:>6.2} {:>6.2} | {:>9.0} {:>6.2}",
            size_mb,
            municipalities,
            entities,
            parse.ms,
            parse.mb,
            validate.ms,
            validate.mb,
            validate.ms / parse.ms,
            validate.mb / parse.mb,
            shift.ms,
            shift.ms / parse.ms,
        );
        per_mb.push((size_mb, validate.ms / size_mb));
        if mb == 20 {
            targets = Some((validate.ms / parse.ms, validate.mb / size_mb, shift.ms / parse.ms));
        }
    }
    if let Some((time, memory, shift)) = targets {
        let verdict = |met: bool| if met { "met" } else { "NOT met" };
        println!(
            "\ntargets at 20 MB: validate time ×{time:.2} of the parse ≤ 0.8 {}, peak memory {memory:.1}× the file ≤ 5 {}; shift --write ×{shift:.2} ≤ 2 {}",
            verdict(time <= 0.8),
            verdict(memory <= 5.0),
            verdict(shift <= 2.0)
        );
    }
    if per_mb.len() > 1 {
        let (first, last) = (per_mb[0], per_mb[per_mb.len() - 1]);
        println!(
            "\nvalidate per MB: {:.1} ms at {:.0} MB, {:.1} ms at {:.0} MB (×{:.2}: 1 is linear)",
            first.1,
            first.0,
            last.1,
            last.0,
            last.1 / first.1
        );
    }

    // Where validate's time goes, on the largest plan: aula-plan's loader alone, and the two
    // general TOML parsers it could stand on instead (toml_edit is what edits use).
    if let Some(&mb) = sizes.last() {
        let path = dir.join(format!("national-{mb}mb.toml"));
        let names = [
            "aula_plan::load::load (text → plan)",
            "toml::de::DeTable::parse (spans, borrowed text)",
            "toml_edit::Document::parse (keeps the layout)",
        ];
        let [base, figures @ ..] = measure(&me, ["parse", "load", "detable", "toml_edit"], &path);
        println!("\nparsers on the {mb} MB plan, next to the parse into toml::Table:");
        for (name, f) in names.iter().zip(figures) {
            println!("  {name}: {:.0} ms ×{:.2}, {:.1} MB ×{:.2}", f.ms, f.ms / base.ms, f.mb, f.mb / base.mb);
        }
    }

    let esbjerg = Path::new(env!("CARGO_MANIFEST_DIR")).join("plans/esbjerg-2020.toml");
    let [e] = measure(&me, ["validate"], &esbjerg);
    println!("\nplans/esbjerg-2020.toml: validate {:.2} ms, {:.1} MB", e.ms, e.mb);

    parallel(dir);
}

/// One job's figures: wall time in milliseconds, peak memory in MB.
/// The plans of `AULA_BENCH_SIZES` may be larger than aula-plan's default limit (64 MB).
const BENCH_MAX_MB: &str = "4096";

#[derive(Clone, Copy)]
struct Figures {
    ms: f64,
    mb: f64,
}

/// The median of [`RUNS`] runs of each job, each in a fresh process. The jobs take turns, so
/// that a slow spell of the machine falls on all of them alike.
fn measure<const N: usize>(me: &Path, jobs: [&str; N], path: &Path) -> [Figures; N] {
    let mut runs: [Vec<Figures>; N] = std::array::from_fn(|_| Vec::with_capacity(RUNS));
    for _ in 0..RUNS {
        for (what, figures) in jobs.iter().zip(runs.iter_mut()) {
            let out = Command::new(me)
                .env("AULA_PLAN_MAX_MB", BENCH_MAX_MB)
                .args(["--job", what])
                .arg(path)
                .output()
                .expect("a child");
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(out.status.success(), "{what} failed: {}", String::from_utf8_lossy(&out.stderr));
            let mut words = text.split_whitespace().map(|w| w.parse::<f64>().unwrap_or(f64::NAN));
            figures.push(Figures { ms: words.next().unwrap_or(f64::NAN), mb: words.next().unwrap_or(f64::NAN) });
        }
    }
    runs.map(|mut r| {
        r.sort_by(|a, b| a.ms.total_cmp(&b.ms));
        let ms = r[RUNS / 2].ms;
        r.sort_by(|a, b| a.mb.total_cmp(&b.mb));
        Figures { ms, mb: r[RUNS / 2].mb }
    })
}

/// In a child: read the file, do the job, print wall milliseconds and peak MB.
fn job(what: &str, path: &Path) {
    let started = Instant::now();
    // `validate` reads the file as the binary does; the other jobs read it whole first.
    let bytes = if what == "validate" { Vec::new() } else { std::fs::read(path).expect("the plan") };
    match what {
        "parse" => {
            let text = std::str::from_utf8(&bytes).expect("UTF-8");
            let table: toml::Table = text.parse().expect("TOML");
            std::hint::black_box(&table);
        }
        "load" => {
            let loaded = aula_plan::load::load(std::str::from_utf8(&bytes).expect("UTF-8"));
            std::hint::black_box(&loaded);
        }
        "detable" => {
            let text = std::str::from_utf8(&bytes).expect("UTF-8");
            let table = toml::de::DeTable::parse(text).expect("TOML");
            std::hint::black_box(&table);
        }
        "toml_edit" => {
            let text = std::str::from_utf8(&bytes).expect("UTF-8");
            let doc = toml_edit::Document::parse(text).expect("TOML");
            std::hint::black_box(&doc);
        }
        "validate" => {
            // As the binary does it: the file read by `input::read`, loaded where it lies.
            let paths = [path.to_path_buf()];
            let reports = aula_plan::validate::validate_all(&paths, &Overrides::default());
            for report in reports {
                let report = report.expect("the plan reads");
                let text = aula_plan::diagnostic::human::render(&report, aula_plan::i18n::Lang::En);
                std::hint::black_box(&text);
            }
        }
        "shift" => {
            // As `shift --write` does it: load, plan the moves, read the result back, write.
            let (source, loaded) = aula_plan::load::load_bytes(&bytes);
            let plan = loaded.plan.as_ref().expect("a plan");
            let request = aula_plan::shift::Request {
                step: Step::Months(4),
                most: None,
                from: aula_plan::plan::PlanDate::parse("2019-05-01").ok(),
                tracks: Vec::new(),
                only: Vec::new(),
                workdays: false,
                end_only: false,
            };
            let mut shift = aula_plan::shift::plan_shift(plan, &source, &request).expect("a shift");
            let entry = aula_plan::shift::RevisionEntry {
                date: chrono::NaiveDate::from_ymd_opt(2020, 3, 1).expect("a day"),
                note: None,
                revision: None,
                plan_revision: None,
            };
            aula_plan::shift::add_revision(&mut shift, &source, &entry).expect("a revision");
            let original = aula_plan::edit::Original { source: &source, findings: &loaded.findings };
            let edited = aula_plan::shift::verify(plan, original, &shift, true).expect("reads back");
            std::hint::black_box(&edited.loaded);
            let out = path.with_extension("shifted.toml");
            std::fs::write(&out, edited.text).expect("written");
        }
        other => panic!("no job {other}"),
    }
    let ms = started.elapsed().as_secs_f64() * 1000.0;
    println!("{ms} {}", peak_mb());
}

/// This process's peak resident memory, from /proc (Linux); NaN elsewhere.
fn peak_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// Several municipalities' plans at once: `aula-plan validate` of 8 files, timed against
/// validating them one after the other.
fn parallel(dir: &Path) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), |t| root.join(t));
    let bin = target.join("release").join(format!("aula-plan{}", std::env::consts::EXE_SUFFIX));
    if !bin.exists() {
        println!("\n(build with `cargo build --release` to time several plans at once)");
        return;
    }
    let files: Vec<PathBuf> = (0..8)
        .map(|i| {
            let p = dir.join(format!("municipality-{i}.toml"));
            write_plan(&p, 2 * 1024 * 1024);
            p
        })
        .collect();
    let time = |paths: &[PathBuf]| {
        let started = Instant::now();
        let out = Command::new(&bin)
            .env("AULA_PLAN_MAX_MB", BENCH_MAX_MB)
            .arg("validate")
            .args(paths)
            .output()
            .expect("aula-plan");
        assert!(out.status.code().is_some_and(|c| c <= 1), "{}", String::from_utf8_lossy(&out.stderr));
        started.elapsed().as_secs_f64() * 1000.0
    };
    let together = time(&files);
    let apart: f64 = files.iter().map(|f| time(std::slice::from_ref(f))).sum();
    println!(
        "8 plans of 2 MB: {together:.0} ms in one `aula-plan validate`, {apart:.0} ms one by one (×{:.2})",
        apart / together
    );
}

/// Writes a plan of about `target` bytes; returns the municipalities and entities in it.
fn write_plan(path: &Path, target: usize) -> (usize, usize) {
    let mut out = String::with_capacity(target + 100_000);
    out.push_str(
        "format = 1\n\n[plan]\ntitle = \"Aula, hele landet\"\nmunicipality = \"Danmark\"\nrevision = \"1.0\"\ndate = 2019-01-07\nroot = \"vendor\"\n\n[[unit]]\nid = \"vendor\"\nname = \"Netcompany\"\nkind = \"vendor\"\n\n[[unit]]\nid = \"national\"\nname = \"KL og KOMBIT\"\nkind = \"national\"\n",
    );
    let mut entities = 2;
    let mut m = 0;
    while out.len() < target {
        entities += municipality(&mut out, m);
        m += 1;
    }
    out.push_str("\n[calendar]\nholidays = \"dk\"\n");
    std::fs::write(path, out).expect("the plan written");
    (m, entities)
}

/// One municipality: 20 schools, 15 day-care institutions, roles, people, trainings, phases.
fn municipality(o: &mut String, m: usize) -> usize {
    const SCHOOLS: usize = 20;
    const DAYCARE: usize = 15;
    let mut n = 0;
    let _ = write!(
        o,
        "\n[[unit]]\nid = \"m{m}\"\nname = \"Kommune {m}\"\nparent = \"national\"\nkind = \"department\"\n\n[[unit]]\nid = \"m{m}-skoler\"\nname = \"Skoler\"\nparent = \"m{m}\"\nkind = \"area\"\n\n[[unit]]\nid = \"m{m}-dagtilbud\"\nname = \"Dagtilbud\"\nparent = \"m{m}\"\nkind = \"area\"\n"
    );
    n += 3;
    for s in 0..SCHOOLS {
        let pupils = 150 + (m * 37 + s * 91) % 700;
        let _ = write!(
            o,
            "\n[[unit]]\nid = \"m{m}-skole-{s}\"\nname = \"Skole {s} i kommune {m}\"\nparent = \"m{m}-skoler\"\nkind = \"school\"\npupils = {pupils}\n"
        );
        n += 1;
    }
    for d in 0..DAYCARE {
        let leaders = 1 + (m + d) % 4;
        let _ = write!(
            o,
            "\n[[unit]]\nid = \"m{m}-dagtilbud-{d}\"\nname = \"Dagtilbud {d} i kommune {m}\"\nparent = \"m{m}-dagtilbud\"\nkind = \"daycare\"\nleaders = {leaders}\n"
        );
        n += 1;
    }
    let leaders: usize = (0..DAYCARE).map(|d| 1 + (m + d) % 4).sum();
    let _ = write!(
        o,
        "
[[role]]
id = \"m{m}-admin\"
name = \"Kommunal administrator\"
unit = \"m{m}\"
quota = 2
support = \"vendor\"

[[role]]
id = \"m{m}-school-superuser\"
name = \"Skolernes superbrugere\"
unit = \"m{m}-skoler\"
quota = {SCHOOLS}
split = \"pupils\"
support = \"m{m}-admin\"

[[role]]
id = \"m{m}-school-staff\"
name = \"Medarbejdere, skoler\"
unit = \"m{m}-skoler\"
population = 900
support = \"m{m}-school-superuser\"

[[role]]
id = \"m{m}-daycare-superuser\"
name = \"Dagtilbuddenes superbrugere\"
unit = \"m{m}-dagtilbud\"
quota = {leaders}
split = \"per-leader\"
support = \"m{m}-admin\"

[[role]]
id = \"m{m}-daycare-staff\"
name = \"Medarbejdere, dagtilbud\"
unit = \"m{m}-dagtilbud\"
support = \"m{m}-daycare-superuser\"
"
    );
    n += 5;
    for p in 0..2 {
        let _ = write!(
            o,
            "\n[[person]]\nid = \"m{m}-admin-{p}\"\nname = \"Admin {p}\"\nunit = \"m{m}\"\nroles = [\"m{m}-admin\"]\n"
        );
        n += 1;
    }
    for s in 0..SCHOOLS {
        let _ = write!(
            o,
            "\n[[person]]\nid = \"m{m}-superbruger-{s}\"\nname = \"Superbruger {s}\"\nunit = \"m{m}-skole-{s}\"\nroles = [\"m{m}-school-superuser\"]\n"
        );
        n += 1;
    }
    // Mondays for the administrators (two days), Thursdays for the super-users.
    let admin = ["2019-01-07", "2019-01-14", "2019-01-21", "2019-02-04", "2019-02-11", "2019-02-18"][m % 6];
    let admin_end = ["2019-01-08", "2019-01-15", "2019-01-22", "2019-02-05", "2019-02-12", "2019-02-19"][m % 6];
    let superusers = ["2019-03-07", "2019-03-14", "2019-03-21", "2019-03-28"][m % 4];
    let _ = write!(
        o,
        "
[[training]]
id = \"m{m}-nc-admin\"
name = \"Kommunale administratorer\"
trainer = [\"vendor\"]
trainees = [\"m{m}-admin\"]
seats = 2
duration = \"2d\"
start = {admin}
end = {admin_end}
track = \"schools\"
paid = \"contract\"

[[training]]
id = \"m{m}-nc-school-superusers\"
name = \"Pædagogiske superbrugere, skoler\"
trainer = [\"vendor\"]
trainees = [\"m{m}-school-superuser\"]
seats = {SCHOOLS}
duration = \"7h\"
date = {superusers}
track = \"schools\"
paid = \"contract\"
after = [\"m{m}-nc-admin\"]

[[training]]
id = \"m{m}-school-staff-training\"
name = \"Skolernes øvrige personale\"
trainer = [\"m{m}-school-superuser\"]
trainees = [\"m{m}-school-staff\"]
scope = \"own-unit\"
duration = \"3-4h\"
start = \"2019-W20\"
end = \"2019-W25\"
track = \"schools\"
after = [\"m{m}-nc-school-superusers\"]

[[training]]
id = \"m{m}-nc-daycare-superusers\"
name = \"Pædagogiske superbrugere, dagtilbud\"
trainer = [\"vendor\"]
trainees = [\"m{m}-daycare-superuser\"]
seats = {leaders}
duration = \"7h\"
start = \"2019-09\"
end = \"2019-10\"
track = \"daycare\"
after = [\"m{m}-nc-admin\"]

[[phase]]
id = \"m{m}-school-inform\"
name = \"Skolerne informerer elever og forældre\"
track = \"schools\"
kind = \"parents-pupils\"
start = \"2019-W41\"
end = \"2019-W43\"
owner = \"m{m}-school-superuser\"
after = [\"m{m}-school-staff-training\"]

[[phase]]
id = \"m{m}-school-go-live\"
name = \"Go Live, skoler\"
track = \"schools\"
kind = \"go-live\"
date = 2019-11-04
after = [\"m{m}-school-inform\"]

[[phase]]
id = \"m{m}-daycare-go-live\"
name = \"Go Live, dagtilbud\"
track = \"daycare\"
kind = \"go-live\"
date = \"tbd\"
after = [\"m{m}-daycare-staff-training\"]

[[training]]
id = \"m{m}-daycare-staff-training\"
name = \"Dagtilbuddenes øvrige personale\"
trainer = [\"m{m}-daycare-superuser\"]
trainees = [\"m{m}-daycare-staff\"]
scope = \"own-unit\"
duration = \"3h\"
date = \"tbd\"
track = \"daycare\"
after = [\"m{m}-nc-daycare-superusers\"]
"
    );
    n + 8
}
