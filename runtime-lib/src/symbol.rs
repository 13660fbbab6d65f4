//! Symbols. A symbol used as a property key is kept alive for the rest of the program
//! (shapes refer to keys without tracing them).

use crate::gc::{self, Header, KIND_SYMBOL};
use crate::value::Value;

#[repr(C)]
pub struct JsSymbol {
    pub hdr: Header,
    pub description: Value,
}

static mut KEY_SYMBOLS: Vec<Value> = Vec::new();

pub fn new_symbol(description: Value) -> Value {
    let p = gc::alloc_cell(std::mem::size_of::<JsSymbol>(), KIND_SYMBOL) as *mut JsSymbol;
    unsafe { (*p).description = description };
    Value::symbol(p)
}

/// Header flag of a private name (`#x`): a symbol that keys private elements, which no
/// reflection (`own_keys`) ever shows.
pub const PRIVATE: u16 = 1;

/// Header flag of a symbol in the global registry (`Symbol.for`).
pub const REGISTERED: u16 = 2;

pub fn mark_registered(sym: Value) {
    unsafe { (*sym.as_symbol()).hdr.flags |= REGISTERED };
}

pub fn is_registered(v: Value) -> bool {
    v.is_symbol() && unsafe { (*v.as_symbol()).hdr.flags } & REGISTERED != 0
}

/// A new private name for one evaluation of a class (`description` is `#x`).
pub fn new_private_name(description: Value) -> Value {
    let s = new_symbol(description);
    unsafe { (*s.as_symbol()).hdr.flags |= PRIVATE };
    retain_as_key(s);
    s
}

pub fn is_private(v: Value) -> bool {
    v.is_symbol() && unsafe { (*v.as_symbol()).hdr.flags } & PRIVATE != 0
}

/// Records that `sym` is used as a property key.
#[allow(static_mut_refs)]
pub fn retain_as_key(sym: Value) {
    unsafe {
        if !KEY_SYMBOLS.contains(&sym) {
            KEY_SYMBOLS.push(sym);
        }
    }
}

#[allow(static_mut_refs)]
pub(crate) fn mark_symbols() {
    unsafe {
        for &v in KEY_SYMBOLS.iter() {
            gc::mark_value(v);
        }
    }
}

/// A symbol's [[Description]] (a string or undefined).
pub fn description(sym: Value) -> Value {
    unsafe { (*sym.as_symbol()).description }
}
