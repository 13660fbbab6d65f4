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
    method(c, "fromCodePoint", 1, from_code_point);
    method(c, "raw", 1, raw);
    for (name, len, f) in [
        ("charAt", 1, char_at as crate::interop::NativeFn), ("charCodeAt", 1, char_code_at), ("codePointAt", 1, code_point_at),
        ("indexOf", 1, index_of), ("lastIndexOf", 1, last_index_of), ("slice", 2, slice), ("substring", 2, substring),
        ("substr", 2, substr), ("toUpperCase", 0, to_upper_case), ("toLowerCase", 0, to_lower_case), ("split", 2, split),
        ("trim", 0, trim), ("trimStart", 0, trim_start), ("trimEnd", 0, trim_end), ("startsWith", 1, starts_with),
        ("endsWith", 1, ends_with), ("includes", 1, includes), ("repeat", 1, repeat), ("padStart", 1, pad_start),
        ("padEnd", 1, pad_end), ("concat", 1, concat), ("at", 1, at), ("toString", 0, to_string), ("valueOf", 0, to_string),
        ("replace", 2, replace), ("replaceAll", 2, replace_all), ("normalize", 0, normalize), ("isWellFormed", 0, is_well_formed),
        ("toWellFormed", 0, to_well_formed), ("toLocaleUpperCase", 0, to_locale_upper_case),
        ("toLocaleLowerCase", 0, to_locale_lower_case), ("localeCompare", 1, locale_compare), ("match", 1, match_),
        ("matchAll", 1, match_all), ("search", 1, search),
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
    require_coercible(this, what)?;
    Ok(str_of(ops::to_string(this)?).units())
}

/// RequireObjectCoercible(this) for String.prototype.`what`.
fn require_coercible(this: Value, what: &str) -> JsResult<()> {
    if this.is_nullish() {
        return throw_type_error(&format!("String.prototype.{what} called on null or undefined"));
    }
    Ok(())
}

/// replaceAll/matchAll: a pattern that IsRegExp says is a RegExp must have the `g` flag.
fn require_global_if_regexp(pattern: Value, what: &str) -> JsResult<()> {
    if !super::regexp::is_regexp(pattern)? {
        return Ok(());
    }
    let flags = object::get_value(pattern, object::Key::named("flags"))?;
    if flags.is_nullish() {
        return throw_type_error(&format!("String.prototype.{what} called with a RegExp whose flags are undefined"));
    }
    if !str_of(ops::to_string(flags)?).units().contains(&(b'g' as u16)) {
        return throw_type_error(&format!("String.prototype.{what} called with a non-global RegExp argument"));
    }
    Ok(())
}

/// startsWith/endsWith/includes: the search string must not be a RegExp.
fn not_regexp(v: Value, what: &str) -> JsResult<()> {
    if super::regexp::is_regexp(v)? {
        return throw_type_error(&format!("First argument to String.prototype.{what} must not be a regular expression"));
    }
    Ok(())
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

/// Applies a text mapping to each run of well-formed text; lone surrogates pass through.
fn map_text(this: Value, what: &str, f: impl Fn(&str) -> String) -> JsResult<Value> {
    let u = this_units(this, what)?;
    let mut out: Vec<u16> = Vec::with_capacity(u.len());
    let mut run = String::new();
    for c in char::decode_utf16(u.iter().copied()) {
        match c {
            Ok(c) => run.push(c),
            Err(e) => {
                out.extend(f(&run).encode_utf16());
                run.clear();
                out.push(e.unpaired_surrogate());
            }
        }
    }
    out.extend(f(&run).encode_utf16());
    Ok(s(&out))
}

fn to_locale_upper_case(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    map_text(this, "toLocaleUpperCase", |t| t.to_uppercase())
}

fn to_locale_lower_case(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    map_text(this, "toLocaleLowerCase", |t| t.to_lowercase())
}

fn from_code_point(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let mut u = Vec::with_capacity(args.len());
    for &a in args {
        let n = ops::to_number(a)?;
        if n.fract() != 0.0 || !(0.0..=1114111.0).contains(&n) {
            return throw_range_error(&format!("Invalid code point {}", ops::number_to_rust_string(n)));
        }
        let cp = n as u32;
        if cp < 0x10000 {
            u.push(cp as u16);
        } else {
            let c = cp - 0x10000;
            u.push(0xD800 + (c >> 10) as u16);
            u.push(0xDC00 + (c & 0x3FF) as u16);
        }
    }
    Ok(s(&u))
}

/// String.raw(template, ...substitutions).
fn raw(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let cooked = ops::to_object(arg(args, 0))?;
    let raw = ops::to_object(object::get_value(cooked, object::Key::named("raw"))?)?;
    let len = ops::to_integer(object::get_value(raw, object::Key::Prop(realm().atoms.length.0))?)?;
    let n = len.clamp(0.0, 9007199254740991.0) as usize;
    let mut out: Vec<u16> = Vec::new();
    for i in 0..n {
        let seg = object::get_value(raw, object::Key::Index(i as u32))?;
        out.extend(str_of(ops::to_string(seg)?).units());
        if i + 1 == n {
            break;
        }
        if let Some(&sub) = args.get(i + 1) {
            out.extend(str_of(ops::to_string(sub)?).units());
        }
    }
    Ok(s(&out))
}

/// The pattern's `@@replace`/`@@split`/... method, when the pattern is an object.
fn delegate(pattern: Value, sym: Value) -> JsResult<Option<Value>> {
    if !pattern.is_object() {
        return Ok(None);
    }
    let m = object::get_value(pattern, object::Key::from_atom(sym))?;
    if m.is_nullish() {
        return Ok(None);
    }
    if !object::is_callable(m) {
        return throw_type_error(&format!("{} is not a function", super::console::inspect_short(m)));
    }
    Ok(Some(m))
}

fn match_(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    regexp_method(this, args, "match", realm().sym_match)
}
fn match_all(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    regexp_method(this, args, "matchAll", realm().sym_match_all)
}
fn search(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    regexp_method(this, args, "search", realm().sym_search)
}

/// match/matchAll/search: the pattern's own `@@match`/`@@matchAll`/`@@search` method
/// is called; any other pattern becomes a RegExp (with the `g` flag for matchAll).
fn regexp_method(this: Value, args: &[Value], what: &str, sym: Value) -> JsResult<Value> {
    require_coercible(this, what)?;
    let pattern = arg(args, 0);
    if what == "matchAll" {
        require_global_if_regexp(pattern, what)?;
    }
    if let Some(m) = delegate(pattern, sym)? {
        return crate::interop::call(m, pattern, &[this]);
    }
    let subject = ops::to_string(this)?;
    let roots = crate::gc::roots::TempRoots::new();
    roots.push(subject);
    let flags = if what == "matchAll" { string::intern("g") } else { Value::UNDEFINED };
    let rx = super::regexp::create(pattern, flags)?;
    roots.push(rx);
    let m = object::get_value(rx, object::Key::from_atom(sym))?;
    crate::interop::call(m, rx, &[subject])
}

fn replace(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    replace_impl(this, args, false)
}

fn replace_all(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    replace_impl(this, args, true)
}

/// String.prototype.replace/replaceAll with a string pattern (a pattern object with
/// `@@replace` is called instead).
fn replace_impl(this: Value, args: &[Value], all: bool) -> JsResult<Value> {
    let what = if all { "replaceAll" } else { "replace" };
    require_coercible(this, what)?;
    let (pattern, replacement) = (arg(args, 0), arg(args, 1));
    if all {
        require_global_if_regexp(pattern, what)?;
    }
    if let Some(m) = delegate(pattern, realm().sym_replace)? {
        return crate::interop::call(m, pattern, &[this, replacement]);
    }
    let u = str_of(ops::to_string(this)?).units();
    let search = str_of(ops::to_string(pattern)?).units();
    let functional = object::is_callable(replacement);
    let repl = if functional { Vec::new() } else { str_of(ops::to_string(replacement)?).units() };
    let advance = search.len().max(1);
    let mut positions = Vec::new();
    let mut at = find(&u, &search, 0);
    while let Some(p) = at {
        positions.push(p);
        if !all || p + advance > u.len() {
            break;
        }
        at = find(&u, &search, p + advance);
    }
    let mut out: Vec<u16> = Vec::with_capacity(u.len());
    let mut end = 0;
    for p in positions {
        out.extend_from_slice(&u[end..p]);
        if functional {
            let r = crate::interop::call(replacement, Value::UNDEFINED, &[s(&search), Value::number(p as f64), s(&u)])?;
            out.extend(str_of(ops::to_string(r)?).units());
        } else {
            super::regexp::get_substitution(&mut out, &search, &u, p, &[], Value::UNDEFINED, &repl)?;
        }
        end = p + search.len();
    }
    out.extend_from_slice(&u[end.min(u.len())..]);
    Ok(s(&out))
}

fn normalize(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    use unicode_normalization::UnicodeNormalization;
    let u = this_units(this, "normalize")?;
    let f = arg(args, 0);
    let form = if f.is_undefined() { "NFC".to_string() } else { ops::to_rust_string(f)? };
    let run: fn(&str) -> String = match form.as_str() {
        "NFC" => |t| t.nfc().collect(),
        "NFD" => |t| t.nfd().collect(),
        "NFKC" => |t| t.nfkc().collect(),
        "NFKD" => |t| t.nfkd().collect(),
        _ => return throw_range_error("The normalization form should be one of NFC, NFD, NFKC, NFKD."),
    };
    map_text(s(&u), "normalize", run)
}

fn is_well_formed(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let u = this_units(this, "isWellFormed")?;
    Ok(Value::bool(char::decode_utf16(u.iter().copied()).all(|c| c.is_ok())))
}

fn to_well_formed(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let u = this_units(this, "toWellFormed")?;
    let out: Vec<u16> = char::decode_utf16(u.iter().copied())
        .flat_map(|c| {
            let mut b = [0u16; 2];
            c.unwrap_or('\u{FFFD}').encode_utf16(&mut b).to_vec()
        })
        .collect();
    Ok(s(&out))
}

/// localeCompare with a locale-independent default collation: canonically equivalent
/// strings are equal; otherwise strings compare by base letters (accents and case
/// ignored), then accents, then case (lower before upper), then code points.
fn locale_compare(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    use unicode_normalization::UnicodeNormalization;
    use unicode_normalization::char::is_combining_mark;
    let a = String::from_utf16_lossy(&this_units(this, "localeCompare")?);
    let b = String::from_utf16_lossy(&arg_units(args, 0)?);
    let (a, b): (String, String) = (a.nfd().collect(), b.nfd().collect());
    let base = |t: &str| -> String { t.chars().filter(|&c| !is_combining_mark(c)).flat_map(char::to_lowercase).collect() };
    let accents = |t: &str| -> String { t.chars().flat_map(char::to_lowercase).collect() };
    let case = |t: &str| -> Vec<bool> { t.chars().map(|c| c.is_uppercase()).collect() };
    let ord = base(&a).cmp(&base(&b)).then_with(|| accents(&a).cmp(&accents(&b))).then_with(|| case(&a).cmp(&case(&b))).then_with(|| a.cmp(&b));
    Ok(Value::number(match ord {
        std::cmp::Ordering::Less => -1.0,
        std::cmp::Ordering::Equal => 0.0,
        std::cmp::Ordering::Greater => 1.0,
    }))
}

fn to_upper_case(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    map_text(this, "toUpperCase", |t| t.to_uppercase())
}

fn to_lower_case(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    map_text(this, "toLowerCase", |t| t.to_lowercase())
}

fn split(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    require_coercible(this, "split")?;
    if let Some(m) = delegate(arg(args, 0), realm().sym_split)? {
        return crate::interop::call(m, arg(args, 0), &[this, arg(args, 1)]);
    }
    let u = this_units(this, "split")?;
    let lim = if arg(args, 1).is_undefined() { u32::MAX } else { ops::to_uint32(ops::to_number(arg(args, 1))?) } as usize;
    let sep_units = arg_units(args, 0)?;
    if lim == 0 {
        return Ok(object::new_array(Vec::new()));
    }
    if arg(args, 0).is_undefined() {
        return Ok(object::new_array(vec![s(&u)]));
    }
    let sep = sep_units;
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
    not_regexp(arg(args, 0), "startsWith")?;
    let n = arg_units(args, 0)?;
    let p = pos(args, 1)?.clamp(0.0, u.len() as f64) as usize;
    Ok(Value::bool(u[p..].starts_with(&n)))
}

fn ends_with(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let u = this_units(this, "endsWith")?;
    not_regexp(arg(args, 0), "endsWith")?;
    let n = arg_units(args, 0)?;
    let e = if arg(args, 1).is_undefined() { u.len() } else { pos(args, 1)?.clamp(0.0, u.len() as f64) as usize };
    Ok(Value::bool(u[..e].ends_with(&n)))
}

fn includes(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let u = this_units(this, "includes")?;
    not_regexp(arg(args, 0), "includes")?;
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
