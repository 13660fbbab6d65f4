//! Lowering of one module of a multi-file program: ES module imports and exports,
//! CommonJS's `require`, `module` and `exports`, and each module's loader.
//!
//! The whole program is compiled at once, so imports are linked at compile time (the
//! driver's `module_graph` decides where everything lives): a binding another module
//! imports lives in a static cell, and the importer reads that cell directly (live
//! bindings for free, TDZ-checked only inside an import cycle). Every module has a
//! loader function that evaluates it once: an ES module's loader first loads its static
//! imports in order (the spec's InnerModuleEvaluation) and returns the module's
//! namespace object; a CommonJS module's loader makes the `module` object, runs the
//! body with `exports` as `this`, and returns `module.exports`. `require("x")` with a
//! constant specifier is a call of x's loader; `main` calls the entry's loader.

use std::collections::HashMap;

use oxc_ast::ast::*;
use oxc_syntax::symbol::SymbolId;

use super::decorators::Synthetic;
use super::{LResult, Lowerer, Storage, unsupported};
use crate::ir::{self, BinOp, Const, EntryKind, FuncId, Inst, Terminator, Var};

/// How a module's code is run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ModuleKind {
    /// ECMAScript module: strict, imports and exports linked at compile time.
    Esm,
    /// CommonJS: `require`, `module`, `exports`, `__filename`, `__dirname`.
    CommonJs,
    /// A classic script (a `.ts` entry without imports or exports): its top-level `var`s
    /// and functions are global properties.
    Script,
}

/// Where an imported binding's value is.
#[derive(Clone, Debug)]
pub enum ImportBinding {
    /// An ES module binding (or a namespace object) in a static cell; TDZ-checked when
    /// the exporter may not have run yet (an import cycle).
    Cell { index: u32, tdz: bool, name: String },
    /// A CommonJS module's `module.exports` (the module object is in static `module`).
    CjsExports { module: u32 },
    /// A property of a CommonJS module's exports (a named import).
    CjsNamed { module: u32, key: String },
}

/// What lowering one module needs to know of the program (made by the driver).
pub struct ModuleLowering {
    pub kind: ModuleKind,
    /// The module's top-level code (a generic function: `this` is passed).
    pub body: FuncId,
    /// The loader (see the module doc).
    pub loader: FuncId,
    /// An ES module in an import cycle: a function `main` runs before any module, which
    /// sets its exported lexical bindings to the hole and creates its exported function
    /// declarations (which importers in the cycle may call before the body runs).
    pub link: Option<FuncId>,
    /// The static cells of the bindings other modules import, by symbol.
    pub exported: HashMap<SymbolId, u32>,
    /// `export default <expression>`'s binding.
    pub default_static: Option<u32>,
    /// The module's import bindings.
    pub imports: HashMap<SymbolId, ImportBinding>,
    /// `require("x")` calls, by the specifier's (start offset, text): x's loader.
    pub requires: HashMap<(u32, String), FuncId>,
    /// ES module: evaluated flag. CommonJS: the `module` object.
    pub state_static: u32,
    /// CommonJS: the `exports` variable.
    pub exports_static: u32,
    /// The namespace object (if something needs it): its static cell and its entries,
    /// sorted by name. A CommonJS module's namespace is `{ ...module.exports, default:
    /// module.exports, "module.exports": module.exports }` (node's), made after its body
    /// runs.
    pub namespace: Option<(u32, Vec<(String, ImportBinding)>)>,
    /// ES module: the loaders of its static imports, in source order.
    pub deps: Vec<FuncId>,
    /// Absolute path and directory (`__filename`, `__dirname`, `module.id`).
    pub file_name: String,
    pub dir_name: String,
}

impl<'s, 'a> Lowerer<'s, 'a> {
    fn module(&self) -> &ModuleLowering {
        self.module.as_ref().expect("lowering a module")
    }

    /// Lowers the module `prog`: its body, link and loader functions.
    pub fn lower_module(mut self, prog: &'a Program<'a>, m: ModuleLowering) -> LResult<ir::Program> {
        self.script = m.kind == ModuleKind::Script;
        let (body, loader, link, kind) = (m.body, m.loader, m.link, m.kind);
        self.module = Some(m);
        self.analyze_captures();
        let strict = kind == ModuleKind::Esm || prog.directives.iter().any(|d| d.directive.as_str() == "use strict");
        let root = prog.scope_id();
        if self.env_slots.contains_key(&root) {
            return unsupported("a module whose top-level scope needs an environment", prog.span);
        }
        if let Some(link) = link {
            let name = self.program.string("");
            self.begin_function(link, EntryKind::Generic, name, 0, true, vec![], prog.span);
            self.link_cyclic(prog)?;
            let u = self.constant(Const::Undefined);
            self.terminate(Terminator::Return(u));
            self.finish_function();
        }
        self.lower_top_level(body, EntryKind::Generic, strict, prog)?;
        self.lower_loader(loader, prog);
        while let Some(p) = self.pending.pop() {
            self.lower_function_body(p)?;
        }
        Ok(self.program)
    }

    /// A cyclic module's link function: exported lexical bindings start as the hole,
    /// exported function declarations exist.
    fn link_cyclic(&mut self, prog: &'a Program<'a>) -> LResult<()> {
        let mut cells: Vec<u32> = self.module().default_static.into_iter().collect();
        for (&sym, &index) in &self.module().exported {
            if self.is_lexical(sym) {
                cells.push(index);
            }
        }
        cells.sort_unstable();
        for index in cells {
            let h = self.constant(Const::Hole);
            self.emit(Inst::StoreStatic { index, value: h }, 0);
        }
        for s in &prog.body {
            if let Some(f) = exported_function(s) {
                self.hoist_function(f, true)?;
            }
        }
        Ok(())
    }

    /// Whether a top-level function declaration was already created by the link
    /// function.
    pub(super) fn linked_early(&self, f: &Function<'a>) -> bool {
        let Some(m) = &self.module else { return false };
        m.link.is_some() && f.id.as_ref().is_none_or(|id| m.exported.contains_key(&id.symbol_id()))
    }

    /// Creates a hoisted function declaration's closure and initializes its binding
    /// (`export default function () {}` has none: the default cell).
    pub(super) fn hoist_function(&mut self, f: &'a Function<'a>, exported: bool) -> LResult<()> {
        match &f.id {
            Some(id) => {
                let clo = self.lower_function_expr(f, Some(id.name.as_str()))?;
                match self.storage[&id.symbol_id()] {
                    Storage::Global(name) => self.emit(Inst::DeclareGlobal { name, value: Some(clo) }, f.span.start),
                    _ => self.init_binding(id.symbol_id(), clo, f.span.start),
                }
            }
            None if exported => {
                let clo = self.lower_function_expr(f, Some("default"))?;
                let index = self.module().default_static.expect("a default export has a cell");
                self.emit(Inst::StoreStatic { index, value: clo }, f.span.start);
            }
            None => {}
        }
        Ok(())
    }

    /// `export ...` and `import ...` statements.
    pub(super) fn lower_module_statement(&mut self, s: &'a Statement<'a>) -> LResult<()> {
        match s {
            // Linked at compile time; the imported module is loaded by the loader.
            Statement::ImportDeclaration(_) | Statement::ExportAllDeclaration(_) | Statement::ExportNamedDeclaration(_) | Statement::ExportFromDeclaration(_) => {}
            Statement::ExportDeclaration(e) => match &e.declaration {
                Declaration::FunctionDeclaration(_) => {} // hoisted
                Declaration::VariableDeclaration(d) if !d.declare => self.lower_var_decl(d)?,
                Declaration::ClassDeclaration(c) if !c.declare => {
                    self.lower_class(c, None)?;
                }
                _ => {} // types, interfaces, `declare`
            },
            Statement::ExportDefaultDeclaration(e) => {
                let index = self.module().default_static;
                let value = match &e.declaration {
                    ExportDefaultDeclarationKind::FunctionDeclaration(_) => return Ok(()), // hoisted
                    ExportDefaultDeclarationKind::ClassDeclaration(c) => {
                        let v = self.lower_class(c, Some("default"))?;
                        if c.id.is_some() {
                            return Ok(());
                        }
                        v
                    }
                    ExportDefaultDeclarationKind::TSInterfaceDeclaration(_) => return Ok(()),
                    other => self.lower_expr_named(other.to_expression(), Some("default"))?,
                };
                let index = index.expect("a default export has a cell");
                self.emit(Inst::StoreStatic { index, value }, e.span.start);
            }
            _ => unreachable!("not a module statement"),
        }
        Ok(())
    }

    /// Reads an import binding.
    pub(super) fn read_import(&mut self, b: &ImportBinding, pos: u32) -> Var {
        let d = self.new_var();
        match b {
            ImportBinding::Cell { index, tdz, name } => {
                self.emit(Inst::LoadStatic { dst: d, index: *index }, pos);
                if *tdz {
                    let name = self.program.string(name);
                    self.emit(Inst::CheckTdz { var: d, name }, pos);
                }
            }
            ImportBinding::CjsExports { module } => {
                let m = self.new_var();
                self.emit(Inst::LoadStatic { dst: m, index: *module }, pos);
                let key = self.program.string("exports");
                self.emit(Inst::GetNamed { dst: d, obj: m, key, field: None }, pos);
            }
            ImportBinding::CjsNamed { module, key } => {
                let (m, e) = (self.new_var(), self.new_var());
                self.emit(Inst::LoadStatic { dst: m, index: *module }, pos);
                let exports = self.program.string("exports");
                self.emit(Inst::GetNamed { dst: e, obj: m, key: exports, field: None }, pos);
                let key = self.program.string(key);
                self.emit(Inst::GetNamed { dst: d, obj: e, key, field: None }, pos);
            }
        }
        d
    }

    /// A CommonJS module's own free variables (`module`, `exports`, `__filename`,
    /// `__dirname`) when `name` is one.
    pub(super) fn read_module_variable(&mut self, name: &str, pos: u32) -> Option<Var> {
        let m = self.module.as_ref().filter(|m| m.kind == ModuleKind::CommonJs)?;
        let index = match name {
            "module" => m.state_static,
            "exports" => m.exports_static,
            "__filename" | "__dirname" => {
                let text = if name == "__filename" { m.file_name.clone() } else { m.dir_name.clone() };
                return Some(self.str_const(&text));
            }
            _ => return None,
        };
        let d = self.new_var();
        self.emit(Inst::LoadStatic { dst: d, index }, pos);
        Some(d)
    }

    /// The static cell of a CommonJS module's `exports` variable when `name` is it
    /// (`exports = ...` assigns it).
    pub(super) fn module_variable_cell(&self, name: &str) -> Option<u32> {
        let m = self.module.as_ref().filter(|m| m.kind == ModuleKind::CommonJs)?;
        (name == "exports").then_some(m.exports_static)
    }

    /// `require("x")` of a module of the program: a call of its loader.
    pub(super) fn lower_require(&mut self, c: &'a CallExpression<'a>) -> Option<Var> {
        let m = self.module.as_ref()?;
        let Expression::Identifier(callee) = c.callee.without_parentheses() else { return None };
        if callee.name != "require" || self.scoping.get_reference(callee.reference_id()).symbol_id().is_some() {
            return None;
        }
        let [Argument::StringLiteral(s)] = c.arguments.as_slice() else { return None };
        let loader = *m.requires.get(&(s.span.start, s.value.to_string()))?;
        Some(self.call_loader(loader, c.span.start))
    }

    /// Calls a module's loader; its result (namespace or exports).
    fn call_loader(&mut self, loader: FuncId, pos: u32) -> Var {
        let (f, env, u, d) = (self.new_var(), self.constant(Const::Number(0.0)), self.constant(Const::Undefined), self.new_var());
        self.emit(Inst::MakeClosure { dst: f, func: loader, env, home: None }, pos);
        self.emit(Inst::Call { dst: d, callee: f, this: u, args: Vec::new(), site: None }, pos);
        d
    }

    /// The module's loader: evaluates the module once and returns its namespace (ES
    /// module) or `module.exports` (CommonJS).
    fn lower_loader(&mut self, id: FuncId, prog: &'a Program<'a>) {
        let name = self.program.string("");
        self.begin_function(id, EntryKind::Generic, name, 0, true, vec![], prog.span);
        self.fs().func.hidden = true;
        let m = self.module.take().expect("lowering a module");
        let pos = prog.span.start;
        let state = self.new_var();
        self.emit(Inst::LoadStatic { dst: state, index: m.state_static }, pos);
        let started = self.new_var();
        let u = self.constant(Const::Undefined);
        self.emit(Inst::Binary { dst: started, op: BinOp::StrictNe, a: state, b: u }, pos);
        let (done, run) = (self.new_block(), self.new_block());
        self.branch(started, done, run);
        self.switch_to(run);
        if m.kind == ModuleKind::Esm {
            let t = self.constant(Const::True);
            self.emit(Inst::StoreStatic { index: m.state_static, value: t }, pos);
            if let Some((index, entries)) = &m.namespace {
                let ns = self.module_namespace(entries, pos);
                self.emit(Inst::StoreStatic { index: *index, value: ns }, pos);
            }
            for &dep in &m.deps {
                self.call_loader(dep, pos);
            }
            self.call_body(m.body, u, pos);
            self.jump(done);
            self.switch_to(done);
            let result = match &m.namespace {
                Some((index, _)) => {
                    let d = self.new_var();
                    self.emit(Inst::LoadStatic { dst: d, index: *index }, pos);
                    d
                }
                None => u,
            };
            self.terminate(Terminator::Return(result));
        } else {
            // module = { id, path, exports, filename, loaded }, as node's.
            let exports = self.new_var();
            self.emit(Inst::NewObject { dst: exports }, pos);
            let (file, dir, f) = (self.str_const(&m.file_name), self.str_const(&m.dir_name), self.constant(Const::False));
            let keys = ["id", "path", "exports", "filename", "loaded"].map(|k| self.program.string(k)).to_vec();
            let module = self.new_var();
            self.emit(Inst::ObjectLiteral { dst: module, keys, values: vec![file, dir, exports, file, f] }, pos);
            self.emit(Inst::StoreStatic { index: m.state_static, value: module }, pos);
            self.emit(Inst::StoreStatic { index: m.exports_static, value: exports }, pos);
            self.call_body(m.body, exports, pos);
            let (loaded, t) = (self.program.string("loaded"), self.constant(Const::True));
            self.emit(Inst::SetNamed { obj: module, key: loaded, value: t, strict: true, field: None }, pos);
            if let Some((index, _)) = &m.namespace {
                let e = self.module_exports(m.state_static, pos);
                let ns = self.new_var();
                self.emit(Inst::NewObject { dst: ns }, pos);
                let null = self.constant(Const::Null);
                self.emit(Inst::SetProtoLiteral { obj: ns, proto: null }, pos);
                let excluded = self.constant(Const::Undefined);
                self.emit(Inst::CopyDataProperties { target: ns, source: e, excluded }, pos);
                for name in ["default", "module.exports"] {
                    let key = self.str_const(name);
                    self.emit(Inst::DefineField { obj: ns, key, value: e }, pos);
                }
                self.emit(Inst::StoreStatic { index: *index, value: ns }, pos);
            }
            self.jump(done);
            self.switch_to(done);
            let e = self.module_exports(m.state_static, pos);
            self.terminate(Terminator::Return(e));
        }
        self.module = Some(m);
        self.finish_function();
    }

    /// `module.exports` of the module object in static `module`.
    fn module_exports(&mut self, module: u32, pos: u32) -> Var {
        let (m, d) = (self.new_var(), self.new_var());
        self.emit(Inst::LoadStatic { dst: m, index: module }, pos);
        let key = self.program.string("exports");
        self.emit(Inst::GetNamed { dst: d, obj: m, key, field: None }, pos);
        d
    }

    fn call_body(&mut self, body: FuncId, this: Var, pos: u32) {
        let (f, env, d) = (self.new_var(), self.constant(Const::Number(0.0)), self.new_var());
        self.emit(Inst::MakeClosure { dst: f, func: body, env, home: None }, pos);
        self.emit(Inst::Call { dst: d, callee: f, this, args: Vec::new(), site: None }, pos);
    }

    /// A module namespace object: null prototype, a getter per export reading its
    /// binding (live, TDZ-checked), `Symbol.toStringTag` "Module", not extensible.
    fn module_namespace(&mut self, entries: &[(String, ImportBinding)], pos: u32) -> Var {
        let ns = self.new_var();
        self.emit(Inst::NewObject { dst: ns }, pos);
        let null = self.constant(Const::Null);
        self.emit(Inst::SetProtoLiteral { obj: ns, proto: null }, pos);
        let span = oxc_span::Span::new(pos, pos);
        for (name, binding) in entries {
            let get = self.synthetic_closure(Synthetic::ImportGet(binding.clone()), span, name, None);
            let (key, u) = (self.str_const(name), self.constant(Const::Undefined));
            self.emit(Inst::DefineAccessor { obj: ns, key, getter: get, setter: u }, pos);
        }
        let d = self.new_var();
        self.emit(Inst::MakeModuleNamespace { dst: d, obj: ns }, pos);
        d
    }
}

/// A top-level statement's exported function declaration (`export function f`,
/// `export default function`).
fn exported_function<'a>(s: &'a Statement<'a>) -> Option<&'a Function<'a>> {
    match s {
        Statement::ExportDeclaration(e) => match &e.declaration {
            Declaration::FunctionDeclaration(f) if f.body.is_some() => Some(f),
            _ => None,
        },
        Statement::ExportDefaultDeclaration(e) => match &e.declaration {
            ExportDefaultDeclarationKind::FunctionDeclaration(f) if f.body.is_some() => Some(f),
            _ => None,
        },
        _ => None,
    }
}

/// The function declarations a module's body hoists: plain ones and exported ones.
pub(super) fn hoisted_function<'a>(s: &'a Statement<'a>) -> Option<(&'a Function<'a>, bool)> {
    match s {
        Statement::FunctionDeclaration(f) if f.body.is_some() => Some((f, false)),
        _ => exported_function(s).map(|f| (f, true)),
    }
}
