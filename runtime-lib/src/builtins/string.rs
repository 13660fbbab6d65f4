//! `String` and `String.prototype` (https://tc39.es/ecma262/#sec-string-objects).
//! Indices are UTF-16 code unit indices, as in the spec.

use super::{constructor, method};
use crate::exception::{JsResult, throw_range_error, throw_type_error};
use crate::interop::arg;
use crate::object::{self, Class, JsObject, obj};
use crate::ops;
use crate::realm::realm;
use crate::string::{self, str_of};
use crate::value::Value;

pub fn init() {
    let r = realm();
    let p = r.string_prototype;
    let c = constructor("String", 1, string_ctor, p);
    method(c, "fromCharCode", 1, from_char_code);
    for (name, len, f) in [
        ("charAt", 1, char_at as crate::interop::NativeFn), ("charCodeAt", 1, char_code_at), ("codePointAt", 1, code_point_at),
        ("indexOf", 1, index_of), ("lastIndexOf", 1, last_index_of), ("slice", 2, slice), ("substring", 2, substring),
        ("substr", 2, substr), ("toUpperCase", 0, to_upper_case), ("toLowerCase", 0, to_lower_case), ("split", 2, split),
        ("trim", 0, trim), ("trimStart", 0, trim_start), ("trimEnd", 0, trim_end), ("startsWith", 1, starts_with),
        ("endsWith", 1, ends_with), ("includes", 1, includes), ("repeat", 1, repeat), ("padStart", 2, pad_start),
        ("padEnd", 2, pad_end), ("concat", 1, concat), ("at", 1, at), ("toString", 0, to_string), ("valueOf", 0, to_string),
    ] {
        method(p, name, len, f);
    }
}

fn string_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    let s = match args.first() {
        None => realm().atoms.empty,
        Some(&v) if v.is_symbol() && nt.is_undefined() => string::from_str(&super::symbol::descriptive_string(v)),
        Some(&v) => ops::to_string(v)?,
    };
    if nt.is_undefined() {
        return Ok(s);
    }
    let roots = crate::gc::roots::TempRoots::new();
    roots.push(s);
    let proto = crate::interop::prototype_from_constructor(nt, realm().string_prototype)?;
    Ok(new_string_object(s, proto))
}

/// A String exotic object: its indices are the string's units (see `object::get_own`)
/// and it has an own read-only `length`.
pub fn new_string_object(s: Value, proto: Value) -> Value {
    let o = object::new_object_with(Class::String, proto, std::mem::size_of::<JsObject>());
    obj(o).internal = s;
    object::add_prop(o, realm().atoms.length.0, Value::number(str_of(s).len() as f64), 0);
    o
}

/// thisStringValue / RequireObjectCoercible + ToString of `this`.
fn this_units(this: Value, what: &str) -> JsResult<Vec<u16>> {
    if this.is_nullish() {
        return throw_type_error(&format!("String.prototype.{what} called on null or undefined"));
    }
    Ok(str_of(ops::to_string(this)?).units())
}

fn s(units: &[u16]) -> Value {
    string::from_units(units)
}

fn arg_units(args: &[Value], i: usize) -> JsResult<Vec<u16>> {
    Ok(str_of(ops::to_string(arg(args, i))?).units())
}

fn from_char_code(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let mut u = Vec::with_capacity(args.len());
    for &a in args {
        u.push(ops::to_uint32(ops::to_number(a)?) as u16);
    }
    Ok(s(&u))
}

fn pos(args: &[Value], i: usize) -> JsResult<f64> {
    ops::to_integer(arg(args, i))
}

fn char_at(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let u = this_units(this, "charAt")?;
    let p = pos(args, 0)?;
    Ok(if p < 0.0 || p >= u.len() as f64 { realm().atoms.empty } else { s(&u[p as usize..p as usize + 1]) })
}

fn char_code_at(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let u = this_units(this, "charCodeAt")?;
    let p = pos(args, 0)?;
    Ok(Value::number(if p < 0.0 || p >= u.len() as f64 { f64::NAN } else { u[p as usize] as f64 }))
}

fn code_point_at(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let u = this_units(this, "codePointAt")?;
    let p = pos(args, 0)?;
    if p < 0.0 || p >= u.len() as f64 {
        return Ok(Value::UNDEFINED);
    }
    let i = p as usize;
    let c = u[i];
    if (0xD800..0xDC00).contains(&c) && i + 1 < u.len() && (0xDC00..0xE000).contains(&u[i + 1]) {
        let cp = 0x10000 + (((c as u32) - 0xD800) << 10) + (u[i + 1] as u32 - 0xDC00);
        return Ok(Value::number(cp as f64));
    }
    Ok(Value::number(c as f64))
}

fn find(hay: &[u16], needle: &[u16], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return Some(from.min(hay.len()));
    }
    if needle.len() > hay.len() {
        return None;
    }
    (from..=hay.len() - needle.len()).find(|&i| &hay[i..i + needle.len()] == needle)
}

fn index_of(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let u = this_units(this, "indexOf")?;
    let n = arg_units(args, 0)?;
    let from = pos(args, 1)?.clamp(0.0, u.len() as f64) as usize;
    Ok(Value::number(find(&u, &n, from).map(|i| i as f64).unwrap_or(-1.0)))
}

fn last_index_of(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let u = this_units(this, "lastIndexOf")?;
    let n = arg_units(args, 0)?;
    let num = ops::to_number(arg(args, 1))?;
    let from = if num.is_nan() { f64::INFINITY } else { num.trunc() };
    let start = from.clamp(0.0, u.len() as f64) as usize;
    if n.len() > u.len() {
        return Ok(Value::number(-1.0));
    }
    let max = start.min(u.len() - n.len());
    for i in (0..=max).rev() {
        if u[i..i + n.len()] == n[..] {
            return Ok(Value::number(i as f64));
        }
    }
    Ok(Value::number(-1.0))
}

fn rel(v: Value, len: usize, default: usize) -> JsResult<usize> {
    if v.is_undefined() {
        return Ok(default);
    }
    let n = ops::to_integer(v)?;
    Ok(if n < 0.0 { (len as f64 + n).max(0.0) as usize } else { (n as usize).min(len) })
}

fn slice(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let u = this_units(this, "slice")?;
    let a = rel(arg(args, 0), u.len(), 0)?;
    let b = rel(arg(args, 1), u.len(), u.len())?;
    Ok(if a >= b { realm().atoms.empty } else { s(&u[a..b]) })
}

fn substring(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let u = this_units(this, "substring")?;
    let n = u.len() as f64;
    let a = pos(args, 0)?.clamp(0.0, n) as usize;
    let b = if arg(args, 1).is_undefined() { u.len() } else { pos(args, 1)?.clamp(0.0, n) as usize };
    let (a, b) = (a.min(b), a.max(b));
    Ok(s(&u[a..b]))
}

fn substr(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let u = this_units(this, "substr")?;
    let a = rel(arg(args, 0), u.len(), 0)?;
    let len = if arg(args, 1).is_undefined() { u.len() as f64 } else { pos(args, 1)? };
    let b = (a as f64 + len.max(0.0)).min(u.len() as f64) as usize;
    Ok(if a >= b { realm().atoms.empty } else { s(&u[a..b]) })
}

fn map_text(this: Value, what: &str, f: impl Fn(&str) -> String) -> JsResult<Value> {
    let u = this_units(this, what)?;
    Ok(string::from_str(&f(&String::from_utf16_lossy(&u))))
}

fn to_upper_case(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    map_text(this, "toUpperCase", |t| t.to_uppercase())
}

fn to_lower_case(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    map_text(this, "toLowerCase", |t| t.to_lowercase())
}

fn split(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let u = this_units(this, "split")?;
    let lim = if arg(args, 1).is_undefined() { u32::MAX } else { ops::to_uint32(ops::to_number(arg(args, 1))?) } as usize;
    let sep = arg(args, 0);
    if lim == 0 {
        return Ok(object::new_array(Vec::new()));
    }
    if sep.is_undefined() {
        return Ok(object::new_array(vec![s(&u)]));
    }
    let sep = arg_units(args, 0)?;
    let mut out = Vec::new();
    let roots = crate::gc::roots::TempRoots::new();
    let push = |v: Value, out: &mut Vec<Value>| {
        roots.push(v);
        out.push(v);
    };
    if sep.is_empty() {
        for c in u.iter().take(lim) {
            push(s(&[*c]), &mut out);
        }
        return Ok(object::new_array(out));
    }
    if u.is_empty() {
        return Ok(object::new_array(vec![s(&u)]));
    }
    let mut start = 0;
    while let Some(i) = find(&u, &sep, start) {
        if i >= u.len() {
            break;
        }
        push(s(&u[start..i]), &mut out);
        if out.len() >= lim {
            return Ok(object::new_array(out));
        }
        start = i + sep.len();
    }
    push(s(&u[start..]), &mut out);
    Ok(object::new_array(out))
}

fn is_space(u: u16) -> bool {
    char::from_u32(u as u32).is_some_and(ops::is_js_space)
}

fn trim_units(this: Value, what: &str, start: bool, end: bool) -> JsResult<Value> {
    let u = this_units(this, what)?;
    let mut a = 0;
    let mut b = u.len();
    if start {
        while a < b && is_space(u[a]) {
            a += 1;
        }
    }
    if end {
        while b > a && is_space(u[b - 1]) {
            b -= 1;
        }
    }
    Ok(s(&u[a..b]))
}

fn trim(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    trim_units(this, "trim", true, true)
}
fn trim_start(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    trim_units(this, "trimStart", true, false)
}
fn trim_end(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    trim_units(this, "trimEnd", false, true)
}

fn starts_with(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let u = this_units(this, "startsWith")?;
    let n = arg_units(args, 0)?;
    let p = pos(args, 1)?.clamp(0.0, u.len() as f64) as usize;
    Ok(Value::bool(u[p..].starts_with(&n)))
}

fn ends_with(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let u = this_units(this, "endsWith")?;
    let n = arg_units(args, 0)?;
    let e = if arg(args, 1).is_undefined() { u.len() } else { pos(args, 1)?.clamp(0.0, u.len() as f64) as usize };
    Ok(Value::bool(u[..e].ends_with(&n)))
}

fn includes(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let u = this_units(this, "includes")?;
    let n = arg_units(args, 0)?;
    let p = pos(args, 1)?.clamp(0.0, u.len() as f64) as usize;
    Ok(Value::bool(find(&u, &n, p).is_some()))
}

fn repeat(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let u = this_units(this, "repeat")?;
    let n = ops::to_integer(arg(args, 0))?;
    if n < 0.0 || n.is_infinite() {
        return throw_range_error(&format!("Invalid count value: {}", ops::number_to_rust_string(n)));
    }
    if u.len() as f64 * n > (1u64 << 29) as f64 {
        return throw_range_error("Invalid string length");
    }
    Ok(s(&u.repeat(n as usize)))
}

fn pad(this: Value, args: &[Value], at_start: bool) -> JsResult<Value> {
    let u = this_units(this, "padStart")?;
    let max = ops::to_integer(arg(args, 0))?;
    let filler = if arg(args, 1).is_undefined() { vec![b' ' as u16] } else { arg_units(args, 1)? };
    if max <= u.len() as f64 || filler.is_empty() {
        return Ok(s(&u));
    }
    let need = max as usize - u.len();
    let fill: Vec<u16> = filler.iter().copied().cycle().take(need).collect();
    let out = if at_start { [fill, u].concat() } else { [u, fill].concat() };
    Ok(s(&out))
}

fn pad_start(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    pad(this, args, true)
}
fn pad_end(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    pad(this, args, false)
}

fn concat(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let mut u = this_units(this, "concat")?;
    for i in 0..args.len() {
        u.extend(arg_units(args, i)?);
    }
    Ok(s(&u))
}

fn at(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let u = this_units(this, "at")?;
    let k = pos(args, 0)?;
    let i = if k < 0.0 { u.len() as f64 + k } else { k };
    Ok(if i < 0.0 || i >= u.len() as f64 { Value::UNDEFINED } else { s(&u[i as usize..i as usize + 1]) })
}

fn to_string(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    if this.is_string() {
        return Ok(this);
    }
    if object::class_of(this) == Some(Class::String) {
        return Ok(obj(this).internal);
    }
    throw_type_error("String.prototype.toString requires that 'this' be a String")
}
