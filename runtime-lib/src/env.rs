//! Environment records: heap cells holding the variables that closures capture.
//! Compiled code reads and writes slots inline at the offsets in `dxrt_abi::env`;
//! a variable no closure captures never lives here.

use dxrt_abi as abi;

use crate::gc::{self, Header, KIND_ENV};
use crate::value::Value;

#[repr(C)]
pub struct Env {
    pub hdr: Header,
    pub parent: *mut Env,
    pub len: u32,
    pub _pad: u32,
    pub slots: [Value; 0],
}

const _: () = assert!(std::mem::offset_of!(Env, parent) == abi::env::PARENT as usize);
const _: () = assert!(std::mem::offset_of!(Env, slots) == abi::env::SLOTS as usize);

/// A new environment with `len` slots, all `undefined`.
pub fn new_env(parent: *mut Env, len: u32) -> *mut Env {
    let size = std::mem::size_of::<Env>() + 8 * len as usize;
    let e = gc::alloc_cell(size, KIND_ENV) as *mut Env;
    unsafe {
        (*e).parent = parent;
        (*e).len = len;
        let slots = (*e).slots.as_mut_ptr();
        for i in 0..len as usize {
            *slots.add(i) = Value::UNDEFINED;
        }
    }
    e
}
