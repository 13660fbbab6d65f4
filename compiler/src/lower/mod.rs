//! Lowering: the oxc AST (with oxc_semantic's scopes and symbols) to DxIR.
//!
//! Decisions made here:
//! - **Where each binding lives** ([`Storage`]): a binding no other function refers to
//!   is a variable of its function (a register after SSA construction); a captured one
//!   lives in a slot of its scope's environment record, created when the scope is
//!   entered; a captured top-level binding lives in a static cell.
//! - **Closures** get the innermost environment at their creation point; inside, outer
//!   environments are reached by following parent links a known number of hops.
//! - **TDZ**: let/const/class bindings start as the hole; a read is checked unless it
//!   is in the same function and lowered after the binding's initialization.
//! - **Direct calls**: a call of a never-reassigned function declaration whose body
//!   needs no `arguments`, rest or `new.target` goes straight to its fast entry.
//! - **finally**: exits through a `finally` (normal, throw, return, break, continue)
//!   record a completion kind, run the one copy of the finally body, then dispatch.
//!
//! Anything not supported yet is an [`Unsupported`] diagnostic with its source span.

mod class;
mod constants;
mod decorators;
mod dynamic_function;
mod expr;
pub mod modules;
mod pattern;
mod stmt;
mod with;

use std::collections::{HashMap, HashSet};

use oxc_ast::ast::*;
use oxc_semantic::{Scoping, Semantic};
use oxc_span::{GetSpan, Span};
use oxc_syntax::scope::{ScopeFlags, ScopeId};
use oxc_syntax::symbol::{SymbolFlags, SymbolId};

use crate::ir::{self, Block, BlockId, Const, EntryKind, FuncId, Inst, StrId, Terminator, Var};

/// A construct the compiler does not support yet.
#[derive(Debug)]
pub struct Unsupported {
    pub what: String,
    pub span: Span,
}

pub type LResult<T> = Result<T, Unsupported>;

pub fn unsupported<T>(what: impl Into<String>, span: Span) -> LResult<T> {
    Err(Unsupported { what: what.into(), span })
}

/// What an environment slot holds.
#[derive(Debug)]
enum Slot {
    /// A captured binding.
    Binding,
    /// The function's `arguments` object (an arrow inside refers to it).
    Arguments,
    /// A class's private name `#x` (without the `#`).
    Private(String),
    /// The object of a `with` statement (in the `with` scope).
    WithObject,
    /// `this` of a derived constructor whose arrows use `this` or `super()` (they
    /// share the binding `super()` initializes).
    This,
    /// A class declaration's own name inside the class (immutable, unlike the outer
    /// binding).
    ClassInner,
}

/// The private names a class declares (fields, methods, accessors; once each), and
/// those of the storage of its `accessor` fields.
fn class_private_names(c: &Class<'_>) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    for (index, el) in c.body.body.iter().enumerate() {
        let key = match el {
            ClassElement::MethodDefinition(m) => &m.key,
            ClassElement::PropertyDefinition(p) => &p.key,
            ClassElement::AccessorProperty(a) => {
                names.push(decorators::accessor_storage(index));
                &a.key
            }
            _ => continue,
        };
        if let PropertyKey::PrivateIdentifier(p) = key
            && !names.iter().any(|n| n == p.name.as_str())
        {
            names.push(p.name.to_string());
        }
    }
    names
}

#[derive(Clone, Copy, Debug)]
enum Storage {
    Local,
    Env { scope: ScopeId, slot: u32 },
    Static(u32),
    /// A top-level `var` or function of a script: a property of the global object.
    Global(StrId),
    /// A parameter of a sloppy function with a simple parameter list that uses
    /// `arguments`: it lives in the (mapped) arguments object of function `owner`.
    MappedParam { owner: ScopeId, index: u32 },
    /// A binding an `import` declaration made (see `modules::ImportBinding`).
    Import,
}

/// A place `break`/`continue` can go.
struct JumpTarget {
    /// The labels of the statement (`a: b: for ...` has two).
    labels: Vec<String>,
    break_to: BlockId,
    continue_to: Option<BlockId>,
    /// How many finally contexts enclose the target of a `break`, and of a `continue`
    /// (they differ for for-of, whose `break` runs the iterator's close).
    finally_depth: usize,
    continue_depth: usize,
    /// Labeled non-loop statements only take labeled breaks.
    is_loop_or_switch: bool,
}

#[derive(Clone, Copy)]
enum Exit {
    Jump(BlockId, usize),
    Return,
}

struct FinallyCtx {
    kind: Var,
    value: Var,
    entry: BlockId,
    exits: Vec<Exit>,
}

/// Per-function lowering state.
struct FnState {
    func: ir::Function,
    cur: BlockId,
    locals: HashMap<SymbolId, Var>,
    /// Environment-bearing scopes of this function, outermost first, with their env.
    env_stack: Vec<(ScopeId, Var)>,
    /// Environment-bearing scopes outside this function, innermost first; the
    /// incoming environment is the first.
    outer_chain: Vec<ScopeId>,
    handler: Option<BlockId>,
    targets: Vec<JumpTarget>,
    finally_stack: Vec<FinallyCtx>,
    initialized: HashSet<SymbolId>,
    /// Parameters of a list with defaults: TDZ-checked until initialized.
    tdz_params: HashSet<SymbolId>,
    /// The `arguments` object, when it is a local of this function.
    arguments_var: Option<Var>,
    strict: bool,
    /// A derived class constructor: `this` is the hole until `super()` returns.
    derived: bool,
    /// A class constructor whose instance fields are initialized at a statement of its
    /// body rather than at entry or `super()` (see `Lowerer::param_properties`).
    defer_fields: bool,
    /// Where a `?.` on null or undefined goes: the end of the innermost optional chain.
    chain_exit: Option<BlockId>,
    /// In an arrow that uses `super`: the home object of the method it is in.
    arrow_home: Option<Var>,
    /// In an arrow that uses `super` or `new.target`: the function it is in (the
    /// derived constructor a `super()` in it constructs for).
    arrow_callee: Option<Var>,
    /// The function's own scope (none for class field initializers and static blocks).
    scope: Option<ScopeId>,
}

pub struct Lowerer<'s, 'a> {
    scoping: &'s Scoping,
    semantic: &'s Semantic<'a>,
    source: &'a str,
    pub program: ir::Program,
    storage: HashMap<SymbolId, Storage>,
    /// The slots of each environment-bearing scope, in order.
    env_slots: HashMap<ScopeId, Vec<Slot>>,
    /// Non-arrow function scopes whose `arguments` object is used, with where it lives.
    arguments: HashMap<ScopeId, Storage>,
    /// Class declarations referred to by name inside themselves: the class scope and the
    /// slot of the inner binding (see `Slot::ClassInner`).
    class_inner: HashMap<SymbolId, (ScopeId, u32)>,
    /// Derived constructors whose `this` lives in an environment slot (see `Slot::This`).
    this_slots: HashMap<ScopeId, u32>,
    /// The program has a `with` statement somewhere (names may resolve dynamically).
    has_with: bool,
    /// Public class fields are assigned, not defined (TypeScript's
    /// `useDefineForClassFields: false`).
    pub assign_class_fields: bool,
    /// TypeScript parameter annotations (see `type_hints`).
    pub param_hints: crate::type_hints::ParamHints,
    /// Accesses TypeScript types as class fields, and the classes' foreseen layouts
    /// (computed when first needed) with their index in `Program::layouts` (see
    /// `class_fields`).
    pub class_accesses: crate::class_fields::Accesses,
    class_layouts: Option<HashMap<u32, Vec<String>>>,
    layout_ids: HashMap<u32, u32>,
    /// The methods instances of each class reach (`class_fields::class_methods`,
    /// computed when first needed), and the function lowered for each method with a
    /// fast entry (by the span start of its function, with its parameter count).
    class_methods: Option<HashMap<(u32, String), u32>>,
    method_ids: HashMap<u32, (FuncId, u32)>,
    /// `const` bindings already folded (see `constants`).
    constants: HashMap<SymbolId, Option<Const>>,
    /// Top-level bindings initialized before any code can read them (see
    /// `constants::initialized_first`), computed when first needed.
    initialized_first: Option<HashSet<SymbolId>>,
    /// How many TypeScript parameter properties each constructor had (keyed by the start
    /// of its parameter list), when fields are assigned: tsc assigns the fields after
    /// the parameter properties, which the transform put first in the body (after
    /// `super()` in a derived class).
    pub param_properties: HashMap<u32, usize>,
    /// The static cell holding the legacy-decorator helpers object (`babelHelpers` of the
    /// TypeScript transform's output), when the program uses it.
    helpers_static: Option<u32>,
    /// The program is a script: its top-level `var`s and functions are properties of
    /// the global object (CommonJS and modules keep them in their own scope).
    script: bool,
    /// Functions with a mapped arguments object: how many parameters it maps.
    mapped_params: HashMap<ScopeId, u32>,
    /// Functions called directly: id, parameter count, and the scope the closure is
    /// created in (whose environment the call passes; with Annex B hoisting this is not
    /// the scope of the binding).
    direct: HashMap<SymbolId, (FuncId, usize, ScopeId)>,
    /// Top-level function declarations of a script (global properties) with a fast entry.
    global_fns: HashMap<SymbolId, (FuncId, u32)>,
    /// Function bodies lowered later: (id, AST node, outer chain, strict).
    pending: Vec<PendingFn<'a>>,
    st: Vec<FnState>,
    next_func: u32,
    /// Where this file's text starts in the program source: added to every source
    /// position recorded.
    base: u32,
    /// The module being lowered, in a multi-file program.
    module: Option<modules::ModuleLowering>,
}

enum FnNode<'a> {
    Function(&'a Function<'a>),
    Arrow(&'a ArrowFunctionExpression<'a>),
    /// The constructor of a class that does not write one.
    DefaultCtor(&'a Class<'a>),
    /// A class field's initializer (a method of the instance or class).
    Field(&'a Expression<'a>),
    StaticBlock(&'a StaticBlock<'a>),
    /// A function the compiler writes (see `decorators::Synthetic`).
    Synthetic(decorators::Synthetic),
}

struct PendingFn<'a> {
    id: FuncId,
    node: FnNode<'a>,
    /// The function's source text (what Function.prototype.toString returns).
    text: Span,
    outer_chain: Vec<ScopeId>,
    strict: bool,
    name: StrId,
    kind: FnKind,
}

/// What a (non-arrow) function is, for its flags and prologue.
#[derive(Clone, Copy, PartialEq, Eq)]
enum FnKind {
    /// A function declaration or expression: callable and constructible.
    Plain,
    /// A class or object-literal method, getter or setter: not constructible.
    Method,
    /// A class constructor: only constructible; `derived` with `extends`.
    ClassCtor { derived: bool },
}

impl<'s, 'a> Lowerer<'s, 'a> {
    pub fn new(semantic: &'s Semantic<'a>, source: &'a str, file_name: &str) -> Self {
        let mut program = ir::Program::new(file_name, source);
        program.string("");
        Lowerer {
            scoping: semantic.scoping(),
            semantic,
            source,
            program,
            storage: HashMap::new(),
            env_slots: HashMap::new(),
            arguments: HashMap::new(),
            mapped_params: HashMap::new(),
            script: false,
            has_with: false,
            assign_class_fields: false,
            param_hints: Default::default(),
            class_accesses: Default::default(),
            class_layouts: None,
            layout_ids: HashMap::new(),
            class_methods: None,
            method_ids: HashMap::new(),
            constants: HashMap::new(),
            initialized_first: None,
            param_properties: HashMap::new(),
            helpers_static: None,
            this_slots: HashMap::new(),
            class_inner: HashMap::new(),
            direct: HashMap::new(),
            global_fns: HashMap::new(),
            pending: Vec::new(),
            st: Vec::new(),
            next_func: 0,
            base: 0,
            module: None,
        }
    }

    /// A lowerer for one file of a multi-file program: continues `program` (whose
    /// functions `0..first_func` are reserved) with the file's text appended.
    pub fn for_file(semantic: &'s Semantic<'a>, source: &'a str, file_name: &str, mut program: ir::Program, first_func: u32) -> Self {
        let base = program.add_file(file_name, source);
        let mut l = Lowerer::new(semantic, source, file_name);
        l.program = program;
        l.next_func = l.next_func.max(first_func);
        l.base = base;
        l
    }

    /// The functions made so far (the first free function id).
    pub fn next_function(&self) -> u32 {
        self.next_func
    }

    /// Lowers the whole program: the top level becomes function 0.
    pub fn lower_program(mut self, prog: &'a Program<'a>) -> LResult<ir::Program> {
        self.script = !prog.source_type.is_module() && !prog.source_type.is_commonjs();
        self.analyze_captures();
        let strict = prog.source_type.is_module() || prog.directives.iter().any(|d| d.directive.as_str() == "use strict");
        let id = self.new_func_id();
        self.lower_top_level(id, EntryKind::Main, strict, prog)?;
        while let Some(p) = self.pending.pop() {
            self.lower_function_body(p)?;
        }
        self.program.functions.sort_by_key(|f| f.id.0);
        Ok(self.program)
    }

    /// The top-level code of `prog` as function `id`.
    fn lower_top_level(&mut self, id: FuncId, entry: EntryKind, strict: bool, prog: &'a Program<'a>) -> LResult<()> {
        let name = self.program.string("");
        self.begin_function(id, entry, name, 0, strict, vec![], prog.span);
        self.fs().func.flags = if strict { dxrt_abi::FN_STRICT } else { 0 };
        if self.script {
            // A script's top-level `this` is the global object.
            let (this, u) = (self.fs().func.this_var, self.constant(Const::Undefined));
            self.emit(Inst::SloppyThis { dst: this, this: u }, prog.span.start);
        }
        self.enter_scope(prog.scope_id(), &prog.body)?;
        self.register_dynamic_functions()?;
        self.load_decorator_helpers()?;
        self.lower_statements(&prog.body)?;
        let u = self.constant(Const::Undefined);
        self.terminate(Terminator::Return(u));
        self.finish_function();
        Ok(())
    }

    // ---- capture analysis -------------------------------------------------------

    fn function_scope_of(&self, mut scope: ScopeId) -> ScopeId {
        loop {
            let flags = self.scoping.scope_flags(scope);
            if flags.intersects(ScopeFlags::Function | ScopeFlags::Top | ScopeFlags::ClassStaticBlock) {
                return scope;
            }
            match self.scoping.scope_parent_id(scope) {
                Some(p) => scope = p,
                None => return scope,
            }
        }
    }

    fn analyze_captures(&mut self) {
        let nodes = self.semantic.nodes();
        // A dynamic function's lowerer continues the program's static cells.
        let mut statics = self.program.statics;
        for sym in self.scoping.symbol_ids() {
            let scope = self.scoping.symbol_scope_id(sym);
            let home = self.function_scope_of(scope);
            let captured = self.scoping.get_resolved_reference_ids(sym).iter().any(|&r| {
                let node = self.scoping.get_reference(r).node_id();
                self.function_scope_of(nodes.get_node(node).scope_id()) != home || self.in_field_initializer(node)
            });
            let module_storage = self.module.as_ref().and_then(|m| {
                if m.imports.contains_key(&sym) {
                    Some(Storage::Import)
                } else {
                    m.exported.get(&sym).map(|&i| Storage::Static(i))
                }
            });
            let st = if let Some(st) = module_storage {
                st
            } else if self.script && scope == home && self.scoping.scope_flags(home).contains(ScopeFlags::Top) && self.scoping.symbol_flags(sym).intersects(SymbolFlags::FunctionScopedVariable | SymbolFlags::Function) {
                let name = self.scoping.symbol_name(sym).to_string();
                Storage::Global(self.program.string(&name))
            } else if !captured {
                Storage::Local
            } else if scope == home && self.scoping.scope_flags(home).contains(ScopeFlags::Top) {
                // Declared in the top-level scope itself: it exists exactly once.
                statics += 1;
                Storage::Static(statics - 1)
            } else {
                let slots = self.env_slots.entry(scope).or_default();
                slots.push(Slot::Binding);
                Storage::Env { scope, slot: slots.len() as u32 - 1 }
            };
            self.storage.insert(sym, st);
        }
        self.program.statics = statics;
        self.analyze_arguments();
        self.analyze_mapped_arguments();
        self.analyze_private_names();
        self.analyze_with();
        self.analyze_class_inner_names();
    }

    /// A class declaration whose name is used inside the class gets an inner binding
    /// of that name in its scope (the outer one may be reassigned).
    fn analyze_class_inner_names(&mut self) {
        let nodes = self.semantic.nodes();
        for node in nodes.iter() {
            let oxc_ast::AstKind::Class(c) = node.kind() else { continue };
            let (Some(id), true) = (&c.id, c.is_declaration()) else { continue };
            let (sym, scope) = (id.symbol_id(), c.scope_id());
            let inside = self.scoping.get_resolved_reference_ids(sym).iter().any(|&r| {
                let from = nodes.get_node(self.scoping.get_reference(r).node_id()).scope_id();
                self.scoping.scope_ancestors(from).any(|s| s == scope)
            });
            if inside {
                let slots = self.env_slots.entry(scope).or_default();
                slots.push(Slot::ClassInner);
                self.class_inner.insert(sym, (scope, slots.len() as u32 - 1));
            }
        }
    }

    /// The inner class binding a reference to `sym` from `id` resolves to, if it is
    /// inside the class.
    fn class_inner_of(&self, id: &IdentifierReference<'a>, sym: SymbolId) -> Option<(ScopeId, u32)> {
        let &(scope, slot) = self.class_inner.get(&sym)?;
        let from = self.semantic.nodes().get_node(self.scoping.get_reference(id.reference_id()).node_id()).scope_id();
        self.scoping.scope_ancestors(from).any(|s| s == scope).then_some((scope, slot))
    }

    /// Sloppy functions with simple parameter lists that use `arguments` get a mapped
    /// arguments object: their parameters live in it (`arguments[0] = 1` changes the
    /// first parameter and the reverse), until an index is deleted or redefined.
    fn analyze_mapped_arguments(&mut self) {
        let owners: Vec<ScopeId> = self.arguments.keys().copied().collect();
        for owner in owners {
            if self.scoping.scope_flags(owner).contains(ScopeFlags::StrictMode) {
                continue;
            }
            let oxc_ast::AstKind::Function(f) = self.semantic.nodes().kind(self.scoping.get_node_id(owner)) else { continue };
            let mut syms = Vec::new();
            for p in &f.params.items {
                match (&p.pattern, &p.initializer) {
                    (BindingPattern::BindingIdentifier(id), None) => syms.push(id.symbol_id()),
                    _ => break,
                }
            }
            // Simple lists only, no duplicate names, no function declaration reusing a name.
            let simple = f.params.rest.is_none() && syms.len() == f.params.items.len();
            let unique = syms.iter().enumerate().all(|(i, s)| !syms[..i].contains(s));
            if !simple || !unique || syms.iter().any(|&s| self.scoping.symbol_flags(s).contains(SymbolFlags::Function)) {
                continue;
            }
            for (i, &sym) in syms.iter().enumerate() {
                // A closure that reads a parameter needs the arguments object too.
                if matches!(self.storage[&sym], Storage::Env { .. }) && matches!(self.arguments[&owner], Storage::Local) {
                    let slots = self.env_slots.entry(owner).or_default();
                    slots.push(Slot::Arguments);
                    self.arguments.insert(owner, Storage::Env { scope: owner, slot: slots.len() as u32 - 1 });
                }
                self.storage.insert(sym, Storage::MappedParam { owner, index: i as u32 });
            }
            self.mapped_params.insert(owner, syms.len() as u32);
        }
    }

    /// Every class with private elements keeps their names (created per evaluation of
    /// the class) in its scope's environment, where its methods find them.
    fn analyze_private_names(&mut self) {
        for node in self.semantic.nodes().iter() {
            let oxc_ast::AstKind::Class(c) = node.kind() else { continue };
            for name in class_private_names(c) {
                let slots = self.env_slots.entry(c.scope_id()).or_default();
                if !slots.iter().any(|s| matches!(s, Slot::Private(n) if *n == name)) {
                    slots.push(Slot::Private(name));
                }
            }
        }
    }

    /// The environment slot holding private name `#name` for code lowered here: in the
    /// nearest enclosing class that declares it.
    pub(super) fn private_name_slot(&self, name: &str) -> Option<(ScopeId, u32)> {
        let f = self.fs_ref();
        let scopes = f.env_stack.iter().rev().map(|(s, _)| *s).chain(f.outer_chain.iter().copied());
        for scope in scopes {
            if let Some(i) = self.env_slots.get(&scope).and_then(|slots| slots.iter().position(|s| matches!(s, Slot::Private(n) if n == name))) {
                return Some((scope, i as u32));
            }
        }
        None
    }

    /// Whether a node is in a class field's initializer directly (not in a function
    /// inside it): that code runs as a function of its own, but has no scope of its own.
    fn in_field_initializer(&self, node: oxc_semantic::NodeId) -> bool {
        let nodes = self.semantic.nodes();
        let span = nodes.kind(node).span();
        for kind in nodes.ancestor_kinds(node) {
            match kind {
                oxc_ast::AstKind::PropertyDefinition(p) => return p.value.as_ref().is_some_and(|v| v.span().contains_inclusive(span)),
                oxc_ast::AstKind::Function(_) | oxc_ast::AstKind::ArrowFunctionExpression(_) | oxc_ast::AstKind::StaticBlock(_) | oxc_ast::AstKind::Class(_) => return false,
                _ => {}
            }
        }
        false
    }

    /// The nearest non-arrow function scope enclosing `scope` (`None` at top level).
    pub(super) fn arguments_owner(&self, mut scope: ScopeId) -> Option<ScopeId> {
        loop {
            let flags = self.scoping.scope_flags(scope);
            if flags.contains(ScopeFlags::Top) {
                return None;
            }
            if flags.contains(ScopeFlags::Function) && !flags.contains(ScopeFlags::Arrow) {
                return Some(scope);
            }
            scope = self.scoping.scope_parent_id(scope)?;
        }
    }

    /// Finds the functions whose `arguments` object is referenced (an unresolved
    /// `arguments` reference inside a non-arrow function); it is captured when the
    /// reference is in an arrow.
    fn analyze_arguments(&mut self) {
        let nodes = self.semantic.nodes();
        let Some(refs) = self.scoping.root_unresolved_references().get("arguments") else { return };
        for &r in refs {
            let scope = nodes.get_node(self.scoping.get_reference(r).node_id()).scope_id();
            let Some(owner) = self.arguments_owner(scope) else { continue };
            let captured = self.function_scope_of(scope) != owner;
            let known = self.arguments.get(&owner).copied();
            if captured && !matches!(known, Some(Storage::Env { .. })) {
                let slots = self.env_slots.entry(owner).or_default();
                slots.push(Slot::Arguments);
                self.arguments.insert(owner, Storage::Env { scope: owner, slot: slots.len() as u32 - 1 });
            } else if known.is_none() {
                self.arguments.insert(owner, Storage::Local);
            }
        }
    }

    // ---- function state ---------------------------------------------------------

    fn fs(&mut self) -> &mut FnState {
        self.st.last_mut().unwrap()
    }

    fn fs_ref(&self) -> &FnState {
        self.st.last().unwrap()
    }

    fn new_func_id(&mut self) -> FuncId {
        self.next_func += 1;
        FuncId(self.next_func - 1)
    }

    #[allow(clippy::too_many_arguments)]
    fn begin_function(&mut self, id: FuncId, entry: EntryKind, name: StrId, length: u32, strict: bool, outer_chain: Vec<ScopeId>, text: Span) {
        let mut func = ir::Function::new(id, name, entry, text.start + self.base, text.end + self.base);
        func.length = length;
        self.st.push(FnState {
            func,
            cur: BlockId(0),
            locals: HashMap::new(),
            env_stack: Vec::new(),
            outer_chain,
            handler: None,
            targets: Vec::new(),
            finally_stack: Vec::new(),
            initialized: HashSet::new(),
            tdz_params: HashSet::new(),
            arguments_var: None,
            strict,
            derived: false,
            defer_fields: false,
            chain_exit: None,
            arrow_home: None,
            arrow_callee: None,
            scope: None,
        });
    }

    fn finish_function(&mut self) {
        let f = self.st.pop().unwrap();
        self.program.functions.push(f.func);
    }

    fn new_var(&mut self) -> Var {
        let f = &mut self.fs().func;
        f.var_count += 1;
        Var(f.var_count - 1)
    }

    fn new_block(&mut self) -> BlockId {
        let handler = self.fs().handler;
        let f = &mut self.fs().func;
        f.blocks.push(Block { insts: Vec::new(), term: Terminator::Unreachable, handler, cold: false });
        BlockId(f.blocks.len() as u32 - 1)
    }

    /// Continues emitting into `b`.
    fn switch_to(&mut self, b: BlockId) {
        self.fs().cur = b;
    }

    fn emit(&mut self, inst: Inst, pos: u32) {
        let pos = pos + self.base;
        let f = self.fs();
        let cur = f.cur.0 as usize;
        f.func.blocks[cur].insts.push((inst, pos));
    }

    /// Ends the current block and continues in a fresh (so far unreachable) one.
    fn terminate(&mut self, t: Terminator) {
        let f = self.fs();
        let cur = f.cur.0 as usize;
        f.func.blocks[cur].term = t;
        let b = self.new_block();
        self.switch_to(b);
    }

    fn jump(&mut self, to: BlockId) {
        self.terminate(Terminator::Jump(to));
    }

    fn branch(&mut self, cond: Var, then: BlockId, else_: BlockId) {
        self.terminate(Terminator::Branch { cond, then, else_ });
    }

    fn constant(&mut self, c: Const) -> Var {
        let v = self.new_var();
        self.emit(Inst::Const { dst: v, value: c }, 0);
        v
    }

    /// `v === c`.
    fn is_const(&mut self, v: Var, c: Const, pos: u32) -> Var {
        let k = self.constant(c);
        let d = self.new_var();
        self.emit(Inst::Binary { dst: d, op: ir::BinOp::StrictEq, a: v, b: k }, pos);
        d
    }

    /// Throws a new `kind` error with `msg` when `cond` is `when`; continues otherwise.
    fn throw_if(&mut self, cond: Var, when: bool, kind: ir::ErrorKind, msg: &str, pos: u32) {
        let (bad, ok) = (self.new_block(), self.new_block());
        if when { self.branch(cond, bad, ok) } else { self.branch(cond, ok, bad) }
        self.switch_to(bad);
        self.throw_if_reached(kind, msg, pos);
        self.switch_to(ok);
    }

    /// Throws a new `kind` error with `msg` here (the code after it is unreachable).
    fn throw_if_reached(&mut self, kind: ir::ErrorKind, msg: &str, pos: u32) {
        let msg = self.program.string(msg);
        self.emit(Inst::ThrowError { kind, msg }, pos);
        self.terminate(Terminator::Unreachable);
    }

    fn str_const(&mut self, s: &str) -> Var {
        let id = self.program.string(s);
        self.constant(Const::Str(id))
    }

    /// A string literal's value (see [`expr::literal_units`]).
    fn literal_const(&mut self, text: &str, lone_surrogates: bool) -> Var {
        let id = self.program.string_units(&expr::literal_units(text, lone_surrogates));
        self.constant(Const::Str(id))
    }

    /// The slot of `key` in the layout TypeScript's types foresee for the object of
    /// the access whose property name starts at `pos` (see `class_fields`).
    fn field_slot(&mut self, pos: u32, key: StrId) -> Option<ir::FieldSlot> {
        let class = *self.class_accesses.get(&pos)?;
        let assign = self.assign_class_fields;
        let semantic = self.semantic;
        let layouts = self.class_layouts.get_or_insert_with(|| crate::class_fields::predict_layouts(semantic, assign));
        let keys = layouts.get(&class)?;
        let layout = match self.layout_ids.get(&class) {
            Some(&id) => id,
            None => {
                let ids = keys.clone().iter().map(|k| self.program.string(k)).collect();
                let id = self.program.layouts.len() as u32;
                self.program.layouts.push(ids);
                self.layout_ids.insert(class, id);
                id
            }
        };
        let slot = self.program.layouts[layout as usize].iter().position(|k| *k == key)?;
        Some(ir::FieldSlot { layout, slot: slot as u32 })
    }

    /// The method a call of property `name` (its span starts at `pos`) reaches when
    /// TypeScript types the object as an instance of a class of the file, with a fast
    /// entry: for a checked direct call (`Inst::CallKnown`).
    fn typed_method(&mut self, pos: u32, name: &str) -> Option<ir::Known> {
        let class = *self.class_accesses.get(&pos)?;
        let semantic = self.semantic;
        let methods = self.class_methods.get_or_insert_with(|| crate::class_fields::class_methods(semantic));
        let f = *methods.get(&(class, name.to_string()))?;
        let &(func, params) = self.method_ids.get(&f)?;
        Some(ir::Known::Func { func, params })
    }

    fn mov(&mut self, dst: Var, src: Var) {
        self.emit(Inst::Move { dst, src }, 0);
    }

    /// Sets the exception handler for the code emitted from now on.
    fn set_handler(&mut self, h: Option<BlockId>) {
        self.fs().handler = h;
        let next = self.new_block();
        self.jump(next);
        self.switch_to(next);
    }

    // ---- scopes and bindings ----------------------------------------------------

    /// Enters a scope: creates its environment if it has captured bindings, sets
    /// let/const/class bindings to the hole, var bindings of a function scope to
    /// undefined, and hoists the function declarations of `body`.
    fn enter_scope(&mut self, scope: ScopeId, body: &'a [Statement<'a>]) -> LResult<()> {
        if let Some(slots) = self.env_slots.get(&scope) {
            let n = slots.len() as u32;
            let parent = self.current_env();
            let e = self.new_var();
            self.emit(Inst::NewEnv { dst: e, parent, slots: n }, 0);
            self.fs().env_stack.push((scope, e));
        }
        let bindings: Vec<SymbolId> = self.scoping.get_bindings(scope).values().copied().collect();
        let is_fn_scope = self.scoping.scope_flags(scope).intersects(ScopeFlags::Function | ScopeFlags::Top | ScopeFlags::ClassStaticBlock);
        for sym in bindings {
            let flags = self.scoping.symbol_flags(sym);
            if matches!(self.storage[&sym], Storage::Import) {
                continue;
            }
            if flags.intersects(SymbolFlags::BlockScopedVariable | SymbolFlags::ConstVariable | SymbolFlags::Class) {
                let h = self.constant(Const::Hole);
                self.write_binding(sym, h, 0);
            } else if let Storage::Global(name) = self.storage[&sym] {
                // GlobalDeclarationInstantiation: a non-configurable global property.
                self.emit(Inst::DeclareGlobal { name, value: None }, 0);
            } else if flags.contains(SymbolFlags::FunctionScopedVariable) && is_fn_scope && !self.is_param(sym) && !matches!(self.storage[&sym], Storage::MappedParam { .. }) {
                let u = self.constant(Const::Undefined);
                self.write_binding(sym, u, 0);
            }
        }
        self.hoist_functions(body)
    }

    fn exit_scope(&mut self, scope: ScopeId) {
        if self.fs().env_stack.last().is_some_and(|(s, _)| *s == scope) {
            self.fs().env_stack.pop();
        }
    }

    fn is_param(&self, sym: SymbolId) -> bool {
        let nodes = self.semantic.nodes();
        let node = self.scoping.symbol_declaration(sym);
        nodes.ancestor_kinds(node).take(4).any(|k| matches!(k, oxc_ast::AstKind::FormalParameter(_) | oxc_ast::AstKind::FormalParameterRest(_)))
    }

    fn hoist_functions(&mut self, body: &'a [Statement<'a>]) -> LResult<()> {
        for s in body {
            let Some((f, exported)) = modules::hoisted_function(s) else { continue };
            if exported && (self.module.is_none() || self.linked_early(f)) {
                continue;
            }
            self.hoist_function(f, exported)?;
        }
        Ok(())
    }

    /// The innermost environment at the current point (a null pointer if none).
    fn current_env(&mut self) -> Var {
        if let Some(&(_, v)) = self.fs().env_stack.last() {
            return v;
        }
        if self.fs().outer_chain.is_empty() {
            return self.constant(Const::Number(0.0));
        }
        self.fs().func.env_var
    }

    /// A variable holding the environment of `scope` (which bears one).
    fn env_of(&mut self, scope: ScopeId) -> Var {
        if let Some(&(_, v)) = self.fs().env_stack.iter().find(|(s, _)| *s == scope) {
            return v;
        }
        let hops = self.fs().outer_chain.iter().position(|s| *s == scope).expect("environment of an enclosing scope");
        let mut e = self.fs().func.env_var;
        for _ in 0..hops {
            let p = self.new_var();
            self.emit(Inst::ParentEnv { dst: p, env: e }, 0);
            e = p;
        }
        e
    }

    /// The environment a closure created at the start of `scope` captures.
    fn env_for_scope(&mut self, scope: ScopeId) -> Var {
        match self.reachable_env(scope) {
            Some(sc) => self.env_of(sc),
            None => self.constant(Const::Number(0.0)),
        }
    }

    /// The nearest scope from `scope` outwards whose environment the code being lowered
    /// can reach (entered here or captured); `None` means none (the constant 0).
    fn reachable_env(&self, scope: ScopeId) -> Option<ScopeId> {
        let mut s = Some(scope);
        while let Some(sc) = s {
            if self.env_slots.contains_key(&sc) && (self.fs_ref().env_stack.iter().any(|(x, _)| *x == sc) || self.fs_ref().outer_chain.contains(&sc)) {
                return Some(sc);
            }
            s = self.scoping.scope_parent_id(sc);
        }
        None
    }

    /// Whether the environment a closure created in `scope` captured is the one code
    /// here would pass: false when the nearest environment-bearing scope is not entered
    /// here (a block-level function called after its block, Annex B).
    fn env_reachable(&self, scope: ScopeId) -> bool {
        let mut s = Some(scope);
        while let Some(sc) = s {
            if self.env_slots.contains_key(&sc) {
                return self.reachable_env(sc) == Some(sc);
            }
            s = self.scoping.scope_parent_id(sc);
        }
        true
    }

    fn local_var(&mut self, sym: SymbolId) -> Var {
        if let Some(&v) = self.fs().locals.get(&sym) {
            return v;
        }
        let v = self.new_var();
        self.fs().locals.insert(sym, v);
        v
    }

    fn read_binding(&mut self, sym: SymbolId, pos: u32) -> Var {
        let d = self.new_var();
        match self.storage[&sym] {
            Storage::Local => {
                let v = self.local_var(sym);
                self.emit(Inst::Move { dst: d, src: v }, pos);
            }
            Storage::Env { scope, slot } => {
                let e = self.env_of(scope);
                self.emit(Inst::LoadEnv { dst: d, env: e, slot }, pos);
            }
            Storage::Static(index) => self.emit(Inst::LoadStatic { dst: d, index }, pos),
            Storage::MappedParam { owner, index } => {
                let args = self.read_arguments(owner, pos);
                self.emit(Inst::ArgParamGet { dst: d, args, index }, pos);
            }
            Storage::Global(name) => self.emit(Inst::GetGlobal { dst: d, name }, pos),
            Storage::Import => {
                let b = self.module.as_ref().expect("a module").imports[&sym].clone();
                return self.read_import(&b, pos);
            }
        }
        d
    }

    /// Reads the `arguments` object of the function with scope `owner`.
    pub(super) fn read_arguments(&mut self, owner: ScopeId, pos: u32) -> Var {
        let d = self.new_var();
        match self.arguments[&owner] {
            Storage::Env { scope, slot } => {
                let e = self.env_of(scope);
                self.emit(Inst::LoadEnv { dst: d, env: e, slot }, pos);
            }
            _ => {
                let a = self.fs().arguments_var.expect("arguments object created at entry");
                self.emit(Inst::Move { dst: d, src: a }, pos);
            }
        }
        d
    }

    fn write_binding(&mut self, sym: SymbolId, value: Var, pos: u32) {
        match self.storage[&sym] {
            Storage::Local => {
                let v = self.local_var(sym);
                self.emit(Inst::Move { dst: v, src: value }, pos);
            }
            Storage::Env { scope, slot } => {
                let e = self.env_of(scope);
                self.emit(Inst::StoreEnv { env: e, slot, value }, pos);
            }
            Storage::Static(index) => self.emit(Inst::StoreStatic { index, value }, pos),
            Storage::MappedParam { owner, index } => {
                let args = self.read_arguments(owner, pos);
                self.emit(Inst::ArgParamSet { args, index, value }, pos);
            }
            Storage::Global(name) => {
                let strict = self.fs().strict;
                self.emit(Inst::SetGlobal { name, value, strict }, pos);
            }
            // Imports are immutable bindings.
            Storage::Import => {
                let name = self.name_id(sym);
                self.emit(Inst::ThrowError { kind: ir::ErrorKind::ConstAssign, msg: name }, pos);
            }
        }
    }

    /// The binding of a named function or class expression's own name.
    fn is_own_name_binding(&self, sym: SymbolId) -> bool {
        let node = self.scoping.symbol_declaration(sym);
        match self.semantic.nodes().kind(node) {
            oxc_ast::AstKind::Function(f) => f.is_expression(),
            oxc_ast::AstKind::Class(c) => c.is_expression(),
            oxc_ast::AstKind::BindingIdentifier(_) => match self.semantic.nodes().parent_kind(node) {
                oxc_ast::AstKind::Function(f) => f.is_expression() && f.id.as_ref().is_some_and(|id| id.symbol_id() == sym),
                oxc_ast::AstKind::Class(c) => c.is_expression() && c.id.as_ref().is_some_and(|id| id.symbol_id() == sym),
                _ => false,
            },
            _ => false,
        }
    }

    fn is_lexical(&self, sym: SymbolId) -> bool {
        self.scoping.symbol_flags(sym).intersects(SymbolFlags::BlockScopedVariable | SymbolFlags::ConstVariable | SymbolFlags::Class)
    }

    fn needs_tdz_check(&mut self, sym: SymbolId) -> bool {
        (self.is_lexical(sym) || self.fs().tdz_params.contains(&sym)) && !self.fs().initialized.contains(&sym) && !self.is_initialized_first(sym)
    }

    fn name_id(&mut self, sym: SymbolId) -> StrId {
        let n = self.scoping.symbol_name(sym).to_string();
        self.program.string(&n)
    }

    /// Reads a binding, with its TDZ check where needed. A `const` with a constant
    /// initializer reads as that constant (see `constants`).
    fn read_checked(&mut self, sym: SymbolId, pos: u32) -> Var {
        let checked = self.needs_tdz_check(sym);
        let constant = self.constant_value(sym);
        // A constant's binding is only read for its TDZ check.
        let read = (checked || constant.is_none()).then(|| self.read_binding(sym, pos));
        if checked {
            let name = self.name_id(sym);
            self.emit(Inst::CheckTdz { var: read.expect("read for the check"), name }, pos);
        }
        match constant {
            Some(value) => {
                let d = self.new_var();
                self.emit(Inst::Const { dst: d, value }, pos);
                d
            }
            None => read.expect("a binding without a constant is read"),
        }
    }

    /// Initializes a declared binding and marks it safe to read from here on in this
    /// function (not in switch cases, where a case can be entered past it).
    fn init_binding(&mut self, sym: SymbolId, value: Var, pos: u32) {
        self.write_binding(sym, value, pos);
        let scope = self.scoping.symbol_scope_id(sym);
        let node = self.scoping.get_node_id(scope);
        let in_switch = matches!(self.semantic.nodes().kind(node), oxc_ast::AstKind::SwitchStatement(_));
        if !in_switch {
            self.fs().initialized.insert(sym);
        }
    }

    /// Assigns to an existing binding (`x = v`), with TDZ and const checks.
    fn assign_binding(&mut self, sym: SymbolId, value: Var, pos: u32) {
        if self.needs_tdz_check(sym) {
            let cur = self.read_binding(sym, pos);
            let name = self.name_id(sym);
            self.emit(Inst::CheckTdz { var: cur, name }, pos);
        }
        if self.scoping.symbol_flags(sym).contains(SymbolFlags::ConstVariable) {
            let name = self.name_id(sym);
            self.emit(Inst::ThrowError { kind: ir::ErrorKind::ConstAssign, msg: name }, pos);
            return;
        }
        if self.is_own_name_binding(sym) {
            // The name of a function or class expression, inside it, is immutable:
            // assigning throws in strict code and does nothing in sloppy code.
            if self.fs().strict {
                let name = self.name_id(sym);
                self.emit(Inst::ThrowError { kind: ir::ErrorKind::ConstAssign, msg: name }, pos);
            }
            return;
        }
        self.write_binding(sym, value, pos);
    }

    // ---- functions --------------------------------------------------------------

    /// Whether a function needs the generic entry (argv/argc/new.target/callee).
    fn needs_generic(&self, span: Span, scope: ScopeId, params: &FormalParameters<'a>, is_arrow: bool) -> bool {
        let text = &self.source[span.start as usize..span.end as usize];
        params.rest.is_some()
            || params.items.len() > 6
            || self.arguments.contains_key(&scope)
            || text.contains("new.target")
            || text.contains("super")
            || (is_arrow && text.contains("this"))
    }

    /// Lowers a function declaration or expression to a closure value.
    fn lower_function_expr(&mut self, f: &'a Function<'a>, name: Option<&str>) -> LResult<Var> {
        if f.r#async {
            return unsupported(if f.generator { "async generator functions" } else { "async functions" }, f.span);
        }
        let id = self.new_func_id();
        let name_s = f.id.as_ref().map(|i| i.name.to_string()).or_else(|| name.map(|s| s.to_string())).unwrap_or_default();
        let name = self.program.string(&name_s);
        let chain = self.closure_chain();
        let strict = self.fs().strict || f.body.as_ref().is_some_and(|b| b.has_use_strict_directive());
        self.pending.push(PendingFn { id, node: FnNode::Function(f), text: f.span, outer_chain: chain, strict, name, kind: FnKind::Plain });
        if let Some(bid) = &f.id
            && f.r#type == FunctionType::FunctionDeclaration {
            let sym = bid.symbol_id();
            let fast_entry = !f.generator && !self.needs_generic(f.span, f.scope_id(), &f.params, false);
            let global = matches!(self.storage[&sym], Storage::Global(_));
            if fast_entry && !global && !self.scoping.symbol_is_mutated(sym) {
                let home = self.scoping.scope_parent_id(f.scope_id()).expect("a function's scope has a parent");
                self.direct.insert(sym, (id, f.params.items.len(), home));
            } else if fast_entry && global {
                // A script's function: a global property anyone may reassign, so calls
                // check that the callee is still this function (`Inst::CallKnown`).
                self.global_fns.insert(sym, (id, f.params.items.len() as u32));
            }
        }
        let env = self.current_env();
        let d = self.new_var();
        self.emit(Inst::MakeClosure { dst: d, func: id, env, home: None }, f.span.start);
        Ok(d)
    }

    fn lower_arrow(&mut self, a: &'a ArrowFunctionExpression<'a>, name: Option<&str>) -> LResult<Var> {
        if a.r#async {
            return unsupported("async functions", a.span);
        }
        let text = &self.source[a.span.start as usize..a.span.end as usize];
        let needs_ctx = text.contains("new.target") || text.contains("super");
        let uses_this = text.contains("this");
        let id = self.new_func_id();
        let name = self.program.string(name.unwrap_or(""));
        let chain = self.closure_chain();
        let strict = self.fs().strict;
        self.pending.push(PendingFn { id, node: FnNode::Arrow(a), text: a.span, outer_chain: chain, strict, name, kind: FnKind::Plain });
        let env = self.current_env();
        // An arrow sees the `this` of its creator: captured as the closure's home; with
        // `new.target` or `super` inside, the home is [this, new.target, home object].
        let home = if needs_ctx {
            let this = self.fs().func.this_var;
            let nt = self.fs().func.new_target_var;
            let main = self.fs().func.entry == EntryKind::Main;
            let home_obj = if main { self.constant(Const::Undefined) } else { self.home_object(a.span.start) };
            let callee = match self.fs().arrow_callee {
                Some(c) => c,
                None if main => self.constant(Const::Undefined),
                None => self.fs().func.callee_var,
            };
            let ctx = self.new_var();
            self.emit(Inst::NewArray { dst: ctx, elems: vec![this, nt, home_obj, callee] }, a.span.start);
            Some(ctx)
        } else if uses_this {
            Some(self.fs().func.this_var)
        } else {
            None
        };
        let d = self.new_var();
        self.emit(Inst::MakeClosure { dst: d, func: id, env, home }, a.span.start);
        Ok(d)
    }

    /// The environment chain a closure created now would see, innermost first.
    fn closure_chain(&mut self) -> Vec<ScopeId> {
        let f = self.fs();
        let mut chain: Vec<ScopeId> = f.env_stack.iter().rev().map(|(s, _)| *s).collect();
        chain.extend(f.outer_chain.iter().copied());
        chain
    }

    fn lower_function_body(&mut self, p: PendingFn<'a>) -> LResult<()> {
        let (span, params, scope, is_arrow) = match p.node {
            FnNode::Function(f) => (f.span, &*f.params, f.scope_id(), false),
            FnNode::Arrow(a) => (a.span, &*a.params, a.scope_id(), true),
            FnNode::DefaultCtor(_) | FnNode::Field(_) | FnNode::StaticBlock(_) | FnNode::Synthetic(_) => return self.lower_class_piece(p),
        };
        // A named function expression that refers to itself reads its own callee.
        let self_name = match p.node {
            FnNode::Function(f) if f.r#type == FunctionType::FunctionExpression => f
                .id
                .as_ref()
                .map(|id| id.symbol_id())
                .filter(|&sym| !self.scoping.get_resolved_reference_ids(sym).is_empty()),
            _ => None,
        };
        let is_ctor = matches!(p.kind, FnKind::ClassCtor { .. });
        let is_generator = matches!(p.node, FnNode::Function(f) if f.generator);
        let generic = self.needs_generic(span, scope, params, is_arrow) || self_name.is_some() || is_ctor || is_generator;
        let entry = if generic { EntryKind::Generic } else { EntryKind::Fast };
        let length = params.items.iter().take_while(|p| p.initializer.is_none()).count() as u32;
        self.begin_function(p.id, entry, p.name, length, p.strict, p.outer_chain, p.text);
        let mut flags = if p.strict { dxrt_abi::FN_STRICT } else { 0 };
        flags |= match p.kind {
            _ if is_arrow => dxrt_abi::FN_ARROW,
            FnKind::Method if is_generator => dxrt_abi::FN_METHOD | dxrt_abi::FN_GENERATOR,
            _ if is_generator => dxrt_abi::FN_GENERATOR,
            FnKind::Plain => dxrt_abi::FN_CONSTRUCTOR,
            FnKind::Method => dxrt_abi::FN_METHOD,
            FnKind::ClassCtor { derived } => dxrt_abi::FN_CONSTRUCTOR | dxrt_abi::FN_CLASS_CONSTRUCTOR | if derived { dxrt_abi::FN_DERIVED } else { 0 },
        };
        self.fs().func.flags = flags;
        // Where the body initializes the fields instead of the entry or `super()`.
        let fields_at = match (p.kind, &p.node) {
            (FnKind::ClassCtor { derived }, FnNode::Function(f)) if self.assign_class_fields => self.param_properties.get(&f.params.span.start).and_then(|&n| {
                let body = &f.body.as_ref()?.statements;
                let after_super = if derived { body.iter().position(|s| matches!(s, Statement::ExpressionStatement(e) if matches!(&e.expression, Expression::CallExpression(c) if c.callee.is_super())))? + 1 } else { 0 };
                Some((after_super + n).min(body.len()))
            }),
            _ => None,
        };
        self.fs().defer_fields = fields_at.is_some();
        if let FnKind::ClassCtor { derived } = p.kind {
            self.class_ctor_prologue(derived, span.start);
        }
        let mut incoming = Vec::new();
        for _ in &params.items {
            incoming.push(self.new_var());
        }
        self.fs().func.params = incoming.clone();
        if !is_generator && let Some(h) = self.param_hints.get(&params.span.start) {
            self.fs().func.param_hints = h.clone();
        }
        let uses_this = self.source[span.start as usize..span.end as usize].contains("this");
        let this = self.fs().func.this_var;
        if is_arrow {
            let text = &self.source[span.start as usize..span.end as usize];
            if text.contains("new.target") || text.contains("super") {
                // The creator's [this, new.target, home object] (see `lower_arrow`).
                let ctx = self.new_var();
                self.emit(Inst::LoadCalleeHome { dst: ctx }, span.start);
                let nt = self.fs().func.new_target_var;
                let (home, callee) = (self.new_var(), self.new_var());
                for (i, dst) in [this, nt, home, callee].into_iter().enumerate() {
                    let k = self.constant(Const::Number(i as f64));
                    self.emit(Inst::GetElem { dst, obj: ctx, key: k }, span.start);
                }
                self.fs().arrow_home = Some(home);
                self.fs().arrow_callee = Some(callee);
            } else if uses_this {
                self.emit(Inst::LoadCalleeHome { dst: this }, span.start);
            }
        } else if !p.strict && uses_this {
            self.emit(Inst::SloppyThis { dst: this, this }, span.start);
        }
        let body_stmts: &'a [Statement<'a>] = match p.node {
            FnNode::Function(f) => f.body.as_ref().map(|b| &b.statements[..]).unwrap_or(&[]),
            FnNode::Arrow(a) => match &a.body {
                ArrowFunctionBody::FunctionBody(b) => &b.statements[..],
                _ => &[],
            },
            _ => &[],
        };
        // Parameters first (their defaults may call hoisted functions: hoist first).
        self.fs().scope = Some(scope);
        self.enter_scope(scope, body_stmts)?;
        if let Some(&slot) = self.this_slots.get(&scope) {
            let (e, this) = (self.env_of(scope), self.fs().func.this_var);
            self.emit(Inst::StoreEnv { env: e, slot, value: this }, span.start);
        }
        if let Some(storage) = self.arguments.get(&scope).copied() {
            let d = self.new_var();
            let mapped = self.mapped_params.get(&scope).copied().unwrap_or(0);
            self.emit(Inst::CreateArguments { dst: d, mapped }, span.start);
            match storage {
                Storage::Env { scope, slot } => {
                    let e = self.env_of(scope);
                    self.emit(Inst::StoreEnv { env: e, slot, value: d }, span.start);
                }
                _ => self.fs().arguments_var = Some(d),
            }
        }
        if let Some(sym) = self_name {
            let callee = self.fs().func.callee_var;
            self.init_binding(sym, callee, span.start);
        }
        // With defaults, parameters are initialized in order and are in their TDZ
        // before that (`function f(a = b, b) {}` throws).
        if params.items.iter().any(|p| p.initializer.is_some()) {
            for param in &params.items {
                if let BindingPattern::BindingIdentifier(id) = &param.pattern {
                    let h = self.constant(Const::Hole);
                    self.write_binding(id.symbol_id(), h, param.span.start);
                    self.fs().tdz_params.insert(id.symbol_id());
                }
            }
        }
        for (i, param) in params.items.iter().enumerate() {
            if let BindingPattern::BindingIdentifier(id) = &param.pattern
                && matches!(self.storage[&id.symbol_id()], Storage::MappedParam { .. })
            {
                // Already in the arguments object.
                continue;
            }
            let mut v = incoming[i];
            if let Some(init) = &param.initializer {
                let u = self.constant(Const::Undefined);
                let is_u = self.new_var();
                self.emit(Inst::Binary { dst: is_u, op: ir::BinOp::StrictEq, a: v, b: u }, param.span.start);
                let r = self.new_var();
                self.mov(r, v);
                let (then, join) = (self.new_block(), self.new_block());
                self.branch(is_u, then, join);
                self.switch_to(then);
                let name = param.pattern.get_binding_identifier().map(|id| id.name.as_str());
                let d = self.lower_expr_named(init, name)?;
                self.mov(r, d);
                self.jump(join);
                self.switch_to(join);
                v = r;
            }
            self.destructure(pattern::Target::Bind(&param.pattern), v)?;
        }
        if let Some(rest) = &params.rest {
            let d = self.new_var();
            self.emit(Inst::RestArray { dst: d, start: params.items.len() as u32 }, rest.span.start);
            self.destructure(pattern::Target::Bind(&rest.rest.argument), d)?;
        }
        if is_generator {
            // Parameters are bound when the generator function is called; the body runs
            // from the first `next()`.
            let g = self.new_var();
            self.emit(Inst::CreateGenerator { dst: g }, span.start);
            self.fs().func.gen_var = Some(g);
            self.suspend(g, false);
        }
        match p.node {
            FnNode::Arrow(a) if a.body.as_expression().is_some() => {
                let e = a.body.as_expression().unwrap();
                let v = self.lower_expr(e)?;
                self.emit_return(v, e.span().start);
            }
            _ => {
                let (before, after) = body_stmts.split_at(fields_at.unwrap_or(0));
                self.lower_statements(before)?;
                if fields_at.is_some() {
                    let pos = after.first().map_or(span.end, |s| s.span().start);
                    let (this, callee) = (self.raw_this(pos), self.fs().func.callee_var);
                    self.emit(Inst::InitInstance { obj: this, ctor: callee }, pos);
                }
                self.lower_statements(after)?;
                let u = self.constant(Const::Undefined);
                self.emit_return(u, span.end.saturating_sub(1));
            }
        }
        self.finish_function();
        Ok(())
    }

    // ---- control transfer -------------------------------------------------------

    /// Suspends the generator with `value` (see `Terminator::Yield`); continues in the
    /// resume block with the sent value and the resume mode.
    fn suspend(&mut self, value: Var, raw: bool) -> (Var, Var) {
        let resume = self.new_block();
        let (sent, mode) = (self.new_var(), self.new_var());
        self.terminate(Terminator::Yield { value, resume, sent, mode, raw });
        self.switch_to(resume);
        (sent, mode)
    }

    /// `return v`, through any enclosing finally blocks.
    fn emit_return(&mut self, v: Var, pos: u32) {
        if let Some(fc) = self.fs().finally_stack.last() {
            let (kind, value, entry) = (fc.kind, fc.value, fc.entry);
            let idx = self.add_exit(Exit::Return);
            let k = self.constant(Const::Number(idx as f64));
            self.emit(Inst::Move { dst: kind, src: k }, pos);
            self.emit(Inst::Move { dst: value, src: v }, pos);
            self.jump(entry);
            return;
        }
        let v = if self.fs().derived {
            let this = self.raw_this(pos);
            let d = self.new_var();
            self.emit(Inst::DerivedResult { dst: d, value: v, this }, pos);
            d
        } else {
            v
        };
        self.terminate(Terminator::Return(v));
    }

    /// Jumps to a break/continue target through the finally blocks in between.
    fn emit_jump_to(&mut self, target: BlockId, target_depth: usize, pos: u32) {
        if self.fs().finally_stack.len() > target_depth {
            let fc = self.fs().finally_stack.last().unwrap();
            let (kind, entry) = (fc.kind, fc.entry);
            let idx = self.add_exit(Exit::Jump(target, target_depth));
            let k = self.constant(Const::Number(idx as f64));
            self.emit(Inst::Move { dst: kind, src: k }, pos);
            self.jump(entry);
            return;
        }
        self.jump(target);
    }

    /// Registers an exit of the innermost finally; returns its completion kind
    /// (0 is normal completion and 1 a throw).
    fn add_exit(&mut self, e: Exit) -> usize {
        let fc = self.fs().finally_stack.last_mut().unwrap();
        fc.exits.push(e);
        fc.exits.len() + 1
    }

    /// The source text of a node, for messages such as "x.y is not a function".
    fn site_text(&mut self, span: Span) -> Option<StrId> {
        let t = self.source.get(span.start as usize..span.end as usize)?.to_string();
        if t.len() > 60 || t.contains('\n') {
            return None;
        }
        Some(self.program.string(&t))
    }
}
