//! The spec's abstract operations on values: type conversion (ToPrimitive, ToNumber,
//! ToString, ToBoolean, ToInt32 ...), the operators' slow paths (addition, relational
//! comparison, loose and strict equality, `typeof`, `instanceof`, `in`).
//!
//! Each operation is named after the spec's and returns `JsResult` where user code
//! (a `valueOf`, a getter) can run and throw.

use crate::exception::{JsResult, throw_type_error};
use crate::interop;
use crate::object::{self, Class, Key, class_of, obj};
use crate::realm::realm;
use crate::string::{self, str_of};
use crate::value::Value;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    Default,
    Number,
    String,
}

/// ToPrimitive (https://tc39.es/ecma262/#sec-toprimitive).
pub fn to_primitive(v: Value, hint: Hint) -> JsResult<Value> {
    if !v.is_object() {
        return Ok(v);
    }
    // 2.a-d: an exotic @@toPrimitive method.
    let exotic = object::get_value(v, Key::Prop(realm().sym_to_primitive.0))?;
    if !exotic.is_nullish() {
        let h = match hint {
            Hint::Default => "default",
            Hint::Number => "number",
            Hint::String => "string",
        };
        let r = interop::call(exotic, v, &[string::intern(h)])?;
        if r.is_object() {
            return throw_type_error("Cannot convert object to primitive value");
        }
        return Ok(r);
    }
    // OrdinaryToPrimitive.
    let order: [&str; 2] = if hint == Hint::String { ["toString", "valueOf"] } else { ["valueOf", "toString"] };
    for name in order {
        let m = object::get_value(v, Key::named(name))?;
        if object::is_callable(m) {
            let r = interop::call(m, v, &[])?;
            if !r.is_object() {
                return Ok(r);
            }
        }
    }
    throw_type_error("Cannot convert object to primitive value")
}

pub fn to_boolean(v: Value) -> bool {
    if v.is_number() {
        let n = v.as_number();
        return n != 0.0 && !n.is_nan();
    }
    if v.is_string() {
        return !str_of(v).is_empty();
    }
    match v {
        Value::TRUE => true,
        Value::FALSE | Value::UNDEFINED | Value::NULL | Value::HOLE => false,
        _ => true,
    }
}

/// ToNumber.
pub fn to_number(v: Value) -> JsResult<f64> {
    if v.is_number() {
        return Ok(v.as_number());
    }
    if v.is_string() {
        return Ok(string_to_number(&str_of(v).to_rust_string()));
    }
    match v {
        Value::TRUE => Ok(1.0),
        Value::FALSE | Value::NULL => Ok(0.0),
        Value::UNDEFINED => Ok(f64::NAN),
        _ if v.is_symbol() => throw_type_error("Cannot convert a Symbol value to a number"),
        _ => to_number(to_primitive(v, Hint::Number)?),
    }
}

/// StringToNumber (https://tc39.es/ecma262/#sec-stringtonumber).
pub fn string_to_number(s: &str) -> f64 {
    let t = trim_js(s);
    if t.is_empty() {
        return 0.0;
    }
    let radix = |p: &str, r: u32| -> f64 {
        if p.is_empty() {
            return f64::NAN;
        }
        let mut acc = 0.0f64;
        for c in p.chars() {
            match c.to_digit(r) {
                Some(d) => acc = acc * r as f64 + d as f64,
                None => return f64::NAN,
            }
        }
        acc
    };
    let lower = t.get(..2).map(|p| p.to_ascii_lowercase());
    match lower.as_deref() {
        Some("0x") => return radix(&t[2..], 16),
        Some("0o") => return radix(&t[2..], 8),
        Some("0b") => return radix(&t[2..], 2),
        _ => {}
    }
    match t {
        "Infinity" | "+Infinity" => return f64::INFINITY,
        "-Infinity" => return f64::NEG_INFINITY,
        _ => {}
    }
    // Only decimal literals: reject Rust-isms like "inf", "nan", "1_0".
    let ok = t.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'e' | b'E' | b'+' | b'-'));
    if !ok {
        return f64::NAN;
    }
    t.parse::<f64>().unwrap_or(f64::NAN)
}

/// Trims JS white space and line terminators.
pub fn trim_js(s: &str) -> &str {
    s.trim_matches(is_js_space)
}

pub fn is_js_space(c: char) -> bool {
    matches!(c, '\u{9}' | '\u{A}' | '\u{B}' | '\u{C}' | '\u{D}' | ' ' | '\u{A0}' | '\u{1680}'
        | '\u{2000}'..='\u{200A}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\u{FEFF}')
}

/// Number::toString(10): the shortest round-trip form.
pub fn number_to_rust_string(n: f64) -> String {
    if n == 0.0 {
        return "0".into();
    }
    let mut b = ryu_js::Buffer::new();
    b.format(n).to_string()
}

pub fn number_to_string(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        // A few small integers are interned (a bounded set: interned strings are never
        // freed); other integers are formatted without going through floating point.
        let i = n as i64;
        if (0..256).contains(&i) {
            return string::intern(&i.to_string());
        }
        return string::from_latin1(integer_digits(i, &mut [0; 24]));
    }
    string::from_str(&number_to_rust_string(n))
}

/// The decimal text of an integer, written at the end of `buf`.
pub fn integer_digits(i: i64, buf: &mut [u8; 24]) -> &[u8] {
    let mut u = i.unsigned_abs();
    let mut k = buf.len();
    loop {
        k -= 1;
        buf[k] = b'0' + (u % 10) as u8;
        u /= 10;
        if u == 0 {
            break;
        }
    }
    if i < 0 {
        k -= 1;
        buf[k] = b'-';
    }
    &buf[k..]
}

/// ToString.
pub fn to_string(v: Value) -> JsResult<Value> {
    if v.is_string() {
        return Ok(v);
    }
    if v.is_number() {
        return Ok(number_to_string(v.as_number()));
    }
    let r = realm();
    match v {
        Value::UNDEFINED => Ok(r.atoms.undefined),
        Value::NULL => Ok(r.atoms.null),
        Value::TRUE => Ok(r.atoms.true_),
        Value::FALSE => Ok(r.atoms.false_),
        _ if v.is_symbol() => throw_type_error("Cannot convert a Symbol value to a string"),
        _ => to_string(to_primitive(v, Hint::String)?),
    }
}

/// ToString into Rust text.
pub fn to_rust_string(v: Value) -> JsResult<String> {
    Ok(str_of(to_string(v)?).to_rust_string())
}

pub fn to_int32(n: f64) -> i32 {
    if !n.is_finite() {
        return 0;
    }
    let m = n.trunc() % 4294967296.0;
    (if m < 0.0 { m + 4294967296.0 } else { m }) as u64 as u32 as i32
}

pub fn to_uint32(n: f64) -> u32 {
    to_int32(n) as u32
}

/// ToIntegerOrInfinity.
pub fn to_integer(v: Value) -> JsResult<f64> {
    let n = to_number(v)?;
    Ok(if n.is_nan() { 0.0 } else { n.trunc() + 0.0 })
}

pub fn typeof_str(v: Value) -> &'static str {
    if v.is_number() {
        "number"
    } else if v.is_string() {
        "string"
    } else if v.is_symbol() {
        "symbol"
    } else if v.is_bool() {
        "boolean"
    } else if v.is_undefined() {
        "undefined"
    } else if v.is_null() {
        "object"
    } else if object::is_callable(v) {
        "function"
    } else {
        "object"
    }
}

/// For messages: what kind of value this is.
pub fn type_name(v: Value) -> String {
    let t = typeof_str(v);
    if v.is_string() {
        format!("string '{}'", str_of(v).to_rust_string())
    } else if v.is_number() {
        format!("number {}", number_to_rust_string(v.as_number()))
    } else {
        t.to_string()
    }
}

/// A key as text, for messages.
pub fn key_display(k: Key) -> String {
    match k {
        Key::Index(i) => i.to_string(),
        Key::Prop(p) => {
            let v = Value(p);
            if v.is_string() {
                str_of(v).to_rust_string()
            } else {
                crate::builtins::symbol::descriptive_string(v)
            }
        }
    }
}

/// IsStrictlyEqual.
pub fn strict_eq(a: Value, b: Value) -> bool {
    if a.is_number() && b.is_number() {
        return a.as_number() == b.as_number();
    }
    if a.is_string() && b.is_string() {
        return string::equals(a, b);
    }
    a == b
}

/// SameValueZero.
pub fn same_value_zero(a: Value, b: Value) -> bool {
    if a.is_number() && b.is_number() {
        let (x, y) = (a.as_number(), b.as_number());
        return x == y || (x.is_nan() && y.is_nan());
    }
    strict_eq(a, b)
}

/// SameValue.
pub fn same_value(a: Value, b: Value) -> bool {
    if a.is_number() && b.is_number() {
        let (x, y) = (a.as_number(), b.as_number());
        return (x.is_nan() && y.is_nan()) || (x == y && x.is_sign_negative() == y.is_sign_negative());
    }
    strict_eq(a, b)
}

/// IsLooselyEqual.
pub fn loose_eq(a: Value, b: Value) -> JsResult<bool> {
    if a.is_number() && b.is_number() || a.is_string() && b.is_string() {
        return Ok(strict_eq(a, b));
    }
    if a.is_nullish() && b.is_nullish() {
        return Ok(true);
    }
    if a.is_nullish() || b.is_nullish() {
        return Ok(false);
    }
    if a.is_object() && b.is_object() || a.is_symbol() && b.is_symbol() {
        return Ok(a == b);
    }
    if a.is_number() && b.is_string() {
        return Ok(a.as_number() == to_number(b)?);
    }
    if a.is_string() && b.is_number() {
        return Ok(to_number(a)? == b.as_number());
    }
    if a.is_bool() {
        return loose_eq(Value::number(to_number(a)?), b);
    }
    if b.is_bool() {
        return loose_eq(a, Value::number(to_number(b)?));
    }
    if b.is_object() && !a.is_object() {
        return loose_eq(a, to_primitive(b, Hint::Default)?);
    }
    if a.is_object() && !b.is_object() {
        return loose_eq(to_primitive(a, Hint::Default)?, b);
    }
    Ok(false)
}

/// The `+` operator.
pub fn add(a: Value, b: Value) -> JsResult<Value> {
    if a.is_number() && b.is_number() {
        return Ok(Value::number(a.as_number() + b.as_number()));
    }
    if a.is_string() && b.is_string() {
        return Ok(string::concat(a, b));
    }
    let pa = to_primitive(a, Hint::Default)?;
    let pb = to_primitive(b, Hint::Default)?;
    if pa.is_string() || pb.is_string() {
        let sa = to_string(pa)?;
        let sb = to_string(pb)?;
        return Ok(string::concat(sa, sb));
    }
    Ok(Value::number(to_number(pa)? + to_number(pb)?))
}

/// The result of IsLessThan: `None` is undefined (a NaN was involved).
pub fn less_than(a: Value, b: Value, left_first: bool) -> JsResult<Option<bool>> {
    let (pa, pb) = if left_first {
        let pa = to_primitive(a, Hint::Number)?;
        (pa, to_primitive(b, Hint::Number)?)
    } else {
        let pb = to_primitive(b, Hint::Number)?;
        (to_primitive(a, Hint::Number)?, pb)
    };
    if pa.is_string() && pb.is_string() {
        return Ok(Some(string::compare(pa, pb) == std::cmp::Ordering::Less));
    }
    let (x, y) = (to_number(pa)?, to_number(pb)?);
    if x.is_nan() || y.is_nan() {
        return Ok(None);
    }
    Ok(Some(x < y))
}

/// JS `%`: the sign follows the dividend.
pub fn js_rem(x: f64, y: f64) -> f64 {
    if y.is_infinite() && x.is_finite() {
        return x;
    }
    x % y
}

/// Number::exponentiate.
pub fn js_pow(x: f64, y: f64) -> f64 {
    if y.is_nan() || (x.abs() == 1.0 && y.is_infinite()) {
        return f64::NAN;
    }
    x.powf(y)
}

/// InstanceofOperator.
pub fn instance_of(v: Value, target: Value) -> JsResult<bool> {
    if !target.is_object() {
        return throw_type_error("Right-hand side of 'instanceof' is not an object");
    }
    let hi = object::get_value(target, Key::Prop(realm().sym_has_instance.0))?;
    if !hi.is_nullish() && hi != realm().function_proto_has_instance {
        let r = interop::call(hi, target, &[v])?;
        return Ok(to_boolean(r));
    }
    if !object::is_callable(target) {
        return throw_type_error("Right-hand side of 'instanceof' is not callable");
    }
    ordinary_has_instance(target, v)
}

pub fn ordinary_has_instance(c: Value, v: Value) -> JsResult<bool> {
    if !object::is_callable(c) {
        return Ok(false);
    }
    if crate::builtins::function::is_bound(c) {
        // InstanceofOperator(O, the bound target).
        return instance_of(v, object::func(c).home);
    }
    if !v.is_object() {
        return Ok(false);
    }
    let proto = object::get_value(c, Key::named("prototype"))?;
    if !proto.is_object() {
        return throw_type_error("Function has non-object prototype in instanceof check");
    }
    let mut cur = obj(v).proto;
    while cur.is_object() {
        if cur == proto {
            return Ok(true);
        }
        cur = obj(cur).proto;
    }
    Ok(false)
}

/// The `in` operator.
pub fn has_in(key: Value, target: Value) -> JsResult<bool> {
    if !target.is_object() {
        let k = str_of(to_string(key).unwrap_or(realm().atoms.undefined)).to_rust_string();
        return throw_type_error(&format!("Cannot use 'in' operator to search for '{k}' in {}", type_name(target)));
    }
    let k = object::to_key(key)?;
    Ok(object::has_property(target, k))
}

/// ToObject.
pub fn to_object(v: Value) -> JsResult<Value> {
    if v.is_object() {
        return Ok(v);
    }
    if v.is_nullish() {
        return throw_type_error("Cannot convert undefined or null to object");
    }
    let r = realm();
    let (class, proto) = if v.is_string() {
        (Class::String, r.string_prototype)
    } else if v.is_number() {
        (Class::Number, r.number_prototype)
    } else if v.is_bool() {
        (Class::Boolean, r.boolean_prototype)
    } else {
        (Class::Symbol, r.symbol_prototype)
    };
    if class == Class::String {
        return Ok(crate::builtins::string::new_string_object(v, proto));
    }
    let o = object::new_object_with(class, proto, std::mem::size_of::<object::JsObject>());
    obj(o).internal = v;
    Ok(o)
}

pub fn is_class(v: Value, c: Class) -> bool {
    class_of(v) == Some(c)
}
