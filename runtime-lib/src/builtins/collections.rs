//! `Map` and `Set` (https://tc39.es/ecma262/#sec-keyed-collections) and their iterators.
//!
//! A collection's entries live in insertion order in a vector where a deleted entry
//! becomes a tombstone (key = the hole), with a hash index from key (SameValueZero) to
//! position. Iterators walk positions, so entries added during iteration are visited and
//! deleted ones skipped, as the spec's List semantics require. When tombstones make up
//! over half the vector it is compacted, and the positions of the iterators still
//! walking it (each collection keeps a list of them; an iterator leaves it when done)
//! are moved to match.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};

use super::iterator::{IterKind, JsIterator, iter_result};
use super::{constructor, method, native_fn};
use crate::exception::{JsResult, throw_type_error};
use crate::interop::{self, arg};
use crate::object::shape::{CONFIGURABLE, HIDDEN};
use crate::object::{self, Class, JsObject, Key, obj};
use crate::ops;
use crate::realm::realm;
use crate::string::{self, str_of};
use crate::value::Value;

/// A key under SameValueZero: numbers by value (-0 is +0, NaN is NaN), strings by
/// contents, everything else by identity.
#[derive(Clone, Copy)]
struct HKey(Value);

impl HKey {
    fn normalize(v: Value) -> Value {
        if v.is_number() {
            let n = v.as_number();
            if n == 0.0 {
                return Value::number(0.0);
            }
            if n.is_nan() {
                return Value::number(f64::NAN);
            }
        }
        v
    }
}

impl PartialEq for HKey {
    fn eq(&self, o: &HKey) -> bool {
        ops::same_value_zero(self.0, o.0)
    }
}
impl Eq for HKey {}

impl Hash for HKey {
    fn hash<H: Hasher>(&self, h: &mut H) {
        let v = self.0;
        if v.is_string() {
            let s = str_of(v);
            for i in 0..s.len() {
                h.write_u16(s.unit(i));
            }
        } else if v.is_number() {
            h.write_u64(HKey::normalize(v).as_number().to_bits());
        } else {
            h.write_u64(v.0);
        }
    }
}

#[derive(Default)]
pub struct Table {
    /// (key, value) in insertion order; a deleted entry's key is the hole.
    entries: Vec<(Value, Value)>,
    index: HashMap<HKey, u32>,
    /// Iterators positioned in `entries` (moved when it is compacted).
    iterators: Vec<Value>,
}

#[repr(C)]
pub struct JsCollection {
    pub obj: JsObject,
    pub table: *mut Table,
}

fn table(v: Value) -> &'static mut Table {
    unsafe { &mut *(*(obj(v) as *mut JsObject as *mut JsCollection)).table }
}

pub(crate) fn trace(c: &JsCollection) {
    if c.table.is_null() {
        return;
    }
    let t = unsafe { &*c.table };
    for &(k, v) in &t.entries {
        crate::gc::mark_value(k);
        crate::gc::mark_value(v);
    }
    for &i in &t.iterators {
        crate::gc::mark_value(i);
    }
}

pub(crate) fn finalize(c: &mut JsCollection) {
    if !c.table.is_null() {
        drop(unsafe { Box::from_raw(c.table) });
        c.table = std::ptr::null_mut();
    }
}

impl Table {
    fn find(&self, k: Value) -> Option<usize> {
        self.index.get(&HKey(k)).map(|&i| i as usize)
    }

    fn set(&mut self, k: Value, v: Value) {
        let k = HKey::normalize(k);
        match self.find(k) {
            Some(i) => self.entries[i].1 = v,
            None => {
                self.index.insert(HKey(k), self.entries.len() as u32);
                self.entries.push((k, v));
                crate::gc::note_external(16);
            }
        }
    }

    fn delete(&mut self, k: Value) -> bool {
        let Some(i) = self.index.remove(&HKey(k)) else { return false };
        self.entries[i as usize] = (Value::HOLE, Value::UNDEFINED);
        self.maybe_compact();
        true
    }

    fn clear(&mut self) {
        for e in &mut self.entries {
            *e = (Value::HOLE, Value::UNDEFINED);
        }
        self.index.clear();
        self.maybe_compact();
    }

    fn size(&self) -> usize {
        self.index.len()
    }

    /// Drops tombstones when they are most of the vector, moving iterators along.
    fn maybe_compact(&mut self) {
        let dead = self.entries.len() - self.index.len();
        if dead < 16 || dead * 2 < self.entries.len() {
            return;
        }
        // new_pos[i]: live entries before position i.
        let mut new_pos = Vec::with_capacity(self.entries.len() + 1);
        let mut live = 0u64;
        for e in &self.entries {
            new_pos.push(live);
            if e.0 != Value::HOLE {
                live += 1;
            }
        }
        new_pos.push(live);
        for &it in &self.iterators {
            let i = iter_state(it);
            i.index = new_pos[(i.index as usize).min(self.entries.len())];
        }
        self.entries.retain(|e| e.0 != Value::HOLE);
        self.index.clear();
        for (i, e) in self.entries.iter().enumerate() {
            self.index.insert(HKey(e.0), i as u32);
        }
    }
}

fn iter_state(v: Value) -> &'static mut JsIterator {
    unsafe { &mut *(obj(v) as *mut JsObject as *mut JsIterator) }
}

pub fn init() {
    let r = realm();
    for (name, class) in [("Map", Class::Map), ("Set", Class::Set)] {
        let proto = object::new_plain_object();
        let is_map = class == Class::Map;
        let c = constructor(name, 0, if is_map { map_ctor } else { set_ctor }, proto);
        super::species_accessor(c);
        if is_map {
            method(proto, "get", 1, map_get);
            method(proto, "set", 2, map_set);
            r.map_prototype = proto;
        } else {
            method(proto, "add", 1, set_add);
            r.set_prototype = proto;
        }
        method(proto, "has", 1, has);
        method(proto, "delete", 1, delete);
        method(proto, "clear", 0, clear);
        method(proto, "forEach", 1, for_each);
        let size = native_fn("get size", 0, size, false);
        let _ = object::define_accessor(proto, Key::named("size"), Some(size), None, CONFIGURABLE);
        let entries = method(proto, "entries", 0, entries);
        let values = method(proto, "values", 0, values);
        if is_map {
            method(proto, "keys", 0, keys);
            let _ = object::define_data(proto, Key::from_atom(r.sym_iterator), entries, HIDDEN);
        } else {
            let _ = object::define_data(proto, Key::named("keys"), values, HIDDEN);
            let _ = object::define_data(proto, Key::from_atom(r.sym_iterator), values, HIDDEN);
        }
        let _ = object::define_data(proto, Key::from_atom(r.sym_to_string_tag), string::intern(name), CONFIGURABLE);
        let ip = object::new_object_with(Class::Object, r.iterator_prototype, std::mem::size_of::<JsObject>());
        let next = method(ip, "next", 0, if is_map { map_iterator_next } else { set_iterator_next });
        let tag = if is_map { "Map Iterator" } else { "Set Iterator" };
        let _ = object::define_data(ip, Key::from_atom(r.sym_to_string_tag), string::intern(tag), CONFIGURABLE);
        if is_map {
            (r.map_iterator_prototype, r.map_iterator_next) = (ip, next);
        } else {
            (r.set_iterator_prototype, r.set_iterator_next) = (ip, next);
        }
    }
}

/// `new Map(iterable)` / `new Set(iterable)`: an empty collection filled through its own
/// `set`/`add` method.
fn create(class: Class, nt: Value, init: Value, adder_name: &str) -> JsResult<Value> {
    if nt.is_undefined() {
        let name = if class == Class::Map { "Map" } else { "Set" };
        return throw_type_error(&format!("Constructor {name} requires 'new'"));
    }
    let fallback = if class == Class::Map { realm().map_prototype } else { realm().set_prototype };
    let proto = interop::prototype_from_constructor(nt, fallback)?;
    let c = object::new_object_with(class, proto, std::mem::size_of::<JsCollection>());
    unsafe { (*(obj(c) as *mut JsObject as *mut JsCollection)).table = Box::into_raw(Box::default()) };
    if init.is_nullish() {
        return Ok(c);
    }
    let adder = object::get_value(c, Key::named(adder_name))?;
    if !object::is_callable(adder) {
        return throw_type_error(&format!("'{adder_name}' returned for the collection is not a function"));
    }
    super::iterator::for_each_value(init, |item, _| {
        if class == Class::Map {
            let (k, v) = super::iterator::entry(item)?;
            interop::call(adder, c, &[k, v])?;
        } else {
            interop::call(adder, c, &[item])?;
        }
        Ok(())
    })?;
    Ok(c)
}

fn map_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    create(Class::Map, nt, arg(args, 0), "set")
}

fn set_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    create(Class::Set, nt, arg(args, 0), "add")
}

/// `this` as a Map or Set, for the method `name`.
fn this_collection(this: Value, class: Option<Class>, name: &str) -> JsResult<&'static mut Table> {
    let ok = match class {
        Some(c) => ops::is_class(this, c),
        None => ops::is_class(this, Class::Map) || ops::is_class(this, Class::Set),
    };
    if !ok {
        let what = crate::builtins::console::inspect_short(this);
        return throw_type_error(&format!("Method {name} called on incompatible receiver {what}"));
    }
    Ok(table(this))
}

fn map_get(this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let t = this_collection(this, Some(Class::Map), "Map.prototype.get")?;
    Ok(t.find(arg(args, 0)).map(|i| t.entries[i].1).unwrap_or(Value::UNDEFINED))
}

fn map_set(this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    this_collection(this, Some(Class::Map), "Map.prototype.set")?.set(arg(args, 0), arg(args, 1));
    Ok(this)
}

fn set_add(this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let k = arg(args, 0);
    this_collection(this, Some(Class::Set), "Set.prototype.add")?.set(k, k);
    Ok(this)
}

fn has(this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(this_collection(this, None, "has")?.find(arg(args, 0)).is_some()))
}

fn delete(this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(this_collection(this, None, "delete")?.delete(arg(args, 0))))
}

fn clear(this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    this_collection(this, None, "clear")?.clear();
    Ok(Value::UNDEFINED)
}

fn size(this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::number(this_collection(this, None, "get size")?.size() as f64))
}

fn for_each(this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let is_map = ops::is_class(this, Class::Map);
    this_collection(this, None, "forEach")?;
    let f = arg(args, 0);
    if !object::is_callable(f) {
        return throw_type_error(&format!("{} is not a function", crate::builtins::console::inspect_short(f)));
    }
    // Walk by position so that entries added by the callback are visited; the table
    // may be compacted by a delete in the callback, which this walk tracks through an
    // iterator registered like any other.
    let it = new_iterator(this, IterKind::Entries, is_map);
    loop {
        let Some((k, v)) = advance(it) else { return Ok(Value::UNDEFINED) };
        let r = interop::call(f, arg(args, 1), &[if is_map { v } else { k }, k, this]);
        if r.is_err() {
            unregister(it);
        }
        r?;
    }
}

fn new_iterator(c: Value, kind: IterKind, is_map: bool) -> Value {
    let r = realm();
    let (class, proto) = if is_map { (Class::MapIterator, r.map_iterator_prototype) } else { (Class::SetIterator, r.set_iterator_prototype) };
    let it = object::new_object_with(class, proto, std::mem::size_of::<JsIterator>());
    let i = iter_state(it);
    i.obj.internal = c;
    i.index = 0;
    i.kind = kind;
    table(c).iterators.push(it);
    it
}

fn unregister(it: Value) {
    let c = iter_state(it).obj.internal;
    if c.is_object() {
        table(c).iterators.retain(|&x| x != it);
        iter_state(it).obj.internal = Value::UNDEFINED;
    }
}

/// The next live (key, value) of a collection iterator, or None when it is done (it
/// then leaves its collection's list).
fn advance(it: Value) -> Option<(Value, Value)> {
    let c = iter_state(it).obj.internal;
    if !c.is_object() {
        return None;
    }
    let t = table(c);
    let mut i = iter_state(it).index as usize;
    while i < t.entries.len() {
        let e = t.entries[i];
        i += 1;
        if e.0 != Value::HOLE {
            iter_state(it).index = i as u64;
            return Some(e);
        }
    }
    unregister(it);
    None
}

/// The next value of a Map or Set iterator, or the hole when done (iteration steps
/// call this directly).
pub fn iterator_advance(it: Value) -> Value {
    let is_map = ops::is_class(it, Class::MapIterator);
    let kind = iter_state(it).kind;
    match advance(it) {
        None => Value::HOLE,
        Some((k, v)) => match kind {
            IterKind::Keys => k,
            IterKind::Values => {
                if is_map {
                    v
                } else {
                    k
                }
            }
            IterKind::Entries => object::new_array(vec![k, if is_map { v } else { k }]),
        },
    }
}

fn iterator_next(this: Value, class: Class, name: &str) -> JsResult<Value> {
    if !ops::is_class(this, class) {
        return throw_type_error(&format!("next method called on an object that is not a {name}"));
    }
    let v = iterator_advance(this);
    Ok(if v == Value::HOLE { iter_result(Value::UNDEFINED, true) } else { iter_result(v, false) })
}

fn map_iterator_next(this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    iterator_next(this, Class::MapIterator, "Map Iterator")
}

fn set_iterator_next(this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    iterator_next(this, Class::SetIterator, "Set Iterator")
}

fn iterate(this: Value, kind: IterKind, name: &str) -> JsResult<Value> {
    this_collection(this, None, name)?;
    Ok(new_iterator(this, kind, ops::is_class(this, Class::Map)))
}

fn entries(this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    iterate(this, IterKind::Entries, "entries")
}

fn values(this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    iterate(this, IterKind::Values, "values")
}

fn keys(this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    iterate(this, IterKind::Keys, "keys")
}

/// The live entries of a collection, for `console.log`.
pub fn entries_of(c: Value) -> Vec<(Value, Value)> {
    table(c).entries.iter().copied().filter(|e| e.0 != Value::HOLE).collect()
}
