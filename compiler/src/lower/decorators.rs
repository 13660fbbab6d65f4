//! TC39 (2023-11) decorators and `accessor` fields, as part of class lowering.
//!
//! The class is built as usual (`class.rs`); a decorated element is also recorded here.
//! Once every element is defined, the decorator expressions are evaluated in source
//! order and applied in tsc's order (static methods and accessors, then instance ones,
//! then static fields, then instance fields, then the class) by the JavaScript helpers
//! of `stdlib-js/decorator_helpers.js`. What the helpers cannot reach, the compiler
//! writes as small functions of its own (`Synthetic`): an accessor's getter and setter
//! over its private storage, and the `context.access` functions of private elements.
//! A decorated private method's (or accessor's) replacement goes back into the class's
//! field list, where the instance gets its private methods from.

use oxc_ast::ast::*;
use oxc_span::Span;

use super::{FnKind, FnNode, LResult, Lowerer, PendingFn, unsupported};
use crate::ir::{Const, Inst, Var};

/// The private name holding an `accessor` field's value (element `index` of its class);
/// not an identifier, so no program can name it.
pub(super) fn accessor_storage(index: usize) -> String {
    format!("accessor storage {index}")
}

/// A function the compiler writes itself (see the module comment); the string is a
/// private name (without `#`).
#[derive(Clone, Debug)]
pub(super) enum Synthetic {
    /// `get x() { return this.#storage }` and `set x(v) { this.#storage = v }`.
    StorageGet(String),
    StorageSet(String),
    /// `o => #x in o`, `o => o.#x`, `(o, v) => { o.#x = v }`.
    PrivateHas(String),
    PrivateGet(String),
    PrivateSet(String),
    /// A module namespace object's getter of one export (see `modules`).
    ImportGet(super::modules::ImportBinding),
}

impl Synthetic {
    /// The private name it reads or writes.
    fn private_name(&self) -> &str {
        match self {
            Synthetic::StorageGet(n) | Synthetic::StorageSet(n) | Synthetic::PrivateHas(n) | Synthetic::PrivateGet(n) | Synthetic::PrivateSet(n) => n,
            Synthetic::ImportGet(_) => unreachable!("no private name"),
        }
    }

    pub(super) fn params(&self) -> u32 {
        match self {
            Synthetic::StorageGet(_) | Synthetic::ImportGet(_) => 0,
            Synthetic::StorageSet(_) | Synthetic::PrivateHas(_) | Synthetic::PrivateGet(_) => 1,
            Synthetic::PrivateSet(_) => 2,
        }
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum ElementKind {
    Field,
    Method,
    Getter,
    Setter,
    Accessor,
}

impl ElementKind {
    fn name(self) -> &'static str {
        match self {
            ElementKind::Field => "field",
            ElementKind::Method => "method",
            ElementKind::Getter => "getter",
            ElementKind::Setter => "setter",
            ElementKind::Accessor => "accessor",
        }
    }

    pub(super) fn of_method(k: MethodDefinitionKind) -> Self {
        match k {
            MethodDefinitionKind::Get => ElementKind::Getter,
            MethodDefinitionKind::Set => ElementKind::Setter,
            _ => ElementKind::Method,
        }
    }
}

/// One decorated class element.
pub(super) struct Element<'a> {
    /// Its position among the class's elements (decorators are evaluated in this order).
    pub index: usize,
    pub decorators: &'a [Decorator<'a>],
    pub kind: ElementKind,
    pub is_static: bool,
    /// The key, or `"#x"` for a private element.
    pub name: Var,
    /// The prototype or the constructor.
    pub home: Var,
    pub private: Option<Private>,
    /// Field and accessor initializers the decorators return (run by the wrapped field
    /// initializer), and the functions `addInitializer` collects.
    pub initializers: Option<Var>,
    pub extra: Var,
}

/// A decorated private element: its function (an accessor's {get, set}), its
/// `context.access`, and the field-list value slots the decorated function(s) go to.
pub(super) struct Private {
    pub value: Var,
    pub access: Var,
    pub slots: Vec<(Var, u32)>,
}

/// A class with decorators, while it is lowered.
pub(super) struct Decorated<'a> {
    pub metadata: Var,
    pub elements: Vec<Element<'a>>,
    /// `addInitializer` lists of the instance and of the static methods, getters and
    /// setters (run before the fields of each instance, and before the static fields).
    pub instance_extra: Var,
    pub static_extra: Var,
    pub class_decorators: Option<Var>,
    pub class_extra: Var,
}

/// Whether a class has TC39 decorators anywhere (legacy ones are gone after the
/// TypeScript transform); parameter decorators exist only in the legacy flavour.
pub(super) fn class_decorated<'a>(c: &'a Class<'a>) -> LResult<bool> {
    let mut any = !c.decorators.is_empty();
    for el in &c.body.body {
        match el {
            ClassElement::MethodDefinition(m) => {
                if let Some(d) = m.value.params.items.iter().find_map(|p| p.decorators.first()) {
                    return unsupported("parameter decorators without `experimentalDecorators` (TC39 decorators have none)", d.span);
                }
                any |= !m.decorators.is_empty();
            }
            ClassElement::PropertyDefinition(p) => any |= !p.decorators.is_empty(),
            ClassElement::AccessorProperty(p) => any |= !p.decorators.is_empty(),
            _ => {}
        }
    }
    Ok(any)
}

/// Whether an element is decorated and is a method, getter or setter of the instance
/// (`is_static` false) or of the class.
pub(super) fn has_decorated_methods(c: &Class<'_>, is_static: bool) -> bool {
    c.body.body.iter().any(|el| matches!(el, ClassElement::MethodDefinition(m) if m.r#static == is_static && !m.decorators.is_empty()))
}

impl<'s, 'a> Lowerer<'s, 'a> {
    /// Calls `name` of the decorator helpers object.
    pub(super) fn call_helper(&mut self, name: &str, args: Vec<Var>, pos: u32) -> Var {
        let index = self.helpers_static.expect("the decorator helpers are loaded for programs with decorators");
        let (helpers, f, d) = (self.new_var(), self.new_var(), self.new_var());
        self.emit(Inst::LoadStatic { dst: helpers, index }, pos);
        let key = self.program.string(name);
        self.emit(Inst::GetNamed { dst: f, obj: helpers, key, field: None }, pos);
        self.emit(Inst::Call { dst: d, callee: f, this: helpers, args, site: None }, pos);
        d
    }

    /// Evaluates decorator expressions, first to last, into an array.
    pub(super) fn decorator_array(&mut self, decorators: &'a [Decorator<'a>]) -> LResult<Var> {
        let arr = self.new_var();
        self.emit(Inst::NewArray { dst: arr, elems: Vec::new() }, decorators.first().map_or(0, |d| d.span.start));
        for d in decorators {
            let v = self.lower_expr(&d.expression)?;
            self.emit(Inst::ArrayPush { arr, value: v }, d.span.start);
        }
        Ok(arr)
    }

    /// A new empty array.
    pub(super) fn empty_array(&mut self) -> Var {
        let arr = self.new_var();
        self.emit(Inst::NewArray { dst: arr, elems: Vec::new() }, 0);
        arr
    }

    /// A closure of a synthetic function; `home` makes it a method of that object.
    pub(super) fn synthetic_closure(&mut self, s: Synthetic, text: Span, name: &str, home: Option<Var>) -> Var {
        let id = self.new_func_id();
        let name = self.program.string(name);
        let chain = self.closure_chain();
        self.pending.push(PendingFn { id, node: FnNode::Synthetic(s), text, outer_chain: chain, strict: true, name, kind: FnKind::Method });
        let env = self.current_env();
        let d = self.new_var();
        self.emit(Inst::MakeClosure { dst: d, func: id, env, home }, text.start);
        d
    }

    /// The body of a synthetic function (the function has begun, with its parameters).
    pub(super) fn lower_synthetic(&mut self, s: &Synthetic, pos: u32) {
        if let Synthetic::ImportGet(binding) = s {
            let v = self.read_import(binding, pos);
            self.emit_return(v, pos);
            return;
        }
        let this = self.fs().func.this_var;
        let params = self.fs().func.params.clone();
        let (name, result) = (self.private_name_var(s.private_name(), pos), self.new_var());
        match s {
            Synthetic::StorageGet(_) => self.emit(Inst::PrivateGet { dst: result, obj: this, name }, pos),
            Synthetic::StorageSet(_) => {
                self.emit(Inst::PrivateSet { obj: this, name, value: params[0] }, pos);
                self.emit(Inst::Const { dst: result, value: Const::Undefined }, pos);
            }
            Synthetic::PrivateHas(_) => self.emit(Inst::PrivateIn { dst: result, name, obj: params[0] }, pos),
            Synthetic::PrivateGet(_) => self.emit(Inst::PrivateGet { dst: result, obj: params[0], name }, pos),
            Synthetic::PrivateSet(_) => {
                self.emit(Inst::PrivateSet { obj: params[0], name, value: params[1] }, pos);
                self.emit(Inst::Const { dst: result, value: Const::Undefined }, pos);
            }
            Synthetic::ImportGet(_) => unreachable!("lowered above"),
        }
        self.emit_return(result, pos);
    }

    /// `context.access` of private element `#name`: `has`, and `get`/`set` as its kind
    /// allows.
    pub(super) fn private_access(&mut self, name: &str, kind: ElementKind, text: Span) -> Var {
        let obj = self.new_var();
        self.emit(Inst::NewObject { dst: obj }, text.start);
        let mut fns = vec![("has", Synthetic::PrivateHas(name.to_string()))];
        if kind != ElementKind::Setter {
            fns.push(("get", Synthetic::PrivateGet(name.to_string())));
        }
        if matches!(kind, ElementKind::Field | ElementKind::Accessor | ElementKind::Setter) {
            fns.push(("set", Synthetic::PrivateSet(name.to_string())));
        }
        for (key, s) in fns {
            let f = self.synthetic_closure(s, text, key, None);
            let k = self.str_const(key);
            self.emit(Inst::DefineField { obj, key: k, value: f }, text.start);
        }
        obj
    }

    /// {get, set} of two functions.
    pub(super) fn get_set_pair(&mut self, get: Var, set: Var, pos: u32) -> Var {
        let obj = self.new_var();
        self.emit(Inst::NewObject { dst: obj }, pos);
        for (key, v) in [("get", get), ("set", set)] {
            let k = self.str_const(key);
            self.emit(Inst::DefineField { obj, key: k, value: v }, pos);
        }
        obj
    }

    /// Evaluates the element decorators (in source order) and applies them (in tsc's
    /// order), putting decorated private functions back into the field lists.
    pub(super) fn apply_element_decorators(&mut self, d: &mut Decorated<'a>, pos: u32) -> LResult<()> {
        d.elements.sort_by_key(|e| e.index);
        let mut arrays = Vec::new();
        for e in &d.elements {
            arrays.push(self.decorator_array(e.decorators)?);
        }
        let group = |e: &Element| match (e.kind == ElementKind::Field, e.is_static) {
            (false, true) => 0,
            (false, false) => 1,
            (true, true) => 2,
            (true, false) => 3,
        };
        let mut order: Vec<usize> = (0..d.elements.len()).collect();
        order.sort_by_key(|&i| (group(&d.elements[i]), d.elements[i].index));
        for i in order {
            let e = &d.elements[i];
            let kind = self.str_const(e.kind.name());
            let is_static = self.constant(if e.is_static { Const::True } else { Const::False });
            let is_private = self.constant(if e.private.is_some() { Const::True } else { Const::False });
            let u = self.constant(Const::Undefined);
            let (value, access) = e.private.as_ref().map_or((u, u), |p| (p.value, p.access));
            let initializers = e.initializers.unwrap_or(u);
            let args = vec![d.metadata, e.home, kind, e.name, is_static, is_private, arrays[i], value, access, initializers, e.extra];
            let result = self.call_helper("decorateElement", args, e.decorators[0].span.start);
            let Some(p) = &e.private else { continue };
            match p.slots.as_slice() {
                [] => {}
                &[(list, slot)] => self.set_list_slot(list, slot, result, pos),
                &[(glist, gslot), (slist, sslot)] => {
                    for (list, slot, key) in [(glist, gslot, "get"), (slist, sslot, "set")] {
                        let f = self.new_var();
                        let key = self.program.string(key);
                        self.emit(Inst::GetNamed { dst: f, obj: result, key, field: None }, pos);
                        self.set_list_slot(list, slot, f, pos);
                    }
                }
                _ => unreachable!("a private element has one function, or an accessor's two"),
            }
        }
        Ok(())
    }

    /// Replaces the value of entry `entry` of a field list.
    fn set_list_slot(&mut self, list: Var, entry: u32, value: Var, pos: u32) {
        let index = self.constant(Const::Number((entry * 3 + 1) as f64));
        self.emit(Inst::SetElem { obj: list, key: index, value, strict: true }, pos);
    }
}
