//! Inline property access: named reads and writes through a per-site inline cache
//! (`dxrt_abi::PropertyCache`, filled by the runtime's slow path), and reads and writes
//! of dense elements at integer indices. Each falls back to the runtime's full
//! operation when its checks fail.

use std::mem::offset_of;

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{self as cir, InstBuilder, MemFlagsData, types::*};
use cranelift_frontend::FunctionBuilder;
use cranelift_module::Module;
use dxrt_abi::{self as abi, CacheRecord, PropertyCache, object};

use super::FnGen;
use crate::ir::{self, types::Repr};

impl FnGen<'_, '_> {
    /// The address of a new inline cache for this site.
    pub(super) fn new_cache(&mut self) -> cir::Value {
        let index = self.g.cache_count;
        self.g.cache_count += 1;
        let gv = self.g.module.declare_data_in_func(self.g.caches_data, self.b.func);
        let base = self.b.ins().symbol_value(self.g.ptr, gv);
        self.b.ins().iadd_imm_s(base, (index as usize * abi::PROPERTY_CACHE_SIZE) as i64)
    }

    /// Branches to `slow` unless `v` is an object; returns its address.
    pub(super) fn object_address(&mut self, v: cir::Value, slow: cir::Block) -> cir::Value {
        let tag = self.b.ins().ushr_imm_u(v, abi::TAG_SHIFT as i64);
        let is_obj = self.b.ins().icmp_imm_s(IntCC::Equal, tag, abi::TAG_OBJECT as i64);
        let next = self.b.create_block();
        self.b.ins().brif(is_obj, next, &[], slow, &[]);
        self.b.switch_to_block(next);
        self.b.ins().band_imm_u(v, abi::PAYLOAD_MASK as i64)
    }

    /// Loads the word at `field` of the cache.
    fn cache_field(&mut self, cache: cir::Value, field: usize) -> cir::Value {
        self.b.ins().load(I64, MemFlagsData::trusted(), cache, field as i32)
    }

    /// Continues when the object at `addr` has the cache's shape (else goes to `slow`):
    /// that shape.
    fn shape_matches(&mut self, addr: cir::Value, cache: cir::Value, slow: cir::Block) -> cir::Value {
        let shape = self.b.ins().load(I64, MemFlagsData::trusted(), addr, object::SHAPE);
        let cached = self.cache_field(cache, offset_of!(PropertyCache, shape));
        let hit = self.b.ins().icmp(IntCC::Equal, shape, cached);
        let hit_b = self.b.create_block();
        self.b.ins().brif(hit, hit_b, &[], slow, &[]);
        self.b.switch_to_block(hit_b);
        shape
    }

    /// Continues when `o` is an object of the cache's shape (else goes to `slow`): the
    /// object's address and the cached slot index.
    fn cached_shape(&mut self, o: cir::Value, cache: cir::Value, slow: cir::Block) -> (cir::Value, cir::Value) {
        let addr = self.object_address(o, slow);
        self.shape_matches(addr, cache, slow);
        (addr, self.cache_field(cache, offset_of!(PropertyCache, index)))
    }

    /// The address of item `index` of the `Vec` of values at `vec` in the object at `addr`.
    fn vec_item(&mut self, addr: cir::Value, vec: i32, index: cir::Value) -> cir::Value {
        vec_item(&mut self.b, self.g.vec_layout, addr, vec, index)
    }

    /// Loads slot `index` of the object at `addr`.
    fn load_slot(&mut self, addr: cir::Value, index: cir::Value) -> cir::Value {
        let at = self.vec_item(addr, object::SLOTS, index);
        self.b.ins().load(I64, MemFlagsData::trusted(), at, 0)
    }

    /// Ends an inline read: the fast path's value `v` goes to `join`, and so does what
    /// `slow_value` computes in block `slow`; `dst` gets either.
    pub(super) fn finish_read(&mut self, dst: ir::Var, v: cir::Value, slow: cir::Block, join: cir::Block, slow_value: impl FnOnce(&mut Self) -> cir::Value) {
        self.b.ins().jump(join, &[v.into()]);
        self.finish_slow(dst, slow, join, slow_value);
    }

    /// Ends a read whose fast paths all jumped to `join` (with the value): block `slow`
    /// computes `slow_value` and joins them; `dst` gets the joined value.
    fn finish_slow(&mut self, dst: ir::Var, slow: cir::Block, join: cir::Block, slow_value: impl FnOnce(&mut Self) -> cir::Value) {
        self.b.switch_to_block(slow);
        let r = slow_value(self);
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(join);
        let r = self.b.block_params(join)[0];
        self.set(dst, r);
    }

    /// `obj.key`: an own or prototype slot when the object's shape is the cached one.
    pub(super) fn get_named(&mut self, dst: ir::Var, obj: ir::Var, key: ir::StrId) {
        let o = self.get(obj);
        let cache = self.new_cache();
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, I64);
        let addr = self.object_address(o, slow);
        self.shape_matches(addr, cache, slow);
        read_by_record(&mut self.b, self.g.vec_layout, cache, 0, addr, join, slow);
        // The site's other records, then the runtime (see `poly_read`).
        self.finish_slow(dst, slow, join, |s| {
            let stub = match s.g.poly_read {
                Some(id) => id,
                None => {
                    let id = super::poly_read::declare(&mut s.g.module).unwrap_or_else(|e| panic!("cannot declare the read stub: {e}"));
                    *s.g.poly_read.insert(id)
                }
            };
            let k = s.string_value(key);
            s.watched_slow_path(dst, |s| {
                let fref = s.g.module.declare_func_in_func(stub, s.b.func);
                s.b.ins().call(fref, &[o, k, cache]);
                let r = s.g.cold.read_result(&mut s.g.module, &mut s.b);
                s.check(r);
                r
            })
        });
    }

    /// A read's slow path: when the read is watched (`FnGen::watched`, in the
    /// specialized copy), it leaves that copy if the runtime called a function meanwhile
    /// (`leave_if_called`).
    pub(super) fn watched_slow_path(&mut self, dst: ir::Var, slow: impl FnOnce(&mut Self) -> cir::Value) -> cir::Value {
        if self.generic.is_none() || !self.watched.contains_key(&self.cur_inst) {
            return slow(self);
        }
        let before = self.call_count();
        let r = slow(self);
        self.leave_if_called(before, dst, r);
        r
    }

    /// The runtime's count of the functions it has called.
    fn call_count(&mut self) -> cir::Value {
        let gv = self.g.module.declare_data_in_func(self.g.call_count, self.b.func);
        let at = self.b.ins().symbol_value(self.g.ptr, gv);
        self.b.ins().load(I64, MemFlagsData::trusted(), at, 0)
    }

    /// After the slow path of a watched read (`FnGen::watched`: named or element) in the
    /// specialized copy:
    /// when the runtime called a function since `before` (a getter), which may have
    /// changed any object's shape, leaves for the generic copy after the read, with its
    /// value `r`; else the layouts known before the read still hold.
    fn leave_if_called(&mut self, before: cir::Value, dst: ir::Var, r: cir::Value) {
        let after = self.call_count();
        let called = self.b.ins().icmp(IntCC::NotEqual, before, after);
        let (exit_b, cont_b) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(called, exit_b, &[], cont_b, &[]);
        self.b.set_cold_block(exit_b);
        self.b.switch_to_block(exit_b);
        let (block, k) = self.cur_inst;
        let live = self.watched[&(block, k)].clone();
        self.exit_to_generic(&live, Some((dst, r)), (block, k + 1));
        self.b.switch_to_block(cont_b);
    }

    /// Continues in `fast` when `o` is an object with the class layout of `field` (its
    /// shape is the one the layout last verified, or the runtime verifies it now), else
    /// in `slow` (also at once for the shape the layout last rejected); returns the
    /// object's address.
    pub(super) fn layout_matches(&mut self, o: cir::Value, field: ir::FieldSlot, fast: cir::Block, slow: cir::Block) -> cir::Value {
        let flags = MemFlagsData::trusted();
        let addr = self.object_address(o, slow);
        let shape = self.b.ins().load(I64, flags, addr, object::SHAPE);
        let gv = self.g.module.declare_data_in_func(self.g.layouts_data, self.b.func);
        let base = self.b.ins().symbol_value(self.g.ptr, gv);
        let layout = self.b.ins().iadd_imm_s(base, self.g.layout_offsets[field.layout as usize] as i64);
        let verified = self.b.ins().load(I64, flags, layout, offset_of!(abi::ClassLayout, shape) as i32);
        let same = self.b.ins().icmp(IntCC::Equal, shape, verified);
        let (other, check) = (self.b.create_block(), self.b.create_block());
        self.b.set_cold_block(other);
        self.b.ins().brif(same, fast, &[], other, &[]);
        self.b.switch_to_block(other);
        let rejected = self.b.ins().load(I64, flags, layout, offset_of!(abi::ClassLayout, rejected) as i32);
        let known_bad = self.b.ins().icmp(IntCC::Equal, shape, rejected);
        self.b.set_cold_block(check);
        self.b.ins().brif(known_bad, slow, &[], check, &[]);
        self.b.switch_to_block(check);
        let id = self.g.rt.id("dxrt_class_layout_check");
        let ok = self.call_fn(id, &[o, layout], true);
        let ok = self.b.ins().ireduce(I32, ok);
        self.b.ins().brif(ok, fast, &[], slow, &[]);
        addr
    }

    /// Where the slot values of the object at `addr` start.
    pub(super) fn slots_of(&mut self, addr: cir::Value) -> cir::Value {
        self.b.ins().load(I64, MemFlagsData::trusted(), addr, object::SLOTS + self.g.vec_layout.0 as i32)
    }

    /// The address of field slot `field` among slot values starting at `slots`.
    pub(super) fn slot_address(&mut self, slots: cir::Value, field: ir::FieldSlot) -> cir::Value {
        self.b.ins().iadd_imm_s(slots, field.slot as i64 * 8)
    }

    /// The dense elements of the object at `addr`: where they start, and how many.
    pub(super) fn elements_of(&mut self, addr: cir::Value) -> (cir::Value, cir::Value) {
        let flags = MemFlagsData::trusted();
        let data = self.b.ins().load(I64, flags, addr, object::ELEMENTS + self.g.vec_layout.0 as i32);
        let len = self.b.ins().load(I64, flags, addr, object::ELEMENTS + self.g.vec_layout.1 as i32);
        (data, len)
    }

    /// `obj.key` where TypeScript types `obj` as a class instance whose layout has
    /// `key` at `field`: that slot when the object has the layout, else an ordinary
    /// cached read.
    pub(super) fn get_field(&mut self, dst: ir::Var, obj: ir::Var, key: ir::StrId, field: ir::FieldSlot) {
        if let Some(x) = self.held_field() {
            let v = self.get(x);
            self.set(dst, v);
            return;
        }
        if let Some(at) = self.fast_field(field).or_else(|| self.special_field(obj, field)) {
            let v = self.b.ins().load(I64, MemFlagsData::trusted(), at, 0);
            self.set(dst, v);
            return;
        }
        if self.slow_run {
            return self.get_named(dst, obj, key);
        }
        self.checked_field(obj, field, |s, at| {
            let v = s.b.ins().load(I64, MemFlagsData::trusted(), at, 0);
            s.set(dst, v);
        }, |s| s.get_named(dst, obj, key));
    }

    /// `obj.key = value` where TypeScript types `obj` as a class instance with `key` at
    /// `field`: a store to that slot when the object has the layout, else an ordinary
    /// cached write.
    pub(super) fn set_field(&mut self, obj: ir::Var, key: ir::StrId, value: ir::Var, strict: bool, field: ir::FieldSlot) {
        if let Some(at) = self.fast_field(field).or_else(|| self.special_field(obj, field)) {
            let v = self.get(value);
            self.b.ins().store(MemFlagsData::trusted(), v, at, 0);
            return;
        }
        if self.slow_run {
            return self.set_named(obj, key, value, strict);
        }
        let v = self.get(value);
        self.checked_field(obj, field, |s, at| {
            s.b.ins().store(MemFlagsData::trusted(), v, at, 0);
        }, |s| s.set_named(obj, key, value, strict));
    }

    /// A class-field access checked here: `fast` with the slot's address when the
    /// object has the layout, else `slow` (the ordinary access).
    fn checked_field(&mut self, obj: ir::Var, field: ir::FieldSlot, fast: impl FnOnce(&mut Self, cir::Value), slow: impl FnOnce(&mut Self)) {
        let o = self.get(obj);
        let (fast_b, slow_b, done) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        let addr = self.layout_matches(o, field, fast_b, slow_b);
        self.b.switch_to_block(fast_b);
        let slots = self.slots_of(addr);
        let at = self.slot_address(slots, field);
        fast(self, at);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(slow_b);
        slow(self);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// `obj.length`: a dense array's element count, else an ordinary cached read (an
    /// array's `length` has no slot, so the cache never holds it).
    pub(super) fn get_length(&mut self, dst: ir::Var, obj: ir::Var, key: ir::StrId) {
        let flags = MemFlagsData::trusted();
        let o = self.get(obj);
        let (array, dense, other, done) = (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        let addr = self.object_address(o, other);
        let class = self.b.ins().uload8(I32, flags, addr, object::CLASS);
        let is_array = self.b.ins().icmp_imm_s(IntCC::Equal, class, object::CLASS_ARRAY as i64);
        self.b.ins().brif(is_array, array, &[], other, &[]);
        self.b.switch_to_block(array);
        let sparse = self.b.ins().load(I64, flags, addr, object::SPARSE);
        self.b.ins().brif(sparse, other, &[], dense, &[]);
        self.b.switch_to_block(dense);
        let (_, len) = self.elements_of(addr);
        let n = self.b.ins().fcvt_from_uint(F64, len);
        self.set_as(dst, n, Repr::Number);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(other);
        self.get_named(dst, obj, key);
        self.b.ins().jump(done, &[]);
        self.b.switch_to_block(done);
    }

    /// A global object property read: its slot while the global object's shape and the
    /// shape's edit counter are the cached ones.
    pub(super) fn get_global(&mut self, dst: ir::Var, name: ir::StrId) {
        let cache = self.new_cache();
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, I64);
        let v = self.cached_global(cache, slow);
        self.finish_read(dst, v, slow, join, |s| {
            let k = s.string_value(name);
            s.call_cold("dxrt_get_global_ic", &[k, cache])
        });
    }

    /// The global object property `cache` records, while the global object's shape and
    /// the shape's edit counter are the cached ones (else to `miss`).
    pub(super) fn cached_global(&mut self, cache: cir::Value, miss: cir::Block) -> cir::Value {
        let flags = MemFlagsData::trusted();
        let gv = self.g.module.declare_data_in_func(self.g.global_object, self.b.func);
        let gaddr = self.b.ins().symbol_value(self.g.ptr, gv);
        let g = self.b.ins().load(I64, flags, gaddr, 0);
        let addr = self.b.ins().band_imm_u(g, abi::PAYLOAD_MASK as i64);
        let shape = self.shape_matches(addr, cache, miss);
        let epoch = self.b.ins().load(I64, flags, shape, object::SHAPE_EPOCH);
        let cached_epoch = self.cache_field(cache, offset_of!(PropertyCache, epoch));
        let same = self.b.ins().icmp(IntCC::Equal, epoch, cached_epoch);
        let hit_b = self.b.create_block();
        self.b.ins().brif(same, hit_b, &[], miss, &[]);
        self.b.switch_to_block(hit_b);
        let index = self.cache_field(cache, offset_of!(PropertyCache, index));
        self.load_slot(addr, index)
    }

    /// `obj.key = value`: stores to the slot when the object's shape is the cached one.
    pub(super) fn set_named(&mut self, obj: ir::Var, key: ir::StrId, value: ir::Var, strict: bool) {
        let (o, v) = (self.get(obj), self.get(value));
        let cache = self.new_cache();
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        let flags = MemFlagsData::trusted();
        let (addr, index) = self.cached_shape(o, cache, slow);
        let at = self.vec_item(addr, object::SLOTS, index);
        self.b.ins().store(flags, v, at, 0);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(slow);
        let k = self.string_value(key);
        let s = self.i32c(strict as i64);
        self.call_cold("dxrt_set_named_ic", &[o, k, v, s, cache]);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
    }

    /// The dense element `key` of object `o` exists: its address and value, else to `slow`.
    pub(super) fn element_address(&mut self, o: cir::Value, key: ir::Var, slow: cir::Block) -> (cir::Value, cir::Value) {
        let addr = self.object_address(o, slow);
        let f = self.index_number(key);
        let i = self.integer_index(f, key, slow);
        let (data, len) = self.elements_of(addr);
        self.element_at(data, len, i, slow)
    }

    /// The index `f` (variable `key`) as an integer, when it is one (else to `slow`). A
    /// counter (`ir::types::counters`) is one: converted, it is either exact or
    /// saturated, which no bounds check lets through.
    fn integer_index(&mut self, f: cir::Value, key: ir::Var, slow: cir::Block) -> cir::Value {
        if self.repr[key.0 as usize] == Repr::Number && self.counters[key.0 as usize] {
            return self.b.ins().fcvt_to_sint_sat(I64, f);
        }
        // Each check is a branch fused with its comparison (no flags materialized).
        let (i, integral) = self.whole_index(f);
        let whole = self.b.create_block();
        self.b.ins().brif(integral, whole, &[], slow, &[]);
        self.b.switch_to_block(whole);
        i
    }

    /// `f` converted to an i64 (saturating), and whether that is exact: `f` is a whole
    /// number (no NaN) in the i64 range.
    pub(super) fn whole_index(&mut self, f: cir::Value) -> (cir::Value, cir::Value) {
        let i = self.b.ins().fcvt_to_sint_sat(I64, f);
        let back = self.b.ins().fcvt_from_sint(F64, i);
        (i, self.b.ins().fcmp(FloatCC::Equal, back, f))
    }

    /// Whether the object at `addr` has frozen elements (nonzero if so).
    pub(super) fn frozen_elements(&mut self, addr: cir::Value) -> cir::Value {
        let hflags = self.b.ins().uload16(I32, MemFlagsData::trusted(), addr, object::FLAGS);
        self.b.ins().band_imm_u(hflags, object::FROZEN_ELEMENTS as i64)
    }

    /// The address and value of element `i` of the elements at `data` (`len` of them),
    /// unless it is out of range or a hole (then to `slow`).
    fn element_at(&mut self, data: cir::Value, len: cir::Value, i: cir::Value, slow: cir::Block) -> (cir::Value, cir::Value) {
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        let next = self.b.create_block();
        self.b.ins().brif(inside, next, &[], slow, &[]);
        self.b.switch_to_block(next);
        let off = self.b.ins().ishl_imm_u(i, 3);
        let at = self.b.ins().iadd(data, off);
        // A hole is not an element: the prototype chain decides.
        let cur = self.b.ins().load(I64, MemFlagsData::trusted(), at, 0);
        let hole = self.b.ins().icmp_imm_s(IntCC::Equal, cur, abi::HOLE as i64);
        let present = self.b.create_block();
        self.b.ins().brif(hole, slow, &[], present, &[]);
        self.b.switch_to_block(present);
        (at, cur)
    }

    /// Element `key` of elements loaded beforehand (`hoist`): its value, else to `slow`.
    pub(super) fn element_of(&mut self, data: cir::Value, len: cir::Value, key: ir::Var, slow: cir::Block) -> cir::Value {
        let f = self.index_number(key);
        let i = self.integer_index(f, key, slow);
        self.element_at(data, len, i, slow).1
    }

    /// An index variable as an `f64` (a non-number's bits are a NaN, which is no integer).
    fn index_number(&mut self, key: ir::Var) -> cir::Value {
        match self.repr[key.0 as usize] {
            Repr::Number => self.b.use_var(self.vars[key.0 as usize]),
            _ => {
                let k = self.get(key);
                self.b.ins().bitcast(F64, MemFlagsData::new(), k)
            }
        }
    }

    /// `obj[key]` for a dense element, else the runtime.
    pub(super) fn get_elem(&mut self, dst: ir::Var, obj: ir::Var, key: ir::Var) {
        if self.hoisted_element(dst, obj, key) {
            return;
        }
        let o = self.get(obj);
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, I64);
        let (_, v) = self.element_address(o, key, slow);
        self.finish_read(dst, v, slow, join, |s| {
            let k = s.get(key);
            s.watched_slow_path(dst, |s| s.call_cold("dxrt_get_elem", &[o, k]))
        });
    }

    /// `obj[key] = value` over an existing writable dense element, else the runtime.
    pub(super) fn set_elem(&mut self, obj: ir::Var, key: ir::Var, value: ir::Var, strict: bool) {
        let (o, v) = (self.get(obj), self.get(value));
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        let (at, _) = self.element_address(o, key, slow);
        let addr = self.b.ins().band_imm_u(o, abi::PAYLOAD_MASK as i64);
        let frozen = self.frozen_elements(addr);
        let store_b = self.b.create_block();
        self.b.ins().brif(frozen, slow, &[], store_b, &[]);
        self.b.switch_to_block(store_b);
        self.b.ins().store(MemFlagsData::trusted(), v, at, 0);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(slow);
        let k = self.get(key);
        let s = self.i32c(strict as i64);
        self.call_cold("dxrt_set_elem", &[o, k, v, s]);
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
    }
}

/// The address of item `index` of the `Vec` of values at offset `vec` in the object at
/// `addr` (`vec_layout`: see `dxrt_abi::vec_layout`).
pub(super) fn vec_item(b: &mut FunctionBuilder, vec_layout: (u32, u32), addr: cir::Value, vec: i32, index: cir::Value) -> cir::Value {
    let data = b.ins().load(I64, MemFlagsData::trusted(), addr, vec + vec_layout.0 as i32);
    let off = b.ins().ishl_imm_u(index, 3);
    b.ins().iadd(data, off)
}

/// The read a cache record describes, for an object (at `addr`) of the record's shape:
/// its own slot, or its prototype's while the prototype is the record's holder and of
/// the record's holder shape. Jumps to `found` with the value, else to `miss`. The
/// record is at `cache + record`: a `CacheRecord`, or the `PropertyCache` itself, whose
/// first fields are laid out the same.
pub(super) fn read_by_record(b: &mut FunctionBuilder, vec_layout: (u32, u32), cache: cir::Value, record: i32, addr: cir::Value, found: cir::Block, miss: cir::Block) {
    let flags = MemFlagsData::trusted();
    let field = |b: &mut FunctionBuilder, f: usize| b.ins().load(I64, flags, cache, record + f as i32);
    let slot = |b: &mut FunctionBuilder, addr, index| {
        let at = vec_item(b, vec_layout, addr, object::SLOTS, index);
        b.ins().load(I64, flags, at, 0)
    };
    let index = field(b, offset_of!(CacheRecord, index));
    let holder = field(b, offset_of!(CacheRecord, holder));
    let (own, proto_b) = (b.create_block(), b.create_block());
    b.ins().brif(holder, proto_b, &[], own, &[]);
    b.switch_to_block(own);
    let v = slot(b, addr, index);
    b.ins().jump(found, &[v.into()]);
    b.switch_to_block(proto_b);
    let proto = b.ins().load(I64, flags, addr, object::PROTO);
    let same_proto = b.ins().icmp(IntCC::Equal, proto, holder);
    let proto_ok = b.create_block();
    b.ins().brif(same_proto, proto_ok, &[], miss, &[]);
    b.switch_to_block(proto_ok);
    let haddr = b.ins().band_imm_u(holder, abi::PAYLOAD_MASK as i64);
    let hshape = b.ins().load(I64, flags, haddr, object::SHAPE);
    let want = field(b, offset_of!(CacheRecord, holder_shape));
    let same_shape = b.ins().icmp(IntCC::Equal, hshape, want);
    let holder_ok = b.create_block();
    b.ins().brif(same_shape, holder_ok, &[], miss, &[]);
    b.switch_to_block(holder_ok);
    let v = slot(b, haddr, index);
    b.ins().jump(found, &[v.into()]);
}
