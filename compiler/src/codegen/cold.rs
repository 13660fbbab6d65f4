//! Cold calls: calls on rarely taken paths (an inline-cache miss, a non-number operand,
//! the fallback of an inlined call) that keep the caller's registers.
//!
//! Under the native convention every float register is caller-saved, so an unboxed
//! number live across any call must be in memory there; register allocation then keeps
//! the numbers of a whole loop in stack slots because some rarely taken path inside it
//! calls the runtime. A cold call goes through a trampoline under Cranelift's
//! `preserve_all` convention, which saves whatever the real call clobbers, so the
//! caller's registers survive it. That convention restores even the return register,
//! so the trampoline leaves the result in a static word (`dxc_cold_result`), which the
//! caller reads right after the call.

// `ModuleError` is Cranelift's (large) error type; these run once per declaration.
#![allow(clippy::result_large_err)]

use std::collections::HashMap;

use cranelift_codegen::ir::{self as cir, InstBuilder, MemFlagsData};
use cranelift_codegen::isa::CallConv;
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext};
use cranelift_module::{DataDescription, DataId, FuncId, Linkage, Module, ModuleResult};
use cranelift_object::ObjectModule;

pub struct ColdCalls {
    /// Trampoline of each target called cold so far.
    trampolines: HashMap<FuncId, FuncId>,
    /// Where a trampoline leaves the result.
    result: DataId,
}

impl ColdCalls {
    pub fn declare(m: &mut ObjectModule) -> ModuleResult<ColdCalls> {
        let result = m.declare_data("dxc_cold_result", Linkage::Local, true, false)?;
        Ok(ColdCalls { trampolines: HashMap::new(), result })
    }

    /// Calls `target` (whose signature returns one value) through its trampoline: the
    /// result.
    pub fn call(&mut self, m: &mut ObjectModule, b: &mut FunctionBuilder, target: FuncId, args: &[cir::Value]) -> ModuleResult<cir::Value> {
        let id = match self.trampolines.get(&target) {
            Some(id) => *id,
            None => {
                let decl = m.declarations().get_function_decl(target);
                let name = format!("dxc_cold_{}", decl.linkage_name(target));
                let mut sig = decl.signature.clone();
                sig.call_conv = CallConv::PreserveAll;
                sig.returns.clear();
                let id = m.declare_function(&name, Linkage::Local, &sig)?;
                self.trampolines.insert(target, id);
                id
            }
        };
        let fref = m.declare_func_in_func(id, b.func);
        b.ins().call(fref, args);
        Ok(self.read_result(m, b))
    }

    /// The address of the result word.
    pub fn result_address(&self, m: &mut ObjectModule, b: &mut FunctionBuilder) -> cir::Value {
        let gv = m.declare_data_in_func(self.result, b.func);
        b.ins().symbol_value(m.target_config().pointer_type(), gv)
    }

    /// Reads the result a cold call (or a stub following the same protocol) left.
    pub fn read_result(&self, m: &mut ObjectModule, b: &mut FunctionBuilder) -> cir::Value {
        let slot = self.result_address(m, b);
        b.ins().load(cir::types::I64, MemFlagsData::trusted(), slot, 0)
    }

    /// Defines the trampolines the program's functions called, and the result word.
    pub fn define(&self, m: &mut ObjectModule) -> ModuleResult<()> {
        let mut fctx = FunctionBuilderContext::new();
        let mut ctx = m.make_context();
        let mut pairs: Vec<(FuncId, FuncId)> = self.trampolines.iter().map(|(t, id)| (*t, *id)).collect();
        pairs.sort();
        for (target, id) in pairs {
            ctx.func.signature = m.declarations().get_function_decl(id).signature.clone();
            let mut b = FunctionBuilder::new(&mut ctx.func, &mut fctx);
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            let args = b.block_params(entry).to_vec();
            let fref = m.declare_func_in_func(target, b.func);
            let call = b.ins().call(fref, &args);
            let r = b.inst_results(call)[0];
            let gv = m.declare_data_in_func(self.result, b.func);
            let slot = b.ins().symbol_value(m.target_config().pointer_type(), gv);
            b.ins().store(MemFlagsData::trusted(), r, slot, 0);
            b.ins().return_(&[]);
            b.seal_all_blocks();
            b.finalize(m.target_config());
            m.define_function(id, &mut ctx)?;
            m.clear_context(&mut ctx);
        }
        let mut word = DataDescription::new();
        word.define_zeroinit(8);
        m.define_data(self.result, &word)
    }
}
