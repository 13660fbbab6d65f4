//! `Math` (https://tc39.es/ecma262/#sec-math-object).

use super::{global_value, method, value_prop};
use crate::exception::JsResult;
use crate::interop::arg;
use crate::object::{self, Key};
use crate::ops;
use crate::realm::realm;
use crate::string;
use crate::value::Value;

macro_rules! unary_math {
    ($($name:ident => $f:expr;)*) => {
        $(fn $name(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
            let x = ops::to_number(arg(args, 0))?;
            let f: fn(f64) -> f64 = $f;
            Ok(Value::number(f(x)))
        })*
    };
}

unary_math! {
    abs => f64::abs; floor => f64::floor; ceil => f64::ceil; sqrt => f64::sqrt; cbrt => f64::cbrt;
    trunc => f64::trunc; sin => f64::sin; cos => f64::cos; tan => f64::tan; asin => f64::asin;
    acos => f64::acos; atan => f64::atan; exp => f64::exp; expm1 => f64::exp_m1; log => f64::ln;
    log2 => f64::log2; log10 => f64::log10; log1p => f64::ln_1p; sinh => f64::sinh; cosh => f64::cosh;
    tanh => f64::tanh; asinh => f64::asinh; acosh => f64::acosh; atanh => f64::atanh;
    fround => |x| x as f32 as f64;
    f16round => f16_round;
    sign => |x| if x.is_nan() || x == 0.0 { x } else { x.signum() };
    // Doubles of magnitude 2^52 and more are integers (x + 0.5 would round them).
    round => |x| if x.is_nan() || x.is_infinite() || x == 0.0 || x.abs() >= 4503599627370496.0 { x } else if x > 0.0 && x < 0.5 { 0.0 } else if (-0.5..0.0).contains(&x) { -0.0 } else { (x + 0.5).floor() };
    clz32 => |x| ops::to_uint32(x).leading_zeros() as f64;
}

fn atan2(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let y = ops::to_number(arg(args, 0))?;
    let x = ops::to_number(arg(args, 1))?;
    Ok(Value::number(y.atan2(x)))
}

fn pow(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let x = ops::to_number(arg(args, 0))?;
    let y = ops::to_number(arg(args, 1))?;
    Ok(Value::number(ops::js_pow(x, y)))
}

fn imul(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let x = ops::to_int32(ops::to_number(arg(args, 0))?);
    let y = ops::to_int32(ops::to_number(arg(args, 1))?);
    Ok(Value::number(x.wrapping_mul(y) as f64))
}

fn max(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let mut r = f64::NEG_INFINITY;
    let mut nan = false;
    for &a in args {
        let x = ops::to_number(a)?;
        if x.is_nan() {
            nan = true;
        } else if x > r || (x == 0.0 && r == 0.0 && !x.is_sign_negative()) {
            r = x;
        }
    }
    Ok(Value::number(if nan { f64::NAN } else { r }))
}

fn min(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let mut r = f64::INFINITY;
    let mut nan = false;
    for &a in args {
        let x = ops::to_number(a)?;
        if x.is_nan() {
            nan = true;
        } else if x < r || (x == 0.0 && r == 0.0 && x.is_sign_negative()) {
            r = x;
        }
    }
    Ok(Value::number(if nan { f64::NAN } else { r }))
}

fn hypot(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let mut acc = 0.0f64;
    for &a in args {
        let x = ops::to_number(a)?;
        acc = acc.hypot(x);
    }
    Ok(Value::number(acc))
}

static mut SEED: u64 = 0;

/// xorshift64*, seeded from the clock and the address space at first use.
fn random(_this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    unsafe {
        if SEED == 0 {
            let t = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_nanos() as u64).unwrap_or(1);
            SEED = t ^ (&t as *const u64 as u64).rotate_left(32) | 1;
        }
        SEED ^= SEED >> 12;
        SEED ^= SEED << 25;
        SEED ^= SEED >> 27;
        let r = SEED.wrapping_mul(0x2545F4914F6CDD1D);
        Ok(Value::number((r >> 11) as f64 / (1u64 << 53) as f64))
    }
}

/// The nearest IEEE binary16 value (ties to even), as a double: rounded once from the
/// double (going through f32 would round twice).
fn f16_round(x: f64) -> f64 {
    let a = x.abs();
    if x.is_nan() || a == 0.0 || a.is_infinite() {
        return x;
    }
    // 65520 is halfway between the largest binary16 (65504) and 2^16: ties go to even,
    // which is infinity.
    if a >= 65520.0 {
        return x.signum() * f64::INFINITY;
    }
    // The spacing of binary16 values around `a`: 2^(e - 10) for normal ones, 2^-24 below 2^-14.
    let e = ((a.to_bits() >> 52) as i32 - 1023).max(-14);
    let quantum = 2f64.powi(e - 10);
    x.signum() * (a / quantum).round_ties_even() * quantum
}

/// Math.sumPrecise(items): the exact sum of an iterable of numbers, rounded once.
fn sum_precise(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let items = arg(args, 0);
    if items.is_nullish() {
        return crate::exception::throw_type_error("Math.sumPrecise called on null or undefined");
    }
    // The spec's states: minus-zero (no addend other than -0 yet), finite, +/-infinity, NaN.
    let (mut nan, mut pos_inf, mut neg_inf, mut all_minus_zero) = (false, false, false, true);
    let mut sum = ExactSum::default();
    let mut count = 0u64;
    super::iterator::for_each_value(items, |v, _| {
        if count >= (1u64 << 53) - 1 {
            return crate::exception::throw_error(super::error::ErrorKind::Range, "Math.sumPrecise: too many values");
        }
        if !v.is_number() {
            return crate::exception::throw_type_error("Math.sumPrecise: every value must be a number");
        }
        count += 1;
        let n = v.as_number();
        if n.is_nan() {
            nan = true;
        } else if n == f64::INFINITY {
            pos_inf = true;
        } else if n == f64::NEG_INFINITY {
            neg_inf = true;
        } else if !(n == 0.0 && n.is_sign_negative()) {
            all_minus_zero = false;
            sum.add(n);
        }
        Ok(())
    })?;
    Ok(Value::number(if nan || (pos_inf && neg_inf) {
        f64::NAN
    } else if pos_inf {
        f64::INFINITY
    } else if neg_inf {
        f64::NEG_INFINITY
    } else if all_minus_zero {
        -0.0
    } else {
        sum.round()
    }))
}

/// An exact sum of finite doubles (Shewchuk's algorithm, as in Python's `math.fsum`): a
/// list of non-overlapping partials in increasing magnitude, plus a count of 2^1024 that
/// the partials overflowed by, so that intermediate sums beyond the double range stay exact.
#[derive(Default)]
struct ExactSum {
    partials: Vec<f64>,
    overflow: i64,
}

const TWO_1023: f64 = 8.98846567431158e307;

/// hi + lo == x + y exactly, for |x| >= |y|.
fn two_sum(x: f64, y: f64) -> (f64, f64) {
    let hi = x + y;
    (hi, y - (hi - x))
}

/// two_sum with the operands ordered by magnitude.
fn ordered_two_sum(x: f64, y: f64) -> (f64, f64) {
    if x.abs() < y.abs() { two_sum(y, x) } else { two_sum(x, y) }
}

impl ExactSum {
    fn add(&mut self, mut x: f64) {
        let mut used = 0;
        for j in 0..self.partials.len() {
            let y = self.partials[j];
            let (mut hi, mut lo) = ordered_two_sum(x, y);
            if hi.is_infinite() {
                // Take 2^1024 out of the larger operand (in two exact halves) and count it.
                let sign = hi.signum();
                self.overflow += sign as i64;
                let big = if x.abs() < y.abs() { y } else { x };
                let small = if x.abs() < y.abs() { x } else { y };
                (hi, lo) = ordered_two_sum((big - sign * TWO_1023) - sign * TWO_1023, small);
            }
            if lo != 0.0 {
                self.partials[used] = lo;
                used += 1;
            }
            x = hi;
        }
        self.partials.truncate(used);
        if x != 0.0 {
            self.partials.push(x);
        }
    }

    /// The sum rounded to the nearest double (ties to even), +0 when it is zero.
    fn round(mut self) -> f64 {
        let p = &mut self.partials;
        let mut n = p.len() as isize - 1;
        let (mut hi, mut lo) = (0.0f64, 0.0f64);
        if self.overflow != 0 {
            let next = if n >= 0 { p[n as usize] } else { 0.0 };
            n -= 1;
            if self.overflow.abs() > 1 || (self.overflow > 0 && next > 0.0) || (self.overflow < 0 && next < 0.0) {
                return if self.overflow > 0 { f64::INFINITY } else { f64::NEG_INFINITY };
            }
            // |overflow| is 1: add at half scale so that nothing overflows.
            (hi, lo) = two_sum(self.overflow as f64 * TWO_1023, next / 2.0);
            lo *= 2.0;
            if (2.0 * hi).is_infinite() {
                // Rounding to the largest double: a tie rounds away from it (to infinity)
                // unless the next partial pulls the sum back.
                let max_ulp_half = (f64::MAX - f64::from_bits(f64::MAX.to_bits() - 1)) / 2.0;
                let toward = n >= 0 && (p[n as usize] < 0.0) == (hi > 0.0);
                if hi.abs() == TWO_1023 && lo == -hi.signum() * max_ulp_half && toward {
                    return hi.signum() * f64::MAX;
                }
                return hi.signum() * f64::INFINITY;
            }
            if lo != 0.0 {
                n += 1;
                p[n as usize] = lo;
                lo = 0.0;
            }
            hi *= 2.0;
        }
        while n >= 0 {
            let y = p[n as usize];
            n -= 1;
            (hi, lo) = two_sum(hi, y);
            if lo != 0.0 {
                break;
            }
        }
        // A round-off of exactly half an ulp: the next partial decides the direction.
        if n >= 0 && ((lo < 0.0 && p[n as usize] < 0.0) || (lo > 0.0 && p[n as usize] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if x - hi == y {
                hi = x;
            }
        }
        if hi == 0.0 { 0.0 } else { hi }
    }
}

pub fn init() {
    let m = object::new_plain_object();
    for (name, v) in [
        ("E", std::f64::consts::E), ("LN10", std::f64::consts::LN_10), ("LN2", std::f64::consts::LN_2),
        ("LOG10E", std::f64::consts::LOG10_E), ("LOG2E", std::f64::consts::LOG2_E), ("PI", std::f64::consts::PI),
        ("SQRT1_2", std::f64::consts::FRAC_1_SQRT_2), ("SQRT2", std::f64::consts::SQRT_2),
    ] {
        value_prop(m, name, Value::number(v), 0);
    }
    for (name, len, f) in [
        ("abs", 1, abs as crate::interop::NativeFn), ("floor", 1, floor), ("ceil", 1, ceil), ("sqrt", 1, sqrt),
        ("cbrt", 1, cbrt), ("trunc", 1, trunc), ("sin", 1, sin), ("cos", 1, cos), ("tan", 1, tan), ("asin", 1, asin),
        ("acos", 1, acos), ("atan", 1, atan), ("exp", 1, exp), ("expm1", 1, expm1), ("log", 1, log), ("log2", 1, log2),
        ("log10", 1, log10), ("log1p", 1, log1p), ("sinh", 1, sinh), ("cosh", 1, cosh), ("tanh", 1, tanh),
        ("asinh", 1, asinh), ("acosh", 1, acosh), ("atanh", 1, atanh), ("fround", 1, fround), ("f16round", 1, f16round), ("sign", 1, sign),
        ("round", 1, round), ("clz32", 1, clz32), ("atan2", 2, atan2), ("pow", 2, pow), ("imul", 2, imul),
        ("max", 2, max), ("min", 2, min), ("hypot", 2, hypot), ("random", 0, random), ("sumPrecise", 1, sum_precise),
    ] {
        method(m, name, len, f);
    }
    for (i, (name, _)) in dxrt_abi::builtin::MATH.iter().enumerate() {
        if let Some(object::Own::Data(f, _)) = object::get_own(m, Key::named(name)) {
            unsafe { crate::realm::dxrt_builtins[i] = f.0 };
        }
    }
    let _ = object::define_data(m, Key::from_atom(realm().sym_to_string_tag), string::intern("Math"), object::shape::CONFIGURABLE);
    global_value("Math", m);
}
