//! Module resolution: where `import "x"` and `require("x")` find their file, as node
//! and tsc find it (`oxc_resolver`, the Rust port of webpack's enhanced-resolve):
//! relative and absolute paths with TypeScript's extensions (`./a.js` may be `a.ts`),
//! `node_modules` packages with their `exports` conditions (`import` or `require`, then
//! `node`, `default`) and `main`, and the `paths`/`baseUrl` of the program's
//! tsconfig.json.

use std::path::{Path, PathBuf};

use oxc_resolver::{ResolveError, ResolveOptions, Resolver, TsconfigDiscovery, TsconfigOptions, TsconfigReferences};

/// How a specifier is loaded: it picks the package `exports` condition.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Via {
    Import,
    Require,
}

pub struct Resolvers {
    import: Resolver,
    require: Resolver,
}

/// A specifier that did not resolve to a file dxc can compile.
pub enum Failure {
    /// A Node built-in module (`fs`, `node:path`).
    Builtin(String),
    /// Nothing found (or an error reading a package.json/tsconfig on the way): the
    /// message.
    NotFound(String),
}

impl Resolvers {
    /// Resolvers honouring `tsconfig` (the program's tsconfig.json, if any).
    pub fn new(tsconfig: Option<&Path>) -> Self {
        let options = |condition: &str| ResolveOptions {
            tsconfig: tsconfig.map(|p| TsconfigDiscovery::Manual(TsconfigOptions { config_file: p.to_path_buf(), references: TsconfigReferences::Auto })),
            condition_names: vec![condition.into(), "node".into(), "default".into()],
            extensions: [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs", ".json"].map(String::from).to_vec(),
            // TypeScript's rule: `./a.js` names the output of `a.ts`.
            extension_alias: vec![
                (".js".into(), [".ts", ".tsx", ".js", ".jsx"].map(String::from).to_vec()),
                (".mjs".into(), vec![".mts".into(), ".mjs".into()]),
                (".cjs".into(), vec![".cts".into(), ".cjs".into()]),
            ],
            main_fields: vec!["main".into()],
            builtin_modules: true,
            ..ResolveOptions::default()
        };
        Resolvers { import: Resolver::new(options("import")), require: Resolver::new(options("require")) }
    }

    /// The file `specifier` names from a module in `dir`.
    pub fn resolve(&self, dir: &Path, specifier: &str, via: Via) -> Result<PathBuf, Failure> {
        let r = if via == Via::Import { &self.import } else { &self.require };
        match r.resolve(dir, specifier) {
            Ok(res) => Ok(res.full_path()),
            Err(ResolveError::Builtin { resolved, .. }) => Err(Failure::Builtin(resolved)),
            Err(ResolveError::NotFound(_)) => Err(Failure::NotFound(format!("cannot find module '{specifier}'"))),
            Err(e) => Err(Failure::NotFound(format!("cannot resolve '{specifier}': {e}"))),
        }
    }
}
