//! Objects: the cell layout, named properties through shapes, indexed elements, and the
//! spec's internal methods ([[Get]], [[Set]], [[DefineOwnProperty]], [[Delete]],
//! [[OwnPropertyKeys]], [[HasProperty]]) for ordinary objects, arrays and functions.
//!
//! Elements (array-index keys) of an object live in a dense vector where holes are
//! [`Value::HOLE`], all with the same attributes (from the header's integrity flags);
//! this keeps integer keys first and ascending in key order for free. An object whose
//! elements are far apart, or have their own attributes or accessors, switches for
//! good to sparse mode: an ordered map from index to value and attributes
//! ([`SparseElements`]), which also holds an array's length.
//! Functions materialize their `length`, `name` and `prototype` properties lazily, on
//! the first own-property operation, so that creating a closure is one allocation.

pub mod inline_cache;
pub mod shape;

use std::mem::offset_of;

use dxrt_abi::{self as abi, FunctionInfo};

use crate::env::Env;
use crate::exception::{JsResult, throw_range_error, throw_type_error};
use crate::gc::{self, Header, KIND_ACCESSOR, KIND_OBJECT};
use crate::realm::realm;
use crate::string::{self, str_of};
use crate::value::Value;
use crate::{interop, ops};
use shape::{ACCESSOR, CONFIGURABLE, DEFAULT, ENUMERABLE, HIDDEN, PropKey, Shape, WRITABLE};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Class {
    Object = 0,
    Array = 1,
    Function = 2,
    Error = 3,
    Arguments = 4,
    Boolean = 5,
    Number = 6,
    String = 7,
    /// Internal: the state of a for-in loop.
    ForInIterator = 8,
    Symbol = 9,
    ArrayIterator = 10,
    StringIterator = 11,
    Generator = 12,
    Map = 13,
    Set = 14,
    MapIterator = 15,
    SetIterator = 16,
    /// An iterator helper (`map`, `zip`, ...) or an `Iterator.from` wrapper.
    IteratorHelper = 17,
    IteratorWrap = 18,
    RegExp = 19,
    RegExpStringIterator = 20,
    /// A `JSON.rawJSON` result (its [[IsRawJSON]] slot).
    RawJSON = 21,
    /// A module namespace object (its exports are getters of the live bindings).
    ModuleNamespace = 22,
}

/// Object flags (in the header).
pub const EXTENSIBLE: u16 = 1;
/// Elements are non-writable and non-configurable (`Object.freeze`).
pub const FROZEN_ELEMENTS: u16 = 2;
/// Elements are non-configurable (`Object.seal`).
pub const SEALED_ELEMENTS: u16 = 4;
/// A function whose `length`/`name`/`prototype` are not yet materialized.
pub const LAZY_FN_PROPS: u16 = 8;
/// An array whose `length` is read-only. Such an array is kept sparse, so that every
/// write goes through the checked paths (which refuse to grow it).
pub const READONLY_LENGTH: u16 = 16;

/// A write this far past the dense elements (and past their count) goes sparse.
const MAX_DENSE_GAP: usize = 1024;
/// `new Array(n)` and `a.length = n` preallocate dense holes up to this length.
const MAX_DENSE_PREALLOC: usize = 1 << 16;

/// Elements in sparse mode: index -> (value or accessor cell, attributes).
#[derive(Default)]
pub struct SparseElements {
    pub map: std::collections::BTreeMap<u32, (Value, u8)>,
    /// An array's length (dense arrays use the vector's length).
    pub length: u32,
}

impl SparseElements {
    /// Adds or replaces element `i`; an array's length grows past it.
    fn insert(&mut self, i: u32, entry: (Value, u8), is_array: bool) {
        self.map.insert(i, entry);
        if is_array && i >= self.length {
            self.length = i + 1;
        }
    }
}

#[repr(C)]
pub struct JsObject {
    pub hdr: Header,
    pub shape: *mut Shape,
    pub slots: Vec<Value>,
    pub elements: Vec<Value>,
    pub proto: Value,
    /// [[PrimitiveValue]] of wrappers; state of internal objects.
    pub internal: Value,
    /// The elements in sparse mode (the dense vector is then empty).
    pub sparse: Option<Box<SparseElements>>,
}

#[repr(C)]
pub struct JsFunction {
    pub obj: JsObject,
    pub env: *mut Env,
    pub info: *const FunctionInfo,
    /// The home object of methods; for bound functions the target.
    pub home: Value,
    pub name: Value,
    /// A class constructor's instance fields (see `class`), else undefined.
    pub fields: Value,
}

const _: () = assert!(offset_of!(JsObject, hdr) + offset_of!(Header, flags) == abi::object::FLAGS as usize);
const _: () = assert!(offset_of!(JsObject, shape) == abi::object::SHAPE as usize);
const _: () = assert!(offset_of!(JsObject, slots) == abi::object::SLOTS as usize);
const _: () = assert!(offset_of!(JsObject, elements) == abi::object::ELEMENTS as usize);
const _: () = assert!(offset_of!(JsObject, proto) == abi::object::PROTO as usize);
const _: () = assert!(FROZEN_ELEMENTS == abi::object::FROZEN_ELEMENTS);
const _: () = assert!(offset_of!(JsObject, hdr) + offset_of!(Header, class) == abi::object::CLASS as usize);
const _: () = assert!(offset_of!(JsObject, sparse) == abi::object::SPARSE as usize);
const _: () = assert!(Class::Array as u8 == abi::object::CLASS_ARRAY);
// `None` is the null pointer, which compiled code tests.
const _: () = assert!(size_of::<Option<Box<SparseElements>>>() == size_of::<usize>());
const _: () = assert!(Class::Function as u8 == abi::object::CLASS_FUNCTION);
const _: () = assert!(offset_of!(JsFunction, info) == abi::function::INFO as usize);
const _: () = assert!(offset_of!(JsFunction, env) == abi::function::ENV as usize);
const _: () = assert!(offset_of!(JsFunction, home) == abi::function::HOME as usize);

/// An accessor property's pair of functions (a heap cell held in a property slot).
#[repr(C)]
pub struct Accessor {
    pub hdr: Header,
    pub getter: Value,
    pub setter: Value,
}

/// A property key after ToPropertyKey: an array index or an atom/symbol.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Key {
    Index(u32),
    Prop(PropKey),
}

impl Key {
    /// The key for an interned string or symbol value.
    pub fn from_atom(v: Value) -> Key {
        if v.is_string() {
            if let Some(i) = string::array_index(v) {
                return Key::Index(i);
            }
        } else {
            crate::symbol::retain_as_key(v);
        }
        Key::Prop(v.0)
    }
    pub fn named(s: &str) -> Key {
        Key::from_atom(string::intern(s))
    }
    /// The key as a JS value (string or symbol).
    pub fn to_value(self) -> Value {
        match self {
            Key::Index(i) => string::intern(&i.to_string()),
            Key::Prop(p) => Value(p),
        }
    }
}

/// ToPropertyKey of any value.
pub fn to_key(v: Value) -> JsResult<Key> {
    if v.is_number() {
        let n = v.as_number();
        if n >= 0.0 && n < u32::MAX as f64 && n.fract() == 0.0 {
            return Ok(Key::Index(n as u32));
        }
    }
    if v.is_string() {
        if let Some(i) = string::array_index(v) {
            return Ok(Key::Index(i));
        }
        return Ok(Key::Prop(string::intern_value(v).0));
    }
    if v.is_symbol() {
        crate::symbol::retain_as_key(v);
        return Ok(Key::Prop(v.0));
    }
    let p = ops::to_primitive(v, ops::Hint::String)?;
    if p.is_symbol() {
        return to_key(p);
    }
    let s = ops::to_string(p)?;
    to_key(s)
}

#[inline]
pub fn obj<'a>(v: Value) -> &'a mut JsObject {
    unsafe { &mut *v.as_object() }
}

pub fn class_of(v: Value) -> Option<Class> {
    v.is_object().then(|| unsafe { std::mem::transmute::<u8, Class>(obj(v).hdr.class) })
}

pub fn is_callable(v: Value) -> bool {
    class_of(v) == Some(Class::Function)
}

pub fn is_array(v: Value) -> bool {
    class_of(v) == Some(Class::Array)
}

/// Allocates an object of `class` with prototype `proto`.
pub fn new_object_with(class: Class, proto: Value, size: usize) -> Value {
    let p = gc::alloc_cell(size, KIND_OBJECT) as *mut JsObject;
    unsafe {
        (*p).hdr.class = class as u8;
        (*p).hdr.flags = EXTENSIBLE;
        (*p).shape = shape::root();
        std::ptr::addr_of_mut!((*p).slots).write(Vec::new());
        std::ptr::addr_of_mut!((*p).elements).write(Vec::new());
        (*p).proto = proto;
        (*p).internal = Value::UNDEFINED;
        std::ptr::addr_of_mut!((*p).sparse).write(None);
    }
    Value::object(p)
}

pub fn new_plain_object() -> Value {
    new_object_with(Class::Object, realm().object_prototype, std::mem::size_of::<JsObject>())
}

/// A new ordinary object with the data properties `pairs` (key atom, value, key atom,
/// value, ...) added in order as CreateDataProperty would (a repeated key keeps its
/// first position and takes the last value). New keys extend the shape directly and
/// the slots are allocated once.
pub fn new_object_from_pairs(pairs: &[Value]) -> Value {
    let o = new_plain_object();
    let n = pairs.len() / 2;
    let ob = obj(o);
    let mut shape = ob.shape;
    let mut slots = Vec::with_capacity(n);
    let mut done = 0;
    for pair in pairs.chunks_exact(2) {
        let key = pair[0].0;
        if string::array_index(pair[0]).is_some() || unsafe { (*shape).lookup(key) }.is_some() {
            break;
        }
        shape = Shape::with_added(shape, key, DEFAULT);
        slots.push(pair[1]);
        done += 1;
    }
    gc::note_external(slots.capacity() * 8);
    ob.shape = shape;
    ob.slots = slots;
    for pair in pairs[done * 2..].chunks_exact(2) {
        let _ = define_data(o, Key::from_atom(pair[0]), pair[1], DEFAULT);
    }
    o
}

/// An object literal's object (`new_object_from_pairs` of distinct non-index keys, in
/// the literal's order). Every evaluation of a literal ends in the same shape, which
/// `cache.shape` keeps once known: later objects are made in it directly, slots and all.
pub fn new_object_literal(pairs: &[Value], cache: &mut dxrt_abi::PropertyCache) -> Value {
    if cache.shape != 0 {
        let o = new_plain_object();
        let slots: Vec<Value> = pairs.chunks_exact(2).map(|p| p[1]).collect();
        gc::note_external(slots.capacity() * 8);
        let ob = obj(o);
        ob.shape = cache.shape as *mut Shape;
        ob.slots = slots;
        return o;
    }
    let o = new_object_from_pairs(pairs);
    let ob = obj(o);
    if ob.slots.len() == pairs.len() / 2 && !unsafe { (*ob.shape).owned } {
        cache.shape = ob.shape as usize;
    }
    o
}

pub fn new_array(elems: Vec<Value>) -> Value {
    gc::note_external(elems.len() * 8);
    let a = new_object_with(Class::Array, realm().array_prototype, std::mem::size_of::<JsObject>());
    obj(a).elements = elems;
    a
}

/// Allocates a function object for `info` closing over `env`.
pub fn new_function(info: *const FunctionInfo, env: *mut Env, name: Value, proto: Value) -> Value {
    let f = new_object_with(Class::Function, proto, std::mem::size_of::<JsFunction>());
    let fp = f.as_object() as *mut JsFunction;
    unsafe {
        (*fp).obj.hdr.flags |= LAZY_FN_PROPS;
        (*fp).env = env;
        (*fp).info = info;
        (*fp).home = Value::UNDEFINED;
        (*fp).name = name;
        (*fp).fields = Value::UNDEFINED;
    }
    f
}

pub fn func<'a>(v: Value) -> &'a mut JsFunction {
    unsafe { &mut *(v.as_object() as *mut JsFunction) }
}

pub fn new_accessor(getter: Value, setter: Value) -> Value {
    let p = gc::alloc_cell(std::mem::size_of::<Accessor>(), KIND_ACCESSOR) as *mut Accessor;
    unsafe {
        (*p).getter = getter;
        (*p).setter = setter;
    }
    // Accessor cells are held in slots as raw-pointer bits with the object tag removed;
    // they never escape to JS code.
    Value(p as u64)
}

fn accessor<'a>(slot: Value) -> &'a mut Accessor {
    unsafe { &mut *(slot.0 as *mut Accessor) }
}

pub(crate) fn trace(o: *mut JsObject) {
    let o = unsafe { &*o };
    let sh = unsafe { &*o.shape };
    for (i, (_, &flags)) in sh.props.iter().enumerate() {
        mark_slot(o.slots[i], flags);
    }
    for &v in &o.elements {
        gc::mark_value(v);
    }
    if let Some(sp) = &o.sparse {
        for &(v, flags) in sp.map.values() {
            mark_slot(v, flags);
        }
    }
    gc::mark_value(o.proto);
    gc::mark_value(o.internal);
    if o.hdr.class == Class::Map as u8 || o.hdr.class == Class::Set as u8 {
        crate::builtins::collections::trace(unsafe { &*(o as *const JsObject as *const crate::builtins::collections::JsCollection) });
    }
    if o.hdr.class == Class::IteratorHelper as u8 || o.hdr.class == Class::IteratorWrap as u8 {
        crate::builtins::iterator_helpers::trace(unsafe { &*(o as *const JsObject as *const crate::builtins::iterator_helpers::JsIteratorHelper) });
    }
    if o.hdr.class == Class::Generator as u8 {
        crate::builtins::generator::trace(unsafe { &*(o as *const JsObject as *const crate::builtins::generator::JsGenerator) });
    }
    if o.hdr.class == Class::Function as u8 {
        let f = unsafe { &*(o as *const JsObject as *const JsFunction) };
        gc::mark_ptr(f.env);
        gc::mark_value(f.home);
        gc::mark_value(f.name);
        gc::mark_value(f.fields);
    }
}

/// Marks a property's stored value: an accessor cell (raw address) or a value.
fn mark_slot(v: Value, flags: u8) {
    if flags & ACCESSOR != 0 {
        gc::mark_ptr(v.0 as *mut Accessor);
    } else {
        gc::mark_value(v);
    }
}

pub(crate) fn finalize(o: *mut JsObject) {
    unsafe {
        if (*o).hdr.class == Class::Map as u8 || (*o).hdr.class == Class::Set as u8 {
            crate::builtins::collections::finalize(&mut *(o as *mut crate::builtins::collections::JsCollection));
        }
        if (*o).hdr.class == Class::IteratorHelper as u8 || (*o).hdr.class == Class::IteratorWrap as u8 {
            crate::builtins::iterator_helpers::finalize(&mut *(o as *mut crate::builtins::iterator_helpers::JsIteratorHelper));
        }
        if (*o).hdr.class == Class::RegExp as u8 {
            crate::builtins::regexp::finalize(&mut *(o as *mut crate::builtins::regexp::JsRegExp));
        }
        if (*o).hdr.class == Class::Generator as u8 {
            crate::builtins::generator::finalize(&mut *(o as *mut crate::builtins::generator::JsGenerator));
        }
        if (*(*o).shape).owned {
            drop(Box::from_raw((*o).shape));
        }
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*o).slots));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*o).elements));
        std::ptr::drop_in_place(std::ptr::addr_of_mut!((*o).sparse));
    }
}

/// Moves the elements into sparse mode (once; an object never goes back).
fn make_sparse(ob: &mut JsObject) -> &mut SparseElements {
    if ob.sparse.is_none() {
        let flags = element_flags(ob);
        let mut sp = SparseElements { length: ob.elements.len() as u32, ..Default::default() };
        for (i, &v) in ob.elements.iter().enumerate() {
            if v != Value::HOLE {
                sp.map.insert(i as u32, (v, flags));
            }
        }
        ob.elements = Vec::new();
        ob.sparse = Some(Box::new(sp));
    }
    ob.sparse.as_mut().unwrap()
}

/// An array's `length`.
pub fn array_length(o: Value) -> u32 {
    let ob = obj(o);
    match &ob.sparse {
        Some(sp) => sp.length,
        None => ob.elements.len() as u32,
    }
}

/// Whether the array's elements are a plain dense vector that builtins may edit in
/// place (extensible, not sealed or frozen, not sparse).
pub fn has_plain_elements(o: Value) -> bool {
    is_array(o) && obj(o).sparse.is_none() && obj(o).hdr.flags & (FROZEN_ELEMENTS | SEALED_ELEMENTS | EXTENSIBLE) == EXTENSIBLE
}

/// The first own element index at or after `from`.
pub fn next_index(o: Value, from: u32) -> Option<u32> {
    let ob = obj(o);
    match &ob.sparse {
        Some(sp) => sp.map.range(from..).next().map(|(&i, _)| i),
        None => ob.elements.iter().skip(from as usize).position(|&v| v != Value::HOLE).map(|p| from + p as u32),
    }
}

/// Adds the lazily created own properties of a function.
fn materialize(o: Value) {
    let ob = obj(o);
    if ob.hdr.flags & LAZY_FN_PROPS == 0 {
        return;
    }
    ob.hdr.flags &= !LAZY_FN_PROPS;
    let f = func(o);
    let info = unsafe { &*f.info };
    add_prop(o, Key::named("length").prop(), Value::number(info.length as f64), CONFIGURABLE);
    let name = if f.name.is_string() { f.name } else { string::intern("") };
    add_prop(o, Key::named("name").prop(), name, CONFIGURABLE);
    // Like V8, sloppy plain functions have own `arguments` and `caller` (null): code
    // that reads `f.caller` finds nothing, instead of %Function.prototype%'s thrower.
    let plain = abi::FN_CONSTRUCTOR | abi::FN_STRICT | abi::FN_CLASS_CONSTRUCTOR | abi::FN_GENERATOR | abi::FN_METHOD | abi::FN_ARROW | abi::FN_NATIVE;
    if info.flags & plain == abi::FN_CONSTRUCTOR {
        add_prop(o, Key::named("arguments").prop(), Value::NULL, 0);
        add_prop(o, Key::named("caller").prop(), Value::NULL, 0);
    }
    if info.flags & abi::FN_GENERATOR != 0 {
        let proto = new_object_with(Class::Object, realm().generator_prototype, std::mem::size_of::<JsObject>());
        add_prop(o, Key::named("prototype").prop(), proto, WRITABLE);
    } else if info.flags & abi::FN_CONSTRUCTOR != 0 {
        let proto = new_plain_object();
        add_prop(proto, Key::named("constructor").prop(), o, HIDDEN);
        add_prop(o, Key::named("prototype").prop(), proto, WRITABLE);
    }
}

impl Key {
    fn prop(self) -> PropKey {
        match self {
            Key::Prop(p) => p,
            Key::Index(_) => unreachable!("index key used as a named key"),
        }
    }
}

// ---- mapped arguments objects --------------------------------------------------
//
// The parameters of a sloppy function with a simple parameter list live in its
// arguments object: `internal` is an internal array with one entry per parameter, the
// hole while the parameter is mapped (its value is then the element of the same
// index), else the parameter's own value. Deleting or redefining a mapped index
// unmaps it, keeping the value the parameter had.

/// Makes the first `count` parameters of arguments object `a` (of `argc` arguments)
/// mapped where an argument was passed.
pub fn map_parameters(a: Value, count: usize, argc: usize) {
    let params: Vec<Value> = (0..count).map(|i| if i < argc { Value::HOLE } else { Value::UNDEFINED }).collect();
    obj(a).internal = new_array(params);
}

fn parameter_map(o: Value) -> Option<&'static mut Vec<Value>> {
    let ob = obj(o);
    (ob.hdr.class == Class::Arguments as u8 && ob.internal.is_object()).then(|| &mut obj(ob.internal).elements)
}

pub fn mapped_param(a: Value, i: usize) -> Value {
    let Some(p) = parameter_map(a) else { return Value::UNDEFINED };
    match p.get(i) {
        Some(&Value::HOLE) => current_element(a, i as u32),
        Some(&v) => v,
        None => Value::UNDEFINED,
    }
}

pub fn set_mapped_param(a: Value, i: usize, v: Value) {
    let Some(p) = parameter_map(a) else { return };
    match p.get(i) {
        Some(&Value::HOLE) => {
            // The element takes the value, whatever representation the elements have.
            let ob = obj(a);
            match &mut ob.sparse {
                Some(sp) => {
                    if let Some(e) = sp.map.get_mut(&(i as u32)) {
                        e.0 = v;
                    }
                }
                None => {
                    if let Some(e) = ob.elements.get_mut(i) {
                        *e = v;
                    }
                }
            }
        }
        Some(_) => p[i] = v,
        None => {}
    }
}

/// Unmaps index `i` of an arguments object; the parameter keeps `value`.
fn unmap(o: Value, i: u32, value: Value) {
    if let Some(p) = parameter_map(o)
        && p.get(i as usize) == Some(&Value::HOLE)
    {
        p[i as usize] = value;
    }
}

/// Unmaps every index (before the elements change representation or attributes).
fn unmap_all(o: Value) {
    if let Some(p) = parameter_map(o) {
        for (i, slot) in p.iter_mut().enumerate() {
            if *slot == Value::HOLE {
                *slot = current_element(o, i as u32);
            }
        }
    }
}

/// The value of element `i` of an arguments object (undefined if it is not a data
/// element).
fn current_element(o: Value, i: u32) -> Value {
    match get_own(o, Key::Index(i)) {
        Some(Own::Data(v, _)) => v,
        _ => Value::UNDEFINED,
    }
}

/// Writes an existing own data property's slot without attribute checks (private
/// fields, whose writability the caller checked).
pub fn set_private(o: Value, key: PropKey, v: Value) {
    let ob = obj(o);
    if let Some((slot, _)) = unsafe { (*ob.shape).lookup(key) } {
        ob.slots[slot] = v;
    }
}

/// Appends a new named property (the key must not exist yet).
pub fn add_prop(o: Value, key: PropKey, v: Value, flags: u8) {
    let ob = obj(o);
    ob.shape = Shape::with_added(ob.shape, key, flags);
    ob.slots.push(v);
    if ob.slots.len() == ob.slots.capacity() {
        gc::note_external(ob.slots.len() * 8);
    }
}

/// An own property, as found.
pub enum Own {
    Data(Value, u8),
    Accessor(Value, Value, u8),
}

impl Own {
    /// The property stored as `v` (a value, or an accessor cell) with `flags`.
    fn from_slot(v: Value, flags: u8) -> Own {
        if flags & ACCESSOR != 0 {
            let a = accessor(v);
            Own::Accessor(a.getter, a.setter, flags)
        } else {
            Own::Data(v, flags)
        }
    }

    pub fn flags(&self) -> u8 {
        match self {
            Own::Data(_, f) | Own::Accessor(_, _, f) => *f,
        }
    }
}

/// [[GetOwnProperty]].
pub fn get_own(o: Value, key: Key) -> Option<Own> {
    materialize(o);
    let ob = obj(o);
    match key {
        Key::Index(i) => {
            if let Some(sp) = &ob.sparse {
                let &(v, flags) = sp.map.get(&i)?;
                return Some(Own::from_slot(v, flags));
            }
            if ob.hdr.class == Class::String as u8 {
                // A String object's indices are its characters (read-only, enumerable).
                let s = str_of(ob.internal);
                if (i as usize) < s.len() {
                    return Some(Own::Data(string::from_units(&[s.unit(i as usize)]), ENUMERABLE));
                }
            }
            let v = *ob.elements.get(i as usize)?;
            if v == Value::HOLE {
                return None;
            }
            Some(Own::Data(v, element_flags(ob)))
        }
        Key::Prop(p) => {
            if ob.hdr.class == Class::Array as u8 && p == realm().atoms.length.0 {
                return Some(Own::Data(Value::number(array_length(o) as f64), array_length_flags(ob)));
            }
            let (slot, flags) = unsafe { (*ob.shape).lookup(p)? };
            Some(Own::from_slot(ob.slots[slot], flags))
        }
    }
}

fn element_flags(ob: &JsObject) -> u8 {
    if ob.hdr.flags & FROZEN_ELEMENTS != 0 {
        ENUMERABLE
    } else if ob.hdr.flags & SEALED_ELEMENTS != 0 {
        ENUMERABLE | WRITABLE
    } else {
        DEFAULT
    }
}

fn array_length_flags(ob: &JsObject) -> u8 {
    if ob.hdr.flags & (FROZEN_ELEMENTS | READONLY_LENGTH) != 0 { 0 } else { WRITABLE }
}

/// [[Get]] with a receiver, walking the prototype chain.
pub fn get_with(o: Value, key: Key, receiver: Value) -> JsResult<Value> {
    let mut cur = o;
    loop {
        if let Some(own) = get_own(cur, key) {
            return match own {
                Own::Data(v, _) => Ok(v),
                Own::Accessor(g, _, _) => {
                    if g.is_undefined() { Ok(Value::UNDEFINED) } else { interop::call(g, receiver, &[]) }
                }
            };
        }
        let p = obj(cur).proto;
        if !p.is_object() {
            return Ok(Value::UNDEFINED);
        }
        cur = p;
    }
}

/// GetV: [[Get]] on any value (primitives use their prototype).
pub fn get_value(v: Value, key: Key) -> JsResult<Value> {
    if v.is_object() {
        return get_with(v, key, v);
    }
    if v.is_string() {
        let s = str_of(v);
        match key {
            Key::Index(i) if (i as usize) < s.len() => {
                return Ok(string::from_units(&[s.unit(i as usize)]));
            }
            Key::Prop(p) if p == realm().atoms.length.0 => return Ok(Value::number(s.len() as f64)),
            _ => {}
        }
        return get_with(realm().string_prototype, key, v);
    }
    let proto = if v.is_number() {
        realm().number_prototype
    } else if v.is_bool() {
        realm().boolean_prototype
    } else if v.is_symbol() {
        realm().symbol_prototype
    } else {
        let what = if v.is_undefined() { "undefined" } else { "null" };
        let k = ops::key_display(key);
        return throw_type_error(&format!("Cannot read properties of {what} (reading '{k}')"));
    };
    get_with(proto, key, v)
}

/// [[Set]] on any value; `strict` decides whether a failure throws.
pub fn set_value(target: Value, key: Key, v: Value, strict: bool) -> JsResult<()> {
    if !target.is_object() {
        if target.is_nullish() {
            let what = if target.is_undefined() { "undefined" } else { "null" };
            let k = ops::key_display(key);
            return throw_type_error(&format!("Cannot set properties of {what} (setting '{k}')"));
        }
        // Setting on a primitive: setters on the prototype run; anything else fails.
        if let Some(setter) = find_setter(proto_of_primitive(target), key) {
            interop::call(setter, target, &[v])?;
            return Ok(());
        }
        if strict {
            let k = ops::key_display(key);
            return throw_type_error(&format!("Cannot create property '{k}' on {}", ops::type_name(target)));
        }
        return Ok(());
    }
    if set(target, key, v, target)? || !strict {
        Ok(())
    } else {
        let k = ops::key_display(key);
        throw_type_error(&format!("Cannot assign to read only property '{k}' of object"))
    }
}

fn proto_of_primitive(v: Value) -> Value {
    let r = realm();
    if v.is_string() {
        r.string_prototype
    } else if v.is_number() {
        r.number_prototype
    } else if v.is_bool() {
        r.boolean_prototype
    } else {
        r.symbol_prototype
    }
}

fn find_setter(mut cur: Value, key: Key) -> Option<Value> {
    while cur.is_object() {
        if let Some(own) = get_own(cur, key) {
            return match own {
                Own::Accessor(_, s, _) if !s.is_undefined() => Some(s),
                _ => None,
            };
        }
        cur = obj(cur).proto;
    }
    None
}

/// OrdinarySet: returns whether the assignment succeeded.
pub fn set(o: Value, key: Key, v: Value, receiver: Value) -> JsResult<bool> {
    // Fast path: an own writable data property.
    let ob = obj(o);
    if ob.hdr.flags & LAZY_FN_PROPS == 0 {
        match key {
            Key::Index(i) => {
                let i = i as usize;
                if i < ob.elements.len() && ob.elements[i] != Value::HOLE && ob.hdr.flags & FROZEN_ELEMENTS == 0 && o == receiver {
                    ob.elements[i] = v;
                    return Ok(true);
                }
            }
            Key::Prop(p) => {
                if let Some((slot, flags)) = unsafe { (*ob.shape).lookup(p) }
                    && flags & (ACCESSOR | WRITABLE) == WRITABLE && o == receiver {
                    ob.slots[slot] = v;
                    return Ok(true);
                }
            }
        }
    }
    // Walk the chain for the property.
    let mut cur = o;
    loop {
        if let Some(own) = get_own(cur, key) {
            match own {
                Own::Accessor(_, setter, _) => {
                    if setter.is_undefined() {
                        return Ok(false);
                    }
                    interop::call(setter, receiver, &[v])?;
                    return Ok(true);
                }
                Own::Data(_, flags) => {
                    if flags & WRITABLE == 0 {
                        return Ok(false);
                    }
                    break;
                }
            }
        }
        let p = obj(cur).proto;
        if !p.is_object() {
            break;
        }
        cur = p;
    }
    if !receiver.is_object() {
        return Ok(false);
    }
    // Create or update the receiver's own data property.
    if let Some(own) = get_own(receiver, key) {
        return match own {
            Own::Accessor(..) => Ok(false),
            Own::Data(_, flags) if flags & WRITABLE == 0 => Ok(false),
            Own::Data(..) => {
                write_own(receiver, key, v)?;
                Ok(true)
            }
        };
    }
    if obj(receiver).hdr.flags & EXTENSIBLE == 0 {
        return Ok(false);
    }
    if let Key::Index(i) = key
        && obj(receiver).hdr.flags & READONLY_LENGTH != 0
        && i >= array_length(receiver)
    {
        return Ok(false);
    }
    define_data(receiver, key, v, DEFAULT)?;
    Ok(true)
}

/// Overwrites the value of an existing own data property.
fn write_own(o: Value, key: Key, v: Value) -> JsResult<()> {
    let ob = obj(o);
    match key {
        Key::Index(i) => match &mut ob.sparse {
            Some(sp) => sp.map.get_mut(&i).unwrap().0 = v,
            None => ob.elements[i as usize] = v,
        },
        Key::Prop(p) => {
            if ob.hdr.class == Class::Array as u8 && p == realm().atoms.length.0 {
                return set_array_length(o, v);
            }
            let (slot, _) = unsafe { (*ob.shape).lookup(p).unwrap() };
            ob.slots[slot] = v;
        }
    }
    Ok(())
}

pub fn set_array_length(o: Value, v: Value) -> JsResult<()> {
    let n = ops::to_number(v)?;
    let len = n as u32;
    if len as f64 != n {
        return throw_range_error("Invalid array length");
    }
    let ob = obj(o);
    if ob.hdr.flags & (FROZEN_ELEMENTS | READONLY_LENGTH) != 0 {
        return if len == array_length(o) { Ok(()) } else { throw_type_error("Cannot assign to read only property 'length' of object '[object Array]'") };
    }
    if ob.sparse.is_none() && len as usize > (ob.elements.len() + MAX_DENSE_GAP).max(MAX_DENSE_PREALLOC) {
        make_sparse(ob);
    }
    match &mut ob.sparse {
        None => {
            if ob.hdr.flags & SEALED_ELEMENTS != 0 && ob.elements[len.min(ob.elements.len() as u32) as usize..].iter().any(|&v| v != Value::HOLE) {
                return throw_type_error("Cannot delete a sealed array element");
            }
            ob.elements.resize(len as usize, Value::HOLE);
        }
        Some(sp) => {
            // Delete from the end; a non-configurable element stops the shrinking.
            while let Some((&i, &(_, flags))) = sp.map.range(len..).next_back() {
                if flags & CONFIGURABLE == 0 {
                    sp.length = i + 1;
                    return throw_type_error(&format!("Cannot delete property '{i}' of [object Array]"));
                }
                sp.map.remove(&i);
            }
            sp.length = len;
        }
    }
    Ok(())
}

/// Creates or replaces an own data property with `flags` (CreateDataProperty when
/// `flags` is DEFAULT).
pub fn define_data(o: Value, key: Key, v: Value, flags: u8) -> JsResult<()> {
    materialize(o);
    if let Key::Index(i) = key
        && flags & WRITABLE == 0
    {
        // A mapped index takes the new value; made read-only, it is unmapped (the
        // parameter keeps that value).
        unmap(o, i, v);
    }
    let ob = obj(o);
    match key {
        Key::Index(i) => {
            if ob.hdr.flags & READONLY_LENGTH != 0 && i >= array_length(o) {
                return throw_type_error(&format!("Cannot add property {i}, object length is read-only"));
            }
            let dense_ok = ob.sparse.is_none() && flags == element_flags(ob) && (i as usize) < ob.elements.len() + MAX_DENSE_GAP;
            if !dense_ok {
                let is_array = ob.hdr.class == Class::Array as u8;
                make_sparse(ob).insert(i, (v, flags), is_array);
                return Ok(());
            }
            let i = i as usize;
            if i >= ob.elements.len() {
                let old = ob.elements.capacity();
                ob.elements.resize(i + 1, Value::HOLE);
                if ob.elements.capacity() != old {
                    gc::note_external((ob.elements.capacity() - old) * 8);
                }
            }
            ob.elements[i] = v;
        }
        Key::Prop(p) => {
            if ob.hdr.class == Class::Array as u8 && p == realm().atoms.length.0 {
                let r = set_array_length(o, v);
                if flags & WRITABLE == 0 {
                    let ob = obj(o);
                    make_sparse(ob);
                    ob.hdr.flags |= READONLY_LENGTH;
                }
                return r;
            }
            match unsafe { (*ob.shape).lookup(p) } {
                Some((slot, old)) => {
                    if old != flags {
                        ob.shape = Shape::to_owned_shape(ob.shape);
                        unsafe { (*ob.shape).props.insert(p, flags) };
                    }
                    ob.slots[slot] = v;
                }
                None => add_prop(o, p, v, flags),
            }
        }
    }
    Ok(())
}

/// DefinePropertyOrThrow for a complete descriptor (class elements, fields,
/// CreateDataPropertyOrThrow of array builtins): fails with a
/// TypeError on a non-configurable property or a non-extensible object.
pub fn define_checked(o: Value, key: Key, v: Option<Value>, accessor: Option<(Option<Value>, Option<Value>)>, flags: u8) -> JsResult<()> {
    match get_own(o, key) {
        Some(e) if e.flags() & CONFIGURABLE == 0 => return throw_type_error(&format!("Cannot redefine property: {}", ops::key_display(key))),
        None if obj(o).hdr.flags & EXTENSIBLE == 0 => {
            return throw_type_error(&format!("Cannot define property {}, object is not extensible", ops::key_display(key)));
        }
        _ => {}
    }
    match (v, accessor) {
        (_, Some((g, s))) => define_accessor(o, key, g, s, flags),
        (Some(v), None) => define_data(o, key, v, flags),
        (None, None) => Ok(()),
    }
}

/// Defines (or merges into) an accessor property.
pub fn define_accessor(o: Value, key: Key, getter: Option<Value>, setter: Option<Value>, flags: u8) -> JsResult<()> {
    materialize(o);
    if let Key::Index(i) = key {
        unmap(o, i, current_element(o, i));
    }
    let flags = flags | ACCESSOR;
    let p = match key {
        Key::Prop(p) => p,
        Key::Index(i) => {
            let ob = obj(o);
            let is_array = ob.hdr.class == Class::Array as u8;
            let existing = make_sparse(ob).map.get(&i).copied();
            let cell = match existing {
                Some((c, old)) if old & ACCESSOR != 0 => {
                    merge_accessor(c, getter, setter);
                    c
                }
                _ => new_accessor(getter.unwrap_or(Value::UNDEFINED), setter.unwrap_or(Value::UNDEFINED)),
            };
            obj(o).sparse.as_mut().unwrap().insert(i, (cell, flags), is_array);
            return Ok(());
        }
    };
    let ob = obj(o);
    match unsafe { (*ob.shape).lookup(p) } {
        Some((slot, old)) if old & ACCESSOR != 0 => {
            merge_accessor(ob.slots[slot], getter, setter);
            if old != flags {
                ob.shape = Shape::to_owned_shape(ob.shape);
                unsafe { (*ob.shape).props.insert(p, flags) };
            }
        }
        Some((slot, _)) => {
            let acc = new_accessor(getter.unwrap_or(Value::UNDEFINED), setter.unwrap_or(Value::UNDEFINED));
            let ob = obj(o);
            ob.shape = Shape::to_owned_shape(ob.shape);
            unsafe { (*ob.shape).props.insert(p, flags) };
            ob.slots[slot] = acc;
        }
        None => {
            let acc = new_accessor(getter.unwrap_or(Value::UNDEFINED), setter.unwrap_or(Value::UNDEFINED));
            add_prop(o, p, acc, flags);
        }
    }
    Ok(())
}

/// Replaces the given halves of an existing accessor cell.
fn merge_accessor(cell: Value, getter: Option<Value>, setter: Option<Value>) {
    let a = accessor(cell);
    if let Some(g) = getter {
        a.getter = g;
    }
    if let Some(s) = setter {
        a.setter = s;
    }
}

/// [[Delete]]: returns whether the property is gone.
pub fn delete(o: Value, key: Key) -> bool {
    materialize(o);
    if let Key::Index(i) = key {
        unmap(o, i, current_element(o, i));
    }
    let ob = obj(o);
    match key {
        Key::Index(i) => {
            if let Some(sp) = &mut ob.sparse {
                return match sp.map.get(&i) {
                    Some(&(_, flags)) if flags & CONFIGURABLE == 0 => false,
                    Some(_) => {
                        sp.map.remove(&i);
                        true
                    }
                    None => true,
                };
            }
            let i = i as usize;
            if i >= ob.elements.len() || ob.elements[i] == Value::HOLE {
                return true;
            }
            if ob.hdr.flags & (FROZEN_ELEMENTS | SEALED_ELEMENTS) != 0 {
                return false;
            }
            ob.elements[i] = Value::HOLE;
            true
        }
        Key::Prop(p) => {
            if ob.hdr.class == Class::Array as u8 && p == realm().atoms.length.0 {
                return false;
            }
            let Some((slot, flags)) = (unsafe { (*ob.shape).lookup(p) }) else { return true };
            if flags & CONFIGURABLE == 0 {
                return false;
            }
            ob.shape = Shape::to_owned_shape(ob.shape);
            unsafe { (*ob.shape).props.shift_remove(&p) };
            ob.slots.remove(slot);
            true
        }
    }
}

/// [[HasProperty]].
pub fn has_property(o: Value, key: Key) -> bool {
    let mut cur = o;
    while cur.is_object() {
        if get_own(cur, key).is_some() {
            return true;
        }
        cur = obj(cur).proto;
    }
    false
}

/// [[OwnPropertyKeys]]: indices ascending, then strings and then symbols in creation
/// order. Each key with its attributes.
pub fn own_keys(o: Value) -> Vec<(Key, u8)> {
    materialize(o);
    let ob = obj(o);
    let mut keys = Vec::new();
    let ef = element_flags(ob);
    if ob.hdr.class == Class::String as u8 {
        for i in 0..str_of(ob.internal).len() {
            keys.push((Key::Index(i as u32), ENUMERABLE));
        }
    }
    for (i, &v) in ob.elements.iter().enumerate() {
        if v != Value::HOLE {
            keys.push((Key::Index(i as u32), ef));
        }
    }
    if let Some(sp) = &ob.sparse {
        keys.extend(sp.map.iter().map(|(&i, &(_, f))| (Key::Index(i), f)));
    }
    if ob.hdr.class == Class::Array as u8 {
        keys.push((Key::Prop(realm().atoms.length.0), array_length_flags(ob)));
    }
    let sh = unsafe { &*ob.shape };
    for (&k, &f) in sh.props.iter() {
        if Value(k).is_string() {
            keys.push((Key::Prop(k), f));
        }
    }
    for (&k, &f) in sh.props.iter() {
        if Value(k).is_symbol() && !crate::symbol::is_private(Value(k)) {
            keys.push((Key::Prop(k), f));
        }
    }
    keys
}

/// CopyDataProperties: defines on `target` every own enumerable property of `source`
/// whose key is not in `excluded` (an array of property keys, or undefined).
pub fn copy_data_properties(target: Value, source: Value, excluded: Value) -> JsResult<()> {
    if source.is_nullish() {
        return Ok(());
    }
    let from = ops::to_object(source)?;
    let excluded: Vec<Key> = if excluded.is_object() { obj(excluded).elements.iter().map(|&k| to_key(k)).collect::<JsResult<_>>()? } else { Vec::new() };
    for (key, _) in own_keys(from) {
        if excluded.contains(&key) {
            continue;
        }
        // Re-read: a getter run for an earlier key may have changed this one.
        let Some(own) = get_own(from, key) else { continue };
        if own.flags() & ENUMERABLE == 0 {
            continue;
        }
        let v = get_with(from, key, from)?;
        define_data(target, key, v, DEFAULT)?;
    }
    Ok(())
}

/// Makes an object non-extensible and, for `freeze`, every property read-only.
pub fn set_integrity(o: Value, frozen: bool) {
    materialize(o);
    if frozen {
        unmap_all(o);
    }
    let ob = obj(o);
    ob.hdr.flags &= !EXTENSIBLE;
    ob.hdr.flags |= if frozen { FROZEN_ELEMENTS | SEALED_ELEMENTS } else { SEALED_ELEMENTS };
    // Non-configurable; for freeze, data properties also read-only.
    let restrict = |f: &mut u8| {
        *f &= !CONFIGURABLE;
        if frozen && *f & ACCESSOR == 0 {
            *f &= !WRITABLE;
        }
    };
    if let Some(sp) = &mut ob.sparse {
        sp.map.values_mut().for_each(|(_, f)| restrict(f));
    }
    ob.shape = Shape::to_owned_shape(ob.shape);
    let sh = unsafe { &mut *ob.shape };
    // Private elements are not properties: freezing leaves them alone.
    sh.props.iter_mut().filter(|(k, _)| !crate::symbol::is_private(Value(**k))).for_each(|(_, f)| restrict(f));
}
