//! Tests of the `dxc` command line: diagnostics (every `tests/errors/<name>.{js,ts,tsx}`
//! must fail with exit code 1 and print exactly `<name>.err`), exit codes for usage
//! errors, outputs left untouched by failed builds, `--emit`, `--static` and the
//! `dxc run` cache.
//!
//! To refresh an `.err` file after an intended change of a message, run the build by
//! hand from `tests/errors` (`dxc build name.js -o /tmp/x 2> name.err`) and review the diff.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn dxc() -> Command {
    Command::new(env!("CARGO_BIN_EXE_dxc"))
}

fn tests_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().join("tests")
}

fn hello_js() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().join("examples/hello.js")
}

/// Writes a source file into `dir`.
fn write_source(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn run(cmd: &mut Command) -> Output {
    cmd.output().expect("dxc runs")
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn diagnostics_match_expected_text() {
    let dir = tests_dir().join("errors");
    let tmp = tempfile::tempdir().unwrap();
    let mut entries: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).collect();
    entries.sort();
    let mut failures = Vec::new();
    let mut count = 0;
    for p in entries {
        let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
        if !matches!(ext, "js" | "ts" | "mjs" | "cjs" | "mts" | "cts" | "tsx" | "jsx") {
            continue;
        }
        count += 1;
        let name = p.file_name().unwrap().to_str().unwrap();
        let out_path = tmp.path().join(name).with_extension("bin");
        let o = run(dxc().current_dir(&dir).arg("build").arg(name).arg("-o").arg(&out_path));
        let expected = std::fs::read_to_string(p.with_extension("err")).unwrap_or_default();
        if o.status.code() != Some(1) {
            failures.push(format!("{name}: exit code {:?}, expected 1", o.status.code()));
        } else if stderr(&o) != expected {
            failures.push(format!("{name}: stderr differs\n--- expected\n{expected}--- got\n{}", stderr(&o)));
        }
        if out_path.exists() {
            failures.push(format!("{name}: an output file was written"));
        }
    }
    assert!(count >= 5, "the error corpus is missing");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn failed_build_leaves_existing_output_untouched() {
    let tmp = tempfile::tempdir().unwrap();
    let src = write_source(tmp.path(), "bad.js", "let x = (1 +;\n");
    let out = tmp.path().join("bad");
    std::fs::write(&out, "precious").unwrap();
    let o = run(dxc().arg("build").arg(&src).arg("-o").arg(&out));
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "precious");
    // No staging files are left behind either.
    let names: Vec<_> = std::fs::read_dir(tmp.path()).unwrap().flatten().map(|e| e.file_name()).collect();
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn missing_input_is_a_usage_error() {
    let o = run(dxc().args(["build", "/nonexistent/dir/missing.js"]));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("cannot read /nonexistent/dir/missing.js"), "{}", stderr(&o));
    let o = run(dxc().args(["run", "/nonexistent/dir/missing.js"]));
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn unknown_extension_and_flags_are_usage_errors() {
    let tmp = tempfile::tempdir().unwrap();
    let src = write_source(tmp.path(), "prog.py", "print(1)\n");
    let o = run(dxc().arg("build").arg(&src));
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("unsupported file type"), "{}", stderr(&o));
    let o = run(dxc().args(["build", "--no-such-flag", "x.js"]));
    assert_eq!(o.status.code(), Some(2));
    let o = run(dxc().args(["build", "x.js", "--emit", "asm"]));
    assert_eq!(o.status.code(), Some(2));
    let o = run(&mut dxc());
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn unwritable_output_is_reported() {
    let src = hello_js();
    let o = run(dxc().arg("build").arg(&src).arg("-o").arg("/nonexistent/dir/out"));
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("/nonexistent/dir"), "{}", stderr(&o));
}

#[test]
fn help_and_version() {
    let o = run(dxc().arg("--version"));
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stdout).starts_with("dxc "));
    let o = run(dxc().arg("--help"));
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stdout).contains("build"));
}

#[test]
fn default_output_is_the_entry_stem_in_the_current_directory() {
    let tmp = tempfile::tempdir().unwrap();
    let src = hello_js();
    let o = run(dxc().current_dir(tmp.path()).arg("build").arg(&src));
    assert!(o.status.success(), "{}", stderr(&o));
    let exe = tmp.path().join("hello");
    let r = run(&mut Command::new(&exe));
    assert!(r.status.success());
    assert!(!r.stdout.is_empty());
}

#[test]
fn emit_stages() {
    let tmp = tempfile::tempdir().unwrap();
    let src = hello_js();
    for (kind, marker) in [("ir", "function fn0"), ("clif", "function u0:")] {
        let out = tmp.path().join(format!("hello.{kind}"));
        let o = run(dxc().arg("build").arg(&src).arg("--emit").arg(kind).arg("-o").arg(&out));
        assert!(o.status.success(), "{}", stderr(&o));
        let text = std::fs::read_to_string(&out).unwrap();
        assert!(text.contains(marker), "--emit {kind}: {text}");
    }
    let out = tmp.path().join("hello.o");
    let o = run(dxc().arg("build").arg(&src).arg("--emit").arg("obj").arg("-o").arg(&out));
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(&std::fs::read(&out).unwrap()[..4], b"\x7fELF");
}

/// Whether an ELF executable asks for a dynamic loader (has a PT_INTERP header).
fn has_interpreter(path: &Path) -> bool {
    let b = std::fs::read(path).unwrap();
    assert_eq!(&b[..4], b"\x7fELF");
    let u16_at = |o: usize| u16::from_le_bytes([b[o], b[o + 1]]) as usize;
    let phoff = u64::from_le_bytes(b[0x20..0x28].try_into().unwrap()) as usize;
    let (phentsize, phnum) = (u16_at(0x36), u16_at(0x38));
    (0..phnum).any(|i| u32::from_le_bytes(b[phoff + i * phentsize..][..4].try_into().unwrap()) == 3)
}

#[test]
fn static_build_has_no_dynamic_dependencies() {
    let tmp = tempfile::tempdir().unwrap();
    let src = hello_js();
    let dynamic = tmp.path().join("hello-dyn");
    let o = run(dxc().arg("build").arg(&src).arg("-o").arg(&dynamic));
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(has_interpreter(&dynamic));
    let stat = tmp.path().join("hello-static");
    let o = run(dxc().arg("build").arg(&src).arg("--static").arg("-o").arg(&stat));
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!has_interpreter(&stat));
    let a = run(&mut Command::new(&dynamic));
    let b = run(&mut Command::new(&stat));
    assert!(b.status.success());
    assert_eq!(a.stdout, b.stdout);
}

/// The executables in a `dxc run` cache directory (beside each, its list of files).
fn cached_executables(dir: &Path) -> Vec<(PathBuf, std::time::SystemTime)> {
    let mut v: Vec<_> = std::fs::read_dir(dir).unwrap().flatten().filter(|e| e.path().extension().is_none()).map(|e| (e.path(), e.metadata().unwrap().modified().unwrap())).collect();
    v.sort();
    v
}

#[test]
fn run_rebuilds_when_an_imported_module_changes() {
    let tmp = tempfile::tempdir().unwrap();
    let main = write_source(tmp.path(), "main.mjs", "import { v } from './dep.mjs';\nconsole.log(v);\n");
    write_source(tmp.path(), "dep.mjs", "export const v = 'first';\n");
    let cache = tmp.path().join("cache");
    let go = || run(dxc().env("XDG_CACHE_HOME", &cache).arg("run").arg(&main));
    assert_eq!(String::from_utf8_lossy(&go().stdout), "first\n");
    let built = cached_executables(&cache.join("dxc"));
    assert_eq!(String::from_utf8_lossy(&go().stdout), "first\n");
    assert_eq!(cached_executables(&cache.join("dxc")), built, "the unchanged program was built again");
    write_source(tmp.path(), "dep.mjs", "export const v = 'second';\n");
    let o = go();
    assert_eq!(String::from_utf8_lossy(&o.stdout), "second\n", "{}", stderr(&o));
}

#[test]
fn run_compiles_once_and_passes_arguments() {
    let tmp = tempfile::tempdir().unwrap();
    let src = write_source(tmp.path(), "args.js", "console.log(process.argv.slice(2).join('|'));\n");
    let cache = tmp.path().join("cache");
    let go = || run(dxc().env("XDG_CACHE_HOME", &cache).arg("run").arg(&src).args(["a", "--flag", "b c"]));
    let o = go();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(String::from_utf8_lossy(&o.stdout), "a|--flag|b c\n");
    let entries = |d: &Path| cached_executables(d);
    let first = entries(&cache.join("dxc"));
    assert_eq!(first.len(), 1, "one cached executable: {first:?}");
    let o = go();
    assert!(o.status.success());
    assert_eq!(entries(&cache.join("dxc")), first, "the unchanged program was built again");
    // A changed program gets a new cache entry.
    std::fs::write(&src, "console.log('changed');\n").unwrap();
    let o = go();
    assert_eq!(String::from_utf8_lossy(&o.stdout), "changed\n");
    assert_eq!(entries(&cache.join("dxc")).len(), 2);
}

#[test]
fn program_exit_codes_pass_through_run() {
    let tmp = tempfile::tempdir().unwrap();
    let src = write_source(tmp.path(), "exit.js", "process.exit(7);\n");
    let o = run(dxc().env("XDG_CACHE_HOME", tmp.path()).arg("run").arg(&src));
    assert_eq!(o.status.code(), Some(7));
}

/// A project for `dxc check`: a tsconfig.json with `include`/`exclude`/`outDir`, files
/// with and without early errors, and files outside the project that would fail.
fn check_project() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    for d in ["src/sub", "src/skip", "node_modules/dep", "dist"] {
        std::fs::create_dir_all(root.join(d)).unwrap();
    }
    write_source(root, "tsconfig.json", r#"{ // comments are allowed
        "compilerOptions": { "outDir": "dist" }, "include": ["src"], "exclude": ["src/skip"] }"#);
    write_source(root, "src/ok.ts", "const n: number = 1;\nconsole.log(n);\n");
    write_source(root, "src/types.d.ts", "declare const q: number;\nexport {};\n");
    write_source(root, "src/sub/redeclared.ts", "function f() {\n  let x = 1;\n  let x = 2;\n}\n");
    // JavaScript counts only with allowJs, as in tsc.
    write_source(root, "src/plain.js", "break;\n");
    write_source(root, "src/skip/broken.ts", "let (\n");
    write_source(root, "node_modules/dep/index.ts", "let (\n");
    write_source(root, "dist/out.ts", "let (\n");
    write_source(root, "outside.ts", "let (\n");
    tmp
}

#[test]
fn check_reports_early_errors_of_the_tsconfig_project() {
    let tmp = check_project();
    let o = run(dxc().arg("check").current_dir(tmp.path()));
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("Identifier `x` has already been declared") && err.contains("src/sub/redeclared.ts:2:7"), "{err}");
    assert!(err.contains("checked 3 files: errors in 1"), "{err}");
    for excluded in ["broken.ts", "index.ts", "out.ts", "outside.ts", "plain.js"] {
        assert!(!err.contains(excluded), "{excluded} is not part of the project:\n{err}");
    }
    // With allowJs the JavaScript file is checked too; the project is named by its tsconfig.
    write_source(tmp.path(), "tsconfig.json", r#"{ "compilerOptions": { "allowJs": true }, "include": ["src/**/*"], "exclude": ["src/skip", "src/sub"] }"#);
    let o = run(dxc().arg("check").arg(tmp.path().join("tsconfig.json")));
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(err.contains("plain.js") && err.contains("checked 3 files: errors in 1"), "{err}");
}

#[test]
fn check_takes_files_and_plain_directories() {
    let tmp = check_project();
    let o = run(dxc().arg("check").arg(tmp.path().join("src/ok.ts")));
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stderr(&o).contains("checked 1 file: no syntax or early errors"));
    // A directory without tsconfig.json: every source file under it, JavaScript included,
    // but not dependencies.
    std::fs::remove_file(tmp.path().join("tsconfig.json")).unwrap();
    let o = run(dxc().arg("check").arg(tmp.path()));
    let err = stderr(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(err.contains("checked 7 files: errors in 5") && !err.contains("node_modules"), "{err}");
    let o = run(dxc().args(["check", "/nonexistent/project"]));
    assert_eq!(o.status.code(), Some(2));
    let o = run(dxc().args(["check", "--help"]));
    assert!(String::from_utf8_lossy(&o.stdout).contains("tsc --noEmit"));
}
