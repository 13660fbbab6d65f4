//! The `Iterator` global and the iterator helpers
//! (https://tc39.es/ecma262/#sec-iterator-objects): `Iterator.from`, `Iterator.concat`,
//! `Iterator.zip`/`zipKeyed`, the lazy helpers of `Iterator.prototype` (`map`, `filter`,
//! `take`, `drop`, `flatMap`, `chunks`, `windows`) and the eager ones (`reduce`, `toArray`,
//! `forEach`, `some`, `every`, `find`, `includes`, `join`).
//!
//! A lazy helper is the spec's generator over an abstract closure. Each closure yields
//! at exactly one point, so instead of a compiled generator it is a resumable state
//! machine ([`Helper`]): `next()` runs it to its next yield, and `return()` performs what
//! the closure does when its yield receives a return completion (close the underlying
//! iterators).

use super::iterator::{close, close_on_throw, get_iterator, get_next, iter_result, step};
use super::{method, native_fn};
use crate::exception::{JsResult, throw_range_error, throw_type_error};
use crate::gc::roots::TempRoots;
use crate::interop::{self, arg};
use crate::object::shape::CONFIGURABLE;
use crate::object::{self, Class, JsObject, Key, obj};
use crate::ops;
use crate::realm::realm;
use crate::string;
use crate::value::Value;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Map,
    Filter,
    Take,
    Drop,
    FlatMap,
    Chunks,
    Windows,
    Concat,
    Zip,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    SuspendedStart,
    SuspendedYield,
    Running,
    Completed,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum ZipMode {
    Shortest,
    Longest,
    Strict,
}

/// An iterator record: the iterator and its `next` method.
#[derive(Clone, Copy)]
struct Record {
    it: Value,
    next: Value,
}

/// The state of a lazy helper (or, for `Iterator.from` wrappers, just `iterated`).
struct Helper {
    kind: Kind,
    status: Status,
    iterated: Record,
    func: Value,
    counter: f64,
    /// `take`/`drop`: the remaining count; `chunks`/`windows`: the size.
    limit: f64,
    /// `flatMap`: the inner iterator being flattened; `concat`: the current iterable's.
    inner: Option<Record>,
    /// `chunks`/`windows`: the values collected so far.
    buffer: Vec<Value>,
    /// `windows`: yield a short final window; `chunks`/`windows`: the underlying
    /// iterator is done (its last yield must not close it).
    allow_partial: bool,
    exhausted: bool,
    /// `concat`: (open method, iterable) of each argument, and the next to open.
    sources: Vec<(Value, Value)>,
    source_index: usize,
    /// `zip`: the iterators (None once done in "longest" mode), which are still open,
    /// the padding and (for `zipKeyed`) the keys.
    iters: Vec<Option<Record>>,
    open: Vec<bool>,
    padding: Vec<Value>,
    keys: Option<Vec<Value>>,
    mode: ZipMode,
}

impl Helper {
    fn new(kind: Kind, iterated: Record) -> Helper {
        Helper {
            kind,
            status: Status::SuspendedStart,
            iterated,
            func: Value::UNDEFINED,
            counter: 0.0,
            limit: 0.0,
            inner: None,
            buffer: Vec::new(),
            allow_partial: false,
            exhausted: false,
            sources: Vec::new(),
            source_index: 0,
            iters: Vec::new(),
            open: Vec::new(),
            padding: Vec::new(),
            keys: None,
            mode: ZipMode::Shortest,
        }
    }
}

/// An iterator helper or `Iterator.from` wrapper object.
#[repr(C)]
pub struct JsIteratorHelper {
    pub obj: JsObject,
    state: *mut Helper,
}

fn helper(v: Value) -> &'static mut Helper {
    unsafe { &mut *(*(obj(v) as *mut JsObject as *mut JsIteratorHelper)).state }
}

pub(crate) fn trace(h: &JsIteratorHelper) {
    if h.state.is_null() {
        return;
    }
    let s = unsafe { &*h.state };
    let mark = crate::gc::mark_value;
    let mark_rec = |r: &Record| {
        mark(r.it);
        mark(r.next);
    };
    mark_rec(&s.iterated);
    mark(s.func);
    s.inner.iter().for_each(mark_rec);
    s.buffer.iter().copied().for_each(mark);
    s.sources.iter().for_each(|&(m, i)| {
        mark(m);
        mark(i);
    });
    s.iters.iter().flatten().for_each(mark_rec);
    s.padding.iter().copied().for_each(mark);
    s.keys.iter().flatten().copied().for_each(mark);
}

pub(crate) fn finalize(h: &mut JsIteratorHelper) {
    if !h.state.is_null() {
        drop(unsafe { Box::from_raw(h.state) });
        h.state = std::ptr::null_mut();
    }
}

fn new_helper(class: Class, proto: Value, state: Helper) -> Value {
    let o = object::new_object_with(class, proto, std::mem::size_of::<JsIteratorHelper>());
    unsafe { (*(obj(o) as *mut JsObject as *mut JsIteratorHelper)).state = Box::into_raw(Box::new(state)) };
    o
}

pub fn init() {
    let r = realm();
    let ip = r.iterator_prototype;
    let c = native_fn("Iterator", 0, iterator_ctor, true);
    r.iterator_ctor = c;
    let _ = object::define_data(c, Key::named("prototype"), ip, 0);
    super::global_value("Iterator", c);
    method(c, "from", 1, from);
    method(c, "concat", 0, concat);
    method(c, "zip", 1, zip);
    method(c, "zipKeyed", 1, zip_keyed);

    // `constructor` and `@@toStringTag` are accessors whose setters ignore the
    // prototype itself (web compatibility: SetterThatIgnoresPrototypeProperties).
    let get = native_fn("get constructor", 0, get_constructor, false);
    let set = native_fn("set constructor", 1, set_constructor, false);
    let _ = object::define_accessor(ip, Key::named("constructor"), Some(get), Some(set), CONFIGURABLE);
    let get = native_fn("get [Symbol.toStringTag]", 0, get_to_string_tag, false);
    let set = native_fn("set [Symbol.toStringTag]", 1, set_to_string_tag, false);
    let _ = object::define_accessor(ip, Key::from_atom(r.sym_to_string_tag), Some(get), Some(set), CONFIGURABLE);

    method(ip, "map", 1, map);
    method(ip, "filter", 1, filter);
    method(ip, "take", 1, take);
    method(ip, "drop", 1, drop_);
    method(ip, "flatMap", 1, flat_map);
    method(ip, "chunks", 1, chunks);
    method(ip, "windows", 1, windows);
    method(ip, "reduce", 1, reduce);
    method(ip, "toArray", 0, to_array);
    method(ip, "forEach", 1, for_each);
    method(ip, "some", 1, some);
    method(ip, "every", 1, every);
    method(ip, "find", 1, find);
    method(ip, "includes", 1, includes);
    method(ip, "join", 1, join);

    let hp = object::new_object_with(Class::Object, ip, std::mem::size_of::<JsObject>());
    r.iterator_helper_prototype = hp;
    method(hp, "next", 0, helper_next);
    method(hp, "return", 0, helper_return);
    let _ = object::define_data(hp, Key::from_atom(r.sym_to_string_tag), string::intern("Iterator Helper"), CONFIGURABLE);

    let wp = object::new_object_with(Class::Object, ip, std::mem::size_of::<JsObject>());
    r.wrap_for_valid_iterator_prototype = wp;
    method(wp, "next", 0, wrap_next);
    method(wp, "return", 0, wrap_return);
}

fn iterator_ctor(_this: Value, _args: &[Value], nt: Value) -> JsResult<Value> {
    if nt.is_undefined() || nt == realm().iterator_ctor {
        return throw_type_error("Abstract class Iterator not directly constructable");
    }
    interop::ordinary_create_from_constructor(nt, realm().iterator_prototype)
}

fn get_constructor(_this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(realm().iterator_ctor)
}

fn get_to_string_tag(_this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(string::intern("Iterator"))
}

fn set_constructor(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    setter_ignoring_prototype(this, Key::named("constructor"), arg(args, 0))
}

fn set_to_string_tag(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    setter_ignoring_prototype(this, Key::from_atom(realm().sym_to_string_tag), arg(args, 0))
}

/// SetterThatIgnoresPrototypeProperties(this, %Iterator.prototype%, p, v).
fn setter_ignoring_prototype(this: Value, p: Key, v: Value) -> JsResult<Value> {
    if !this.is_object() {
        return throw_type_error("Iterator.prototype setter called on non-object");
    }
    if this == realm().iterator_prototype {
        return throw_type_error("Cannot assign to read only property of Iterator.prototype");
    }
    if object::get_own(this, p).is_none() {
        object::define_data(this, p, v, object::shape::DEFAULT)?;
    } else {
        object::set_value(this, p, v, true)?;
    }
    Ok(Value::UNDEFINED)
}

// ---- shared steps ----

/// The `this` of an iterator method: it must be an object.
fn this_object(this: Value, name: &str) -> JsResult<Value> {
    if !this.is_object() {
        return throw_type_error(&format!("Iterator.prototype.{name} called on non-object"));
    }
    Ok(this)
}

/// GetIteratorDirect: reads `next` once.
fn direct(o: Value) -> JsResult<Record> {
    Ok(Record { it: o, next: get_next(o)? })
}

/// Throws `err` (already pending) after closing `it` (IteratorClose with a throw
/// completion: whatever `return` does is ignored).
fn close_and_rethrow<T>(it: Value, r: JsResult<T>) -> JsResult<T> {
    if r.is_err() {
        close_on_throw(it);
    }
    r
}

/// Validates a callable argument, closing the receiver if it is not one.
fn require_callable(o: Value, f: Value) -> JsResult<()> {
    if object::is_callable(f) {
        return Ok(());
    }
    let r = throw_type_error(&format!("{} is not a function", super::console::inspect_short(f)));
    close_and_rethrow(o, r)
}

/// GetIteratorFlattenable(v, primitives allowed only if strings and `strings`).
fn flattenable(v: Value, strings: bool) -> JsResult<Record> {
    if !(v.is_object() || strings && v.is_string()) {
        return throw_type_error(&format!("{} is not an object", super::console::inspect_short(v)));
    }
    let m = object::get_value(v, Key::from_atom(realm().sym_iterator))?;
    let it = if m.is_nullish() { v } else { interop::call(m, v, &[])? };
    if !it.is_object() {
        return throw_type_error(&format!("{} is not an object", super::console::inspect_short(it)));
    }
    direct(it)
}

/// IteratorCloseAll over `recs` in reverse order, starting from completion `err`
/// (`Err` = a pending throw). Returns the final completion.
fn close_all(recs: &[Record], mut err: JsResult<()>) -> JsResult<()> {
    for r in recs.iter().rev() {
        if err.is_err() {
            close_on_throw(r.it);
        } else {
            err = close(r.it);
        }
    }
    err
}

fn numbers(v: Value) -> Option<f64> {
    if v.is_number() { Some(v.as_number()) } else { None }
}

// ---- lazy helpers ----

fn start(this: Value, name: &str, f: Value, kind: Kind) -> JsResult<Value> {
    let o = this_object(this, name)?;
    require_callable(o, f)?;
    let mut h = Helper::new(kind, direct(o)?);
    h.func = f;
    Ok(new_helper(Class::IteratorHelper, realm().iterator_helper_prototype, h))
}

fn map(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    start(this, "map", arg(args, 0), Kind::Map)
}
fn filter(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    start(this, "filter", arg(args, 0), Kind::Filter)
}
fn flat_map(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    start(this, "flatMap", arg(args, 0), Kind::FlatMap)
}

/// `take(limit)`/`drop(limit)`: the limit is ToNumber'd, must not be NaN or negative.
fn counted(this: Value, args: &[Value], name: &str, kind: Kind) -> JsResult<Value> {
    let o = this_object(this, name)?;
    let n = close_and_rethrow(o, ops::to_number(arg(args, 0)))?;
    if n.is_nan() {
        return close_and_rethrow(o, throw_range_error(&format!("{} must be positive", super::console::inspect_short(arg(args, 0)))));
    }
    if n.is_finite() && n > 9007199254740991.0 {
        return close_and_rethrow(o, throw_range_error(&format!("{n} must be a safe integer")));
    }
    let n = n.trunc();
    if n < 0.0 {
        return close_and_rethrow(o, throw_range_error(&format!("{n} must be positive")));
    }
    let mut h = Helper::new(kind, direct(o)?);
    h.limit = n;
    Ok(new_helper(Class::IteratorHelper, realm().iterator_helper_prototype, h))
}

fn take(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    counted(this, args, "take", Kind::Take)
}
fn drop_(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    counted(this, args, "drop", Kind::Drop)
}

/// A chunk/window size: a Number (no coercion), integral, in 1..=2^32-1.
fn size_arg(o: Value, v: Value, what: &str) -> JsResult<f64> {
    let Some(n) = numbers(v) else {
        return close_and_rethrow(o, throw_type_error(&format!("{what} must be a number")));
    };
    if !n.is_finite() || n.fract() != 0.0 {
        return close_and_rethrow(o, throw_type_error(&format!("{what} must be an integer")));
    }
    if !(1.0..=4294967295.0).contains(&n) {
        return close_and_rethrow(o, throw_range_error(&format!("{what} must be an integer between 1 and 2^32-1")));
    }
    Ok(n)
}

fn chunks(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(this, "chunks")?;
    let n = size_arg(o, arg(args, 0), "chunkSize")?;
    let mut h = Helper::new(Kind::Chunks, direct(o)?);
    h.limit = n;
    Ok(new_helper(Class::IteratorHelper, realm().iterator_helper_prototype, h))
}

fn windows(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(this, "windows")?;
    let n = size_arg(o, arg(args, 0), "windowSize")?;
    let u = arg(args, 1);
    let text = u.is_string().then(|| string::str_of(u).to_rust_string());
    let allow_partial = match text.as_deref() {
        _ if u.is_undefined() => false,
        Some("only-full") => false,
        Some("allow-partial") => true,
        _ => return close_and_rethrow(o, throw_type_error("undersized must be \"only-full\" or \"allow-partial\"")),
    };
    let mut h = Helper::new(Kind::Windows, direct(o)?);
    h.limit = n;
    h.allow_partial = allow_partial;
    Ok(new_helper(Class::IteratorHelper, realm().iterator_helper_prototype, h))
}

fn concat(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let roots = TempRoots::new();
    let mut sources = Vec::new();
    for &item in args {
        if !item.is_object() {
            return throw_type_error(&format!("{} is not an object", super::console::inspect_short(item)));
        }
        let m = object::get_value(item, Key::from_atom(realm().sym_iterator))?;
        if m.is_nullish() {
            return throw_type_error(&format!("{} is not iterable", super::console::inspect_short(item)));
        }
        if !object::is_callable(m) {
            return throw_type_error(&format!("{} is not a function", super::console::inspect_short(m)));
        }
        roots.push(m);
        sources.push((m, item));
    }
    let mut h = Helper::new(Kind::Concat, Record { it: Value::UNDEFINED, next: Value::UNDEFINED });
    h.sources = sources;
    Ok(new_helper(Class::IteratorHelper, realm().iterator_helper_prototype, h))
}

/// Reads `mode` and (for "longest") `padding` from the options argument.
fn zip_options(options: Value) -> JsResult<(ZipMode, Value)> {
    if options.is_undefined() {
        return Ok((ZipMode::Shortest, Value::UNDEFINED));
    }
    if !options.is_object() {
        return throw_type_error("options must be an object");
    }
    let m = object::get_value(options, Key::named("mode"))?;
    let mode = if m.is_undefined() {
        ZipMode::Shortest
    } else {
        match m.is_string().then(|| string::str_of(m).to_rust_string()).as_deref() {
            Some("shortest") => ZipMode::Shortest,
            Some("longest") => ZipMode::Longest,
            Some("strict") => ZipMode::Strict,
            _ => return throw_type_error("mode must be \"shortest\", \"longest\" or \"strict\""),
        }
    };
    let mut padding = Value::UNDEFINED;
    if mode == ZipMode::Longest {
        padding = object::get_value(options, Key::named("padding"))?;
        if !padding.is_undefined() && !padding.is_object() {
            return throw_type_error("padding must be an object");
        }
    }
    Ok((mode, padding))
}

fn zip_helper(iters: Vec<Record>, mode: ZipMode, padding: Vec<Value>, keys: Option<Vec<Value>>) -> Value {
    let mut h = Helper::new(Kind::Zip, Record { it: Value::UNDEFINED, next: Value::UNDEFINED });
    h.open = vec![true; iters.len()];
    h.iters = iters.into_iter().map(Some).collect();
    h.mode = mode;
    h.padding = padding;
    h.keys = keys;
    new_helper(Class::IteratorHelper, realm().iterator_helper_prototype, h)
}

fn root_record(roots: &TempRoots, r: Record) -> Record {
    roots.push(r.it);
    roots.push(r.next);
    r
}

fn zip(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let iterables = arg(args, 0);
    if !iterables.is_object() {
        return throw_type_error("Iterator.zip requires an iterable object");
    }
    let (mode, padding_option) = zip_options(arg(args, 1))?;
    let roots = TempRoots::new();
    let mut iters: Vec<Record> = Vec::new();
    let input = root_record(&roots, Record { it: get_iterator(iterables)?, next: Value::UNDEFINED });
    let input = Record { next: get_next(input.it)?, ..input };
    roots.push(input.next);
    loop {
        let v = match step(input.it, input.next) {
            Ok(v) => v,
            Err(e) => return close_all(&iters, Err(e)).map(|_| Value::UNDEFINED),
        };
        if v == Value::HOLE {
            break;
        }
        match flattenable(v, false) {
            Ok(r) => iters.push(root_record(&roots, r)),
            Err(e) => {
                let mut all = vec![input];
                all.extend(iters.iter().copied());
                return close_all(&all, Err(e)).map(|_| Value::UNDEFINED);
            }
        }
    }
    let padding = zip_padding(&roots, &iters, mode, padding_option, |p, _| {
        let it = get_iterator(p)?;
        roots.push(it);
        let next = get_next(it)?;
        roots.push(next);
        let mut using = true;
        let mut out = Vec::new();
        for _ in 0..iters.len() {
            if using {
                let v = step(it, next)?;
                if v == Value::HOLE {
                    using = false;
                } else {
                    roots.push(v);
                    out.push(v);
                }
            }
            if !using {
                out.push(Value::UNDEFINED);
            }
        }
        if using {
            close(it)?;
        }
        Ok(out)
    })?;
    Ok(zip_helper(iters, mode, padding, None))
}

/// The padding list of "longest" mode (undefined for every iterator without a padding
/// option); an abrupt completion while reading it closes the iterators.
fn zip_padding(
    roots: &TempRoots,
    iters: &[Record],
    mode: ZipMode,
    option: Value,
    read: impl FnOnce(Value, usize) -> JsResult<Vec<Value>>,
) -> JsResult<Vec<Value>> {
    if mode != ZipMode::Longest || option.is_undefined() {
        return Ok(vec![Value::UNDEFINED; iters.len()]);
    }
    roots.push(option);
    match read(option, iters.len()) {
        Ok(p) => Ok(p),
        Err(e) => close_all(iters, Err(e)).map(|_| Vec::new()),
    }
}

fn zip_keyed(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let iterables = arg(args, 0);
    if !iterables.is_object() {
        return throw_type_error("Iterator.zipKeyed requires an object");
    }
    let (mode, padding_option) = zip_options(arg(args, 1))?;
    let roots = TempRoots::new();
    let mut iters: Vec<Record> = Vec::new();
    let mut keys = Vec::new();
    for (k, _) in object::own_keys(iterables) {
        let enumerable = object::get_own(iterables, k).is_some_and(|p| p.flags() & object::shape::ENUMERABLE != 0);
        if !enumerable {
            continue;
        }
        let v = match object::get_value(iterables, k) {
            Ok(v) => v,
            Err(e) => return close_all(&iters, Err(e)).map(|_| Value::UNDEFINED),
        };
        if v.is_undefined() {
            continue;
        }
        match flattenable(v, false) {
            Ok(r) => iters.push(root_record(&roots, r)),
            Err(e) => return close_all(&iters, Err(e)).map(|_| Value::UNDEFINED),
        }
        let kv = k.to_value();
        roots.push(kv);
        keys.push(kv);
    }
    let padding = zip_padding(&roots, &iters, mode, padding_option, |p, _| {
        let mut out = Vec::new();
        for &k in &keys {
            let v = object::get_value(p, object::to_key(k)?)?;
            roots.push(v);
            out.push(v);
        }
        Ok(out)
    })?;
    Ok(zip_helper(iters, mode, padding, Some(keys)))
}

/// The value to yield next, or None when the closure returns.
fn run(h: &mut Helper) -> JsResult<Option<Value>> {
    let it = h.iterated;
    match h.kind {
        Kind::Map => {
            let v = step(it.it, it.next)?;
            if v == Value::HOLE {
                return Ok(None);
            }
            let r = close_and_rethrow(it.it, interop::call(h.func, Value::UNDEFINED, &[v, Value::number(h.counter)]))?;
            h.counter += 1.0;
            Ok(Some(r))
        }
        Kind::Filter => loop {
            let v = step(it.it, it.next)?;
            if v == Value::HOLE {
                return Ok(None);
            }
            let roots = TempRoots::new();
            roots.push(v);
            let sel = close_and_rethrow(it.it, interop::call(h.func, Value::UNDEFINED, &[v, Value::number(h.counter)]))?;
            h.counter += 1.0;
            if ops::to_boolean(sel) {
                return Ok(Some(v));
            }
        },
        Kind::Take => {
            if h.limit == 0.0 {
                close(it.it)?;
                return Ok(None);
            }
            if h.limit != f64::INFINITY {
                h.limit -= 1.0;
            }
            let v = step(it.it, it.next)?;
            Ok(if v == Value::HOLE { None } else { Some(v) })
        }
        Kind::Drop => {
            while h.limit > 0.0 {
                if h.limit != f64::INFINITY {
                    h.limit -= 1.0;
                }
                if step(it.it, it.next)? == Value::HOLE {
                    return Ok(None);
                }
            }
            let v = step(it.it, it.next)?;
            Ok(if v == Value::HOLE { None } else { Some(v) })
        }
        Kind::FlatMap => loop {
            if let Some(inner) = h.inner {
                let v = close_and_rethrow(it.it, step(inner.it, inner.next))?;
                if v != Value::HOLE {
                    return Ok(Some(v));
                }
                h.inner = None;
                continue;
            }
            let v = step(it.it, it.next)?;
            if v == Value::HOLE {
                return Ok(None);
            }
            let mapped = close_and_rethrow(it.it, interop::call(h.func, Value::UNDEFINED, &[v, Value::number(h.counter)]))?;
            h.inner = Some(close_and_rethrow(it.it, flattenable(mapped, false))?);
            h.counter += 1.0;
        },
        Kind::Chunks => loop {
            if h.exhausted {
                return Ok(None);
            }
            let v = step(it.it, it.next)?;
            if v == Value::HOLE {
                h.exhausted = true;
                if h.buffer.is_empty() {
                    return Ok(None);
                }
                return Ok(Some(object::new_array(std::mem::take(&mut h.buffer))));
            }
            h.buffer.push(v);
            if h.buffer.len() as f64 == h.limit {
                return Ok(Some(object::new_array(std::mem::take(&mut h.buffer))));
            }
        },
        Kind::Windows => loop {
            if h.exhausted {
                return Ok(None);
            }
            let v = step(it.it, it.next)?;
            if v == Value::HOLE {
                h.exhausted = true;
                if h.allow_partial && !h.buffer.is_empty() && (h.buffer.len() as f64) < h.limit {
                    return Ok(Some(object::new_array(std::mem::take(&mut h.buffer))));
                }
                return Ok(None);
            }
            if h.buffer.len() as f64 == h.limit {
                h.buffer.remove(0);
            }
            h.buffer.push(v);
            if h.buffer.len() as f64 == h.limit {
                return Ok(Some(object::new_array(h.buffer.clone())));
            }
        },
        Kind::Concat => loop {
            if let Some(inner) = h.inner {
                let v = step(inner.it, inner.next)?;
                if v != Value::HOLE {
                    return Ok(Some(v));
                }
                h.inner = None;
            }
            let Some(&(m, iterable)) = h.sources.get(h.source_index) else { return Ok(None) };
            h.source_index += 1;
            let i = interop::call(m, iterable, &[])?;
            if !i.is_object() {
                return throw_type_error(&format!("{} is not an object", super::console::inspect_short(i)));
            }
            h.inner = Some(direct(i)?);
        },
        Kind::Zip => zip_step(h),
    }
}

/// One step of IteratorZip: the next results array/object, or None when done.
fn zip_step(h: &mut Helper) -> JsResult<Option<Value>> {
    let n = h.iters.len();
    if n == 0 {
        return Ok(None);
    }
    let roots = TempRoots::new();
    let mut results = Vec::with_capacity(n);
    for i in 0..n {
        let v = match h.iters[i] {
            None => h.padding[i],
            Some(r) => {
                let v = match step(r.it, r.next) {
                    Ok(v) => v,
                    Err(e) => {
                        h.open[i] = false;
                        return zip_close(h, Err(e)).map(|_| None);
                    }
                };
                if v == Value::HOLE {
                    h.open[i] = false;
                    match h.mode {
                        ZipMode::Shortest => return zip_close(h, Ok(())).map(|_| None),
                        ZipMode::Strict => {
                            if i != 0 {
                                let e = throw_type_error::<()>("Iterator.zip: iterators of unequal length in strict mode");
                                return zip_close(h, e).map(|_| None);
                            }
                            for k in 1..n {
                                let r = h.iters[k].unwrap();
                                match step_raw(r) {
                                    Err(e) => {
                                        h.open[k] = false;
                                        return zip_close(h, Err(e)).map(|_| None);
                                    }
                                    Ok(true) => h.open[k] = false,
                                    Ok(false) => {
                                        let e = throw_type_error::<()>("Iterator.zip: iterators of unequal length in strict mode");
                                        return zip_close(h, e).map(|_| None);
                                    }
                                }
                            }
                            return Ok(None);
                        }
                        ZipMode::Longest => {
                            if !h.open.iter().any(|&o| o) {
                                return Ok(None);
                            }
                            h.iters[i] = None;
                            h.padding[i]
                        }
                    }
                } else {
                    v
                }
            }
        };
        roots.push(v);
        results.push(v);
    }
    Ok(Some(match &h.keys {
        None => object::new_array(results),
        Some(keys) => {
            let o = object::new_plain_object();
            obj(o).proto = Value::NULL;
            for (k, v) in keys.iter().zip(results) {
                object::define_data(o, object::to_key(*k)?, v, object::shape::DEFAULT)?;
            }
            o
        }
    }))
}

/// IteratorStep without reading the value: whether the iterator is done.
fn step_raw(r: Record) -> JsResult<bool> {
    let res = interop::call(r.next, r.it, &[])?;
    if !res.is_object() {
        return throw_type_error(&format!("Iterator result {} is not an object", super::console::inspect_short(res)));
    }
    Ok(ops::to_boolean(object::get_value(res, Key::Prop(realm().atoms.done.0))?))
}

/// IteratorCloseAll of the zip's open iterators.
fn zip_close(h: &mut Helper, c: JsResult<()>) -> JsResult<()> {
    let open: Vec<Record> = h.iters.iter().zip(&h.open).filter_map(|(r, &o)| if o { *r } else { None }).collect();
    h.open.iter_mut().for_each(|o| *o = false);
    close_all(&open, c)
}

/// What the closure does when its yield receives a return completion.
fn return_at_yield(h: &mut Helper) -> JsResult<()> {
    match h.kind {
        Kind::FlatMap => {
            if let Some(inner) = h.inner.take() {
                close_and_rethrow(h.iterated.it, close(inner.it))?;
            }
            close(h.iterated.it)
        }
        Kind::Concat => match h.inner.take() {
            Some(inner) => close(inner.it),
            None => Ok(()),
        },
        Kind::Zip => zip_close(h, Ok(())),
        Kind::Chunks | Kind::Windows if h.exhausted => Ok(()),
        _ => close(h.iterated.it),
    }
}

fn this_helper(this: Value) -> JsResult<&'static mut Helper> {
    if !ops::is_class(this, Class::IteratorHelper) {
        return throw_type_error("Iterator Helper method called on an incompatible receiver");
    }
    let h = helper(this);
    if h.status == Status::Running {
        return throw_type_error("Generator is already running");
    }
    Ok(h)
}

fn helper_next(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let h = this_helper(this)?;
    if h.status == Status::Completed {
        return Ok(iter_result(Value::UNDEFINED, true));
    }
    h.status = Status::Running;
    let r = run(h);
    let h = helper(this);
    match r {
        Ok(Some(v)) => {
            h.status = Status::SuspendedYield;
            let roots = TempRoots::new();
            roots.push(v);
            Ok(iter_result(v, false))
        }
        Ok(None) => {
            h.status = Status::Completed;
            Ok(iter_result(Value::UNDEFINED, true))
        }
        Err(e) => {
            h.status = Status::Completed;
            Err(e)
        }
    }
}

fn helper_return(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let h = this_helper(this)?;
    match h.status {
        Status::Completed => return Ok(iter_result(Value::UNDEFINED, true)),
        Status::SuspendedStart => {
            h.status = Status::Completed;
            let underlying: Vec<Record> = match h.kind {
                Kind::Zip => h.iters.iter().flatten().copied().collect(),
                Kind::Concat => Vec::new(),
                _ => vec![h.iterated],
            };
            close_all(&underlying, Ok(()))?;
        }
        _ => {
            h.status = Status::Running;
            let r = return_at_yield(h);
            helper(this).status = Status::Completed;
            r?;
        }
    }
    Ok(iter_result(Value::UNDEFINED, true))
}

// ---- Iterator.from ----

fn from(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let rec = flattenable(arg(args, 0), true)?;
    let r = realm();
    if ops::ordinary_has_instance(r.iterator_ctor, rec.it)? {
        return Ok(rec.it);
    }
    let roots = TempRoots::new();
    roots.push(rec.it);
    roots.push(rec.next);
    Ok(new_helper(Class::IteratorWrap, r.wrap_for_valid_iterator_prototype, Helper::new(Kind::Map, rec)))
}

fn this_wrap(this: Value) -> JsResult<Record> {
    if !ops::is_class(this, Class::IteratorWrap) {
        return throw_type_error("method called on an object that is not a wrapped iterator");
    }
    Ok(helper(this).iterated)
}

fn wrap_next(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let r = this_wrap(this)?;
    interop::call(r.next, r.it, &[])
}

fn wrap_return(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let it = this_wrap(this)?.it;
    let ret = object::get_value(it, Key::Prop(realm().atoms.return_.0))?;
    if ret.is_nullish() {
        return Ok(iter_result(Value::UNDEFINED, true));
    }
    interop::call(ret, it, &[])
}

// ---- eager methods ----

/// Runs `f` on each value with its index until it returns Some (then the iterator is
/// closed and that is the result) or the iterator is done (None).
fn each(o: Value, rec: Record, mut f: impl FnMut(Value, f64) -> JsResult<Option<Value>>) -> JsResult<Option<Value>> {
    let mut k = 0.0;
    loop {
        let v = step(rec.it, rec.next)?;
        if v == Value::HOLE {
            return Ok(None);
        }
        let roots = TempRoots::new();
        roots.push(v);
        if let Some(r) = close_and_rethrow(o, f(v, k))? {
            roots.push(r);
            close(o)?;
            return Ok(Some(r));
        }
        k += 1.0;
    }
}

fn eager(this: Value, args: &[Value], name: &str) -> JsResult<(Value, Value, Record)> {
    let o = this_object(this, name)?;
    let f = arg(args, 0);
    require_callable(o, f)?;
    Ok((o, f, direct(o)?))
}

fn reduce(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let (o, f, rec) = eager(this, args, "reduce")?;
    let roots = TempRoots::new();
    let (mut acc, mut k) = if args.len() >= 2 {
        (args[1], 0.0)
    } else {
        let v = step(rec.it, rec.next)?;
        if v == Value::HOLE {
            return throw_type_error("Reduce of empty iterator with no initial value");
        }
        (v, 1.0)
    };
    loop {
        roots.push(acc);
        let v = step(rec.it, rec.next)?;
        if v == Value::HOLE {
            return Ok(acc);
        }
        roots.push(v);
        acc = close_and_rethrow(o, interop::call(f, Value::UNDEFINED, &[acc, v, Value::number(k)]))?;
        k += 1.0;
    }
}

fn to_array(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(this, "toArray")?;
    let rec = direct(o)?;
    let out = object::new_array(Vec::new());
    let roots = TempRoots::new();
    roots.push(out);
    super::iterator::collect(rec.it, rec.next, out)
}

fn for_each(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let (o, f, rec) = eager(this, args, "forEach")?;
    each(o, rec, |v, k| interop::call(f, Value::UNDEFINED, &[v, Value::number(k)]).map(|_| None))?;
    Ok(Value::UNDEFINED)
}

fn some(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let (o, f, rec) = eager(this, args, "some")?;
    let r = each(o, rec, |v, k| Ok(ops::to_boolean(interop::call(f, Value::UNDEFINED, &[v, Value::number(k)])?).then_some(Value::TRUE)))?;
    Ok(Value::bool(r.is_some()))
}

fn every(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let (o, f, rec) = eager(this, args, "every")?;
    let r = each(o, rec, |v, k| Ok((!ops::to_boolean(interop::call(f, Value::UNDEFINED, &[v, Value::number(k)])?)).then_some(Value::FALSE)))?;
    Ok(Value::bool(r.is_none()))
}

fn find(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let (o, f, rec) = eager(this, args, "find")?;
    // The found value may be undefined: carry it in an array.
    let r = each(o, rec, |v, k| Ok(ops::to_boolean(interop::call(f, Value::UNDEFINED, &[v, Value::number(k)])?).then(|| object::new_array(vec![v]))))?;
    Ok(r.map(|a| obj(a).elements[0]).unwrap_or(Value::UNDEFINED))
}

fn includes(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(this, "includes")?;
    let (search, skip) = (arg(args, 0), arg(args, 1));
    let to_skip = if skip.is_undefined() {
        0.0
    } else {
        let bad_type = |msg: &str| close_and_rethrow(o, throw_type_error::<f64>(msg));
        let bad_range = |msg: &str| close_and_rethrow(o, throw_range_error::<f64>(msg));
        match numbers(skip) {
            None => bad_type("skippedElements must be a number")?,
            Some(n) if n.is_nan() => bad_type("skippedElements must be an integer")?,
            Some(n) if n == f64::NEG_INFINITY => bad_range("skippedElements must not be negative")?,
            Some(n) if n == f64::INFINITY => n,
            Some(n) if n.fract() != 0.0 => bad_type("skippedElements must be an integer")?,
            Some(n) if n < 0.0 => bad_range("skippedElements must not be negative")?,
            Some(n) if n > 9007199254740991.0 => bad_range("skippedElements must be a safe integer")?,
            Some(n) => n,
        }
    };
    let rec = direct(o)?;
    let r = each(o, rec, |v, k| Ok((k >= to_skip && ops::same_value_zero(v, search)).then_some(Value::TRUE)))?;
    Ok(Value::bool(r.is_some()))
}

/// `join(separator)` (the Iterator.prototype.join proposal): like Array.prototype.join.
fn join(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = this_object(this, "join")?;
    let sep = arg(args, 0);
    let sep = if sep.is_undefined() { string::intern(",") } else { close_and_rethrow(o, ops::to_string(sep))? };
    let roots = TempRoots::new();
    roots.push(sep);
    let rec = direct(o)?;
    let mut acc = string::intern("");
    let mut first = true;
    each(o, rec, |v, _| {
        if !first {
            acc = string::concat(acc, sep);
        }
        first = false;
        if !v.is_nullish() {
            roots.push(acc);
            let s = ops::to_string(v)?;
            acc = string::concat(acc, s);
        }
        roots.push(acc);
        Ok(None)
    })?;
    Ok(acc)
}
