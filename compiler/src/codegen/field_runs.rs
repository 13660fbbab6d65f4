//! Class-field accesses without a check each (see `class_fields` for which accesses
//! are typed as class fields, and `property::layout_matches` for the check).
//!
//! In a specialized copy (a function with such accesses gets one), a forward
//! must-analysis over the blocks ([`layout_facts`]) finds the accesses whose object is
//! already known to have its layout on every path: an access establishes it (a failed
//! check leaves for the generic copy right before the access), writing the object's
//! variable forgets it, and so does anything that may run user code or change a shape.
//! A known access is one load or store at its slot.
//!
//! In the generic copy, runs: `const dx = bix - bj.x; const dy = biy - bj.y; ...`
//! checks `bj`'s layout once, then reads and writes its slots directly;
//! `this.current = this.current.link` checks `this` and the object read from it once
//! each. A run starts at a class-field access and continues through instructions that
//! cannot run user code or change any object's shape (constants, moves, arithmetic on
//! unboxed numbers, strict equality), arithmetic on boxed values (which the fast arm
//! computes only for numbers) and further field accesses. It is emitted twice. The fast
//! arm checks each object's layout at its first access in the run (an object is a
//! variable, or copies of it made in the block, until it is written) and then reads and
//! writes its slots with one load or store each; a failed check (or an operand that is
//! not a number) continues in the slow arm, the ordinary code, at that same
//! instruction, and both arms continue after the run. Nothing in the fast arm can
//! change a shape, so one check per object covers the run; the slow arm's field
//! accesses go straight to their inline caches.

use std::collections::HashMap;

use cranelift_codegen::ir::{self as cir, InstBuilder};

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

/// Whether `f` has at least two class-field accesses (what makes a specialized copy
/// for them worth it).
pub(super) fn has_field_accesses(f: &ir::Function) -> bool {
    f.blocks.iter().flat_map(|b| &b.insts).filter(|(i, _)| field_access(i).is_some()).nth(1).is_some()
}

/// The object and field of a class-field access.
fn field_access(inst: &Inst) -> Option<(ir::Var, FieldSlot)> {
    match inst {
        Inst::GetNamed { obj, field: Some(f), .. } | Inst::SetNamed { obj, field: Some(f), .. } => Some((*obj, *f)),
        _ => None,
    }
}

/// The variable `v` is a copy of at instruction `k` of `block`: followed back through
/// the block's moves whose source is not written again before `k`.
pub(super) fn root_of(f: &ir::Function, block: usize, k: usize, v: ir::Var) -> ir::Var {
    let insts = &f.blocks[block].insts;
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

/// Whether an instruction can neither run user code nor change an object's shape,
/// given how the variables are held.
pub(super) fn inert(repr: &[Repr], inst: &Inst) -> bool {
    let num = |v: &ir::Var| repr[v.0 as usize] == Repr::Number;
    match inst {
        Inst::Const { .. } | Inst::Move { .. } => true,
        Inst::Binary { op: BinOp::StrictEq | BinOp::StrictNe, .. } => true,
        Inst::Binary { op, a, b, .. } => num(a) && num(b) && !matches!(op, BinOp::InstanceOf | BinOp::In),
        Inst::Unary { op: UnOp::Neg | UnOp::Plus | UnOp::BitNot | UnOp::ToNumeric | UnOp::Not, a, .. } => num(a),
        _ => false,
    }
}

/// Instructions that keep the layouts known in a specialized copy although `inert` does
/// not say so: checks of inlined calls and their numbers (pure), and the watched
/// instructions (`watched`).
fn keeps_layouts(repr: &[Repr], inst: &Inst) -> bool {
    watched(repr, inst) || matches!(inst, Inst::InlineGuard { .. } | Inst::AssumeNumber { .. })
}

/// Instructions whose fast path only loads or computes and whose slow path, in a
/// specialized copy, leaves the copy when it called a function (a getter, `valueOf`;
/// `FnGen::leave_if_called`): reads other than class-field accesses (a method's read,
/// an element) and arithmetic on boxed values.
fn watched(repr: &[Repr], inst: &Inst) -> bool {
    match inst {
        Inst::GetNamed { field: None, .. } | Inst::GetElem { .. } => true,
        Inst::Binary { a, b, .. } if checked_arithmetic(inst) => repr[a.0 as usize] == Repr::Boxed || repr[b.0 as usize] == Repr::Boxed,
        _ => false,
    }
}

/// The instructions of `f` that `keeps_layouts` lets keep the layouts known, as watched.
pub(super) fn watched_insts(f: &ir::Function, repr: &[Repr]) -> std::collections::HashSet<(usize, usize)> {
    let sites = f.blocks.iter().enumerate().flat_map(|(b, blk)| blk.insts.iter().enumerate().map(move |(k, (inst, _))| (b, k, inst)));
    sites.filter(|(_, _, inst)| watched(repr, inst)).map(|(b, k, _)| (b, k)).collect()
}

/// The class-field accesses (block, instruction) of a specialized copy whose object is
/// known to have the access's layout on every path to it; the others check it.
pub(super) struct LayoutFacts {
    pub known: std::collections::HashSet<(usize, usize)>,
    /// The accesses that check.
    pub checks: std::collections::HashSet<(usize, usize)>,
    /// Reads of a field whose value a variable already holds (read or written since
    /// with nothing able to write it between): that variable.
    pub reuse: HashMap<(usize, usize), ir::Var>,
}

/// What a specialized copy knows at a point of the function: the layout of the object
/// each variable holds, and which variables hold copies of another's object (a copy's
/// root: `this`, copied into a temporary in one block and used in another, is the same
/// object there).
#[derive(Clone, Default, PartialEq)]
struct Known {
    layouts: HashMap<ir::Var, u32>,
    copies: HashMap<ir::Var, ir::Var>,
    /// The variable holding the value of a field (slot) of an object (root variable)
    /// whose layout is known.
    fields: HashMap<(ir::Var, u32), ir::Var>,
}

impl Known {
    fn root(&self, v: ir::Var) -> ir::Var {
        self.copies.get(&v).copied().unwrap_or(v)
    }

    /// Anything may have run: no layout or field value is known any more.
    fn forget(&mut self) {
        self.layouts.clear();
        self.fields.clear();
    }

    /// The access `inst` (of `o`'s field `slot`, its object's layout known): a read
    /// whose value a variable holds returns that variable; otherwise the read or write
    /// leaves the field's value in its variable (and a write may have changed the
    /// same field of any object).
    fn access(&mut self, inst: &Inst, o: ir::Var, slot: u32, known: bool) -> Option<ir::Var> {
        let key = (self.root(o), slot);
        match *inst {
            Inst::GetNamed { dst, .. } => {
                let held = self.fields.get(&key).copied().filter(|_| known);
                match held {
                    Some(x) => self.define(&Inst::Move { dst, src: x }, dst),
                    None => {
                        self.define(inst, dst);
                        if dst != key.0 {
                            self.fields.insert(key, dst);
                        }
                    }
                }
                held
            }
            Inst::SetNamed { value, .. } => {
                self.fields.retain(|&(_, s), _| s != slot);
                self.fields.insert(key, value);
                None
            }
            _ => None,
        }
    }
    /// An access established that `o` has `layout`: so do its root and the root's other
    /// copies.
    fn establish(&mut self, o: ir::Var, layout: u32) {
        let root = self.root(o);
        self.layouts.insert(root, layout);
        self.layouts.insert(o, layout);
        for (&v, _) in self.copies.iter().filter(|&(_, &r)| r == root) {
            self.layouts.insert(v, layout);
        }
    }

    /// `inst` wrote `d`: what was known of `d`'s old object is not of its new one. A
    /// copy keeps what is known of its source.
    fn define(&mut self, inst: &Inst, d: ir::Var) {
        let source = match inst {
            Inst::Move { src, .. } if *src != d => Some(*src),
            _ => None,
        };
        // (When the source is itself a copy of `d`, it still holds `d`'s object.)
        let root = source.map(|s| self.copies.get(&s).copied().filter(|&r| r != d).unwrap_or(s));
        // Copies of `d` keep their object, but are no longer copies of `d`.
        self.copies.retain(|v, r| *v != d && *r != d);
        self.layouts.remove(&d);
        self.fields.retain(|&(o, _), x| o != d && *x != d);
        if let (Some(src), Some(root)) = (source, root) {
            self.copies.insert(d, root);
            if let Some(&l) = self.layouts.get(&src) {
                self.layouts.insert(d, l);
            }
        }
    }

    /// What is known on both of two paths.
    fn meet(&self, other: &Known) -> Known {
        Known {
            layouts: self.layouts.iter().filter(|(v, l)| other.layouts.get(v) == Some(l)).map(|(v, l)| (*v, *l)).collect(),
            copies: self.copies.iter().filter(|(v, r)| other.copies.get(v) == Some(r)).map(|(v, r)| (*v, *r)).collect(),
            fields: self.fields.iter().filter(|(k, x)| other.fields.get(k) == Some(x)).map(|(k, x)| (*k, *x)).collect(),
        }
    }
}

/// Where the objects of class-field accesses are known to have their layouts: a
/// forward must-analysis over the blocks. An access establishes its object's layout
/// (in a specialized copy a failed check leaves the copy) for its variable and every
/// copy of the same object, a write of a variable forgets what was known of it (a move
/// copies it), and any instruction that may run user code or change a shape forgets
/// all layouts (but see `keeps_layouts`); so do handler entries. Cold blocks (inlined
/// calls' fallbacks) leave the specialized copy, so nothing flows from them. `None`
/// when the function has fewer than two such accesses.
pub(super) fn layout_facts(f: &ir::Function, repr: &[Repr]) -> Option<LayoutFacts> {
    if !has_field_accesses(f) {
        return None;
    }
    type State = Known;
    let step = |b: usize, state: &mut State, mut on_access: Option<&mut dyn FnMut(usize, bool, Option<ir::Var>)>| {
        for (k, (inst, _)) in f.blocks[b].insts.iter().enumerate() {
            if let Some((o, field)) = field_access(inst) {
                let known = state.layouts.get(&o) == Some(&field.layout);
                state.establish(o, field.layout);
                let held = state.access(inst, o, field.slot, known);
                if let Some(cb) = on_access.as_mut() {
                    cb(k, known, held);
                }
                continue;
            }
            if !inert(repr, inst) && !keeps_layouts(repr, inst) {
                state.forget();
            }
            if let Some(d) = inst.def() {
                state.define(inst, d);
            }
        }
    };
    let n = f.blocks.len();
    let handlers: std::collections::HashSet<usize> = f.blocks.iter().filter_map(|b| b.handler.map(|h| h.0 as usize)).collect();
    let preds = ir::predecessors(f, false);
    // Each block's state on entry: what holds at the end of all its predecessors done
    // so far (recomputed from them, so that a variable holding a field's value on an
    // early visit does not linger in the meet with a later one).
    let mut ins: Vec<Option<State>> = vec![None; n];
    let mut outs: Vec<Option<State>> = vec![None; n];
    let mut work = vec![0usize];
    let mut visits = 0;
    while let Some(b) = work.pop() {
        // (The specialized copy leaves at a cold block: an inlined call's fallback.)
        if f.blocks[b].cold {
            continue;
        }
        visits += 1;
        if visits > 64 * n {
            // (Not settling: nothing is known anywhere.)
            ins = vec![None; n];
            break;
        }
        // A handler is entered from anywhere in its blocks: nothing is known there.
        let start = if b == 0 || handlers.contains(&b) {
            State::default()
        } else {
            let mut done = preds[b].iter().filter_map(|&p| outs[p].as_ref());
            let first = done.next().cloned().unwrap_or_default();
            done.fold(first, |acc, o| acc.meet(o))
        };
        let mut state = start.clone();
        ins[b] = Some(start);
        step(b, &mut state, None);
        if outs[b].as_ref() != Some(&state) {
            outs[b] = Some(state);
            work.extend(f.blocks[b].term.successors().into_iter().map(|s| s.0 as usize));
        }
    }
    let mut facts = LayoutFacts { known: Default::default(), checks: Default::default(), reuse: HashMap::new() };
    for (b, start) in ins.into_iter().enumerate() {
        // (Blocks never reached, such as handlers entered only by throws, check;
        // a handler's entry state is empty already.)
        let mut state = start.unwrap_or_default();
        let mut record = |k: usize, known: bool, held: Option<ir::Var>| {
            if known {
                facts.known.insert((b, k));
            } else {
                facts.checks.insert((b, k));
            }
            if let Some(x) = held {
                facts.reuse.insert((b, k), x);
            }
        };
        step(b, &mut state, Some(&mut record));
    }
    Some(facts)
}

impl FnGen<'_, '_> {
    /// The run of field accesses starting at instruction `k` of `block`, if it has
    /// more accesses than objects to check.
    pub(super) fn field_run(&self, block: usize, k: usize) -> Option<Run> {
        // A specialized copy knows its objects' layouts across blocks instead.
        if self.generic.is_some() && self.layout_facts.is_some() {
            return None;
        }
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
                    let root = root_of(self.f, block, j, o);
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
                None if inert(&self.repr, inst) => {}
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
                let slots = self.slots_of(addr);
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
            }
            self.emit_inst(block, j)
        });
        self.slow_run = false;
        r?;
        self.b.ins().jump(join, &[]);
        self.b.switch_to_block(join);
        Ok(run.end)
    }

    /// In a specialized copy: the address of the current access's slot. The object is
    /// known to have the layout (`layout_facts`), or is checked here, and the generic
    /// copy runs the access (and all that follows) when it does not.
    pub(super) fn special_field(&mut self, obj: ir::Var, field: FieldSlot) -> Option<cir::Value> {
        // (Only the specialized copy has another copy to leave for.)
        self.generic.as_ref()?;
        let at = self.cur_inst;
        let known = self.layout_facts.as_ref()?.known.contains(&at);
        let root = root_of(self.f, at.0, at.1, obj);
        if known && let Some(&slots) = self.known_slots.get(&root) {
            return Some(self.slot_address(slots, field));
        }
        let o = self.get(obj);
        let addr = if known {
            self.b.ins().band_imm_u(o, dxrt_abi::PAYLOAD_MASK as i64)
        } else {
            let (ok, exit) = (self.b.create_block(), self.b.create_block());
            let addr = self.layout_matches(o, field, ok, exit);
            self.b.switch_to_block(ok);
            self.leave_at(exit, at);
            addr
        };
        let slots = self.slots_of(addr);
        // Until the object's layout is forgotten, nothing can move its slots: later
        // accesses in this block reuse them (an access that checks again replaces them).
        self.known_slots.insert(root, slots);
        Some(self.slot_address(slots, field))
    }

    /// In a specialized copy: the variable holding the value the current field read
    /// would load (`LayoutFacts::reuse`).
    pub(super) fn held_field(&self) -> Option<ir::Var> {
        self.generic.as_ref()?;
        self.layout_facts.as_ref()?.reuse.get(&self.cur_inst).copied()
    }

    /// In the fast arm of a run: the address of the current access's slot.
    pub(super) fn fast_field(&mut self, field: FieldSlot) -> Option<cir::Value> {
        let run = self.fast_run.as_ref()?;
        let (block, k) = self.cur_inst;
        if run.block != block {
            return None;
        }
        let slots = run.slots[run.accesses.get(&k)?];
        Some(self.slot_address(slots, field))
    }
}

#[cfg(test)]
mod tests {
    use crate::driver::compile_source_to_ir;
    use crate::ir::Inst;
    use oxc_span::SourceType;

    /// The layout facts of function `name` of TypeScript `source`, with its field reads
    /// (block, instruction) in order.
    fn facts_of(source: &str, name: &str) -> (super::LayoutFacts, Vec<(usize, usize)>) {
        let p = compile_source_to_ir(source, SourceType::ts(), "t.ts", "t.ts").expect("compiles");
        let id = p.find_string(name).expect("the function's name");
        let f = p.functions.iter().find(|f| f.name == id).expect("the function");
        let t = super::super::specialized_typing(f);
        let reads = f.blocks.iter().enumerate().flat_map(|(b, blk)| blk.insts.iter().enumerate().filter(|(_, (i, _))| matches!(i, Inst::GetNamed { field: Some(_), .. })).map(move |(k, _)| (b, k))).collect();
        (super::layout_facts(f, &t.repr).expect("field accesses"), reads)
    }

    const LIST: &str = "class N { v = 0; next: N | null = null; }
        class S {
          cur: N | null = null; head: N | null = null; n = 0;
          walk(): number {
            this.cur = this.head;
            while (this.cur !== null) {
              if (this.cur.v > 0) this.n = this.n + this.cur.v;
              this.cur = this.cur.next;
            }
            return this.n;
          }
        }
        new S().walk();";

    #[test]
    fn layouts_known_through_copies_in_other_blocks() {
        // `this` is checked once, at the first access; every later access (the loop's
        // included, each through its own copy of `this`) knows its layout.
        // Each turn checks the node it reads once (`this.cur.v`, in the loop's second
        // block), not again at `.next` or the second `.v`.
        let (facts, reads) = facts_of(LIST, "walk");
        let mut checks: Vec<_> = facts.checks.iter().copied().collect();
        checks.sort();
        assert_eq!(checks, [reads[0], reads[3]], "reads: {reads:?}");
    }

    #[test]
    fn field_values_reused_until_written() {
        // `this.cur` is read four times per turn: the last three are the value the loop
        // condition read (nothing between writes it); so is the second `this.cur.v`.
        let (facts, reads) = facts_of(LIST, "walk");
        let mut reused: Vec<_> = facts.reuse.keys().copied().collect();
        reused.sort();
        assert_eq!(reused, [reads[2], reads[6], reads[7], reads[8]], "reads: {reads:?}");
        // A write of the same field through any object, or a call, in between: no reuse.
        for between in ["other.v = 3;", "other.next = null; f();", "f();"] {
            let src = format!(
                "function f() {{}} class N {{ v = 0; next: N | null = null; }}
                 function g(a: N, other: N): number {{ const x = a.v; {between} return x + a.v; }} g(new N(), new N());"
            );
            let (facts, _) = facts_of(&src, "g");
            assert_eq!(facts.reuse.len(), 0, "{between}: {:?}", facts.reuse);
        }
        let (facts, _) = facts_of("class N { v = 0; w = 1; } function g(a: N, b: N): number { const x = a.v; b.w = 2; return x + a.v; } g(new N(), new N());", "g");
        assert_eq!(facts.reuse.len(), 1, "another slot written: {:?}", facts.reuse);
    }
}
