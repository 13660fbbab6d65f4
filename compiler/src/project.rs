//! Which source files make up a project, for `dxc check`: a tsconfig.json's `files`,
//! `include` and `exclude` (with tsc's defaults and its glob rules), or every source
//! file under a directory that has no tsconfig.json.

use std::path::{Path, PathBuf};

use globset::{GlobSet, GlobSetBuilder};
use serde_json::Value;

/// Directories never walked into: dependencies and version-control or tool state.
fn skipped_dir(name: &str) -> bool {
    name.starts_with('.') || matches!(name, "node_modules" | "bower_components" | "jspm_packages")
}

/// Whether `path` is a source file dxc reads (declaration files included: they can have
/// syntax errors too). `js` says whether JavaScript files count.
fn is_source(path: &Path, js: bool) -> bool {
    let Some(ext) = path.extension().and_then(|e| e.to_str()) else { return false };
    match ext {
        "ts" | "tsx" | "mts" | "cts" => true,
        "js" | "jsx" | "mjs" | "cjs" => js,
        _ => false,
    }
}

/// Every source file under `dir`, in a stable (sorted) order.
pub fn walk(dir: &Path, js: bool, keep: &dyn Fn(&Path) -> bool) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let entries = std::fs::read_dir(&d).map_err(|e| format!("cannot read directory {}: {e}", d.display()))?;
        for entry in entries {
            let entry = entry.map_err(|e| format!("cannot read directory {}: {e}", d.display()))?;
            let path = entry.path();
            let name = entry.file_name();
            let file_type = entry.file_type().map_err(|e| format!("{}: {e}", path.display()))?;
            if file_type.is_dir() {
                if !skipped_dir(&name.to_string_lossy()) {
                    stack.push(path);
                }
            } else if is_source(&path, js) && keep(&path) {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

/// The files of the project that `config` (a tsconfig.json) describes. As tsc: `files`
/// are taken as listed; `include` (default `**/*`) is globbed relative to the config,
/// a pattern without a wildcard naming a directory means everything under it;
/// `exclude` (default: `node_modules` and the like, and `outDir`) filters what
/// `include` found; JavaScript files count only with `allowJs` or `checkJs`.
pub fn tsconfig_files(config: &Path) -> Result<Vec<PathBuf>, String> {
    let merged = crate::tsconfig::merged(config)?;
    let dir = merged.file_lists_dir.as_path();
    let option = |name: &str| merged.compiler_options.get(name);
    let js = option("allowJs").and_then(Value::as_bool).unwrap_or(false) || option("checkJs").and_then(Value::as_bool).unwrap_or(false);
    let raw = &merged.file_lists;
    let strings = |key: &str| raw.get(key).and_then(Value::as_array).map(|a| a.iter().filter_map(|v| v.as_str().map(str::to_string)).collect::<Vec<_>>());
    let mut out: Vec<PathBuf> = Vec::new();
    let files = strings("files");
    for f in files.iter().flatten() {
        let p = dir.join(f);
        if !p.is_file() {
            return Err(format!("{}: file `{f}` listed in `files` does not exist", config.display()));
        }
        out.push(p);
    }
    // With `files` and no `include`, the project is exactly the listed files.
    let include = match strings("include") {
        Some(i) => i,
        None if files.is_some() => Vec::new(),
        None => vec!["**/*".to_string()],
    };
    if !include.is_empty() {
        let mut exclude = strings("exclude").unwrap_or_default();
        if raw.get("exclude").is_none() {
            exclude.extend(["node_modules", "bower_components", "jspm_packages"].map(String::from));
            if let Some(out_dir) = option("outDir").and_then(Value::as_str) {
                exclude.push(out_dir.to_string());
            }
        }
        let include = glob_set(dir, &include)?;
        let exclude = glob_set(dir, &exclude)?;
        let keep = |p: &Path| {
            let rel = p.strip_prefix(dir).unwrap_or(p);
            include.is_match(rel) && !exclude.is_match(rel) && !rel.ancestors().skip(1).any(|a| !a.as_os_str().is_empty() && exclude.is_match(a))
        };
        for p in walk(dir, js, &keep)? {
            if !out.contains(&p) {
                out.push(p);
            }
        }
    }
    Ok(out)
}

/// tsc's include/exclude patterns as globs relative to `dir`: `*` and `?` stay within a
/// path segment, `**/` spans directories, and a pattern whose last segment has no
/// wildcard also matches everything below it (it may name a directory).
fn glob_set(dir: &Path, patterns: &[String]) -> Result<GlobSet, String> {
    let mut b = GlobSetBuilder::new();
    for pattern in patterns {
        let p = pattern.trim_start_matches("./").trim_end_matches('/');
        let mut add = |g: &str| -> Result<(), String> {
            let glob = globset::GlobBuilder::new(g).literal_separator(true).build().map_err(|e| format!("bad pattern `{pattern}` in tsconfig.json of {}: {e}", dir.display()))?;
            b.add(glob);
            Ok(())
        };
        add(p)?;
        let last = p.rsplit('/').next().unwrap_or(p);
        if !last.contains(['*', '?']) {
            add(&format!("{p}/**"))?;
        }
    }
    b.build().map_err(|e| format!("tsconfig.json of {}: {e}", dir.display()))
}

/// The files `dxc check` reads for its arguments: a source file is itself, a `.json`
/// file is a tsconfig (as `tsc -p`), a directory is the project of its tsconfig.json or,
/// without one, every source file under it. No argument means the current directory.
pub fn files_of(args: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let here = [PathBuf::from(".")];
    let args = if args.is_empty() { &here[..] } else { args };
    let mut out = Vec::new();
    for arg in args {
        let found = if arg.is_dir() {
            let config = arg.join("tsconfig.json");
            if config.is_file() { tsconfig_files(&config)? } else { walk(arg, true, &|_| true)? }
        } else if arg.extension().is_some_and(|e| e == "json") && arg.is_file() {
            tsconfig_files(arg)?
        } else if arg.exists() {
            vec![arg.clone()]
        } else {
            return Err(format!("{}: no such file or directory", arg.display()));
        };
        for f in found {
            let f = f.strip_prefix("./").map(Path::to_path_buf).unwrap_or(f);
            if !out.contains(&f) {
                out.push(f);
            }
        }
    }
    Ok(out)
}
