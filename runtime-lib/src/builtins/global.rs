//! The global object's own functions and values: `globalThis`, `NaN`, `Infinity`,
//! `undefined`, `parseInt`, `parseFloat`, `isNaN`, `isFinite`, and `eval`, which an
//! ahead-of-time binary cannot support for runtime strings.

use super::{global_value, native_fn, value_prop};
use crate::builtins::error::ErrorKind;
use crate::exception::{JsResult, throw_error};
use crate::interop::arg;
use crate::ops;
use crate::realm::realm;
use crate::value::Value;

pub fn init() {
    let g = realm().global;
    global_value("globalThis", g);
    value_prop(g, "NaN", Value::number(f64::NAN), 0);
    value_prop(g, "Infinity", Value::number(f64::INFINITY), 0);
    value_prop(g, "undefined", Value::UNDEFINED, 0);
    let pi = native_fn("parseInt", 2, parse_int, false);
    let pf = native_fn("parseFloat", 1, parse_float, false);
    global_value("parseInt", pi);
    global_value("parseFloat", pf);
    let nc = crate::object::get_value(g, crate::object::Key::named("Number")).unwrap_or(Value::UNDEFINED);
    if nc.is_object() {
        value_prop(nc, "parseInt", pi, crate::object::shape::HIDDEN);
        value_prop(nc, "parseFloat", pf, crate::object::shape::HIDDEN);
    }
    global_value("isNaN", native_fn("isNaN", 1, is_nan, false));
    global_value("isFinite", native_fn("isFinite", 1, is_finite, false));
    global_value("eval", native_fn("eval", 1, eval, false));
}

fn parse_int(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = ops::to_rust_string(arg(args, 0))?;
    let mut t = ops::trim_js(&s);
    let mut sign = 1.0;
    if let Some(r) = t.strip_prefix('-') {
        sign = -1.0;
        t = r;
    } else if let Some(r) = t.strip_prefix('+') {
        t = r;
    }
    let mut radix = ops::to_int32(ops::to_number(arg(args, 1))?);
    let mut strip = true;
    if radix != 0 {
        if !(2..=36).contains(&radix) {
            return Ok(Value::number(f64::NAN));
        }
        if radix != 16 {
            strip = false;
        }
    } else {
        radix = 10;
    }
    if strip && (t.starts_with("0x") || t.starts_with("0X")) {
        t = &t[2..];
        radix = 16;
    }
    let digits: String = t.chars().take_while(|c| c.is_digit(radix as u32)).collect();
    if digits.is_empty() {
        return Ok(Value::number(f64::NAN));
    }
    let mut acc = 0.0f64;
    if radix == 10 {
        acc = digits.parse::<f64>().unwrap_or(f64::NAN);
    } else {
        for c in digits.chars() {
            acc = acc * radix as f64 + c.to_digit(radix as u32).unwrap() as f64;
        }
    }
    Ok(Value::number(sign * acc))
}

fn parse_float(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = ops::to_rust_string(arg(args, 0))?;
    let t = ops::trim_js(&s);
    for prefix in ["Infinity", "+Infinity", "-Infinity"] {
        if t.starts_with(prefix) {
            return Ok(Value::number(if prefix.starts_with('-') { f64::NEG_INFINITY } else { f64::INFINITY }));
        }
    }
    // The longest prefix that is a StrDecimalLiteral.
    let b = t.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let digits_start = i;
    while i < b.len() && b[i].is_ascii_digit() {
        i += 1;
    }
    let mut saw_digit = i > digits_start;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        let f = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        saw_digit |= i > f;
    }
    if !saw_digit {
        return Ok(Value::number(f64::NAN));
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < b.len() && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        let e = j;
        while j < b.len() && b[j].is_ascii_digit() {
            j += 1;
        }
        if j > e {
            i = j;
        }
    }
    Ok(Value::number(t[..i].parse::<f64>().unwrap_or(f64::NAN)))
}

fn is_nan(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(ops::to_number(arg(args, 0))?.is_nan()))
}

fn is_finite(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(ops::to_number(arg(args, 0))?.is_finite()))
}

fn eval(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let x = arg(args, 0);
    if !x.is_string() {
        return Ok(x);
    }
    throw_error(ErrorKind::Eval, "dxc: eval of a runtime string needs a JavaScript compiler at run time, which a dxc-built executable does not carry")
}
