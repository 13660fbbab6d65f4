//! `Symbol` and `Symbol.prototype` (https://tc39.es/ecma262/#sec-symbol-objects).

use super::{constructor, method, value_prop};
use crate::exception::{JsResult, throw_type_error};
use crate::interop::arg;
use crate::object::{self, Class, obj};
use crate::ops;
use crate::realm::realm;
use crate::string::{self, str_of};
use crate::symbol::new_symbol;
use crate::value::Value;

pub fn init() {
    let r = realm();
    let p = r.symbol_prototype;
    let c = constructor("Symbol", 0, symbol_ctor, p);
    value_prop(c, "iterator", r.sym_iterator, 0);
    value_prop(c, "toPrimitive", r.sym_to_primitive, 0);
    value_prop(c, "hasInstance", r.sym_has_instance, 0);
    value_prop(c, "toStringTag", r.sym_to_string_tag, 0);
    value_prop(c, "unscopables", r.sym_unscopables, 0);
    method(p, "toString", 0, to_string);
    method(p, "valueOf", 0, value_of);
}

fn symbol_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    if !nt.is_undefined() {
        return throw_type_error("Symbol is not a constructor");
    }
    let d = arg(args, 0);
    let d = if d.is_undefined() { d } else { ops::to_string(d)? };
    Ok(new_symbol(d))
}

/// SymbolDescriptiveString: "Symbol(desc)".
pub fn descriptive_string(v: Value) -> String {
    let d = unsafe { (*v.as_symbol()).description };
    let d = if d.is_string() { str_of(d).to_rust_string() } else { String::new() };
    format!("Symbol({d})")
}

fn this_symbol(this: Value) -> JsResult<Value> {
    if this.is_symbol() {
        return Ok(this);
    }
    if object::class_of(this) == Some(Class::Symbol) {
        return Ok(obj(this).internal);
    }
    throw_type_error("Symbol.prototype.valueOf requires that 'this' be a Symbol")
}

fn to_string(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(string::from_str(&descriptive_string(this_symbol(this)?)))
}

fn value_of(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    this_symbol(this)
}
