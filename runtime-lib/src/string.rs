//! JS strings: sequences of UTF-16 code units, stored one byte per unit when every unit
//! fits in Latin-1, two bytes otherwise; and the intern table that makes property keys
//! (atoms) unique, so that key comparison is pointer comparison.
//!
//! Interned strings live as long as the program (the table is a GC root). Strings are
//! immutable; concatenation copies (ropes are a later, measured step).

use rustc_hash::FxHashMap as HashMap;

use crate::gc::{self, Header, KIND_STRING};
use crate::value::Value;

/// A string's units, borrowed from its cell.
pub enum StrData<'a> {
    Latin1(&'a [u8]),
    Utf16(&'a [u16]),
}

/// A string cell: the header (whose `extra` is the length in units) followed inline by
/// the units, one or two bytes each.
#[repr(C)]
pub struct JsString {
    pub hdr: Header,
}

pub const FLAG_INTERNED: u16 = 1;
/// Whether every unit is ASCII has been computed (then `FLAG_ASCII` holds the answer).
const FLAG_ASCII_KNOWN: u16 = 2;
const FLAG_ASCII: u16 = 4;
/// The units are two bytes each.
const FLAG_TWO_BYTE: u16 = 8;

impl JsString {
    #[inline]
    pub fn data(&self) -> StrData<'_> {
        let len = self.hdr.extra as usize;
        let p = unsafe { (self as *const JsString).add(1) };
        if self.hdr.flags & FLAG_TWO_BYTE != 0 {
            StrData::Utf16(unsafe { std::slice::from_raw_parts(p as *const u16, len) })
        } else {
            StrData::Latin1(unsafe { std::slice::from_raw_parts(p as *const u8, len) })
        }
    }
    #[inline]
    pub fn len(&self) -> usize {
        self.hdr.extra as usize
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    #[inline]
    pub fn unit(&self, i: usize) -> u16 {
        match self.data() {
            StrData::Latin1(b) => b[i] as u16,
            StrData::Utf16(u) => u[i],
        }
    }
    pub fn units(&self) -> Vec<u16> {
        match self.data() {
            StrData::Latin1(b) => b.iter().map(|&c| c as u16).collect(),
            StrData::Utf16(u) => u.to_vec(),
        }
    }
    pub fn to_rust_string(&self) -> String {
        match self.data() {
            StrData::Latin1(b) => b.iter().map(|&c| c as char).collect(),
            StrData::Utf16(u) => String::from_utf16_lossy(u),
        }
    }
    pub fn is_interned(&self) -> bool {
        self.hdr.flags & FLAG_INTERNED != 0
    }
}

/// A string's text when every unit is ASCII (then it is also valid UTF-8, one byte per
/// unit); the answer is cached in the header, strings being immutable.
pub fn ascii_text(v: Value) -> Option<&'static str> {
    let p = v.as_string();
    let StrData::Latin1(b) = str_of(v).data() else { return None };
    let flags = unsafe { (*p).hdr.flags };
    let ascii = if flags & FLAG_ASCII_KNOWN != 0 {
        flags & FLAG_ASCII != 0
    } else {
        let ascii = b.is_ascii();
        unsafe { (*p).hdr.flags |= FLAG_ASCII_KNOWN | if ascii { FLAG_ASCII } else { 0 } };
        ascii
    };
    ascii.then(|| unsafe { std::str::from_utf8_unchecked(b) })
}

/// Allocates a string cell for `len` units of one or two bytes; the caller fills them.
fn alloc_raw(len: usize, two_byte: bool) -> (Value, *mut u8) {
    assert!(len <= u32::MAX as usize, "string too long");
    let bytes = if two_byte { len * 2 } else { len };
    let p = gc::alloc_cell(std::mem::size_of::<JsString>() + bytes, KIND_STRING) as *mut JsString;
    unsafe {
        (*p).hdr.extra = len as u32;
        if two_byte {
            (*p).hdr.flags |= FLAG_TWO_BYTE;
        }
        (Value::string(p), p.add(1) as *mut u8)
    }
}

/// Allocates a string from UTF-16 code units.
pub fn from_units(units: &[u16]) -> Value {
    if units.iter().all(|&u| u < 256) {
        let (v, p) = alloc_raw(units.len(), false);
        for (i, &u) in units.iter().enumerate() {
            unsafe { *p.add(i) = u as u8 };
        }
        v
    } else {
        let (v, p) = alloc_raw(units.len(), true);
        unsafe { std::ptr::copy_nonoverlapping(units.as_ptr(), p as *mut u16, units.len()) };
        v
    }
}

/// Allocates a string from Latin-1 units.
pub fn from_latin1(b: &[u8]) -> Value {
    let (v, p) = alloc_raw(b.len(), false);
    unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), p, b.len()) };
    v
}

/// The substring of units `start..end` of a string value.
pub fn substring(v: Value, start: usize, end: usize) -> Value {
    let sv = str_of(v);
    if start == 0 && end == sv.len() {
        return v;
    }
    match sv.data() {
        StrData::Latin1(b) => from_latin1(&b[start..end]),
        StrData::Utf16(u) => from_units(&u[start..end]),
    }
}

/// Allocates a string from Rust text.
pub fn from_str(s: &str) -> Value {
    if s.bytes().all(|b| b < 128) {
        from_latin1(s.as_bytes())
    } else {
        let units: Vec<u16> = s.encode_utf16().collect();
        from_units(&units)
    }
}

pub fn str_of(v: Value) -> &'static JsString {
    unsafe { &*v.as_string() }
}

/// Concatenates two string values.
pub fn concat(a: Value, b: Value) -> Value {
    let (sa, sb) = (str_of(a), str_of(b));
    if sa.is_empty() {
        return b;
    }
    if sb.is_empty() {
        return a;
    }
    let len = sa.len() + sb.len();
    match (sa.data(), sb.data()) {
        (StrData::Latin1(x), StrData::Latin1(y)) => {
            // The collector does not move cells, and a and b stay alive (they are on the
            // caller's stack), so x and y remain valid across the allocation.
            let (v, p) = alloc_raw(len, false);
            unsafe {
                std::ptr::copy_nonoverlapping(x.as_ptr(), p, x.len());
                std::ptr::copy_nonoverlapping(y.as_ptr(), p.add(x.len()), y.len());
            }
            v
        }
        _ => {
            let mut u = sa.units();
            u.extend(sb.units());
            let (v, p) = alloc_raw(len, true);
            unsafe { std::ptr::copy_nonoverlapping(u.as_ptr(), p as *mut u16, len) };
            v
        }
    }
}

pub fn equals(a: Value, b: Value) -> bool {
    if a == b {
        return true;
    }
    let (sa, sb) = (str_of(a), str_of(b));
    if sa.is_interned() && sb.is_interned() {
        return false;
    }
    match (sa.data(), sb.data()) {
        (StrData::Latin1(x), StrData::Latin1(y)) => x == y,
        _ => sa.len() == sb.len() && (0..sa.len()).all(|i| sa.unit(i) == sb.unit(i)),
    }
}

pub fn compare(a: Value, b: Value) -> std::cmp::Ordering {
    let (sa, sb) = (str_of(a), str_of(b));
    let n = sa.len().min(sb.len());
    for i in 0..n {
        let (x, y) = (sa.unit(i), sb.unit(i));
        if x != y {
            return x.cmp(&y);
        }
    }
    sa.len().cmp(&sb.len())
}

static mut INTERNED: Option<HashMap<Vec<u16>, Value>> = None;

#[allow(static_mut_refs)]
fn table() -> &'static mut HashMap<Vec<u16>, Value> {
    unsafe { INTERNED.get_or_insert_with(HashMap::default) }
}

/// The unique interned string (atom) with these code units.
pub fn intern_units(units: &[u16]) -> Value {
    if let Some(&v) = table().get(units) {
        return v;
    }
    let v = from_units(units);
    unsafe { (*v.as_string()).hdr.flags |= FLAG_INTERNED };
    table().insert(units.to_vec(), v);
    v
}

pub fn intern(s: &str) -> Value {
    let units: Vec<u16> = s.encode_utf16().collect();
    intern_units(&units)
}

/// The atom for a string value (the value itself when it is interned already).
pub fn intern_value(v: Value) -> Value {
    if str_of(v).is_interned() { v } else { intern_units(&str_of(v).units()) }
}

pub(crate) fn mark_interned() {
    for &v in table().values() {
        gc::mark_value(v);
    }
}

/// If the string is a canonical array index ("0", "17", not "01" or "4294967295"),
/// that index.
pub fn array_index(v: Value) -> Option<u32> {
    let s = str_of(v);
    let n = s.len();
    if n == 0 || n > 10 {
        return None;
    }
    let first = s.unit(0);
    if first == b'0' as u16 {
        return (n == 1).then_some(0);
    }
    let mut acc: u64 = 0;
    for i in 0..n {
        let c = s.unit(i);
        if !(b'0' as u16..=b'9' as u16).contains(&c) {
            return None;
        }
        acc = acc * 10 + (c - b'0' as u16) as u64;
    }
    (acc < u32::MAX as u64).then_some(acc as u32)
}
