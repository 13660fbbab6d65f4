//! Runs of class-field accesses on one object: `const dx = bix - bj.x; const dy = biy -
//! bj.y; ...` checks `bj`'s class layout once, then reads and writes its slots directly.
//!
//! A run starts at a read or write that TypeScript types as a class field (see
//! `class_fields`) and continues through instructions that cannot run user code or
//! change any object's shape (constants, moves, arithmetic on unboxed numbers, strict
//! equality) and through further field accesses of the same layout on the same object
//! (the same variable, or copies of it made in the block). It is emitted twice: a fast
//! arm, entered when the object has the layout, where each access is one load or
//! store at its slot, and a slow arm with the ordinary code, entered otherwise; both
//! continue after the run. Nothing in the fast arm can change the object's shape, so
//! one check covers every access in it; the slow arm's accesses of the object go
//! straight to their inline caches.

use std::collections::HashSet;

use cranelift_codegen::ir::{self as cir, InstBuilder, MemFlagsData, types::*};
use dxrt_abi::object;

use super::FnGen;
use crate::ir::{self, BinOp, FieldSlot, Inst, UnOp, types::Repr};

/// A run found by `FnGen::field_run`.
pub(super) struct Run {
    /// The object variable of the first access.
    obj: ir::Var,
    layout: u32,
    end: usize,
    /// Indices of the accesses the fast arm does at their slots.
    accesses: HashSet<usize>,
}

/// The fast arm being emitted: which accesses (block, indices) use `slots`, the start
/// of the object's slot values.
pub(super) struct FastRun {
    block: usize,
    accesses: HashSet<usize>,
    slots: cir::Value,
}

/// The object and field of a class-field access.
fn field_access(inst: &Inst) -> Option<(ir::Var, FieldSlot)> {
    match inst {
        Inst::GetNamed { obj, field: Some(f), .. } | Inst::SetNamed { obj, field: Some(f), .. } => Some((*obj, *f)),
        _ => None,
    }
}

impl FnGen<'_, '_> {
    /// The variable `v` is a copy of at instruction `k` of `block`: followed back through
    /// the block's moves whose source is not written again before `k`.
    fn root_of(&self, block: usize, k: usize, v: ir::Var) -> ir::Var {
        let insts = &self.f.blocks[block].insts;
        let (mut v, mut k) = (v, k);
        'follow: loop {
            for j in (0..k).rev() {
                if insts[j].0.def() != Some(v) {
                    continue;
                }
                let Inst::Move { src, .. } = insts[j].0 else { return v };
                if insts[j + 1..k].iter().any(|(i, _)| i.def() == Some(src)) {
                    return v;
                }
                (v, k) = (src, j);
                continue 'follow;
            }
            return v;
        }
    }

    /// Whether an instruction can neither run user code nor change an object's shape.
    fn inert(&self, inst: &Inst) -> bool {
        let num = |v: &ir::Var| self.repr[v.0 as usize] == Repr::Number;
        match inst {
            Inst::Const { .. } | Inst::Move { .. } => true,
            Inst::Binary { op: BinOp::StrictEq | BinOp::StrictNe, .. } => true,
            Inst::Binary { op, a, b, .. } => num(a) && num(b) && !matches!(op, BinOp::InstanceOf | BinOp::In),
            Inst::Unary { op: UnOp::Neg | UnOp::Plus | UnOp::BitNot | UnOp::ToNumeric | UnOp::Not, a, .. } => num(a),
            _ => false,
        }
    }

    /// The run of field accesses starting at instruction `k` of `block`, if there is
    /// one with at least two accesses.
    pub(super) fn field_run(&self, block: usize, k: usize) -> Option<Run> {
        let insts = &self.f.blocks[block].insts;
        let (obj, first) = field_access(&insts[k].0)?;
        let root = self.root_of(block, k, obj);
        let mut accesses = HashSet::from([k]);
        let mut end = k + 1;
        while end < insts.len() {
            // The generic copy may be entered inside the run (a specialized copy's exit).
            if self.generic.is_none() && self.resume.contains_key(&(block, end)) {
                break;
            }
            let inst = &insts[end].0;
            match field_access(inst) {
                Some((o, f)) if f.layout == first.layout && self.root_of(block, end, o) == root => {
                    accesses.insert(end);
                }
                _ if self.inert(inst) => {}
                _ => break,
            }
            end += 1;
            // A run ends where the object's variable is written.
            if inst.def() == Some(root) {
                break;
            }
        }
        // Trailing instructions after the last access belong to no run.
        let last = *accesses.iter().max().expect("the run starts with an access");
        (accesses.len() >= 2).then_some(Run { obj, layout: first.layout, end: last + 1, accesses })
    }

    /// Emits `run` (starting at instruction `k` of `block`) twice, behind one check of
    /// the object's layout; returns the index after it.
    pub(super) fn emit_field_run(&mut self, block: usize, k: usize, run: Run) -> Result<usize, String> {
        let o = self.get(run.obj);
        let (fast, slow, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        let field = FieldSlot { layout: run.layout, slot: 0 };
        let addr = self.layout_matches(o, field, fast, slow);
        self.b.switch_to_block(fast);
        let slots = self.b.ins().load(I64, MemFlagsData::trusted(), addr, object::SLOTS + self.g.vec_layout.0 as i32);
        self.fast_run = Some(FastRun { block, accesses: run.accesses, slots });
        for j in k..run.end {
            self.emit_inst(block, j)?;
        }
        self.fast_run = None;
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(slow);
        self.last_cmp = None;
        self.slow_run = true;
        let r = (k..run.end).try_for_each(|j| self.emit_inst(block, j));
        self.slow_run = false;
        r?;
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
        self.last_cmp = None;
        Ok(run.end)
    }

    /// In the fast arm of a run: the address of the current access's slot.
    pub(super) fn fast_field(&mut self, field: FieldSlot) -> Option<cir::Value> {
        let run = self.fast_run.as_ref()?;
        let (block, k) = self.cur_inst;
        if run.block != block || !run.accesses.contains(&k) {
            return None;
        }
        let slots = run.slots;
        Some(self.b.ins().iadd_imm_s(slots, field.slot as i64 * 8))
    }
}
