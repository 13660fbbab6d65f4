//! `Symbol` and `Symbol.prototype` (https://tc39.es/ecma262/#sec-symbol-objects).

use super::{constructor, method, value_prop};
use crate::exception::{JsResult, throw_type_error};
use crate::interop::arg;
use crate::object::shape::CONFIGURABLE;
use crate::object::{self, Class, Key, obj};
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
    value_prop(c, "species", r.sym_species, 0);
    value_prop(c, "isConcatSpreadable", r.sym_is_concat_spreadable, 0);
    value_prop(c, "match", r.sym_match, 0);
    value_prop(c, "matchAll", r.sym_match_all, 0);
    value_prop(c, "replace", r.sym_replace, 0);
    value_prop(c, "search", r.sym_search, 0);
    value_prop(c, "split", r.sym_split, 0);
    value_prop(c, "asyncIterator", r.sym_async_iterator, 0);
    let registry = object::new_plain_object();
    obj(registry).proto = Value::NULL;
    r.symbol_registry = registry;
    method(c, "for", 1, symbol_for);
    method(c, "keyFor", 1, key_for);
    method(p, "toString", 0, to_string);
    method(p, "valueOf", 0, value_of);
    let get = super::native_fn("get description", 0, description, false);
    let _ = object::define_accessor(p, Key::named("description"), Some(get), None, CONFIGURABLE);
    let tp = super::native_fn("[Symbol.toPrimitive]", 1, value_of, false);
    let _ = object::define_data(p, Key::from_atom(r.sym_to_primitive), tp, CONFIGURABLE);
    let _ = object::define_data(p, Key::from_atom(r.sym_to_string_tag), string::intern("Symbol"), CONFIGURABLE);
}

/// Symbol.for: the registered symbol for a key string, created on first use. Registered
/// symbols carry the REGISTERED flag; their description is their key.
fn symbol_for(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let key = string::intern_value(ops::to_string(arg(args, 0))?);
    let registry = realm().symbol_registry;
    if let Some(object::Own::Data(sym, _)) = object::get_own(registry, Key::from_atom(key)) {
        return Ok(sym);
    }
    let sym = new_symbol(key);
    crate::symbol::mark_registered(sym);
    object::define_data(registry, Key::from_atom(key), sym, object::shape::DEFAULT)?;
    Ok(sym)
}

fn key_for(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let sym = arg(args, 0);
    if !sym.is_symbol() {
        return throw_type_error(&format!("{} is not a symbol", super::console::inspect_short(sym)));
    }
    Ok(if crate::symbol::is_registered(sym) { crate::symbol::description(sym) } else { Value::UNDEFINED })
}

fn description(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(crate::symbol::description(this_symbol(this)?))
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
