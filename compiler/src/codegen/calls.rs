//! Calls. A call of an unknown callee (`Inst::Call`) goes straight to a compiled
//! function's fast entry when it has one for that many arguments. A checked fast call
//! (`Inst::CallKnown`): when the callee is the function the compiler expected, a script
//! function is called through its fast entry (arguments in registers, no argument
//! vector) and a recognized `Math` built-in is computed inline. The guard of an inlined
//! call (`Inst::InlineGuard`) checks the same. Any other callee gets the generic call.

use cranelift_codegen::ir::condcodes::IntCC;
use cranelift_codegen::ir::{self as cir, InstBuilder, MemFlagsData, types::*};
use cranelift_module::Module;
use dxrt_abi::{self as abi, function, object};

use super::FnGen;
use crate::ir::types::Repr;
use crate::ir::{self, Known};

impl FnGen<'_, '_> {
    /// A call of an unknown callee: a compiled function with a fast entry for exactly
    /// this many arguments is called there directly (arguments in registers, no trip
    /// through the runtime); anything else is the runtime's generic call.
    pub(super) fn call(&mut self, dst: ir::Var, callee: ir::Var, this: ir::Var, args: &[ir::Var], site: Option<ir::StrId>) {
        let c = self.get(callee);
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, I64);
        let flags = MemFlagsData::trusted();
        let (addr, info) = self.function_info(c, slow);
        let (has_fast, fast_b) = (self.b.create_block(), self.b.create_block());
        let entry = self.b.ins().load(self.g.ptr, flags, info, abi::INFO_FAST_ENTRY);
        self.b.ins().brif(entry, has_fast, &[], slow, &[]);
        self.b.switch_to_block(has_fast);
        let n = self.b.ins().load(I32, flags, info, abi::INFO_FAST_PARAMS);
        let same = self.b.ins().icmp_imm_s(IntCC::Equal, n, args.len() as i64);
        self.b.ins().brif(same, fast_b, &[], slow, &[]);
        self.b.switch_to_block(fast_b);
        let env = self.b.ins().load(I64, flags, addr, function::ENV);
        let mut vals = vec![env, self.get(this)];
        for a in args {
            vals.push(self.get(*a));
        }
        let sig = self.g.fast_sig(args.len());
        let sig = self.b.import_signature(sig);
        let call = self.b.ins().call_indirect(sig, entry, &vals);
        let r = self.b.inst_results(call)[0];
        self.check(r);
        // Calls of built-ins are common, not cold: a plain call.
        self.finish_read(dst, r, slow, join, |s| s.generic_call(c, this, args, site, false));
    }

    /// The runtime's call of boxed callee `c` (cold or not).
    fn generic_call(&mut self, c: cir::Value, this: ir::Var, args: &[ir::Var], site: Option<ir::StrId>, cold: bool) -> cir::Value {
        let t = self.get(this);
        let p = self.args_slot(args);
        let n = self.i32c(args.len() as i64);
        let site = self.i32c(site.map(|x| x as i64).unwrap_or(-1));
        let vals = [c, t, p, n, site];
        if cold { self.call_cold("dxrt_call", &vals) } else { self.call_checked("dxrt_call", &vals) }
    }

    /// Continues when boxed `c` is a function object (else goes to `slow`): its address
    /// and its `FunctionInfo`.
    fn function_info(&mut self, c: cir::Value, slow: cir::Block) -> (cir::Value, cir::Value) {
        let flags = MemFlagsData::trusted();
        let addr = self.object_address(c, slow);
        let fn_b = self.b.create_block();
        let class = self.b.ins().uload8(I32, flags, addr, object::CLASS);
        let is_fn = self.b.ins().icmp_imm_s(IntCC::Equal, class, object::CLASS_FUNCTION as i64);
        self.b.ins().brif(is_fn, fn_b, &[], slow, &[]);
        self.b.switch_to_block(fn_b);
        (addr, self.b.ins().load(self.g.ptr, flags, addr, function::INFO))
    }

    /// Continues when boxed `c` is a closure of `func` (else goes to `slow`): its address.
    /// The site's callee cell remembers the last closure found to be one (see
    /// `dxrt_abi::ProgramInfo::callee_cells`): the same callee again is one compare.
    pub(super) fn closure_of(&mut self, c: cir::Value, func: ir::FuncId, slow: cir::Block) -> cir::Value {
        let flags = MemFlagsData::trusted();
        let index = self.g.callee_cell_count;
        self.g.callee_cell_count += 1;
        let gv = self.g.module.declare_data_in_func(self.g.callee_cells, self.b.func);
        let base = self.b.ins().symbol_value(self.g.ptr, gv);
        let cell = self.b.ins().load(I64, flags, base, index as i32 * 8);
        let same_cell = self.b.ins().icmp(IntCC::Equal, c, cell);
        let (check_b, known_b) = (self.b.create_block(), self.b.create_block());
        self.b.ins().brif(same_cell, known_b, &[], check_b, &[]);
        self.b.set_cold_block(check_b);
        self.b.switch_to_block(check_b);
        let (_, info) = self.function_info(c, slow);
        let gv = self.g.module.declare_data_in_func(self.g.info_ids[&func.0], self.b.func);
        let expected = self.b.ins().symbol_value(self.g.ptr, gv);
        let same = self.b.ins().icmp(IntCC::Equal, info, expected);
        let same_b = self.b.create_block();
        self.b.ins().brif(same, same_b, &[], slow, &[]);
        self.b.switch_to_block(same_b);
        self.b.ins().store(flags, c, base, index as i32 * 8);
        self.b.ins().jump(known_b, &[]);
        self.b.switch_to_block(known_b);
        self.b.ins().band_imm_u(c, abi::PAYLOAD_MASK as i64)
    }

    /// `Inst::InlineGuard`: the callee (if any) is a closure of `func` and every argument
    /// a number (typed ones need no check). A guard that only its block's branch reads
    /// (the usual: copy or fallback call) branches to the copy or the fallback itself.
    pub(super) fn inline_guard(&mut self, dst: ir::Var, callee: Option<(ir::Var, ir::FuncId)>, args: &[ir::Var]) {
        let direct = self.branch_on(dst);
        let (pass, fail, join) = match direct {
            Some((then, else_)) => (then, else_, None),
            None => {
                let join = self.b.create_block();
                self.b.append_block_param(join, I8);
                (self.b.create_block(), self.b.create_block(), Some(join))
            }
        };
        let mut ok = self.b.ins().iconst(I8, 1);
        for a in args {
            let n = match self.repr[a.0 as usize] {
                Repr::Number => continue,
                Repr::Bool => self.b.ins().iconst(I8, 0),
                Repr::Boxed => {
                    let x = self.get(*a);
                    self.is_number_bits(x)
                }
            };
            ok = self.b.ins().band(ok, n);
        }
        if let Some((callee, func)) = callee {
            let args_ok = self.b.create_block();
            self.b.ins().brif(ok, args_ok, &[], fail, &[]);
            self.b.switch_to_block(args_ok);
            let c = self.get(callee);
            self.closure_of(c, func, fail);
            self.b.ins().jump(pass, &[]);
        } else {
            self.b.ins().brif(ok, pass, &[], fail, &[]);
        }
        let Some(join) = join else {
            self.branch_emitted = true;
            return;
        };
        for (b, v) in [(pass, 1), (fail, 0)] {
            self.b.switch_to_block(b);
            let v = self.b.ins().iconst(I8, v);
            self.b.ins().jump(join, &[v.into()]);
        }
        self.b.switch_to_block(join);
        let r = self.b.block_params(join)[0];
        self.set_as(dst, r, Repr::Bool);
    }

    /// When the current instruction's result `cond` is read only by the branch that
    /// ends its block, right after it (nothing is emitted between): that branch's
    /// targets, for the instruction to branch to itself.
    fn branch_on(&self, cond: ir::Var) -> Option<(cir::Block, cir::Block)> {
        let (block, k) = self.cur_inst;
        let blk = &self.f.blocks[block];
        let ir::Terminator::Branch { cond: c, then, else_ } = blk.term else { return None };
        let last = k + 1 == blk.insts.len();
        let between = self.resume.contains_key(&(block, blk.insts.len())) || (self.generic.is_some() && self.hoisting.as_ref().is_some_and(|h| h.checks.contains_key(&block)));
        (c == cond && last && !between && self.reads[cond.0 as usize] == 1 && self.fast_run.is_none()).then(|| (self.blocks[then.0 as usize], self.blocks[else_.0 as usize]))
    }

    /// `Inst::AssumeNumber`: the number in `src` as an `f64`.
    pub(super) fn assume_number(&mut self, dst: ir::Var, src: ir::Var) {
        let f = match self.repr[src.0 as usize] {
            Repr::Number => self.b.use_var(self.vars[src.0 as usize]),
            _ => {
                let bits = self.get(src);
                self.b.ins().bitcast(F64, MemFlagsData::new(), bits)
            }
        };
        self.set_num(dst, f);
    }

    pub(super) fn call_known(&mut self, dst: ir::Var, callee: ir::Var, this: ir::Var, args: &[ir::Var], site: Option<ir::StrId>, target: Known) {
        let c = self.get(callee);
        let (slow, join) = (self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, I64);
        let flags = MemFlagsData::trusted();
        let r = match target {
            Known::Func { func, params } => {
                let addr = self.closure_of(c, func, slow);
                let env = self.b.ins().load(I64, flags, addr, function::ENV);
                let mut vals = vec![env, self.get(this)];
                for i in 0..params as usize {
                    let v = match args.get(i) {
                        Some(a) => self.get(*a),
                        None => self.iconst(abi::UNDEFINED),
                    };
                    vals.push(v);
                }
                let r = self.call_fn(self.g.fast_ids[&func.0], &vals, self.in_cold);
                self.check(r);
                r
            }
            Known::Math(i) => {
                let gv = self.g.module.declare_data_in_func(self.g.builtins, self.b.func);
                let table = self.b.ins().symbol_value(self.g.ptr, gv);
                let expected = self.b.ins().load(I64, flags, table, i as i32 * 8);
                let same = self.b.ins().icmp(IntCC::Equal, c, expected);
                let check_args = self.b.create_block();
                self.b.ins().brif(same, check_args, &[], slow, &[]);
                self.b.switch_to_block(check_args);
                // Numbers only: anything else converts (and may call user code) slowly.
                let xs: Vec<cir::Value> = args.iter().map(|a| self.get(*a)).collect();
                let mut ok = self.b.ins().iconst(I8, 1);
                for x in &xs {
                    let n = self.is_number_bits(*x);
                    ok = self.b.ins().band(ok, n);
                }
                let fast_b = self.b.create_block();
                self.b.ins().brif(ok, fast_b, &[], slow, &[]);
                self.b.switch_to_block(fast_b);
                let fs: Vec<cir::Value> = xs.iter().map(|x| self.b.ins().bitcast(F64, MemFlagsData::new(), *x)).collect();
                let ins = self.b.ins();
                let r = match abi::builtin::MATH[i as usize].0 {
                    "sqrt" => ins.sqrt(fs[0]),
                    "abs" => ins.fabs(fs[0]),
                    "floor" => ins.floor(fs[0]),
                    "ceil" => ins.ceil(fs[0]),
                    "trunc" => ins.trunc(fs[0]),
                    "min" => ins.fmin(fs[0], fs[1]),
                    _ => ins.fmax(fs[0], fs[1]),
                };
                self.b.ins().bitcast(I64, MemFlagsData::new(), r)
            }
        };
        self.finish_read(dst, r, slow, join, |s| s.generic_call(c, this, args, site, true));
    }
}
