//! tsconfig.json: found by walking up from the entry file (as tsc does), read as JSON
//! with comments and trailing commas, following `extends` (a relative path or a package
//! in `node_modules`). Only the `compilerOptions` that change what the program does are
//! read; the others (type checking, output layout) are ignored.

use std::path::{Path, PathBuf};

use serde_json::{Map, Value};

/// The compiler options dxc honours.
#[derive(Debug, Clone, Default)]
pub struct TsConfig {
    /// The tsconfig.json the options came from.
    pub path: PathBuf,
    /// Legacy decorators (`experimentalDecorators`) and their `design:*` metadata.
    pub experimental_decorators: bool,
    pub emit_decorator_metadata: bool,
    /// Class fields are defined (true) or assigned in the constructor (false); tsc's
    /// default depends on `target` (true from ES2022 on).
    pub use_define_for_class_fields: bool,
    /// `jsx`: "react-jsx"/"react-jsxdev" (automatic runtime), "react" (classic), "preserve"...
    pub jsx: Option<String>,
    pub jsx_factory: Option<String>,
    pub jsx_fragment_factory: Option<String>,
    pub jsx_import_source: Option<String>,
    /// Imports are kept or dropped exactly as written (`verbatimModuleSyntax`).
    pub verbatim_module_syntax: bool,
}

/// The tsconfig.json that applies to `entry`, if there is one.
pub fn find(entry: &Path) -> Result<Option<TsConfig>, String> {
    let abs = std::fs::canonicalize(entry).unwrap_or_else(|_| entry.to_path_buf());
    let mut dir = abs.parent();
    while let Some(d) = dir {
        let candidate = d.join("tsconfig.json");
        if candidate.is_file() {
            return load(&candidate).map(Some);
        }
        dir = d.parent();
    }
    Ok(None)
}

/// Reads a tsconfig.json and what it extends.
pub fn load(path: &Path) -> Result<TsConfig, String> {
    let options = merge(path, 0)?.compiler_options;
    let flag = |name: &str| options.get(name).and_then(Value::as_bool);
    let text = |name: &str| options.get(name).and_then(Value::as_str).map(str::to_string);
    // tsc: `useDefineForClassFields` defaults to true when the target is ES2022 or later
    // (ESNext included), false for older targets.
    let modern_target = text("target").is_none_or(|t| {
        let t = t.to_ascii_lowercase();
        t == "esnext" || t.strip_prefix("es").and_then(|y| y.parse::<u32>().ok()).is_some_and(|y| y >= 2022)
    });
    Ok(TsConfig {
        path: path.to_path_buf(),
        experimental_decorators: flag("experimentalDecorators").unwrap_or(false),
        emit_decorator_metadata: flag("emitDecoratorMetadata").unwrap_or(false),
        use_define_for_class_fields: flag("useDefineForClassFields").unwrap_or(modern_target),
        jsx: text("jsx").map(|j| j.to_ascii_lowercase()),
        jsx_factory: text("jsxFactory"),
        jsx_fragment_factory: text("jsxFragmentFactory"),
        jsx_import_source: text("jsxImportSource"),
        verbatim_module_syntax: flag("verbatimModuleSyntax").unwrap_or(false),
    })
}

/// A tsconfig.json with what it extends applied.
pub struct Merged {
    /// `compilerOptions`: those of what it extends first, its own over them.
    pub compiler_options: Map<String, Value>,
    /// `files`, `include` and `exclude`, each from the nearest configuration that sets
    /// it, with the directory its paths are relative to.
    pub file_lists: Map<String, Value>,
    pub file_lists_dir: PathBuf,
}

/// Reads a tsconfig.json and what it extends.
pub fn merged(path: &Path) -> Result<Merged, String> {
    merge(path, 0)
}

fn merge(path: &Path, depth: u32) -> Result<Merged, String> {
    if depth > 16 {
        return Err(format!("{}: `extends` goes in a circle", path.display()));
    }
    let mut text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    json_strip_comments::strip(&mut text).map_err(|e| format!("{}: {e}", path.display()))?;
    let config: Value = serde_json::from_str(&text).map_err(|e| format!("{}: invalid JSON: {e}", path.display()))?;
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut out = Merged { compiler_options: Map::new(), file_lists: Map::new(), file_lists_dir: dir.to_path_buf() };
    let bases = match config.get("extends") {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(list)) => list.iter().filter_map(|v| v.as_str().map(str::to_string)).collect(),
        _ => Vec::new(),
    };
    for base in bases {
        let base_path = resolve_extends(dir, &base).ok_or_else(|| format!("{}: cannot find the configuration it extends, {base}", path.display()))?;
        let b = merge(&base_path, depth + 1)?;
        out.compiler_options.extend(b.compiler_options);
        if !b.file_lists.is_empty() {
            out.file_lists = b.file_lists;
            out.file_lists_dir = b.file_lists_dir;
        }
    }
    if let Some(Value::Object(own)) = config.get("compilerOptions") {
        out.compiler_options.extend(own.clone());
    }
    let own_lists: Map<String, Value> = ["files", "include", "exclude"].iter().filter_map(|k| config.get(*k).map(|v| (k.to_string(), v.clone()))).collect();
    if !own_lists.is_empty() {
        out.file_lists = own_lists;
        out.file_lists_dir = dir.to_path_buf();
    }
    Ok(out)
}

/// Where an `extends` entry points: a path relative to the config, or a package's file
/// found in the `node_modules` of the config's directory or one above it.
fn resolve_extends(dir: &Path, spec: &str) -> Option<PathBuf> {
    let with_json = |p: PathBuf| if p.is_file() { Some(p) } else { Some(PathBuf::from(format!("{}.json", p.display()))).filter(|p| p.is_file()) };
    if spec.starts_with("./") || spec.starts_with("../") || Path::new(spec).is_absolute() {
        return with_json(dir.join(spec));
    }
    let mut d = Some(dir);
    while let Some(cur) = d {
        let base = cur.join("node_modules").join(spec);
        if let Some(p) = with_json(base.clone()) {
            return Some(p);
        }
        if let Some(p) = with_json(base.join("tsconfig.json")) {
            return Some(p);
        }
        d = cur.parent();
    }
    None
}
