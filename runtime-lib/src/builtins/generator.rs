//! Generators (https://tc39.es/ecma262/#sec-generator-objects): generator objects and
//! %GeneratorPrototype% (`next`, `return`, `throw`).
//!
//! A generator function is compiled as a resumable state machine (see
//! docs/architecture.md): called normally, it binds its parameters, creates its
//! generator object and suspends at its start. [`resume`] calls it again with
//! `new.target` set to the hole (the resume marker), the generator as `this`, the sent
//! value as the only argument and the resume mode as the argument count; the function
//! restores its live variables from the generator's frame and continues where it
//! suspended. No native stack is kept between resumptions.

use dxrt_abi::generator::{COMPLETED, EXECUTING, RAW, START};

use super::iterator::iter_result;
use super::method;
use crate::exception::{self, JsResult, throw_type_error};
use crate::interop::{self, arg};
use crate::object::{self, Class, JsObject, Key, func, obj};
use crate::ops;
use crate::realm::realm;
use crate::string;
use crate::value::Value;

#[repr(C)]
pub struct JsGenerator {
    pub obj: JsObject,
    /// The generator function (its compiled code is resumed).
    pub function: Value,
    pub state: u64,
    pub frame: *mut Value,
    pub frame_len: usize,
}

const _: () = assert!(std::mem::offset_of!(JsGenerator, state) == dxrt_abi::generator::STATE as usize);
const _: () = assert!(std::mem::offset_of!(JsGenerator, frame) == dxrt_abi::generator::FRAME as usize);

/// Resume modes (the argument count of a resumption).
pub const NEXT: u32 = 0;
pub const THROW: u32 = 1;
pub const RETURN: u32 = 2;

pub fn gen_of(v: Value) -> &'static mut JsGenerator {
    unsafe { &mut *(obj(v) as *mut JsObject as *mut JsGenerator) }
}

pub fn init() {
    let r = realm();
    let gp = object::new_object_with(Class::Object, r.iterator_prototype, std::mem::size_of::<JsObject>());
    r.generator_prototype = gp;
    r.generator_next = method(gp, "next", 1, next);
    method(gp, "return", 1, return_);
    method(gp, "throw", 1, throw);
    let _ = object::define_data(gp, Key::from_atom(r.sym_to_string_tag), string::intern("Generator"), object::shape::CONFIGURABLE);
    // %GeneratorFunction.prototype%: the prototype of generator functions.
    let gfp = object::new_object_with(Class::Object, r.function_prototype, std::mem::size_of::<JsObject>());
    r.generator_function_prototype = gfp;
    let _ = object::define_data(gfp, Key::named("prototype"), gp, object::shape::CONFIGURABLE);
    let _ = object::define_data(gp, Key::named("constructor"), gfp, object::shape::CONFIGURABLE);
    let _ = object::define_data(gfp, Key::from_atom(r.sym_to_string_tag), string::intern("GeneratorFunction"), object::shape::CONFIGURABLE);
}

/// Called by a generator function once its parameters are bound: the generator, whose
/// prototype is the function's `prototype` (or %GeneratorPrototype%).
pub fn create(callee: Value, frame_size: usize) -> JsResult<Value> {
    let p = object::get_value(callee, Key::Prop(realm().atoms.prototype.0))?;
    let proto = if p.is_object() { p } else { realm().generator_prototype };
    let g = object::new_object_with(Class::Generator, proto, std::mem::size_of::<JsGenerator>());
    let frame: Box<[Value]> = vec![Value::UNDEFINED; frame_size].into_boxed_slice();
    let gs = gen_of(g);
    gs.function = callee;
    gs.state = START;
    gs.frame_len = frame_size;
    gs.frame = Box::into_raw(frame) as *mut Value;
    Ok(g)
}

pub(crate) fn trace(g: &JsGenerator) {
    crate::gc::mark_value(g.function);
    for i in 0..g.frame_len {
        crate::gc::mark_value(unsafe { *g.frame.add(i) });
    }
}

pub(crate) fn finalize(g: &mut JsGenerator) {
    if !g.frame.is_null() {
        drop(unsafe { Box::from_raw(std::ptr::slice_from_raw_parts_mut(g.frame, g.frame_len)) });
        g.frame = std::ptr::null_mut();
    }
}

/// What a resumption produced.
pub enum Resumed {
    /// A value, and whether the generator is done.
    Value(Value, bool),
    /// An iterator result object to pass on as it is (from a `yield*`).
    Raw(Value),
}

/// GeneratorResume / GeneratorResumeAbrupt: what the generator produced, or the
/// exception it threw.
pub fn resume(g: Value, value: Value, mode: u32) -> JsResult<Resumed> {
    let gs = gen_of(g);
    match gs.state {
        EXECUTING => return throw_type_error("Generator is already running"),
        COMPLETED => return finished(value, mode),
        START if mode != NEXT => {
            gs.state = COMPLETED;
            return finished(value, mode);
        }
        _ => {}
    }
    let f = gs.function;
    let point = gs.state;
    gs.state = EXECUTING;
    let entry: interop::GenericEntry = unsafe { std::mem::transmute((*func(f).info).entry) };
    // The sent value, and the resume point for the function's dispatch.
    let args = [value, Value(point)];
    let r = unsafe { entry(f.0, g.0, args.as_ptr(), mode, Value::HOLE.0) };
    let gs = gen_of(g);
    if r == Value::EXCEPTION.0 {
        gs.state = COMPLETED;
        return Err(exception::Thrown);
    }
    if gs.state == EXECUTING {
        gs.state = COMPLETED;
        return Ok(Resumed::Value(Value(r), true));
    }
    if gs.state & RAW != 0 {
        gs.state &= !RAW;
        return Ok(Resumed::Raw(Value(r)));
    }
    Ok(Resumed::Value(Value(r), false))
}

/// Resuming a finished generator.
fn finished(value: Value, mode: u32) -> JsResult<Resumed> {
    match mode {
        THROW => exception::throw(value),
        RETURN => Ok(Resumed::Value(value, true)),
        _ => Ok(Resumed::Value(Value::UNDEFINED, true)),
    }
}

fn this_generator(this: Value, name: &str) -> JsResult<Value> {
    if !ops::is_class(this, Class::Generator) {
        return throw_type_error(&format!("{name} method called on an object that is not a generator"));
    }
    Ok(this)
}

fn result(g: Value, value: Value, mode: u32) -> JsResult<Value> {
    Ok(match resume(g, value, mode)? {
        Resumed::Value(v, done) => iter_result(v, done),
        Resumed::Raw(res) => res,
    })
}

fn next(this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let g = this_generator(this, "next")?;
    result(g, arg(args, 0), NEXT)
}

fn return_(this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let g = this_generator(this, "return")?;
    result(g, arg(args, 0), RETURN)
}

fn throw(this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let g = this_generator(this, "throw")?;
    result(g, arg(args, 0), THROW)
}

/// One step of `yield*` over `iter` for a resumption of the outer generator with
/// `received` in `mode`: the inner iterator's result object; or the hole when the
/// outer generator must return `received` (a return with no `return` method).
pub fn yield_star_step(iter: Value, mode: u32, received: Value) -> JsResult<Value> {
    let r = realm();
    let res = match mode {
        NEXT => {
            let next = super::iterator::get_next(iter)?;
            interop::call(next, iter, &[received])?
        }
        THROW => {
            let t = object::get_value(iter, Key::named("throw"))?;
            if t.is_nullish() {
                // The protocol is broken: close the inner iterator, then a TypeError.
                super::iterator::close(iter)?;
                return throw_type_error("The iterator does not provide a 'throw' method");
            }
            interop::call(t, iter, &[received])?
        }
        _ => {
            let ret = object::get_value(iter, Key::Prop(r.atoms.return_.0))?;
            if ret.is_nullish() {
                return Ok(Value::HOLE);
            }
            interop::call(ret, iter, &[received])?
        }
    };
    if !res.is_object() {
        let what = crate::builtins::console::inspect_short(res);
        return throw_type_error(&format!("Iterator result {what} is not an object"));
    }
    Ok(res)
}
