//! URI handling functions (https://tc39.es/ecma262/#sec-uri-handling-functions):
//! `encodeURI`, `encodeURIComponent`, `decodeURI`, `decodeURIComponent`, and Annex B's
//! `escape`/`unescape`. They work on UTF-16 units, as the spec's Encode/Decode do.

use super::{global_value, native_fn};
use crate::builtins::error::ErrorKind;
use crate::exception::{JsResult, throw_error};
use crate::interop::arg;
use crate::ops;
use crate::string::{self, str_of};
use crate::value::Value;

const URI_RESERVED: &str = ";/?:@&=+$,";
const URI_UNESCAPED_MARKS: &str = "-_.!~*'()";

pub fn init() {
    global_value("encodeURI", native_fn("encodeURI", 1, encode_uri, false));
    global_value("encodeURIComponent", native_fn("encodeURIComponent", 1, encode_uri_component, false));
    global_value("decodeURI", native_fn("decodeURI", 1, decode_uri, false));
    global_value("decodeURIComponent", native_fn("decodeURIComponent", 1, decode_uri_component, false));
    global_value("escape", native_fn("escape", 1, escape, false));
    global_value("unescape", native_fn("unescape", 1, unescape, false));
}

fn units_of(v: Value) -> JsResult<Vec<u16>> {
    Ok(str_of(ops::to_string(v)?).units())
}

fn is_unreserved(c: u16) -> bool {
    c < 128 && ((c as u8).is_ascii_alphanumeric() || URI_UNESCAPED_MARKS.as_bytes().contains(&(c as u8)))
}

fn encode_uri(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    encode(&units_of(arg(args, 0))?, |c| is_unreserved(c) || c == b'#' as u16 || (c < 128 && URI_RESERVED.as_bytes().contains(&(c as u8))))
}

fn encode_uri_component(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    encode(&units_of(arg(args, 0))?, is_unreserved)
}

fn uri_error<T>(msg: &str) -> JsResult<T> {
    throw_error(ErrorKind::Uri, msg)
}

/// Encode: units in the extra-unescaped set stay; others become %XX of their UTF-8.
fn encode(s: &[u16], keep: impl Fn(u16) -> bool) -> JsResult<Value> {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        let c = s[i];
        if keep(c) {
            out.push(c as u8 as char);
            i += 1;
            continue;
        }
        let cp = match c {
            0xD800..=0xDBFF if i + 1 < s.len() && (0xDC00..=0xDFFF).contains(&s[i + 1]) => {
                i += 1;
                0x10000 + (((c as u32) - 0xD800) << 10) + (s[i] as u32 - 0xDC00)
            }
            0xD800..=0xDFFF => return uri_error("URI malformed"),
            _ => c as u32,
        };
        i += 1;
        let mut buf = [0u8; 4];
        for b in char::from_u32(cp).unwrap().encode_utf8(&mut buf).bytes() {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    Ok(string::from_str(&out))
}

fn decode_uri(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    decode(&units_of(arg(args, 0))?, |c| c == b'#' || URI_RESERVED.as_bytes().contains(&c))
}

fn decode_uri_component(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    decode(&units_of(arg(args, 0))?, |_| false)
}

fn hex_at(s: &[u16], i: usize) -> Option<u8> {
    let d = |c: u16| char::from_u32(c as u32)?.to_digit(16);
    Some((d(*s.get(i)?)? * 16 + d(*s.get(i + 1)?)?) as u8)
}

/// Decode: %XX sequences become the UTF-8 character they spell, except single bytes in
/// the reserved set (kept as written).
fn decode(s: &[u16], reserved: impl Fn(u8) -> bool) -> JsResult<Value> {
    let mut out: Vec<u16> = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s[i] != b'%' as u16 {
            out.push(s[i]);
            i += 1;
            continue;
        }
        let start = i;
        let Some(b) = hex_at(s, i + 1) else { return uri_error("URI malformed") };
        i += 3;
        if b < 0x80 {
            if reserved(b) {
                out.extend_from_slice(&s[start..i]);
            } else {
                out.push(b as u16);
            }
            continue;
        }
        let n = match b {
            0xC0..=0xDF => 2,
            0xE0..=0xEF => 3,
            0xF0..=0xF7 => 4,
            _ => return uri_error("URI malformed"),
        };
        let mut bytes = vec![b];
        for _ in 1..n {
            if s.get(i) != Some(&(b'%' as u16)) {
                return uri_error("URI malformed");
            }
            match hex_at(s, i + 1) {
                Some(b) if b & 0xC0 == 0x80 => bytes.push(b),
                _ => return uri_error("URI malformed"),
            }
            i += 3;
        }
        // from_utf8 rejects overlong forms, surrogates and values past U+10FFFF.
        let Ok(text) = std::str::from_utf8(&bytes) else { return uri_error("URI malformed") };
        out.extend(text.encode_utf16());
    }
    Ok(string::from_units(&out))
}

fn escape(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = units_of(arg(args, 0))?;
    let mut out = String::with_capacity(s.len());
    for c in s {
        if c < 128 && ((c as u8).is_ascii_alphanumeric() || b"@*_+-./".contains(&(c as u8))) {
            out.push(c as u8 as char);
        } else if c < 256 {
            out.push_str(&format!("%{c:02X}"));
        } else {
            out.push_str(&format!("%u{c:04X}"));
        }
    }
    Ok(string::from_str(&out))
}

fn unescape(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let s = units_of(arg(args, 0))?;
    let mut out = Vec::with_capacity(s.len());
    let hex4 = |i: usize| Some(((hex_at(&s, i)? as u16) << 8) | hex_at(&s, i + 2)? as u16);
    let mut i = 0;
    while i < s.len() {
        if s[i] == b'%' as u16 {
            if s.get(i + 1) == Some(&(b'u' as u16))
                && let Some(c) = hex4(i + 2)
            {
                out.push(c);
                i += 6;
                continue;
            }
            if let Some(b) = hex_at(&s, i + 1) {
                out.push(b as u16);
                i += 3;
                continue;
            }
        }
        out.push(s[i]);
        i += 1;
    }
    Ok(string::from_units(&out))
}
