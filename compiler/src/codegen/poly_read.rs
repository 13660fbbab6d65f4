//! The slow path of a named read: one shared stub that looks through the site's earlier
//! cache records (`PropertyCache::others`) in compiled code before asking the runtime.
//!
//! A read site that meets objects of a few shapes (a method called on instances of
//! several classes) misses its first record most of the time. The stub is a
//! `preserve_all` function like the cold trampolines (see `cold`), so the caller keeps
//! its registers, and on a hit it only saves the few registers it uses itself; only a
//! real miss goes on to the runtime (`dxrt_get_named_ic`, through its cold trampoline).
//! Like a cold call, it leaves the result in the cold result word.

// `ModuleError` is Cranelift's (large) error type; these run once per program.
#![allow(clippy::result_large_err)]

use std::mem::offset_of;

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{AbiParam, InstBuilder, MemFlagsData, types::*};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{FuncId, Linkage, Module, ModuleResult};
use cranelift_object::ObjectModule;
use dxrt_abi::{self as abi, CacheRecord, PropertyCache, object};

use super::cold::ColdCalls;
use super::property::read_by_record;

/// Declares the stub: `fn(obj, key, cache)` under `preserve_all`.
pub fn declare(m: &mut ObjectModule) -> ModuleResult<FuncId> {
    let mut sig = m.make_signature();
    sig.call_conv = CallConv::PreserveAll;
    sig.params.push(AbiParam::new(I64));
    sig.params.push(AbiParam::new(I64));
    sig.params.push(AbiParam::new(m.target_config().pointer_type()));
    m.declare_function("dxc_poly_read", Linkage::Local, &sig)
}

/// Defines the stub `id`; `miss` is the runtime's read (`dxrt_get_named_ic`).
pub fn define(m: &mut ObjectModule, id: FuncId, cold: &mut ColdCalls, miss: FuncId, vec_layout: (u32, u32)) -> ModuleResult<()> {
    let mut fctx = FunctionBuilderContext::new();
    let mut ctx = m.make_context();
    ctx.func.signature = m.declarations().get_function_decl(id).signature.clone();
    let mut b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
    let flags = MemFlagsData::trusted();
    let entry = b.create_block();
    b.append_block_params_for_function_params(entry);
    let miss_b = b.create_block();
    let found = b.create_block();
    b.append_block_param(found, I64);
    b.switch_to_block(entry);
    let (o, key, cache) = {
        let p = b.block_params(entry);
        (p[0], p[1], p[2])
    };
    let tag = b.ins().ushr_imm_u(o, abi::TAG_SHIFT as i64);
    let is_obj = b.ins().icmp_imm_s(IntCC::Equal, tag, abi::TAG_OBJECT as i64);
    let obj_b = b.create_block();
    b.ins().brif(is_obj, obj_b, &[], miss_b, &[]);
    b.switch_to_block(obj_b);
    let addr = b.ins().band_imm_u(o, abi::PAYLOAD_MASK as i64);
    let shape = b.ins().load(I64, flags, addr, object::SHAPE);
    for r in 0..3 {
        let record = (offset_of!(PropertyCache, others) + r * std::mem::size_of::<CacheRecord>()) as i32;
        let rshape = b.ins().load(I64, flags, cache, record + offset_of!(CacheRecord, shape) as i32);
        let same = b.ins().icmp(IntCC::Equal, rshape, shape);
        let (hit, next) = (b.create_block(), b.create_block());
        b.ins().brif(same, hit, &[], next, &[]);
        b.switch_to_block(hit);
        read_by_record(&mut b, vec_layout, cache, record, addr, found, miss_b);
        b.switch_to_block(next);
    }
    b.ins().jump(miss_b, &[]);
    b.switch_to_block(found);
    let v = b.block_params(found)[0];
    let word = cold.result_address(m, &mut b);
    b.ins().store(flags, v, word, 0);
    b.ins().return_(&[]);
    // A real miss: the runtime's read, which leaves its result in the same word.
    b.switch_to_block(miss_b);
    cold.call(m, &mut b, miss, &[o, key, cache])?;
    b.ins().return_(&[]);
    b.seal_all_blocks();
    b.finalize(m.target_config());
    m.define_function(id, &mut ctx)?;
    m.clear_context(&mut ctx);
    Ok(())
}
