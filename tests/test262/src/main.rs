//! `dxc-test262`: runs tc39/test262 against dxc.
//!
//! `cargo run --release -p dxc-test262 -- <test262 checkout> [DIR...] [--write]`
//!
//! Each test is prepared with its harness files for each mode it runs in (`suite`),
//! compiled in-process by dxc, linked as a shared library and run by the test host
//! (`host`), and judged by its metadata (`meta`): a negative test must fail in the phase
//! it names with the error type it names. Tests run on every core. `--write` merges the
//! per-directory results into `tests/test262/results.txt` and regenerates
//! `docs/conformance.md` (`report`).

mod host;
mod meta;
mod report;
mod suite;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use clap::Parser;

use dxc::driver::ErrorKind;

#[derive(Parser)]
#[command(about = "Run tc39/test262 against dxc")]
struct Cli {
    /// Path of a tc39/test262 checkout.
    test262: PathBuf,
    /// Directories or files under `test/` to run (default: language and built-ins).
    filters: Vec<String>,
    /// Worker threads (default: one per core).
    #[arg(short = 'j', long)]
    jobs: Option<usize>,
    /// Seconds a test may run.
    #[arg(long, default_value_t = 10)]
    timeout: u64,
    /// Merge the results into tests/test262/results.txt and regenerate docs/conformance.md.
    #[arg(long)]
    write: bool,
    /// Print every failing test with the reason.
    #[arg(long)]
    show_failures: bool,
}

/// How one test ended (the worst of its modes).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    Pass,
    /// A construct dxc does not compile yet.
    Unsupported(String),
    Fail(String),
    Timeout,
    /// The compiled program died of a signal.
    Crash(i32),
    /// The compiler panicked.
    Panic(String),
}

pub struct TestResult {
    pub path: String,
    pub outcome: Option<Outcome>,
    /// Set when the test is not run.
    pub excluded: Option<&'static suite::Exclusion>,
}

struct Ctx {
    root: PathBuf,
    harness: suite::Harness,
    host: host::Host,
    timeout: Duration,
}

fn main() {
    let cli = Cli::parse();
    if let Err(e) = run(cli) {
        eprintln!("error: {e}");
        std::process::exit(2);
    }
}

fn run(cli: Cli) -> Result<(), String> {
    let root = cli.test262.clone();
    if !root.join("harness").join("assert.js").is_file() {
        return Err(format!("{} is not a test262 checkout (no harness/assert.js)", root.display()));
    }
    let filters = if cli.filters.is_empty() { vec!["language".to_string(), "built-ins".to_string()] } else { cli.filters.clone() };
    let tests = suite::discover(&root, &filters)?;
    let work = tempfile::Builder::new().prefix("dxc-test262").tempdir().map_err(|e| e.to_string())?;
    let stub = compile("", "stub.js").map_err(|_| "cannot compile the host's stub program".to_string())?;
    let host = host::Host::build(work.path(), &stub)?;
    let ctx = Ctx { root: root.clone(), harness: suite::Harness::load(&root)?, host, timeout: Duration::from_secs(cli.timeout) };
    let jobs = cli.jobs.unwrap_or_else(|| std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1)).max(1);
    // Compiler panics are results, not noise.
    std::panic::set_hook(Box::new(|_| {}));

    let start = Instant::now();
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<TestResult>> = Mutex::new(Vec::with_capacity(tests.len()));
    std::thread::scope(|s| {
        for w in 0..jobs {
            let dir = work.path().join(format!("worker{w}"));
            let (ctx, tests, next, results) = (&ctx, &tests, &next, &results);
            std::thread::Builder::new()
                .stack_size(256 << 20)
                .spawn_scoped(s, move || {
                    std::fs::create_dir_all(&dir).expect("worker directory");
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(path) = tests.get(i) else { break };
                        let r = run_test(ctx, path, &dir);
                        let mut all = results.lock().unwrap();
                        all.push(r);
                        let n = all.len();
                        if n % 500 == 0 {
                            eprintln!("  {n}/{} tests ({:.0}s)", tests.len(), start.elapsed().as_secs_f64());
                        }
                    }
                })
                .expect("worker thread");
        }
    });
    let _ = std::panic::take_hook();
    let mut results = results.into_inner().unwrap();
    results.sort_by(|a, b| a.path.cmp(&b.path));

    if cli.show_failures {
        for r in &results {
            if let Some(o) = &r.outcome
                && *o != Outcome::Pass
            {
                println!("{}: {o:?}", r.path);
            }
        }
    }
    print_summary(&results, start.elapsed());
    if cli.write {
        let project = Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("..");
        report::write(&project, &results, &filters, &root)?;
    }
    Ok(())
}

fn print_summary(results: &[TestResult], elapsed: Duration) {
    let run: Vec<&Outcome> = results.iter().filter_map(|r| r.outcome.as_ref()).collect();
    let count = |f: &dyn Fn(&Outcome) -> bool| run.iter().filter(|o| f(o)).count();
    let passed = count(&|o| *o == Outcome::Pass);
    println!(
        "{passed}/{} passed ({:.1}%), {} excluded; {} unsupported, {} panics, {} crashes, {} timeouts; {:.0}s",
        run.len(),
        100.0 * passed as f64 / run.len().max(1) as f64,
        results.len() - run.len(),
        count(&|o| matches!(o, Outcome::Unsupported(_))),
        count(&|o| matches!(o, Outcome::Panic(_))),
        count(&|o| matches!(o, Outcome::Crash(_))),
        count(&|o| matches!(o, Outcome::Timeout)),
        elapsed.as_secs_f64()
    );
    // What is missing, most common first: the work list.
    let mut missing: BTreeMap<&str, usize> = BTreeMap::new();
    for o in &run {
        if let Outcome::Unsupported(what) = o {
            *missing.entry(what.as_str()).or_default() += 1;
        }
    }
    let mut missing: Vec<_> = missing.into_iter().collect();
    missing.sort_by_key(|m| std::cmp::Reverse(m.1));
    for (what, n) in missing.iter().take(25) {
        println!("  {n:6}  unsupported: {what}");
    }
}

/// Compiles a program to an object file.
fn compile(source: &str, name: &str) -> Result<Vec<u8>, dxc::driver::BuildError> {
    // test262 tests are scripts (module tests are excluded).
    let ir = dxc::driver::compile_source_to_ir(source, oxc_span::SourceType::script(), name, name)?;
    let opts = dxc::codegen::Options { opt_level: "none", keep_clif: false };
    dxc::codegen::compile(&ir, &opts).map(|o| o.object).map_err(|e| dxc::driver::BuildError { message: e, kind: ErrorKind::Build })
}

fn run_test(ctx: &Ctx, rel: &str, dir: &Path) -> TestResult {
    let path = ctx.root.join("test").join(rel);
    let done = |outcome: Outcome| TestResult { path: rel.to_string(), outcome: Some(outcome), excluded: None };
    let source = match std::fs::read_to_string(&path) {
        Ok(s) => s,
        Err(e) => return done(Outcome::Fail(format!("cannot read: {e}"))),
    };
    let meta = match meta::parse(&source) {
        Ok(m) => m,
        Err(e) => return done(Outcome::Fail(e)),
    };
    if let Some(x) = suite::exclusion_of(rel, &meta) {
        return TestResult { path: rel.to_string(), outcome: None, excluded: Some(x) };
    }
    let mut worst = Outcome::Pass;
    for &strict in suite::modes(&meta) {
        let outcome = run_mode(ctx, rel, &source, &meta, strict, dir);
        if outcome > worst {
            worst = outcome;
        }
    }
    done(worst)
}

fn run_mode(ctx: &Ctx, rel: &str, source: &str, meta: &meta::Meta, strict: bool, dir: &Path) -> Outcome {
    let mode = if strict { "strict" } else { "sloppy" };
    let program = match ctx.harness.prepare(source, meta, strict) {
        Ok(p) => p,
        Err(e) => return Outcome::Fail(e),
    };
    let compile_time = matches!(meta.negative.as_ref().map(|n| n.phase.as_str()), Some("parse" | "early"));
    let compiled = std::panic::catch_unwind(|| compile(&program, rel));
    let object = match compiled {
        Err(panic) => {
            let msg = panic.downcast_ref::<String>().cloned().or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default();
            return Outcome::Panic(msg);
        }
        Ok(Err(e)) => {
            return match e.kind {
                ErrorKind::Syntax if compile_time => Outcome::Pass,
                ErrorKind::Unsupported => Outcome::Unsupported(unsupported_what(&e.message)),
                _ => Outcome::Fail(format!("{mode}: compile error: {}", first_line(&e.message))),
            };
        }
        Ok(Ok(object)) => object,
    };
    if compile_time {
        return Outcome::Fail(format!("{mode}: expected a {} at compile time", meta.negative.as_ref().unwrap().error_type));
    }
    if let Err(e) = host::link_library(&object, dir) {
        return Outcome::Fail(format!("{mode}: {e}"));
    }
    let run = match ctx.host.run(dir, ctx.timeout) {
        Ok(r) => r,
        Err(e) => return Outcome::Fail(e),
    };
    match run.exit {
        host::Exit::Timeout => Outcome::Timeout,
        host::Exit::Signal(s) => Outcome::Crash(s),
        host::Exit::Code(code) => match &meta.negative {
            Some(n) if code != 0 && run.stderr.contains(&n.error_type) => Outcome::Pass,
            Some(n) => Outcome::Fail(format!("{mode}: expected {} at run time, exit {code}: {}", n.error_type, error_line(&run.stderr))),
            None if code != 0 => Outcome::Fail(format!("{mode}: exit {code}: {}", error_line(&run.stderr))),
            None if meta.has_flag("async") && !run.stdout.contains("Test262:AsyncTestComplete") => Outcome::Fail(format!("{mode}: async test did not complete: {}", first_line(&run.stdout))),
            None => Outcome::Pass,
        },
    }
}

fn first_line(s: &str) -> &str {
    s.lines().find(|l| !l.trim().is_empty()).unwrap_or("").trim()
}

/// The line of an uncaught-error report that names the error: the first after the
/// code frame's caret.
fn error_line(stderr: &str) -> String {
    let lines: Vec<&str> = stderr.lines().collect();
    let Some(i) = lines.iter().position(|l| l.trim() == "^") else { return first_line(stderr).to_string() };
    let mut rest = lines[i + 1..].iter().map(|l| l.trim()).skip_while(|l| l.is_empty());
    let first = rest.next().unwrap_or("");
    if !first.ends_with('{') {
        return first.to_string();
    }
    // An inspected object over several lines: join it.
    let mut out = first.to_string();
    for l in rest {
        out.push(' ');
        out.push_str(l);
        if l.starts_with('}') {
            break;
        }
    }
    out
}

fn unsupported_what(message: &str) -> String {
    const MARK: &str = "not supported by dxc yet: ";
    message.find(MARK).map(|i| message[i + MARK.len()..].lines().next().unwrap_or("").to_string()).unwrap_or_else(|| first_line(message).to_string())
}
