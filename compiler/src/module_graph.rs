//! A program of several files: from the entry, every module it imports or requires
//! (found by `resolve`), each through the front end; then how they link, decided once
//! for the whole program: which bindings live in static cells, what each import reads,
//! which loaders call which (see `lower::modules` for the run-time side).
//!
//! A file is an ES module when it has ESM syntax (or is `.mjs`/`.mts`), CommonJS when
//! it is `.cjs`/`.cts`/`.json`, uses TypeScript's `export =`, or is any other imported
//! file; an entry without imports or exports keeps its own kind (a `.ts` script, a
//! `.js` CommonJS module). Evaluation follows the spec: an ES module's loader loads its
//! static imports in order, then runs its body; `require` loads on the call. A module
//! in an import cycle has its exported functions and TDZ holes set up before any module
//! runs, and its importers in the cycle check the TDZ.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use oxc_allocator::Allocator;
use oxc_ast::AstKind;
use oxc_ast::ast::*;
use oxc_span::{GetSpan, SourceType, Span};
use oxc_syntax::symbol::{SymbolFlags, SymbolId};

use crate::driver::{self, BuildError, ErrorKind, Front};
use crate::ir::{self, Const, EntryKind, FuncId};
use crate::lower::modules::{ImportBinding, ModuleKind, ModuleLowering};
use crate::resolve::{Failure, Resolvers, Via};
use crate::tsconfig::TsConfig;

type ModuleId = usize;

/// What an import or re-export names in its module.
#[derive(Clone, Debug)]
enum Name {
    Named(String),
    Namespace,
}

#[derive(Clone, Debug)]
enum Export {
    Local(SymbolId),
    /// `export default <expression>` (or an anonymous function/class).
    DefaultCell,
    /// A re-export: request index and name.
    From(usize, Name),
}

/// A module request of a file: specifier, where it is written, how it loads.
struct Request {
    specifier: String,
    span: Span,
    via: Via,
}

struct File<'a> {
    path: PathBuf,
    display: String,
    source: &'a str,
    front: Front<'a>,
    kind: ModuleKind,
    requests: Vec<Request>,
    /// The module each request resolved to (same order).
    targets: Vec<ModuleId>,
    /// ES module: static imports, by request index.
    deps: Vec<usize>,
    imports: Vec<(SymbolId, usize, Name, Span)>,
    exports: Vec<(String, Export)>,
    /// `export * from`: request indices.
    stars: Vec<usize>,
    /// `require("x")`: (specifier start, text) and request index.
    requires: Vec<((u32, String), usize)>,
}

/// Where an export of a module is, after following re-exports.
#[derive(Clone, Debug)]
enum Target {
    Cell { module: ModuleId, index: u32, lexical: bool },
    Namespace(ModuleId),
    CjsExports(ModuleId),
    CjsNamed(ModuleId, String),
}

/// Compiles the program whose entry is `entry` (one file or many) to IR.
pub fn compile(entry: &Path, tsconfig: Option<&TsConfig>) -> Result<ir::Program, BuildError> {
    let allocator = Allocator::default();
    let mut graph = Graph { files: Vec::new(), by_path: HashMap::new(), resolvers: Resolvers::new(tsconfig.map(|t| t.path.as_path())), tsconfig, allocator: &allocator };
    graph.load_all(entry)?;
    let only = &graph.files[0];
    if graph.files.len() == 1 && only.requests.is_empty() && (only.kind == ModuleKind::Script || only.kind == ModuleKind::CommonJs && !uses_commonjs(&only.front)) {
        // One file that needs no module machinery: its top level is `main` itself.
        let f = &graph.files[0];
        let name = f.path.to_string_lossy();
        let lowered = f.front.lowerer(f.source, &name).lower_program(f.front.program);
        return driver::finish_lowering(lowered, &f.display, f.source);
    }
    graph.link()
}

struct Graph<'a, 't> {
    files: Vec<File<'a>>,
    by_path: HashMap<PathBuf, ModuleId>,
    resolvers: Resolvers,
    tsconfig: Option<&'t TsConfig>,
    allocator: &'a Allocator,
}

fn error(message: String, kind: ErrorKind) -> BuildError {
    BuildError { message, kind }
}

impl<'a> Graph<'a, '_> {
    /// Loads the entry and everything it reaches.
    fn load_all(&mut self, entry: &Path) -> Result<(), BuildError> {
        let abs = std::fs::canonicalize(entry).unwrap_or_else(|_| entry.to_path_buf());
        self.load(&abs, entry.display().to_string(), true)?;
        let mut next = 0;
        while next < self.files.len() {
            let dir = self.files[next].path.parent().map(Path::to_path_buf).unwrap_or_default();
            let mut targets = Vec::new();
            for i in 0..self.files[next].requests.len() {
                let r = &self.files[next].requests[i];
                let path = match self.resolvers.resolve(&dir, &r.specifier, r.via) {
                    Ok(p) => p,
                    Err(failure) => {
                        let d = match failure {
                            Failure::Builtin(_) => crate::diagnostics::unsupported_feature(&format!("the Node built-in module '{}'", r.specifier), r.span),
                            Failure::NotFound(m) if r.span.is_empty() && r.specifier.ends_with("jsx-runtime") => oxc_diagnostics::OxcDiagnostic::error(m)
                                .with_label(r.span)
                                .with_help("JSX with the automatic runtime imports it: install the package tsconfig.json's `jsxImportSource` names (React by default), map it with `paths`, or use the classic runtime (\"jsx\": \"react\")"),
                            Failure::NotFound(m) => oxc_diagnostics::OxcDiagnostic::error(m).with_label(r.span),
                        };
                        let f = &self.files[next];
                        return Err(error(crate::diagnostics::render(vec![d], &f.display, f.source), ErrorKind::Build));
                    }
                };
                if path.to_string_lossy().ends_with(".d.ts") {
                    let message = format!("'{}' resolves to a declaration file ({}), which has no code", r.specifier, path.display());
                    return Err(self.diagnostic(next, r.span, message, ErrorKind::Build));
                }
                let id = match self.by_path.get(&path) {
                    Some(&id) => id,
                    None => {
                        let display = pathdiff(&path);
                        self.load(&path, display, false)?
                    }
                };
                targets.push(id);
            }
            self.files[next].targets = targets;
            next += 1;
        }
        Ok(())
    }

    fn diagnostic(&self, file: ModuleId, span: Span, message: String, kind: ErrorKind) -> BuildError {
        let f = &self.files[file];
        let d = oxc_diagnostics::OxcDiagnostic::error(message).with_label(span);
        error(crate::diagnostics::render(vec![d], &f.display, f.source), kind)
    }

    /// Reads and front-ends one file; its requests are resolved by `load_all`.
    fn load(&mut self, path: &Path, display: String, entry: bool) -> Result<ModuleId, BuildError> {
        let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("");
        let text = std::fs::read_to_string(path).map_err(|e| error(format!("error: cannot read {}: {e}", path.display()), ErrorKind::Usage))?;
        // A JSON module is `module.exports = JSON.parse(text)`.
        let (text, source_type) = if ext == "json" {
            let literal: String = std::iter::once('"').chain(text.chars().flat_map(json_escape)).chain(std::iter::once('"')).collect();
            (format!("module.exports = JSON.parse({literal});\n"), SourceType::cjs())
        } else {
            let Some(st) = driver::source_type_of(path) else {
                return Err(error(format!("error: {}: unsupported file type", path.display()), ErrorKind::Usage));
            };
            // Files that may be either kind are parsed as modules when they have ESM syntax.
            let st = match ext {
                "js" | "jsx" | "ts" | "tsx" => st.with_unambiguous(true),
                _ => st,
            };
            (text, st)
        };
        let source: &'a str = self.allocator.alloc_str(&text);
        let file_name = path.to_string_lossy().into_owned();
        let is_ts = matches!(ext, "ts" | "tsx" | "mts" | "cts" | "jsx");
        let tsconfig = if is_ts { self.tsconfig } else { None };
        let mut front = driver::front_end(self.allocator, source, source_type, &display, &file_name, tsconfig, true);
        // A `.js` file without ESM syntax is CommonJS (top-level `return` and all).
        let reparse_cjs = ext == "js" && front.as_ref().map_or(true, |f| !f.parsed_as_module);
        if reparse_cjs && let Ok(f) = driver::front_end(self.allocator, source, SourceType::cjs(), &display, &file_name, None, true) {
            front = Ok(f);
        }
        let front = front?;
        let kind = if front.export_assignment || matches!(ext, "cjs" | "cts" | "json") {
            ModuleKind::CommonJs
        } else if front.parsed_as_module || matches!(ext, "mjs" | "mts") {
            ModuleKind::Esm
        } else if entry && matches!(ext, "ts" | "tsx" | "jsx") && !uses_commonjs(&front) {
            ModuleKind::Script
        } else {
            ModuleKind::CommonJs
        };
        let mut file = File { path: path.to_path_buf(), display, source, front, kind, requests: Vec::new(), targets: Vec::new(), deps: Vec::new(), imports: Vec::new(), exports: Vec::new(), stars: Vec::new(), requires: Vec::new() };
        scan(&mut file)?;
        let id = self.files.len();
        self.by_path.insert(path.to_path_buf(), id);
        self.files.push(file);
        Ok(id)
    }

    /// Where export `name` of module `m` is; None when it has none, Err when `export *`
    /// makes it ambiguous.
    fn resolve_export(&self, m: ModuleId, name: &str, cells: &HashMap<(ModuleId, Option<SymbolId>), u32>, visiting: &mut Vec<(ModuleId, String)>) -> Result<Option<Target>, ()> {
        let f = &self.files[m];
        if f.kind != ModuleKind::Esm {
            return Ok(Some(if name == "default" { Target::CjsExports(m) } else { Target::CjsNamed(m, name.to_string()) }));
        }
        if visiting.iter().any(|(v, n)| *v == m && n == name) {
            return Ok(None); // a re-export cycle
        }
        visiting.push((m, name.to_string()));
        let found = match f.exports.iter().find(|(n, _)| n == name).map(|(_, e)| e.clone()) {
            Some(Export::Local(sym)) => match f.imports.iter().find(|i| i.0 == sym) {
                Some((_, req, what, _)) => self.resolve_name(f.targets[*req], what, cells, visiting)?,
                None => {
                    let lexical = f.front.semantic.scoping().symbol_flags(sym).intersects(SymbolFlags::BlockScopedVariable | SymbolFlags::ConstVariable | SymbolFlags::Class);
                    Some(Target::Cell { module: m, index: cells[&(m, Some(sym))], lexical })
                }
            },
            Some(Export::DefaultCell) => Some(Target::Cell { module: m, index: cells[&(m, None)], lexical: true }),
            Some(Export::From(req, what)) => self.resolve_name(f.targets[req], &what, cells, visiting)?,
            None if name == "default" => None,
            None => {
                let mut found: Option<Target> = None;
                for &star in &f.stars {
                    if let Some(t) = self.resolve_export(f.targets[star], name, cells, visiting)? {
                        match &found {
                            Some(prev) if !same_target(prev, &t) => {
                                visiting.pop();
                                return Err(());
                            }
                            _ => found = Some(t),
                        }
                    }
                }
                found
            }
        };
        visiting.pop();
        Ok(found)
    }

    fn resolve_name(&self, m: ModuleId, what: &Name, cells: &HashMap<(ModuleId, Option<SymbolId>), u32>, visiting: &mut Vec<(ModuleId, String)>) -> Result<Option<Target>, ()> {
        match what {
            Name::Namespace => Ok(Some(Target::Namespace(m))),
            Name::Named(n) => self.resolve_export(m, n, cells, visiting),
        }
    }

    /// Every export name of ES module `m` (for its namespace), with `export *`'s.
    fn export_names(&self, m: ModuleId, seen: &mut Vec<ModuleId>, out: &mut Vec<String>) {
        if seen.contains(&m) || self.files[m].kind != ModuleKind::Esm {
            return;
        }
        seen.push(m);
        let f = &self.files[m];
        out.extend(f.exports.iter().map(|(n, _)| n.clone()));
        for &star in &f.stars {
            let mut names = Vec::new();
            self.export_names(f.targets[star], seen, &mut names);
            out.extend(names.into_iter().filter(|n| n != "default"));
        }
    }

    /// Decides where everything lives and lowers every module, then `main`.
    fn link(self) -> Result<ir::Program, BuildError> {
        let n = self.files.len();
        let scc = strongly_connected(n, |m| self.files[m].deps.iter().map(|&r| self.files[m].targets[r]).collect());
        let cyclic: Vec<bool> = (0..n).map(|m| scc.iter().filter(|&&c| c == scc[m]).count() > 1 || self.files[m].deps.iter().any(|&r| self.files[m].targets[r] == m)).collect();
        // Functions: 0 is main; then each module's body, loader and (cyclic) link.
        let mut next_func = 1;
        let mut func = || {
            next_func += 1;
            FuncId(next_func - 1)
        };
        let ids: Vec<(FuncId, FuncId, Option<FuncId>)> = (0..n).map(|m| (func(), func(), (cyclic[m] && self.files[m].kind == ModuleKind::Esm).then(&mut func))).collect();
        let first_func = next_func;
        // Static cells: per module the state and `exports`, then exported bindings.
        let mut statics = 0u32;
        let mut cell = || {
            statics += 1;
            statics - 1
        };
        let state: Vec<(u32, u32)> = (0..n).map(|_| (cell(), cell())).collect();
        let mut cells: HashMap<(ModuleId, Option<SymbolId>), u32> = HashMap::new();
        for (m, f) in self.files.iter().enumerate() {
            for (_, e) in &f.exports {
                match e {
                    Export::Local(sym) if !f.imports.iter().any(|i| i.0 == *sym) => {
                        cells.entry((m, Some(*sym))).or_insert_with(&mut cell);
                    }
                    Export::DefaultCell => {
                        cells.entry((m, None)).or_insert_with(&mut cell);
                    }
                    _ => {}
                }
            }
        }
        // Each module's imports, and which namespaces exist.
        let mut namespaces: BTreeMap<ModuleId, u32> = BTreeMap::new();
        let mut imports: Vec<HashMap<SymbolId, ImportBinding>> = Vec::new();
        let mut pending_ns: Vec<ModuleId> = Vec::new();
        for (m, f) in self.files.iter().enumerate() {
            let mut map = HashMap::new();
            for (sym, req, what, span) in &f.imports {
                let target = f.targets[*req];
                let resolved = self.resolve_name(target, what, &cells, &mut Vec::new());
                let t = match resolved {
                    Ok(Some(t)) => t,
                    Ok(None) | Err(()) => {
                        let Name::Named(name) = what else { unreachable!("a namespace always resolves") };
                        let why = if resolved.is_err() { "exports it ambiguously (through several `export *`)" } else { "has no such export" };
                        let message = format!("the module '{}' {why}: '{name}'", f.requests[*req].specifier);
                        return Err(self.diagnostic(m, *span, message, ErrorKind::Syntax));
                    }
                };
                let name = f.front.semantic.scoping().symbol_name(*sym).to_string();
                map.insert(*sym, binding_of(&t, name, |t| scc[t] == scc[m], &state, &mut namespaces, &mut pending_ns, &mut cell));
            }
            imports.push(map);
        }
        // `require` of an ES module returns its namespace.
        for f in &self.files {
            for (_, req) in &f.requires {
                let t = f.targets[*req];
                if self.files[t].kind == ModuleKind::Esm && !namespaces.contains_key(&t) {
                    namespaces.insert(t, cell());
                    pending_ns.push(t);
                }
            }
        }
        // Namespace entries (which may need further namespaces).
        let mut entries: HashMap<ModuleId, Vec<(String, ImportBinding)>> = HashMap::new();
        while let Some(m) = pending_ns.pop() {
            if self.files[m].kind != ModuleKind::Esm {
                entries.insert(m, Vec::new());
                continue;
            }
            let mut names = Vec::new();
            self.export_names(m, &mut Vec::new(), &mut names);
            names.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
            names.dedup();
            let mut list = Vec::new();
            for name in names {
                if let Ok(Some(t)) = self.resolve_export(m, &name, &cells, &mut Vec::new()) {
                    list.push((name.clone(), binding_of(&t, name, |t| cyclic[t], &state, &mut namespaces, &mut pending_ns, &mut cell)));
                }
            }
            entries.insert(m, list);
        }
        // Lower each module, then main.
        let mut program = ir::Program::default();
        program.string("");
        program.statics = statics;
        let mut first = first_func;
        for (m, f) in self.files.iter().enumerate() {
            let (body, loader, link) = ids[m];
            let file_name = f.path.to_string_lossy().into_owned();
            let exported = f.exports.iter().filter_map(|(_, e)| if let Export::Local(sym) = e { cells.get(&(m, Some(*sym))).map(|&i| (*sym, i)) } else { None }).collect();
            let ml = ModuleLowering {
                kind: f.kind,
                body,
                loader,
                link,
                exported,
                default_static: cells.get(&(m, None)).copied(),
                imports: std::mem::take(&mut imports[m]),
                requires: f.requires.iter().map(|(k, req)| (k.clone(), ids[f.targets[*req]].1)).collect(),
                state_static: state[m].0,
                exports_static: state[m].1,
                namespace: namespaces.get(&m).map(|&i| (i, entries.remove(&m).unwrap_or_default())),
                deps: f.deps.iter().map(|&r| ids[f.targets[r]].1).collect(),
                dir_name: f.path.parent().map(|d| d.to_string_lossy().into_owned()).unwrap_or_default(),
                file_name: file_name.clone(),
            };
            let mut l = crate::lower::Lowerer::for_file(&f.front.semantic, f.source, &file_name, program, first);
            f.front.configure(&mut l);
            let lowered = l.lower_module(f.front.program, ml);
            program = match lowered {
                Ok(p) => p,
                Err(u) => return Err(driver::unsupported_error(u, &f.display, f.source)),
            };
            first = program.functions.iter().map(|f| f.id.0 + 1).max().unwrap_or(first).max(first);
        }
        let links: Vec<FuncId> = ids.iter().filter_map(|i| i.2).collect();
        let main = main_function(&mut program, &links, ids[0].1);
        program.functions.push(main);
        program.functions.sort_by_key(|f| f.id.0);
        let entry = &self.files[0];
        driver::finish_lowering(Ok(program), &entry.display, entry.source)
    }
}

/// The import binding for an export's target; `tdz` says whether its module may not
/// have run yet where it is read.
fn binding_of(t: &Target, name: String, tdz: impl Fn(ModuleId) -> bool, state: &[(u32, u32)], namespaces: &mut BTreeMap<ModuleId, u32>, pending: &mut Vec<ModuleId>, cell: &mut impl FnMut() -> u32) -> ImportBinding {
    match t {
        Target::Cell { module, index, lexical } => ImportBinding::Cell { index: *index, tdz: *lexical && tdz(*module), name },
        Target::Namespace(m) => {
            let index = *namespaces.entry(*m).or_insert_with(|| {
                pending.push(*m);
                cell()
            });
            ImportBinding::Cell { index, tdz: false, name }
        }
        Target::CjsExports(m) => ImportBinding::CjsExports { module: state[*m].0 },
        Target::CjsNamed(m, key) => ImportBinding::CjsNamed { module: state[*m].0, key: key.clone() },
    }
}

fn same_target(a: &Target, b: &Target) -> bool {
    match (a, b) {
        (Target::Cell { index: x, .. }, Target::Cell { index: y, .. }) => x == y,
        (Target::Namespace(x), Target::Namespace(y)) | (Target::CjsExports(x), Target::CjsExports(y)) => x == y,
        (Target::CjsNamed(x, k), Target::CjsNamed(y, l)) => x == y && k == l,
        _ => false,
    }
}

/// `main`: runs the cyclic modules' link functions, then loads the entry.
fn main_function(program: &mut ir::Program, links: &[FuncId], entry_loader: FuncId) -> ir::Function {
    use ir::{Block, Inst, Terminator, Var};
    let name = program.string("");
    let mut insts = Vec::new();
    let (env, undef) = (Var(6), Var(7));
    insts.push((Inst::Const { dst: env, value: Const::Number(0.0) }, 0));
    insts.push((Inst::Const { dst: undef, value: Const::Undefined }, 0));
    let mut next = 8;
    for &f in links.iter().chain([&entry_loader]) {
        let (clo, result) = (Var(next), Var(next + 1));
        next += 2;
        insts.push((Inst::MakeClosure { dst: clo, func: f, env, home: None }, 0));
        insts.push((Inst::Call { dst: result, callee: clo, this: undef, args: Vec::new(), site: None }, 0));
    }
    let mut main = ir::Function::new(FuncId(0), name, EntryKind::Main, 0, 0);
    main.var_count = next;
    main.blocks = vec![Block { insts, term: Terminator::Return(undef), handler: None, cold: false }];
    main.flags = dxrt_abi::FN_STRICT;
    main.hidden = true;
    main
}

/// Tarjan's strongly connected components: the component index of each node.
fn strongly_connected(n: usize, edges: impl Fn(usize) -> Vec<usize>) -> Vec<usize> {
    struct State {
        index: Vec<Option<usize>>,
        low: Vec<usize>,
        on_stack: Vec<bool>,
        stack: Vec<usize>,
        comp: Vec<usize>,
        next: usize,
        comps: usize,
    }
    fn visit(v: usize, s: &mut State, edges: &dyn Fn(usize) -> Vec<usize>) {
        s.index[v] = Some(s.next);
        s.low[v] = s.next;
        s.next += 1;
        s.stack.push(v);
        s.on_stack[v] = true;
        for w in edges(v) {
            match s.index[w] {
                None => {
                    visit(w, s, edges);
                    s.low[v] = s.low[v].min(s.low[w]);
                }
                Some(i) if s.on_stack[w] => s.low[v] = s.low[v].min(i),
                _ => {}
            }
        }
        if Some(s.low[v]) == s.index[v] {
            while let Some(w) = s.stack.pop() {
                s.on_stack[w] = false;
                s.comp[w] = s.comps;
                if w == v {
                    break;
                }
            }
            s.comps += 1;
        }
    }
    let mut s = State { index: vec![None; n], low: vec![0; n], on_stack: vec![false; n], stack: Vec::new(), comp: vec![0; n], next: 0, comps: 0 };
    for v in 0..n {
        if s.index[v].is_none() {
            visit(v, &mut s, &edges);
        }
    }
    s.comp
}

/// Whether a file refers to CommonJS's free variables.
fn uses_commonjs(front: &Front) -> bool {
    let unresolved = front.semantic.scoping().root_unresolved_references();
    ["require", "module", "exports"].iter().any(|n| unresolved.contains_key(*n))
}

/// The module requests, imports and exports of a front-ended file.
fn scan(f: &mut File) -> Result<(), BuildError> {
    let program = f.front.program;
    let request = |f: &mut File, specifier: &str, span: Span, via: Via| -> usize {
        if let Some(i) = f.requests.iter().position(|r| r.specifier == specifier && r.via == via) {
            return i;
        }
        f.requests.push(Request { specifier: specifier.to_string(), span, via });
        f.requests.len() - 1
    };
    if f.kind == ModuleKind::Esm {
        for s in &program.body {
            match s {
                Statement::ImportDeclaration(d) if !d.import_kind.is_type() => {
                    let r = request(f, d.source.value.as_str(), d.source.span, Via::Import);
                    if !f.deps.contains(&r) {
                        f.deps.push(r);
                    }
                    for spec in d.specifiers.iter().flatten() {
                        let (local, name) = match spec {
                            ImportDeclarationSpecifier::ImportSpecifier(s) if s.import_kind.is_type() => continue,
                            ImportDeclarationSpecifier::ImportSpecifier(s) => (&s.local, Name::Named(s.imported.name().to_string())),
                            ImportDeclarationSpecifier::ImportDefaultSpecifier(s) => (&s.local, Name::Named("default".into())),
                            ImportDeclarationSpecifier::ImportNamespaceSpecifier(s) => (&s.local, Name::Namespace),
                        };
                        f.imports.push((local.symbol_id(), r, name, spec.span()));
                    }
                }
                Statement::ExportFromDeclaration(e) if !e.export_kind.is_type() => {
                    let r = request(f, e.source.value.as_str(), e.source.span, Via::Import);
                    if !f.deps.contains(&r) {
                        f.deps.push(r);
                    }
                    for spec in e.specifiers.iter().filter(|s| !s.export_kind.is_type()) {
                        f.exports.push((spec.exported.name().to_string(), Export::From(r, Name::Named(spec.local.name().to_string()))));
                    }
                }
                Statement::ExportDeclaration(e) => match &e.declaration {
                    Declaration::VariableDeclaration(v) if !v.declare => {
                        for id in v.declarations.iter().flat_map(|d| d.id.get_binding_identifiers()) {
                            f.exports.push((id.name.to_string(), Export::Local(id.symbol_id())));
                        }
                    }
                    Declaration::FunctionDeclaration(func) if func.body.is_some() => {
                        let id = func.id.as_ref().expect("a declared function has a name");
                        f.exports.push((id.name.to_string(), Export::Local(id.symbol_id())));
                    }
                    Declaration::ClassDeclaration(c) if !c.declare => {
                        let id = c.id.as_ref().expect("a declared class has a name");
                        f.exports.push((id.name.to_string(), Export::Local(id.symbol_id())));
                    }
                    _ => {}
                },
                Statement::ExportNamedDeclaration(e) if !e.export_kind.is_type() => {
                    for spec in e.specifiers.iter().filter(|s| !s.export_kind.is_type()) {
                        let ModuleExportName::IdentifierReference(local) = &spec.local else { continue };
                        let Some(sym) = f.front.semantic.scoping().get_reference(local.reference_id()).symbol_id() else {
                            continue; // a type the transform removed, or an early error
                        };
                        f.exports.push((spec.exported.name().to_string(), Export::Local(sym)));
                    }
                }
                Statement::ExportDefaultDeclaration(e) => {
                    let export = match &e.declaration {
                        ExportDefaultDeclarationKind::FunctionDeclaration(func) if let Some(id) = &func.id => Export::Local(id.symbol_id()),
                        ExportDefaultDeclarationKind::ClassDeclaration(c) if let Some(id) = &c.id => Export::Local(id.symbol_id()),
                        ExportDefaultDeclarationKind::TSInterfaceDeclaration(_) => continue,
                        _ => Export::DefaultCell,
                    };
                    f.exports.push(("default".into(), export));
                }
                Statement::ExportAllDeclaration(e) if !e.export_kind.is_type() => {
                    let r = request(f, e.source.value.as_str(), e.source.span, Via::Import);
                    if !f.deps.contains(&r) {
                        f.deps.push(r);
                    }
                    match &e.exported {
                        Some(name) => f.exports.push((name.name().to_string(), Export::From(r, Name::Namespace))),
                        None => f.stars.push(r),
                    }
                }
                _ => {}
            }
        }
    }
    // `require("x")` anywhere, with `require` not declared by the program.
    let scoping = f.front.semantic.scoping();
    let mut found = Vec::new();
    for node in f.front.semantic.nodes().iter() {
        if let AstKind::CallExpression(c) = node.kind()
            && let Expression::Identifier(callee) = c.callee.without_parentheses()
            && callee.name == "require"
            && scoping.get_reference(callee.reference_id()).symbol_id().is_none()
            && let [Argument::StringLiteral(s)] = c.arguments.as_slice()
        {
            found.push((s.span, s.value.to_string()));
        }
        if let AstKind::ImportExpression(e) = node.kind() {
            let d = crate::diagnostics::unsupported_feature("dynamic `import()`", e.span);
            return Err(error(crate::diagnostics::render(vec![d], &f.display, f.source), ErrorKind::Unsupported));
        }
        if let AstKind::ImportMeta(m) = node.kind() {
            let d = crate::diagnostics::unsupported_feature("`import.meta`", m.span);
            return Err(error(crate::diagnostics::render(vec![d], &f.display, f.source), ErrorKind::Unsupported));
        }
    }
    for (span, specifier) in found {
        let r = request(f, &specifier, span, Via::Require);
        f.requires.push(((span.start, specifier), r));
    }
    Ok(())
}

fn json_escape(c: char) -> Vec<char> {
    match c {
        '"' => vec!['\\', '"'],
        '\\' => vec!['\\', '\\'],
        '\n' => vec!['\\', 'n'],
        '\r' => vec!['\\', 'r'],
        '\u{2028}' | '\u{2029}' => format!("\\u{:04x}", c as u32).chars().collect(),
        c => vec![c],
    }
}

/// A path as the user would write it: relative to the working directory when below it.
fn pathdiff(path: &Path) -> String {
    let cwd = std::env::current_dir().ok().and_then(|d| std::fs::canonicalize(d).ok());
    match cwd.as_ref().and_then(|c| path.strip_prefix(c).ok()) {
        Some(rel) => rel.display().to_string(),
        None => path.display().to_string(),
    }
}
