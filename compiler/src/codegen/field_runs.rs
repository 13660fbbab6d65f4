//! Runs of class-field accesses: `const dx = bix - bj.x; const dy = biy - bj.y; ...`
//! checks `bj`'s class layout once, then reads and writes its slots directly;
//! `this.current = this.current.link` checks `this` and the object read from it once
//! each.
//!
//! A run starts at a read or write that TypeScript types as a class field (see
//! `class_fields`) and continues through instructions that cannot run user code or
//! change any object's shape (constants, moves, arithmetic on unboxed numbers, strict
//! equality), arithmetic on boxed values (which the fast arm computes only for numbers)
//! and further field accesses. It is emitted twice. The fast arm
//! checks each object's layout at its first access in the run (an object is a
//! variable, or copies of it made in the block, until it is written) and then reads and
//! writes its slots with one load or store each; a failed check (or an operand that is
//! not a number) continues in the slow arm, the ordinary code, at that same
//! instruction, and both arms continue after the
//! run. Nothing in the fast arm can change a shape, so one check per object covers the
//! run; the slow arm's field accesses go straight to their inline caches.

use std::collections::HashMap;

use cranelift_codegen::ir::{self as cir, InstBuilder, MemFlagsData, types::*};
use dxrt_abi::object;

use super::FnGen;
use crate::ir::{self, BinOp, FieldSlot, Inst, UnOp, types::Repr};

/// A run found by `FnGen::field_run`.
pub(super) struct Run {
    end: usize,
    /// Each access's object (its root variable), by instruction index.
    accesses: HashMap<usize, ir::Var>,
    /// Where an object's layout is checked: its first access in the run (again after
    /// its variable is written), with the access's object variable and layout.
    checks: Vec<(usize, ir::Var, u32)>,
    /// Arithmetic on boxed values (`this.count + 1`): the fast arm computes it when
    /// the operands are numbers and otherwise continues in the slow arm there.
    arithmetic: Vec<usize>,
}

/// The fast arm being emitted: each access's object, and the start of the slot values
/// of each object checked so far.
pub(super) struct FastRun {
    block: usize,
    accesses: HashMap<usize, ir::Var>,
    slots: HashMap<ir::Var, cir::Value>,
}

/// Arithmetic that `typed_binary` computes inline when its operands are numbers (and
/// else by a runtime call, which may run `valueOf`).
fn checked_arithmetic(inst: &Inst) -> bool {
    matches!(
        inst,
        Inst::Binary {
            op: BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge | BinOp::Shl | BinOp::Sar | BinOp::Shr | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor,
            ..
        }
    )
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

    /// The run of field accesses starting at instruction `k` of `block`, if it has
    /// more accesses than objects to check.
    pub(super) fn field_run(&self, block: usize, k: usize) -> Option<Run> {
        let insts = &self.f.blocks[block].insts;
        field_access(&insts[k].0)?;
        let mut run = Run { end: k, accesses: HashMap::new(), checks: Vec::new(), arithmetic: Vec::new() };
        // The layout each object was checked for in the run so far.
        let mut checked: HashMap<ir::Var, u32> = HashMap::new();
        let mut j = k;
        while j < insts.len() {
            // The generic copy may be entered inside the run (a specialized copy's exit).
            if j > k && self.generic.is_none() && self.resume.contains_key(&(block, j)) {
                break;
            }
            let inst = &insts[j].0;
            match field_access(inst) {
                Some((o, f)) => {
                    let root = self.root_of(block, j, o);
                    match checked.get(&root) {
                        Some(&l) if l == f.layout => {}
                        Some(_) => break,
                        None => {
                            checked.insert(root, f.layout);
                            run.checks.push((j, o, f.layout));
                        }
                    }
                    run.accesses.insert(j, root);
                    run.end = j + 1;
                }
                None if self.inert(inst) => {}
                None if checked_arithmetic(inst) => run.arithmetic.push(j),
                None => break,
            }
            // A written object variable holds another object: check it again.
            if let Some(d) = inst.def() {
                checked.remove(&d);
            }
            j += 1;
        }
        (run.accesses.len() > run.checks.len()).then_some(run)
    }

    /// Emits `run` (starting at instruction `k` of `block`) twice: a fast arm that checks
    /// each object's layout at its first access and then uses its slots, and a slow arm
    /// of ordinary code, which the fast arm continues in, at the same instruction, when
    /// a check fails. Returns the index after the run.
    pub(super) fn emit_field_run(&mut self, block: usize, k: usize, run: Run) -> Result<usize, String> {
        let join = self.b.create_block();
        // The slow arm's entry at each check.
        let bails: HashMap<usize, cir::Block> = run.checks.iter().map(|c| c.0).chain(run.arithmetic.iter().copied()).filter(|&j| j < run.end).map(|j| (j, self.b.create_block())).collect();
        self.fast_run = Some(FastRun { block, accesses: run.accesses, slots: HashMap::new() });
        let r = (k..run.end).try_for_each(|j| {
            if let Some(&(_, o, layout)) = run.checks.iter().find(|c| c.0 == j) {
                let v = self.get(o);
                let ok = self.b.create_block();
                let addr = self.layout_matches(v, FieldSlot { layout, slot: 0 }, ok, bails[&j]);
                self.b.switch_to_block(ok);
                self.last_cmp = None;
                let slots = self.b.ins().load(I64, MemFlagsData::trusted(), addr, object::SLOTS + self.g.vec_layout.0 as i32);
                let run = self.fast_run.as_mut().expect("emitting the fast arm");
                run.slots.insert(run.accesses[&j], slots);
            }
            self.bail_to = run.arithmetic.contains(&j).then(|| bails[&j]);
            let r = self.emit_inst(block, j);
            self.bail_to = None;
            r
        });
        self.fast_run = None;
        r?;
        self.b.ins().jump(join, &[]);
        self.slow_run = true;
        let r = (k..run.end).try_for_each(|j| {
            if let Some(&bail) = bails.get(&j) {
                if j > k {
                    self.b.ins().jump(bail, &[]);
                }
                self.b.switch_to_block(bail);
                self.last_cmp = None;
            }
            self.emit_inst(block, j)
        });
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
        if run.block != block {
            return None;
        }
        let slots = run.slots[run.accesses.get(&k)?];
        Some(self.b.ins().iadd_imm_s(slots, field.slot as i64 * 8))
    }
}
