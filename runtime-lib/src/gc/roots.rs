//! The runtime's precise roots: values the runtime holds outside the native stack.
//!
//! - registered ranges of value slots (the program's top-level variables and string
//!   constants, the realm's intrinsics);
//! - the temporary root stack, for values a built-in keeps in a Rust-heap container
//!   while it may allocate ([`TempRoots`]);
//! - callbacks of other modules that own roots (interned strings, symbols, the pending
//!   exception), listed in [`mark_roots`].

use crate::value::Value;

struct Roots {
    ranges: Vec<(*const Value, usize)>,
    temps: Vec<Value>,
    /// Compiled code's callee cells (`dxrt_abi::ProgramInfo::callee_cells`): not
    /// roots, emptied at every collection.
    callee_cells: Vec<(*mut u64, usize)>,
}

static mut ROOTS: Roots = Roots { ranges: Vec::new(), temps: Vec::new(), callee_cells: Vec::new() };

#[allow(static_mut_refs)]
fn roots() -> &'static mut Roots {
    unsafe { &mut ROOTS }
}

/// Registers `len` value slots starting at `start` as permanent roots.
pub fn add_range(start: *const Value, len: usize) {
    roots().ranges.push((start, len));
}

/// Registers `len` callee cells starting at `start` and empties them: they remember
/// functions without keeping them alive, so every collection empties them again
/// (`forget_callees`).
pub fn add_callee_cells(start: *mut u64, len: usize) {
    roots().callee_cells.push((start, len));
    forget_callees();
}

/// Empties the callee cells: once a function may be swept, another object may take
/// its address, which a cell must not recognize.
pub(super) fn forget_callees() {
    for &(start, len) in &roots().callee_cells {
        for i in 0..len {
            unsafe { *start.add(i) = dxrt_abi::NO_CALLEE };
        }
    }
}

/// A scope on the temporary root stack: values pushed through it stay alive until it
/// is dropped.
pub struct TempRoots {
    base: usize,
}

impl TempRoots {
    pub fn new() -> TempRoots {
        TempRoots { base: roots().temps.len() }
    }
    pub fn push(&self, v: Value) {
        roots().temps.push(v);
    }
    /// The values pushed through this scope (and not yet dropped by inner scopes).
    pub fn values(&self) -> &[Value] {
        &roots().temps[self.base..]
    }
}

impl Default for TempRoots {
    fn default() -> Self {
        Self::new()
    }
}

impl Drop for TempRoots {
    fn drop(&mut self) {
        roots().temps.truncate(self.base);
    }
}

pub(super) fn mark_roots() {
    let r = roots();
    for &(start, len) in &r.ranges {
        for i in 0..len {
            super::mark_value(unsafe { *start.add(i) });
        }
    }
    for &v in &r.temps {
        super::mark_value(v);
    }
    crate::string::mark_interned();
    crate::symbol::mark_symbols();
    crate::exception::mark_pending();
    crate::realm::mark_realm();
}
