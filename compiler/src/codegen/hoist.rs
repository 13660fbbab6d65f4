//! Loop-invariant checks of inlined calls, hoisted out of loops in a specialized copy.
//!
//! An inlined call of a script's function checks on every iteration that the global
//! binding still holds that function (a global read through its cache, then the
//! callee's `FunctionInfo`): spectral-norm's `a(i, j)`. Only user code can change the
//! binding, so in a loop where nothing can run user code the check is done once, where
//! the loop is entered, and the loop reads nothing and checks nothing. In a specialized
//! copy that is sound because checks can fail by leaving for the generic copy (which
//! keeps every check): the hoisted check leaves at the end of the block that enters the
//! loop, and the loop's element reads, whose slow path could run a getter, leave too
//! instead of taking it. A loop qualifies when every instruction in it is one that
//! cannot run user code or change the global object (constants, moves, arithmetic on
//! unboxed numbers, the inlined copies, element reads), besides the hoisted guards'
//! fallback calls, which become unreachable.

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::{self as cir, InstBuilder};

use super::FnGen;
use crate::ir::{self, Inst, Terminator, types::Repr};

/// What a specialized copy hoists (see the module docs).
#[derive(Default)]
pub(super) struct Hoisting {
    /// Per block entering a loop: the checks to do at its end (the global read's
    /// variable, the global's name, the function it must hold).
    pub checks: HashMap<usize, Vec<(ir::Var, ir::StrId, ir::FuncId)>>,
    /// Global reads (block, instruction) done by those checks instead.
    pub reads: HashSet<(usize, usize)>,
    /// Inline guards that those checks make true.
    pub guards: HashSet<(usize, usize)>,
    /// Element reads that leave for the generic copy instead of taking their slow path.
    pub elements: HashSet<(usize, usize)>,
    /// Per block entering a loop: the objects (variables never written in the loop)
    /// whose element storage it loads for the loop's element reads; per such read, the
    /// block and the object. Nothing in the loop can move or resize the elements.
    pub arrays: HashMap<usize, Vec<ir::Var>>,
    pub array_reads: HashMap<(usize, usize), (usize, ir::Var)>,
}

impl Hoisting {
    /// Where the generic copy may be entered: the end of each block with checks, and
    /// each element read that leaves.
    pub fn exits(&self, f: &ir::Function) -> HashSet<(usize, usize)> {
        self.checks.keys().map(|&b| (b, f.blocks[b].insts.len())).chain(self.elements.iter().copied()).collect()
    }
}

/// The hoistable guards of `f`'s loops (`back_edges`: latch -> header), given the
/// specialized copy's representations; `None` when there are none.
pub(super) fn plan(f: &ir::Function, repr: &[Repr], back_edges: &HashSet<(usize, usize)>) -> Option<Hoisting> {
    let preds = ir::predecessors(f, true);
    let mut defs = vec![0u32; f.var_count as usize];
    for (inst, _) in f.blocks.iter().flat_map(|b| &b.insts) {
        if let Some(d) = inst.def() {
            defs[d.0 as usize] += 1;
        }
    }
    let mut plan = Hoisting::default();
    for &(latch, header) in back_edges {
        let body = ir::natural_loop(&preds, latch, header);
        let outside: Vec<usize> = preds[header].iter().copied().filter(|p| !body.contains(p)).collect();
        let [pre] = outside[..] else { continue };
        if !matches!(f.blocks[pre].term, Terminator::Jump(t) if t.0 as usize == header) {
            continue;
        }
        if let Some(found) = loop_guards(f, repr, &defs, &body) {
            let (guards, elements) = found;
            for (read_at, guard_at, var, name, func) in guards {
                plan.checks.entry(pre).or_default().push((var, name, func));
                plan.reads.insert(read_at);
                plan.guards.insert(guard_at);
            }
            let written: HashSet<ir::Var> = body.iter().flat_map(|&b| f.blocks[b].insts.iter().filter_map(|(i, _)| i.def())).collect();
            for &(b, k) in &elements {
                let Inst::GetElem { obj, .. } = f.blocks[b].insts[k].0 else { continue };
                let root = super::field_runs::root_of(f, b, k, obj);
                if written.contains(&root) || plan.array_reads.contains_key(&(b, k)) {
                    continue;
                }
                let arrays = plan.arrays.entry(pre).or_default();
                if !arrays.contains(&root) {
                    arrays.push(root);
                }
                plan.array_reads.insert((b, k), (pre, root));
            }
            plan.elements.extend(elements);
        }
    }
    (!plan.checks.is_empty()).then_some(plan)
}

/// A hoistable guard: where its global read is, where the guard is, the read's
/// variable, the global's name and the function.
type Guard = ((usize, usize), (usize, usize), ir::Var, ir::StrId, ir::FuncId);

/// A loop's hoistable guards and its element reads.
type LoopPlan = (Vec<Guard>, Vec<(usize, usize)>);

/// The loop's hoistable guards and its element reads, when it has guards and nothing
/// else in it can run user code.
fn loop_guards(f: &ir::Function, repr: &[Repr], defs: &[u32], body: &HashSet<usize>) -> Option<LoopPlan> {
    let num = |v: &ir::Var| repr[v.0 as usize] == Repr::Number;
    let mut guards = Vec::new();
    let mut fallbacks = HashSet::new();
    for &b in body {
        let blk = &f.blocks[b];
        for (k, (inst, _)) in blk.insts.iter().enumerate() {
            let Inst::InlineGuard { dst, callee: Some((c, func)), args } = inst else { continue };
            // The guard ends its block, branching to the copy or to the fallback call.
            let Terminator::Branch { cond, else_, .. } = &blk.term else { continue };
            if cond != dst || k + 1 != blk.insts.len() || !args.iter().all(num) {
                continue;
            }
            let Some(read_at) = (0..k).rev().find(|&j| blk.insts[j].0.def() == Some(*c)) else { continue };
            let Inst::GetGlobal { name, .. } = blk.insts[read_at].0 else { continue };
            if defs[c.0 as usize] != 1 {
                continue;
            }
            guards.push(((b, read_at), (b, k), *c, name, *func));
            fallbacks.insert(else_.0 as usize);
        }
    }
    if guards.is_empty() {
        return None;
    }
    let mut elements = Vec::new();
    for &b in body {
        let blk = &f.blocks[b];
        if blk.handler.is_some() || !matches!(blk.term, Terminator::Jump(_) | Terminator::Branch { .. }) {
            return None;
        }
        if fallbacks.contains(&b) {
            continue;
        }
        for (k, (inst, _)) in blk.insts.iter().enumerate() {
            let ok = match inst {
                _ if super::field_runs::inert(repr, inst) => true,
                Inst::AssumeNumber { .. } | Inst::GetGlobal { .. } | Inst::InlineGuard { .. } => true,
                // (Every unary operator on a number, `typeof` included.)
                Inst::Unary { a, .. } => num(a),
                Inst::GetElem { .. } => {
                    elements.push((b, k));
                    true
                }
                _ => false,
            };
            if !ok {
                return None;
            }
        }
    }
    Some((guards, elements))
}

impl FnGen<'_, '_> {
    /// In the specialized copy, at the end of a block that enters loops: their hoisted
    /// checks. Each reads the global (a cache miss fills the cache without running
    /// anything, then reads again) and checks that it holds the function; the value
    /// stays in the read's variable for the loop. A failure leaves for the generic copy.
    pub(super) fn hoisted_checks(&mut self, block: usize) {
        if self.generic.is_none() {
            return;
        }
        let Some(checks) = self.hoisting.as_ref().and_then(|h| h.checks.get(&block)).cloned() else { return };
        let at = (block, self.f.blocks[block].insts.len());
        let exit = self.b.create_block();
        for (var, name, func) in checks {
            let v = self.global_closure(name, func, exit);
            self.set(var, v);
        }
        let arrays = self.hoisting.as_ref().and_then(|h| h.arrays.get(&block)).cloned().unwrap_or_default();
        for root in arrays {
            let o = self.get(root);
            let addr = self.object_address(o, exit);
            let storage = self.elements_of(addr);
            self.hoisted_arrays.insert((block, root), storage);
        }
        self.leave_at(exit, at);
    }

    /// The value of global `name` when it is a closure of `func`, else to `exit`: a
    /// cache miss fills the cache without running anything, then reads again.
    pub(super) fn global_closure(&mut self, name: ir::StrId, func: ir::FuncId, exit: cir::Block) -> cir::Value {
        let cache = self.new_cache();
        let (miss, refill) = (self.b.create_block(), self.b.create_block());
        let first = self.cached_global(cache, miss);
        let (have, join) = (self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, cir::types::I64);
        self.b.ins().jump(join, &[first.into()]);
        self.b.set_cold_block(miss);
        self.b.switch_to_block(miss);
        let key = self.string_value(name);
        let id = self.g.rt.id("dxrt_fill_global_ic");
        let filled = self.call_fn(id, &[key, cache], true);
        let filled = self.b.ins().ireduce(cir::types::I32, filled);
        self.b.ins().brif(filled, refill, &[], exit, &[]);
        self.b.switch_to_block(refill);
        let second = self.cached_global(cache, exit);
        self.b.ins().jump(join, &[second.into()]);
        self.b.switch_to_block(join);
        let v = self.b.block_params(join)[0];
        self.closure_of(v, func, exit);
        self.b.ins().jump(have, &[]);
        self.b.switch_to_block(have);
        v
    }

    /// Whether the instruction being emitted is a global read a hoisted check did.
    pub(super) fn hoisted_read(&self) -> bool {
        self.generic.is_some() && self.hoisting.as_ref().is_some_and(|h| h.reads.contains(&self.cur_inst))
    }

    /// Whether the instruction being emitted is an inline guard a hoisted check made
    /// true (then it is set to true).
    pub(super) fn hoisted_guard(&mut self, dst: ir::Var) -> bool {
        if !(self.generic.is_some() && self.hoisting.as_ref().is_some_and(|h| h.guards.contains(&self.cur_inst))) {
            return false;
        }
        let yes = self.b.ins().iconst(cir::types::I8, 1);
        self.set_as(dst, yes, Repr::Bool);
        true
    }

    /// An element read in a loop with hoisted checks: what is not a dense element
    /// leaves for the generic copy before the read (its getters might change globals).
    pub(super) fn hoisted_element(&mut self, dst: ir::Var, obj: ir::Var, key: ir::Var) -> bool {
        let at = self.cur_inst;
        if !(self.generic.is_some() && self.hoisting.as_ref().is_some_and(|h| h.elements.contains(&at))) {
            return false;
        }
        let exit = self.b.create_block();
        let hoisted = self.hoisting.as_ref().and_then(|h| h.array_reads.get(&at)).and_then(|k| self.hoisted_arrays.get(k)).copied();
        let v = match hoisted {
            Some((data, len)) => self.element_of(data, len, key, exit),
            None => {
                let o = self.get(obj);
                self.element_address(o, key, exit).1
            }
        };
        self.set(dst, v);
        self.leave_at(exit, at);
        true
    }
}
