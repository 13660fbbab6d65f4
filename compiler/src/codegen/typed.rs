//! Code for typed variables (see `ir::types`): arithmetic, comparisons and bit
//! operations on unboxed `f64`s and `i8` booleans, with a tag check only for the
//! operands that are boxed, and the generic runtime path when a check fails.

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{self as cir, InstBuilder, MemFlagsData, types::*};
use dxrt_abi::{self as abi, arith};

use super::FnGen;
use crate::ir::types::Repr;
use crate::ir::{self, BinOp, UnOp};

impl Repr {
    pub(super) fn clif_type(self) -> cir::Type {
        match self {
            Repr::Boxed => I64,
            Repr::Number => F64,
            Repr::Bool => I8,
        }
    }
}

/// 2^63: doubles below it in magnitude truncate to an i64 exactly.
const TWO_63: f64 = 9223372036854775808.0;

impl FnGen<'_, '_> {
    fn repr_of(&self, v: ir::Var) -> Repr {
        self.repr[v.0 as usize]
    }

    /// Converts a value held as `from` to `to` (a boxed value converted to a type is of
    /// that type: the analysis says so).
    pub(super) fn convert(&mut self, v: cir::Value, from: Repr, to: Repr) -> cir::Value {
        match (from, to) {
            _ if from == to => v,
            (Repr::Number, _) => {
                let b = self.b.ins().bitcast(I64, MemFlagsData::new(), v);
                self.convert(b, Repr::Boxed, to)
            }
            (Repr::Bool, _) => {
                let (t, f) = (self.iconst(abi::TRUE), self.iconst(abi::FALSE));
                let b = self.b.ins().select(v, t, f);
                self.convert(b, Repr::Boxed, to)
            }
            (Repr::Boxed, Repr::Number) => self.b.ins().bitcast(F64, MemFlagsData::new(), v),
            (Repr::Boxed, _) => self.b.ins().icmp_imm_s(IntCC::Equal, v, abi::TRUE as i64),
        }
    }

    /// Writes `v`, held as `from`, to variable `dst`.
    pub(super) fn set_as(&mut self, dst: ir::Var, v: cir::Value, from: Repr) {
        let to = self.repr_of(dst);
        let v = self.convert(v, from, to);
        let var = self.vars[dst.0 as usize];
        self.b.def_var(var, v);
    }

    pub(super) fn set_num(&mut self, dst: ir::Var, v: cir::Value) {
        self.set_as(dst, v, Repr::Number)
    }

    /// The operand as an f64 if it is a typed number; else its boxed bits.
    fn operand(&mut self, v: ir::Var) -> (cir::Value, bool) {
        match self.repr_of(v) {
            Repr::Number => (self.b.use_var(self.vars[v.0 as usize]), true),
            _ => (self.get(v), false),
        }
    }

    /// Whether boxed bits `v` are a number.
    pub(super) fn is_number_bits(&mut self, v: cir::Value) -> cir::Value {
        self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, v, abi::FIRST_TAGGED as i64)
    }

    /// Emits an arithmetic, comparison or bit operator: computed on doubles when the
    /// operands are numbers (typed ones need no check), else by the runtime; false for
    /// the operators that are always the runtime's (`**`, `instanceof`, `in`).
    pub(super) fn typed_binary(&mut self, dst: ir::Var, op: BinOp, a: ir::Var, b: ir::Var) -> bool {
        if op == BinOp::StrictEq || op == BinOp::StrictNe {
            self.strict_eq(dst, op, a, b);
            return true;
        }
        let numeric = matches!(
            op,
            BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div | BinOp::Rem | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge | BinOp::LooseEq | BinOp::LooseNe
        ) || is_bitop(op);
        if !numeric {
            return false;
        }
        let (x, xn) = self.operand(a);
        let (y, yn) = self.operand(b);
        // The fast path's condition: every boxed operand is a number (bit operators
        // check the range their truncation needs instead, which fails for non-numbers).
        let fx = if xn { x } else { self.b.ins().bitcast(F64, MemFlagsData::new(), x) };
        let fy = if yn { y } else { self.b.ins().bitcast(F64, MemFlagsData::new(), y) };
        // Operands known to be int32s need neither the check nor the conversion's.
        let (kx, ky) = if is_bitop(op) { (self.known_int32(a, fx, xn), self.known_int32(b, fy, yn)) } else { (None, None) };
        if let (Some(ix), Some(iy)) = (kx, ky) {
            let r = self.bitop_number(op, ix, iy);
            self.set_num(dst, r);
            return true;
        }
        let cond = if is_bitop(op) {
            let cx = if kx.is_some() { self.b.ins().iconst(I8, 1) } else { self.truncates_exactly(fx, !xn) };
            let cy = if ky.is_some() { self.b.ins().iconst(I8, 1) } else { self.truncates_exactly(fy, !yn) };
            Some(self.b.ins().band(cx, cy))
        } else {
            match (xn, yn) {
                (true, true) => None,
                (false, true) => Some(self.is_number_bits(x)),
                (true, false) => Some(self.is_number_bits(y)),
                (false, false) => {
                    let (cx, cy) = (self.is_number_bits(x), self.is_number_bits(y));
                    Some(self.b.ins().band(cx, cy))
                }
            }
        };
        let fast_repr = if matches!(op, BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge | BinOp::LooseEq | BinOp::LooseNe) { Repr::Bool } else { Repr::Number };
        let to = self.repr_of(dst);
        let Some(cond) = cond else {
            let r = self.fast_binary(op, fx, fy);
            let r = self.convert(r, fast_repr, to);
            self.set_as(dst, r, to);
            return true;
        };
        // Bit operators (but `>>>`) join as the int32 they compute, which later
        // comparisons and bit operators then use as it is (`int32_source`).
        let int_join = is_bitop(op) && op != BinOp::Shr;
        let (fast_b, slow_b, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, if int_join { I32 } else { to.clif_type() });
        self.b.ins().brif(cond, fast_b, &[], slow_b, &[]);
        self.b.switch_to_block(fast_b);
        let r = if int_join {
            let a = kx.unwrap_or_else(|| self.int32_of(fx));
            let b = ky.unwrap_or_else(|| self.int32_of(fy));
            self.int_bitop(op, a, b)
        } else {
            let r = self.fast_binary(op, fx, fy);
            self.convert(r, fast_repr, to)
        };
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(slow_b);
        if let Some(bail) = self.bail_to {
            // In a field run's fast arm: the slow arm computes it (`field_runs`).
            self.b.ins().jump(bail, &[]);
        } else {
            let bx = if xn { self.b.ins().bitcast(I64, MemFlagsData::new(), x) } else { x };
            let by = if yn { self.b.ins().bitcast(I64, MemFlagsData::new(), y) } else { y };
            let code = self.i32c(arith_code(op) as i64);
            // (In a specialized copy, `valueOf` running here leaves the copy.)
            let r = self.watched_slow_path(dst, |s| s.call_cold("dxrt_arith", &[code, bx, by]));
            let r = if int_join {
                // (An int32-valued number: the conversion is exact.)
                let f = self.b.ins().bitcast(F64, MemFlagsData::new(), r);
                self.b.ins().fcvt_to_sint_sat(I32, f)
            } else {
                self.convert(r, Repr::Boxed, to)
            };
            self.b.ins().jump(join, &[r.into()]);
        }
        self.b.switch_to_block(join);
        let r = self.b.block_params(join)[0];
        if int_join {
            let f = self.b.ins().fcvt_from_sint(F64, r);
            self.set_as(dst, f, Repr::Number);
        } else {
            self.set_as(dst, r, to);
        }
        true
    }

    /// Whether `f` truncates to an i64 exactly, or is NaN, and (when `boxed`: `f` is a
    /// boxed value's bits) is a number. Then the low 32 bits of the saturating conversion
    /// are ToInt32 (0 for NaN); what saturates (infinities, magnitudes from 2^63) goes
    /// to the slow path. The conversion is `int32_of`'s, computed once.
    fn truncates_exactly(&mut self, f: cir::Value, boxed: bool) -> cir::Value {
        if let Some(c) = self.f64_constant(f) {
            return self.b.ins().iconst(I8, (c.abs() < TWO_63) as i64);
        }
        if self.int32_source(f).is_some() {
            return self.b.ins().iconst(I8, 1);
        }
        let i = self.b.ins().fcvt_to_sint_sat(I64, f);
        // i + (2^63 - 1) wraps i64::MIN to -1 and i64::MAX to -2, and nothing else there.
        let t = self.b.ins().iadd_imm_s(i, i64::MAX);
        let fits = self.b.ins().icmp_imm_s(IntCC::UnsignedLessThan, t, -2);
        if !boxed {
            return fits;
        }
        let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), f);
        let n = self.is_number_bits(bits);
        self.b.ins().band(fits, n)
    }

    /// ToInt32 of a double in range (see `truncates_exactly`).
    fn int32_of(&mut self, f: cir::Value) -> cir::Value {
        // A constant operand (`state & 4`) converts here (Cranelift does not fold the
        // saturating conversion).
        if let Some(c) = self.f64_constant(f) {
            return self.b.ins().iconst(I32, crate::number::to_int32(c) as i64);
        }
        // Another bit operator's result (`(a & b) | c`) is its integer already.
        if let Some(i) = self.int32_source(f) {
            return self.int32_value(i);
        }
        let i = self.b.ins().fcvt_to_sint_sat(I64, f);
        self.b.ins().ireduce(I32, i)
    }

    /// Operand `v` (its double `f`, when `typed`) as an i32, when its ToInt32 is its
    /// value: another bit operator's result, an int32 constant, an int32 variable
    /// (`ir::types::int32s`).
    fn known_int32(&mut self, v: ir::Var, f: cir::Value, typed: bool) -> Option<cir::Value> {
        if !typed {
            return None;
        }
        if let Some(i) = self.int32_source(f) {
            return Some(self.int32_value(i));
        }
        self.int32s[v.0 as usize].then(|| self.b.ins().fcvt_to_sint_sat(I32, f))
    }

    /// Both operands, boxed, when one is the constant undefined, null, true or false:
    /// then strict equality is equality of the bits.
    fn singleton_operands(&mut self, a: ir::Var, b: ir::Var) -> Option<(cir::Value, cir::Value)> {
        let (x, y) = (self.get(a), self.get(b));
        let singleton = |s: &Self, v: cir::Value| {
            let dfg = &s.b.func.dfg;
            let Some(i) = dfg.value_def(v).inst() else { return false };
            matches!(dfg.insts[i], cir::InstructionData::UnaryImm { opcode: cir::Opcode::Iconst, imm } if [abi::UNDEFINED, abi::NULL, abi::TRUE, abi::FALSE].contains(&(imm.bits() as u64)))
        };
        (singleton(self, x) || singleton(self, y)).then_some((x, y))
    }

    /// The int32 a double holds, when the code made it from one: a bit operator's
    /// result (converted from its i32) or a constant that is an int32. Comparisons and
    /// bit operators of such values work on the integers, which compare and combine
    /// exactly as their doubles do.
    fn int32_source(&self, f: cir::Value) -> Option<Int32> {
        if let Some(c) = self.f64_constant(f) {
            let int = c == c.trunc() && c >= i32::MIN as f64 && c <= i32::MAX as f64;
            return int.then_some(Int32::Const(c as i32));
        }
        let dfg = &self.b.func.dfg;
        match dfg.insts[dfg.value_def(f).inst()?] {
            cir::InstructionData::Unary { opcode: cir::Opcode::FcvtFromSint, arg } if dfg.value_type(arg) == I32 => Some(Int32::Value(arg)),
            _ => None,
        }
    }

    /// An `int32_source` as an i32 value.
    fn int32_value(&mut self, i: Int32) -> cir::Value {
        match i {
            Int32::Const(c) => self.b.ins().iconst(I32, c as i64),
            Int32::Value(v) => v,
        }
    }

    /// A comparison of two doubles as integers, when both come from int32s (and are
    /// not both constants).
    fn int_compare(&mut self, cc: FloatCC, x: cir::Value, y: cir::Value) -> Option<cir::Value> {
        let icc = match cc {
            FloatCC::Equal => IntCC::Equal,
            FloatCC::NotEqual => IntCC::NotEqual,
            FloatCC::LessThan => IntCC::SignedLessThan,
            FloatCC::LessThanOrEqual => IntCC::SignedLessThanOrEqual,
            FloatCC::GreaterThan => IntCC::SignedGreaterThan,
            FloatCC::GreaterThanOrEqual => IntCC::SignedGreaterThanOrEqual,
            _ => return None,
        };
        let (a, b) = match (self.int32_source(x)?, self.int32_source(y)?) {
            (Int32::Const(_), Int32::Const(_)) => return None,
            (a, b) => (self.int32_value(a), self.int32_value(b)),
        };
        Some(self.b.ins().icmp(icc, a, b))
    }

    /// A comparison of two doubles: as integers when both come from int32s.
    fn compare(&mut self, cc: FloatCC, x: cir::Value, y: cir::Value) -> cir::Value {
        match self.int_compare(cc, x, y) {
            Some(r) => r,
            None => self.b.ins().fcmp(cc, x, y),
        }
    }

    /// The value of `v` when it is an `f64` constant.
    pub(super) fn f64_constant(&self, v: cir::Value) -> Option<f64> {
        let dfg = &self.b.func.dfg;
        match dfg.insts[dfg.value_def(v).inst()?] {
            cir::InstructionData::UnaryIeee64 { opcode: cir::Opcode::F64const, imm } => Some(f64::from_bits(imm.bits())),
            _ => None,
        }
    }

    /// The operator on two numbers: an f64, or an i8 for comparisons.
    pub(super) fn fast_binary(&mut self, op: BinOp, x: cir::Value, y: cir::Value) -> cir::Value {
        match op {
            BinOp::Add => self.b.ins().fadd(x, y),
            BinOp::Sub => self.b.ins().fsub(x, y),
            BinOp::Mul => self.b.ins().fmul(x, y),
            BinOp::Div => match self.f64_constant(y).and_then(exact_reciprocal) {
                // `x / 2` is `x * 0.5`: both round the same real number, and a multiply
                // costs a fraction of a divide.
                Some(r) => {
                    let r = self.b.ins().f64const(r);
                    self.b.ins().fmul(x, r)
                }
                None => self.b.ins().fdiv(x, y),
            },
            BinOp::Rem => self.fmod(x, y),
            BinOp::Lt => self.compare(FloatCC::LessThan, x, y),
            BinOp::Le => self.compare(FloatCC::LessThanOrEqual, x, y),
            BinOp::Gt => self.compare(FloatCC::GreaterThan, x, y),
            BinOp::Ge => self.compare(FloatCC::GreaterThanOrEqual, x, y),
            BinOp::LooseEq => self.compare(FloatCC::Equal, x, y),
            BinOp::LooseNe => self.compare(FloatCC::NotEqual, x, y),
            _ => {
                let (a, b) = (self.int32_of(x), self.int32_of(y));
                self.bitop_number(op, a, b)
            }
        }
    }

    /// A bit operator on two int32s, as the double it gives (`>>>`'s is a uint32).
    fn bitop_number(&mut self, op: BinOp, a: cir::Value, b: cir::Value) -> cir::Value {
        if op == BinOp::Shr {
            let s = self.b.ins().band_imm_u(b, 31);
            let r = self.b.ins().ushr(a, s);
            return self.b.ins().fcvt_from_uint(F64, r);
        }
        let r = self.int_bitop(op, a, b);
        self.b.ins().fcvt_from_sint(F64, r)
    }

    /// A bit operator other than `>>>` on two int32s.
    fn int_bitop(&mut self, op: BinOp, a: cir::Value, b: cir::Value) -> cir::Value {
        match op {
            BinOp::Shl => {
                let s = self.b.ins().band_imm_u(b, 31);
                self.b.ins().ishl(a, s)
            }
            BinOp::Sar => {
                let s = self.b.ins().band_imm_u(b, 31);
                self.b.ins().sshr(a, s)
            }
            BinOp::BitAnd => self.b.ins().band(a, b),
            BinOp::BitOr => self.b.ins().bor(a, b),
            _ => self.b.ins().bxor(a, b),
        }
    }

    /// `x % y`: the integer remainder when both are whole, `x` in [0, 2^53) (and not
    /// -0) and `y` in [1, 2^53), where the doubles are exact i64s (by a constant divisor,
    /// a multiplication); fmod otherwise. Both are what JS's % gives.
    fn fmod(&mut self, x: cir::Value, y: cir::Value) -> cir::Value {
        const TWO_53: i64 = 1 << 53;
        let ix = self.b.ins().fcvt_to_sint_sat(I64, x);
        let bx = self.b.ins().fcvt_from_sint(F64, ix);
        let ex = self.b.ins().fcmp(FloatCC::Equal, bx, x);
        // (Unsigned: 0 <= ix < 2^53.)
        let nx = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, ix, TWO_53);
        // x == 0 from -0 would lose the sign: -0 % y is -0.
        let xbits = self.b.ins().bitcast(I64, MemFlagsData::new(), x);
        let not_neg_zero = self.b.ins().icmp_imm_s(IntCC::NotEqual, xbits, (-0.0f64).to_bits() as i64);
        let (iy, y_ok) = match self.f64_constant(y) {
            Some(c) if c.fract() == 0.0 && c >= 1.0 && c < TWO_53 as f64 => (self.b.ins().iconst(I64, c as i64), self.b.ins().iconst(I8, 1)),
            _ => {
                let iy = self.b.ins().fcvt_to_sint_sat(I64, y);
                let by = self.b.ins().fcvt_from_sint(F64, iy);
                let ey = self.b.ins().fcmp(FloatCC::Equal, by, y);
                // 1 <= iy < 2^53.
                let less = self.b.ins().iadd_imm_s(iy, -1);
                let py = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThan, less, TWO_53 - 1);
                (iy, self.b.ins().band(ey, py))
            }
        };
        let c1 = self.b.ins().band(ex, nx);
        let c2 = self.b.ins().band(c1, y_ok);
        let c = self.b.ins().band(c2, not_neg_zero);
        let (int_b, float_b, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, F64);
        self.b.ins().brif(c, int_b, &[], float_b, &[]);
        self.b.switch_to_block(int_b);
        let r = self.b.ins().urem(ix, iy);
        let r = self.b.ins().fcvt_from_sint(F64, r);
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(float_b);
        let fref = self.g.rt.func_ref(&mut self.g.module, self.b.func, "dxrt_fmod");
        let call = self.b.ins().call(fref, &[x, y]);
        let r = self.b.inst_results(call)[0];
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// `===` and `!==`: numbers by value, identical bits otherwise, and the runtime
    /// only for two different strings (or BigInts).
    fn strict_eq(&mut self, dst: ir::Var, op: BinOp, a: ir::Var, b: ir::Var) {
        let (ra, rb) = (self.repr_of(a), self.repr_of(b));
        let eq = if ra == Repr::Number && rb == Repr::Number {
            let (x, _) = self.operand(a);
            let (y, _) = self.operand(b);
            if op == BinOp::StrictNe
                && let Some(r) = self.int_compare(FloatCC::NotEqual, x, y)
            {
                self.set_as(dst, r, Repr::Bool);
                return;
            }
            self.compare(FloatCC::Equal, x, y)
        } else if (ra == Repr::Number) != (rb == Repr::Number) && (ra == Repr::Boxed || rb == Repr::Boxed) {
            // A number and a boxed value: equal only if that is an equal number.
            let (n, other) = if ra == Repr::Number { (a, b) } else { (b, a) };
            let (x, _) = self.operand(n);
            let y = self.get(other);
            if let Some(c) = self.f64_constant(x).filter(|c| !c.is_nan()) {
                // A constant: one number has its bits (zero two: +0 and -0, the same but
                // for the sign bit). Every other value differs in bits.
                let cc = if op == BinOp::StrictNe { IntCC::NotEqual } else { IntCC::Equal };
                let r = if c == 0.0 {
                    let magnitude = self.b.ins().ishl_imm_u(y, 1);
                    self.b.ins().icmp_imm_s(cc, magnitude, 0)
                } else {
                    self.b.ins().icmp_imm_s(cc, y, c.to_bits() as i64)
                };
                self.set_as(dst, r, Repr::Bool);
                return;
            }
            let (num_b, join) = (self.b.create_block(), self.b.create_block());
            self.b.append_block_param(join, I8);
            let is_num = self.is_number_bits(y);
            let no = self.b.ins().iconst(I8, 0);
            self.b.ins().brif(is_num, num_b, &[], join, &[no.into()]);
            self.b.switch_to_block(num_b);
            let fy = self.b.ins().bitcast(F64, MemFlagsData::new(), y);
            let r = self.b.ins().fcmp(FloatCC::Equal, x, fy);
            self.b.ins().jump(join, &[r.into()]);
            self.b.switch_to_block(join);
            self.b.block_params(join)[0]
        } else if let Some((x, y)) = self.singleton_operands(a, b) {
            // `x === null`: undefined, null, true and false are each one bit pattern. One
            // comparison, which a branch on it fuses with.
            let cc = if op == BinOp::StrictNe { IntCC::NotEqual } else { IntCC::Equal };
            let r = self.b.ins().icmp(cc, x, y);
            self.set_as(dst, r, Repr::Bool);
            return;
        } else {
            let (x, y) = (self.get(a), self.get(b));
            let (num_b, other_b, same_b, cell_b, join) =
                (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
            self.b.append_block_param(join, I8);
            let (nx, ny) = (self.is_number_bits(x), self.is_number_bits(y));
            let both = self.b.ins().band(nx, ny);
            self.b.ins().brif(both, num_b, &[], other_b, &[]);
            self.b.switch_to_block(num_b);
            let (fx, fy) = (self.b.ins().bitcast(F64, MemFlagsData::new(), x), self.b.ins().bitcast(F64, MemFlagsData::new(), y));
            let r = self.b.ins().fcmp(FloatCC::Equal, fx, fy);
            self.b.ins().jump(join, &[r.into()]);
            self.b.switch_to_block(other_b);
            let same = self.b.ins().icmp(IntCC::Equal, x, y);
            let one = self.b.ins().iconst(I8, 1);
            self.b.ins().brif(same, join, &[one.into()], same_b, &[]);
            self.b.switch_to_block(same_b);
            // Different bits: equal only for two strings (or BigInts) of equal content.
            let (tx, ty) = (self.b.ins().ushr_imm_u(x, abi::TAG_SHIFT as i64), self.b.ins().ushr_imm_u(y, abi::TAG_SHIFT as i64));
            let same_tag = self.b.ins().icmp(IntCC::Equal, tx, ty);
            let is_str = self.b.ins().icmp_imm_s(IntCC::Equal, tx, abi::TAG_STRING as i64);
            let is_big = self.b.ins().icmp_imm_s(IntCC::Equal, tx, abi::TAG_BIGINT as i64);
            let content = self.b.ins().bor(is_str, is_big);
            let ask = self.b.ins().band(same_tag, content);
            let zero = self.b.ins().iconst(I8, 0);
            self.b.ins().brif(ask, cell_b, &[], join, &[zero.into()]);
            self.b.switch_to_block(cell_b);
            let r = self.call_rt("dxrt_strict_eq", &[x, y]);
            let r = self.b.ins().icmp_imm_s(IntCC::NotEqual, r, 0);
            self.b.ins().jump(join, &[r.into()]);
            self.b.switch_to_block(join);
            self.b.block_params(join)[0]
        };
        let r = if op == BinOp::StrictNe { self.b.ins().bxor_imm_u(eq, 1) } else { eq };
        self.set_as(dst, r, Repr::Bool);
    }

    /// Emits a unary operator on a typed operand; false leaves it to the generic code.
    pub(super) fn typed_unary(&mut self, dst: ir::Var, op: UnOp, a: ir::Var) -> bool {
        let ra = self.repr_of(a);
        if ra == Repr::Boxed {
            return false;
        }
        let v = self.b.use_var(self.vars[a.0 as usize]);
        match (op, ra) {
            (UnOp::Not, Repr::Bool) => {
                let r = self.b.ins().bxor_imm_u(v, 1);
                self.set_as(dst, r, Repr::Bool);
            }
            (UnOp::Not, Repr::Number) => {
                // !x: x is 0, -0 or NaN.
                let zero = self.b.ins().f64const(0.0);
                let r = self.b.ins().fcmp(FloatCC::UnorderedOrEqual, v, zero);
                self.set_as(dst, r, Repr::Bool);
            }
            (UnOp::Neg, Repr::Number) => {
                let r = self.b.ins().fneg(v);
                self.set_num(dst, r);
            }
            (UnOp::Plus | UnOp::ToNumeric, Repr::Number) => self.set_num(dst, v),
            (UnOp::BitNot, Repr::Number) => {
                let (fast_b, slow_b, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
                self.b.append_block_param(join, F64);
                let c = self.truncates_exactly(v, false);
                self.b.ins().brif(c, fast_b, &[], slow_b, &[]);
                self.b.switch_to_block(fast_b);
                let i = self.int32_of(v);
                let n = self.b.ins().bnot(i);
                let r = self.b.ins().fcvt_from_sint(F64, n);
                self.b.ins().jump(join, &[r.into()]);
                self.b.switch_to_block(slow_b);
                let bits = self.b.ins().bitcast(I64, MemFlagsData::new(), v);
                let o = self.i32c(dxrt_abi::unary::BITNOT as i64);
                let r = self.call_rt("dxrt_unary", &[o, bits]);
                let r = self.b.ins().bitcast(F64, MemFlagsData::new(), r);
                self.b.ins().jump(join, &[r.into()]);
                self.b.switch_to_block(join);
                let r = self.b.block_params(join)[0];
                self.set_num(dst, r);
            }
            _ => return false,
        }
        true
    }

    /// Truthiness of a typed number (not 0, -0 or NaN).
    pub(super) fn number_truthy(&mut self, v: cir::Value) -> cir::Value {
        let zero = self.b.ins().f64const(0.0);
        self.b.ins().fcmp(FloatCC::OrderedNotEqual, v, zero)
    }
}

/// `1 / d` when `d` is a power of two whose reciprocal is a normal number too (then
/// dividing by `d` and multiplying by it give the same result for every `x`).
pub(super) fn exact_reciprocal(d: f64) -> Option<f64> {
    let r = 1.0 / d;
    let power_of_two = |v: f64| v.is_normal() && v.to_bits() & ((1u64 << 52) - 1) == 0;
    (power_of_two(d) && power_of_two(r)).then_some(r)
}

/// An int32 a double was made from (`FnGen::int32_source`): a constant, or the i32
/// the code converted.
#[derive(Clone, Copy)]
enum Int32 {
    Const(i32),
    Value(cir::Value),
}

fn is_bitop(op: BinOp) -> bool {
    matches!(op, BinOp::Shl | BinOp::Sar | BinOp::Shr | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor)
}

/// The `dxrt_arith` code of a binary operator (all but `===`/`!==`).
pub(super) fn arith_code(op: BinOp) -> i32 {
    match op {
        BinOp::Add => arith::ADD,
        BinOp::Sub => arith::SUB,
        BinOp::Mul => arith::MUL,
        BinOp::Div => arith::DIV,
        BinOp::Rem => arith::MOD,
        BinOp::Shl => arith::SHL,
        BinOp::Sar => arith::SAR,
        BinOp::Shr => arith::SHR,
        BinOp::BitAnd => arith::AND,
        BinOp::BitOr => arith::OR,
        BinOp::BitXor => arith::XOR,
        BinOp::Lt => arith::LT,
        BinOp::Le => arith::LE,
        BinOp::Gt => arith::GT,
        BinOp::Ge => arith::GE,
        BinOp::LooseEq => arith::LOOSE_EQ,
        BinOp::LooseNe => arith::LOOSE_NE,
        BinOp::Exp => arith::POW,
        BinOp::InstanceOf => arith::INSTANCEOF,
        _ => arith::IN,
    }
}
