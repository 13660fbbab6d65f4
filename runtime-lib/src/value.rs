//! `Value`: the 64-bit NaN-boxed JS value, and its constructors and predicates.
//!
//! The bit layout is defined (and drawn as a table) in `dxrt_abi`; this module only
//! gives it a typed face. A `Value` is `Copy` and holds no Rust ownership: heap cells are
//! kept alive by the garbage collector, which finds values on the native stack
//! conservatively and in heap cells precisely (see `gc`).

use dxrt_abi as abi;

use crate::object::JsObject;
use crate::string::JsString;
use crate::symbol::JsSymbol;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(pub u64);

impl Value {
    pub const UNDEFINED: Value = Value(abi::UNDEFINED);
    pub const NULL: Value = Value(abi::NULL);
    pub const TRUE: Value = Value(abi::TRUE);
    pub const FALSE: Value = Value(abi::FALSE);
    pub const HOLE: Value = Value(abi::HOLE);
    pub const EXCEPTION: Value = Value(abi::EXCEPTION);

    #[inline]
    pub fn number(n: f64) -> Value {
        // Canonicalize foreign NaNs so that no double lands in the tagged range.
        if n.is_nan() { Value(f64::NAN.to_bits()) } else { Value(n.to_bits()) }
    }
    #[inline]
    pub fn bool(b: bool) -> Value {
        if b { Value::TRUE } else { Value::FALSE }
    }
    #[inline]
    fn tagged(tag: u64, p: usize) -> Value {
        Value((tag << abi::TAG_SHIFT) | (p as u64 & abi::PAYLOAD_MASK))
    }
    #[inline]
    pub fn object(p: *mut JsObject) -> Value {
        Value::tagged(abi::TAG_OBJECT, p as usize)
    }
    #[inline]
    pub fn string(p: *mut JsString) -> Value {
        Value::tagged(abi::TAG_STRING, p as usize)
    }
    #[inline]
    pub fn symbol(p: *mut JsSymbol) -> Value {
        Value::tagged(abi::TAG_SYMBOL, p as usize)
    }

    #[inline]
    pub fn tag(self) -> u64 {
        self.0 >> abi::TAG_SHIFT
    }
    #[inline]
    pub fn is_number(self) -> bool {
        self.0 < abi::FIRST_TAGGED
    }
    #[inline]
    pub fn as_number(self) -> f64 {
        f64::from_bits(self.0)
    }
    #[inline]
    pub fn is_object(self) -> bool {
        self.tag() == abi::TAG_OBJECT
    }
    #[inline]
    pub fn is_string(self) -> bool {
        self.tag() == abi::TAG_STRING
    }
    #[inline]
    pub fn is_symbol(self) -> bool {
        self.tag() == abi::TAG_SYMBOL
    }
    #[inline]
    pub fn is_undefined(self) -> bool {
        self == Value::UNDEFINED
    }
    #[inline]
    pub fn is_null(self) -> bool {
        self == Value::NULL
    }
    #[inline]
    pub fn is_nullish(self) -> bool {
        self == Value::UNDEFINED || self == Value::NULL
    }
    #[inline]
    pub fn is_bool(self) -> bool {
        self == Value::TRUE || self == Value::FALSE
    }
    #[inline]
    pub fn is_exception(self) -> bool {
        self == Value::EXCEPTION
    }
    #[inline]
    pub fn payload(self) -> usize {
        (self.0 & abi::PAYLOAD_MASK) as usize
    }
    #[inline]
    pub fn as_object(self) -> *mut JsObject {
        debug_assert!(self.is_object());
        self.payload() as *mut JsObject
    }
    #[inline]
    pub fn as_string(self) -> *mut JsString {
        debug_assert!(self.is_string());
        self.payload() as *mut JsString
    }
    #[inline]
    pub fn as_symbol(self) -> *mut JsSymbol {
        debug_assert!(self.is_symbol());
        self.payload() as *mut JsSymbol
    }
    /// The heap cell this value points to, if it is a heap value.
    #[inline]
    pub fn heap_ptr(self) -> Option<*mut u8> {
        match self.tag() {
            abi::TAG_OBJECT | abi::TAG_STRING | abi::TAG_SYMBOL | abi::TAG_BIGINT => {
                Some(self.payload() as *mut u8)
            }
            _ => None,
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_number() {
            write!(f, "{}", self.as_number())
        } else if self.is_string() {
            write!(f, "{:?}", unsafe { (*self.as_string()).to_rust_string() })
        } else {
            write!(f, "Value({:#x})", self.0)
        }
    }
}
