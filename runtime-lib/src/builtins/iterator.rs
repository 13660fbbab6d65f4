//! The iteration protocol (https://tc39.es/ecma262/#sec-iteration): %IteratorPrototype%,
//! the array and string iterators, and the operations compiled code uses for `for-of`,
//! spread and destructuring (GetIterator, IteratorStep, IteratorClose).
//!
//! A step through a built-in iterator whose `next` is the original built-in does not
//! allocate a result object: [`step`] recognizes it and advances the iterator directly,
//! which is observably the same (the built-in `next` is not user code).

use super::{method, native_fn, symbol_method};
use crate::exception::{self, JsResult, throw_type_error};
use crate::interop;
use crate::object::shape::HIDDEN;
use crate::object::{self, Class, JsObject, Key, Own, obj};
use crate::ops;
use crate::realm::realm;
use crate::string::{self, str_of};
use crate::value::Value;

/// An array or string iterator: the iterated value is the object's `internal` value
/// (undefined once exhausted).
#[repr(C)]
pub struct JsIterator {
    pub obj: JsObject,
    /// The next index (UTF-16 units for strings).
    pub index: u64,
    pub kind: IterKind,
}

#[derive(Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub enum IterKind {
    Keys,
    Values,
    Entries,
}

fn iter(v: Value) -> &'static mut JsIterator {
    unsafe { &mut *(obj(v) as *mut JsObject as *mut JsIterator) }
}

pub fn init() {
    let r = realm();
    let ip = object::new_plain_object();
    r.iterator_prototype = ip;
    symbol_method(ip, r.sym_iterator, "[Symbol.iterator]", 0, return_this);

    let aip = object::new_object_with(Class::Object, ip, std::mem::size_of::<JsObject>());
    r.array_iterator_prototype = aip;
    r.array_iterator_next = method(aip, "next", 0, array_iterator_next);
    to_string_tag(aip, "Array Iterator");

    let sip = object::new_object_with(Class::Object, ip, std::mem::size_of::<JsObject>());
    r.string_iterator_prototype = sip;
    r.string_iterator_next = method(sip, "next", 0, string_iterator_next);
    to_string_tag(sip, "String Iterator");

    let ap = r.array_prototype;
    let values = native_fn("values", 0, array_values, false);
    r.array_values = values;
    let _ = object::define_data(ap, Key::named("values"), values, HIDDEN);
    let _ = object::define_data(ap, Key::from_atom(r.sym_iterator), values, HIDDEN);
    method(ap, "keys", 0, array_keys);
    method(ap, "entries", 0, array_entries);
    symbol_method(r.string_prototype, r.sym_iterator, "[Symbol.iterator]", 0, string_iterator);
}

fn to_string_tag(o: Value, tag: &str) {
    let _ = object::define_data(o, Key::from_atom(realm().sym_to_string_tag), string::intern(tag), object::shape::CONFIGURABLE);
}

fn return_this(this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(this)
}

fn new_iterator(class: Class, proto: Value, target: Value, kind: IterKind) -> Value {
    let it = object::new_object_with(class, proto, std::mem::size_of::<JsIterator>());
    let i = iter(it);
    i.obj.internal = target;
    i.index = 0;
    i.kind = kind;
    it
}

/// CreateArrayIterator over ToObject(this).
fn array_iterator(this: Value, kind: IterKind) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    Ok(new_iterator(Class::ArrayIterator, realm().array_iterator_prototype, o, kind))
}

fn array_values(this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    array_iterator(this, IterKind::Values)
}
fn array_keys(this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    array_iterator(this, IterKind::Keys)
}
fn array_entries(this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    array_iterator(this, IterKind::Entries)
}

/// CreateIterResultObject.
pub fn iter_result(value: Value, done: bool) -> Value {
    let o = object::new_plain_object();
    let a = &realm().atoms;
    let _ = object::define_data(o, Key::Prop(a.value.0), value, object::shape::DEFAULT);
    let _ = object::define_data(o, Key::Prop(a.done.0), Value::bool(done), object::shape::DEFAULT);
    o
}

/// Advances an array iterator: the next value, or `HOLE` when done.
fn array_iterator_advance(it: Value) -> JsResult<Value> {
    let target = iter(it).obj.internal;
    if target.is_undefined() {
        return Ok(Value::HOLE);
    }
    let len = if object::is_array(target) {
        object::array_length(target) as u64
    } else {
        let l = ops::to_integer(object::get_value(target, Key::Prop(realm().atoms.length.0))?)?;
        l.clamp(0.0, 9007199254740991.0) as u64
    };
    let i = iter(it).index;
    if i >= len {
        iter(it).obj.internal = Value::UNDEFINED;
        return Ok(Value::HOLE);
    }
    iter(it).index = i + 1;
    let key = || if i < u32::MAX as u64 { Key::Index(i as u32) } else { Key::from_atom(string::intern(&i.to_string())) };
    Ok(match iter(it).kind {
        IterKind::Keys => Value::number(i as f64),
        IterKind::Values => object::get_value(target, key())?,
        IterKind::Entries => {
            let v = object::get_value(target, key())?;
            object::new_array(vec![Value::number(i as f64), v])
        }
    })
}

fn array_iterator_next(this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    if !ops::is_class(this, Class::ArrayIterator) {
        return throw_type_error("next method called on an object that is not an Array Iterator");
    }
    let v = array_iterator_advance(this)?;
    Ok(if v == Value::HOLE { iter_result(Value::UNDEFINED, true) } else { iter_result(v, false) })
}

fn string_iterator(this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    if this.is_nullish() {
        return throw_type_error("String.prototype[Symbol.iterator] called on null or undefined");
    }
    let s = ops::to_string(this)?;
    Ok(new_iterator(Class::StringIterator, realm().string_iterator_prototype, s, IterKind::Values))
}

/// Advances a string iterator by one code point: the next value, or `HOLE` when done.
fn string_iterator_advance(it: Value) -> Value {
    let target = iter(it).obj.internal;
    if target.is_undefined() {
        return Value::HOLE;
    }
    let s = str_of(target);
    let i = iter(it).index as usize;
    if i >= s.len() {
        iter(it).obj.internal = Value::UNDEFINED;
        return Value::HOLE;
    }
    let first = s.unit(i);
    let n = if (0xD800..0xDC00).contains(&first) && i + 1 < s.len() && (0xDC00..0xE000).contains(&s.unit(i + 1)) { 2 } else { 1 };
    iter(it).index = (i + n) as u64;
    if n == 1 { string::from_units(&[first]) } else { string::from_units(&[first, s.unit(i + 1)]) }
}

fn string_iterator_next(this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    if !ops::is_class(this, Class::StringIterator) {
        return throw_type_error("next method called on an object that is not a String Iterator");
    }
    let v = string_iterator_advance(this);
    Ok(if v == Value::HOLE { iter_result(Value::UNDEFINED, true) } else { iter_result(v, false) })
}

/// GetIterator(v, sync): calls `v[Symbol.iterator]()`; the result must be an object.
pub fn get_iterator(v: Value) -> JsResult<Value> {
    let m = if v.is_nullish() { Value::UNDEFINED } else { object::get_value(v, Key::from_atom(realm().sym_iterator))? };
    if !object::is_callable(m) {
        let what = crate::builtins::console::inspect_short(v);
        return throw_type_error(&format!("{what} is not iterable"));
    }
    let it = interop::call(m, v, &[])?;
    if !it.is_object() {
        return throw_type_error("Result of the Symbol.iterator method is not an object");
    }
    Ok(it)
}

/// IteratorStep + IteratorValue: the next value, or `HOLE` when the iterator is done.
pub fn step(it: Value, next: Value) -> JsResult<Value> {
    let r = realm();
    if next == r.array_iterator_next && ops::is_class(it, Class::ArrayIterator) {
        return array_iterator_advance(it);
    }
    if next == r.string_iterator_next && ops::is_class(it, Class::StringIterator) {
        return Ok(string_iterator_advance(it));
    }
    if (next == r.map_iterator_next && ops::is_class(it, Class::MapIterator)) || (next == r.set_iterator_next && ops::is_class(it, Class::SetIterator)) {
        return Ok(super::collections::iterator_advance(it));
    }
    let res = if next == r.generator_next && ops::is_class(it, Class::Generator) {
        match super::generator::resume(it, Value::UNDEFINED, super::generator::NEXT)? {
            super::generator::Resumed::Value(_, true) => return Ok(Value::HOLE),
            super::generator::Resumed::Value(v, false) => return Ok(v),
            super::generator::Resumed::Raw(res) => res,
        }
    } else {
        interop::call(next, it, &[])?
    };
    if !res.is_object() {
        let what = crate::builtins::console::inspect_short(res);
        return throw_type_error(&format!("Iterator result {what} is not an object"));
    }
    if ops::to_boolean(object::get_value(res, Key::Prop(r.atoms.done.0))?) {
        return Ok(Value::HOLE);
    }
    object::get_value(res, Key::Prop(r.atoms.value.0))
}

/// IteratorClose for a normal completion (`break`, `return`, the end of a pattern): calls
/// `return()` if there is one; its result must be an object.
pub fn close(it: Value) -> JsResult<()> {
    let ret = object::get_value(it, Key::Prop(realm().atoms.return_.0))?;
    if ret.is_nullish() {
        return Ok(());
    }
    let r = interop::call(ret, it, &[])?;
    if !r.is_object() {
        return throw_type_error("iterator.return() did not return an object");
    }
    Ok(())
}

/// IteratorClose for a throw completion: calls `return()` if there is one and ignores
/// whatever it does; the pending exception and its throw position are left as they were.
pub fn close_on_throw(it: Value) {
    let pending = exception::take();
    let pos = exception::throw_pos();
    let ret = object::get_value(it, Key::Prop(realm().atoms.return_.0));
    if let Ok(ret) = ret
        && !ret.is_nullish()
    {
        let _ = interop::call(ret, it, &[]);
    }
    exception::restore(pending, pos);
}

/// Runs `f` on each remaining value of an iterator, with its index. If `f` throws, the
/// iterator is closed (IteratorClose with a throw completion) and the error returned.
pub fn for_each_step(it: Value, next: Value, mut f: impl FnMut(Value, usize) -> JsResult<()>) -> JsResult<()> {
    let mut k = 0;
    loop {
        let v = step(it, next)?;
        if v == Value::HOLE {
            return Ok(());
        }
        if let Err(e) = f(v, k) {
            close_on_throw(it);
            return Err(e);
        }
        k += 1;
    }
}

/// `for_each_step` over GetIterator(iterable).
pub fn for_each_value(iterable: Value, f: impl FnMut(Value, usize) -> JsResult<()>) -> JsResult<()> {
    let it = get_iterator(iterable)?;
    let next = get_next(it)?;
    for_each_step(it, next, f)
}

/// The key and value of an entry (`[key, value]`), as Map and Object.fromEntries read
/// the values they iterate.
pub fn entry(item: Value) -> JsResult<(Value, Value)> {
    if !item.is_object() {
        let what = crate::builtins::console::inspect_short(item);
        return throw_type_error(&format!("Iterator value {what} is not an entry object"));
    }
    let k = object::get_value(item, Key::Index(0))?;
    let v = object::get_value(item, Key::Index(1))?;
    Ok((k, v))
}

/// The remaining values of an iterator as a new array (rest elements, spread).
pub fn collect(it: Value, next: Value, into: Value) -> JsResult<Value> {
    loop {
        let v = step(it, next)?;
        if v == Value::HOLE {
            return Ok(into);
        }
        obj(into).elements.push(v);
    }
}

/// `[...v]` and spread arguments: appends the values `v` iterates to array `into`. A
/// plain array whose iteration is unobservable (the built-in iterator, unmodified) is
/// copied directly.
pub fn spread_into(into: Value, v: Value) -> JsResult<Value> {
    let r = realm();
    if object::is_array(v)
        && object::has_plain_elements(v)
        && obj(v).proto == r.array_prototype
        && object::get_own(v, Key::from_atom(r.sym_iterator)).is_none()
        && array_iteration_is_builtin()
    {
        let src: Vec<Value> = obj(v).elements.iter().map(|&e| if e == Value::HOLE { Value::UNDEFINED } else { e }).collect();
        obj(into).elements.extend(src);
        return Ok(into);
    }
    let it = get_iterator(v)?;
    let next = get_next(it)?;
    collect(it, next, into)
}

/// Whether iterating an array runs only built-in code: `Array.prototype[Symbol.iterator]`
/// and `%ArrayIteratorPrototype%.next` are the originals.
fn array_iteration_is_builtin() -> bool {
    let r = realm();
    let is = |o: Value, key: Key, f: Value| matches!(object::get_own(o, key), Some(Own::Data(x, _)) if x == f);
    is(r.array_prototype, Key::from_atom(r.sym_iterator), r.array_values)
        && is(r.array_iterator_prototype, Key::Prop(r.atoms.next.0), r.array_iterator_next)
        && !has_holes_reaching_proto()
}

/// Holes of an array read through to the prototype chain; spreading copies them as
/// undefined only when the prototypes have no elements.
fn has_holes_reaching_proto() -> bool {
    let r = realm();
    !obj(r.array_prototype).elements.is_empty() || obj(r.array_prototype).sparse.is_some() || !obj(r.object_prototype).elements.is_empty() || obj(r.object_prototype).sparse.is_some()
}

pub fn get_next(it: Value) -> JsResult<Value> {
    object::get_value(it, Key::Prop(realm().atoms.next.0))
}
