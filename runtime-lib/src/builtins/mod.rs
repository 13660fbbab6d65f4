//! The built-in objects, one module per global, and the registry that installs them:
//! [`init_all`] runs once at start-up in the order written below. Each module's `init`
//! declares its functions with their names and `length`s through the helpers here.

pub mod array;
pub mod boolean;
pub mod collections;
pub mod console;
pub mod error;
pub mod function;
pub mod generator;
pub mod global;
pub mod inspect;
pub mod iterator;
pub mod iterator_helpers;
pub mod json;
pub mod math;
pub mod number;
pub mod object;
pub mod process;
pub mod regexp;
pub mod string;
pub mod symbol;
pub mod uri;

use dxrt_abi::{FN_CONSTRUCTOR, FN_NATIVE, FunctionInfo};

use crate::interop::NativeFn;
use crate::object::shape::{CONFIGURABLE, HIDDEN};
use crate::object::{self as obj, Key};
use crate::realm::realm;
use crate::string::intern;
use crate::value::Value;

/// A native function object.
pub fn native_fn(name: &str, length: u32, f: NativeFn, constructor: bool) -> Value {
    let flags = FN_NATIVE | if constructor { FN_CONSTRUCTOR } else { 0 };
    let info = Box::leak(Box::new(FunctionInfo { entry: f as *const () as usize, name: 0, length, flags, source_pos: 0, source_end: 0, fast_entry: 0, fast_params: 0 }));
    let fv = obj::new_function(info, std::ptr::null_mut(), intern(name), realm().function_prototype);
    // Natives have no lazily created `prototype`; constructors get theirs explicitly.
    crate::object::obj(fv).hdr.flags &= !crate::object::LAZY_FN_PROPS;
    obj::add_prop(fv, Key::named("length").prop_bits(), Value::number(length as f64), CONFIGURABLE);
    obj::add_prop(fv, Key::named("name").prop_bits(), intern(name), CONFIGURABLE);
    fv
}

/// Installs a method (non-enumerable) on `target`.
pub fn method(target: Value, name: &str, length: u32, f: NativeFn) -> Value {
    let fv = native_fn(name, length, f, false);
    let _ = obj::define_data(target, Key::named(name), fv, HIDDEN);
    fv
}

/// Installs a method under a symbol key, named `[description]`.
pub fn symbol_method(target: Value, sym: Value, name: &str, length: u32, f: NativeFn) -> Value {
    let fv = native_fn(name, length, f, false);
    let _ = obj::define_data(target, Key::from_atom(sym), fv, HIDDEN);
    fv
}

/// Installs a constructor `name` with its prototype object, as a global.
pub fn constructor(name: &str, length: u32, f: NativeFn, proto: Value) -> Value {
    let c = native_fn(name, length, f, true);
    let _ = obj::define_data(c, Key::named("prototype"), proto, 0);
    let _ = obj::define_data(proto, Key::named("constructor"), c, HIDDEN);
    global_value(name, c);
    c
}

/// Installs `get [Symbol.species]` (returning `this`) on a constructor; returns the getter.
pub fn species_accessor(ctor: Value) -> Value {
    fn species(this: Value, _: &[Value], _: Value) -> crate::exception::JsResult<Value> {
        Ok(this)
    }
    let g = native_fn("get [Symbol.species]", 0, species, false);
    let _ = obj::define_accessor(ctor, Key::from_atom(realm().sym_species), Some(g), None, CONFIGURABLE);
    g
}

/// Defines a non-enumerable, writable, configurable global.
pub fn global_value(name: &str, v: Value) {
    let _ = obj::define_data(realm().global, Key::named(name), v, HIDDEN);
}

pub fn value_prop(target: Value, name: &str, v: Value, flags: u8) {
    let _ = obj::define_data(target, Key::named(name), v, flags);
}

impl Key {
    pub fn prop_bits(self) -> u64 {
        match self {
            Key::Prop(p) => p,
            Key::Index(_) => unreachable!("index key used as a named key"),
        }
    }
}

pub fn init_all() {
    function::init();
    object::init();
    error::init();
    array::init();
    string::init();
    number::init();
    boolean::init();
    symbol::init();
    iterator::init();
    iterator_helpers::init();
    generator::init();
    collections::init();
    regexp::init();
    json::init();
    math::init();
    global::init();
    uri::init();
    console::init();
    process::init();
}
