//! `Number` and `Number.prototype` (https://tc39.es/ecma262/#sec-number-objects).

use super::{constructor, method, value_prop};
use crate::exception::{JsResult, throw_range_error, throw_type_error};
use crate::interop::arg;
use crate::object::{self, Class, JsObject, obj};
use crate::ops;
use crate::realm::realm;
use crate::string;
use crate::value::Value;

pub fn init() {
    let r = realm();
    let p = r.number_prototype;
    let c = constructor("Number", 1, number_ctor, p);
    for (name, v) in [
        ("MAX_SAFE_INTEGER", 9007199254740991.0), ("MIN_SAFE_INTEGER", -9007199254740991.0),
        ("MAX_VALUE", f64::MAX), ("MIN_VALUE", 5e-324), ("EPSILON", f64::EPSILON),
        ("POSITIVE_INFINITY", f64::INFINITY), ("NEGATIVE_INFINITY", f64::NEG_INFINITY), ("NaN", f64::NAN),
    ] {
        value_prop(c, name, Value::number(v), 0);
    }
    method(c, "isInteger", 1, is_integer);
    method(c, "isSafeInteger", 1, is_safe_integer);
    method(c, "isFinite", 1, is_finite);
    method(c, "isNaN", 1, is_nan);
    method(p, "toString", 1, to_string);
    method(p, "toFixed", 1, to_fixed);
    method(p, "valueOf", 0, value_of);
    method(p, "toLocaleString", 0, to_string);
}

fn number_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    let n = if args.is_empty() { 0.0 } else { ops::to_number(args[0])? };
    if nt.is_undefined() {
        return Ok(Value::number(n));
    }
    let proto = crate::interop::prototype_from_constructor(nt, realm().number_prototype)?;
    let o = object::new_object_with(Class::Number, proto, std::mem::size_of::<JsObject>());
    obj(o).internal = Value::number(n);
    Ok(o)
}

fn this_number(this: Value, what: &str) -> JsResult<f64> {
    if this.is_number() {
        return Ok(this.as_number());
    }
    if object::class_of(this) == Some(Class::Number) {
        return Ok(obj(this).internal.as_number());
    }
    throw_type_error(&format!("Number.prototype.{what} requires that 'this' be a Number"))
}

fn is_integer(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    Ok(Value::bool(v.is_number() && v.as_number().is_finite() && v.as_number().fract() == 0.0))
}
fn is_safe_integer(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    Ok(Value::bool(v.is_number() && v.as_number().fract() == 0.0 && v.as_number().abs() <= 9007199254740991.0))
}
fn is_finite(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    Ok(Value::bool(v.is_number() && v.as_number().is_finite()))
}
fn is_nan(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    Ok(Value::bool(v.is_number() && v.as_number().is_nan()))
}

/// Number::toString(radix) for radix != 10: exact digits of the integer part, and
/// fraction digits until the value is exactly represented (at most 52).
pub fn to_radix_string(n: f64, radix: u32) -> String {
    if n.is_nan() {
        return "NaN".into();
    }
    if n.is_infinite() {
        return if n > 0.0 { "Infinity".into() } else { "-Infinity".into() };
    }
    let neg = n < 0.0;
    let x = n.abs();
    let mut int = x.trunc();
    let mut frac = x - int;
    let digits = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut s = Vec::new();
    if int == 0.0 {
        s.push(b'0');
    }
    while int >= 1.0 {
        let d = (int % radix as f64) as usize;
        s.push(digits[d]);
        int = ((int - d as f64) / radix as f64).trunc();
    }
    s.reverse();
    if frac > 0.0 {
        s.push(b'.');
        let mut count = 0;
        while frac > 0.0 && count < 52 {
            frac *= radix as f64;
            let d = frac.trunc() as usize;
            s.push(digits[d]);
            frac -= d as f64;
            count += 1;
        }
    }
    let t = String::from_utf8(s).unwrap();
    if neg { format!("-{t}") } else { t }
}

fn to_string(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let n = this_number(this, "toString")?;
    let r = arg(args, 0);
    let radix = if r.is_undefined() { 10.0 } else { ops::to_integer(r)? };
    if !(2.0..=36.0).contains(&radix) {
        return throw_range_error("toString() radix must be between 2 and 36");
    }
    if radix == 10.0 {
        return Ok(ops::number_to_string(n));
    }
    Ok(string::from_str(&to_radix_string(n, radix as u32)))
}

fn to_fixed(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let n = this_number(this, "toFixed")?;
    let f = ops::to_integer(arg(args, 0))?;
    if !(0.0..=100.0).contains(&f) {
        return throw_range_error("toFixed() digits argument must be between 0 and 100");
    }
    if !n.is_finite() || n.abs() >= 1e21 {
        return Ok(ops::number_to_string(n));
    }
    let s = format!("{:.*}", f as usize, n);
    let s = if s.starts_with('-') && s[1..].chars().all(|c| c == '0' || c == '.') && n > -0.5 && n.is_sign_negative() && n == 0.0 {
        s[1..].to_string()
    } else {
        s
    };
    Ok(string::from_str(&s))
}

fn value_of(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::number(this_number(this, "valueOf")?))
}
