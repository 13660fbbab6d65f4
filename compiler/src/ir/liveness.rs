//! Sets of variables as bits, and liveness of a function's variables over its control-flow graph: what generator
//! suspensions save, and what a specialized copy hands to the generic copy when a
//! speculation fails. A handler can be entered before any definition in its protected
//! block, so what is live into the handler is live throughout the block.

use std::collections::{HashMap, HashSet};

use super::{Function, Var};

/// A set of variables as bits.
#[derive(Clone, Default, PartialEq)]
pub struct Bits(Vec<u64>);

impl Bits {
    pub fn new(n: usize) -> Bits {
        Bits(vec![0; n.div_ceil(64)])
    }
    pub fn set(&mut self, v: Var) {
        self.0[v.0 as usize / 64] |= 1 << (v.0 % 64);
    }
    pub fn clear(&mut self, v: Var) {
        self.0[v.0 as usize / 64] &= !(1 << (v.0 % 64));
    }
    pub fn has(&self, v: Var) -> bool {
        self.0[v.0 as usize / 64] & (1 << (v.0 % 64)) != 0
    }
    /// All of `n` variables.
    pub fn full(n: usize) -> Bits {
        Bits(vec![u64::MAX; n.div_ceil(64)])
    }
    /// Keeps the variables also in `o`; whether that removed any.
    pub fn intersect(&mut self, o: &Bits) -> bool {
        let mut changed = false;
        for (a, b) in self.0.iter_mut().zip(&o.0) {
            changed |= *a & !b != 0;
            *a &= b;
        }
        changed
    }
    pub fn union(&mut self, o: &Bits) {
        for (a, b) in self.0.iter_mut().zip(&o.0) {
            *a |= b;
        }
    }
    /// The variables in the set, in order.
    pub fn vars(&self) -> Vec<Var> {
        (0..self.0.len() as u32 * 64).map(Var).filter(|&v| self.has(v)).collect()
    }
}

/// The variables live on entry to each block.
pub fn live_in(f: &Function) -> Vec<Bits> {
    let n = f.blocks.len();
    let nv = f.var_count as usize;
    let (mut uses, mut defs) = (vec![Bits::new(nv); n], vec![Bits::new(nv); n]);
    for (i, b) in f.blocks.iter().enumerate() {
        for (inst, _) in &b.insts {
            for u in inst.uses() {
                if !defs[i].has(u) {
                    uses[i].set(u);
                }
            }
            if let Some(d) = inst.def() {
                defs[i].set(d);
            }
        }
        for u in b.term.uses() {
            if !defs[i].has(u) {
                uses[i].set(u);
            }
        }
    }
    // live_in(b) = uses(b) ∪ (live_out(b) − defs(b)) ∪ live_in(handler(b)).
    let mut live_in = uses.clone();
    loop {
        let mut changed = false;
        for i in (0..n).rev() {
            let b = &f.blocks[i];
            let mut out = Bits::new(nv);
            for s in b.term.successors() {
                out.union(&live_in[s.0 as usize]);
            }
            let mut new_in = uses[i].clone();
            for (w, (o, d)) in new_in.0.iter_mut().zip(out.0.iter().zip(&defs[i].0)) {
                *w |= o & !d;
            }
            if let Some(h) = b.handler {
                new_in.union(&live_in[h.0 as usize]);
            }
            if new_in != live_in[i] {
                live_in[i] = new_in;
                changed = true;
            }
        }
        if !changed {
            return live_in;
        }
    }
}

/// The variables live right after each of `points` (block, instruction), given the
/// function's `live_in`.
pub fn live_after(f: &Function, live_in: &[Bits], points: &HashSet<(usize, usize)>) -> HashMap<(usize, usize), Vec<Var>> {
    points.iter().map(|&(b, k)| ((b, k), live_from(f, live_in, b, k + 1))).collect()
}

/// The variables live just before instruction `k` of block `b`, for each point (what a
/// specialized copy hands to the generic one when a check before an instruction fails).
pub fn live_before(f: &Function, live_in: &[Bits], points: &HashSet<(usize, usize)>) -> HashMap<(usize, usize), Vec<Var>> {
    points.iter().map(|&(b, k)| ((b, k), live_from(f, live_in, b, k))).collect()
}

/// What is live before instruction `from` of block `b` (`from` may be the count).
fn live_from(f: &Function, live_in: &[Bits], b: usize, from: usize) -> Vec<Var> {
    let blk = &f.blocks[b];
    let mut live = Bits::new(f.var_count as usize);
    for s in blk.term.successors() {
        live.union(&live_in[s.0 as usize]);
    }
    for u in blk.term.uses() {
        live.set(u);
    }
    for (inst, _) in blk.insts[from..].iter().rev() {
        if let Some(d) = inst.def() {
            live.clear(d);
        }
        for u in inst.uses() {
            live.set(u);
        }
    }
    if let Some(h) = blk.handler {
        live.union(&live_in[h.0 as usize]);
    }
    live.vars()
}
