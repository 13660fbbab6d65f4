//! Calling functions from Rust and from compiled code: [[Call]] and [[Construct]] for
//! compiled functions (through their generic entry) and native built-ins.

use dxrt_abi::{FN_CONSTRUCTOR, FN_NATIVE};

use crate::exception::{JsResult, from_abi, throw_type_error};
use crate::object::{self, Class, JsObject, Key, func, obj};
use crate::realm::realm;
use crate::value::Value;

/// A built-in implemented in Rust. For constructors, `new_target` is not undefined when
/// called with `new`.
pub type NativeFn = fn(this: Value, args: &[Value], new_target: Value) -> JsResult<Value>;

/// The generic entry of compiled functions.
pub type GenericEntry = unsafe extern "C" fn(callee: u64, this: u64, argv: *const Value, argc: u32, new_target: u64) -> u64;

/// [[Call]]. `what` names the callee for the error message.
pub fn call_site(f: Value, this: Value, args: &[Value], what: Option<&str>) -> JsResult<Value> {
    if !object::is_callable(f) {
        return throw_type_error(&format!("{} is not a function", describe(f, what)));
    }
    invoke(f, this, args, Value::UNDEFINED)
}

pub fn call(f: Value, this: Value, args: &[Value]) -> JsResult<Value> {
    call_site(f, this, args, None)
}

/// How many times the runtime called a function (see `dxrt_abi::CALL_COUNT_SYMBOL`).
#[unsafe(no_mangle)]
pub static mut dxrt_call_count: u64 = 0;

fn invoke(f: Value, this: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    unsafe { dxrt_call_count = dxrt_call_count.wrapping_add(1) };
    let info = unsafe { &*func(f).info };
    if info.flags & FN_NATIVE != 0 {
        if crate::builtins::function::is_bound(f) {
            return crate::builtins::function::call_bound(f, args, new_target);
        }
        let nf: NativeFn = unsafe { std::mem::transmute(info.entry) };
        nf(this, args, new_target)
    } else {
        let entry: GenericEntry = unsafe { std::mem::transmute(info.entry) };
        from_abi(unsafe { entry(f.0, this.0, args.as_ptr(), args.len() as u32, new_target.0) })
    }
}

fn describe(f: Value, what: Option<&str>) -> String {
    match what {
        Some(w) => w.to_string(),
        None => crate::builtins::console::inspect_short(f),
    }
}

pub fn is_constructor(f: Value) -> bool {
    object::is_callable(f) && unsafe { (*func(f).info).flags } & FN_CONSTRUCTOR != 0
}

/// [[Construct]].
pub fn construct_site(f: Value, args: &[Value], new_target: Value, what: Option<&str>) -> JsResult<Value> {
    if !is_constructor(f) {
        return throw_type_error(&format!("{} is not a constructor", describe(f, what)));
    }
    let info = unsafe { &*func(f).info };
    if info.flags & FN_NATIVE != 0 {
        return invoke(f, Value::HOLE, args, new_target);
    }
    // A derived constructor gets `this` from `super()` and returns it itself.
    if info.flags & dxrt_abi::FN_DERIVED != 0 {
        return invoke(f, Value::HOLE, args, new_target);
    }
    let this = ordinary_create_from_constructor(new_target, realm().object_prototype)?;
    let r = invoke(f, this, args, new_target)?;
    Ok(if r.is_object() { r } else { this })
}

pub fn construct(f: Value, args: &[Value]) -> JsResult<Value> {
    construct_site(f, args, f, None)
}

/// The prototype for an object created by `new_target`, else `fallback`.
pub fn prototype_from_constructor(new_target: Value, fallback: Value) -> JsResult<Value> {
    if !new_target.is_object() {
        return Ok(fallback);
    }
    let p = object::get_value(new_target, Key::Prop(realm().atoms.prototype.0))?;
    Ok(if p.is_object() { p } else { fallback })
}

pub fn ordinary_create_from_constructor(new_target: Value, fallback: Value) -> JsResult<Value> {
    let proto = prototype_from_constructor(new_target, fallback)?;
    Ok(object::new_object_with(Class::Object, proto, std::mem::size_of::<JsObject>()))
}

/// Wraps the arguments of a native call.
pub fn arg(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::UNDEFINED)
}

pub fn set_proto(o: Value, proto: Value) {
    obj(o).proto = proto;
}
