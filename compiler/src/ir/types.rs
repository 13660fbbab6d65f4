//! Type inference over one function's DxIR: which variables only ever hold a number, or
//! only a boolean, so that code generation keeps them unboxed (an `f64` or an `i8` in a
//! register) and computes with them without tag checks.
//!
//! The analysis is flow-insensitive over the (non-SSA) variables: a variable's type is
//! the union of what each instruction writing it can produce, given its operands'
//! types, solved as a fixpoint. Types are facts, never guesses: a parameter is a number
//! only in the specialized copy of a function whose entry checked it (see
//! [`ParamHint`]), and every other source of a value is what the language guarantees
//! (`a < b` is a boolean, `x - 1` is a number or throws when `x` is a BigInt, ...).
//!
//! Uninitialized reads: a variable starts as undefined, and the hole marks `let`
//! bindings not yet initialized. A definite-assignment pass finds every read that may
//! see such a value (directly, or through a chain of moves); those variables stay boxed,
//! so that the read sees the real undefined or hole.

use std::collections::HashSet;

use super::liveness::Bits;
use super::{BinOp, Const, Function, Inst, UnOp, Var};

/// How code generation represents a variable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Repr {
    /// A NaN-boxed value (any type).
    Boxed,
    /// Always a number: an unboxed `f64`.
    Number,
    /// Always a boolean: an `i8` 0 or 1.
    Bool,
}

/// What the specialized copy of a function knows about a parameter on entry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamHint {
    None,
    Number,
    Bool,
}

const NUM: u8 = 1;
const BOOL: u8 = 2;
const OTHER: u8 = 4;

/// The result of inference.
pub struct Typing {
    pub repr: Vec<Repr>,
    /// (block, instruction) of reads speculated to give a number: code generation checks
    /// the value and, when it is not a number, leaves the specialized copy for the
    /// generic one right after the instruction.
    pub speculated: HashSet<(usize, usize)>,
}

/// Infers each variable's representation. `hints` (one per parameter, or empty) are what
/// the function's entry guard has checked; with hints, property and element reads and
/// call results that the function computes with are speculated to be numbers.
pub fn infer(f: &Function, hints: &[ParamHint]) -> Typing {
    infer_speculating(f, hints, if hints.is_empty() { Speculate::Nothing } else { Speculate::Numeric })
}

/// Which reads a specialized copy speculates to be numbers.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Speculate {
    Nothing,
    /// Those computed with arithmetically or compared (a function with `number`
    /// parameters computes with numbers).
    Numeric,
    /// Only those computed with by operators that are numeric for every operand but
    /// BigInts (`-`, `*`, `/`, `%`, `**`, bit operators; not `+` or `<`, which strings
    /// use too): a copy made for its class-field accesses.
    Arithmetic,
}

/// [`infer`], speculating as told.
pub fn infer_speculating(f: &Function, hints: &[ParamHint], speculate: Speculate) -> Typing {
    let n = f.var_count as usize;
    let boxed = || Typing { repr: vec![Repr::Boxed; n], speculated: HashSet::new() };
    if f.gen_var.is_some() {
        // Generator frames save boxed values.
        return boxed();
    }
    let speculated = match speculate {
        Speculate::Nothing => HashSet::new(),
        Speculate::Numeric => numeric_reads(f, false),
        Speculate::Arithmetic => numeric_reads(f, true),
    };
    let mut entry = vec![0u8; n];
    for v in f.entry_vars() {
        entry[v.0 as usize] = OTHER;
    }
    for (i, p) in f.params.iter().enumerate() {
        entry[p.0 as usize] = match hints.get(i) {
            Some(ParamHint::Number) => NUM,
            Some(ParamHint::Bool) => BOOL,
            _ => OTHER,
        };
    }
    let da = definite_assignment(f, &entry, false);
    let dead = dead_defs(f);
    // Moves whose source may be unassigned contribute nothing (see module docs).
    let mut flags = vec![0u8; n];
    for _round in 0..32 {
        let mut next = entry.clone();
        for (i, v) in da.maybe_unassigned_read.iter().enumerate() {
            if *v {
                next[i] |= OTHER;
            }
        }
        for (bi, b) in f.blocks.iter().enumerate() {
            for (k, (inst, _)) in b.insts.iter().enumerate() {
                let Some(dst) = inst.def() else { continue };
                let t = if da.unassigned_move_src.contains(&(bi, k)) || dead.contains(&(bi, k)) {
                    0
                } else if speculated.contains(&(bi, k)) {
                    NUM
                } else {
                    produces(inst, &flags)
                };
                next[dst.0 as usize] |= t;
            }
        }
        if next == flags {
            let repr: Vec<Repr> = flags.iter().map(|&t| repr(t)).collect();
            // A speculation whose variable stays boxed (it has other, non-number
            // values) checks nothing.
            let speculated = speculated.into_iter().filter(|&(b, k)| f.blocks[b].insts[k].0.def().is_some_and(|d| repr[d.0 as usize] == Repr::Number)).collect();
            return Typing { repr, speculated };
        }
        flags = next;
    }
    boxed()
}

/// Whether every read of `f` (moves included) sees a value that this call of `f` wrote,
/// the hole of a binding not yet initialized included: a copy of `f` then never sees
/// the values of an earlier copy (see `inline`).
pub fn reads_written(f: &Function) -> bool {
    let mut entry = vec![0u8; f.var_count as usize];
    for v in f.entry_vars() {
        entry[v.0 as usize] = OTHER;
    }
    let da = definite_assignment(f, &entry, true);
    da.unassigned_move_src.is_empty() && !da.maybe_unassigned_read.contains(&true)
}

/// Reads (elements, properties, call results) whose value the function computes with
/// arithmetically or compares, directly or through moves (`const x = o.x; ... x - y`).
fn numeric_reads(f: &Function, arithmetic_only: bool) -> HashSet<(usize, usize)> {
    let mut numeric_use: HashSet<Var> = HashSet::new();
    let mut moves: Vec<(Var, Var)> = Vec::new();
    let ambiguous = |op: &BinOp| matches!(op, BinOp::Add | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge);
    for b in &f.blocks {
        for (inst, _) in &b.insts {
            match inst {
                Inst::Binary { op, .. } if arithmetic_only && ambiguous(op) => {}
                Inst::Binary { op, a, b, .. } if !matches!(op, BinOp::StrictEq | BinOp::StrictNe | BinOp::LooseEq | BinOp::LooseNe | BinOp::InstanceOf | BinOp::In) => {
                    numeric_use.insert(*a);
                    numeric_use.insert(*b);
                }
                Inst::Unary { op: UnOp::Neg | UnOp::Plus | UnOp::ToNumeric | UnOp::BitNot, a, .. } => {
                    numeric_use.insert(*a);
                }
                Inst::Move { dst, src } => moves.push((*dst, *src)),
                _ => {}
            }
        }
    }
    loop {
        let before = numeric_use.len();
        for &(d, s) in &moves {
            if numeric_use.contains(&d) {
                numeric_use.insert(s);
            }
        }
        if numeric_use.len() == before {
            break;
        }
    }
    let mut out = HashSet::new();
    for (bi, b) in f.blocks.iter().enumerate() {
        for (k, (inst, _)) in b.insts.iter().enumerate() {
            if let Inst::GetElem { dst, .. } | Inst::GetNamed { dst, .. } | Inst::Call { dst, .. } | Inst::CallKnown { dst, .. } = inst
                && numeric_use.contains(dst)
            {
                out.insert((bi, k));
            }
        }
    }
    out
}

fn repr(t: u8) -> Repr {
    match t {
        NUM => Repr::Number,
        BOOL => Repr::Bool,
        _ => Repr::Boxed,
    }
}

/// The types an instruction's result can have, given its operands' types.
fn produces(inst: &Inst, ty: &[u8]) -> u8 {
    let t = |v: &Var| ty[v.0 as usize];
    // A number-only operand, or no value yet (optimistic during the fixpoint).
    let num = |v: &Var| t(v) == NUM;
    let pending = |v: &Var| t(v) == 0;
    match inst {
        Inst::Const { value, .. } => match value {
            Const::Number(_) => NUM,
            Const::True | Const::False => BOOL,
            // The hole is not a value anyone reads (see definite assignment).
            Const::Hole => 0,
            _ => OTHER,
        },
        Inst::Move { src, .. } => t(src),
        Inst::Binary { op, a, b, .. } => match op {
            BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge | BinOp::LooseEq | BinOp::LooseNe | BinOp::StrictEq | BinOp::StrictNe | BinOp::InstanceOf | BinOp::In => BOOL,
            BinOp::Add if num(a) && num(b) => NUM,
            BinOp::Add if (pending(a) || num(a)) && (pending(b) || num(b)) => 0,
            BinOp::Add => OTHER,
            // With one number operand the other must convert to a number too (a BigInt
            // throws), so the result is a number.
            _ if num(a) || num(b) => NUM,
            _ if pending(a) || pending(b) => 0,
            _ => OTHER,
        },
        Inst::AssumeNumber { .. } => NUM,
        Inst::InlineGuard { .. } => BOOL,
        Inst::Unary { op, a, .. } => match op {
            UnOp::Not => BOOL,
            UnOp::Plus => NUM,
            UnOp::Neg | UnOp::BitNot | UnOp::ToNumeric if num(a) => NUM,
            UnOp::Neg | UnOp::BitNot | UnOp::ToNumeric if pending(a) => 0,
            _ => OTHER,
        },
        _ => OTHER,
    }
}

/// Writes that the same block overwrites before anything reads them (such as the
/// `undefined` a parameter's binding starts with, before the argument is copied in):
/// their values are never seen, so they do not widen the variable's type. In a block
/// with a handler, an instruction that can throw between the two writes makes the first
/// one visible to the handler.
fn dead_defs(f: &Function) -> HashSet<(usize, usize)> {
    let mut dead = HashSet::new();
    let mut pending: std::collections::HashMap<Var, usize> = std::collections::HashMap::new();
    for (bi, b) in f.blocks.iter().enumerate() {
        pending.clear();
        for (k, (inst, _)) in b.insts.iter().enumerate() {
            for u in inst.uses() {
                pending.remove(&u);
            }
            if b.handler.is_some() && inst.can_throw() {
                pending.clear();
            }
            if let Some(d) = inst.def()
                && let Some(prev) = pending.insert(d, k)
            {
                dead.insert((bi, prev));
            }
        }
    }
    dead
}

struct DefiniteAssignment {
    /// Variables that some read (other than a move) may see unassigned.
    maybe_unassigned_read: Vec<bool>,
    /// (block, instruction) of moves whose source may be unassigned there.
    unassigned_move_src: HashSet<(usize, usize)>,
}

/// A forward must-analysis of "holds a value written by the program" (not the initial
/// undefined, not the hole constant unless `holes_assign`), then the reads that may see
/// no such value.
fn definite_assignment(f: &Function, entry: &[u8], holes_assign: bool) -> DefiniteAssignment {
    let n = f.var_count as usize;
    let mut start = Bits::new(n);
    for (i, &t) in entry.iter().enumerate() {
        if t != 0 {
            start.set(Var(i as u32));
        }
    }
    let nb = f.blocks.len();
    // In-state of each block: None until reached.
    let mut ins: Vec<Option<Bits>> = vec![None; nb];
    if nb == 0 {
        return DefiniteAssignment { maybe_unassigned_read: vec![false; n], unassigned_move_src: Default::default() };
    }
    ins[0] = Some(start);
    let step = |s: &mut Bits, inst: &Inst| {
        if let Some(d) = inst.def() {
            let assigned = match inst {
                Inst::Const { value: Const::Hole, .. } => holes_assign,
                Inst::Move { src, .. } => s.has(*src),
                _ => true,
            };
            if assigned { s.set(d) } else { s.clear(d) }
        }
    };
    let mut work: Vec<usize> = vec![0];
    let mut queued = vec![false; nb];
    queued[0] = true;
    while let Some(bi) = work.pop() {
        queued[bi] = false;
        let Some(mut s) = ins[bi].clone() else { continue };
        let b = &f.blocks[bi];
        // The handler sees the state at every instruction that can throw.
        let mut to_handler = b.handler.map(|_| Bits::full(n));
        for (inst, _) in &b.insts {
            if let Some(h) = &mut to_handler {
                h.intersect(&s);
            }
            step(&mut s, inst);
        }
        let mut succ: Vec<(usize, Bits)> = b.term.successors().iter().map(|t| (t.0 as usize, s.clone())).collect();
        if let (Some(h), Some(hs)) = (b.handler, to_handler) {
            succ.push((h.0 as usize, hs));
        }
        for (t, st) in succ {
            let changed = match &mut ins[t] {
                Some(cur) => cur.intersect(&st),
                slot => {
                    *slot = Some(st);
                    true
                }
            };
            if changed && !queued[t] {
                queued[t] = true;
                work.push(t);
            }
        }
    }
    // Reads that may see an unassigned variable.
    let mut unassigned_read = vec![false; n];
    let mut move_src = HashSet::new();
    // dst <- src edges of moves that may copy an unassigned source.
    let mut edges: Vec<(Var, Var)> = Vec::new();
    for (bi, b) in f.blocks.iter().enumerate() {
        let Some(mut s) = ins[bi].clone() else { continue };
        for (k, (inst, _)) in b.insts.iter().enumerate() {
            match inst {
                Inst::Move { dst, src } => {
                    if !s.has(*src) {
                        move_src.insert((bi, k));
                        edges.push((*dst, *src));
                    }
                }
                _ => {
                    for u in inst.uses() {
                        if !s.has(u) {
                            unassigned_read[u.0 as usize] = true;
                        }
                    }
                }
            }
            step(&mut s, inst);
        }
        for u in b.term.uses() {
            if !s.has(u) {
                unassigned_read[u.0 as usize] = true;
            }
        }
    }
    // A boxed destination shows what its source held: the source stays boxed too.
    loop {
        let mut changed = false;
        for &(d, s) in &edges {
            if unassigned_read[d.0 as usize] && !unassigned_read[s.0 as usize] {
                unassigned_read[s.0 as usize] = true;
                changed = true;
            }
        }
        if !changed {
            break;
        }
    }
    DefiniteAssignment { maybe_unassigned_read: unassigned_read, unassigned_move_src: move_src }
}

/// The int32 variables of `f`: wherever they hold a number, it is an int32 (its double
/// converts to an i32 exactly, and back). Every write of one is an int32 constant (not
/// -0), the result of a bit operator but `>>>` (whose result is a uint32) or of `~`, or
/// a copy of an int32 variable. The hole and the initial undefined do not count, as for
/// `counters`: only a variable typed `Repr::Number` is known to hold a number at all.
pub fn int32s(f: &Function) -> Vec<bool> {
    let int32 = |c: f64| c.fract() == 0.0 && c >= i32::MIN as f64 && c <= i32::MAX as f64 && !(c == 0.0 && c.is_sign_negative());
    every_write(f, |inst, is| match inst {
        Inst::Const { value: Const::Hole, .. } => true,
        Inst::Const { value: Const::Number(c), .. } => int32(*c),
        Inst::Move { src, .. } | Inst::Unary { op: UnOp::ToNumeric | UnOp::Plus, a: src, .. } => is[src.0 as usize],
        Inst::Binary { op: BinOp::Shl | BinOp::Sar | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor, .. } | Inst::Unary { op: UnOp::BitNot, .. } => true,
        _ => false,
    })
}

/// The variables of `f` that are written, and only by instructions `ok` accepts given
/// which variables have the property (the greatest fixpoint: a copy of a variable that
/// has it is accepted until that variable is found not to).
fn every_write(f: &Function, ok: impl Fn(&Inst, &[bool]) -> bool) -> Vec<bool> {
    let insts = || f.blocks.iter().flat_map(|b| &b.insts).map(|(i, _)| i);
    let mut is = vec![false; f.var_count as usize];
    for d in insts().filter_map(|i| i.def()) {
        is[d.0 as usize] = true;
    }
    loop {
        let mut changed = false;
        for inst in insts() {
            let Some(d) = inst.def() else { continue };
            if is[d.0 as usize] && !ok(inst, &is) {
                is[d.0 as usize] = false;
                changed = true;
            }
        }
        if !changed {
            return is;
        }
    }
}

/// The counters of `f`: variables that, wherever they hold a number, hold an integer
/// (so an element index made of one needs no check that it is whole). Every write of
/// one is a small integer constant (magnitude at most 2^31, not -0), a copy of a
/// counter, or a counter plus or minus a constant: such sums stay integers (doubles from
/// 2^53 up all are) and never reach infinity, hence never NaN. The hole does not count
/// (no read sees it where the variable is an unboxed number; see the module comment),
/// nor does the initial undefined: only a variable typed `Repr::Number` is known to
/// hold a number at all.
pub fn counters(f: &Function) -> Vec<bool> {
    let n = f.var_count as usize;
    let small = |c: f64| c.fract() == 0.0 && c.abs() <= 2147483648.0 && !(c == 0.0 && c.is_sign_negative());
    // Constants: variables only ever written with one small integer.
    let mut constant = vec![None::<f64>; n];
    let mut written = vec![false; n];
    let mut other = vec![false; n];
    let insts = || f.blocks.iter().flat_map(|b| &b.insts).map(|(i, _)| i);
    for inst in insts() {
        let Some(d) = inst.def() else { continue };
        let d = d.0 as usize;
        match inst {
            Inst::Const { value: Const::Hole, .. } => {}
            Inst::Const { value: Const::Number(c), .. } if small(*c) && (!written[d] || constant[d] == Some(*c)) => constant[d] = Some(*c),
            _ => other[d] = true,
        }
        written[d] = true;
    }
    let is_const = |v: &Var| constant[v.0 as usize].is_some() && !other[v.0 as usize];
    every_write(f, |inst, counter| match inst {
        Inst::Const { value: Const::Hole, .. } => true,
        Inst::Const { value: Const::Number(c), .. } => small(*c),
        Inst::Move { src, .. } | Inst::Unary { op: UnOp::ToNumeric | UnOp::Plus, a: src, .. } => counter[src.0 as usize],
        Inst::Binary { op: BinOp::Add | BinOp::Sub, a, b, .. } => (counter[a.0 as usize] && is_const(b)) || (is_const(a) && counter[b.0 as usize]),
        _ => false,
    })
}
