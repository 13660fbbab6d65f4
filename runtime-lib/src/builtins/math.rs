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
    sign => |x| if x.is_nan() || x == 0.0 { x } else { x.signum() };
    round => |x| if x.is_nan() || x.is_infinite() || x == 0.0 { x } else if x > 0.0 && x < 0.5 { 0.0 } else if (-0.5..0.0).contains(&x) { -0.0 } else { (x + 0.5).floor() };
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
        ("asinh", 1, asinh), ("acosh", 1, acosh), ("atanh", 1, atanh), ("fround", 1, fround), ("sign", 1, sign),
        ("round", 1, round), ("clz32", 1, clz32), ("atan2", 2, atan2), ("pow", 2, pow), ("imul", 2, imul),
        ("max", 2, max), ("min", 2, min), ("hypot", 2, hypot), ("random", 0, random),
    ] {
        method(m, name, len, f);
    }
    let _ = object::define_data(m, Key::from_atom(realm().sym_to_string_tag), string::intern("Math"), object::shape::CONFIGURABLE);
    global_value("Math", m);
}
