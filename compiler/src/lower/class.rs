//! Lowering of classes (ClassDefinitionEvaluation): the constructor closure, the
//! prototype and heritage (`MakeClass`), methods and accessors in source order (computed
//! keys evaluated where they stand), instance fields as a list of (key, initializer
//! closure) stored on the constructor and run on each new instance, static fields and
//! static blocks run on the constructor once the class is defined.
//!
//! Field initializers and static blocks are compiled as methods of their own (their
//! `this` is the instance or the class), which is why capture analysis treats them as
//! function boundaries.

use oxc_ast::ast::*;
use oxc_span::GetSpan;

use super::decorators::{self, Decorated, Element, ElementKind, Private, Synthetic};
use super::{FnKind, FnNode, LResult, Lowerer, PendingFn, unsupported};
use crate::ir::{Const, EntryKind, ErrorKind, Inst, Var};

/// A field list being built (see `SetClassFields`): the array and its entry count.
struct FieldList {
    var: Var,
    len: u32,
}

impl FieldList {
    fn new(l: &mut Lowerer) -> Self {
        FieldList { var: l.empty_array(), len: 0 }
    }
}

/// `DefineMethod` kinds.
const METHOD: u8 = 0;
const GETTER: u8 = 1;
const SETTER: u8 = 2;

/// Kinds of field list entries (mirror `dxrt::class`).
const FIELD: f64 = 0.0;
const STATIC_BLOCK: f64 = 1.0;
const PRIVATE_METHOD: f64 = 2.0;
const PRIVATE_GETTER: f64 = 3.0;
const PRIVATE_SETTER: f64 = 4.0;
const ASSIGNED_FIELD: f64 = 5.0;

impl<'s, 'a> Lowerer<'s, 'a> {
    /// Evaluates a class definition to its constructor. A declaration's binding is
    /// initialized before static fields and blocks run, which may refer to it.
    pub(super) fn lower_class(&mut self, c: &'a Class<'a>, name: Option<&str>) -> LResult<Var> {
        // Legacy decorators (`experimentalDecorators`) are lowered by the TypeScript
        // transform; the ones left are TC39 decorators (`decorators.rs`). Class decorators
        // are evaluated first, outside the class.
        let decorated = decorators::class_decorated(c)?;
        let class_decorators = if c.decorators.is_empty() { None } else { Some(self.decorator_array(&c.decorators)?) };
        let saved_strict = self.fs().strict;
        self.fs().strict = true;
        let scope = c.scope_id();
        self.enter_scope(scope, &[])?;
        // The inner name binding starts in its TDZ.
        if let Some(&(s, slot)) = c.id.as_ref().and_then(|id| self.class_inner.get(&id.symbol_id())) {
            let (e, h) = (self.env_of(s), self.constant(Const::Hole));
            self.emit(Inst::StoreEnv { env: e, slot, value: h }, c.span.start);
        }
        // Fresh private names for this evaluation of the class.
        for name in super::class_private_names(c) {
            let (s, slot) = self.private_name_slot(&name).expect("private names have slots in their class scope");
            let desc = self.program.string(&format!("#{name}"));
            let v = self.new_var();
            self.emit(Inst::NewPrivateName { dst: v, desc }, c.span.start);
            let e = self.env_of(s);
            self.emit(Inst::StoreEnv { env: e, slot, value: v }, c.span.start);
        }
        let superclass = match &c.heritage {
            Some(h) => self.lower_expr(&h.expression)?,
            None => self.constant(Const::Hole),
        };
        let class_name = c.id.as_ref().map(|id| id.name.as_str()).or(name).unwrap_or("");
        let ctor_def = c.body.body.iter().find_map(|e| match e {
            ClassElement::MethodDefinition(m) if m.kind == MethodDefinitionKind::Constructor => Some(&m.value),
            _ => None,
        });
        let derived = c.heritage.is_some();
        if let Some(f) = ctor_def
            && derived
            && self.source[f.span.start as usize..f.span.end as usize].contains("=>")
        {
            // Arrows in a derived constructor share its `this` (and may call super()).
            let slots = self.env_slots.entry(f.scope_id()).or_default();
            slots.push(super::Slot::This);
            self.this_slots.insert(f.scope_id(), slots.len() as u32 - 1);
        }
        let id = self.new_func_id();
        let name_id = self.program.string(class_name);
        let chain = self.closure_chain();
        let node = match ctor_def {
            Some(f) => FnNode::Function(f),
            None => FnNode::DefaultCtor(c),
        };
        self.pending.push(PendingFn { id, node, text: c.span, outer_chain: chain, strict: true, name: name_id, kind: FnKind::ClassCtor { derived } });
        let env = self.current_env();
        let ctor = self.new_var();
        self.emit(Inst::MakeClosure { dst: ctor, func: id, env, home: None }, c.span.start);
        let proto = self.new_var();
        self.emit(Inst::MakeClass { dst: proto, ctor, superclass }, c.span.start);

        let mut deco = if decorated {
            let parent = if derived { superclass } else { self.constant(Const::Undefined) };
            let metadata = self.call_helper("classMetadata", vec![parent], c.span.start);
            let (instance_extra, static_extra, class_extra) = (self.empty_array(), self.empty_array(), self.empty_array());
            Some(Decorated { metadata, elements: Vec::new(), instance_extra, static_extra, class_decorators, class_extra })
        } else {
            None
        };
        let mut instance_fields = FieldList::new(self);
        let mut static_elems = FieldList::new(self);
        // Decorated `accessor #x` fields: their getter and setter, by element index.
        let mut private_accessors = std::collections::HashMap::new();
        // Private methods and accessors are added to an instance (or the class) before
        // any field: they come first in the lists.
        for (index, el) in c.body.body.iter().enumerate() {
            match el {
                ClassElement::MethodDefinition(m) => {
                    let PropertyKey::PrivateIdentifier(p) = &m.key else { continue };
                    let target = if m.r#static { ctor } else { proto };
                    let name = self.private_name(p)?;
                    let (kind, prefix) = match m.kind {
                        MethodDefinitionKind::Get => (PRIVATE_GETTER, "get "),
                        MethodDefinitionKind::Set => (PRIVATE_SETTER, "set "),
                        _ => (PRIVATE_METHOD, ""),
                    };
                    let f = self.lower_method(&m.value, target, Some(&format!("{prefix}#{}", p.name)), self.method_text(m))?;
                    let list = if m.r#static { &mut static_elems } else { &mut instance_fields };
                    let entry = self.push_entry(list, name, f, kind);
                    if let Some(d) = deco.as_mut().filter(|_| !m.decorators.is_empty()) {
                        let kind = ElementKind::of_method(m.kind);
                        let access = self.private_access(&p.name, kind, m.span);
                        let private = Private { value: f, access, slots: vec![(list.var, entry)] };
                        let (name, extra) = (self.str_const(&format!("#{}", p.name)), if m.r#static { d.static_extra } else { d.instance_extra });
                        d.elements.push(Element { index, decorators: &m.decorators, kind, is_static: m.r#static, name, home: target, private: Some(private), initializers: None, extra });
                    }
                }
                ClassElement::AccessorProperty(a) => {
                    let PropertyKey::PrivateIdentifier(p) = &a.key else { continue };
                    // `accessor #x`: a private getter and setter over the storage.
                    let target = if a.r#static { ctor } else { proto };
                    let storage = decorators::accessor_storage(index);
                    let get = self.synthetic_closure(Synthetic::StorageGet(storage.clone()), a.span, &format!("get #{}", p.name), Some(target));
                    let set = self.synthetic_closure(Synthetic::StorageSet(storage), a.span, &format!("set #{}", p.name), Some(target));
                    let name = self.private_name(p)?;
                    let list = if a.r#static { &mut static_elems } else { &mut instance_fields };
                    let get_entry = self.push_entry(list, name, get, PRIVATE_GETTER);
                    let set_entry = self.push_entry(list, name, set, PRIVATE_SETTER);
                    if deco.is_some() && !a.decorators.is_empty() {
                        // Recorded as an element with its storage field, below.
                        let access = self.private_access(&p.name, ElementKind::Accessor, a.span);
                        let value = self.get_set_pair(get, set, a.span.start);
                        private_accessors.insert(index, Private { value, access, slots: vec![(list.var, get_entry), (list.var, set_entry)] });
                    }
                }
                _ => {}
            }
        }
        // `addInitializer` functions of decorated methods run before the fields.
        if let Some(d) = &deco {
            for (is_static, extra) in [(false, d.instance_extra), (true, d.static_extra)] {
                if decorators::has_decorated_methods(c, is_static) {
                    let list = if is_static { &mut static_elems } else { &mut instance_fields };
                    self.push_initializer_runner(list, extra, c.span.start);
                }
            }
        }
        for (index, el) in c.body.body.iter().enumerate() {
            match el {
                ClassElement::MethodDefinition(m) => {
                    if m.kind == MethodDefinitionKind::Constructor || matches!(m.key, PropertyKey::PrivateIdentifier(_)) {
                        continue;
                    }
                    let target = if m.r#static { ctor } else { proto };
                    let (key, name) = self.property_key(&m.key, m.computed)?;
                    let (kind, prefix) = match m.kind {
                        MethodDefinitionKind::Get => (GETTER, "get "),
                        MethodDefinitionKind::Set => (SETTER, "set "),
                        _ => (METHOD, ""),
                    };
                    // The name known at build time names the method in stack traces.
                    let name = name.map(|n| format!("{prefix}{n}"));
                    let f = self.lower_method(&m.value, target, name.as_deref(), self.method_text(m))?;
                    self.emit(Inst::DefineMethod { obj: target, key, value: f, kind }, m.span.start);
                    if let Some(d) = deco.as_mut().filter(|_| !m.decorators.is_empty()) {
                        let extra = if m.r#static { d.static_extra } else { d.instance_extra };
                        d.elements.push(Element { index, decorators: &m.decorators, kind: ElementKind::of_method(m.kind), is_static: m.r#static, name: key, home: target, private: None, initializers: None, extra });
                    }
                }
                ClassElement::PropertyDefinition(p) => {
                    let target = if p.r#static { ctor } else { proto };
                    let (key, key_name) = self.property_key(&p.key, p.computed)?;
                    // Assigned fields without an initializer do not exist (tsc drops them;
                    // the transform leaves computed ones, whose key still runs).
                    if self.assign_class_fields && p.value.is_none() && p.decorators.is_empty() && !matches!(p.key, PropertyKey::PrivateIdentifier(_)) {
                        continue;
                    }
                    let init = match &p.value {
                        Some(v) => self.member_closure(FnNode::Field(v), v.span(), target),
                        None => self.constant(Const::Undefined),
                    };
                    let list = if p.r#static { &mut static_elems } else { &mut instance_fields };
                    let kind = if self.assign_class_fields { ASSIGNED_FIELD } else { FIELD };
                    match deco.as_mut().filter(|_| !p.decorators.is_empty()) {
                        None => {
                            self.push_entry(list, key, init, kind);
                        }
                        Some(d) => {
                            let (initializers, extra) = self.decorated_field(list, key, init, kind, p.span.start);
                            let (name, private) = match &p.key {
                                PropertyKey::PrivateIdentifier(id) => {
                                    let access = self.private_access(&id.name, ElementKind::Field, p.span);
                                    let u = self.constant(Const::Undefined);
                                    (self.str_const(key_name.as_deref().unwrap_or_default()), Some(Private { value: u, access, slots: Vec::new() }))
                                }
                                _ => (key, None),
                            };
                            d.elements.push(Element { index, decorators: &p.decorators, kind: ElementKind::Field, is_static: p.r#static, name, home: target, private, initializers: Some(initializers), extra });
                        }
                    }
                }
                ClassElement::AccessorProperty(a) => {
                    // `accessor x = v`: a getter and setter over a private storage field.
                    let target = if a.r#static { ctor } else { proto };
                    let storage = decorators::accessor_storage(index);
                    // The name decorators see; a private accessor's getter and setter are
                    // in the field list already.
                    let name = match &a.key {
                        PropertyKey::PrivateIdentifier(p) => self.str_const(&format!("#{}", p.name)),
                        _ => {
                            let (k, name) = self.property_key(&a.key, a.computed)?;
                            let name = name.unwrap_or_default();
                            let get = self.synthetic_closure(Synthetic::StorageGet(storage.clone()), a.span, &format!("get {name}"), Some(target));
                            self.emit(Inst::DefineMethod { obj: target, key: k, value: get, kind: GETTER }, a.span.start);
                            let set = self.synthetic_closure(Synthetic::StorageSet(storage.clone()), a.span, &format!("set {name}"), Some(target));
                            self.emit(Inst::DefineMethod { obj: target, key: k, value: set, kind: SETTER }, a.span.start);
                            k
                        }
                    };
                    let storage_name = self.private_name_var(&storage, a.span.start);
                    let init = match &a.value {
                        Some(v) => self.member_closure(FnNode::Field(v), v.span(), target),
                        None => self.constant(Const::Undefined),
                    };
                    let list = if a.r#static { &mut static_elems } else { &mut instance_fields };
                    match deco.as_mut().filter(|_| !a.decorators.is_empty()) {
                        None => {
                            self.push_entry(list, storage_name, init, FIELD);
                        }
                        Some(d) => {
                            let (initializers, extra) = self.decorated_field(list, storage_name, init, FIELD, a.span.start);
                            let private = private_accessors.remove(&index);
                            d.elements.push(Element { index, decorators: &a.decorators, kind: ElementKind::Accessor, is_static: a.r#static, name, home: target, private, initializers: Some(initializers), extra });
                        }
                    }
                }
                ClassElement::StaticBlock(b) => {
                    let f = self.member_closure(FnNode::StaticBlock(b), b.span, ctor);
                    let hole = self.constant(Const::Hole);
                    self.push_entry(&mut static_elems, hole, f, STATIC_BLOCK);
                }
                ClassElement::TSIndexSignature(_) => {}
            }
        }
        let mut class_value = ctor;
        if let Some(mut d) = deco.take() {
            self.apply_element_decorators(&mut d, c.span.start)?;
            let decorators = match d.class_decorators {
                Some(a) => a,
                None => self.empty_array(),
            };
            let name = self.str_const(class_name);
            class_value = self.call_helper("decorateClass", vec![d.metadata, ctor, name, decorators, d.class_extra], c.span.start);
            deco = Some(d);
        }
        if instance_fields.len > 0 {
            self.emit(Inst::SetClassFields { ctor, fields: instance_fields.var }, c.span.start);
        }
        if let Some(id) = &c.id {
            self.init_binding(id.symbol_id(), class_value, c.span.start);
            if let Some(&(s, slot)) = self.class_inner.get(&id.symbol_id()) {
                let e = self.env_of(s);
                self.emit(Inst::StoreEnv { env: e, slot, value: class_value }, c.span.start);
            }
        }
        if static_elems.len > 0 {
            self.emit(Inst::InitFields { obj: ctor, fields: static_elems.var }, c.span.start);
        }
        if let Some(d) = deco {
            self.call_helper("runInitializers", vec![class_value, d.class_extra], c.span.start);
        }
        self.exit_scope(scope);
        self.fs().strict = saved_strict;
        Ok(class_value)
    }

    /// A decorated field's entry: its initializer wrapped to run the decorators'
    /// initializers after it, then a step running its `addInitializer` functions. The
    /// two lists, filled when the decorators are applied.
    fn decorated_field(&mut self, list: &mut FieldList, key: Var, init: Var, kind: f64, pos: u32) -> (Var, Var) {
        let (initializers, extra) = (self.empty_array(), self.empty_array());
        let wrapped = self.call_helper("fieldInitializer", vec![init, initializers], pos);
        self.push_entry(list, key, wrapped, kind);
        self.push_initializer_runner(list, extra, pos);
        (initializers, extra)
    }

    /// A field-list step that runs the `addInitializer` functions collected in `extra`
    /// on the instance (or class).
    fn push_initializer_runner(&mut self, list: &mut FieldList, extra: Var, pos: u32) {
        let runner = self.call_helper("initializerRunner", vec![extra], pos);
        let hole = self.constant(Const::Hole);
        self.push_entry(list, hole, runner, STATIC_BLOCK);
    }

    /// Appends a (key, value, kind) entry to a field list; its index.
    fn push_entry(&mut self, list: &mut FieldList, key: Var, value: Var, kind: f64) -> u32 {
        let k = self.constant(Const::Number(kind));
        for v in [key, value, k] {
            self.emit(Inst::ArrayPush { arr: list.var, value: v }, 0);
        }
        list.len += 1;
        list.len - 1
    }

    /// A method, getter or setter closure whose home object is `home` (named `name`, or
    /// later after its key).
    /// `text` is the method's source text (its definition, without `static`).
    pub(super) fn lower_method(&mut self, f: &'a Function<'a>, home: Var, name: Option<&str>, text: oxc_span::Span) -> LResult<Var> {
        if f.r#async {
            return unsupported("async methods", f.span);
        }
        let id = self.new_func_id();
        if !f.generator && !self.needs_generic(f.span, f.scope_id(), &f.params, false) {
            self.method_ids.insert(f.span.start, (id, f.params.items.len() as u32));
        }
        let name = self.program.string(name.unwrap_or(""));
        let chain = self.closure_chain();
        let strict = self.fs().strict || f.body.as_ref().is_some_and(|b| b.has_use_strict_directive());
        self.pending.push(PendingFn { id, node: FnNode::Function(f), text, outer_chain: chain, strict, name, kind: FnKind::Method });
        let env = self.current_env();
        let d = self.new_var();
        self.emit(Inst::MakeClosure { dst: d, func: id, env, home: Some(home) }, f.span.start);
        Ok(d)
    }

    /// A class method's source text: its definition without `static` (and decorators).
    fn method_text(&self, m: &MethodDefinition) -> oxc_span::Span {
        let mut start = m.span.start as usize;
        if m.r#static && self.source[start..].starts_with("static") {
            start += "static".len();
            // Then white space and comments.
            loop {
                let rest = &self.source[start..m.span.end as usize];
                let trimmed = rest.trim_start();
                let skip = if trimmed.starts_with("/*") {
                    trimmed.find("*/").map_or(trimmed.len(), |i| i + 2)
                } else if trimmed.starts_with("//") {
                    trimmed.find('\n').unwrap_or(trimmed.len())
                } else {
                    0
                };
                start += rest.len() - trimmed.len() + skip;
                if skip == 0 {
                    break;
                }
            }
        }
        oxc_span::Span::new(start as u32, m.span.end)
    }

    /// The closure of a field initializer or static block, a method of `home`.
    fn member_closure(&mut self, node: FnNode<'a>, span: oxc_span::Span, home: Var) -> Var {
        let id = self.new_func_id();
        let name = self.program.string("");
        let chain = self.closure_chain();
        self.pending.push(PendingFn { id, node, text: span, outer_chain: chain, strict: true, name, kind: FnKind::Method });
        let env = self.current_env();
        let d = self.new_var();
        self.emit(Inst::MakeClosure { dst: d, func: id, env, home: Some(home) }, span.start);
        d
    }

    /// The start of every class constructor: calling it without `new` throws; a base
    /// class initializes its fields on the new `this`, a derived one waits for `super()`.
    pub(super) fn class_ctor_prologue(&mut self, derived: bool, pos: u32) {
        let nt = self.fs().func.new_target_var;
        let is_call = self.is_const(nt, Const::Undefined, pos);
        let name = self.fs().func.name;
        let text = format!("Class constructor {} cannot be invoked without 'new'", self.program.string_text(name));
        self.throw_if(is_call, true, ErrorKind::Type, &text, pos);
        if derived {
            self.fs().derived = true;
        } else if !self.fs().defer_fields {
            let (this, callee) = (self.fs().func.this_var, self.fs().func.callee_var);
            self.emit(Inst::InitInstance { obj: this, ctor: callee }, pos);
        }
    }

    /// `super(...args)` (the arguments as an array): constructs the parent, binds
    /// `this` (once) and runs this class's field initializers on it.
    pub(super) fn emit_super_call(&mut self, args: Var, pos: u32) -> Var {
        let f = &self.fs().func;
        let (this, nt, own_callee) = (f.this_var, f.new_target_var, f.callee_var);
        let callee = self.fs().arrow_callee.unwrap_or(own_callee);
        let r = self.new_var();
        self.emit(Inst::SuperCall { dst: r, callee, new_target: nt, args }, pos);
        let cur = self.raw_this(pos);
        let unbound = self.is_const(cur, Const::Hole, pos);
        self.throw_if(unbound, false, ErrorKind::Reference, "Super constructor may only be called once", pos);
        self.mov(this, r);
        if let Some((scope, slot)) = self.this_slot_here() {
            let e = self.env_of(scope);
            self.emit(Inst::StoreEnv { env: e, slot, value: r }, pos);
        }
        if !self.fs().defer_fields {
            self.emit(Inst::InitInstance { obj: r, ctor: callee }, pos);
        }
        r
    }

    /// The environment slot of `this` that code here uses: its own derived
    /// constructor's, or for an arrow the enclosing derived constructor's.
    pub(super) fn this_slot_here(&self) -> Option<(oxc_syntax::scope::ScopeId, u32)> {
        let owner = self.arguments_owner(self.fs_ref().scope?)?;
        self.this_slots.get(&owner).map(|&slot| (owner, slot))
    }

    /// `this` without its initialization check (the hole before `super()`).
    pub(super) fn raw_this(&mut self, pos: u32) -> Var {
        let d = self.new_var();
        match self.this_slot_here() {
            Some((scope, slot)) => {
                let e = self.env_of(scope);
                self.emit(Inst::LoadEnv { dst: d, env: e, slot }, pos);
            }
            None => {
                let t = self.fs().func.this_var;
                self.mov(d, t);
            }
        }
        d
    }

    /// The home object of the running method (for `super.x`).
    pub(super) fn home_object(&mut self, pos: u32) -> Var {
        let d = self.new_var();
        match self.fs().arrow_home {
            Some(h) => self.mov(d, h),
            None => self.emit(Inst::LoadCalleeHome { dst: d }, pos),
        }
        d
    }

    /// Lowers the functions that have no function node of their own: a default
    /// constructor, a field initializer, a static block.
    pub(super) fn lower_class_piece(&mut self, p: PendingFn<'a>) -> LResult<()> {
        let (span, text_span) = match p.node {
            FnNode::DefaultCtor(c) => (c.span, c.span),
            FnNode::Field(e) => (e.span(), e.span()),
            FnNode::StaticBlock(b) => (b.span, b.span),
            FnNode::Synthetic(_) => (p.text, p.text),
            _ => unreachable!("functions with a node are lowered by lower_function_body"),
        };
        let uses_super = !matches!(p.node, FnNode::Synthetic(_)) && self.source[text_span.start as usize..text_span.end as usize].contains("super");
        let generic = matches!(p.node, FnNode::DefaultCtor(_)) || uses_super;
        let entry = if generic { EntryKind::Generic } else { EntryKind::Fast };
        let params = if let FnNode::Synthetic(s) = &p.node { s.params() } else { 0 };
        self.begin_function(p.id, entry, p.name, params, true, p.outer_chain, p.text);
        let incoming = (0..params).map(|_| self.new_var()).collect();
        self.fs().func.params = incoming;
        let derived = matches!(p.kind, FnKind::ClassCtor { derived: true });
        self.fs().func.flags = dxrt_abi::FN_STRICT
            | match p.kind {
                FnKind::ClassCtor { .. } => dxrt_abi::FN_CONSTRUCTOR | dxrt_abi::FN_CLASS_CONSTRUCTOR | if derived { dxrt_abi::FN_DERIVED } else { 0 },
                _ => dxrt_abi::FN_METHOD,
            };
        match p.node {
            FnNode::DefaultCtor(_) => {
                self.class_ctor_prologue(derived, span.start);
                if derived {
                    // constructor(...args) { super(...args); }
                    let args = self.new_var();
                    self.emit(Inst::RestArray { dst: args, start: 0 }, span.start);
                    self.emit_super_call(args, span.start);
                }
                let u = self.constant(Const::Undefined);
                self.emit_return(u, span.start);
            }
            FnNode::Field(e) => {
                let v = self.lower_expr(e)?;
                self.emit_return(v, span.start);
            }
            FnNode::Synthetic(s) => self.lower_synthetic(&s, span.start),
            FnNode::StaticBlock(b) => {
                let scope = b.scope_id();
                self.enter_scope(scope, &b.body)?;
                self.lower_statements(&b.body)?;
                self.exit_scope(scope);
                let u = self.constant(Const::Undefined);
                self.emit_return(u, span.end);
            }
            _ => unreachable!(),
        }
        self.finish_function();
        Ok(())
    }
}
