//! The suite: finding the tests under a checkout, the features that are excluded (each
//! with the reason and the issue that owns it), and preparing a test's source for each
//! way it runs (strict, sloppy, raw) with its harness files.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use crate::meta::Meta;

/// A group of tests that is not run, because another part of the roadmap owns it.
pub struct Exclusion {
    pub name: &'static str,
    pub reason: &'static str,
    /// Tests whose `features` name any of these.
    pub features: &'static [&'static str],
    /// Tests with any of these flags.
    pub flags: &'static [&'static str],
    /// Tests under these directories (relative to `test/`).
    pub dirs: &'static [&'static str],
}

pub static EXCLUSIONS: &[Exclusion] = &[
    Exclusion {
        name: "async functions and async iteration",
        reason: "owned by the async/event-loop issue (async functions, async generators, for-await, await, and tests that finish asynchronously through $DONE)",
        features: &["async-functions", "async-iteration", "top-level-await", "Array.fromAsync", "Symbol.asyncIterator", "await-dictionary"],
        flags: &["async"],
        dirs: &[
            "language/expressions/async-arrow-function",
            "language/expressions/async-function",
            "language/expressions/async-generator",
            "language/expressions/await",
            "language/statements/async-function",
            "language/statements/async-generator",
            "language/statements/for-await-of",
        ],
    },
    Exclusion {
        name: "modules and import",
        reason: "owned by the modules/npm issue (module code, import/export, dynamic import, import.meta, import attributes)",
        features: &[
            "dynamic-import",
            "import.meta",
            "import-attributes",
            "json-modules",
            "import-defer",
            "export-defer",
            "import-text",
            "import-bytes",
            "source-phase-imports",
            "source-phase-imports-module-source",
            "export-star-as-namespace-from-module",
            "arbitrary-module-namespace-names",
        ],
        flags: &["module"],
        dirs: &["language/module-code", "language/import", "language/export", "language/expressions/dynamic-import", "language/expressions/import.meta"],
    },
    Exclusion { name: "BigInt", reason: "owned by the numeric issue that brings BigInt", features: &["BigInt"], flags: &[], dirs: &["built-ins/BigInt"] },
    Exclusion {
        name: "Proxy and Reflect",
        reason: "owned by the reflection issue",
        features: &["Proxy", "Reflect", "Reflect.construct", "Reflect.set", "Reflect.setPrototypeOf", "proxy-missing-checks"],
        flags: &[],
        dirs: &["built-ins/Proxy", "built-ins/Reflect"],
    },
    Exclusion {
        name: "typed arrays and buffers",
        reason: "owned by the binary data issue (ArrayBuffer, SharedArrayBuffer, DataView, typed arrays)",
        features: &[
            "ArrayBuffer",
            "SharedArrayBuffer",
            "DataView",
            "TypedArray",
            "Float16Array",
            "Float32Array",
            "Float64Array",
            "Int8Array",
            "Int16Array",
            "Int32Array",
            "Uint8Array",
            "Uint8ClampedArray",
            "Uint16Array",
            "Uint32Array",
            "resizable-arraybuffer",
            "arraybuffer-transfer",
            "immutable-arraybuffer",
            "uint8array-base64",
            "TypedArray.prototype.at",
            "align-detached-buffer-semantics-with-web-reality",
        ],
        flags: &[],
        dirs: &["built-ins/ArrayBuffer", "built-ins/SharedArrayBuffer", "built-ins/DataView", "built-ins/TypedArray", "built-ins/TypedArrayConstructors"],
    },
    Exclusion { name: "Atomics", reason: "owned by the workers issue", features: &["Atomics", "Atomics.waitAsync", "Atomics.pause"], flags: &["CanBlockIsFalse", "CanBlockIsTrue"], dirs: &["built-ins/Atomics"] },
    Exclusion { name: "Temporal", reason: "owned by the date/time issue", features: &["Temporal"], flags: &[], dirs: &["built-ins/Temporal"] },
    Exclusion {
        name: "explicit resource management",
        reason: "owned by a later language issue (using, await using, DisposableStack)",
        features: &["explicit-resource-management"],
        flags: &[],
        dirs: &["built-ins/DisposableStack", "built-ins/AsyncDisposableStack", "built-ins/SuppressedError"],
    },
    Exclusion {
        name: "cross-realm",
        reason: "a dxc program runs in one realm and the test host has no $262.createRealm; a second realm comes with node's `vm` contexts (Node APIs issue)",
        features: &["cross-realm"],
        flags: &[],
        dirs: &[],
    },
    Exclusion {
        name: "Error.prototype.stack accessor",
        reason: "a stage-3 proposal (error-stack-accessor) that moves `stack` to an accessor on Error.prototype; dxc follows node, where every error has an own `stack` data property",
        features: &["error-stack-accessor"],
        flags: &[],
        dirs: &[],
    },
];

/// The exclusion that applies to a test, if any (the first in `EXCLUSIONS` order).
pub fn exclusion_of(rel: &str, meta: &Meta) -> Option<&'static Exclusion> {
    EXCLUSIONS.iter().find(|x| {
        x.features.iter().any(|f| meta.features.iter().any(|g| g == f))
            || x.flags.iter().any(|f| meta.has_flag(f))
            || x.dirs.iter().any(|d| rel == *d || rel.starts_with(&format!("{d}/")))
    })
}

/// Every test file under `root/test/<filter>` (all of `test/` without filters), as paths
/// relative to `root/test`, sorted. Fixture files (`_FIXTURE`) are not tests.
pub fn discover(root: &Path, filters: &[String]) -> Result<Vec<String>, String> {
    let test_dir = root.join("test");
    let starts: Vec<PathBuf> = if filters.is_empty() { vec![test_dir.clone()] } else { filters.iter().map(|f| test_dir.join(f.trim_end_matches('/'))).collect() };
    let mut out = Vec::new();
    for start in starts {
        if start.is_file() {
            out.push(start);
            continue;
        }
        if !start.is_dir() {
            return Err(format!("no tests at {}", start.display()));
        }
        walk(&start, &mut out).map_err(|e| format!("cannot read {}: {e}", start.display()))?;
    }
    let mut rel: Vec<String> = out
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "js") && !p.to_string_lossy().contains("_FIXTURE"))
        .map(|p| p.strip_prefix(&test_dir).unwrap_or(&p).to_string_lossy().into_owned())
        .collect();
    rel.sort();
    rel.dedup();
    Ok(rel)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() { walk(&path, out)? } else { out.push(path) }
    }
    Ok(())
}

/// The harness files, read once.
pub struct Harness {
    files: HashMap<String, String>,
}

/// What dxc's host provides to tests: `$262` (without the abilities an ahead-of-time
/// binary does not have, which throw when used) and `print`.
const HOST_PRELUDE: &str = r#"var $262 = {
  global: globalThis,
  gc: function () {},
  createRealm: function () { throw new Test262Error("dxc's test host cannot create realms"); },
  evalScript: function () { throw new Test262Error("dxc's test host cannot evaluate scripts at run time"); },
  detachArrayBuffer: function () { throw new Test262Error("dxc's test host cannot detach buffers"); },
  agent: {}
};
function print(msg) { console.log(msg); }
"#;

impl Harness {
    pub fn load(root: &Path) -> Result<Harness, String> {
        let dir = root.join("harness");
        let mut files = HashMap::new();
        for entry in std::fs::read_dir(&dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.extension().is_some_and(|e| e == "js") {
                let name = path.file_name().unwrap().to_string_lossy().into_owned();
                files.insert(name, std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?);
            }
        }
        Ok(Harness { files })
    }

    /// The program to compile for one run of a test: the strict directive when strict,
    /// then (unless raw) the host prelude and harness files, then the test itself.
    pub fn prepare(&self, source: &str, meta: &Meta, strict: bool) -> Result<String, String> {
        let mut out = String::new();
        if strict {
            out.push_str("\"use strict\";\n");
        }
        if !meta.has_flag("raw") {
            out.push_str(HOST_PRELUDE);
            let mut includes = vec!["assert.js", "sta.js"];
            if meta.has_flag("async") {
                includes.push("doneprintHandle.js");
            }
            includes.extend(meta.includes.iter().map(String::as_str));
            for name in includes {
                let text = self.files.get(name).ok_or_else(|| format!("missing harness file {name}"))?;
                out.push_str(text);
                out.push('\n');
            }
        }
        out.push_str(source);
        Ok(out)
    }
}

/// The ways a test runs: `true` for strict mode. Raw and noStrict tests run sloppy only,
/// onlyStrict tests strict only, the rest both.
pub fn modes(meta: &Meta) -> &'static [bool] {
    if meta.has_flag("onlyStrict") {
        &[true]
    } else if meta.has_flag("noStrict") || meta.has_flag("raw") {
        &[false]
    } else {
        &[false, true]
    }
}
