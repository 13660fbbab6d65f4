//! Inlining of small numeric leaf functions at their call sites.
//!
//! A call of a known function (`CallKnown` of a script's function, `CallDirect` of a
//! never-reassigned local one) whose body only computes with its parameters and
//! primitive constants (arithmetic, comparisons, branches) is replaced by a copy of that
//! body, guarded by `InlineGuard`: the callee is still that function and every argument
//! is a number. Under that guard nothing in the copy can throw, call user code or
//! allocate (operators on numbers, booleans and `undefined` are pure), so the copy needs
//! no stack frame of its own for stack traces. When the guard fails, the original call
//! runs. The copy's parameters are `AssumeNumber`s of the arguments, so type inference
//! keeps the whole computation unboxed in the caller.

use std::collections::HashMap;

use super::{BinOp, Block, BlockId, Const, FuncId, Function, Inst, Known, Program, Terminator, UnOp, Var};

/// Instructions (other than moves and constants) a function may have to be inlined.
const MAX_OPS: usize = 24;

/// Inlines every inlinable call in every function of `p`.
pub fn inline_small_functions(p: &mut Program) {
    let bodies: HashMap<u32, Function> = p.functions.iter().filter(|g| inlinable(g)).map(|g| (g.id.0, g.clone())).collect();
    if bodies.is_empty() {
        return;
    }
    for f in &mut p.functions {
        inline_calls(f, &bodies);
    }
}

/// Whether `g` can be copied into a caller: a plain function of numbers (see the module
/// docs) whose every read sees a value it wrote (so a copy in a loop cannot see the
/// previous iteration's values).
fn inlinable(g: &Function) -> bool {
    use dxrt_abi::{FN_CLASS_CONSTRUCTOR, FN_GENERATOR};
    if g.entry != super::EntryKind::Fast || g.gen_var.is_some() || g.flags & (FN_CLASS_CONSTRUCTOR | FN_GENERATOR) != 0 {
        return false;
    }
    let mut ops = 0;
    let mut defined = vec![false; g.var_count as usize];
    for p in &g.params {
        defined[p.0 as usize] = true;
    }
    for b in &g.blocks {
        // (Lowering leaves an empty unreachable block after a final `return`.)
        let dead_end = matches!(b.term, Terminator::Unreachable) && b.insts.is_empty();
        if b.handler.is_some() || !(dead_end || matches!(b.term, Terminator::Jump(_) | Terminator::Branch { .. } | Terminator::Return(_))) {
            return false;
        }
        for (inst, _) in &b.insts {
            let pure = match inst {
                Inst::Const { value, .. } => !matches!(value, Const::Str(_) | Const::Hole),
                Inst::Move { .. } => true,
                Inst::Binary { op, .. } => {
                    ops += 1;
                    !matches!(op, BinOp::InstanceOf | BinOp::In)
                }
                Inst::Unary { op, .. } => {
                    ops += 1;
                    matches!(op, UnOp::Neg | UnOp::Plus | UnOp::BitNot | UnOp::Not | UnOp::ToNumeric)
                }
                _ => false,
            };
            if !pure {
                return false;
            }
            if let Some(d) = inst.def() {
                defined[d.0 as usize] = true;
            }
        }
    }
    // Only parameters and the function's own results are read (no `this`, environment
    // or callee), and each read is definitely assigned.
    let reads_own = g.blocks.iter().flat_map(|b| b.insts.iter().flat_map(|(i, _)| i.uses()).chain(b.term.uses())).all(|v| defined[v.0 as usize]);
    ops <= MAX_OPS && reads_own && super::types::reads_definitely_assigned(g)
}

/// Replaces the inlinable calls of `f` by guarded copies of their callees.
fn inline_calls(f: &mut Function, bodies: &HashMap<u32, Function>) {
    // The slow paths keep their calls.
    let mut slow_paths = std::collections::HashSet::new();
    let mut bi = 0;
    while bi < f.blocks.len() {
        let site = f.blocks[bi].insts.iter().position(|(inst, _)| call_target(inst).is_some_and(|(g, n)| g != f.id && bodies.get(&g.0).is_some_and(|g| g.params.len() == n)));
        match site {
            Some(k) if !slow_paths.contains(&bi) => {
                slow_paths.insert(inline_at(f, bi, k, bodies));
            }
            _ => bi += 1,
        }
    }
}

/// The function a call expects to reach and its argument count, when it is one.
fn call_target(inst: &Inst) -> Option<(FuncId, usize)> {
    match inst {
        Inst::CallKnown { target: Known::Func { func, .. }, args, .. } => Some((*func, args.len())),
        Inst::CallDirect { func, args, .. } => Some((*func, args.len())),
        _ => None,
    }
}

/// Splits block `bi` at its call `k`: the block ends in the guard, the call moves to a
/// block of its own (the slow path), the callee's copy follows, and both continue in a
/// new block with the rest of the original one. Returns the slow path's block.
fn inline_at(f: &mut Function, bi: usize, k: usize, bodies: &HashMap<u32, Function>) -> usize {
    let new_block = |f: &mut Function, insts: Vec<(Inst, u32)>, term: Terminator, handler: Option<BlockId>| {
        f.blocks.push(Block { insts, term, handler, cold: false });
        BlockId(f.blocks.len() as u32 - 1)
    };
    let handler = f.blocks[bi].handler;
    let tail_insts = f.blocks[bi].insts.split_off(k + 1);
    let (call, pos) = f.blocks[bi].insts.pop().expect("the call is in the block");
    let tail_term = std::mem::replace(&mut f.blocks[bi].term, Terminator::Unreachable);
    let tail = new_block(f, tail_insts, tail_term, handler);
    let (dst, args, callee, func) = match &call {
        Inst::CallKnown { dst, args, callee, target: Known::Func { func, .. }, .. } => (*dst, args.clone(), Some(*callee), *func),
        Inst::CallDirect { dst, args, func, .. } => (*dst, args.clone(), None, *func),
        _ => unreachable!("inline_at is given calls"),
    };
    let slow = new_block(f, vec![(call, pos)], Terminator::Jump(tail), handler);
    f.blocks[slow.0 as usize].cold = true;
    let g = &bodies[&func.0];

    // The copy's variables and blocks follow the caller's.
    let var_base = f.var_count;
    f.var_count += g.var_count;
    let var = |v: Var| Var(v.0 + var_base);
    let block_base = f.blocks.len() as u32 + 1;
    let block = |b: BlockId| BlockId(b.0 + block_base);
    let params: Vec<(Inst, u32)> = g.params.iter().zip(&args).map(|(p, a)| (Inst::AssumeNumber { dst: var(*p), src: *a }, pos)).collect();
    let entry = new_block(f, params, Terminator::Jump(block(BlockId(0))), None);
    debug_assert_eq!(entry.0 + 1, block_base);
    // Blocks control never reaches (the implicit `return undefined` after a final
    // `return`) are left empty, so that they add no values to the result.
    let reachable = reachable_blocks(g);
    for (b, live) in g.blocks.iter().zip(reachable) {
        if !live {
            new_block(f, Vec::new(), Terminator::Unreachable, None);
            continue;
        }
        let insts = b.insts.iter().map(|(inst, p)| (rename(inst, &var), *p)).collect();
        let (insts, term) = match &b.term {
            Terminator::Return(v) => {
                let mut insts: Vec<(Inst, u32)> = insts;
                insts.push((Inst::Move { dst, src: var(*v) }, pos));
                (insts, Terminator::Jump(tail))
            }
            Terminator::Jump(t) => (insts, Terminator::Jump(block(*t))),
            Terminator::Branch { cond, then, else_ } => (insts, Terminator::Branch { cond: var(*cond), then: block(*then), else_: block(*else_) }),
            Terminator::Unreachable => (insts, Terminator::Unreachable),
            Terminator::Yield { .. } => unreachable!("inlinable functions do not yield"),
        };
        new_block(f, insts, term, None);
    }

    let ok = Var(f.var_count);
    f.var_count += 1;
    let guard = Inst::InlineGuard { dst: ok, callee: callee.map(|c| (c, func)), args };
    f.blocks[bi].insts.push((guard, pos));
    f.blocks[bi].term = Terminator::Branch { cond: ok, then: entry, else_: slow };
    slow.0 as usize
}

/// Which blocks of `g` control can reach from its entry.
fn reachable_blocks(g: &Function) -> Vec<bool> {
    let mut seen = vec![false; g.blocks.len()];
    let mut work = vec![0usize];
    while let Some(b) = work.pop() {
        if !std::mem::replace(&mut seen[b], true) {
            work.extend(g.blocks[b].term.successors().iter().map(|s| s.0 as usize));
        }
    }
    seen
}

/// An instruction of the copy, over the caller's variables.
fn rename(inst: &Inst, var: &impl Fn(Var) -> Var) -> Inst {
    match inst {
        Inst::Const { dst, value } => Inst::Const { dst: var(*dst), value: *value },
        Inst::Move { dst, src } => Inst::Move { dst: var(*dst), src: var(*src) },
        Inst::Binary { dst, op, a, b } => Inst::Binary { dst: var(*dst), op: *op, a: var(*a), b: var(*b) },
        Inst::Unary { dst, op, a } => Inst::Unary { dst: var(*dst), op: *op, a: var(*a) },
        _ => unreachable!("inlinable functions only compute"),
    }
}

#[cfg(test)]
mod tests {
    use crate::driver::compile_source_to_ir;
    use crate::ir::{Inst, Program};
    use oxc_span::SourceType;

    fn guards(source: &str) -> usize {
        let p: Program = compile_source_to_ir(source, SourceType::cjs(), "t.js", "t.js").expect("compiles");
        p.functions.iter().flat_map(|f| &f.blocks).flat_map(|b| &b.insts).filter(|(i, _)| matches!(i, Inst::InlineGuard { .. })).count()
    }

    #[test]
    fn inlines_numeric_leaf_functions() {
        assert_eq!(guards("function f(x, y) { return x > y ? x * 2 : y - 1; } let s = 0; for (let i = 0; i < 9; i++) s += f(i, 3);"), 1);
        // Nested, never reassigned: a direct call.
        assert_eq!(guards("function g(n) { function sq(x) { return x * x; } return sq(n) + sq(n + 1); } g(2);"), 2);
    }

    #[test]
    fn keeps_calls_of_other_functions() {
        // Reads `this`, calls, allocates, touches properties, captures, recurses or
        // makes strings. (A missing argument is passed as undefined, which fails the
        // guard at run time.)
        for src in [
            "function f(x) { return this.k + x; } f(1);",
            "function f(x) { return Math.sqrt(x); } f(1);",
            "function f(x) { return [x]; } f(1);",
            "function f(x) { return x.length; } f(1);",
            "let k = 2; function f(x) { return x * k; } f(1);",
            "function f(x) { return x < 1 ? 1 : x * f(x - 1); } f(3);",
            "function f(x) { return 'n' + x; } f(1);",
        ] {
            assert_eq!(guards(src), 0, "{src}");
        }
    }
}
