//! JS strings: sequences of UTF-16 code units, stored one byte per unit when every unit
//! fits in Latin-1, two bytes otherwise; and the intern table that makes property keys
//! (atoms) unique, so that key comparison is pointer comparison.
//!
//! Interned strings live as long as the program (the table is a GC root). Strings are
//! immutable; concatenation copies (ropes are a later, measured step).

use rustc_hash::FxHashMap as HashMap;

use crate::gc::{self, Header, KIND_STRING};
use crate::value::Value;

pub enum StrData {
    Latin1(Box<[u8]>),
    Utf16(Box<[u16]>),
}

#[repr(C)]
pub struct JsString {
    pub hdr: Header,
    pub data: StrData,
}

pub const FLAG_INTERNED: u16 = 1;
/// Whether every unit is ASCII has been computed (then `FLAG_ASCII` holds the answer).
const FLAG_ASCII_KNOWN: u16 = 2;
const FLAG_ASCII: u16 = 4;

impl JsString {
    pub fn len(&self) -> usize {
        match &self.data {
            StrData::Latin1(b) => b.len(),
            StrData::Utf16(u) => u.len(),
        }
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    #[inline]
    pub fn unit(&self, i: usize) -> u16 {
        match &self.data {
            StrData::Latin1(b) => b[i] as u16,
            StrData::Utf16(u) => u[i],
        }
    }
    pub fn units(&self) -> Vec<u16> {
        match &self.data {
            StrData::Latin1(b) => b.iter().map(|&c| c as u16).collect(),
            StrData::Utf16(u) => u.to_vec(),
        }
    }
    pub fn to_rust_string(&self) -> String {
        match &self.data {
            StrData::Latin1(b) => b.iter().map(|&c| c as char).collect(),
            StrData::Utf16(u) => String::from_utf16_lossy(u),
        }
    }
    /// The text when every unit is ASCII (then it is also valid UTF-8, one byte per
    /// unit); the answer is cached in the header, strings being immutable.
    pub fn as_ascii(&self) -> Option<&str> {
        let StrData::Latin1(b) = &self.data else { return None };
        let flags = self.hdr.flags;
        let ascii = if flags & FLAG_ASCII_KNOWN != 0 {
            flags & FLAG_ASCII != 0
        } else {
            let ascii = b.is_ascii();
            let hdr = &self.hdr as *const gc::Header as *mut gc::Header;
            unsafe { (*hdr).flags |= FLAG_ASCII_KNOWN | if ascii { FLAG_ASCII } else { 0 } };
            ascii
        };
        ascii.then(|| unsafe { std::str::from_utf8_unchecked(b) })
    }
    pub fn is_interned(&self) -> bool {
        self.hdr.flags & FLAG_INTERNED != 0
    }
}

/// Allocates a string from UTF-16 code units.
pub fn from_units(units: &[u16]) -> Value {
    let data = if units.iter().all(|&u| u < 256) {
        StrData::Latin1(units.iter().map(|&u| u as u8).collect())
    } else {
        StrData::Utf16(units.into())
    };
    alloc(data)
}

fn alloc(data: StrData) -> Value {
    let bytes = match &data {
        StrData::Latin1(b) => b.len(),
        StrData::Utf16(u) => u.len() * 2,
    };
    gc::note_external(bytes);
    let p = gc::alloc_cell(std::mem::size_of::<JsString>(), KIND_STRING) as *mut JsString;
    unsafe { std::ptr::addr_of_mut!((*p).data).write(data) };
    Value::string(p)
}

/// The substring of units `start..end` of a string value.
pub fn substring(v: Value, start: usize, end: usize) -> Value {
    let sv = str_of(v);
    if start == 0 && end == sv.len() {
        return v;
    }
    match &sv.data {
        StrData::Latin1(b) => alloc(StrData::Latin1(b[start..end].into())),
        StrData::Utf16(u) => from_units(&u[start..end]),
    }
}

/// Allocates a string from Rust text.
pub fn from_str(s: &str) -> Value {
    if s.bytes().all(|b| b < 128) {
        alloc(StrData::Latin1(s.as_bytes().into()))
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
    match (&sa.data, &sb.data) {
        (StrData::Latin1(x), StrData::Latin1(y)) => {
            let mut v = Vec::with_capacity(x.len() + y.len());
            v.extend_from_slice(x);
            v.extend_from_slice(y);
            alloc(StrData::Latin1(v.into()))
        }
        _ => {
            let mut v = sa.units();
            v.extend(sb.units());
            alloc(StrData::Utf16(v.into()))
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
    match (&sa.data, &sb.data) {
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
