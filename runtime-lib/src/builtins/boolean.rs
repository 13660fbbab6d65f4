//! `Boolean` and `Boolean.prototype` (https://tc39.es/ecma262/#sec-boolean-objects).

use super::{constructor, method};
use crate::exception::{JsResult, throw_type_error};
use crate::interop::arg;
use crate::object::{self, Class, JsObject, obj};
use crate::ops;
use crate::realm::realm;
use crate::value::Value;

pub fn init() {
    let p = realm().boolean_prototype;
    constructor("Boolean", 1, boolean_ctor, p);
    method(p, "toString", 0, to_string);
    method(p, "valueOf", 0, value_of);
}

fn boolean_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    let b = Value::bool(ops::to_boolean(arg(args, 0)));
    if nt.is_undefined() {
        return Ok(b);
    }
    let proto = crate::interop::prototype_from_constructor(nt, realm().boolean_prototype)?;
    let o = object::new_object_with(Class::Boolean, proto, std::mem::size_of::<JsObject>());
    obj(o).internal = b;
    Ok(o)
}

fn this_bool(this: Value) -> JsResult<Value> {
    if this.is_bool() {
        return Ok(this);
    }
    if object::class_of(this) == Some(Class::Boolean) {
        return Ok(obj(this).internal);
    }
    throw_type_error("Boolean.prototype.valueOf requires that 'this' be a Boolean")
}

fn to_string(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    ops::to_string(this_bool(this)?)
}

fn value_of(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    this_bool(this)
}
