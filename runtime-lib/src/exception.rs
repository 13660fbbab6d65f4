//! The one throw/propagate mechanism.
//!
//! A throw stores the thrown value in the pending-exception slot and returns
//! `Err(Thrown)` in Rust, or [`Value::EXCEPTION`] across the `extern "C"` boundary.
//! Compiled code compares every call result that can throw against `EXCEPTION` and
//! branches to the innermost handler (a `catch` or `finally` block, which takes the
//! pending value with `dxrt_take_exception`) or returns `EXCEPTION` to its own caller.
//! No unwinding crosses the boundary, and no setjmp/longjmp is used.

use crate::builtins::error::{ErrorKind, make_error};
use crate::gc;
use crate::value::Value;

/// Marker of a pending exception: the thrown value is in the pending slot.
#[derive(Debug, Clone, Copy)]
pub struct Thrown;

pub type JsResult<T> = Result<T, Thrown>;

static mut PENDING: Value = Value::UNDEFINED;
/// Source position of the `throw` statement that threw the pending value, if it was one.
static mut THROW_POS: Option<u32> = None;

pub fn throw<T>(v: Value) -> JsResult<T> {
    unsafe {
        PENDING = v;
        THROW_POS = None;
    }
    Err(Thrown)
}

/// A `throw` statement of compiled code: also remembers where it is, for the report
/// of an uncaught exception.
pub fn throw_statement<T>(v: Value) -> JsResult<T> {
    let pos = crate::stack_trace::innermost();
    let r = throw(v);
    unsafe { THROW_POS = pos };
    r
}

/// Throws a value again after a `finally` block, keeping the position of the `throw`
/// statement that threw it first.
pub fn rethrow<T>(v: Value) -> JsResult<T> {
    unsafe { PENDING = v };
    Err(Thrown)
}

/// Puts back an exception taken with [`take`] and its throw position (after running
/// code whose own exceptions are ignored, such as IteratorClose on a throw).
pub fn restore(v: Value, pos: Option<u32>) {
    unsafe {
        PENDING = v;
        THROW_POS = pos;
    }
}

/// Where the pending exception was thrown by a `throw` statement.
pub fn throw_pos() -> Option<u32> {
    unsafe { THROW_POS }
}

/// Takes the pending exception out of its slot (its throw position stays, for a
/// [`rethrow`]).
pub fn take() -> Value {
    unsafe { std::mem::replace(&mut PENDING, Value::UNDEFINED) }
}

pub(crate) fn mark_pending() {
    gc::mark_value(unsafe { PENDING });
}

pub fn throw_error<T>(kind: ErrorKind, msg: &str) -> JsResult<T> {
    throw(make_error(kind, msg))
}
pub fn throw_type_error<T>(msg: &str) -> JsResult<T> {
    throw_error(ErrorKind::Type, msg)
}
pub fn throw_range_error<T>(msg: &str) -> JsResult<T> {
    throw_error(ErrorKind::Range, msg)
}
pub fn throw_reference_error<T>(msg: &str) -> JsResult<T> {
    throw_error(ErrorKind::Reference, msg)
}

/// Converts a Rust result to the ABI's value-or-sentinel form.
#[inline]
pub fn to_abi(r: JsResult<Value>) -> u64 {
    match r {
        Ok(v) => v.0,
        Err(Thrown) => Value::EXCEPTION.0,
    }
}

/// Converts a value returned by compiled code to a Rust result.
#[inline]
pub fn from_abi(v: u64) -> JsResult<Value> {
    if v == Value::EXCEPTION.0 { Err(Thrown) } else { Ok(Value(v)) }
}
