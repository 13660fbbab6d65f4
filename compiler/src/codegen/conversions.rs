//! Algebra on a built function that Cranelift's optimizer does not know: a double made
//! from an integer and converted back is that integer. Typed code meets it where an
//! int32 crosses a block boundary as a double (a bit operator's result joined after a
//! conditional, then used by another bit operator): the SSA values are only known once
//! every block is sealed, so `typed::int32_source` cannot see it while emitting.

use cranelift_codegen::cursor::{Cursor, FuncCursor};
use cranelift_codegen::ir::{self as cir, InstBuilder, InstructionData, Opcode, types::*};

/// Rewrites `fcvt_to_sint_sat(fcvt_from_sint(x))` to `x` (sign-extended when wider):
/// the double holds the integer exactly, so the saturating conversion returns it.
pub(super) fn fold_round_trips(func: &mut cir::Function) {
    let mut cur = FuncCursor::new(func);
    while cur.next_block().is_some() {
        while let Some(inst) = cur.next_inst() {
            let dfg = &cur.func.dfg;
            let InstructionData::Unary { opcode: Opcode::FcvtToSintSat, arg } = dfg.insts[inst] else { continue };
            let Some(def) = dfg.value_def(dfg.resolve_aliases(arg)).inst() else { continue };
            let InstructionData::Unary { opcode: Opcode::FcvtFromSint, arg: x } = dfg.insts[def] else { continue };
            let x = dfg.resolve_aliases(x);
            let (from, to) = (dfg.value_type(x), dfg.value_type(dfg.first_result(inst)));
            let v = match (from, to) {
                (I32, I64) => cur.ins().sextend(I64, x),
                (I32, I32) | (I64, I64) => x,
                _ => continue,
            };
            let r = cur.func.dfg.first_result(inst);
            cur.remove_inst_and_step_back();
            cur.func.dfg.clear_results(inst);
            cur.func.dfg.change_to_alias(r, v);
        }
    }
}
