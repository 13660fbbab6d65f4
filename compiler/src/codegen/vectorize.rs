//! Outer-loop vectorization of numeric loop nests, in a specialized copy.
//!
//! A loop nest like spectral-norm's rows (`for (i..) { let sum = 0; for (j..) sum +=
//! a(i, j) * v[j]; av[i] = sum; }`) or mandelbrot's pixels spends its time in an inner
//! loop whose result depends on the outer counter, and one outer iteration's inner loop
//! does not depend on another's. The inner loop cannot be vectorized itself without
//! changing the order of its additions, but [`LANES`] consecutive outer iterations can
//! run it side by side, one per SIMD lane (`f64x2` vectors, the SSE2 baseline), each lane
//! doing the exact IEEE operations its own iteration would: the results are
//! bit-identical.
//!
//! The vectorized part (the *kernel*) is the outer body's prefix and its inner loop: `R`.
//! It is pure (numbers, comparisons, dense element reads, the inlined copies' hoisted
//! guards), so it is run ahead for lanes whose turn has not come, its results (what is
//! live after it) are kept in a buffer, and each outer iteration whose counter is the
//! next buffered lane's takes them and jumps past `R` to the rest of the body (`T`),
//! which runs as before, lane by lane, in order. That is sound when nothing `T` does can
//! change what `R` reads: `T` runs no user code (`field_runs::inert` instructions only,
//! and element writes checked, when the lanes are computed, to be plain stores into
//! arrays the kernel does not read), writes none of `R`'s inputs but the counter, and
//! steps the counter by one in the latch. The outer loop's condition is `counter <
//! bound`, checked for the last lane, and `T` cannot leave the loop, so every lane
//! computed is one the scalar code would run: the kernel ends when their inner loops
//! end. A failed check (a hole or a non-number read, a guard) abandons the group before
//! it has done anything observable, and the scalar code runs as if there had been none.
//!
//! Inner loops whose exits differ per lane (mandelbrot's `tr + ti <= limit`) run while
//! any lane is active. Every lane computes on (what a lane that has left computes is
//! never observed: the kernel cannot fail on a value that differs per lane), and when
//! lanes leave, which is rare, their live-out values at that point are stored in the
//! buffer under the mask of the lanes leaving.

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::condcodes::{CondCode, FloatCC, IntCC};
use cranelift_codegen::ir::{self as cir, InstBuilder, MemFlagsData, types::*};
use cranelift_frontend::Variable;
use dxrt_abi as abi;

use super::FnGen;
use super::field_runs::{inert, root_of};
use super::hoist::Hoisting;
use crate::ir::{self, BinOp, Const, Inst, Terminator, UnOp, liveness::Bits, types::Repr};

/// `f64x2` registers per varying value: each kernel instruction is emitted this many
/// times, which hides the latency of one lane group behind the others'.
const VECTORS: usize = 3;
/// Outer iterations computed together.
pub(super) const LANES: usize = 2 * VECTORS;

/// A vectorizable loop nest (see the module docs). Blocks and instructions are the
/// function's.
#[derive(Debug)]
pub(super) struct Kernel {
    /// The block that enters the outer loop (the group buffer is emptied there).
    pub pre_outer: usize,
    /// The block after the inner loop, where `T` starts.
    pub after: usize,
    pub counter: ir::Var,
    pub bound: ir::Var,
    /// The outer body's blocks before the inner loop (straight-line, first is `b0`).
    pub prefix: Vec<usize>,
    /// The inner loop's blocks in the order one iteration runs them (header first).
    pub path: Vec<usize>,
    /// Variables `R` reads that are defined before it, but the counter: the same for
    /// every lane.
    pub inputs: Vec<ir::Var>,
    /// Objects whose elements the kernel reads.
    pub arrays: Vec<ir::Var>,
    /// Objects `T` writes elements of (at the counter).
    pub stores: Vec<ir::Var>,
    /// What `R` defines that is live after it: the buffered results.
    pub outs: Vec<ir::Var>,
    /// Variables whose value differs per lane.
    pub varying: HashSet<ir::Var>,
    /// Whether lanes leave the inner loop at different iterations.
    pub per_lane_exits: bool,
    /// The inlined calls' guards (hoisted: checked once, before the kernel) and the
    /// global reads they check, which the kernel skips.
    pub skipped: HashSet<(usize, usize)>,
    pub guard_vars: HashSet<ir::Var>,
    pub checks: Vec<(ir::Var, ir::StrId, ir::FuncId)>,
}

/// The vectorizable loop nests of `f`, by the first block of the outer body.
pub(super) fn plan(f: &ir::Function, repr: &[Repr], live_in: &[Bits], back_edges: &HashSet<(usize, usize)>, hoisting: Option<&Hoisting>) -> HashMap<usize, Kernel> {
    let preds = ir::predecessors(f, true);
    let mut latches: HashMap<usize, Vec<usize>> = HashMap::new();
    for &(latch, header) in back_edges {
        latches.entry(header).or_default().push(latch);
    }
    // Loops with one back edge: (header, latch, body).
    let loops: Vec<(usize, usize, HashSet<usize>)> = latches.iter().filter(|(_, l)| l.len() == 1).map(|(&h, l)| (h, l[0], ir::natural_loop(&preds, l[0], h))).collect();
    let mut out = HashMap::new();
    for inner in &loops {
        for outer in &loops {
            if outer.0 != inner.0 && outer.2.contains(&inner.0) && inner.2.is_subset(&outer.2) {
                let nest = Nest { f, repr, preds: &preds, outer, inner, hoisting };
                if let Some(k) = nest.kernel(live_in) {
                    out.insert(k.prefix[0], k);
                }
            }
        }
    }
    out
}

struct Nest<'a> {
    f: &'a ir::Function,
    repr: &'a [Repr],
    preds: &'a [Vec<usize>],
    outer: &'a (usize, usize, HashSet<usize>),
    inner: &'a (usize, usize, HashSet<usize>),
    hoisting: Option<&'a Hoisting>,
}

impl Nest<'_> {
    fn kernel(&self, live_in: &[Bits]) -> Option<Kernel> {
        let (f, repr) = (self.f, self.repr);
        let (head, latch, body) = self.outer;
        let (ihead, ilatch, ibody) = self.inner;
        let (head, latch, ihead, ilatch) = (*head, *latch, *ihead, *ilatch);
        let num = |v: ir::Var| repr[v.0 as usize] == Repr::Number;
        // The outer loop: entered from one block; its header tests `counter < bound`.
        let [pre_outer] = self.preds[head].iter().copied().filter(|p| !body.contains(p)).collect::<Vec<_>>()[..] else { return None };
        if !matches!(f.blocks[pre_outer].term, Terminator::Jump(t) if t.0 as usize == head) {
            return None;
        }
        let hblk = &f.blocks[head];
        let Terminator::Branch { cond, then: then_, else_ } = hblk.term else { return None };
        let (b0, leave) = (then_.0 as usize, else_.0 as usize);
        let last = hblk.insts.len().checked_sub(1)?;
        let Inst::Binary { dst, op: BinOp::Lt, a, b } = hblk.insts[last].0 else { return None };
        if dst != cond || !body.contains(&b0) || body.contains(&leave) || !hblk.insts[..last].iter().all(|(i, _)| matches!(i, Inst::Move { .. } | Inst::Const { .. })) {
            return None;
        }
        let (counter, bound) = (root_of(f, head, last, a), root_of(f, head, last, b));
        if !num(counter) || !num(bound) || self.preds[b0] != [head] {
            return None;
        }
        // The prefix: straight-line blocks from `b0` to the one entering the inner loop.
        let mut prefix = vec![b0];
        loop {
            let cur = *prefix.last()?;
            let Terminator::Jump(t) = f.blocks[cur].term else { return None };
            let t = t.0 as usize;
            if t == ihead {
                break;
            }
            if !body.contains(&t) || ibody.contains(&t) || self.preds[t] != [cur] || prefix.contains(&t) {
                return None;
            }
            prefix.push(t);
        }
        let pre_inner = *prefix.last()?;
        if self.preds[ihead].iter().any(|&p| p != pre_inner && !ibody.contains(&p)) {
            return None;
        }
        // The inner loop's path, its exits (all to one block) and hoisted guards.
        let (mut path, mut exits, mut after) = (Vec::new(), Vec::new(), None);
        let mut guard_vars = HashSet::new();
        let mut skipped = HashSet::new();
        let mut cur = ihead;
        loop {
            if path.contains(&cur) || !ibody.contains(&cur) {
                return None;
            }
            path.push(cur);
            let blk = &f.blocks[cur];
            let next = match blk.term {
                Terminator::Jump(t) => t.0 as usize,
                Terminator::Branch { cond, then: then_, else_ } => {
                    let (t, e) = (then_.0 as usize, else_.0 as usize);
                    let guard_at = (cur, blk.insts.len().wrapping_sub(1));
                    if self.hoisting.is_some_and(|h| h.guards.contains(&guard_at)) && blk.insts[guard_at.1].0.def() == Some(cond) {
                        guard_vars.insert(cond);
                        skipped.insert(guard_at);
                        t
                    } else if ibody.contains(&t) != ibody.contains(&e) {
                        let (stay, exit) = if ibody.contains(&t) { (t, e) } else { (e, t) };
                        let exit = exit_target(f, exit);
                        exits.push((cur, cond));
                        if *after.get_or_insert(exit) != exit {
                            return None;
                        }
                        stay
                    } else {
                        return None;
                    }
                }
                _ => return None,
            };
            if next == ihead {
                if cur != ilatch {
                    return None;
                }
                break;
            }
            cur = next;
        }
        let after = after?;
        if !body.contains(&after) || prefix.contains(&after) {
            return None;
        }
        let checks = self.hoisting.and_then(|h| h.checks.get(&pre_inner)).cloned().unwrap_or_default();
        if let Some(h) = self.hoisting {
            skipped.extend(path.iter().flat_map(|&b| (0..f.blocks[b].insts.len()).map(move |k| (b, k))).filter(|at| h.reads.contains(at)));
        }
        // What the kernel computes, and with what.
        let region: Vec<usize> = prefix.iter().chain(&path).copied().collect();
        let mut defs = HashSet::new();
        let mut arrays = Vec::new();
        let mut uses = HashSet::new();
        for &blk in &region {
            for (k, (inst, _)) in f.blocks[blk].insts.iter().enumerate() {
                if skipped.contains(&(blk, k)) {
                    continue;
                }
                kernel_inst(repr, inst)?;
                if let Inst::GetElem { obj, .. } = inst {
                    let root = root_of(f, blk, k, *obj);
                    if !arrays.contains(&root) {
                        arrays.push(root);
                    }
                }
                uses.extend(inst.uses());
                defs.extend(inst.def());
            }
            uses.extend(f.blocks[blk].term.uses());
        }
        let inputs: Vec<ir::Var> = live_in[b0].vars().into_iter().filter(|v| uses.contains(v)).collect();
        if !inputs.contains(&counter) || arrays.iter().any(|a| !inputs.contains(a)) {
            return None;
        }
        // `T`: inert, with element writes at the counter, staying in the loop.
        let outer_defs: Vec<(usize, usize, ir::Var)> =
            body.iter().filter(|b| !ibody.contains(b)).flat_map(|&b| f.blocks[b].insts.iter().enumerate().filter_map(move |(k, (i, _))| i.def().map(|d| (b, k, d)))).collect();
        let written: HashSet<ir::Var> = outer_defs.iter().map(|d| d.2).chain(ibody.iter().flat_map(|&b| f.blocks[b].insts.iter().filter_map(|(i, _)| i.def()))).collect();
        let inner_written = ibody.iter().any(|&b| f.blocks[b].insts.iter().any(|(i, _)| i.def() == Some(counter)));
        if inputs.iter().any(|v| *v != counter && written.contains(v)) || written.contains(&bound) || inner_written {
            return None;
        }
        let mut stores = Vec::new();
        for &blk in body.iter().filter(|b| !ibody.contains(b) && !prefix.contains(b)) {
            for (k, (inst, _)) in f.blocks[blk].insts.iter().enumerate() {
                match inst {
                    Inst::AssumeNumber { .. } => {}
                    Inst::SetElem { obj, key, .. } => {
                        let root = root_of(f, blk, k, *obj);
                        if written.contains(&root) || root_of(f, blk, k, *key) != counter {
                            return None;
                        }
                        stores.push(root);
                    }
                    _ if inert(repr, inst) => {}
                    _ => return None,
                }
            }
            let term = &f.blocks[blk].term;
            if !matches!(term, Terminator::Jump(_) | Terminator::Branch { .. }) || term.successors().iter().any(|s| !(body.contains(&(s.0 as usize)) || blk == head && s.0 as usize == leave)) {
                return None;
            }
        }
        if !steps_by_one(f, &outer_defs, latch, counter) {
            return None;
        }
        let outs: Vec<ir::Var> = live_in[after].vars().into_iter().filter(|v| defs.contains(v)).collect();
        // (A result live into the prefix would be the previous one when the inner loop
        // runs no iteration.)
        if outs.iter().any(|v| repr[v.0 as usize] == Repr::Boxed || live_in[b0].has(*v)) {
            return None;
        }
        // Which values differ per lane: those computed from the counter, and with
        // per-lane exits, what is live after the loop and written in it.
        let mut varying = HashSet::from([counter]);
        loop {
            let before = varying.len();
            for &blk in &region {
                for (k, (inst, _)) in f.blocks[blk].insts.iter().enumerate() {
                    if let Some(d) = inst.def()
                        && !skipped.contains(&(blk, k))
                        && inst.uses().iter().any(|u| varying.contains(u))
                    {
                        varying.insert(d);
                    }
                }
            }
            if exits.iter().any(|(_, c)| varying.contains(c)) {
                varying.extend(path.iter().flat_map(|&b| f.blocks[b].insts.iter().filter_map(|(i, _)| i.def())).filter(|d| outs.contains(d)));
            }
            if varying.len() == before {
                break;
            }
        }
        let per_lane_exits = exits.iter().any(|(_, c)| varying.contains(c));
        // Varying values are numbers and booleans computed lane by lane; element reads
        // and their operands are the same in every lane.
        for &blk in &region {
            for (k, (inst, _)) in f.blocks[blk].insts.iter().enumerate() {
                let Some(d) = inst.def().filter(|_| !skipped.contains(&(blk, k))) else { continue };
                if !varying.contains(&d) {
                    continue;
                }
                let ok = match inst {
                    Inst::Binary { op, .. } => matches!(
                        op,
                        BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge | BinOp::LooseEq | BinOp::LooseNe | BinOp::StrictEq | BinOp::StrictNe
                    ),
                    Inst::Unary { .. } | Inst::AssumeNumber { .. } | Inst::Move { .. } | Inst::Const { .. } => true,
                    _ => false,
                };
                if !ok || repr[d.0 as usize] == Repr::Boxed {
                    return None;
                }
            }
        }
        Some(Kernel { pre_outer, after, counter, bound, prefix, path, inputs, arrays, stores, outs, varying, per_lane_exits, skipped, guard_vars, checks })
    }
}

/// Whether the kernel can compute `inst`: arithmetic and comparisons of numbers (the
/// specialized copy's unboxed ones), moves and constants, element reads (of numbers:
/// the kernel checks each), moves.
fn kernel_inst(repr: &[Repr], inst: &Inst) -> Option<()> {
    let num = |v: &ir::Var| repr[v.0 as usize] == Repr::Number;
    let ok = match inst {
        Inst::Const { value, .. } => !matches!(value, Const::Str(_)),
        Inst::Move { .. } => true,
        Inst::Binary { op, a, b, dst } => {
            num(a) && num(b) && repr[dst.0 as usize] != Repr::Boxed && matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Rem | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge | BinOp::LooseEq | BinOp::LooseNe | BinOp::StrictEq | BinOp::StrictNe)
        }
        Inst::Unary { op: UnOp::Neg | UnOp::Plus | UnOp::ToNumeric, a, dst } => num(a) && num(dst),
        Inst::Unary { op: UnOp::Not, a, dst } => repr[a.0 as usize] == Repr::Bool && repr[dst.0 as usize] == Repr::Bool,
        Inst::AssumeNumber { dst, src } => num(src) && num(dst),
        Inst::GetElem { dst, key, .. } => num(key) && num(dst),
        _ => false,
    };
    ok.then_some(())
}

/// Where leaving through block `b` goes: past the empty blocks that only jump (a
/// `break`'s).
fn exit_target(f: &ir::Function, mut b: usize) -> usize {
    for _ in 0..f.blocks.len() {
        match f.blocks[b].term {
            Terminator::Jump(t) if f.blocks[b].insts.is_empty() => b = t.0 as usize,
            _ => break,
        }
    }
    b
}

/// Whether the counter's only write in the outer loop (`defs`: variable writes outside
/// the inner loop) is `counter = counter + 1`, in the latch.
fn steps_by_one(f: &ir::Function, defs: &[(usize, usize, ir::Var)], latch: usize, counter: ir::Var) -> bool {
    let [(blk, k, _)] = defs.iter().filter(|d| d.2 == counter).copied().collect::<Vec<_>>()[..] else { return false };
    let insts = &f.blocks[blk].insts;
    let def_of = |v: ir::Var, before: usize| (0..before).rev().find(|&j| insts[j].0.def() == Some(v));
    let Some(sum) = (match insts[k].0 {
        Inst::Move { src, .. } => def_of(src, k),
        Inst::Binary { .. } => Some(k),
        _ => None,
    }) else {
        return false;
    };
    let Inst::Binary { op: BinOp::Add, a, b, .. } = insts[sum].0 else { return false };
    let one = def_of(b, sum).is_some_and(|j| matches!(insts[j].0, Inst::Const { value: Const::Number(1.0), .. }));
    // `counter + 1` reads the counter through a copy and `ToNumeric`.
    let mut x = a;
    let mut at = sum;
    while x != counter {
        let Some(j) = def_of(x, at) else { return false };
        match insts[j].0 {
            Inst::Move { src, .. } | Inst::Unary { op: UnOp::ToNumeric | UnOp::Plus, a: src, .. } => (x, at) = (src, j),
            _ => return false,
        }
    }
    blk == latch && one && !insts[at..k].iter().any(|(i, _)| i.def() == Some(counter))
}

/// A kernel variable: one value for all lanes, or one vector per `VECTORS`.
#[derive(Clone)]
enum KVar {
    Uniform(Variable),
    Varying(Vec<Variable>),
}

/// A kernel's per-function state: the lanes computed ahead, how many are left and the
/// counter value the next one is for; whether a kernel failed since the loop was
/// entered (then the loop runs scalar until it is entered again).
pub(super) struct Group {
    left: Variable,
    next: Variable,
    off: Variable,
    slot: cir::StackSlot,
}

impl FnGen<'_, '_> {
    /// At function entry (the specialized copy's): every group starts empty.
    pub(super) fn init_groups(&mut self) {
        let kernels: Vec<usize> = self.kernels.keys().copied().collect();
        for b0 in kernels {
            let k = &self.kernels[&b0];
            let size = (k.outs.len() * LANES * 8) as u32;
            let slot = self.b.create_sized_stack_slot(cir::StackSlotData::new(cir::StackSlotKind::ExplicitSlot, size.max(8), 4));
            let [left, next, off] = [I32, I64, I8].map(|t| {
                let v = self.b.declare_var(t);
                let z = self.b.ins().iconst(t, 0);
                self.b.def_var(v, z);
                v
            });
            self.groups.insert(b0, Group { left, next, off, slot });
        }
    }

    /// In the specialized copy, at the start of a block entering an outer loop with a
    /// kernel: its group is emptied and the kernel enabled again.
    pub(super) fn reset_groups(&mut self, block: usize) {
        let entered: Vec<usize> = self.kernels.iter().filter(|(_, k)| k.pre_outer == block).map(|(&b0, _)| b0).collect();
        for b0 in entered {
            let (left, off) = (self.groups[&b0].left, self.groups[&b0].off);
            let z = self.b.ins().iconst(I32, 0);
            self.b.def_var(left, z);
            let z = self.b.ins().iconst(I8, 0);
            self.b.def_var(off, z);
        }
    }

    /// In the specialized copy, at the start of the outer body `b0`: takes the next
    /// buffered lane's results when the counter is that lane's, else computes a new
    /// group when it can, else continues with the scalar body (the builder is left there).
    pub(super) fn vector_group(&mut self, b0: usize) {
        let Some(k) = self.kernels.remove(&b0) else { return };
        self.emit_group(&k, b0);
        self.kernels.insert(b0, k);
    }

    fn emit_group(&mut self, k: &Kernel, b0: usize) {
        let g = &self.groups[&b0];
        let (left_v, next_v, off_v, slot) = (g.left, g.next, g.off, g.slot);
        let [check, take, try_b, go, scalar] = [(); 5].map(|_| self.b.create_block());
        let counter = self.b.use_var(self.vars[k.counter.0 as usize]);
        let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), counter);
        let one = self.b.ins().f64const(1.0);
        let left = self.b.use_var(left_v);
        self.b.ins().brif(left, check, &[], try_b, &[]);
        self.b.switch_to_block(check);
        let next = self.b.use_var(next_v);
        let same = self.b.ins().icmp(IntCC::Equal, bits, next);
        self.b.ins().brif(same, take, &[], try_b, &[]);
        // The next lane's results.
        self.b.switch_to_block(take);
        let left = self.b.use_var(left_v);
        let lane = {
            let all = self.b.ins().iconst(I32, LANES as i64);
            self.b.ins().isub(all, left)
        };
        let lane = self.b.ins().uextend(I64, lane);
        let lane_off = self.b.ins().ishl_imm_u(lane, 3);
        let base = self.b.ins().stack_addr(I64, slot, 0);
        let base = self.b.ins().iadd(base, lane_off);
        for (m, out) in k.outs.iter().enumerate() {
            let at = (m * LANES * 8) as i32;
            let v = match self.repr[out.0 as usize] {
                Repr::Number => self.b.ins().load(F64, MemFlagsData::trusted(), base, at),
                _ => {
                    let x = self.b.ins().load(I64, MemFlagsData::trusted(), base, at);
                    self.b.ins().icmp_imm_s(IntCC::NotEqual, x, 0)
                }
            };
            self.b.def_var(self.vars[out.0 as usize], v);
        }
        let fewer = self.b.ins().iadd_imm_s(left, -1);
        self.b.def_var(left_v, fewer);
        let following = self.b.ins().fadd(counter, one);
        let following = self.b.ins().bitcast(I64, MemFlagsData::new(), following);
        self.b.def_var(next_v, following);
        self.b.ins().jump(self.blocks[k.after], &[]);
        // A new group, unless a kernel failed since the loop was entered.
        self.b.switch_to_block(try_b);
        let z = self.b.ins().iconst(I32, 0);
        self.b.def_var(left_v, z);
        let off = self.b.use_var(off_v);
        self.b.ins().brif(off, scalar, &[], go, &[]);
        self.b.switch_to_block(go);
        let mut lanes = vec![counter];
        for _ in 1..LANES {
            let prev = *lanes.last().expect("one lane at least");
            lanes.push(self.b.ins().fadd(prev, one));
        }
        // Every lane is one the loop runs.
        let bound = self.b.use_var(self.vars[k.bound.0 as usize]);
        let runs = self.b.ins().fcmp(FloatCC::LessThan, lanes[LANES - 1], bound);
        let checked = self.b.create_block();
        self.b.ins().brif(runs, checked, &[], scalar, &[]);
        self.b.switch_to_block(checked);
        self.check_stores(k, counter, scalar);
        let (done, abort) = (self.b.create_block(), self.b.create_block());
        self.run_kernel(k, &lanes, slot, abort, done);
        // Abandoned: no group until the loop is entered again.
        self.b.switch_to_block(abort);
        self.b.set_cold_block(abort);
        let yes = self.b.ins().iconst(I8, 1);
        self.b.def_var(off_v, yes);
        self.b.ins().jump(scalar, &[]);
        // Done (the lanes' results are in the buffer): lane 0's taken.
        self.b.switch_to_block(done);
        let full = self.b.ins().iconst(I32, LANES as i64);
        self.b.def_var(left_v, full);
        self.b.def_var(next_v, bits);
        self.b.ins().jump(take, &[]);
        self.b.switch_to_block(scalar);
    }

    /// Before a group: each array `T` writes is not one the kernel reads, and its
    /// elements at the lanes' counters exist and are writable, so that the writes are
    /// plain stores (no setter, no resize). Else to `fail`.
    fn check_stores(&mut self, k: &Kernel, counter: cir::Value, fail: cir::Block) {
        for &store in &k.stores {
            let o = self.get(store);
            for &a in &k.arrays {
                let x = self.get(a);
                let same = self.b.ins().icmp(IntCC::Equal, o, x);
                let next = self.b.create_block();
                self.b.ins().brif(same, fail, &[], next, &[]);
                self.b.switch_to_block(next);
            }
            let addr = self.object_address(o, fail);
            let frozen = self.frozen_elements(addr);
            let (data, len) = self.elements_of(addr);
            let (i, whole) = self.whole_index(counter);
            let first_in = self.b.ins().icmp(IntCC::UnsignedLessThan, i, len);
            let last = self.b.ins().iadd_imm_s(i, LANES as i64 - 1);
            let last_in = self.b.ins().icmp(IntCC::UnsignedLessThan, last, len);
            let writable = self.b.ins().icmp_imm_s(IntCC::Equal, frozen, 0);
            let ok = self.b.ins().band(whole, first_in);
            let ok = self.b.ins().band(ok, last_in);
            let ok = self.b.ins().band(ok, writable);
            let next = self.b.create_block();
            self.b.ins().brif(ok, next, &[], fail, &[]);
            self.b.switch_to_block(next);
            let off = self.b.ins().ishl_imm_u(i, 3);
            let at = self.b.ins().iadd(data, off);
            for lane in 0..LANES {
                let cur = self.b.ins().load(I64, MemFlagsData::trusted(), at, (lane * 8) as i32);
                let hole = self.b.ins().icmp_imm_s(IntCC::Equal, cur, abi::HOLE as i64);
                let next = self.b.create_block();
                self.b.ins().brif(hole, fail, &[], next, &[]);
                self.b.switch_to_block(next);
            }
        }
    }

    /// Emits the kernel for counter values `lanes`: to `done` with each lane's results
    /// stored in the buffer `slot`, or to `abort`.
    fn run_kernel(&mut self, k: &Kernel, lanes: &[cir::Value], slot: cir::StackSlot, abort: cir::Block, done: cir::Block) {
        let f = self.f;
        let mut kv: HashMap<ir::Var, KVar> = HashMap::new();
        let region: Vec<usize> = k.prefix.iter().chain(&k.path).copied().collect();
        let vars: HashSet<ir::Var> = k.inputs.iter().copied().chain(region.iter().flat_map(|&b| f.blocks[b].insts.iter().filter_map(|(i, _)| i.def()))).collect();
        for v in vars {
            let r = self.repr[v.0 as usize];
            let slot = if k.varying.contains(&v) {
                let t = if r == Repr::Number { F64X2 } else { I64X2 };
                KVar::Varying((0..VECTORS).map(|_| self.b.declare_var(t)).collect())
            } else {
                KVar::Uniform(self.b.declare_var(r.clif_type()))
            };
            kv.insert(v, slot);
        }
        let mut kg = Emission { kv, fixed: HashMap::new(), in_memory: HashMap::new(), in_loop: false, arrays: HashMap::new(), active: None, abort };
        // Inputs, the guards and the arrays.
        for &v in &k.inputs {
            let x = self.b.use_var(self.vars[v.0 as usize]);
            match kg.kv[&v].clone() {
                KVar::Uniform(u) => self.b.def_var(u, x),
                KVar::Varying(vs) => {
                    for (i, var) in vs.iter().enumerate() {
                        let pair = self.b.ins().scalar_to_vector(F64X2, lanes[2 * i]);
                        let pair = self.b.ins().insertlane(pair, lanes[2 * i + 1], 1);
                        self.b.def_var(*var, pair);
                    }
                }
            }
        }
        for &(var, name, func) in &k.checks {
            let v = self.global_closure(name, func, abort);
            if let Some(KVar::Uniform(u)) = kg.kv.get(&var) {
                self.b.def_var(*u, v);
            }
        }
        for &a in &k.arrays {
            let o = self.get(a);
            let addr = self.object_address(o, abort);
            let storage = self.elements_of(addr);
            kg.arrays.insert(a, storage);
        }
        for &blk in &k.prefix {
            self.kernel_block(&mut kg, k, blk);
        }
        if k.per_lane_exits {
            // The active lanes' masks live in memory: they change only when lanes leave,
            // and the registers are the lanes' values'.
            let masks = self.b.create_sized_stack_slot(cir::StackSlotData::new(cir::StackSlotKind::ExplicitSlot, (VECTORS * 16) as u32, 4));
            let all = self.b.ins().iconst(I64, -1);
            let all = self.b.ins().splat(I64X2, all);
            for i in 0..VECTORS {
                self.b.ins().stack_store(I64, all, masks, (i * 16) as i32);
            }
            kg.active = Some(masks);
        }
        // What the loop does not write is read as the value it enters with (a variable
        // read in the loop would be a block parameter, which stops the code motion of
        // what is computed from it).
        let written: HashSet<ir::Var> = k.path.iter().flat_map(|&b| f.blocks[b].insts.iter().filter_map(|(i, _)| i.def())).collect();
        let entering: Vec<(ir::Var, KVar)> = kg.kv.iter().filter(|(v, _)| !written.contains(v)).map(|(v, x)| (*v, x.clone())).collect();
        for (v, x) in entering {
            let vals = match x {
                KVar::Uniform(u) => vec![self.b.use_var(u)],
                KVar::Varying(vs) => vs.iter().map(|x| self.b.use_var(*x)).collect(),
            };
            kg.fixed.insert(v, vals);
        }
        // So are the loop's constants (variables whose only write is a constant).
        let mut region_defs: HashMap<ir::Var, Vec<&Inst>> = HashMap::new();
        for &b in k.prefix.iter().chain(&k.path) {
            for (inst, _) in &f.blocks[b].insts {
                if let Some(d) = inst.def() {
                    region_defs.entry(d).or_default().push(inst);
                }
            }
        }
        for &b in &k.path {
            for (inst, _) in &f.blocks[b].insts {
                if let Inst::Const { dst, value: Const::Number(n) } = inst
                    && region_defs[dst].len() == 1
                    && !k.inputs.contains(dst)
                    && !k.varying.contains(dst)
                    && self.repr[dst.0 as usize] == Repr::Number
                {
                    let x = self.b.ins().f64const(*n);
                    kg.fixed.insert(*dst, vec![x]);
                }
            }
        }
        // The vectors of what the loop does not change are read from memory where they
        // are used (an operand of the instruction): the registers are for what it does.
        // (Numbers and booleans the loop reads: a boxed value is never a lane value.)
        let read: HashSet<ir::Var> = k.path.iter().flat_map(|&b| f.blocks[b].insts.iter().flat_map(|(i, _)| i.uses()).chain(f.blocks[b].term.uses())).collect();
        let mut fixed: Vec<ir::Var> = kg.fixed.keys().copied().filter(|v| read.contains(v) && self.repr[v.0 as usize] != Repr::Boxed).collect();
        fixed.sort_by_key(|v| v.0);
        let size: usize = fixed.iter().map(|v| if k.varying.contains(v) { VECTORS } else { 1 }).sum();
        let invariants = self.b.create_sized_stack_slot(cir::StackSlotData::new(cir::StackSlotKind::ExplicitSlot, (size.max(1) * 16) as u32, 4));
        let mut at = 0;
        for v in fixed {
            let r = self.repr[v.0 as usize];
            let xs = self.lanes_of(&kg, v, r);
            let xs = if k.varying.contains(&v) { xs } else { xs[..1].to_vec() };
            kg.in_memory.insert(v, (invariants, at));
            for x in xs {
                self.b.ins().stack_store(I64, x, invariants, at);
                at += 16;
            }
        }
        // Every exit goes to `finish`, each branch's exit its first successor: then the
        // loop's blocks precede `finish` in reverse post-order, and Cranelift's
        // elaboration (which visits the dominator tree in that order, and stops treating
        // blocks as the loop's once it meets one outside) hoists what they compute from
        // values the loop does not change.
        let (head, finish) = (self.b.create_block(), self.b.create_block());
        self.b.ins().jump(head, &[]);
        self.b.switch_to_block(head);
        kg.in_loop = true;
        for &blk in &k.path {
            self.kernel_block(&mut kg, k, blk);
            let Terminator::Branch { cond, then: then_, .. } = f.blocks[blk].term else { continue };
            if k.guard_vars.contains(&cond) {
                continue;
            }
            // An exit: `stay` is the branch's direction that stays in the loop.
            let stay_then = exit_target(f, then_.0 as usize) != k.after;
            let next = self.b.create_block();
            if !k.varying.contains(&cond) {
                // Every lane still running leaves.
                let c = self.uniform(&kg, cond);
                let leaves = if stay_then { self.negate(c) } else { c };
                self.b.ins().brif(leaves, finish, &[], next, &[]);
            } else {
                // The lanes leaving here (active, and not staying) keep the values they
                // have here: they are stored when that happens, which is rare, so the
                // loop computes every lane without masking its writes.
                let masks = kg.active.expect("per-lane exits have active lanes");
                let cs = self.lanes_of(&kg, cond, Repr::Bool);
                let mut leaving = Vec::new();
                for (i, c) in cs.into_iter().enumerate() {
                    let a = self.active_mask(masks, i);
                    leaving.push(if stay_then { self.b.ins().band_not(a, c) } else { self.b.ins().band(a, c) });
                }
                let any = leaving.iter().copied().reduce(|x, y| self.b.ins().bor(x, y)).expect("VECTORS > 0");
                let any = self.b.ins().vhigh_bits(I32, any);
                let leave = self.b.create_block();
                self.b.ins().brif(any, leave, &[], next, &[]);
                self.b.switch_to_block(leave);
                self.b.set_cold_block(leave);
                self.store_results(&kg, k, slot, Some(&leaving));
                let mut still = Vec::new();
                for (i, l) in leaving.iter().enumerate() {
                    let a0 = self.active_mask(masks, i);
                    let a1 = self.b.ins().band_not(a0, *l);
                    self.b.ins().stack_store(I64, a1, masks, (i * 16) as i32);
                    still.push(a1);
                }
                let any = still.into_iter().reduce(|x, y| self.b.ins().bor(x, y)).expect("VECTORS > 0");
                let none = self.b.ins().vhigh_bits(I32, any);
                let none = self.b.ins().icmp_imm_s(IntCC::Equal, none, 0);
                self.b.ins().brif(none, finish, &[], next, &[]);
            }
            self.b.switch_to_block(next);
        }
        self.b.ins().jump(head, &[]);
        // The lanes still running take their values from here; those that left have
        // theirs stored (when all have left, no lane is active).
        self.b.switch_to_block(finish);
        kg.in_loop = false;
        let active = kg.active.map(|masks| (0..VECTORS).map(|i| self.active_mask(masks, i)).collect::<Vec<_>>());
        self.store_results(&kg, k, slot, active.as_deref());
        self.store_uniform_results(&kg, k, slot);
        self.b.ins().jump(done, &[]);
    }

    /// Vector `i`'s active-lane mask, from the masks' slot.
    fn active_mask(&mut self, masks: cir::StackSlot, i: usize) -> cir::Value {
        self.b.ins().stack_load(I64, I64X2, masks, (i * 16) as i32)
    }

    /// The negation of boolean `c`: a comparison's inverse when it is one.
    fn negate(&mut self, c: cir::Value) -> cir::Value {
        let dfg = &self.b.func.dfg;
        if let Some(inst) = dfg.value_def(c).inst()
            && let cir::InstructionData::FloatCompare { opcode: cir::Opcode::Fcmp, cond, args } = dfg.insts[inst]
        {
            return self.b.ins().fcmp(cond.complement(), args[0], args[1]);
        }
        self.b.ins().icmp_imm_s(IntCC::Equal, c, 0)
    }

    /// Stores the varying results of the lanes in `select` (all, without it) into the
    /// group buffer.
    fn store_results(&mut self, kg: &Emission, k: &Kernel, slot: cir::StackSlot, select: Option<&[cir::Value]>) {
        for (m, out) in k.outs.iter().enumerate() {
            if !k.varying.contains(out) {
                continue;
            }
            let r = self.repr[out.0 as usize];
            let t = if r == Repr::Number { F64X2 } else { I64X2 };
            for (i, x) in self.lanes_of(kg, *out, r).into_iter().enumerate() {
                let at = (m * LANES * 8 + i * 16) as i32;
                let x = match select {
                    Some(masks) => {
                        let old = self.b.ins().stack_load(I64, t, slot, at);
                        let mask = if t == F64X2 { self.b.ins().bitcast(F64X2, MemFlagsData::new().with_endianness(cir::Endianness::Little), masks[i]) } else { masks[i] };
                        self.b.ins().bitselect(mask, x, old)
                    }
                    None => x,
                };
                self.b.ins().stack_store(I64, x, slot, at);
            }
        }
    }

    /// Stores the results that are the same in every lane into the group buffer.
    fn store_uniform_results(&mut self, kg: &Emission, k: &Kernel, slot: cir::StackSlot) {
        for (m, out) in k.outs.iter().enumerate() {
            if k.varying.contains(out) {
                continue;
            }
            let x = self.uniform(kg, *out);
            let x = if self.repr[out.0 as usize] == Repr::Number {
                x
            } else {
                let wide = self.b.ins().uextend(I64, x);
                self.b.ins().ineg(wide)
            };
            for lane in 0..LANES {
                self.b.ins().stack_store(I64, x, slot, (m * LANES * 8 + lane * 8) as i32);
            }
        }
    }

    /// The kernel's code for a block's instructions (its branch is the caller's).
    fn kernel_block(&mut self, kg: &mut Emission, k: &Kernel, blk: usize) {
        for (i, (inst, _)) in self.f.blocks[blk].insts.iter().enumerate() {
            if k.skipped.contains(&(blk, i)) {
                continue;
            }
            let Some(dst) = inst.def() else { continue };
            let varying = k.varying.contains(&dst);
            let r = self.repr[dst.0 as usize];
            // Each vector's value (or the uniform value, in `vals[0]`).
            let vals: Option<Vec<cir::Value>> = match inst {
                Inst::Const { value, .. } => match (value, r) {
                    (Const::Number(n), Repr::Number) => Some(vec![self.b.ins().f64const(*n)]),
                    (Const::True | Const::False, Repr::Bool) => Some(vec![self.b.ins().iconst(I8, (*value == Const::True) as i64)]),
                    (_, Repr::Boxed) => {
                        let bits = match value {
                            Const::Number(n) => (if n.is_nan() { f64::NAN } else { *n }).to_bits(),
                            Const::Undefined => abi::UNDEFINED,
                            Const::Null => abi::NULL,
                            Const::True => abi::TRUE,
                            Const::False => abi::FALSE,
                            _ => abi::HOLE,
                        };
                        Some(vec![self.iconst(bits)])
                    }
                    // Never read (`ir::types`), like the scalar code's.
                    _ => None,
                },
                Inst::Move { src, .. } | Inst::AssumeNumber { src, .. } | Inst::Unary { op: UnOp::Plus | UnOp::ToNumeric, a: src, .. } => {
                    if self.repr[src.0 as usize] != r {
                        None
                    } else if varying {
                        Some(self.lanes_of(kg, *src, r))
                    } else {
                        Some(vec![self.uniform(kg, *src)])
                    }
                }
                Inst::Unary { op, a, .. } => Some(if varying {
                    let xs = self.lanes_of(kg, *a, self.repr[a.0 as usize]);
                    xs.into_iter().map(|x| if *op == UnOp::Neg { self.b.ins().fneg(x) } else { self.b.ins().bnot(x) }).collect()
                } else {
                    let x = self.uniform(kg, *a);
                    vec![if *op == UnOp::Neg { self.b.ins().fneg(x) } else { self.b.ins().icmp_imm_s(IntCC::Equal, x, 0) }]
                }),
                Inst::Binary { op, a, b, .. } => Some(self.kernel_binary(kg, *op, *a, *b, varying)),
                Inst::GetElem { obj, key, .. } => {
                    let root = root_of(self.f, blk, i, *obj);
                    let (data, len) = kg.arrays[&root];
                    let f = self.uniform(kg, *key);
                    let (idx, whole) = self.whole_index(f);
                    let inside = self.b.ins().icmp(IntCC::UnsignedLessThan, idx, len);
                    let ok = self.b.ins().band(whole, inside);
                    let next = self.b.create_block();
                    self.b.ins().brif(ok, next, &[], kg.abort, &[]);
                    self.b.switch_to_block(next);
                    let off = self.b.ins().ishl_imm_u(idx, 3);
                    let at = self.b.ins().iadd(data, off);
                    let x = self.b.ins().load(I64, MemFlagsData::trusted(), at, 0);
                    let is_num = self.is_number_bits(x);
                    let next = self.b.create_block();
                    self.b.ins().brif(is_num, next, &[], kg.abort, &[]);
                    self.b.switch_to_block(next);
                    Some(vec![self.b.ins().bitcast(F64, MemFlagsData::new(), x)])
                }
                _ => unreachable!("the plan admits only kernel instructions"),
            };
            let Some(vals) = vals else { continue };
            match kg.kv[&dst].clone() {
                KVar::Uniform(u) => self.b.def_var(u, vals[0]),
                KVar::Varying(vs) => {
                    let vals = if !self.b.func.dfg.value_type(vals[0]).is_vector() {
                        let x = self.widen(vals[0], r);
                        vec![x; VECTORS]
                    } else {
                        vals
                    };
                    for (var, x) in vs.iter().zip(vals) {
                        self.b.def_var(*var, x);
                    }
                }
            }
        }
    }

    /// A binary operator in the kernel: per vector when `varying`, else once.
    fn kernel_binary(&mut self, kg: &Emission, op: BinOp, a: ir::Var, b: ir::Var, varying: bool) -> Vec<cir::Value> {
        let cc = match op {
            BinOp::Lt => Some(FloatCC::LessThan),
            BinOp::Le => Some(FloatCC::LessThanOrEqual),
            BinOp::Gt => Some(FloatCC::GreaterThan),
            BinOp::Ge => Some(FloatCC::GreaterThanOrEqual),
            BinOp::LooseEq | BinOp::StrictEq => Some(FloatCC::Equal),
            BinOp::LooseNe | BinOp::StrictNe => Some(FloatCC::NotEqual),
            _ => None,
        };
        if !varying {
            let (x, y) = (self.uniform(kg, a), self.uniform(kg, b));
            return vec![match cc {
                Some(cc) => self.b.ins().fcmp(cc, x, y),
                None => self.fast_binary(op, x, y),
            }];
        }
        // `x / c` is `x * (1 / c)` when that is exact, as in the scalar code.
        let reciprocal = match (op, &kg.kv[&b]) {
            (BinOp::Div, KVar::Uniform(_)) => {
                let y = self.uniform(kg, b);
                self.f64_constant(y).and_then(super::typed::exact_reciprocal)
            }
            _ => None,
        };
        let xs = self.lanes_of(kg, a, Repr::Number);
        let ys = match reciprocal {
            Some(r) => {
                let r = self.b.ins().f64const(r);
                vec![self.b.ins().splat(F64X2, r); VECTORS]
            }
            None => self.lanes_of(kg, b, Repr::Number),
        };
        xs.into_iter()
            .zip(ys)
            .map(|(x, y)| match (cc, op) {
                (Some(cc), _) => self.b.ins().fcmp(cc, x, y),
                (None, BinOp::Add) => self.b.ins().fadd(x, y),
                (None, BinOp::Sub) => self.b.ins().fsub(x, y),
                (None, BinOp::Mul) => self.b.ins().fmul(x, y),
                (None, BinOp::Div) if reciprocal.is_some() => self.b.ins().fmul(x, y),
                (None, _) => self.b.ins().fdiv(x, y),
            })
            .collect()
    }

    fn uniform(&mut self, kg: &Emission, v: ir::Var) -> cir::Value {
        if let Some(x) = kg.fixed.get(&v) {
            return x[0];
        }
        match &kg.kv[&v] {
            KVar::Uniform(u) => self.b.use_var(*u),
            KVar::Varying(_) => unreachable!("uniform operands of uniform results"),
        }
    }

    /// Variable `v`'s value per vector (a uniform one widened).
    fn lanes_of(&mut self, kg: &Emission, v: ir::Var, r: Repr) -> Vec<cir::Value> {
        if kg.in_loop
            && let Some(&(slot, at)) = kg.in_memory.get(&v)
        {
            let t = if self.repr[v.0 as usize] == Repr::Number { F64X2 } else { I64X2 };
            let each = if matches!(kg.kv[&v], KVar::Varying(_)) { 16 } else { 0 };
            return (0..VECTORS).map(|i| self.b.ins().stack_load(I64, t, slot, at + (i * each) as i32)).collect();
        }
        let x = match (&kg.kv[&v], kg.fixed.get(&v)) {
            (KVar::Varying(_), Some(xs)) => return xs.clone(),
            (KVar::Varying(vs), None) => return vs.iter().map(|x| self.b.use_var(*x)).collect(),
            (KVar::Uniform(_), Some(xs)) => xs[0],
            (KVar::Uniform(u), None) => self.b.use_var(*u),
        };
        let x = self.widen(x, r);
        vec![x; VECTORS]
    }

    /// A uniform number or boolean as a vector (a boolean as a lane mask).
    fn widen(&mut self, x: cir::Value, r: Repr) -> cir::Value {
        if r == Repr::Number {
            return self.b.ins().splat(F64X2, x);
        }
        let wide = self.b.ins().uextend(I64, x);
        let mask = self.b.ins().ineg(wide);
        self.b.ins().splat(I64X2, mask)
    }
}

/// The kernel being emitted: its variables, the arrays' element storage, the active
/// lanes (with per-lane exits) and where a failed check goes.
struct Emission {
    kv: HashMap<ir::Var, KVar>,
    /// The values the inner loop does not write, as they enter it.
    fixed: HashMap<ir::Var, Vec<cir::Value>>,
    /// Where their vectors are kept (stack slot, offset), read at each use in the loop.
    in_memory: HashMap<ir::Var, (cir::StackSlot, i32)>,
    /// Whether the inner loop is being emitted.
    in_loop: bool,
    arrays: HashMap<ir::Var, (cir::Value, cir::Value)>,
    /// The active lanes' masks (with per-lane exits), one per vector.
    active: Option<cir::StackSlot>,
    abort: cir::Block,
}

#[cfg(test)]
mod tests {
    use crate::driver::compile_source_to_ir;
    use oxc_span::SourceType;

    /// The loop nests of function `name` of TypeScript `source` that vectorize: (the
    /// outer body's first block, the number of lane results).
    fn kernels_of(source: &str, name: &str) -> Vec<usize> {
        let p = compile_source_to_ir(source, SourceType::ts(), "t.ts", "t.ts").expect("compiles");
        let id = p.find_string(name).expect("the function's name");
        let f = p.functions.iter().find(|f| f.name == id).expect("the function");
        let t = super::super::specialized_typing(f);
        let live_in = crate::ir::liveness::live_in(f);
        let back_edges = crate::ir::back_edges(f);
        let hoisting = super::super::hoist::plan(f, &t.repr, &back_edges);
        let mut outs: Vec<usize> = super::plan(f, &t.repr, &live_in, &back_edges, hoisting.as_ref()).values().map(|k| k.outs.len()).collect();
        outs.sort();
        outs
    }

    const ROWS: &str = "function a(i: number, j: number): number { return 1 / ((i + j) * (i + j + 1) / 2 + i + 1); }
        function rows(n: number, v: number[], out: number[]): void {
          for (let i = 0; i < n; i++) { let s = 0; for (let j = 0; j < n; j++) s += a(i, j) * v[j]; out[i] = s; }
        }
        function escape(w: number, cy: number): number {
          let total = 0;
          for (let x = 0; x < w; x++) {
            const cx = 3 * x / w - 2; let zr = 0, zi = 0, tr = 0, ti = 0, i = 0;
            while (i < 50 && tr + ti <= 4) { zi = 2 * zr * zi + cy; zr = tr - ti + cx; tr = zr * zr; ti = zi * zi; i++; }
            total = total + i + (tr + ti <= 4 ? 1 : 0);
          }
          return total;
        }
        function midExit(n: number, lim: number): number {
          let total = 0;
          for (let x = 0; x < n; x++) {
            let a = x + 1, b = -1, k = 0;
            while (k < 40) { a = a * 1.5; if (a > lim) break; b = a + k; k++; }
            total = total * 0.5 + a + b * 3 + k;
          }
          return total;
        }
        function stepTwo(n: number, v: number[], out: number[]): void {
          for (let i = 0; i < n; i += 2) { let s = 0; for (let j = 0; j < n; j++) s += v[j] * i; out[i] = s; }
        }
        function leaves(n: number, v: number[]): number {
          for (let i = 0; i < n; i++) { let s = 0; for (let j = 0; j < n; j++) s += v[j] * i; if (s > 10) return i; }
          return -1;
        }
        function calls(n: number, v: number[], out: number[]): void {
          for (let i = 0; i < n; i++) { let s = 0; for (let j = 0; j < n; j++) s += v[j] * i; out.push(s); }
        }
        function carried(n: number, v: number[]): number {
          let t = 0;
          for (let i = 0; i < n; i++) { for (let j = 0; j < n; j++) t += v[j] * i; }
          return t;
        }";

    #[test]
    fn numeric_nests_vectorize() {
        // spectral-norm's rows (one result, the sum); mandelbrot's pixels (per-lane
        // exits: the iteration count and both squares).
        assert_eq!(kernels_of(ROWS, "rows"), [1]);
        assert_eq!(kernels_of(ROWS, "escape"), [3]);
        // An exit in the middle of the iteration (`a`, `b` and `k` are the results).
        assert_eq!(kernels_of(ROWS, "midExit"), [3]);
    }

    #[test]
    fn nests_lanes_cannot_run_ahead_stay_scalar() {
        // A counter stepped by two (the lanes would be rows the loop skips), a body that
        // leaves the loop (rows after it must not be computed: they might not end), a
        // call between rows, a sum carried from row to row.
        for name in ["stepTwo", "leaves", "calls", "carried"] {
            assert_eq!(kernels_of(ROWS, name), [0usize; 0], "{name}");
        }
    }
}
