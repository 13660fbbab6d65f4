//! `JSON.parse` and `JSON.stringify` (https://tc39.es/ecma262/#sec-json-object).
//!
//! parse: a recursive-descent scanner over the string's own storage (Latin-1 or UTF-16)
//! that collects members on the temporary root stack (so that the collector sees them)
//! and builds each object and array in one step, then the reviver walk, which gives the
//! reviver the source text of primitive values (JSON.parse source text access) from a
//! parse record made by a second scan of the text. stringify: SerializeJSONProperty with `toJSON`, a replacer function or
//! property list, indentation, well-formed string escapes and cycle detection.

use super::method;
use crate::exception::{JsResult, throw_error, throw_type_error};
use crate::builtins::error::ErrorKind;
use crate::gc::roots::TempRoots;
use crate::interop::{self, arg};
use crate::object::shape::{CONFIGURABLE, DEFAULT};
use crate::object::{self, Class, Key, obj};
use crate::ops;
use crate::realm::realm;
use crate::string::{self, str_of};
use crate::value::Value;

pub fn init() {
    let r = realm();
    let j = object::new_plain_object();
    method(j, "parse", 2, parse);
    method(j, "stringify", 3, stringify);
    method(j, "rawJSON", 1, raw_json);
    method(j, "isRawJSON", 1, is_raw_json);
    let _ = object::define_data(j, Key::from_atom(r.sym_to_string_tag), string::intern("JSON"), CONFIGURABLE);
    super::global_value("JSON", j);
}

// ---- parse -----------------------------------------------------------------------

/// A unit of the JSON text: the Latin-1 bytes or the UTF-16 code units of the string,
/// scanned in place.
trait Unit: Copy + Eq + std::hash::Hash {
    fn u(self) -> u16;
    /// A string value of these units.
    fn make_string(units: &[Self]) -> Value;
    /// The atom of these units.
    fn intern(units: &[Self]) -> Value;
}

impl Unit for u8 {
    #[inline]
    fn u(self) -> u16 {
        self as u16
    }
    fn make_string(units: &[u8]) -> Value {
        string::from_latin1(units)
    }
    fn intern(units: &[u8]) -> Value {
        string::intern_units(&units.iter().map(|&b| b as u16).collect::<Vec<u16>>())
    }
}

impl Unit for u16 {
    #[inline]
    fn u(self) -> u16 {
        self
    }
    fn make_string(units: &[u16]) -> Value {
        string::from_units(units)
    }
    fn intern(units: &[u16]) -> Value {
        string::intern_units(units)
    }
}

struct Parser<'t, T: Unit> {
    s: &'t [T],
    i: usize,
    /// The atoms of the escape-free keys seen so far in this document.
    keys: rustc_hash::FxHashMap<&'t [T], Value>,
}

fn syntax_error<T>(msg: String) -> JsResult<T> {
    throw_error(ErrorKind::Syntax, &msg)
}

impl<'t, T: Unit> Parser<'t, T> {
    #[inline]
    fn peek(&self) -> Option<u16> {
        self.s.get(self.i).map(|c| c.u())
    }

    fn ws(&mut self) {
        while let Some(c) = self.peek() {
            if c == b' ' as u16 || c == b'\t' as u16 || c == b'\n' as u16 || c == b'\r' as u16 {
                self.i += 1;
            } else {
                break;
            }
        }
    }

    fn unexpected<V>(&self) -> JsResult<V> {
        match self.peek() {
            None => syntax_error("Unexpected end of JSON input".into()),
            Some(c) => {
                let ch = char::from_u32(c as u32).unwrap_or('\u{FFFD}');
                syntax_error(format!("Unexpected token '{ch}', is not valid JSON (at position {})", self.i))
            }
        }
    }

    #[inline]
    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c as u16) {
            self.i += 1;
            true
        } else {
            false
        }
    }

    fn literal(&mut self, word: &str, v: Value) -> JsResult<Value> {
        for b in word.bytes() {
            if !self.eat(b) {
                return self.unexpected();
            }
        }
        Ok(v)
    }

    fn value(&mut self) -> JsResult<Value> {
        self.ws();
        let Some(c) = self.peek() else { return self.unexpected() };
        match c as u8 {
            b'{' if c < 128 => self.object(),
            b'[' if c < 128 => self.array(),
            b'"' if c < 128 => self.string(),
            b't' if c < 128 => self.literal("true", Value::TRUE),
            b'f' if c < 128 => self.literal("false", Value::FALSE),
            b'n' if c < 128 => self.literal("null", Value::NULL),
            b'-' | b'0'..=b'9' if c < 128 => self.number(),
            _ => self.unexpected(),
        }
    }

    /// Skips digits; returns their count and, while it fits exactly, their value.
    fn digits(&mut self) -> (usize, u64) {
        let start = self.i;
        let mut v: u64 = 0;
        while let Some(c) = self.peek().filter(|c| (b'0' as u16..=b'9' as u16).contains(c)) {
            v = v.wrapping_mul(10).wrapping_add((c - b'0' as u16) as u64);
            self.i += 1;
        }
        (self.i - start, v)
    }

    fn number(&mut self) -> JsResult<Value> {
        let start = self.i;
        let negative = self.eat(b'-');
        let (count, int) = if self.eat(b'0') {
            (1, 0) // No leading zeros.
        } else {
            match self.digits() {
                (0, _) => return self.unexpected(),
                d => d,
            }
        };
        let mut simple = count <= 15;
        if self.eat(b'.') {
            simple = false;
            if self.digits().0 == 0 {
                return self.unexpected();
            }
        }
        if self.eat(b'e') || self.eat(b'E') {
            simple = false;
            if !self.eat(b'+') {
                self.eat(b'-');
            }
            if self.digits().0 == 0 {
                return self.unexpected();
            }
        }
        if simple {
            // At most 15 digits: exact in an f64.
            let v = int as f64;
            return Ok(Value::number(if negative { -v } else { v }));
        }
        let text: String = self.s[start..self.i].iter().map(|&c| c.u() as u8 as char).collect();
        Ok(Value::number(text.parse::<f64>().unwrap_or(f64::NAN)))
    }

    /// The units of the string starting at the quote under the cursor when it has no
    /// escapes (the cursor then moves past it), else None (the cursor stays).
    #[inline]
    fn plain_string(&mut self) -> Option<&'t [T]> {
        let start = self.i + 1;
        let mut j = start;
        while let Some(c) = self.s.get(j).map(|c| c.u()) {
            if c == 0x22 {
                self.i = j + 1;
                return Some(&self.s[start..j]);
            }
            if c == 0x5C || c < 0x20 {
                return None;
            }
            j += 1;
        }
        None
    }

    fn string_units(&mut self) -> JsResult<Vec<u16>> {
        self.i += 1; // the opening quote
        let mut out = Vec::new();
        loop {
            let Some(c) = self.peek() else { return syntax_error("Unterminated string in JSON".into()) };
            self.i += 1;
            match c {
                0x22 => return Ok(out),
                0x5C => {
                    let Some(e) = self.peek() else { return self.unexpected() };
                    self.i += 1;
                    let u = match e as u8 {
                        b'"' if e < 128 => 0x22,
                        b'\\' if e < 128 => 0x5C,
                        b'/' if e < 128 => 0x2F,
                        b'b' if e < 128 => 0x08,
                        b'f' if e < 128 => 0x0C,
                        b'n' if e < 128 => 0x0A,
                        b'r' if e < 128 => 0x0D,
                        b't' if e < 128 => 0x09,
                        b'u' if e < 128 => {
                            let hex: Option<String> = self.s.get(self.i..self.i + 4).map(|h| h.iter().map(|c| char::from_u32(c.u() as u32).unwrap_or('?')).collect());
                            let Some(v) = hex.and_then(|h| u16::from_str_radix(&h, 16).ok()) else {
                                self.i -= 1;
                                return self.unexpected();
                            };
                            self.i += 4;
                            v
                        }
                        _ => {
                            self.i -= 1;
                            return self.unexpected();
                        }
                    };
                    out.push(u);
                }
                c if c < 0x20 => {
                    self.i -= 1;
                    return self.unexpected();
                }
                c => out.push(c),
            }
        }
    }

    fn string(&mut self) -> JsResult<Value> {
        if let Some(units) = self.plain_string() {
            return Ok(T::make_string(units));
        }
        let u = self.string_units()?;
        Ok(string::from_units(&u))
    }

    /// A property name's atom; escape-free names are interned once per document.
    fn key(&mut self) -> JsResult<Value> {
        if let Some(units) = self.plain_string() {
            if let Some(&k) = self.keys.get(units) {
                return Ok(k);
            }
            let k = T::intern(units);
            self.keys.insert(units, k);
            return Ok(k);
        }
        Ok(string::intern_units(&self.string_units()?))
    }

    /// Elements are collected on the temporary root stack and moved into an array of
    /// exactly their number.
    fn array(&mut self) -> JsResult<Value> {
        self.i += 1;
        self.ws();
        if self.eat(b']') {
            return Ok(object::new_array(Vec::new()));
        }
        let scratch = TempRoots::new();
        loop {
            let v = self.value()?;
            scratch.push(v);
            self.ws();
            if self.eat(b']') {
                return Ok(object::new_array(scratch.values().to_vec()));
            }
            if !self.eat(b',') {
                return self.unexpected();
            }
        }
    }

    /// Members are collected (key, value, ...) on the temporary root stack, then become
    /// the properties of a new object in one go.
    fn object(&mut self) -> JsResult<Value> {
        self.i += 1;
        let scratch = TempRoots::new();
        self.ws();
        if self.eat(b'}') {
            return Ok(object::new_plain_object());
        }
        loop {
            self.ws();
            if self.peek() != Some(0x22) {
                return self.unexpected();
            }
            let k = self.key()?;
            self.ws();
            if !self.eat(b':') {
                return self.unexpected();
            }
            let v = self.value()?;
            scratch.push(k);
            scratch.push(v);
            self.ws();
            if self.eat(b'}') {
                return Ok(object::new_object_from_pairs(scratch.values()));
            }
            if !self.eat(b',') {
                return self.unexpected();
            }
        }
    }

    /// The parse record of the (valid) JSON value at the current position, whose parsed
    /// value is `v`: primitives keep their source range, arrays and objects their
    /// children's records. Everything a record holds is kept on `roots` (the values too,
    /// since the reviver may detach them, and an identity test must not meet a new
    /// object at a reused address).
    fn record(&mut self, v: Value, roots: &TempRoots) -> JsResult<Record> {
        roots.push(v);
        self.ws();
        let mut rec = Record { value: v, source: None, elements: Vec::new(), entries: Vec::new() };
        let close = match self.peek() {
            Some(0x5B) => b']',
            Some(0x7B) => b'}',
            _ => {
                let start = self.i;
                self.value()?;
                let source = T::make_string(&self.s[start..self.i]);
                roots.push(source);
                rec.source = Some(source);
                return Ok(rec);
            }
        };
        self.i += 1;
        loop {
            self.ws();
            if self.eat(close) {
                return Ok(rec);
            }
            if close == b']' {
                let child = object::get_value(v, Key::Index(rec.elements.len() as u32))?;
                rec.elements.push(self.record(child, roots)?);
            } else {
                let k = self.key()?;
                roots.push(k);
                self.ws();
                self.eat(b':');
                let child = object::get_value(v, object::to_key(k)?)?;
                let r = self.record(child, roots)?;
                rec.entries.push((k, r));
            }
            self.ws();
            self.eat(b',');
        }
    }
}

/// A JSON parse record: the value a JSON text produced and, for primitives, its source text.
struct Record {
    value: Value,
    source: Option<Value>,
    elements: Vec<Record>,
    entries: Vec<(Value, Record)>,
}

/// Parses a whole JSON text; with `record`, also its parse record, kept on `record`'s roots.
fn parse_text<T: Unit>(units: &[T], record: Option<&TempRoots>) -> JsResult<(Value, Option<Record>)> {
    let mut p = Parser { s: units, i: 0, keys: Default::default() };
    let v = p.value()?;
    p.ws();
    if p.i < units.len() {
        return p.unexpected();
    }
    let Some(roots) = record else { return Ok((v, None)) };
    p.i = 0;
    Ok((v, Some(p.record(v, roots)?)))
}

fn parse(_this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let text = ops::to_string(arg(args, 0))?;
    let reviver = arg(args, 1);
    let roots = TempRoots::new();
    let record_roots = object::is_callable(reviver).then_some(&roots);
    let (v, record) = match str_of(text).data() {
        string::StrData::Latin1(b) => parse_text::<u8>(b, record_roots)?,
        string::StrData::Utf16(u) => parse_text::<u16>(u, record_roots)?,
    };
    let Some(record) = record else { return Ok(v) };
    let root = object::new_plain_object();
    roots.push(root);
    object::define_data(root, Key::Prop(realm().atoms.empty.0), v, DEFAULT)?;
    internalize(root, realm().atoms.empty, reviver, Some(&record))
}

/// InternalizeJSONProperty: the reviver walk, children first. While a value is still the
/// one parsed, the reviver's context has the source text of primitives.
fn internalize(holder: Value, name: Value, reviver: Value, record: Option<&Record>) -> JsResult<Value> {
    let val = object::get_value(holder, object::to_key(name)?)?;
    let record = record.filter(|r| ops::same_value(r.value, val));
    let context = object::new_plain_object();
    let roots = TempRoots::new();
    roots.push(context);
    if let Some(source) = record.and_then(|r| r.source).filter(|_| !val.is_object()) {
        object::define_data(context, Key::named("source"), source, DEFAULT)?;
    }
    if val.is_object() {
        let keys: Vec<Value> = if object::is_array(val) {
            let n = ops::to_integer(object::get_value(val, Key::Prop(realm().atoms.length.0))?)?.max(0.0) as usize;
            (0..n).map(|i| string::intern(&i.to_string())).collect()
        } else {
            super::object::enumerable_own_keys(val).into_iter().filter(|k| !matches!(k, Key::Prop(p) if Value(*p).is_symbol())).map(|k| k.to_value()).collect()
        };
        for (i, k) in keys.into_iter().enumerate() {
            let child = record.and_then(|r| if r.entries.is_empty() { r.elements.get(i) } else { r.entries.iter().rev().find(|(key, _)| *key == k).map(|(_, c)| c) });
            let nv = internalize(val, k, reviver, child)?;
            let key = object::to_key(k)?;
            if nv.is_undefined() {
                object::delete(val, key);
            } else {
                let _ = object::define_checked(val, key, Some(nv), None, DEFAULT);
            }
        }
    }
    interop::call(reviver, holder, &[name, val, context])
}

/// JSON.rawJSON(text): a frozen null-prototype object whose `rawJSON` text stringify
/// writes as is; the text must be one JSON primitive.
fn raw_json(_this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = ops::to_string(arg(args, 0))?;
    let units = str_of(s).units();
    let blank = |u: Option<&u16>| matches!(u, None | Some(0x09 | 0x0A | 0x0D | 0x20));
    if blank(units.first()) || blank(units.last()) {
        return syntax_error("Invalid value for JSON.rawJSON".into());
    }
    if matches!(units[0], 0x5B | 0x7B) {
        return syntax_error("JSON.rawJSON cannot create an object or array".into());
    }
    parse_text::<u16>(&units, None)?;
    let o = object::new_object_with(Class::RawJSON, Value::NULL, std::mem::size_of::<object::JsObject>());
    object::define_data(o, Key::named("rawJSON"), s, DEFAULT)?;
    object::set_integrity(o, true);
    Ok(o)
}

fn is_raw_json(_this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    Ok(Value::bool(object::class_of(arg(args, 0)) == Some(Class::RawJSON)))
}

// ---- stringify -------------------------------------------------------------------

struct Serializer {
    replacer: Value,
    /// The atom "toJSON", looked up on every object value.
    to_json: Value,
    property_list: Option<Vec<Value>>,
    gap: String,
    indent: String,
    stack: Vec<Value>,
    out: Vec<u16>,
    roots: TempRoots,
}

fn push_str(out: &mut Vec<u16>, s: &str) {
    out.extend(s.encode_utf16());
}

/// QuoteJSONString: escapes, and lone surrogates as `\\uXXXX` (well-formed stringify).
fn quote(out: &mut Vec<u16>, s: string::StrData) {
    out.push(0x22);
    match s {
        string::StrData::Latin1(b) => {
            out.reserve(b.len() + 1);
            for &c in b {
                if c >= 0x20 && c != 0x22 && c != 0x5C {
                    out.push(c as u16);
                } else {
                    escape_unit(out, c as u16);
                }
            }
        }
        string::StrData::Utf16(s) => {
            let mut i = 0;
            while i < s.len() {
                let c = s[i];
                match c {
                    0xD800..=0xDBFF if i + 1 < s.len() && (0xDC00..=0xDFFF).contains(&s[i + 1]) => {
                        out.push(c);
                        out.push(s[i + 1]);
                        i += 1;
                    }
                    0xD800..=0xDFFF => push_str(out, &format!("\\u{c:04x}")),
                    c if c >= 0x20 && c != 0x22 && c != 0x5C => out.push(c),
                    c => escape_unit(out, c),
                }
                i += 1;
            }
        }
    }
    out.push(0x22);
}

/// The escape of `"`, `\\` or a control character.
fn escape_unit(out: &mut Vec<u16>, c: u16) {
    match c {
        0x22 => push_str(out, "\\\""),
        0x5C => push_str(out, "\\\\"),
        0x08 => push_str(out, "\\b"),
        0x0C => push_str(out, "\\f"),
        0x0A => push_str(out, "\\n"),
        0x0D => push_str(out, "\\r"),
        0x09 => push_str(out, "\\t"),
        c => push_str(out, &format!("\\u{c:04x}")),
    }
}

/// Number::toString of a finite number, integers without a detour through text.
fn push_number(out: &mut Vec<u16>, n: f64) {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        out.extend(ops::integer_digits(n as i64, &mut [0; 24]).iter().map(|&b| b as u16));
    } else {
        push_str(out, &ops::number_to_rust_string(n));
    }
}

impl Serializer {
    /// SerializeJSONProperty: false when the value is not serializable (undefined,
    /// functions, symbols), so the caller omits it.
    fn property(&mut self, holder: Value, key: Value) -> JsResult<bool> {
        self.property_key(holder, object::to_key(key)?, Some(key))
    }

    /// `property` by key; the key's string value is made only if user code sees it.
    fn property_key(&mut self, holder: Value, k: Key, key: Option<Value>) -> JsResult<bool> {
        let v = object::get_value(holder, k)?;
        self.serialize(holder, k, key, v)
    }

    /// A member of an object whose value may already be known (read from its slot).
    fn member(&mut self, holder: Value, k: Key, value: Option<Value>) -> JsResult<bool> {
        match value {
            Some(v) => self.serialize(holder, k, None, v),
            None => self.property_key(holder, k, None),
        }
    }

    /// SerializeJSONProperty after the Get: `toJSON`, the replacer, then the value.
    fn serialize(&mut self, holder: Value, k: Key, key: Option<Value>, mut v: Value) -> JsResult<bool> {
        self.roots.push(v);
        let key = |roots: &TempRoots| {
            let kv = key.unwrap_or_else(|| k.to_value());
            roots.push(kv);
            kv
        };
        if v.is_object() {
            let to_json = object::get_value(v, Key::from_atom(self.to_json))?;
            if object::is_callable(to_json) {
                v = interop::call(to_json, v, &[key(&self.roots)])?;
            }
        }
        if object::is_callable(self.replacer) {
            v = interop::call(self.replacer, holder, &[key(&self.roots), v])?;
        }
        self.roots.push(v);
        if v.is_object() {
            match object::class_of(v) {
                Some(Class::Number) => v = Value::number(ops::to_number(v)?),
                Some(Class::String) => v = ops::to_string(v)?,
                Some(Class::Boolean) => v = obj(v).internal,
                Some(Class::RawJSON) => {
                    let text = object::get_value(v, Key::named("rawJSON"))?;
                    self.out.extend(str_of(text).units());
                    return Ok(true);
                }
                _ => {}
            }
        }
        if v.is_null() {
            push_str(&mut self.out, "null");
        } else if v.is_bool() {
            push_str(&mut self.out, if v == Value::TRUE { "true" } else { "false" });
        } else if v.is_string() {
            quote(&mut self.out, str_of(v).data());
        } else if v.is_number() {
            let n = v.as_number();
            if n.is_finite() {
                push_number(&mut self.out, n);
            } else {
                push_str(&mut self.out, "null");
            }
        } else if v.is_object() && !object::is_callable(v) {
            if object::is_array(v) { self.array(v)? } else { self.object(v)? }
        } else {
            return Ok(false);
        }
        Ok(true)
    }

    fn enter(&mut self, v: Value) -> JsResult<String> {
        if self.stack.contains(&v) {
            return throw_type_error("Converting circular structure to JSON");
        }
        self.stack.push(v);
        let step_back = self.indent.clone();
        self.indent.push_str(&self.gap.clone());
        Ok(step_back)
    }

    fn leave(&mut self, step_back: String) {
        self.stack.pop();
        self.indent = step_back;
    }

    /// Writes the separator before an entry: `,` after the first, and the newline and
    /// indentation when there is a gap.
    fn separate(&mut self, first: bool) {
        if !first {
            self.out.push(b',' as u16);
        }
        if !self.gap.is_empty() {
            self.out.push(b'\n' as u16);
            let ind = self.indent.clone();
            push_str(&mut self.out, &ind);
        }
    }

    fn close(&mut self, any: bool, step_back: &str, c: u8) {
        if any && !self.gap.is_empty() {
            self.out.push(b'\n' as u16);
            push_str(&mut self.out, step_back);
        }
        self.out.push(c as u16);
    }

    fn object(&mut self, v: Value) -> JsResult<()> {
        let step_back = self.enter(v)?;
        self.out.push(b'{' as u16);
        let shape = obj(v).shape;
        // An ordinary object with named properties only, on a shared shape: its keys
        // are the shape's (shared shapes never change), and while the object keeps that
        // shape each value is read from its slot.
        let plain = self.property_list.is_none()
            && object::class_of(v) == Some(Class::Object)
            && obj(v).elements.is_empty()
            && obj(v).sparse.is_none()
            && !unsafe { (*shape).owned };
        let any = if plain { self.shaped_members(v, shape)? } else { self.members(v)? };
        self.close(any, &step_back, b'}');
        self.leave(step_back);
        Ok(())
    }

    fn shaped_members(&mut self, v: Value, shape: *mut object::shape::Shape) -> JsResult<bool> {
        let props = unsafe { &(*shape).props };
        let mut any = false;
        for (i, (&k, &flags)) in props.iter().enumerate() {
            if flags & object::shape::ENUMERABLE == 0 || Value(k).is_symbol() {
                continue;
            }
            let slot = (obj(v).shape == shape && flags & object::shape::ACCESSOR == 0).then(|| obj(v).slots[i]);
            any |= self.entry(any, Value(k), |s| s.member(v, Key::Prop(k), slot))?;
        }
        Ok(any)
    }

    fn members(&mut self, v: Value) -> JsResult<bool> {
        let keys: Vec<Value> = match &self.property_list {
            Some(list) => list.clone(),
            None => super::object::enumerable_own_keys(v).into_iter().map(|k| k.to_value()).collect(),
        };
        for &k in &keys {
            self.roots.push(k);
        }
        let mut any = false;
        for k in keys {
            any |= self.entry(any, k, |s| s.property(v, k))?;
        }
        Ok(any)
    }

    /// One `"key": value` member after those written so far (`any`); `value` writes the
    /// value, and when it finds it not serializable the member is taken back out.
    fn entry(&mut self, any: bool, key: Value, value: impl FnOnce(&mut Self) -> JsResult<bool>) -> JsResult<bool> {
        let mark = self.out.len();
        self.separate(!any);
        quote(&mut self.out, str_of(key).data());
        self.out.push(b':' as u16);
        if !self.gap.is_empty() {
            self.out.push(b' ' as u16);
        }
        if value(self)? {
            return Ok(true);
        }
        self.out.truncate(mark);
        Ok(false)
    }

    fn array(&mut self, v: Value) -> JsResult<()> {
        let step_back = self.enter(v)?;
        let n = ops::to_integer(object::get_value(v, Key::Prop(realm().atoms.length.0))?)?.max(0.0) as usize;
        self.out.push(b'[' as u16);
        for i in 0..n {
            self.separate(i == 0);
            if !self.property_key(v, Key::Index(i as u32), None)? {
                push_str(&mut self.out, "null");
            }
        }
        self.close(n > 0, &step_back, b']');
        self.leave(step_back);
        Ok(())
    }
}

fn stringify(_this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (value, replacer, space) = (arg(args, 0), arg(args, 1), arg(args, 2));
    let roots = TempRoots::new();
    let mut property_list = None;
    if object::is_array(replacer) {
        let n = ops::to_integer(object::get_value(replacer, Key::Prop(realm().atoms.length.0))?)?.max(0.0) as usize;
        let mut list: Vec<Value> = Vec::new();
        for i in 0..n {
            let e = object::get_value(replacer, Key::Index(i as u32))?;
            let item = if e.is_string() {
                Some(e)
            } else if e.is_number() || matches!(object::class_of(e), Some(Class::Number | Class::String)) {
                Some(ops::to_string(e)?)
            } else {
                None
            };
            if let Some(item) = item {
                let item = string::intern_value(item);
                if !list.iter().any(|&x| string::equals(x, item)) {
                    roots.push(item);
                    list.push(item);
                }
            }
        }
        property_list = Some(list);
    }
    let space = match object::class_of(space) {
        Some(Class::Number) => Value::number(ops::to_number(space)?),
        Some(Class::String) => ops::to_string(space)?,
        _ => space,
    };
    let gap = if space.is_number() {
        " ".repeat(ops::to_integer(space)?.clamp(0.0, 10.0) as usize)
    } else if space.is_string() {
        str_of(space).to_rust_string().chars().take(10).collect()
    } else {
        String::new()
    };
    let wrapper = object::new_plain_object();
    roots.push(wrapper);
    object::define_data(wrapper, Key::Prop(realm().atoms.empty.0), value, DEFAULT)?;
    let mut s = Serializer { replacer, to_json: string::intern("toJSON"), property_list, gap, indent: String::new(), stack: Vec::new(), out: Vec::new(), roots };
    if !s.property(wrapper, realm().atoms.empty)? {
        return Ok(Value::UNDEFINED);
    }
    Ok(string::from_units(&s.out))
}
