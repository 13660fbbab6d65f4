//! The realm: the intrinsic objects (prototypes, constructors, well-known symbols), the
//! global object, and the atoms the runtime uses often. Built once at start-up, in the
//! order written in [`init`]; every field is a GC root.

use crate::builtins;
use crate::gc;
use crate::object::{self, Class, JsObject};
use crate::string::intern;
use crate::symbol::new_symbol;
use crate::value::Value;

/// Frequently used interned strings.
#[repr(C)]
pub struct Atoms {
    pub length: Value,
    pub prototype: Value,
    pub constructor: Value,
    pub name: Value,
    pub message: Value,
    pub stack: Value,
    pub cause: Value,
    pub undefined: Value,
    pub null: Value,
    pub true_: Value,
    pub false_: Value,
    pub empty: Value,
    pub value: Value,
    pub get: Value,
    pub set: Value,
    pub writable: Value,
    pub enumerable: Value,
    pub configurable: Value,
    pub to_string: Value,
    pub next: Value,
    pub done: Value,
    pub return_: Value,
    pub last_index: Value,
    pub index: Value,
    pub input: Value,
    pub groups: Value,
    pub exec: Value,
}

/// Every field is a `Value`, so that the collector can mark the realm as a slice.
#[repr(C)]
pub struct Realm {
    pub global: Value,
    pub object_prototype: Value,
    pub function_prototype: Value,
    pub array_prototype: Value,
    pub string_prototype: Value,
    pub number_prototype: Value,
    pub boolean_prototype: Value,
    pub symbol_prototype: Value,
    pub error_prototypes: [Value; builtins::error::KINDS],
    pub error_constructors: [Value; builtins::error::KINDS],
    pub sym_iterator: Value,
    pub sym_to_primitive: Value,
    pub sym_has_instance: Value,
    pub sym_to_string_tag: Value,
    pub sym_unscopables: Value,
    pub sym_species: Value,
    pub sym_is_concat_spreadable: Value,
    pub sym_match: Value,
    pub sym_match_all: Value,
    pub sym_replace: Value,
    pub sym_search: Value,
    pub sym_split: Value,
    pub sym_async_iterator: Value,
    /// Symbol.for's registry: a null-prototype object from key string to symbol.
    pub symbol_registry: Value,
    pub function_proto_has_instance: Value,
    pub array_ctor: Value,
    pub array_species_getter: Value,
    pub object_ctor: Value,
    pub iterator_prototype: Value,
    pub array_iterator_prototype: Value,
    pub string_iterator_prototype: Value,
    /// `Array.prototype.values` (also `[Symbol.iterator]` of arrays and arguments).
    pub array_values: Value,
    /// The built-in `next` methods, which iteration steps recognize and inline.
    pub array_iterator_next: Value,
    pub string_iterator_next: Value,
    pub generator_prototype: Value,
    pub generator_function_prototype: Value,
    /// %GeneratorPrototype%.next, which iteration steps recognize and inline.
    pub generator_next: Value,
    /// %ThrowTypeError%: the poisoned `caller`/`callee`/`arguments` accessors.
    pub throw_type_error: Value,
    pub iterator_ctor: Value,
    pub iterator_helper_prototype: Value,
    pub wrap_for_valid_iterator_prototype: Value,
    pub map_prototype: Value,
    pub set_prototype: Value,
    pub map_iterator_prototype: Value,
    pub set_iterator_prototype: Value,
    /// The built-in `next` of Map and Set iterators (inlined by iteration steps).
    pub map_iterator_next: Value,
    pub set_iterator_next: Value,
    pub regexp_prototype: Value,
    pub regexp_ctor: Value,
    pub function_ctor: Value,
    /// The built-in RegExp.prototype.exec (RegExpExec recognizes it).
    pub regexp_exec: Value,
    pub regexp_string_iterator_prototype: Value,
    /// The Latin-1 string whose widened copy the matcher caches (see `regexp::find`).
    pub regexp_widened: Value,
    /// Source texts `Function` can make and what they make: an array of (text, factory
    /// or SyntaxError message) pairs (see `builtins::function::register_dynamic`).
    pub dynamic_functions: Value,
    pub atoms: Atoms,
}

static mut REALM: *mut Realm = std::ptr::null_mut();

#[inline]
pub fn realm() -> &'static mut Realm {
    unsafe { &mut *REALM }
}

/// The global object, for compiled code's global reads (`dxrt_abi::GLOBAL_OBJECT_SYMBOL`).
#[unsafe(no_mangle)]
pub static mut dxrt_global_object: u64 = 0;

/// The built-ins compiled code recognizes at call sites (`dxrt_abi::builtin`). Rooted:
/// an address in it must never be reused by another object.
#[unsafe(no_mangle)]
pub static mut dxrt_builtins: [u64; dxrt_abi::builtin::COUNT] = [0; dxrt_abi::builtin::COUNT];

pub(crate) fn mark_realm() {
    unsafe {
        for v in *std::ptr::addr_of!(dxrt_builtins) {
            gc::mark_value(Value(v));
        }
        if REALM.is_null() {
            return;
        }
        let n = std::mem::size_of::<Realm>() / 8;
        let vals = std::slice::from_raw_parts(REALM as *const Value, n);
        for &v in vals {
            gc::mark_value(v);
        }
    }
}

pub fn init() {
    let u = Value::UNDEFINED;
    let r = Box::new(Realm {
        global: u,
        object_prototype: u,
        function_prototype: u,
        array_prototype: u,
        string_prototype: u,
        number_prototype: u,
        boolean_prototype: u,
        symbol_prototype: u,
        error_prototypes: [u; builtins::error::KINDS],
        error_constructors: [u; builtins::error::KINDS],
        sym_iterator: u,
        sym_to_primitive: u,
        sym_has_instance: u,
        sym_to_string_tag: u,
        sym_unscopables: u,
        sym_species: u,
        sym_is_concat_spreadable: u,
        sym_match: u,
        sym_match_all: u,
        sym_replace: u,
        sym_search: u,
        sym_split: u,
        sym_async_iterator: u,
        symbol_registry: u,
        function_proto_has_instance: u,
        array_ctor: u,
        array_species_getter: u,
        object_ctor: u,
        iterator_prototype: u,
        array_iterator_prototype: u,
        string_iterator_prototype: u,
        array_values: u,
        array_iterator_next: u,
        string_iterator_next: u,
        generator_prototype: u,
        generator_function_prototype: u,
        generator_next: u,
        throw_type_error: u,
        iterator_ctor: u,
        iterator_helper_prototype: u,
        wrap_for_valid_iterator_prototype: u,
        map_prototype: u,
        set_prototype: u,
        map_iterator_prototype: u,
        set_iterator_prototype: u,
        map_iterator_next: u,
        set_iterator_next: u,
        regexp_prototype: u,
        regexp_ctor: u,
        function_ctor: u,
        regexp_exec: u,
        regexp_string_iterator_prototype: u,
        regexp_widened: u,
        dynamic_functions: u,
        atoms: Atoms {
            length: intern("length"),
            prototype: intern("prototype"),
            constructor: intern("constructor"),
            name: intern("name"),
            message: intern("message"),
            stack: intern("stack"),
            cause: intern("cause"),
            undefined: intern("undefined"),
            null: intern("null"),
            true_: intern("true"),
            false_: intern("false"),
            empty: intern(""),
            value: intern("value"),
            get: intern("get"),
            set: intern("set"),
            writable: intern("writable"),
            enumerable: intern("enumerable"),
            configurable: intern("configurable"),
            to_string: intern("toString"),
            next: intern("next"),
            done: intern("done"),
            return_: intern("return"),
            last_index: intern("lastIndex"),
            index: intern("index"),
            input: intern("input"),
            groups: intern("groups"),
            exec: intern("exec"),
        },
    });
    unsafe { REALM = Box::into_raw(r) };
    let r = realm();
    let size = std::mem::size_of::<JsObject>();
    r.object_prototype = object::new_object_with(Class::Object, Value::NULL, size);
    r.function_prototype = builtins::function::make_function_prototype();
    r.array_prototype = object::new_object_with(Class::Array, r.object_prototype, size);
    r.string_prototype = object::new_object_with(Class::String, r.object_prototype, size);
    object::obj(r.string_prototype).internal = r.atoms.empty;
    r.number_prototype = object::new_object_with(Class::Number, r.object_prototype, size);
    object::obj(r.number_prototype).internal = Value::number(0.0);
    r.boolean_prototype = object::new_object_with(Class::Boolean, r.object_prototype, size);
    object::obj(r.boolean_prototype).internal = Value::FALSE;
    r.symbol_prototype = object::new_object_with(Class::Object, r.object_prototype, size);
    r.global = object::new_object_with(Class::Object, r.object_prototype, size);
    unsafe { dxrt_global_object = r.global.0 };
    r.sym_iterator = new_symbol(intern("Symbol.iterator"));
    r.sym_to_primitive = new_symbol(intern("Symbol.toPrimitive"));
    r.sym_has_instance = new_symbol(intern("Symbol.hasInstance"));
    r.sym_to_string_tag = new_symbol(intern("Symbol.toStringTag"));
    r.sym_unscopables = new_symbol(intern("Symbol.unscopables"));
    r.sym_species = new_symbol(intern("Symbol.species"));
    r.sym_is_concat_spreadable = new_symbol(intern("Symbol.isConcatSpreadable"));
    r.sym_match = new_symbol(intern("Symbol.match"));
    r.sym_match_all = new_symbol(intern("Symbol.matchAll"));
    r.sym_replace = new_symbol(intern("Symbol.replace"));
    r.sym_search = new_symbol(intern("Symbol.search"));
    r.sym_split = new_symbol(intern("Symbol.split"));
    r.sym_async_iterator = new_symbol(intern("Symbol.asyncIterator"));

    builtins::init_all();
}
