//! The contract between code that dxc generates and the runtime library `dxrt`.
//!
//! Everything inline code relies on lives here, once: the NaN-boxing bit layout, the
//! layout offsets of heap objects that compiled code reads directly, and the table of
//! runtime functions ([`for_each_runtime_fn!`]) that the compiler declares as imports
//! and the runtime defines as `extern "C"` functions.
//!
//! Rules for every runtime function in the table:
//! - parameters and results are raw scalars only: `value` (a NaN-boxed `u64`), `ptr`
//!   (a machine address), `i32` and `f64`;
//! - a function that can throw returns a `value`; on a throw it stores the thrown value
//!   in the runtime's pending-exception slot and returns [`EXCEPTION`], which compiled
//!   code checks after the call (no unwinding ever crosses the boundary);
//! - entries are added only to the table; both sides are generated from it.

#![no_std]

/// # Value encoding (64-bit NaN-boxing)
///
/// | bits 63..48        | bits 47..0        | meaning                                    |
/// |--------------------|-------------------|--------------------------------------------|
/// | `< 0xFFF9`         | (rest of double)  | an IEEE-754 double, including ±0, ±Inf, NaN |
/// | `0xFFF9`           | small payload     | misc immediates: undefined, null, booleans, hole, exception |
/// | `0xFFFA`           | 48-bit address    | object (plain, array, function, error ...)  |
/// | `0xFFFB`           | 48-bit address    | string                                     |
/// | `0xFFFC`           | 48-bit address    | symbol                                     |
/// | `0xFFFD`           | 48-bit address    | bigint (reserved)                          |
///
/// Hardware arithmetic produces only the NaNs `0x7FF8…` and `0xFFF8…`, both below the
/// tagged range, so a double never needs canonicalizing after arithmetic; doubles read
/// from outside (typed arrays, parsing) are canonicalized on entry.
pub const TAG_SHIFT: u32 = 48;
pub const TAG_MISC: u64 = 0xFFF9;
pub const TAG_OBJECT: u64 = 0xFFFA;
pub const TAG_STRING: u64 = 0xFFFB;
pub const TAG_SYMBOL: u64 = 0xFFFC;
pub const TAG_BIGINT: u64 = 0xFFFD;
/// Any value whose bits are below this is a double.
pub const FIRST_TAGGED: u64 = TAG_MISC << TAG_SHIFT;
pub const PAYLOAD_MASK: u64 = (1 << TAG_SHIFT) - 1;

pub const UNDEFINED: u64 = FIRST_TAGGED;
pub const NULL: u64 = FIRST_TAGGED | 1;
pub const FALSE: u64 = FIRST_TAGGED | 2;
pub const TRUE: u64 = FIRST_TAGGED | 3;
/// An array hole, and the "not yet initialized" marker of let/const/class bindings (TDZ).
pub const HOLE: u64 = FIRST_TAGGED | 4;
/// Returned by a runtime or compiled function that threw; the thrown value is pending.
pub const EXCEPTION: u64 = FIRST_TAGGED | 5;

const _: () = assert!(f64::NAN.to_bits() < FIRST_TAGGED);
const _: () = assert!((-f64::NAN).to_bits() < FIRST_TAGGED);
const _: () = assert!(f64::NEG_INFINITY.to_bits() < FIRST_TAGGED);

/// Layout of an environment record (a heap cell holding captured variables).
pub mod env {
    /// Offset of the parent environment pointer.
    pub const PARENT: i32 = 8;
    /// Offset of the first slot; slot `i` is at `SLOTS + 8 * i`.
    pub const SLOTS: i32 = 24;
}

/// Layout of an object (`JsObject`) that compiled code reads directly: the inline
/// caches of property reads and writes, and dense element access.
pub mod object {
    /// Offset of the header's object class (u8), and the class of functions.
    pub const CLASS: i32 = 1;
    pub const CLASS_FUNCTION: u8 = 2;
    /// The class of arrays, whose `length` is their dense elements' count unless they
    /// are sparse (the pointer at `SPARSE` is not null).
    pub const CLASS_ARRAY: u8 = 1;
    pub const SPARSE: i32 = 80;
    /// Offset of the header's flags (u16).
    pub const FLAGS: i32 = 2;
    /// Header flag: elements are read-only (`Object.freeze`).
    pub const FROZEN_ELEMENTS: u16 = 2;
    /// Offset of the shape pointer.
    pub const SHAPE: i32 = 8;
    /// Offset of the named-property slots (a `Vec` of values; see [`super::vec_layout`]).
    pub const SLOTS: i32 = 16;
    /// Offset of the dense elements (a `Vec` of values; holes are HOLE).
    pub const ELEMENTS: i32 = 40;
    /// Offset of the prototype (a value).
    pub const PROTO: i32 = 64;
    /// Offset of a shape's edit counter (see `PropertyCache::epoch`).
    pub const SHAPE_EPOCH: i32 = 0;
}

/// Built-in functions that compiled code computes inline when a call's callee is one of
/// them (it compares the callee with the runtime's table [`BUILTINS_SYMBOL`]): `Math.x`
/// for each (name, argument count) of [`builtin::MATH`], at its index.
pub mod builtin {
    pub const MATH: [(&str, usize); 7] = [("sqrt", 1), ("abs", 1), ("floor", 1), ("ceil", 1), ("trunc", 1), ("min", 2), ("max", 2)];
    pub const COUNT: usize = MATH.len();
}
pub const BUILTINS_SYMBOL: &str = "dxrt_builtins";

/// The global object (a value), which compiled code's global reads use.
pub const GLOBAL_OBJECT_SYMBOL: &str = "dxrt_global_object";

/// An inline cache of one property access site, in writable data that compiled code
/// reads and the runtime fills (`dxrt_get_named_ic`, `dxrt_set_named_ic`): objects of
/// shape `shape` have the property at slot `index`, their own (`holder` 0) or of their
/// prototype `holder` (a value) while that prototype has shape `holder_shape`. Reads of
/// the global object, whose shape may be a dictionary edited in place, also check that
/// the shape's edit counter is still `epoch`.
///
/// A site that sees objects of several shapes (a method called on instances of
/// several classes) also keeps the previous records in `others`: compiled code checks
/// the first record inline, and its shared read stub the others, before the runtime
/// does a full lookup.
#[repr(C)]
pub struct PropertyCache {
    pub shape: usize,
    pub index: usize,
    pub holder: u64,
    pub holder_shape: usize,
    pub epoch: u64,
    pub others: [CacheRecord; 3],
}

/// Where compiled code expects the instances of a class to keep their fields (see the
/// compiler's `class_fields`): key `keys[i]` (a string constant's index) at slot `i`, as
/// an own writable data property. `shape` is the last shape the runtime verified to have
/// that layout (`dxrt_class_layout_check`); compiled code reads and writes such an
/// object's fields at their slots directly. `rejected` is the last shape it found not
/// to have it, which compiled code sends to the ordinary path without asking again.
/// The keys follow the header in the data.
#[repr(C)]
pub struct ClassLayout {
    pub shape: usize,
    pub rejected: usize,
    pub count: usize,
}

/// An earlier record of a polymorphic `PropertyCache` (shape 0: none).
#[derive(Clone, Copy, Default)]
#[repr(C)]
pub struct CacheRecord {
    pub shape: usize,
    pub index: usize,
    pub holder: u64,
    pub holder_shape: usize,
}
pub const PROPERTY_CACHE_SIZE: usize = core::mem::size_of::<PropertyCache>();
// A `PropertyCache` begins like a `CacheRecord` (compiled code reads both the same way).
const _: () = {
    use core::mem::offset_of;
    assert!(offset_of!(PropertyCache, shape) == offset_of!(CacheRecord, shape));
    assert!(offset_of!(PropertyCache, index) == offset_of!(CacheRecord, index));
    assert!(offset_of!(PropertyCache, holder) == offset_of!(CacheRecord, holder));
    assert!(offset_of!(PropertyCache, holder_shape) == offset_of!(CacheRecord, holder_shape));
};

/// Where a `Vec`'s data pointer and length are, as byte offsets in the `Vec`. Rust does
/// not fix a `Vec`'s field order, so the compiler asks its own `Vec` (and records the
/// answer in `ProgramInfo`, which the runtime checks against its `Vec<Value>` at
/// start-up).
pub fn vec_layout() -> (u32, u32) {
    vec_layout_of(0u64)
}

/// [`vec_layout`] of a `Vec<T>` (with `item` in it).
pub fn vec_layout_of<T>(item: T) -> (u32, u32) {
    extern crate alloc;
    let mut v: alloc::vec::Vec<T> = alloc::vec::Vec::with_capacity(5);
    v.push(item);
    assert!(core::mem::size_of::<alloc::vec::Vec<T>>() == 3 * 8);
    let words: [usize; 3] = unsafe { core::mem::transmute_copy(&v) };
    let ptr = v.as_ptr() as usize;
    let at = |x: usize| words.iter().position(|&w| w == x).expect("a Vec holds its pointer and length") as u32 * 8;
    (at(ptr), at(1))
}

/// Layout of a function object that compiled code reads directly.
pub mod function {
    /// Offset of the environment pointer captured at closure creation.
    pub const ENV: i32 = 88;
    /// Offset of the `FunctionInfo` pointer.
    pub const INFO: i32 = 96;
    /// Offset of the home value (an arrow function's lexical `this`).
    pub const HOME: i32 = 104;
}

/// Static description of one compiled function, emitted by the compiler into
/// read-only data and referenced by closures. `#[repr(C)]`: the compiler writes it
/// field by field at these offsets.
#[repr(C)]
pub struct FunctionInfo {
    /// Generic entry: `fn(callee, this, argv, argc, new_target) -> value`.
    pub entry: usize,
    /// Index of the function's name in the program string table.
    pub name: u32,
    /// The function's `length`.
    pub length: u32,
    /// `FN_*` flags.
    pub flags: u32,
    /// The function's source text, as byte offsets in the program source
    /// (Function.prototype.toString).
    pub source_pos: u32,
    pub source_end: u32,
    /// Fast entry `fn(env, this, p0, .., pn-1) -> value` of a compiled function that
    /// has one (0 otherwise): compiled code calls it directly when a call passes
    /// exactly `fast_params` arguments.
    pub fast_entry: usize,
    pub fast_params: u32,
}
/// Offsets of `FunctionInfo::fast_entry` and `fast_params`.
pub const INFO_FAST_ENTRY: i32 = core::mem::offset_of!(FunctionInfo, fast_entry) as i32;
pub const INFO_FAST_PARAMS: i32 = core::mem::offset_of!(FunctionInfo, fast_params) as i32;
pub const FUNCTION_INFO_SIZE: usize = core::mem::size_of::<FunctionInfo>();
pub const FN_CONSTRUCTOR: u32 = 1;
pub const FN_STRICT: u32 = 2;
pub const FN_ARROW: u32 = 4;
pub const FN_METHOD: u32 = 8;
/// A built-in written in Rust: `entry` is a `dxrt` native function, not compiled code.
pub const FN_NATIVE: u32 = 16;
/// The function references `this` and is sloppy: undefined `this` becomes the global.
pub const FN_USES_THIS: u32 = 32;
/// A class constructor: calling it without `new` throws.
pub const FN_CLASS_CONSTRUCTOR: u32 = 64;
/// The constructor of a class with `extends`: `this` starts uninitialized (the hole)
/// and is created by `super()`.
pub const FN_DERIVED: u32 = 128;
/// A generator function: calling it creates a generator; not a constructor.
pub const FN_GENERATOR: u32 = 256;

/// The generator object layout and states, shared with compiled generator functions,
/// which suspend by saving their live variables in the frame and storing the state.
pub mod generator {
    /// Offset of the state word: a resume point (1 is "not started"), or one below.
    pub const STATE: i32 = 96;
    /// Offset of the pointer to the frame (the saved variables).
    pub const FRAME: i32 = 104;
    pub const EXECUTING: u64 = 0;
    pub const START: u64 = 1;
    pub const COMPLETED: u64 = 0xFFFF_FFFF;
    /// Set with a resume point: the value the function returned is already an iterator
    /// result (a `yield*` passing on its inner iterator's results).
    pub const RAW: u64 = 1 << 32;
}

/// One string constant of the program: UTF-16 code units.
#[repr(C)]
pub struct StringConst {
    pub units: *const u16,
    pub len: u32,
    pub _pad: u32,
}

/// One range of machine code mapped to a source position, for stack traces.
#[repr(C)]
pub struct CodeRange {
    /// Address of the first byte of the function.
    pub func_start: usize,
    /// Offsets within the function: `[start, end)`.
    pub start: u32,
    pub end: u32,
    /// Byte offset in the source, or (with [`INLINED`]) an index into the program's
    /// [`InlineFrame`]s.
    pub source_pos: u32,
    /// Index of the function's name in the string table.
    pub name: u32,
}

/// Marks a code range's source position as code inlined from another function: the
/// other bits index `ProgramInfo::inline_frames`.
pub const INLINED: u32 = 1 << 31;

/// A frame of inlined code: the inlined function `name` at source position `pos`,
/// called from position `outer` of its caller (itself inlined when it has [`INLINED`]).
#[repr(C)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct InlineFrame {
    pub pos: u32,
    pub name: u32,
    pub outer: u32,
}

/// Everything the runtime needs to know about the compiled program; the compiler
/// defines one `static` of this type named [`PROGRAM_INFO_SYMBOL`].
#[repr(C)]
pub struct ProgramInfo {
    pub strings: *const StringConst,
    pub string_count: u32,
    pub code_range_count: u32,
    /// Filled by the runtime at start-up with the interned string values.
    pub string_values: *mut u64,
    pub code_ranges: *const CodeRange,
    /// The source texts (UTF-8) of the program's files, one after the other (each
    /// starting on a new line), for code frames and line numbers.
    pub source: *const u8,
    pub source_len: usize,
    /// Absolute paths of the files (UTF-8), each ended by a NUL byte, in order.
    pub file_name: *const u8,
    pub file_name_len: usize,
    /// The byte offset in `source` where each file starts (`file_count` of them).
    pub file_starts: *const u32,
    pub file_count: usize,
    /// The program's top-level code: `fn() -> value`.
    pub main: usize,
    /// Static cells of captured top-level variables: set to undefined and rooted by
    /// the runtime at start-up.
    pub statics: *mut u64,
    pub static_count: usize,
    /// The `Vec` layout compiled code assumes ([`vec_layout`]); the runtime refuses to
    /// run with another.
    pub vec_ptr_offset: u32,
    pub vec_len_offset: u32,
    /// Frames of inlined code (see [`INLINED`]).
    pub inline_frames: *const InlineFrame,
    pub inline_frame_count: usize,
    /// One cell per site where compiled code checks that a callee is a closure of the
    /// function it expects: the last callee found to be one, which the site then
    /// recognizes by one compare. The runtime sets them to [`NO_CALLEE`] at start-up
    /// and at every collection (a cell does not keep its function alive, and a dead
    /// function's address may be reused by another object).
    pub callee_cells: *mut u64,
    pub callee_cell_count: usize,
}

/// An empty callee cell: an object tag with a null address, which no value has.
pub const NO_CALLEE: u64 = TAG_OBJECT << TAG_SHIFT;

pub const PROGRAM_INFO_SYMBOL: &str = "dxc_program_info";
/// Global holding the lowest usable stack address; compiled functions compare the stack
/// pointer against it at entry and throw a RangeError below it.
pub const STACK_LIMIT_SYMBOL: &str = "dxrt_stack_limit";
/// Global counting the runtime's calls of functions (compiled or built-in): compiled
/// code that must know whether a runtime call ran any (a getter, say) compares it
/// before and after.
pub const CALL_COUNT_SYMBOL: &str = "dxrt_call_count";

/// Operators of the generic arithmetic slow path `dxrt_arith`.
pub mod arith {
    pub const ADD: i32 = 0;
    pub const SUB: i32 = 1;
    pub const MUL: i32 = 2;
    pub const DIV: i32 = 3;
    pub const MOD: i32 = 4;
    pub const POW: i32 = 5;
    pub const SHL: i32 = 6;
    pub const SAR: i32 = 7;
    pub const SHR: i32 = 8;
    pub const AND: i32 = 9;
    pub const OR: i32 = 10;
    pub const XOR: i32 = 11;
    pub const LT: i32 = 12;
    pub const LE: i32 = 13;
    pub const GT: i32 = 14;
    pub const GE: i32 = 15;
    pub const LOOSE_EQ: i32 = 16;
    pub const LOOSE_NE: i32 = 17;
    pub const INSTANCEOF: i32 = 18;
    pub const IN: i32 = 19;
}

/// Operators of the unary slow path `dxrt_unary`.
pub mod unary {
    pub const NEG: i32 = 0;
    pub const PLUS: i32 = 1;
    pub const BITNOT: i32 = 2;
    pub const TYPEOF: i32 = 3;
    /// ToNumeric, for `++`/`--`.
    pub const TO_NUMERIC: i32 = 4;
    /// ToString, for template literals.
    pub const TO_STRING: i32 = 5;
    /// ToPropertyKey, for computed keys evaluated once.
    pub const TO_PROPERTY_KEY: i32 = 6;
}

/// The table of runtime functions compiled code may call. Calls
/// `$m! { name(param: kind, ...) -> kind; ... }` with the whole table.
#[macro_export]
macro_rules! for_each_runtime_fn {
    ($m:ident) => {
        $m! {
            // Operators (slow paths of the inline fast paths).
            dxrt_arith(op: i32, a: value, b: value) -> value;
            dxrt_unary(op: i32, a: value) -> value;
            dxrt_strict_eq(a: value, b: value) -> i32;
            dxrt_to_boolean(a: value) -> i32;
            // `%` of two numbers that are not small non-negative integers.
            dxrt_fmod(a: f64, b: f64) -> f64;
            // Properties.
            // Named reads and writes (the slow paths of inline caches: they fill the cache).
            dxrt_get_named_ic(obj: value, key: value, cache: ptr) -> value;
            dxrt_set_named_ic(obj: value, key: value, val: value, strict: i32, cache: ptr) -> value;
            // Fills a global read's cache, if the global is a data property (reading
            // nothing, running nothing): 1 if it did.
            dxrt_fill_global_ic(key: value, cache: ptr) -> i32;
            // Whether an object has the layout compiled code foresaw for a class's instances.
            dxrt_class_layout_check(obj: value, layout: ptr) -> i32;
            dxrt_get_elem(obj: value, key: value) -> value;
            dxrt_set_elem(obj: value, key: value, val: value, strict: i32) -> value;
            dxrt_delete(obj: value, key: value, strict: i32) -> value;
            dxrt_define_field(obj: value, key: value, val: value) -> value;
            dxrt_define_accessor(obj: value, key: value, getter: value, setter: value) -> value;
            dxrt_set_proto_literal(obj: value, proto: value) -> value;
            dxrt_module_namespace(obj: value) -> value;
            dxrt_new_object() -> value;
            dxrt_new_array(elems: ptr, count: i32) -> value;
            dxrt_object_literal(pairs: ptr, count: i32, cache: ptr) -> value;
            // Global object bindings.
            dxrt_get_global_ic(key: value, cache: ptr) -> value;
            dxrt_typeof_global(key: value) -> value;
            dxrt_set_global(key: value, val: value, strict: i32) -> value;
            dxrt_declare_global(key: value, val: value) -> value;
            // Functions and calls.
            dxrt_make_closure(info: ptr, env: ptr, home: value) -> value;
            dxrt_call(callee: value, this: value, argv: ptr, argc: i32, site: i32) -> value;
            dxrt_construct(callee: value, argv: ptr, argc: i32, site: i32) -> value;
            dxrt_construct_this(callee: value, new_target: value) -> value;
            dxrt_create_arguments(argv: ptr, argc: i32, callee: value, strict: i32, mapped: i32) -> value;
            dxrt_arg_param_get(args: value, index: i32) -> value;
            dxrt_arg_param_set(args: value, index: i32, v: value) -> value;
            dxrt_rest_array(argv: ptr, argc: i32, start: i32) -> value;
            dxrt_sloppy_this(this: value) -> value;
            dxrt_new_env(parent: ptr, slots: i32) -> ptr;
            // Exceptions.
            dxrt_throw(v: value) -> value;
            dxrt_rethrow(v: value) -> value;
            dxrt_take_exception() -> value;
            dxrt_throw_error(kind: i32, msg: value) -> value;
            dxrt_stack_overflow() -> value;
            // for-in.
            dxrt_for_in_keys(obj: value) -> value;
            dxrt_for_in_next(iter: value) -> value;
            // Strings.
            dxrt_concat(a: value, b: value) -> value;
            dxrt_template_object(cooked: value, raw: value) -> value;
            dxrt_regexp_literal(cell: ptr, pattern: value, flags: value) -> value;
            dxrt_register_dynamic_function(text: value, result: value) -> value;
            // with statements.
            dxrt_with_object(v: value) -> value;
            dxrt_with_has(obj: value, key: value) -> value;
            // Iteration (for-of, spread, destructuring).
            dxrt_get_iterator(obj: value) -> value;
            dxrt_iterator_step(iter: value, next: value) -> value;
            dxrt_iterator_close(iter: value, throwing: i32) -> value;
            dxrt_iterator_rest(iter: value, next: value) -> value;
            dxrt_spread_into(arr: value, iterable: value) -> value;
            dxrt_array_push(arr: value, v: value) -> value;
            dxrt_call_spread(callee: value, this: value, args: value, site: i32) -> value;
            dxrt_construct_spread(callee: value, args: value, site: i32) -> value;
            // Object rest and spread: own enumerable properties of `source` not in `excluded`.
            dxrt_copy_data_properties(target: value, source: value, excluded: value) -> value;
            // Classes.
            dxrt_make_class(ctor: value, superclass: value) -> value;
            dxrt_define_method(obj: value, key: value, f: value, kind: i32) -> value;
            dxrt_set_class_fields(ctor: value, fields: value) -> value;
            dxrt_init_fields(obj: value, fields: value) -> value;
            dxrt_init_instance(obj: value, ctor: value) -> value;
            dxrt_super_call(callee: value, new_target: value, args: value) -> value;
            dxrt_super_base(home: value) -> value;
            dxrt_get_super(base: value, key: value, this: value) -> value;
            dxrt_set_super(base: value, key: value, v: value, this: value, strict: i32) -> value;
            dxrt_derived_result(v: value, this: value) -> value;
            dxrt_new_private_name(description: value) -> value;
            dxrt_private_get(obj: value, name: value) -> value;
            dxrt_private_set(obj: value, name: value, v: value) -> value;
            dxrt_private_in(name: value, obj: value) -> value;
            // Generators.
            dxrt_create_generator(callee: value, frame_size: i32) -> value;
            dxrt_yield_star_step(iter: value, mode: value, received: value) -> value;
        }
    };
}

/// Error kinds for `dxrt_throw_error`.
pub mod error_kind {
    pub const TYPE: i32 = 0;
    pub const REFERENCE: i32 = 1;
    pub const RANGE: i32 = 2;
    pub const SYNTAX: i32 = 3;
    /// ReferenceError "Cannot access 'x' before initialization" with `msg` the name.
    pub const TDZ: i32 = 4;
    /// TypeError "Assignment to constant variable." (`msg` ignored).
    pub const CONST_ASSIGN: i32 = 5;
    pub const EVAL: i32 = 6;
}

macro_rules! names_of {
    ($($name:ident($($p:ident: $k:ident),*) -> $r:ident;)*) => {
        /// The name of every runtime function in the table (the symbols a separately
        /// linked program needs the runtime to export).
        pub const RUNTIME_FN_NAMES: &[&str] = &[$(stringify!($name)),*];
    };
}
for_each_runtime_fn!(names_of);
