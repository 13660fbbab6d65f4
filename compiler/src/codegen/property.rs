//! Inline property access: named reads and writes through a per-site inline cache
//! (`dxrt_abi::PropertyCache`, filled by the runtime's slow path), and reads and writes
//! of dense elements at integer indices. Each falls back to the runtime's full
//! operation when its checks fail.

use std::mem::offset_of;

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{self as cir, InstBuilder, MemFlagsData, types::*};
use cranelift_module::Module;
use dxrt_abi::{self as abi, PropertyCache, object};

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
        let data = self.b.ins().load(I64, MemFlagsData::trusted(), addr, vec + self.g.vec_layout.0 as i32);
        let off = self.b.ins().ishl_imm_u(index, 3);
        self.b.ins().iadd(data, off)
    }

    /// Loads slot `index` of the object at `addr`.
    fn load_slot(&mut self, addr: cir::Value, index: cir::Value) -> cir::Value {
        let at = self.vec_item(addr, object::SLOTS, index);
        self.b.ins().load(I64, MemFlagsData::trusted(), at, 0)
    }

    /// Ends an inline read: the fast path's value `v` goes to `join`; block `slow` calls
    /// runtime function `name` with what `slow_args` computes there; `dst` gets either.
    pub(super) fn finish_read(&mut self, dst: ir::Var, v: cir::Value, slow: cir::Block, join: cir::Block, name: &str, slow_args: impl FnOnce(&mut Self) -> Vec<cir::Value>) {
        self.b.ins().jump(join, &[v.into()]);
        self.b.switch_to_block(slow);
        let args = slow_args(self);
        let r = self.call_cold(name, &args);
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(join);
        self.last_cmp = None;
        let r = self.b.block_params(join)[0];
        self.set(dst, r);
    }

    /// `obj.key`: an own or prototype slot when the object's shape is the cached one.
    pub(super) fn get_named(&mut self, dst: ir::Var, obj: ir::Var, key: ir::StrId) {
        let o = self.get(obj);
        let cache = self.new_cache();
        let (slow, proto_b, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, I64);
        let flags = MemFlagsData::trusted();
        let (addr, index) = self.cached_shape(o, cache, slow);
        let holder = self.cache_field(cache, offset_of!(PropertyCache, holder));
        let own_b = self.b.create_block();
        self.b.ins().brif(holder, proto_b, &[], own_b, &[]);
        self.b.switch_to_block(own_b);
        let v = self.load_slot(addr, index);
        self.b.ins().jump(join, &[v.into()]);
        // A prototype hit: the object's prototype is the cached holder, of the cached shape.
        self.b.switch_to_block(proto_b);
        let proto = self.b.ins().load(I64, flags, addr, object::PROTO);
        let same = self.b.ins().icmp(IntCC::Equal, proto, holder);
        let proto_ok = self.b.create_block();
        self.b.ins().brif(same, proto_ok, &[], slow, &[]);
        self.b.switch_to_block(proto_ok);
        let haddr = self.b.ins().band_imm_u(holder, abi::PAYLOAD_MASK as i64);
        let hshape = self.b.ins().load(I64, flags, haddr, object::SHAPE);
        let hcached = self.cache_field(cache, offset_of!(PropertyCache, holder_shape));
        let hsame = self.b.ins().icmp(IntCC::Equal, hshape, hcached);
        let holder_ok = self.b.create_block();
        self.b.ins().brif(hsame, holder_ok, &[], slow, &[]);
        self.b.switch_to_block(holder_ok);
        let v = self.load_slot(haddr, index);
        self.b.ins().jump(join, &[v.into()]);
        // The site's other records, then the runtime (see `poly_read`).
        self.b.switch_to_block(slow);
        let stub = match self.g.poly_read {
            Some(id) => id,
            None => {
                let id = super::poly_read::declare(&mut self.g.module).unwrap_or_else(|e| panic!("cannot declare the read stub: {e}"));
                *self.g.poly_read.insert(id)
            }
        };
        let k = self.string_value(key);
        let fref = self.g.module.declare_func_in_func(stub, self.b.func);
        self.b.ins().call(fref, &[o, k, cache]);
        let r = self.g.cold.read_result(&mut self.g.module, &mut self.b);
        self.check(r);
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(join);
        self.last_cmp = None;
        let r = self.b.block_params(join)[0];
        self.set(dst, r);
    }

    /// A global object property read: its slot while the global object's shape and the
    /// shape's edit counter are the cached ones.
    pub(super) fn get_global(&mut self, dst: ir::Var, name: ir::StrId) {
        let cache = self.new_cache();
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, I64);
        let flags = MemFlagsData::trusted();
        let gv = self.g.module.declare_data_in_func(self.g.global_object, self.b.func);
        let gaddr = self.b.ins().symbol_value(self.g.ptr, gv);
        let g = self.b.ins().load(I64, flags, gaddr, 0);
        let addr = self.b.ins().band_imm_u(g, abi::PAYLOAD_MASK as i64);
        let shape = self.shape_matches(addr, cache, slow);
        let epoch = self.b.ins().load(I64, flags, shape, object::SHAPE_EPOCH);
        let cached_epoch = self.cache_field(cache, offset_of!(PropertyCache, epoch));
        let same = self.b.ins().icmp(IntCC::Equal, epoch, cached_epoch);
        let hit_b = self.b.create_block();
        self.b.ins().brif(same, hit_b, &[], slow, &[]);
        self.b.switch_to_block(hit_b);
        let index = self.cache_field(cache, offset_of!(PropertyCache, index));
        let v = self.load_slot(addr, index);
        self.finish_read(dst, v, slow, join, "dxrt_get_global_ic", |s| vec![s.string_value(name), cache]);
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
        self.last_cmp = None;
    }

    /// The dense element `key` of object `o` exists: its address, else to `slow`.
    fn element_address(&mut self, o: cir::Value, key: ir::Var, slow: cir::Block) -> cir::Value {
        let flags = MemFlagsData::trusted();
        let addr = self.object_address(o, slow);
        let f = match self.repr[key.0 as usize] {
            Repr::Number => self.b.use_var(self.vars[key.0 as usize]),
            _ => {
                // A non-number's bits are a NaN, which is no integer.
                let k = self.get(key);
                self.b.ins().bitcast(F64, MemFlagsData::new(), k)
            }
        };
        let i = self.b.ins().fcvt_to_sint_sat(I64, f);
        let back = self.b.ins().fcvt_from_sint(F64, i);
        let integral = self.b.ins().fcmp(FloatCC::Equal, back, f);
        let len = self.b.ins().load(I64, flags, addr, object::ELEMENTS + self.g.vec_layout.1 as i32);
        let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
        let ok = self.b.ins().band(integral, inside);
        let next = self.b.create_block();
        self.b.ins().brif(ok, next, &[], slow, &[]);
        self.b.switch_to_block(next);
        let at = self.vec_item(addr, object::ELEMENTS, i);
        // A hole is not an element: the prototype chain decides.
        let cur = self.b.ins().load(I64, flags, at, 0);
        let hole = self.b.ins().icmp_imm_s(IntCC::Equal, cur, abi::HOLE as i64);
        let present = self.b.create_block();
        self.b.ins().brif(hole, slow, &[], present, &[]);
        self.b.switch_to_block(present);
        at
    }

    /// `obj[key]` for a dense element, else the runtime.
    pub(super) fn get_elem(&mut self, dst: ir::Var, obj: ir::Var, key: ir::Var) {
        let o = self.get(obj);
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, I64);
        let at = self.element_address(o, key, slow);
        let v = self.b.ins().load(I64, MemFlagsData::trusted(), at, 0);
        self.finish_read(dst, v, slow, join, "dxrt_get_elem", |s| vec![o, s.get(key)]);
    }

    /// `obj[key] = value` over an existing writable dense element, else the runtime.
    pub(super) fn set_elem(&mut self, obj: ir::Var, key: ir::Var, value: ir::Var, strict: bool) {
        let (o, v) = (self.get(obj), self.get(value));
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        let at = self.element_address(o, key, slow);
        let addr = self.b.ins().band_imm_u(o, abi::PAYLOAD_MASK as i64);
        let hflags = self.b.ins().uload16(I32, MemFlagsData::trusted(), addr, object::FLAGS);
        let frozen = self.b.ins().band_imm_u(hflags, object::FROZEN_ELEMENTS as i64);
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
        self.last_cmp = None;
    }
}
