//! Classes (https://tc39.es/ecma262/#sec-runtime-semantics-classdefinitionevaluation):
//! what compiled class definitions and constructors call into.
//!
//! A class is its constructor function (flags `FN_CLASS_CONSTRUCTOR`, and `FN_DERIVED`
//! with `extends`) whose `home` is the prototype object. Its instance fields are an
//! internal array on the constructor (`JsFunction::fields`): pairs of key and
//! initializer closure (undefined for `x;`), run on each new instance by
//! [`init_fields`] (right after `this` exists: at entry of a base constructor, after
//! `super()` returns in a derived one). Static fields and blocks use the same runner on
//! the constructor at definition time; a block is a pair with the hole as key.

use crate::exception::{JsResult, throw_reference_error, throw_type_error};
use crate::interop;
use crate::object::shape::{CONFIGURABLE, HIDDEN};
use crate::object::{self, Class, JsObject, Key, func, obj};
use crate::ops;
use crate::realm::realm;
use crate::string;
use crate::value::Value;

/// Sets up the constructor `f` of a class whose heritage is `superclass` (the hole when
/// there is no `extends`): its prototype object (returned), its own prototype, and the
/// `length`/`name`/`prototype`/`constructor` properties.
pub fn make_class(f: Value, superclass: Value) -> JsResult<Value> {
    let r = realm();
    let (proto_parent, ctor_parent) = if superclass == Value::HOLE {
        (r.object_prototype, r.function_prototype)
    } else if superclass.is_null() {
        (Value::NULL, r.function_prototype)
    } else if !interop::is_constructor(superclass) {
        let what = crate::builtins::console::inspect_short(superclass);
        return throw_type_error(&format!("Class extends value {what} is not a constructor or null"));
    } else {
        let pp = object::get_value(superclass, Key::Prop(r.atoms.prototype.0))?;
        if !pp.is_object() && !pp.is_null() {
            let what = crate::builtins::console::inspect_short(pp);
            return throw_type_error(&format!("Class extends value does not have valid prototype property {what}"));
        }
        (pp, superclass)
    };
    let proto = object::new_object_with(Class::Object, proto_parent, std::mem::size_of::<JsObject>());
    let fo = func(f);
    fo.obj.proto = ctor_parent;
    fo.home = proto;
    // The properties of a class constructor, in their order: length, name, prototype.
    fo.obj.hdr.flags &= !object::LAZY_FN_PROPS;
    let info = unsafe { &*fo.info };
    object::add_prop(f, Key::named("length").prop_bits(), Value::number(info.length as f64), CONFIGURABLE);
    let name = if fo.name.is_string() { fo.name } else { string::intern("") };
    object::add_prop(f, Key::named("name").prop_bits(), name, CONFIGURABLE);
    object::add_prop(f, Key::named("prototype").prop_bits(), proto, 0);
    object::add_prop(proto, Key::named("constructor").prop_bits(), f, HIDDEN);
    Ok(proto)
}

/// How [`define_method`] defines.
pub const METHOD: i32 = 0;
pub const GETTER: i32 = 1;
pub const SETTER: i32 = 2;

/// Defines a method, getter or setter (non-enumerable) on a class prototype or
/// constructor, naming the function after its key.
pub fn define_method(o: Value, key: Value, f: Value, kind: i32) -> JsResult<()> {
    let k = object::to_key(key)?;
    let base = function_name_of(k);
    func(f).name = match kind {
        GETTER => string::from_str(&format!("get {base}")),
        SETTER => string::from_str(&format!("set {base}")),
        _ => string::from_str(&base),
    };
    match kind {
        GETTER => object::define_checked(o, k, None, Some((Some(f), None)), CONFIGURABLE),
        SETTER => object::define_checked(o, k, None, Some((None, Some(f))), CONFIGURABLE),
        _ => object::define_checked(o, k, Some(f), None, HIDDEN),
    }
}

/// SetFunctionName's name for a key: a symbol's description in brackets.
fn function_name_of(k: Key) -> String {
    let v = k.to_value();
    if crate::symbol::is_private(v) {
        return string::str_of(crate::symbol::description(v)).to_rust_string();
    }
    if v.is_symbol() {
        let d = crate::symbol::description(v);
        return if d.is_undefined() { String::new() } else { format!("[{}]", string::str_of(d).to_rust_string()) };
    }
    string::str_of(v).to_rust_string()
}

/// Kinds of the entries of a field list.
pub const FIELD: i32 = 0;
pub const STATIC_BLOCK: i32 = 1;
pub const PRIVATE_METHOD: i32 = 2;
pub const PRIVATE_GETTER: i32 = 3;
pub const PRIVATE_SETTER: i32 = 4;
/// A public field assigned (PutValue) rather than defined: TypeScript's
/// `useDefineForClassFields: false`.
pub const ASSIGNED_FIELD: i32 = 5;

/// Runs a field list on `target`: entries of (key, value, kind). A field defines `key`
/// with its initializer's result (called with `target` as `this`; undefined without
/// one), a static block is called, and private methods and accessors are added as they
/// are (they come first in the list).
pub fn init_fields(target: Value, fields: Value) -> JsResult<()> {
    if !fields.is_object() {
        return Ok(());
    }
    let n = obj(fields).elements.len();
    let mut i = 0;
    while i + 2 < n {
        let e = &obj(fields).elements;
        let (key, value, kind) = (e[i], e[i + 1], e[i + 2].as_number() as i32);
        i += 3;
        match kind {
            STATIC_BLOCK => {
                interop::call(value, target, &[])?;
            }
            PRIVATE_METHOD => private_add(target, key, value, 0)?,
            PRIVATE_GETTER | PRIVATE_SETTER => {
                let (g, s) = if kind == PRIVATE_GETTER { (Some(value), None) } else { (None, Some(value)) };
                // A getter and setter of one name make one accessor (the second of the
                // pair completes it; anything else there is a second initialization).
                let k = Key::Prop(key.0);
                let completes = match object::get_own(target, k) {
                    Some(object::Own::Accessor(og, os, _)) => (kind == PRIVATE_GETTER && og.is_undefined()) || (kind == PRIVATE_SETTER && os.is_undefined()),
                    _ => false,
                };
                if !completes {
                    private_check_addable(target, key)?;
                }
                object::define_accessor(target, k, g, s, 0)?;
            }
            _ => {
                let v = if value.is_undefined() { Value::UNDEFINED } else { interop::call(value, target, &[])? };
                let k = object::to_key(key)?;
                if kind == ASSIGNED_FIELD {
                    // `this.x = init` names no function.
                    object::set_value(target, k, v, true)?;
                    continue;
                }
                if object::is_callable(v) && func(v).name.is_string() && string::str_of(func(v).name).is_empty() {
                    func(v).name = string::from_str(&function_name_of(k));
                }
                if crate::symbol::is_private(key) {
                    private_add(target, key, v, object::shape::WRITABLE)?;
                } else {
                    object::define_checked(target, k, Some(v), None, object::shape::DEFAULT)?;
                }
            }
        }
    }
    Ok(())
}

fn private_name(key: Value) -> String {
    string::str_of(crate::symbol::description(key)).to_rust_string()
}

/// Whether private element `key` can be added to `o`: not there yet, and (the
/// nonextensible-applies-to-private proposal, which test262 follows) `o` extensible.
fn private_check_addable(o: Value, key: Value) -> JsResult<()> {
    if object::get_own(o, Key::Prop(key.0)).is_some() {
        return throw_type_error(&format!("Cannot initialize {} twice on the same object", private_name(key)));
    }
    if obj(o).hdr.flags & object::EXTENSIBLE == 0 {
        return throw_type_error(&format!("Cannot define private member {} on a non-extensible object", private_name(key)));
    }
    Ok(())
}

/// PrivateFieldAdd / PrivateMethodOrAccessorAdd.
fn private_add(o: Value, key: Value, v: Value, flags: u8) -> JsResult<()> {
    if !o.is_object() {
        return throw_type_error("Cannot add a private member to a primitive");
    }
    private_check_addable(o, key)?;
    object::add_prop(o, key.0, v, flags);
    Ok(())
}

fn private_find(o: Value, key: Value, what: &str) -> JsResult<object::Own> {
    let own = if o.is_object() { object::get_own(o, Key::Prop(key.0)) } else { None };
    match own {
        Some(own) => Ok(own),
        None => throw_type_error(&format!("Cannot {what} private member {} from an object whose class did not declare it", private_name(key))),
    }
}

/// `o.#x`.
pub fn private_get(o: Value, key: Value) -> JsResult<Value> {
    match private_find(o, key, "read")? {
        object::Own::Data(v, _) => Ok(v),
        object::Own::Accessor(g, _, _) if g.is_undefined() => throw_type_error(&format!("'{}' was defined without a getter", private_name(key))),
        object::Own::Accessor(g, _, _) => interop::call(g, o, &[]),
    }
}

/// `o.#x = v`.
pub fn private_set(o: Value, key: Value, v: Value) -> JsResult<()> {
    match private_find(o, key, "write")? {
        object::Own::Data(_, flags) if flags & object::shape::WRITABLE == 0 => throw_type_error(&format!("Private method {} is not writable", private_name(key))),
        object::Own::Data(..) => {
            object::set_private(o, key.0, v);
            Ok(())
        }
        object::Own::Accessor(_, s, _) if s.is_undefined() => throw_type_error(&format!("'{}' was defined without a setter", private_name(key))),
        object::Own::Accessor(_, s, _) => interop::call(s, o, &[v]).map(|_| ()),
    }
}

/// `#x in o`.
pub fn private_in(key: Value, o: Value) -> JsResult<Value> {
    if !o.is_object() {
        return throw_type_error("Cannot use 'in' operator to search for a private field in a non-object");
    }
    Ok(Value::bool(object::get_own(o, Key::Prop(key.0)).is_some()))
}

/// InitializeInstanceElements(o, constructor).
pub fn init_instance(o: Value, ctor: Value) -> JsResult<()> {
    init_fields(o, func(ctor).fields)
}

/// `super(...args)` in the derived constructor `callee`: constructs its parent class
/// with the same `new.target`.
pub fn super_call(callee: Value, new_target: Value, args: &[Value]) -> JsResult<Value> {
    let parent = obj(callee).proto;
    if !interop::is_constructor(parent) {
        return throw_type_error("Super constructor is not a constructor");
    }
    interop::construct_site(parent, args, new_target, None)
}

/// GetSuperBase: the prototype of the home object (null when it has none).
pub fn super_base(home: Value) -> JsResult<Value> {
    if !home.is_object() {
        return throw_reference_error("'super' keyword unexpected here");
    }
    Ok(obj(home).proto)
}

/// The base of a super property access must be an object (ToObject of null throws),
/// checked before the key is converted.
fn super_base_object(base: Value, key: Value, doing: &str) -> JsResult<()> {
    if base.is_nullish() {
        let k = if key.is_object() { String::new() } else { format!(" ({doing} '{}')", ops::key_display(object::to_key(key)?)) };
        return throw_type_error(&format!("Cannot {doing} super property of null{k}"));
    }
    Ok(())
}

pub fn get_super(base: Value, key: Value, this: Value) -> JsResult<Value> {
    super_base_object(base, key, "read")?;
    let k = object::to_key(key)?;
    object::get_with(base, k, this)
}

pub fn set_super(base: Value, key: Value, v: Value, this: Value, strict: bool) -> JsResult<()> {
    super_base_object(base, key, "set")?;
    let k = object::to_key(key)?;
    if !object::set(base, k, v, this)? && strict {
        return throw_type_error(&format!("Cannot assign to read only property '{}' of object", ops::key_display(k)));
    }
    Ok(())
}

/// The value a derived constructor returns: an object it returned, else its `this`,
/// which must be initialized by then.
pub fn derived_result(v: Value, this: Value) -> JsResult<Value> {
    if v.is_object() {
        return Ok(v);
    }
    if !v.is_undefined() {
        return throw_type_error("Derived constructors may only return object or undefined");
    }
    if this == Value::HOLE {
        return throw_reference_error("Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
    }
    Ok(this)
}
