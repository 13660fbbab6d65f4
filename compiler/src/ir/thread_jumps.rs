//! Jump threading of boolean joins: `a && b`, `a || b` and `!` conditions.
//!
//! Lowering computes a short-circuit condition into a variable on two paths and then
//! branches on it in a block of its own: `t = a; branch a, B, J` and `B: t = b; jump J`
//! and `J: branch t, body, exit`. Code generation would materialize the boolean, merge
//! it and test it again. Here a jump to such a block becomes its branch (`B: t = b;
//! branch b, body, exit`, on the value just computed, which fuses with its comparison),
//! and a branch edge on which the joined variable's value is known (it was copied from
//! the condition just tested) goes straight to the matching side. The variable is still
//! written on every path, so anything else reading it is unaffected.

use super::{Function, Inst, Terminator, Var};

/// Threads every jump and branch edge into a branch-only block whose condition is known.
pub fn thread_jumps(f: &mut Function) {
    // Each edge rewrite moves a terminator forward by one block; a bound keeps
    // pathological graphs cheap.
    for _ in 0..4 {
        let mut changed = false;
        for bi in 0..f.blocks.len() {
            let Some(term) = threaded(f, bi) else { continue };
            f.blocks[bi].term = term;
            changed = true;
        }
        if !changed {
            break;
        }
    }
}

/// The branch of block `b`, when it is a block with nothing but that branch.
fn branch_only(f: &Function, b: usize) -> Option<(Var, super::BlockId, super::BlockId)> {
    match f.blocks[b].term {
        Terminator::Branch { cond, then, else_ } if f.blocks[b].insts.is_empty() => Some((cond, then, else_)),
        _ => None,
    }
}

/// The variable `v` is a copy of at the end of block `bi`: the source of the block's last
/// write of `v` when that is a move not followed by a write of its source.
fn copy_source(f: &Function, bi: usize, v: Var) -> Option<Var> {
    let insts = &f.blocks[bi].insts;
    let k = insts.iter().rposition(|(i, _)| i.def() == Some(v))?;
    match insts[k].0 {
        Inst::Move { src, .. } if !insts[k + 1..].iter().any(|(i, _)| i.def() == Some(src)) => Some(src),
        _ => None,
    }
}

/// Block `bi`'s terminator with one edge threaded, if one can be.
fn threaded(f: &Function, bi: usize) -> Option<Terminator> {
    match f.blocks[bi].term {
        Terminator::Jump(t) if t.0 as usize != bi => {
            let (cond, then, else_) = branch_only(f, t.0 as usize)?;
            // Branch on the value the joined variable was just given, when it was a copy.
            let cond = copy_source(f, bi, cond).unwrap_or(cond);
            Some(Terminator::Branch { cond, then, else_ })
        }
        Terminator::Branch { cond, then, else_ } => {
            let known = |target: super::BlockId, value: bool| -> Option<super::BlockId> {
                let (c, t, e) = branch_only(f, target.0 as usize)?;
                (target.0 as usize != bi && (c == cond || copy_source(f, bi, c) == Some(cond))).then_some(if value { t } else { e })
            };
            match (known(then, true), known(else_, false)) {
                (None, None) => None,
                (t, e) => Some(Terminator::Branch { cond, then: t.unwrap_or(then), else_: e.unwrap_or(else_) }),
            }
        }
        _ => None,
    }
}
