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
        GETTER => object::define_accessor(o, k, Some(f), None, CONFIGURABLE),
        SETTER => object::define_accessor(o, k, None, Some(f), CONFIGURABLE),
        _ => object::define_data(o, k, f, HIDDEN),
    }
}

/// SetFunctionName's name for a key: a symbol's description in brackets.
fn function_name_of(k: Key) -> String {
    let v = k.to_value();
    if v.is_symbol() {
        let d = crate::symbol::description(v);
        return if d.is_undefined() { String::new() } else { format!("[{}]", string::str_of(d).to_rust_string()) };
    }
    string::str_of(v).to_rust_string()
}

/// Runs a field list on `target`: each (key, initializer) pair defines `key` with the
/// initializer's result (called with `target` as `this`); a hole key is a static block.
pub fn init_fields(target: Value, fields: Value) -> JsResult<()> {
    if !fields.is_object() {
        return Ok(());
    }
    let n = obj(fields).elements.len();
    let mut i = 0;
    while i + 1 < n {
        let (key, init) = (obj(fields).elements[i], obj(fields).elements[i + 1]);
        let v = if init.is_undefined() { Value::UNDEFINED } else { interop::call(init, target, &[])? };
        if key != Value::HOLE {
            let k = object::to_key(key)?;
            if object::is_callable(v) && func(v).name.is_string() && string::str_of(func(v).name).is_empty() {
                func(v).name = string::from_str(&function_name_of(k));
            }
            object::define_data(target, k, v, object::shape::DEFAULT)?;
        }
        i += 2;
    }
    Ok(())
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

/// The object `super.x` starts its lookup at: the prototype of the home object.
fn super_base(home: Value) -> JsResult<Value> {
    if !home.is_object() {
        return throw_reference_error("'super' keyword unexpected here");
    }
    let p = obj(home).proto;
    if p.is_nullish() {
        return throw_type_error("Cannot read properties of null (super has no prototype)");
    }
    Ok(p)
}

pub fn get_super(home: Value, key: Value, this: Value) -> JsResult<Value> {
    let k = object::to_key(key)?;
    let base = super_base(home)?;
    object::get_with(base, k, this)
}

pub fn set_super(home: Value, key: Value, v: Value, this: Value) -> JsResult<()> {
    let k = object::to_key(key)?;
    let base = super_base(home)?;
    if !object::set(base, k, v, this)? {
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
