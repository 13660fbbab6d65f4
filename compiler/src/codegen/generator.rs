//! Generators as resumable state machines: which variables a generator function must
//! save when it suspends (liveness over the DxIR control-flow graph), the resume
//! dispatch at its entry, and the suspension itself.
//!
//! A suspension (`Terminator::Yield`) stores every variable live at any resume point
//! into the generator's frame and its resume point (1-based, in block order; 1 is the
//! suspension at the start) into the state word, then returns. A resumption enters the
//! function with `new.target` = the hole: the entry reloads the saved variables, sets
//! the resume point's `sent` and `mode` from the arguments (the sent value, and the mode
//! as the argument count) and jumps to the resume block. The frame size is fixed per
//! function, so suspending never allocates.

use cranelift_codegen::ir::{self as cir, InstBuilder, MemFlagsData, types::*};
use cranelift_frontend::Switch;
use dxrt_abi as abi;

use super::FnGen;
use crate::ir::liveness::Bits;
use crate::ir::{self, Terminator, Var};

/// The suspension points of a generator function, in block order.
pub(super) struct Suspensions {
    /// The variables saved in the frame, in frame order.
    pub saved: Vec<Var>,
    /// (resume block, sent, mode) of each resume point; point `i` has state `i + 1`.
    pub points: Vec<(ir::BlockId, Var, Var)>,
    /// The state of each yielding block.
    pub state_of_block: std::collections::HashMap<u32, u64>,
}

pub(super) fn analyze(f: &ir::Function, live_in: &[Bits]) -> Suspensions {
    let nv = f.var_count as usize;
    let mut saved = Bits::new(nv);
    let mut points = Vec::new();
    let mut state_of_block = std::collections::HashMap::new();
    for (i, b) in f.blocks.iter().enumerate() {
        if let Terminator::Yield { resume, sent, mode, .. } = b.term {
            saved.union(&live_in[resume.0 as usize]);
            points.push((resume, sent, mode));
            state_of_block.insert(i as u32, points.len() as u64);
        }
    }
    let excluded: Vec<Var> = points.iter().flat_map(|&(_, s, m)| [s, m]).chain(f.gen_var).chain([f.argv_var, f.argc_var]).collect();
    let saved = (0..nv as u32).map(Var).filter(|&v| saved.has(v) && !excluded.contains(&v)).collect();
    Suspensions { saved, points, state_of_block }
}

impl FnGen<'_, '_> {
    /// The frame pointer of `generator` (a boxed object value).
    fn frame_of(&mut self, generator: cir::Value) -> (cir::Value, cir::Value) {
        let payload = self.b.ins().band_imm_u(generator, abi::PAYLOAD_MASK as i64);
        let frame = self.b.ins().load(I64, MemFlagsData::trusted(), payload, abi::generator::FRAME);
        (payload, frame)
    }

    /// The resume dispatch: `this` is the generator; reload the frame, then go to the
    /// resume point its state names.
    pub(super) fn emit_resume_dispatch(&mut self, this: cir::Value, argv: cir::Value, argc: cir::Value) {
        let s = self.susp.take().expect("a generator function");
        let gen_var = self.f.gen_var.expect("a generator function");
        self.set(gen_var, this);
        let (_, frame) = self.frame_of(this);
        for (i, &v) in s.saved.iter().enumerate() {
            let x = self.b.ins().load(I64, MemFlagsData::trusted(), frame, (i * 8) as i32);
            self.set(v, x);
        }
        // The runtime passes the resume point as the second argument (the state word
        // says "executing" while the generator runs).
        let state = self.b.ins().load(I32, MemFlagsData::trusted(), argv, 8);
        let mut switch = Switch::new();
        let mut landings = Vec::new();
        for (i, _) in s.points.iter().enumerate() {
            let l = self.b.create_block();
            switch.set_entry((i + 1) as u128, l);
            landings.push(l);
        }
        let bad = self.b.create_block();
        switch.emit(&mut self.b, state, bad);
        self.b.switch_to_block(bad);
        self.b.ins().trap(cir::TrapCode::unwrap_user(1));
        for (i, &(resume, sent, mode)) in s.points.iter().enumerate() {
            self.b.switch_to_block(landings[i]);
            let v = self.b.ins().load(I64, MemFlagsData::trusted(), argv, 0);
            self.set(sent, v);
            let m = self.b.ins().fcvt_from_uint(F64, argc);
            let m = self.b.ins().bitcast(I64, MemFlagsData::new(), m);
            self.set(mode, m);
            let target = self.blocks[resume.0 as usize];
            self.b.ins().jump(target, &[]);
        }
        self.susp = Some(s);
    }

    /// A suspension: save the live variables and the resume point, return `value`.
    pub(super) fn emit_yield(&mut self, block: usize, value: ir::Var, raw: bool) {
        let s = self.susp.take().expect("a generator function");
        let gen_var = self.f.gen_var.expect("a generator function");
        let g = self.get(gen_var);
        let (payload, frame) = self.frame_of(g);
        for (i, &v) in s.saved.iter().enumerate() {
            let x = self.get(v);
            self.b.ins().store(MemFlagsData::trusted(), x, frame, (i * 8) as i32);
        }
        let state = s.state_of_block[&(block as u32)] | if raw { abi::generator::RAW } else { 0 };
        let sv = self.iconst(state);
        self.b.ins().store(MemFlagsData::trusted(), sv, payload, abi::generator::STATE);
        let r = self.get(value);
        self.b.ins().return_(&[r]);
        self.susp = Some(s);
    }

    /// `CreateGenerator`: the generator object, with a frame for the saved variables.
    pub(super) fn emit_create_generator(&mut self, dst: ir::Var) {
        let n = self.susp.as_ref().map(|s| s.saved.len()).unwrap_or(0);
        let callee = self.get(self.f.callee_var);
        let size = self.i32c(n as i64);
        let r = self.call_checked("dxrt_create_generator", &[callee, size]);
        self.set(dst, r);
    }
}
