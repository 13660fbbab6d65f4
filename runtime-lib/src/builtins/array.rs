//! `Array` and `Array.prototype` (https://tc39.es/ecma262/#sec-array-objects).
//! Methods are generic over array-likes per spec (they go through [[Get]]/[[Set]]),
//! with direct element access where the receiver is a real array.

use super::{constructor, method};
use crate::exception::{JsResult, throw_range_error, throw_type_error};
use crate::gc::roots::TempRoots;
use crate::interop::{self, arg};
use crate::object::shape::{CONFIGURABLE, DEFAULT};
use crate::object::{self, Key, obj};
use crate::ops;
use crate::realm::realm;
use crate::string;
use crate::value::Value;

pub fn init() {
    let r = realm();
    let p = r.array_prototype;
    let c = constructor("Array", 1, array_ctor, p);
    r.array_ctor = c;
    method(c, "isArray", 1, is_array);
    method(c, "of", 0, of);
    method(c, "from", 1, from);
    for (name, len, f) in [
        ("push", 1, push as interop::NativeFn), ("pop", 0, pop), ("shift", 0, shift), ("unshift", 1, unshift),
        ("slice", 2, slice), ("splice", 2, splice), ("indexOf", 1, index_of), ("lastIndexOf", 1, last_index_of),
        ("includes", 1, includes), ("join", 1, join), ("toString", 0, to_string), ("concat", 1, concat),
        ("reverse", 0, reverse), ("map", 1, map), ("filter", 1, filter), ("forEach", 1, for_each),
        ("reduce", 1, reduce), ("reduceRight", 1, reduce_right), ("some", 1, some), ("every", 1, every),
        ("find", 1, find), ("findIndex", 1, find_index), ("findLast", 1, find_last), ("findLastIndex", 1, find_last_index),
        ("sort", 1, sort), ("fill", 1, fill), ("at", 1, at), ("copyWithin", 2, copy_within),
        ("flat", 0, flat), ("flatMap", 1, flat_map), ("toReversed", 0, to_reversed), ("toSorted", 1, to_sorted),
        ("toSpliced", 2, to_spliced), ("with", 2, with),
    ] {
        method(p, name, len, f);
    }
    r.array_species_getter = super::species_accessor(c);
    let unscopables = object::new_plain_object();
    obj(unscopables).proto = Value::NULL;
    for name in [
        "at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex", "flat", "flatMap", "includes", "keys",
        "toReversed", "toSorted", "toSpliced", "values",
    ] {
        let _ = object::define_data(unscopables, Key::named(name), Value::TRUE, DEFAULT);
    }
    let _ = object::define_data(p, Key::from_atom(r.sym_unscopables), unscopables, CONFIGURABLE);
}

/// ArraySpeciesCreate(original, length): a plain array unless `original` is an array
/// whose `constructor[Symbol.species]` names another constructor.
fn species_create(original: Value, length: usize) -> JsResult<Value> {
    match species_constructor(original)? {
        None => array_create(length),
        Some(c) => interop::construct(c, &[Value::number(length as f64)]),
    }
}

/// The constructor ArraySpeciesCreate would call, or None for a plain array.
fn species_constructor(original: Value) -> JsResult<Option<Value>> {
    let r = realm();
    if !object::is_array(original) {
        return Ok(None);
    }
    let ctor_key = Key::Prop(r.atoms.constructor.0);
    // Fast path: nothing on the way to Array[Symbol.species] was changed.
    let unchanged = obj(original).proto == r.array_prototype
        && object::get_own(original, ctor_key).is_none()
        && matches!(object::get_own(r.array_prototype, ctor_key), Some(object::Own::Data(c, _)) if c == r.array_ctor)
        && matches!(object::get_own(r.array_ctor, Key::from_atom(r.sym_species)), Some(object::Own::Accessor(g, _, _)) if g == r.array_species_getter);
    if unchanged {
        return Ok(None);
    }
    let mut c = object::get_value(original, ctor_key)?;
    if c.is_object() {
        c = object::get_value(c, Key::from_atom(r.sym_species))?;
        if c.is_null() {
            c = Value::UNDEFINED;
        }
    }
    if c.is_undefined() {
        return Ok(None);
    }
    if !interop::is_constructor(c) {
        return throw_type_error("object.constructor[Symbol.species] is not a constructor");
    }
    Ok(Some(c))
}

/// Up to this length ArrayCreate preallocates dense holes (the caller fills them).
const DENSE_CREATE: usize = 1 << 24;

/// ArrayCreate(length): a RangeError past 2^32 - 1.
fn array_create(length: usize) -> JsResult<Value> {
    if length > u32::MAX as usize {
        return throw_range_error("Invalid array length");
    }
    if length <= DENSE_CREATE {
        let a = object::new_array(vec![Value::HOLE; length]);
        crate::gc::note_external(length * 8);
        return Ok(a);
    }
    let a = object::new_array(Vec::new());
    object::set_array_length(a, Value::number(length as f64))?;
    Ok(a)
}

/// CreateDataPropertyOrThrow(a, i, v); appending to a plain array is a push.
fn create_data(a: Value, i: usize, v: Value) -> JsResult<()> {
    if object::has_plain_elements(a) && i == obj(a).elements.len() {
        obj(a).elements.push(v);
        return Ok(());
    }
    object::define_checked(a, index_key(i), Some(v), None, DEFAULT)
}

/// LengthOfArrayLike(o).
pub(crate) fn len_of(o: Value) -> JsResult<usize> {
    if object::is_array(o) {
        return Ok(object::array_length(o) as usize);
    }
    let l = ops::to_integer(object::get_value(o, Key::Prop(realm().atoms.length.0))?)?;
    Ok(l.clamp(0.0, 9007199254740991.0) as usize)
}

fn get(o: Value, i: usize) -> JsResult<Value> {
    if object::is_array(o)
        && let Some(&v) = obj(o).elements.get(i)
        && v != Value::HOLE
    {
        return Ok(v);
    }
    object::get_value(o, index_key(i))
}

fn index_key(i: usize) -> Key {
    if i < u32::MAX as usize { Key::Index(i as u32) } else { Key::from_atom(string::intern(&i.to_string())) }
}

fn has(o: Value, i: usize) -> bool {
    object::has_property(o, index_key(i))
}

fn set(o: Value, i: usize, v: Value) -> JsResult<()> {
    object::set_value(o, index_key(i), v, true)
}

/// Ranges longer than this are walked by the keys that exist, not index by index.
const DENSE_WALK: usize = 1 << 20;
/// 2^53 - 1: the largest length of an array-like.
const MAX_LENGTH: usize = 9007199254740991;

/// The indices `i` in `lo..hi` that an index-by-index walk must visit: all of them for a
/// short range; for a long one (an array-like with a huge `length`), those where
/// `i + shift` is an index key of `o` or a prototype for one of `shifts`; any other `i`
/// would find nothing there, so skipping it is unobservable. Ascending.
fn walk(o: Value, lo: usize, hi: usize, shifts: &[isize]) -> Vec<usize> {
    if hi.saturating_sub(lo) <= DENSE_WALK {
        return (lo..hi).collect();
    }
    let mut keys = Vec::new();
    let mut cur = o;
    while cur.is_object() {
        for (k, _) in object::own_keys(cur) {
            match k {
                Key::Index(i) => keys.push(i as usize),
                Key::Prop(p) => {
                    if let Some(i) = string::array_index(Value(p)).map(|i| i as usize).or_else(|| large_index(Value(p))) {
                        keys.push(i);
                    }
                }
            }
        }
        cur = obj(cur).proto;
    }
    let mut out: Vec<usize> = keys.iter().flat_map(|&j| shifts.iter().filter_map(move |&s| (j as isize).checked_sub(s).map(|i| i as usize))).filter(|&i| i >= lo && i < hi).collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// An integer index key beyond the u32 range (`"4294967296"`), as array-likes allow.
fn large_index(v: Value) -> Option<usize> {
    if !v.is_string() {
        return None;
    }
    let s = string::str_of(v).to_rust_string();
    let n: usize = s.parse().ok()?;
    (n.to_string() == s && n <= MAX_LENGTH).then_some(n)
}

/// `o[to] = o[from]`, or deletes `o[to]` when there is no `o[from]`.
fn move_element(o: Value, from: usize, to: usize) -> JsResult<()> {
    if has(o, from) {
        let v = get(o, from)?;
        set(o, to, v)
    } else {
        object::delete(o, index_key(to));
        Ok(())
    }
}

/// A new array of `o[start..end]` (holes stay holes); a RangeError past 2^32 - 1.
fn collect_array(o: Value, start: usize, end: usize) -> JsResult<Value> {
    let count = end.saturating_sub(start);
    if count > u32::MAX as usize {
        return throw_range_error("Invalid array length");
    }
    let a = object::new_array(Vec::new());
    for i in walk(o, start, end, &[0]) {
        if has(o, i) {
            let v = get(o, i)?;
            object::define_data(a, Key::Index((i - start) as u32), v, DEFAULT)?;
        }
    }
    set_len(a, count)?;
    Ok(a)
}

fn set_len(o: Value, n: usize) -> JsResult<()> {
    object::set_value(o, Key::Prop(realm().atoms.length.0), Value::number(n as f64), true)
}

fn callback(args: &[Value]) -> JsResult<Value> {
    let f = arg(args, 0);
    if !object::is_callable(f) {
        return throw_type_error(&format!("{} is not a function", super::console::inspect_short(f)));
    }
    Ok(f)
}

fn relative(v: Value, len: usize, default: usize) -> JsResult<usize> {
    if v.is_undefined() {
        return Ok(default);
    }
    let n = ops::to_integer(v)?;
    Ok(if n < 0.0 { (len as f64 + n).max(0.0) as usize } else { (n as usize).min(len) })
}

fn array_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    // A subclass (`class L extends Array`) gets its own prototype from new.target.
    let proto = if nt.is_undefined() { realm().array_prototype } else { interop::prototype_from_constructor(nt, realm().array_prototype)? };
    let a = if args.len() == 1 && args[0].is_number() {
        let n = args[0].as_number();
        if n < 0.0 || n.fract() != 0.0 || n > u32::MAX as f64 {
            return throw_range_error("Invalid array length");
        }
        let a = object::new_array(Vec::new());
        object::set_array_length(a, args[0])?;
        a
    } else {
        object::new_array(args.to_vec())
    };
    obj(a).proto = proto;
    Ok(a)
}

fn is_array(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(object::is_array(arg(args, 0))))
}

fn of(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    if !interop::is_constructor(this) || this == realm().array_ctor {
        return Ok(object::new_array(args.to_vec()));
    }
    let a = interop::construct(this, &[Value::number(args.len() as f64)])?;
    for (i, &v) in args.iter().enumerate() {
        create_data(a, i, v)?;
    }
    set_len(a, args.len())?;
    Ok(a)
}

/// Array.from(items, mapfn, thisArg): through the iteration protocol when `items` is
/// iterable (closing the iterator if `mapfn` throws), else as an array-like.
fn from(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let src = arg(args, 0);
    let f = arg(args, 1);
    let this_arg = arg(args, 2);
    if !f.is_undefined() && !object::is_callable(f) {
        return throw_type_error(&format!("{} is not a function", crate::builtins::console::inspect_short(f)));
    }
    let custom = interop::is_constructor(this) && this != realm().array_ctor;
    let method = if src.is_nullish() { Value::UNDEFINED } else { object::get_value(src, Key::from_atom(realm().sym_iterator))? };
    if !method.is_nullish() {
        let out = if custom { interop::construct(this, &[])? } else { object::new_array(Vec::new()) };
        if !object::is_callable(method) {
            return throw_type_error("Symbol.iterator is not a function");
        }
        let it = interop::call(method, src, &[])?;
        if !it.is_object() {
            return throw_type_error("Result of the Symbol.iterator method is not an object");
        }
        let next = super::iterator::get_next(it)?;
        let mut len = 0;
        super::iterator::for_each_step(it, next, |v, k| {
            let v = if f.is_undefined() { v } else { interop::call(f, this_arg, &[v, Value::number(k as f64)])? };
            len = k + 1;
            create_data(out, k, v)
        })?;
        set_len(out, len)?;
        return Ok(out);
    }
    let o = ops::to_object(src)?;
    let n = len_of(o)?;
    let out = if custom { interop::construct(this, &[Value::number(n as f64)])? } else { array_create(n)? };
    for i in 0..n {
        let x = get(o, i)?;
        let v = if f.is_undefined() { x } else { interop::call(f, this_arg, &[x, Value::number(i as f64)])? };
        create_data(out, i, v)?;
    }
    set_len(out, n)?;
    Ok(out)
}

fn push(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    if object::has_plain_elements(this) {
        let ob = obj(this);
        let before = ob.elements.capacity();
        ob.elements.extend_from_slice(args);
        if ob.elements.capacity() != before {
            crate::gc::note_external((ob.elements.capacity() - before) * 8);
        }
        return Ok(Value::number(ob.elements.len() as f64));
    }
    let o = ops::to_object(this)?;
    let mut n = len_of(o)?;
    for &a in args {
        set(o, n, a)?;
        n += 1;
    }
    set_len(o, n)?;
    Ok(Value::number(n as f64))
}

fn pop(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    let n = len_of(o)?;
    if n == 0 {
        set_len(o, 0)?;
        return Ok(Value::UNDEFINED);
    }
    let v = get(o, n - 1)?;
    if object::has_plain_elements(o) {
        obj(o).elements.pop();
    } else {
        object::delete(o, index_key(n - 1));
        set_len(o, n - 1)?;
    }
    Ok(v)
}

fn shift(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    let n = len_of(o)?;
    if n == 0 {
        set_len(o, 0)?;
        return Ok(Value::UNDEFINED);
    }
    let first = get(o, 0)?;
    if object::has_plain_elements(o) {
        obj(o).elements.remove(0);
        return Ok(first);
    }
    for i in 1..n {
        if has(o, i) {
            let v = get(o, i)?;
            set(o, i - 1, v)?;
        } else {
            object::delete(o, index_key(i - 1));
        }
    }
    object::delete(o, index_key(n - 1));
    set_len(o, n - 1)?;
    Ok(first)
}

fn unshift(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    if object::has_plain_elements(o) {
        let ob = obj(o);
        ob.elements.splice(0..0, args.iter().copied());
        return Ok(Value::number(ob.elements.len() as f64));
    }
    let n = len_of(o)?;
    let k = args.len();
    if k > 0 && n + k > MAX_LENGTH {
        return throw_type_error("Unshift can't result in an array-like longer than 2^53 - 1");
    }
    if k > 0 {
        for i in walk(o, 0, n, &[0, k as isize]).into_iter().rev() {
            move_element(o, i, i + k)?;
        }
    }
    for (j, &a) in args.iter().enumerate() {
        set(o, j, a)?;
    }
    set_len(o, n + k)?;
    Ok(Value::number((n + k) as f64))
}

fn slice(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    let n = len_of(o)?;
    let start = relative(arg(args, 0), n, 0)?;
    let end = relative(arg(args, 1), n, n)?;
    collect_species(o, start, end.max(start))
}

/// ArraySpeciesCreate + copy of `o[start..end]` (holes skipped) + length: what slice and
/// splice return.
fn collect_species(o: Value, start: usize, end: usize) -> JsResult<Value> {
    let count = end - start;
    let Some(c) = species_constructor(o)? else { return collect_array(o, start, end) };
    let a = interop::construct(c, &[Value::number(count as f64)])?;
    for i in walk(o, start, end, &[0]) {
        if has(o, i) {
            let v = get(o, i)?;
            create_data(a, i - start, v)?;
        }
    }
    set_len(a, count)?;
    Ok(a)
}

fn splice(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    let n = len_of(o)?;
    let start = relative(arg(args, 0), n, 0)?;
    let del = if args.is_empty() {
        0
    } else if args.len() == 1 {
        n - start
    } else {
        (ops::to_integer(args[1])?.max(0.0) as usize).min(n - start)
    };
    let items = args.get(2..).unwrap_or(&[]);
    if n + items.len() - del > MAX_LENGTH {
        return throw_type_error("Splice can't result in an array-like longer than 2^53 - 1");
    }
    let removed = collect_species(o, start, start + del)?;
    if object::has_plain_elements(o) {
        obj(o).elements.splice(start..start + del, items.iter().copied());
        return Ok(removed);
    }
    // Move the tail to its place (ascending when it moves down, descending when up),
    // then write the items.
    let (ic, d) = (items.len(), del);
    if ic != d {
        let mut ks = walk(o, start, n - d, &[d as isize, ic as isize]);
        if ic > d {
            ks.reverse();
        }
        for k in ks {
            move_element(o, k + d, k + ic)?;
        }
        if ic < d {
            for k in walk(o, n - d + ic, n, &[0]).into_iter().rev() {
                object::delete(o, index_key(k));
            }
        }
    }
    for (j, &v) in items.iter().enumerate() {
        set(o, start + j, v)?;
    }
    set_len(o, n - d + ic)?;
    Ok(removed)
}

fn index_of(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    let n = len_of(o)?;
    let start = relative(arg(args, 1), n, 0)?;
    let target = arg(args, 0);
    for i in start..n {
        if has(o, i) && ops::strict_eq(get(o, i)?, target) {
            return Ok(Value::number(i as f64));
        }
    }
    Ok(Value::number(-1.0))
}

fn last_index_of(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    let n = len_of(o)?;
    if n == 0 {
        return Ok(Value::number(-1.0));
    }
    let from = if args.len() > 1 {
        let k = ops::to_integer(args[1])?;
        if k < 0.0 { n as f64 + k } else { k.min(n as f64 - 1.0) }
    } else {
        n as f64 - 1.0
    };
    let mut i = from;
    while i >= 0.0 {
        let u = i as usize;
        if has(o, u) && ops::strict_eq(get(o, u)?, arg(args, 0)) {
            return Ok(Value::number(i));
        }
        i -= 1.0;
    }
    Ok(Value::number(-1.0))
}

fn includes(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    let n = len_of(o)?;
    let start = relative(arg(args, 1), n, 0)?;
    for i in start..n {
        if ops::same_value_zero(get(o, i)?, arg(args, 0)) {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn join(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    let sep = arg(args, 0);
    let sep = if sep.is_undefined() { ",".to_string() } else { ops::to_rust_string(sep)? };
    let n = len_of(o)?;
    if crate::builtins::console::enter_cycle(o) {
        return Ok(realm().atoms.empty);
    }
    let mut units: Vec<u16> = Vec::new();
    let sep_units: Vec<u16> = sep.encode_utf16().collect();
    let r = (|| {
        for i in 0..n {
            if i > 0 {
                units.extend_from_slice(&sep_units);
            }
            let v = get(o, i)?;
            if !v.is_nullish() {
                let s = ops::to_string(v)?;
                units.extend(string::str_of(s).units());
            }
        }
        Ok(())
    })();
    crate::builtins::console::leave_cycle(o);
    r?;
    Ok(string::from_units(&units))
}

fn to_string(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    let j = object::get_value(o, Key::named("join"))?;
    if object::is_callable(j) {
        return interop::call(j, o, &[]);
    }
    Ok(string::from_str("[object Array]"))
}

fn concat(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    let a = species_create(o, 0)?;
    let mut n = 0usize;
    for &item in std::iter::once(&o).chain(args.iter()) {
        if is_concat_spreadable(item)? {
            let len = len_of(item)?;
            if n + len > MAX_LENGTH {
                return throw_type_error("Invalid array length");
            }
            for k in walk(item, 0, len, &[0]) {
                if has(item, k) {
                    let v = get(item, k)?;
                    create_data(a, n + k, v)?;
                }
            }
            n += len;
        } else {
            if n >= MAX_LENGTH {
                return throw_type_error("Invalid array length");
            }
            create_data(a, n, item)?;
            n += 1;
        }
    }
    set_len(a, n)?;
    Ok(a)
}

fn is_concat_spreadable(v: Value) -> JsResult<bool> {
    if !v.is_object() {
        return Ok(false);
    }
    let s = object::get_value(v, Key::from_atom(realm().sym_is_concat_spreadable))?;
    if !s.is_undefined() {
        return Ok(ops::to_boolean(s));
    }
    Ok(object::is_array(v))
}

fn reverse(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    if object::has_plain_elements(o) {
        obj(o).elements.reverse();
        return Ok(o);
    }
    let n = len_of(o)?;
    for i in 0..n / 2 {
        let j = n - 1 - i;
        let (a, b) = (get(o, i)?, get(o, j)?);
        set(o, i, b)?;
        set(o, j, a)?;
    }
    Ok(o)
}

/// Calls `f(element, index, o)` for each present element; `step` decides whether to go on.
fn each(this: Value, args: &[Value], mut step: impl FnMut(usize, Value, Value) -> JsResult<bool>) -> JsResult<()> {
    let o = ops::to_object(this)?;
    let f = callback(args)?;
    let n = len_of(o)?;
    let t = arg(args, 1);
    for i in 0..n {
        if !has(o, i) {
            continue;
        }
        let v = get(o, i)?;
        let r = interop::call(f, t, &[v, Value::number(i as f64), o])?;
        if !step(i, v, r)? {
            break;
        }
    }
    Ok(())
}

fn map(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    let n = len_of(o)?;
    callback(args)?;
    let out = species_create(o, n)?;
    let plain = object::has_plain_elements(out);
    each(o, args, |i, _, r| {
        if plain && let Some(slot) = obj(out).elements.get_mut(i) {
            *slot = r;
            return Ok(true);
        }
        create_data(out, i, r)?;
        Ok(true)
    })?;
    Ok(out)
}

fn filter(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    callback(args)?;
    let out = species_create(o, 0)?;
    let mut to = 0;
    each(o, args, |_, v, r| {
        if ops::to_boolean(r) {
            create_data(out, to, v)?;
            to += 1;
        }
        Ok(true)
    })?;
    Ok(out)
}

fn for_each(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    each(this, args, |_, _, _| Ok(true))?;
    Ok(Value::UNDEFINED)
}

fn some(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let mut found = false;
    each(this, args, |_, _, r| {
        found = ops::to_boolean(r);
        Ok(!found)
    })?;
    Ok(Value::bool(found))
}

fn every(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let mut all = true;
    each(this, args, |_, _, r| {
        all = ops::to_boolean(r);
        Ok(all)
    })?;
    Ok(Value::bool(all))
}

fn find_generic(this: Value, args: &[Value], reverse: bool) -> JsResult<(f64, Value)> {
    let o = ops::to_object(this)?;
    let f = callback(args)?;
    let n = len_of(o)?;
    for j in 0..n {
        let i = if reverse { n - 1 - j } else { j };
        let v = get(o, i)?;
        if ops::to_boolean(interop::call(f, arg(args, 1), &[v, Value::number(i as f64), o])?) {
            return Ok((i as f64, v));
        }
    }
    Ok((-1.0, Value::UNDEFINED))
}

fn find(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(find_generic(this, args, false)?.1)
}
fn find_index(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::number(find_generic(this, args, false)?.0))
}
fn find_last(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(find_generic(this, args, true)?.1)
}
fn find_last_index(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::number(find_generic(this, args, true)?.0))
}

fn reduce_generic(this: Value, args: &[Value], right: bool) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    let f = callback(args)?;
    let n = len_of(o)?;
    let mut order = walk(o, 0, n, &[0]);
    if right {
        order.reverse();
    }
    let mut it = order.into_iter().filter(|&i| has(o, i));
    let mut acc = if args.len() >= 2 {
        args[1]
    } else {
        match it.next() {
            Some(i) => get(o, i)?,
            None => return throw_type_error("Reduce of empty array with no initial value"),
        }
    };
    for i in it {
        let v = get(o, i)?;
        acc = interop::call(f, Value::UNDEFINED, &[acc, v, Value::number(i as f64), o])?;
    }
    Ok(acc)
}

fn reduce(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    reduce_generic(this, args, false)
}
fn reduce_right(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    reduce_generic(this, args, true)
}

fn fill(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    let n = len_of(o)?;
    let start = relative(arg(args, 1), n, 0)?;
    let end = relative(arg(args, 2), n, n)?;
    for i in start..end {
        set(o, i, arg(args, 0))?;
    }
    Ok(o)
}

fn at(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    let n = len_of(o)? as f64;
    let k = ops::to_integer(arg(args, 0))?;
    let i = if k < 0.0 { n + k } else { k };
    if i < 0.0 || i >= n { Ok(Value::UNDEFINED) } else { get(o, i as usize) }
}

/// A stable merge sort that calls the comparator as SortCompare says; undefined sorts
/// last and holes after that.
fn sort(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let cmp = arg(args, 0);
    check_comparator(cmp)?;
    let o = ops::to_object(this)?;
    let n = len_of(o)?;
    let roots = TempRoots::new();
    let mut vals = Vec::new();
    let mut undefs = 0;
    for i in 0..n {
        if has(o, i) {
            let v = get(o, i)?;
            if v.is_undefined() {
                undefs += 1;
            } else {
                roots.push(v);
                vals.push(v);
            }
        }
    }
    let present = vals.len() + undefs;
    sort_values(&mut vals, cmp)?;
    for (i, &v) in vals.iter().enumerate() {
        set(o, i, v)?;
    }
    for i in vals.len()..present {
        set(o, i, Value::UNDEFINED)?;
    }
    for i in present..n {
        object::delete(o, index_key(i));
    }
    Ok(o)
}

/// Sorts values (none undefined) with SortCompare: the comparator, or string order.
fn sort_values(vals: &mut [Value], cmp: Value) -> JsResult<()> {
    let mut err = None;
    let mut less_eq = |a: Value, b: Value| -> bool {
        if err.is_some() {
            return true;
        }
        let r = if cmp.is_undefined() {
            let sa = ops::to_string(a);
            let sb = ops::to_string(b);
            match (sa, sb) {
                (Ok(x), Ok(y)) => Ok(string::compare(x, y) != std::cmp::Ordering::Greater),
                (Err(e), _) | (_, Err(e)) => Err(e),
            }
        } else {
            interop::call(cmp, Value::UNDEFINED, &[a, b]).and_then(ops::to_number).map(|x| x <= 0.0 || x.is_nan())
        };
        match r {
            Ok(b) => b,
            Err(e) => {
                err = Some(e);
                true
            }
        }
    };
    merge_sort(vals, &mut less_eq);
    match err {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

fn check_comparator(cmp: Value) -> JsResult<()> {
    if !cmp.is_undefined() && !object::is_callable(cmp) {
        return throw_type_error("The comparison function must be either a function or undefined");
    }
    Ok(())
}

fn copy_within(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    let len = len_of(o)?;
    let to = relative(arg(args, 0), len, 0)?;
    let from = relative(arg(args, 1), len, 0)?;
    let fin = relative(arg(args, 2), len, len)?;
    let count = fin.saturating_sub(from).min(len - to);
    if from < to && to < from + count {
        for k in (0..count).rev() {
            move_element(o, from + k, to + k)?;
        }
    } else {
        for k in 0..count {
            move_element(o, from + k, to + k)?;
        }
    }
    Ok(o)
}

/// FlattenIntoArray: appends `source[0..len]` to `target` from `at`, flattening arrays
/// `depth` levels deep (after `mapper`, for flatMap). Returns the next target index.
fn flatten_into(target: Value, source: Value, len: usize, mut at: usize, depth: f64, mapper: Option<(Value, Value)>) -> JsResult<usize> {
    for i in walk(source, 0, len, &[0]) {
        if !has(source, i) {
            continue;
        }
        let mut v = get(source, i)?;
        if let Some((f, t)) = mapper {
            v = interop::call(f, t, &[v, Value::number(i as f64), source])?;
        }
        if depth > 0.0 && object::is_array(v) {
            let n = len_of(v)?;
            at = flatten_into(target, v, n, at, depth - 1.0, None)?;
        } else {
            if at >= MAX_LENGTH {
                return throw_type_error("Invalid array length");
            }
            create_data(target, at, v)?;
            at += 1;
        }
    }
    Ok(at)
}

fn flat(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    let len = len_of(o)?;
    let d = arg(args, 0);
    let depth = if d.is_undefined() { 1.0 } else { ops::to_integer(d)?.max(0.0) };
    let a = species_create(o, 0)?;
    flatten_into(a, o, len, 0, depth, None)?;
    Ok(a)
}

fn flat_map(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    let len = len_of(o)?;
    let f = callback(args)?;
    let a = species_create(o, 0)?;
    flatten_into(a, o, len, 0, 1.0, Some((f, arg(args, 1))))?;
    Ok(a)
}

/// A new array of `values` (the change-array-by-copy methods): ArrayCreate, so a
/// RangeError past 2^32 - 1.
fn array_of_values(values: Vec<Value>) -> JsResult<Value> {
    if values.len() > u32::MAX as usize {
        return throw_range_error("Invalid array length");
    }
    Ok(object::new_array(values))
}

/// `o[start..end]` with holes read as undefined (through the prototype chain).
fn read_range(o: Value, start: usize, end: usize, roots: &TempRoots, out: &mut Vec<Value>) -> JsResult<()> {
    for i in start..end {
        let v = get(o, i)?;
        roots.push(v);
        out.push(v);
    }
    Ok(())
}

/// Every value of ToObject(this) (holes read as undefined), for a copy of at most
/// 2^32 - 1 elements; the roots keep the values alive.
fn read_all(this: Value) -> JsResult<(Vec<Value>, TempRoots)> {
    let o = ops::to_object(this)?;
    let len = len_of(o)?;
    if len > u32::MAX as usize {
        return throw_range_error("Invalid array length");
    }
    let roots = TempRoots::new();
    let mut vals = Vec::with_capacity(len);
    read_range(o, 0, len, &roots, &mut vals)?;
    Ok((vals, roots))
}

fn to_reversed(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let (mut vals, _roots) = read_all(this)?;
    vals.reverse();
    array_of_values(vals)
}

fn to_sorted(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let cmp = arg(args, 0);
    check_comparator(cmp)?;
    let (all, _roots) = read_all(this)?;
    let len = all.len();
    let mut vals: Vec<Value> = all.iter().copied().filter(|v| !v.is_undefined()).collect();
    sort_values(&mut vals, cmp)?;
    vals.resize(len, Value::UNDEFINED);
    array_of_values(vals)
}

fn to_spliced(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    let len = len_of(o)?;
    let start = relative(arg(args, 0), len, 0)?;
    let items = args.get(2..).unwrap_or(&[]);
    let skip = if args.is_empty() {
        0
    } else if args.len() == 1 {
        len - start
    } else {
        ops::to_integer(args[1])?.clamp(0.0, (len - start) as f64) as usize
    };
    let new_len = len + items.len() - skip;
    if new_len > MAX_LENGTH {
        return throw_type_error("Invalid array length");
    }
    if new_len > u32::MAX as usize {
        return throw_range_error("Invalid array length");
    }
    let roots = TempRoots::new();
    let mut vals = Vec::with_capacity(new_len);
    read_range(o, 0, start, &roots, &mut vals)?;
    vals.extend_from_slice(items);
    read_range(o, start + skip, len, &roots, &mut vals)?;
    array_of_values(vals)
}

fn with(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    let len = len_of(o)?;
    let rel = ops::to_integer(arg(args, 0))?;
    let i = if rel >= 0.0 { rel } else { len as f64 + rel };
    if i < 0.0 || i >= len as f64 {
        return throw_range_error("Invalid index");
    }
    if len > u32::MAX as usize {
        return throw_range_error("Invalid array length");
    }
    let i = i as usize;
    let roots = TempRoots::new();
    let mut vals = Vec::with_capacity(len);
    for k in 0..len {
        let v = if k == i { arg(args, 1) } else { get(o, k)? };
        roots.push(v);
        vals.push(v);
    }
    array_of_values(vals)
}

fn merge_sort(v: &mut [Value], le: &mut impl FnMut(Value, Value) -> bool) {
    let n = v.len();
    if n < 2 {
        return;
    }
    if n <= 10 {
        for i in 1..n {
            let mut j = i;
            while j > 0 && !le(v[j - 1], v[j]) {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    let mid = n / 2;
    merge_sort(&mut v[..mid], le);
    merge_sort(&mut v[mid..], le);
    let mut merged = Vec::with_capacity(n);
    let (mut i, mut j) = (0, mid);
    while i < mid && j < n {
        if le(v[i], v[j]) {
            merged.push(v[i]);
            i += 1;
        } else {
            merged.push(v[j]);
            j += 1;
        }
    }
    merged.extend_from_slice(&v[i..mid]);
    merged.extend_from_slice(&v[j..n]);
    v.copy_from_slice(&merged);
}
