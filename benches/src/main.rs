//! The benchmark runner: builds every program in `benches/programs` with dxc and runs
//! it side by side with node (and bun, where installed) in one run, on the same
//! machine, reporting medians and ratios. With `--write` the table replaces the
//! generated part of `docs/benchmarks.md`.
//!
//! What it measures per program: wall time of the whole process (median of `--runs`,
//! after one warm-up), peak RSS (from `wait4`), and for dxc also the build time and the
//! stripped binary size. Outputs of dxc and node must be equal, or the program is
//! reported as wrong instead of timed. `NODE_EXTRA_CA_CERTS` is removed from every
//! child's environment: it adds ~40 ms to each node start here.
//!
//! `cargo run --release -p dxc-benches -- [--runs N] [--write] [name...]`

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use clap::Parser;

#[derive(Parser)]
#[command(about = "Run the dxc benchmarks against node (and bun)")]
struct Args {
    /// Timed runs per program and tool (after one warm-up run).
    #[arg(long, default_value_t = 10)]
    runs: usize,
    /// Write the results into docs/benchmarks.md.
    #[arg(long)]
    write: bool,
    /// Only the programs whose names contain one of these.
    filters: Vec<String>,
}

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// One finished process: wall time, peak RSS in KiB, stdout, exit status.
struct Sample {
    wall: Duration,
    max_rss_kb: u64,
    stdout: Vec<u8>,
    ok: bool,
}

/// Runs a command to completion, measuring it with `wait4`.
fn measure(cmd: &mut Command) -> std::io::Result<Sample> {
    let out = tempfile::tempfile()?;
    cmd.env_remove("NODE_EXTRA_CA_CERTS").stdin(Stdio::null()).stdout(out.try_clone()?).stderr(Stdio::null());
    let start = Instant::now();
    let child = cmd.spawn()?;
    let mut status = 0;
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = child.id() as libc::pid_t;
    let r = unsafe { libc::wait4(pid, &mut status, 0, &mut ru) };
    let wall = start.elapsed();
    if r < 0 {
        return Err(std::io::Error::last_os_error());
    }
    use std::io::{Read, Seek};
    let mut out = out;
    out.rewind()?;
    let mut stdout = Vec::new();
    out.read_to_end(&mut stdout)?;
    let ok = libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0;
    Ok(Sample { wall, max_rss_kb: ru.ru_maxrss as u64, stdout, ok })
}

struct Stats {
    median: Duration,
    max_rss_kb: u64,
}

/// Median wall time and the largest peak RSS over `runs` runs, after a warm-up.
fn bench(runs: usize, make: &dyn Fn() -> Command) -> Result<(Stats, Vec<u8>), String> {
    let warm = measure(&mut make()).map_err(|e| e.to_string())?;
    if !warm.ok {
        return Err("exited with an error".into());
    }
    let mut times = Vec::new();
    let mut rss = warm.max_rss_kb;
    for _ in 0..runs {
        let s = measure(&mut make()).map_err(|e| e.to_string())?;
        times.push(s.wall);
        rss = rss.max(s.max_rss_kb);
    }
    times.sort();
    Ok((Stats { median: times[times.len() / 2], max_rss_kb: rss }, warm.stdout))
}

fn find_on_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).map(|d| d.join(name)).find(|p| p.is_file())
}

fn tool_version(exe: &Path) -> String {
    Command::new(exe).arg("--version").output().map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()).unwrap_or_default()
}

fn ms(d: Duration) -> String {
    let ms = d.as_secs_f64() * 1000.0;
    if ms < 10.0 { format!("{ms:.2} ms") } else { format!("{ms:.0} ms") }
}

fn ratio(a: Duration, b: Duration) -> String {
    format!("{:.2}x", a.as_secs_f64() / b.as_secs_f64())
}

fn mb(kb: u64) -> String {
    format!("{:.1} MB", kb as f64 / 1024.0)
}

struct Row {
    name: String,
    build: Duration,
    size: u64,
    dxc: Stats,
    node: Option<Stats>,
    bun: Option<Stats>,
    note: String,
}

/// The JavaScript tsc emits for `prog` (see the comment at its use).
fn ts_twin(root: &Path, prog: &Path, work: &Path, node: Option<&Path>) -> PathBuf {
    let committed = prog.with_extension("js");
    let ts = root.join("target/oracle/typescript/node_modules/typescript");
    let (Some(node), true) = (node, ts.exists()) else { return committed };
    let out = work.join(prog.with_extension("js").file_name().unwrap());
    let ok = Command::new(node)
        .env_remove("NODE_EXTRA_CA_CERTS")
        .arg(root.join("tests/harness/tsc_oracle.cjs"))
        .arg(&ts)
        .arg(prog)
        .arg("--emit")
        .arg(&out)
        .status()
        .is_ok_and(|s| s.success());
    if ok { out } else { committed }
}

fn main() {
    let args = Args::parse();
    let root = repo_root();
    // Build the compiler this runner measures.
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let st = Command::new(&cargo).current_dir(&root).args(["build", "--release", "-q", "-p", "dxc"]).status().expect("cargo runs");
    assert!(st.success(), "building dxc failed");
    let dxc = root.join("target/release/dxc");
    let node = find_on_path("node");
    let bun = std::env::var_os("BUN").map(PathBuf::from).or_else(|| find_on_path("bun"));
    let work = tempfile::tempdir().expect("temp dir");

    let mut programs: Vec<PathBuf> = std::fs::read_dir(root.join("benches/programs")).unwrap().flatten().map(|e| e.path()).collect();
    programs.sort();
    programs.retain(|p| args.filters.is_empty() || args.filters.iter().any(|f| p.file_name().unwrap().to_string_lossy().contains(f.as_str())));

    let mut rows = Vec::new();
    for prog in &programs {
        let file = prog.file_name().unwrap().to_string_lossy().into_owned();
        let exe = work.path().join(prog.file_stem().unwrap());
        // Build time: the median of three builds.
        let mut builds = Vec::new();
        for _ in 0..3 {
            let s = measure(Command::new(&dxc).arg("build").arg(prog).arg("--strip").arg("-o").arg(&exe)).expect("dxc runs");
            if !s.ok {
                eprintln!("{file}: dxc build failed");
            }
            builds.push(s.wall);
        }
        builds.sort();
        let size = std::fs::metadata(&exe).map(|m| m.len()).unwrap_or(0);
        let runs = args.runs;
        let (dxc_stats, dxc_out) = match bench(runs, &|| Command::new(&exe)) {
            Ok(r) => r,
            Err(e) => {
                eprintln!("{file}: {e}");
                continue;
            }
        };
        // node runs the JavaScript: for a .ts program, what tsc emits for it (made now when
        // the test harness has installed typescript, else the committed .js twin, which is
        // that same output); bun runs the .ts itself.
        let js = if prog.extension().is_some_and(|e| e == "ts") { ts_twin(&root, prog, work.path(), node.as_deref()) } else { prog.clone() };
        let mut note = String::new();
        let mut other = |tool: &Option<PathBuf>, name: &str| -> Option<Stats> {
            let t = tool.as_ref()?;
            let script = if name == "bun" { prog } else { &js };
            match bench(runs, &|| {
                let mut c = Command::new(t);
                c.arg(script);
                c
            }) {
                Ok((s, out)) if out == dxc_out => Some(s),
                Ok(_) => {
                    note.push_str(&format!("output differs from {name}; "));
                    None
                }
                Err(e) => {
                    note.push_str(&format!("{name}: {e}; "));
                    None
                }
            }
        };
        let node_stats = other(&node, "node");
        let bun_stats = other(&bun, "bun");
        eprintln!("{file}: dxc {} node {}", ms(dxc_stats.median), node_stats.as_ref().map_or("-".into(), |s| ms(s.median)));
        rows.push(Row { name: file, build: builds[1], size, dxc: dxc_stats, node: node_stats, bun: bun_stats, note });
    }

    let mut md = String::new();
    let node_v = node.as_ref().map(|n| tool_version(n)).unwrap_or_else(|| "not found".into());
    let bun_v = bun.as_ref().map(|b| tool_version(b)).unwrap_or_else(|| "not installed".into());
    let date = Command::new("date").arg("+%Y-%m-%d").output().map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string()).unwrap_or_default();
    md.push_str(&format!(
        "Generated by `cargo run --release -p dxc-benches -- --write` on {date}: {} CPUs, node {node_v}, bun {bun_v}; \
         median of {} runs after a warm-up, whole-process wall time, NODE_EXTRA_CA_CERTS unset. \
         Ratios are dxc time / other time: below 1 means dxc is faster.\n\n",
        std::thread::available_parallelism().map(|n| n.get()).unwrap_or(0),
        args.runs
    ));
    md.push_str("| program | dxc | node | dxc/node | bun | dxc/bun | dxc peak RSS | node peak RSS | dxc build | binary (stripped) |\n");
    md.push_str("|---|---|---|---|---|---|---|---|---|---|\n");
    for r in &rows {
        let (nt, nr, nrss) = match &r.node {
            Some(n) => (ms(n.median), ratio(r.dxc.median, n.median), mb(n.max_rss_kb)),
            None => ("-".into(), "-".into(), "-".into()),
        };
        let (bt, br) = match &r.bun {
            Some(b) => (ms(b.median), ratio(r.dxc.median, b.median)),
            None => ("-".into(), "-".into()),
        };
        md.push_str(&format!(
            "| {} | {} | {nt} | {nr} | {bt} | {br} | {} | {nrss} | {} | {} KB |{}\n",
            r.name,
            ms(r.dxc.median),
            mb(r.dxc.max_rss_kb),
            ms(r.build),
            r.size / 1024,
            if r.note.is_empty() { String::new() } else { format!(" {}", r.note.trim_end_matches("; ")) }
        ));
    }
    if let Some(n) = &node {
        let sz = std::fs::metadata(n).map(|m| m.len()).unwrap_or(0);
        md.push_str(&format!("\nFor size: the node executable, which a Node single-executable app embeds whole, is {} KB.\n", sz / 1024));
    }
    if let Some(b) = &bun {
        let sz = std::fs::metadata(b).map(|m| m.len()).unwrap_or(0);
        md.push_str(&format!("The bun executable, which `bun build --compile` embeds, is {} KB.\n", sz / 1024));
    }
    print!("{md}");
    if args.write {
        let path = root.join("docs/benchmarks.md");
        let doc = std::fs::read_to_string(&path).unwrap_or_default();
        let (start, end) = ("<!-- bench:start -->", "<!-- bench:end -->");
        let new = match (doc.find(start), doc.find(end)) {
            (Some(a), Some(b)) if a < b => format!("{}{start}\n{md}{}", &doc[..a], &doc[b..]),
            _ => format!("{doc}\n{start}\n{md}{end}\n"),
        };
        std::fs::write(&path, new).expect("write docs/benchmarks.md");
        eprintln!("wrote {}", path.display());
    }
}
