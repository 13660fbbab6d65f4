//! Inlining of small functions at their call sites.
//!
//! Two kinds of callee are copied into their callers:
//! - *numeric leaf functions*, whose body only computes with its parameters and
//!   primitive constants (arithmetic, comparisons, branches). The copy is guarded by
//!   `InlineGuard`: the callee is still that function and every argument is a number.
//!   Under that guard nothing in the copy can throw, call user code or allocate, and its
//!   parameters are `AssumeNumber`s of the arguments, so type inference keeps the whole
//!   computation unboxed in the caller.
//! - *small bodies* (methods such as getters and setters of fields, predicates, short
//!   helpers): up to [`MAX_BODY_OPS`] ordinary instructions (property accesses, calls,
//!   operators) over `this`, the parameters and module-level variables, without `try`,
//!   `arguments`, closures or `super`. The copy is guarded by the callee alone and keeps
//!   every check and slow path of the original; `this` and the parameters become moves
//!   of the call's values. Its instructions keep their positions through inline frames
//!   (`Program::inline_frames`), so a stack trace through the copy still shows the
//!   inlined function's frame. Field accesses of the copy then join the caller's
//!   (`codegen::field_runs`): a receiver's layout is checked once for the caller and all
//!   the methods inlined into it.
//!
//! When the guard fails, the original call runs. Inlining runs in [`ROUNDS`] rounds, so
//! a small body may itself hold copies of smaller ones; a round never inlines into the
//! copies it makes (recursive functions stay bounded).

use std::collections::{HashMap, HashSet};

use dxrt_abi::{INLINED, InlineFrame};

use super::{BinOp, Block, BlockId, Const, Function, Inst, Known, Program, Terminator, UnOp, Var};

/// Instructions (other than moves and constants) a numeric leaf function may have.
const MAX_OPS: usize = 24;
/// Instructions (other than moves and constants) a small body may have. (Larger bodies
/// made richards slower, not faster: the callers' values spill around the copies.)
const MAX_BODY_OPS: usize = 12;
/// A function stops receiving copies beyond this many instructions.
const MAX_CALLER_OPS: usize = 4000;
/// Rounds of inlining: a body inlined in round 2 may hold copies from round 1.
const ROUNDS: usize = 2;

/// What may replace a call of a function.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Kind {
    /// A numeric leaf function (see the module docs).
    Numeric,
    /// A small body; `env`: it reads its closure's environment (then only calls that
    /// give it, `CallDirect`, can inline it).
    Body { env: bool },
}

/// Inlines every inlinable call in every function of `p`.
pub fn inline_small_functions(p: &mut Program) {
    for _ in 0..ROUNDS {
        let bodies: HashMap<u32, (Kind, Function)> = p.functions.iter().filter_map(|g| kind(g).map(|k| (g.id.0, (k, g.clone())))).collect();
        if bodies.is_empty() {
            return;
        }
        let mut functions = std::mem::take(&mut p.functions);
        for f in &mut functions {
            inline_calls(f, &bodies, p);
        }
        p.functions = functions;
    }
}

/// Instructions that are not moves or constants.
fn ops(g: &Function) -> usize {
    g.blocks.iter().flat_map(|b| &b.insts).filter(|(i, _)| !matches!(i, Inst::Const { .. } | Inst::Move { .. } | Inst::AssumeNumber { .. })).count()
}

/// How calls of `g` can be inlined, if they can.
fn kind(g: &Function) -> Option<Kind> {
    use dxrt_abi::{FN_CLASS_CONSTRUCTOR, FN_GENERATOR};
    if g.entry != super::EntryKind::Fast || g.gen_var.is_some() || g.hidden || g.flags & (FN_CLASS_CONSTRUCTOR | FN_GENERATOR) != 0 {
        return None;
    }
    for b in &g.blocks {
        // (Lowering leaves an empty unreachable block after a final `return`.)
        let dead_end = matches!(b.term, Terminator::Unreachable) && b.insts.is_empty();
        let plain_end = matches!(b.term, Terminator::Jump(_) | Terminator::Branch { .. } | Terminator::Return(_) | Terminator::Unreachable);
        if b.handler.is_some() || !plain_end || (matches!(b.term, Terminator::Unreachable) && !dead_end && !ends_in_throw(b)) {
            return None;
        }
    }
    // (The size first: the dataflow below runs on every function, every round.)
    let n = ops(g);
    if n > MAX_OPS.max(MAX_BODY_OPS) || !super::types::reads_written(g) {
        return None;
    }
    let insts = || g.blocks.iter().flat_map(|b| &b.insts).map(|(i, _)| i);
    let reads = || g.blocks.iter().flat_map(|b| b.insts.iter().flat_map(|(i, _)| i.uses()).chain(b.term.uses()));
    if insts().all(numeric) && n <= MAX_OPS {
        // Only parameters and the function's own results are read (no `this`,
        // environment or callee).
        let mut own: HashSet<Var> = g.params.iter().copied().collect();
        own.extend(insts().filter_map(Inst::def));
        if reads().all(|v| own.contains(&v)) {
            return Some(Kind::Numeric);
        }
    }
    // Small bodies read `this`, their parameters, their own results and maybe the
    // environment; never the generic entry's special variables.
    let specials = [g.argv_var, g.argc_var, g.new_target_var, g.callee_var];
    if n > MAX_BODY_OPS || !insts().all(body_inst) || reads().any(|v| specials.contains(&v)) {
        return None;
    }
    Some(Kind::Body { env: reads().any(|v| v == g.env_var) })
}

/// Whether block `b` ends in a throw (its `Unreachable` end is then expected).
fn ends_in_throw(b: &Block) -> bool {
    matches!(b.insts.last(), Some((Inst::Throw { .. } | Inst::ThrowError { .. }, _)))
}

/// Instructions of numeric leaf functions.
fn numeric(inst: &Inst) -> bool {
    match inst {
        Inst::Const { value, .. } => !matches!(value, Const::Str(_) | Const::Hole),
        Inst::Move { .. } => true,
        Inst::Binary { op, .. } => !matches!(op, BinOp::InstanceOf | BinOp::In),
        Inst::Unary { op, .. } => matches!(op, UnOp::Neg | UnOp::Plus | UnOp::BitNot | UnOp::Not | UnOp::ToNumeric),
        _ => false,
    }
}

/// Instructions of small bodies: ones that mean the same wherever they run, given the
/// same `this`, parameters and environment.
fn body_inst(inst: &Inst) -> bool {
    use Inst::*;
    matches!(
        inst,
        Const { .. }
            | Move { .. }
            | Binary { .. }
            | Unary { .. }
            | GetNamed { .. }
            | SetNamed { .. }
            | GetElem { .. }
            | SetElem { .. }
            | GetGlobal { .. }
            | TypeofGlobal { .. }
            | SetGlobal { .. }
            | LoadStatic { .. }
            | StoreStatic { .. }
            | LoadEnv { .. }
            | StoreEnv { .. }
            | ParentEnv { .. }
            | Call { .. }
            | CallKnown { .. }
            | CallDirect { .. }
            | Construct { .. }
            | NewObject { .. }
            | NewArray { .. }
            | ObjectLiteral { .. }
            | Concat { .. }
            | CheckTdz { .. }
            | Throw { .. }
            | ThrowError { .. }
            | SloppyThis { .. }
            | InlineGuard { .. }
            | AssumeNumber { .. }
    )
}

/// Replaces the inlinable calls of `f` by guarded copies of their callees.
fn inline_calls(f: &mut Function, bodies: &HashMap<u32, (Kind, Function)>, p: &mut Program) {
    // The slow paths (cold blocks) keep their calls, and copies made now are not
    // inlined into.
    let mut skip: HashSet<usize> = HashSet::new();
    let mut size = ops(f);
    let mut bi = 0;
    while bi < f.blocks.len() && size <= MAX_CALLER_OPS {
        let site = if skip.contains(&bi) || f.blocks[bi].cold {
            None
        } else {
            f.blocks[bi].insts.iter().enumerate().find_map(|(k, (inst, _))| site_body(f, inst, bodies).map(|(kind, g)| (k, kind, g)))
        };
        match site {
            Some((k, kind, g)) => {
                size += ops(g);
                let first = f.blocks.len();
                inline_at(f, bi, k, kind, g, p);
                // The tail (the block's rest) is the first new block; then come the slow
                // path and the copy.
                skip.extend(first + 1..f.blocks.len());
            }
            None => bi += 1,
        }
    }
}

/// The callee a call of `f` can be replaced by, and how.
fn site_body<'b>(f: &Function, inst: &Inst, bodies: &'b HashMap<u32, (Kind, Function)>) -> Option<(Kind, &'b Function)> {
    let (func, n, direct) = match inst {
        Inst::CallKnown { target: Known::Func { func, .. }, args, .. } => (*func, args.len(), false),
        Inst::CallDirect { func, args, .. } => (*func, args.len(), true),
        _ => return None,
    };
    let (kind, g) = bodies.get(&func.0)?;
    let fits = match kind {
        Kind::Numeric => g.params.len() == n,
        Kind::Body { env } => direct || !env,
    };
    (func != f.id && fits).then_some((*kind, g))
}

/// Splits block `bi` at its call `k`: the block ends in the guard, the call moves to a
/// block of its own (the slow path), the callee's copy follows, and both continue in a
/// new block with the rest of the original one.
fn inline_at(f: &mut Function, bi: usize, k: usize, kind: Kind, g: &Function, p: &mut Program) {
    let new_block = |f: &mut Function, insts: Vec<(Inst, u32)>, term: Terminator, handler: Option<BlockId>| {
        f.blocks.push(Block { insts, term, handler, cold: false });
        BlockId(f.blocks.len() as u32 - 1)
    };
    let handler = f.blocks[bi].handler;
    let tail_insts = f.blocks[bi].insts.split_off(k + 1);
    let (call, pos) = f.blocks[bi].insts.pop().expect("the call is in the block");
    let tail_term = std::mem::replace(&mut f.blocks[bi].term, Terminator::Unreachable);
    let tail = new_block(f, tail_insts, tail_term, handler);
    let (dst, this, args, callee, env, func) = match &call {
        Inst::CallKnown { dst, this, args, callee, target: Known::Func { func, .. }, .. } => (*dst, *this, args.clone(), Some(*callee), None, *func),
        Inst::CallDirect { dst, this, args, env, func } => (*dst, *this, args.clone(), None, Some(*env), *func),
        _ => unreachable!("inline_at is given calls"),
    };
    // A direct call of a small body needs no guard: it always reaches that function.
    let guarded = kind == Kind::Numeric || callee.is_some();
    let slow = guarded.then(|| {
        let slow = new_block(f, vec![(call, pos)], Terminator::Jump(tail), handler);
        f.blocks[slow.0 as usize].cold = true;
        slow
    });

    // The copy's variables and blocks follow the caller's.
    let var_base = f.var_count;
    f.var_count += g.var_count;
    let var = |v: Var| Var(v.0 + var_base);
    let block_base = f.blocks.len() as u32 + 1;
    let block = |b: BlockId| BlockId(b.0 + block_base);
    // Positions in the copy are the callee's, as a frame called from the call's.
    let mut at = |q: u32| inlined_position(p, q, g.name, pos);
    let mut entry_insts: Vec<(Inst, u32)> = Vec::new();
    for (i, param) in g.params.iter().enumerate() {
        let inst = match (kind, args.get(i)) {
            (Kind::Numeric, Some(a)) => Inst::AssumeNumber { dst: var(*param), src: *a },
            (_, Some(a)) => Inst::Move { dst: var(*param), src: *a },
            (_, None) => Inst::Const { dst: var(*param), value: Const::Undefined },
        };
        entry_insts.push((inst, pos));
    }
    if let Kind::Body { env: uses_env } = kind {
        entry_insts.push((Inst::Move { dst: var(g.this_var), src: this }, pos));
        if let (true, Some(env)) = (uses_env, env) {
            entry_insts.push((Inst::Move { dst: var(g.env_var), src: env }, pos));
        }
    }
    let copy_handler = if kind == Kind::Numeric { None } else { handler };
    let entry = new_block(f, entry_insts, Terminator::Jump(block(BlockId(0))), copy_handler);
    debug_assert_eq!(entry.0 + 1, block_base);
    // Blocks control never reaches (the implicit `return undefined` after a final
    // `return`) are left empty, so that they add no values to the result.
    let reachable = reachable_blocks(g);
    for (b, live) in g.blocks.iter().zip(reachable) {
        if !live {
            new_block(f, Vec::new(), Terminator::Unreachable, None);
            continue;
        }
        let mut insts: Vec<(Inst, u32)> = b.insts.iter().map(|(inst, q)| (rename(inst, &var), at(*q))).collect();
        let term = match &b.term {
            Terminator::Return(v) => {
                insts.push((Inst::Move { dst, src: var(*v) }, pos));
                Terminator::Jump(tail)
            }
            Terminator::Jump(t) => Terminator::Jump(block(*t)),
            Terminator::Branch { cond, then, else_ } => Terminator::Branch { cond: var(*cond), then: block(*then), else_: block(*else_) },
            Terminator::Unreachable => Terminator::Unreachable,
            Terminator::Yield { .. } => unreachable!("inlinable functions do not yield"),
        };
        new_block(f, insts, term, copy_handler);
    }

    match slow {
        Some(slow) => {
            let ok = Var(f.var_count);
            f.var_count += 1;
            let guard_args = if kind == Kind::Numeric { args } else { Vec::new() };
            let guard = Inst::InlineGuard { dst: ok, callee: callee.map(|c| (c, func)), args: guard_args };
            f.blocks[bi].insts.push((guard, pos));
            f.blocks[bi].term = Terminator::Branch { cond: ok, then: entry, else_: slow };
        }
        None => f.blocks[bi].term = Terminator::Jump(entry),
    }
}

/// The position, in a caller, of an instruction at position `q` of function `name`
/// inlined at call position `call`: a new innermost frame whose outer frames are the
/// call's (and `q`'s own, when it was itself inlined into `name`).
fn inlined_position(p: &mut Program, q: u32, name: u32, call: u32) -> u32 {
    if q & INLINED == 0 {
        return p.inline_frame(InlineFrame { pos: q, name, outer: call });
    }
    let inner = p.inline_frames[(q & !INLINED) as usize];
    let outer = inlined_position(p, inner.outer, name, call);
    p.inline_frame(InlineFrame { outer, ..inner })
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
    use Inst::*;
    let vars = |xs: &[Var]| xs.iter().map(|x| var(*x)).collect::<Vec<Var>>();
    match inst {
        Const { dst, value } => Const { dst: var(*dst), value: *value },
        Move { dst, src } => Move { dst: var(*dst), src: var(*src) },
        Binary { dst, op, a, b } => Binary { dst: var(*dst), op: *op, a: var(*a), b: var(*b) },
        Unary { dst, op, a } => Unary { dst: var(*dst), op: *op, a: var(*a) },
        GetNamed { dst, obj, key, field } => GetNamed { dst: var(*dst), obj: var(*obj), key: *key, field: *field },
        SetNamed { obj, key, value, strict, field } => SetNamed { obj: var(*obj), key: *key, value: var(*value), strict: *strict, field: *field },
        GetElem { dst, obj, key } => GetElem { dst: var(*dst), obj: var(*obj), key: var(*key) },
        SetElem { obj, key, value, strict } => SetElem { obj: var(*obj), key: var(*key), value: var(*value), strict: *strict },
        GetGlobal { dst, name } => GetGlobal { dst: var(*dst), name: *name },
        TypeofGlobal { dst, name } => TypeofGlobal { dst: var(*dst), name: *name },
        SetGlobal { name, value, strict } => SetGlobal { name: *name, value: var(*value), strict: *strict },
        LoadStatic { dst, index } => LoadStatic { dst: var(*dst), index: *index },
        StoreStatic { index, value } => StoreStatic { index: *index, value: var(*value) },
        LoadEnv { dst, env, slot } => LoadEnv { dst: var(*dst), env: var(*env), slot: *slot },
        StoreEnv { env, slot, value } => StoreEnv { env: var(*env), slot: *slot, value: var(*value) },
        ParentEnv { dst, env } => ParentEnv { dst: var(*dst), env: var(*env) },
        Call { dst, callee, this, args, site } => Call { dst: var(*dst), callee: var(*callee), this: var(*this), args: vars(args), site: *site },
        CallKnown { dst, callee, this, args, site, target } => {
            CallKnown { dst: var(*dst), callee: var(*callee), this: var(*this), args: vars(args), site: *site, target: *target }
        }
        CallDirect { dst, func, env, this, args } => CallDirect { dst: var(*dst), func: *func, env: var(*env), this: var(*this), args: vars(args) },
        Construct { dst, callee, args, site } => Construct { dst: var(*dst), callee: var(*callee), args: vars(args), site: *site },
        NewObject { dst } => NewObject { dst: var(*dst) },
        NewArray { dst, elems } => NewArray { dst: var(*dst), elems: vars(elems) },
        ObjectLiteral { dst, keys, values } => ObjectLiteral { dst: var(*dst), keys: keys.clone(), values: vars(values) },
        Concat { dst, a, b } => Concat { dst: var(*dst), a: var(*a), b: var(*b) },
        CheckTdz { var: v, name } => CheckTdz { var: var(*v), name: *name },
        Throw { value } => Throw { value: var(*value) },
        ThrowError { kind, msg } => ThrowError { kind: *kind, msg: *msg },
        SloppyThis { dst, this } => SloppyThis { dst: var(*dst), this: var(*this) },
        InlineGuard { dst, callee, args } => InlineGuard { dst: var(*dst), callee: callee.map(|(c, g)| (var(c), g)), args: vars(args) },
        AssumeNumber { dst, src } => AssumeNumber { dst: var(*dst), src: var(*src) },
        _ => unreachable!("inlinable functions have no {inst:?}"),
    }
}

#[cfg(test)]
mod tests {
    use crate::driver::compile_source_to_ir;
    use crate::ir::{Inst, Program};
    use oxc_span::SourceType;

    fn compile(source: &str) -> Program {
        let ts = source.contains(": ");
        let source_type = if ts { SourceType::ts() } else { SourceType::cjs() };
        compile_source_to_ir(source, source_type, "t.ts", "t.ts").expect("compiles")
    }

    fn guards(source: &str) -> usize {
        compile(source).functions.iter().flat_map(|f| &f.blocks).flat_map(|b| &b.insts).filter(|(i, _)| matches!(i, Inst::InlineGuard { .. })).count()
    }

    /// Call sites (anywhere) with a copy of function `name`.
    fn copies_of(source: &str, name: &str) -> usize {
        let p = compile(source);
        let name = p.find_string(name).expect("the function's name");
        p.inline_frames.iter().filter(|f| f.name == name).map(|f| f.outer).collect::<std::collections::HashSet<_>>().len()
    }

    /// The guards in function `name`.
    fn guards_in(source: &str, name: &str) -> usize {
        let p = compile(source);
        let name = p.find_string(name).expect("the function's name");
        let f = p.functions.iter().find(|f| f.name == name).expect("the function");
        f.blocks.iter().flat_map(|b| &b.insts).filter(|(i, _)| matches!(i, Inst::InlineGuard { .. })).count()
    }

    #[test]
    fn inlines_numeric_leaf_functions() {
        assert_eq!(guards("function f(x, y) { return x > y ? x * 2 : y - 1; } let s = 0; for (let i = 0; i < 9; i++) s += f(i, 3);"), 1);
        // Nested, never reassigned: a direct call.
        assert_eq!(guards("function g(n) { function sq(x) { return x * x; } return sq(n) + sq(n + 1); } g(2);"), 2);
    }

    #[test]
    fn inlines_small_bodies() {
        // A method of a typed receiver (a checked call), twice over: `total` holds a copy
        // of `get`, `run` copies of `total` with theirs.
        let methods = "class P { x = 1; get(): number { return this.x; } total(n: number): number { return this.get() * n; } }
            function run(p: P): number { let s = 0; for (let i = 0; i < 3; i++) s += p.total(i); return s; } run(new P());";
        assert_eq!((guards_in(methods, "total"), guards_in(methods, "run")), (1, 2));
        // Never-reassigned nested functions need no guard; they may read their environment.
        let nested = "function outer(o) { let k = 2; function f(v) { return o.x * k + v; } return f(1) + f(2); } outer({ x: 1 });";
        assert_eq!((guards_in(nested, "outer"), copies_of(nested, "f")), (0, 2));
    }

    #[test]
    fn keeps_calls_of_other_functions() {
        // `try`, `arguments`, closures, `super`, generators, too many instructions.
        for body in [
            "try { return o.x; } catch { return 0; }",
            "return arguments.length;",
            "return () => o;",
            "return super.toString();",
            &"o.x++; ".repeat(20),
        ] {
            let src = format!("class B {{ f(o: any): any {{ {body} }} }} class C extends B {{ f(o: any): any {{ return super.f(o); }} g(o: any): any {{ {body} }} }}
                function run(c: C) {{ let s = 0; for (let i = 0; i < 3; i++) s += c.g({{ x: i }}); return s; }} run(new C());");
            assert_eq!(copies_of(&src, "g"), 0, "{body}");
        }
        assert_eq!(copies_of("class G { *g(): any { yield 1; } } function run(c: G) { return c.g(); } run(new G());", "g"), 0);
    }
}
