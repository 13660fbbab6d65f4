//! The runtime side of compiled code's inline caches (`dxrt_abi::PropertyCache`): the
//! slow path of a cached property read or write does the full operation and, when the
//! property is a data property found through a shared shape, records where it is so
//! that the site's next access with an object of that shape is a few loads.
//!
//! What makes a record valid: a shared shape never changes (adding, deleting or
//! reconfiguring a property moves an object to another shape, or to dictionary mode,
//! whose owned shapes are never cached), so an object of shape `S` has exactly `S`'s
//! properties at `S`'s slots. A prototype hit also records the prototype and its shape,
//! which compiled code checks too. Keys that some objects have without a slot (an
//! array's `length`, a function's lazily made `length`, `name` and `prototype`) are
//! never cached as prototype hits: another object of the same shape could have them.
//!
//! A read site that meets another shape keeps its earlier records (`others`, up to
//! three), which compiled code's read stub (`compiler/src/codegen/poly_read.rs`) looks
//! through before calling the runtime: a method called on instances of a few classes
//! costs a few loads, not a property lookup through the prototype chain.

use dxrt_abi::{CacheRecord, ClassLayout, PropertyCache};

use super::shape::{ACCESSOR, WRITABLE};
use super::{Class, Key, LAZY_FN_PROPS, obj};
use crate::realm::realm;
use crate::value::Value;

/// Makes `r` a read site's first record, keeping the one it replaces among the others.
fn record_read(cache: &mut PropertyCache, r: CacheRecord) {
    if cache.shape != 0 && cache.shape != r.shape {
        cache.others.copy_within(0..2, 1);
        cache.others[0] = CacheRecord { shape: cache.shape, index: cache.index, holder: cache.holder, holder_shape: cache.holder_shape };
    }
    (cache.shape, cache.index, cache.holder, cache.holder_shape, cache.epoch) = (r.shape, r.index, r.holder, r.holder_shape, 0);
}

/// Records where a read of `key` on `o` finds its value, if that can be cached.
pub fn fill_get(o: Value, key: Key, cache: &mut PropertyCache) {
    let Key::Prop(p) = key else { return };
    if !o.is_object() {
        return;
    }
    let ob = obj(o);
    if ob.hdr.flags & LAZY_FN_PROPS != 0 {
        return;
    }
    let shape = unsafe { &*ob.shape };
    if shape.owned {
        return;
    }
    if let Some((index, flags)) = shape.lookup(p) {
        if flags & ACCESSOR == 0 {
            record_read(cache, CacheRecord { shape: ob.shape as usize, index, holder: 0, holder_shape: 0 });
        }
        return;
    }
    let a = &realm().atoms;
    if ob.hdr.class == Class::String as u8 || [a.length.0, a.name.0, a.prototype.0].contains(&p) {
        return;
    }
    let holder = ob.proto;
    if !holder.is_object() {
        return;
    }
    let hb = obj(holder);
    let hshape = unsafe { &*hb.shape };
    if hshape.owned {
        return;
    }
    if let Some((index, flags)) = hshape.lookup(p)
        && flags & ACCESSOR == 0
    {
        record_read(cache, CacheRecord { shape: ob.shape as usize, index, holder: holder.0, holder_shape: hb.shape as usize });
    }
}

/// Records where a write of `key` on `o` goes, if it is an own writable data property.
pub fn fill_set(o: Value, key: Key, cache: &mut PropertyCache) {
    let Key::Prop(p) = key else { return };
    if !o.is_object() {
        return;
    }
    let ob = obj(o);
    let shape = unsafe { &*ob.shape };
    if shape.owned || ob.hdr.flags & LAZY_FN_PROPS != 0 {
        return;
    }
    if let Some((index, flags)) = shape.lookup(p)
        && flags & (ACCESSOR | WRITABLE) == WRITABLE
    {
        (cache.shape, cache.index, cache.holder, cache.holder_shape, cache.epoch) = (ob.shape as usize, index, 0, 0, 0);
    }
}

/// Records where a read of the global object's `key` finds its value. The global
/// object's shape may be owned (it has many properties): it lives as long as the
/// program, and its edit counter tells a moved or reconfigured property.
pub fn fill_global(key: Key, cache: &mut PropertyCache) {
    let Key::Prop(p) = key else { return };
    let ob = obj(realm().global);
    let shape = unsafe { &*ob.shape };
    if let Some((index, flags)) = shape.lookup(p)
        && flags & ACCESSOR == 0
    {
        (cache.shape, cache.index, cache.holder, cache.holder_shape, cache.epoch) = (ob.shape as usize, index, 0, 0, shape.epoch);
    }
}

/// Whether `o` keeps the fields of `layout` at their slots, as own writable data
/// properties of a shared shape; if so, compiled code may use its slots directly for
/// every object of that shape (a shared shape never changes), and the layout records it.
pub fn check_layout(o: Value, layout: &mut ClassLayout) -> bool {
    if !o.is_object() {
        return false;
    }
    let ob = obj(o);
    let ok = has_layout(ob.shape, layout);
    // Shared shapes never change: a verdict on one holds for good (an owned shape is
    // never recorded either way).
    if !unsafe { &*ob.shape }.owned {
        if ok {
            layout.shape = ob.shape as usize;
        } else {
            layout.rejected = ob.shape as usize;
        }
    }
    ok
}

fn has_layout(shape: *mut super::shape::Shape, layout: &ClassLayout) -> bool {
    let shape = unsafe { &*shape };
    if shape.owned || shape.props.len() < layout.count {
        return false;
    }
    let Some(program) = crate::program::program() else { return false };
    let keys = unsafe { std::slice::from_raw_parts((layout as *const ClassLayout).add(1) as *const u64, layout.count) };
    for (i, &id) in keys.iter().enumerate() {
        let Key::Prop(p) = Key::from_atom(program.string(id as u32)) else { return false };
        match shape.props.get_index(i) {
            Some((&k, &flags)) if k == p && flags & ACCESSOR == 0 && flags & WRITABLE != 0 => {}
            _ => return false,
        }
    }
    true
}
