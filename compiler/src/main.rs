//! The `dxc` command line: argument parsing only; the work is in `dxc::driver`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};
use dxc::driver::{self, BuildOptions, Emit};

#[derive(Parser)]
#[command(name = "dxc", version, about = "Compile TypeScript and JavaScript to native executables")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum EmitKind {
    /// The DxIR text form.
    Ir,
    /// The Cranelift IR of every function, before optimization.
    Clif,
    /// The object file, before linking.
    Obj,
}

#[derive(Subcommand)]
enum Command {
    /// Compile a program into a native executable.
    Build {
        /// Entry file (.js, .mjs, .cjs, .ts, .mts, .cts).
        entry: PathBuf,
        /// Output path (default: the entry's name without extension, in the current directory).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Link fully statically: no dynamic dependencies at all.
        #[arg(long = "static")]
        static_link: bool,
        /// Strip symbols from the executable.
        #[arg(long)]
        strip: bool,
        /// Stop at an intermediate stage and write it instead of an executable.
        #[arg(long, value_enum)]
        emit: Option<EmitKind>,
    },
    /// Report the syntax and early errors of a whole project, without building.
    ///
    /// Every file is parsed and analyzed as `dxc build` would (redeclarations, invalid
    /// `break`/`continue`, strict-mode and class rules, bad regular expressions...). Types
    /// are not checked: that is tsc's job (`tsc --noEmit`).
    #[command(after_help = "Type checking is not done here: run `tsc --noEmit` for it.")]
    Check {
        /// Files, directories or tsconfig.json files. A directory means the project of its
        /// tsconfig.json (`files`, `include`, `exclude`), else every source file under it;
        /// default: the current directory.
        paths: Vec<PathBuf>,
    },
    /// Compile (into a cache, reused while the program is unchanged) and run a program.
    Run {
        entry: PathBuf,
        /// Arguments for the program.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        args: Vec<String>,
    },
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match cli.command {
        Command::Build { entry, output, static_link, strip, emit } => {
            let emit = match emit {
                None => Emit::Exe,
                Some(EmitKind::Ir) => Emit::Ir,
                Some(EmitKind::Clif) => Emit::Clif,
                Some(EmitKind::Obj) => Emit::Obj,
            };
            let output = output.unwrap_or_else(|| default_output(&entry, emit));
            let opts = BuildOptions { emit, static_link, strip };
            report(driver::build(&entry, &output, &opts).map(|_| ()))
        }
        Command::Run { entry, args } => run(&entry, &args),
        Command::Check { paths } => check(&paths),
    }
}

/// `dxc check`: every file's diagnostics, then a summary line; exit 1 when any file has
/// an error, 2 when the arguments name nothing to check.
fn check(paths: &[PathBuf]) -> ExitCode {
    let files = match dxc::project::files_of(paths) {
        Ok(f) => f,
        Err(e) => {
            eprintln!("error: {e}");
            return ExitCode::from(2);
        }
    };
    if files.is_empty() {
        eprintln!("error: no source files to check (.ts, .tsx, .mts, .cts, .js, .jsx, .mjs, .cjs)");
        return ExitCode::from(2);
    }
    let mut failed = 0;
    for f in &files {
        if let Err(e) = driver::check_file(f) {
            failed += 1;
            eprint!("{}", e.message);
            if !e.message.ends_with('\n') {
                eprintln!();
            }
        }
    }
    let n = files.len();
    let files_word = if n == 1 { "file" } else { "files" };
    if failed == 0 {
        eprintln!("checked {n} {files_word}: no syntax or early errors");
        ExitCode::SUCCESS
    } else {
        eprintln!("checked {n} {files_word}: errors in {failed}");
        ExitCode::from(1)
    }
}

fn default_output(entry: &Path, emit: Emit) -> PathBuf {
    let stem = entry.file_stem().map(|s| s.to_os_string()).unwrap_or_else(|| "a.out".into());
    let mut p = PathBuf::from(stem);
    match emit {
        Emit::Ir => p.set_extension("dxir"),
        Emit::Clif => p.set_extension("clif"),
        Emit::Obj => p.set_extension("o"),
        Emit::Exe => false,
    };
    p
}

fn report(r: Result<(), driver::BuildError>) -> ExitCode {
    match r {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprint!("{}", e.message);
            if !e.message.ends_with('\n') {
                eprintln!();
            }
            ExitCode::from(e.exit_code())
        }
    }
}

/// The cache directory: `$XDG_CACHE_HOME/dxc`, else `~/.cache/dxc`.
fn cache_dir() -> PathBuf {
    if let Some(x) = std::env::var_os("XDG_CACHE_HOME").filter(|s| !s.is_empty()) {
        return PathBuf::from(x).join("dxc");
    }
    let home = std::env::var_os("HOME").map(PathBuf::from).unwrap_or_else(std::env::temp_dir);
    home.join(".cache").join("dxc")
}

/// A key for the compiled program: its source, its path and this dxc build.
fn cache_key(entry: &Path, source: &[u8]) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    source.hash(&mut h);
    std::fs::canonicalize(entry).unwrap_or_default().hash(&mut h);
    env!("CARGO_PKG_VERSION").hash(&mut h);
    if let Ok(exe) = std::env::current_exe().and_then(std::fs::metadata) {
        exe.len().hash(&mut h);
        exe.modified().ok().hash(&mut h);
    }
    format!("{:016x}", h.finish())
}

/// A hash of a file's contents ("-" when it cannot be read).
fn file_hash(path: &Path) -> String {
    use std::hash::{Hash, Hasher};
    let Ok(bytes) = std::fs::read(path) else { return "-".into() };
    let mut h = std::collections::hash_map::DefaultHasher::new();
    bytes.hash(&mut h);
    format!("{:016x}", h.finish())
}

/// Whether every file a cached build lists still has the contents it was built from.
fn files_unchanged(manifest: &Path) -> bool {
    let Ok(text) = std::fs::read_to_string(manifest) else { return false };
    text.lines().all(|l| l.split_once('\t').is_some_and(|(hash, path)| file_hash(Path::new(path)) == hash))
}

fn run(entry: &Path, args: &[String]) -> ExitCode {
    let source = match std::fs::read(entry) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("error: cannot read {}: {e}", entry.display());
            return ExitCode::from(2);
        }
    };
    let dir = cache_dir();
    if let Err(e) = std::fs::create_dir_all(&dir) {
        eprintln!("error: cannot create cache directory {}: {e}", dir.display());
        return ExitCode::from(1);
    }
    let exe = dir.join(format!("{}-{}", entry.file_stem().unwrap_or_default().to_string_lossy(), cache_key(entry, &source)));
    // The other files of the program (its modules) are listed beside the executable with
    // their hashes: a change in any of them rebuilds.
    let manifest = exe.with_extension("files");
    if !exe.exists() || !files_unchanged(&manifest) {
        let opts = BuildOptions { emit: Emit::Exe, static_link: false, strip: false };
        match driver::build(entry, &exe, &opts) {
            Ok(files) => {
                let list: String = files.iter().map(|f| format!("{}\t{}\n", file_hash(f), f.display())).collect();
                let _ = std::fs::write(&manifest, list);
            }
            Err(e) => return report(Err(e)),
        }
    }
    use std::os::unix::process::CommandExt;
    let err = std::process::Command::new(&exe).arg0(entry).args(args).exec();
    eprintln!("error: cannot run {}: {err}", exe.display());
    ExitCode::from(1)
}
