//! The `extern "C"` functions compiled code calls: one per entry of
//! `dxrt_abi::for_each_runtime_fn!`. Each converts raw scalars to typed values, calls
//! safe Rust, and converts a `JsResult` back to a value or the `EXCEPTION` sentinel.
//!
//! The table macro is expanded at the bottom into a `#[used]` static of typed function
//! pointers: a shim whose signature drifts from the table fails to compile, and
//! `--gc-sections` cannot drop any of them.

use dxrt_abi::{arith, error_kind, unary};

use crate::builtins::error::ErrorKind;
use crate::builtins::iterator;
use crate::class;
use crate::env::{Env, new_env};
use crate::exception::{self, JsResult, throw_error, to_abi};
use crate::interop;
use crate::object::{self, Class, Key, obj};
use crate::ops::{self, to_number};
use crate::program::program;
use crate::realm::realm;
use crate::string::{self, str_of};
use crate::value::Value;

fn num(n: f64) -> JsResult<Value> {
    Ok(Value::number(n))
}

fn arith_impl(op: i32, a: Value, b: Value) -> JsResult<Value> {
    use arith::*;
    match op {
        ADD => ops::add(a, b),
        SUB | MUL | DIV | MOD | POW => {
            let x = to_number(a)?;
            let y = to_number(b)?;
            num(match op {
                SUB => x - y,
                MUL => x * y,
                DIV => x / y,
                MOD => ops::js_rem(x, y),
                _ => ops::js_pow(x, y),
            })
        }
        SHL | SAR | SHR | AND | OR | XOR => {
            let x = to_number(a)?;
            let y = to_number(b)?;
            let (l, r) = (ops::to_int32(x), ops::to_uint32(y));
            num(match op {
                SHL => l.wrapping_shl(r & 31) as f64,
                SAR => (l >> (r & 31)) as f64,
                SHR => (ops::to_uint32(x) >> (r & 31)) as f64,
                AND => (l & ops::to_int32(y)) as f64,
                OR => (l | ops::to_int32(y)) as f64,
                _ => (l ^ ops::to_int32(y)) as f64,
            })
        }
        LT => Ok(Value::bool(ops::less_than(a, b, true)? == Some(true))),
        GT => Ok(Value::bool(ops::less_than(b, a, false)? == Some(true))),
        LE => Ok(Value::bool(ops::less_than(b, a, false)? == Some(false))),
        GE => Ok(Value::bool(ops::less_than(a, b, true)? == Some(false))),
        LOOSE_EQ => Ok(Value::bool(ops::loose_eq(a, b)?)),
        LOOSE_NE => Ok(Value::bool(!ops::loose_eq(a, b)?)),
        INSTANCEOF => Ok(Value::bool(ops::instance_of(a, b)?)),
        IN => Ok(Value::bool(ops::has_in(a, b)?)),
        _ => unreachable!("bad arith op {op}"),
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_arith(op: i32, a: u64, b: u64) -> u64 {
    to_abi(arith_impl(op, Value(a), Value(b)))
}

fn unary_impl(op: i32, a: Value) -> JsResult<Value> {
    match op {
        unary::NEG => num(-to_number(a)?),
        unary::PLUS | unary::TO_NUMERIC => num(to_number(a)?),
        unary::BITNOT => num(!ops::to_int32(to_number(a)?) as f64),
        unary::TYPEOF => Ok(string::intern(ops::typeof_str(a))),
        unary::TO_STRING => ops::to_string(a),
        unary::TO_PROPERTY_KEY => Ok(object::to_key(a)?.to_value()),
        _ => unreachable!("bad unary op {op}"),
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_unary(op: i32, a: u64) -> u64 {
    to_abi(unary_impl(op, Value(a)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_strict_eq(a: u64, b: u64) -> i32 {
    ops::strict_eq(Value(a), Value(b)) as i32
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_to_boolean(a: u64) -> i32 {
    ops::to_boolean(Value(a)) as i32
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_fmod(a: f64, b: f64) -> f64 {
    a % b
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_get_named_ic(o: u64, key: u64, cache: usize) -> u64 {
    let cache = unsafe { &mut *(cache as *mut dxrt_abi::PropertyCache) };
    let (o, key) = (Value(o), Key::from_atom(Value(key)));
    object::inline_cache::fill_get(o, key, cache);
    to_abi(object::get_value(o, key))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_class_layout_check(o: u64, layout: usize) -> i32 {
    object::inline_cache::check_layout(Value(o), unsafe { &mut *(layout as *mut dxrt_abi::ClassLayout) }) as i32
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_set_named_ic(o: u64, key: u64, v: u64, strict: i32, cache: usize) -> u64 {
    let (o, key) = (Value(o), Key::from_atom(Value(key)));
    let r = object::set_value(o, key, Value(v), strict != 0).map(|_| Value::UNDEFINED);
    // After the write: a new property is in the object's new shape.
    if r.is_ok() {
        object::inline_cache::fill_set(o, key, unsafe { &mut *(cache as *mut dxrt_abi::PropertyCache) });
    }
    to_abi(r)
}

fn get_elem(o: Value, k: Value) -> JsResult<Value> {
    if o.is_object() && k.is_number() {
        let ob = obj(o);
        let n = k.as_number();
        let i = n as usize;
        if i as f64 == n && i < ob.elements.len() {
            let v = ob.elements[i];
            if v != Value::HOLE {
                return Ok(v);
            }
        }
    }
    if o.is_nullish() {
        return nullish_base(o, k, "read properties of", "reading");
    }
    let key = object::to_key(k)?;
    object::get_value(o, key)
}

/// The TypeError of a property access on null or undefined. It comes before the key's
/// conversion, which only runs (for the message) when it cannot call user code.
fn nullish_base<T>(o: Value, k: Value, what: &str, doing: &str) -> JsResult<T> {
    let base = if o.is_undefined() { "undefined" } else { "null" };
    if k.is_object() {
        return exception::throw_type_error(&format!("Cannot {what} {base}"));
    }
    let key = ops::key_display(object::to_key(k)?);
    exception::throw_type_error(&format!("Cannot {what} {base} ({doing} '{key}')"))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_get_elem(o: u64, k: u64) -> u64 {
    to_abi(get_elem(Value(o), Value(k)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_set_elem(o: u64, k: u64, v: u64, strict: i32) -> u64 {
    let r = (|| {
        if Value(o).is_nullish() {
            return nullish_base(Value(o), Value(k), "set properties of", "setting");
        }
        let key = object::to_key(Value(k))?;
        object::set_value(Value(o), key, Value(v), strict != 0)?;
        Ok(Value::UNDEFINED)
    })();
    to_abi(r)
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_delete(o: u64, k: u64, strict: i32) -> u64 {
    let r = (|| {
        let o = Value(o);
        let key = object::to_key(Value(k))?;
        if !o.is_object() {
            if o.is_nullish() {
                return exception::throw_type_error("Cannot convert undefined or null to object");
            }
            return Ok(Value::TRUE);
        }
        let ok = object::delete(o, key);
        if !ok && strict != 0 {
            let k = ops::key_display(key);
            return exception::throw_type_error(&format!("Cannot delete property '{k}' of {}", crate::builtins::console::inspect_short(o)));
        }
        Ok(Value::bool(ok))
    })();
    to_abi(r)
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_define_field(o: u64, k: u64, v: u64) -> u64 {
    let r = (|| {
        let key = object::to_key(Value(k))?;
        object::define_data(Value(o), key, Value(v), object::shape::DEFAULT)?;
        Ok(Value::UNDEFINED)
    })();
    to_abi(r)
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_define_accessor(o: u64, k: u64, getter: u64, setter: u64) -> u64 {
    let r = (|| {
        let key = object::to_key(Value(k))?;
        let g = (getter != Value::UNDEFINED.0).then_some(Value(getter));
        let s = (setter != Value::UNDEFINED.0).then_some(Value(setter));
        object::define_accessor(Value(o), key, g, s, object::shape::ENUMERABLE | object::shape::CONFIGURABLE)?;
        Ok(Value::UNDEFINED)
    })();
    to_abi(r)
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_set_proto_literal(o: u64, proto: u64) -> u64 {
    let p = Value(proto);
    if p.is_object() || p.is_null() {
        obj(Value(o)).proto = p;
    }
    Value::UNDEFINED.0
}

/// Makes an object of export getters (null prototype) a module namespace: class
/// `ModuleNamespace`, `Symbol.toStringTag` "Module", sealed.
#[unsafe(no_mangle)]
pub extern "C" fn dxrt_module_namespace(o: u64) -> u64 {
    let ns = Value(o);
    obj(ns).hdr.class = object::Class::ModuleNamespace as u8;
    let tag = object::Key::from_atom(crate::realm::realm().sym_to_string_tag);
    let _ = object::define_data(ns, tag, crate::string::intern("Module"), 0);
    object::set_integrity(ns, false);
    o
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_new_object() -> u64 {
    object::new_plain_object().0
}

/// An object literal of `count` (key atom, value) pairs with distinct, non-index keys:
/// the site's cache remembers the shape the first one got, and later ones start in it.
#[unsafe(no_mangle)]
pub extern "C" fn dxrt_object_literal(pairs: usize, count: i32, cache: usize) -> u64 {
    let pairs = unsafe { std::slice::from_raw_parts(pairs as *const Value, 2 * count as usize) };
    object::new_object_literal(pairs, unsafe { &mut *(cache as *mut dxrt_abi::PropertyCache) }).0
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_new_array(elems: usize, count: i32) -> u64 {
    let elems = elems as *const Value;
    let v = if count == 0 { Vec::new() } else { unsafe { std::slice::from_raw_parts(elems, count as usize) }.to_vec() };
    object::new_array(v).0
}

fn global_lookup(key: Value) -> JsResult<Value> {
    let k = Key::from_atom(key);
    let g = realm().global;
    if let Some(object::Own::Data(v, _)) = object::get_own(g, k) {
        return Ok(v);
    }
    if object::has_property(g, k) {
        return object::get_value(g, k);
    }
    let name = str_of(key).to_rust_string();
    exception::throw_reference_error(&format!("{name} is not defined"))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_get_global_ic(key: u64, cache: usize) -> u64 {
    object::inline_cache::fill_global(Key::from_atom(Value(key)), unsafe { &mut *(cache as *mut dxrt_abi::PropertyCache) });
    to_abi(global_lookup(Value(key)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_fill_global_ic(key: u64, cache: usize) -> i32 {
    let cache = unsafe { &mut *(cache as *mut dxrt_abi::PropertyCache) };
    cache.shape = 0;
    object::inline_cache::fill_global(Key::from_atom(Value(key)), cache);
    (cache.shape != 0) as i32
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_typeof_global(key: u64) -> u64 {
    let k = Key::from_atom(Value(key));
    let g = realm().global;
    if !object::has_property(g, k) {
        return string::intern("undefined").0;
    }
    to_abi(object::get_value(g, k).map(|v| string::intern(ops::typeof_str(v))))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_set_global(key: u64, v: u64, strict: i32) -> u64 {
    let k = Key::from_atom(Value(key));
    let g = realm().global;
    if strict != 0 && !object::has_property(g, k) {
        let name = str_of(Value(key)).to_rust_string();
        return to_abi(exception::throw_reference_error(&format!("{name} is not defined")));
    }
    to_abi(object::set_value(g, k, Value(v), strict != 0).map(|_| Value::UNDEFINED))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_make_closure(info: usize, env: usize, home: u64) -> u64 {
    let (info, env) = (info as *const dxrt_abi::FunctionInfo, env as *mut Env);
    let name = program().map(|p| p.string(unsafe { (*info).name })).unwrap_or(Value::UNDEFINED);
    let proto = if unsafe { (*info).flags } & dxrt_abi::FN_GENERATOR != 0 { realm().generator_function_prototype } else { realm().function_prototype };
    let f = object::new_function(info, env, name, proto);
    object::func(f).home = Value(home);
    f.0
}

fn site_text(site: i32) -> Option<String> {
    if site < 0 {
        return None;
    }
    program().map(|p| str_of(p.string(site as u32)).to_rust_string())
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_call(callee: u64, this: u64, argv: usize, argc: i32, site: i32) -> u64 {
    let argv = argv as *const Value;
    let args = if argc == 0 { &[][..] } else { unsafe { std::slice::from_raw_parts(argv, argc as usize) } };
    let f = Value(callee);
    if !object::is_callable(f) {
        let what = site_text(site);
        return to_abi(interop::call_site(f, Value(this), args, what.as_deref()));
    }
    to_abi(interop::call(f, Value(this), args))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_construct(callee: u64, argv: usize, argc: i32, site: i32) -> u64 {
    let argv = argv as *const Value;
    let args = if argc == 0 { &[][..] } else { unsafe { std::slice::from_raw_parts(argv, argc as usize) } };
    let what = site_text(site);
    to_abi(interop::construct_site(Value(callee), args, Value(callee), what.as_deref()))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_construct_this(_callee: u64, new_target: u64) -> u64 {
    to_abi(interop::ordinary_create_from_constructor(Value(new_target), realm().object_prototype))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_create_arguments(argv: usize, argc: i32, callee: u64, strict: i32, mapped: i32) -> u64 {
    let argv = argv as *const Value;
    let args = if argc == 0 { Vec::new() } else { unsafe { std::slice::from_raw_parts(argv, argc as usize) }.to_vec() };
    let n = args.len();
    let a = object::new_object_with(Class::Arguments, realm().object_prototype, std::mem::size_of::<object::JsObject>());
    obj(a).elements = args;
    let _ = object::define_data(a, Key::Prop(realm().atoms.length.0), Value::number(n as f64), object::shape::HIDDEN);
    let _ = object::define_data(a, Key::from_atom(realm().sym_iterator), realm().array_values, object::shape::HIDDEN);
    // `callee`: the function in sloppy code, poisoned in strict code.
    if strict != 0 {
        let t = realm().throw_type_error;
        let _ = object::define_accessor(a, Key::named("callee"), Some(t), Some(t), 0);
    } else {
        let _ = object::define_data(a, Key::named("callee"), Value(callee), object::shape::HIDDEN);
    }
    if mapped > 0 {
        object::map_parameters(a, mapped as usize, n);
    }
    a.0
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_arg_param_get(args: u64, index: i32) -> u64 {
    object::mapped_param(Value(args), index as usize).0
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_arg_param_set(args: u64, index: i32, v: u64) -> u64 {
    object::set_mapped_param(Value(args), index as usize, Value(v));
    v
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_rest_array(argv: usize, argc: i32, start: i32) -> u64 {
    let argv = argv as *const Value;
    let v = if argc <= start { Vec::new() } else { unsafe { std::slice::from_raw_parts(argv.add(start as usize), (argc - start) as usize) }.to_vec() };
    object::new_array(v).0
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_sloppy_this(this: u64) -> u64 {
    let t = Value(this);
    if t.is_nullish() {
        return realm().global.0;
    }
    to_abi(ops::to_object(t))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_new_env(parent: usize, slots: i32) -> usize {
    new_env(parent as *mut Env, slots as u32) as usize
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_throw(v: u64) -> u64 {
    to_abi(exception::throw_statement(Value(v)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_rethrow(v: u64) -> u64 {
    to_abi(exception::rethrow(Value(v)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_take_exception() -> u64 {
    exception::take().0
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_throw_error(kind: i32, msg: u64) -> u64 {
    let text = |v: u64| if Value(v).is_string() { str_of(Value(v)).to_rust_string() } else { String::new() };
    let r: JsResult<Value> = match kind {
        error_kind::TYPE => throw_error(ErrorKind::Type, &text(msg)),
        error_kind::REFERENCE => throw_error(ErrorKind::Reference, &text(msg)),
        error_kind::RANGE => throw_error(ErrorKind::Range, &text(msg)),
        error_kind::SYNTAX => throw_error(ErrorKind::Syntax, &text(msg)),
        error_kind::EVAL => throw_error(ErrorKind::Eval, &text(msg)),
        // `this` of a derived constructor before `super()`.
        error_kind::TDZ if text(msg) == "this" => {
            throw_error(ErrorKind::Reference, "Must call super constructor in derived class before accessing 'this' or returning from derived constructor")
        }
        error_kind::TDZ => throw_error(ErrorKind::Reference, &format!("Cannot access '{}' before initialization", text(msg))),
        _ => throw_error(ErrorKind::Type, "Assignment to constant variable."),
    };
    to_abi(r)
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_stack_overflow() -> u64 {
    // Give the error machinery room to run below the limit.
    crate::stack::relax_limit();
    let r = throw_error::<Value>(ErrorKind::Range, "Maximum call stack size exceeded");
    crate::stack::restore_limit();
    to_abi(r)
}

/// for-in: an internal iterator object holding the enumerable string keys of the
/// object and its prototypes, snapshotted at loop entry; keys deleted during the loop
/// are skipped when reached.
#[unsafe(no_mangle)]
pub extern "C" fn dxrt_for_in_keys(o: u64) -> u64 {
    let o = Value(o);
    let it = object::new_object_with(Class::ForInIterator, Value::NULL, std::mem::size_of::<object::JsObject>());
    obj(it).internal = o;
    if o.is_nullish() {
        return it.0;
    }
    let Ok(start) = ops::to_object(o) else { return it.0 };
    obj(it).internal = start;
    let mut keys: Vec<Value> = Vec::new();
    let mut seen: Vec<Key> = Vec::new();
    let mut cur = start;
    while cur.is_object() {
        for (k, flags) in object::own_keys(cur) {
            if let Key::Prop(p) = k
                && Value(p).is_symbol() {
                continue;
            }
            if seen.contains(&k) {
                continue;
            }
            seen.push(k);
            if flags & object::shape::ENUMERABLE != 0 {
                keys.push(k.to_value());
            }
        }
        cur = obj(cur).proto;
    }
    obj(it).elements = keys;
    obj(it).shape = object::shape::root();
    it.0
}

/// The next key of a for-in iterator, or `HOLE` when done.
#[unsafe(no_mangle)]
pub extern "C" fn dxrt_for_in_next(it: u64) -> u64 {
    let it = Value(it);
    loop {
        let ob = obj(it);
        let idx = ob.slots.len();
        if idx >= ob.elements.len() {
            return Value::HOLE.0;
        }
        let k = ob.elements[idx];
        ob.slots.push(Value::UNDEFINED); // the cursor: slots.len()
        let target = ob.internal;
        if let Ok(key) = object::to_key(k)
            && object::has_property(target, key) {
            return k.0;
        }
    }
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_concat(a: u64, b: u64) -> u64 {
    string::concat(Value(a), Value(b)).0
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_get_iterator(o: u64) -> u64 {
    to_abi(iterator::get_iterator(Value(o)))
}

/// The next value, or `HOLE` when done.
#[unsafe(no_mangle)]
pub extern "C" fn dxrt_iterator_step(it: u64, next: u64) -> u64 {
    to_abi(iterator::step(Value(it), Value(next)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_iterator_close(it: u64, throwing: i32) -> u64 {
    if throwing != 0 {
        iterator::close_on_throw(Value(it));
        return Value::UNDEFINED.0;
    }
    to_abi(iterator::close(Value(it)).map(|_| Value::UNDEFINED))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_iterator_rest(it: u64, next: u64) -> u64 {
    let a = object::new_array(Vec::new());
    to_abi(iterator::collect(Value(it), Value(next), a))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_spread_into(arr: u64, v: u64) -> u64 {
    to_abi(iterator::spread_into(Value(arr), Value(v)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_array_push(arr: u64, v: u64) -> u64 {
    obj(Value(arr)).elements.push(Value(v));
    arr
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_call_spread(callee: u64, this: u64, args: u64, site: i32) -> u64 {
    // `args` is an internal array that stays alive (and unchanged) during the call.
    let args = obj(Value(args)).elements.clone();
    dxrt_call(callee, this, args.as_ptr() as usize, args.len() as i32, site)
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_construct_spread(callee: u64, args: u64, site: i32) -> u64 {
    let args = obj(Value(args)).elements.clone();
    dxrt_construct(callee, args.as_ptr() as usize, args.len() as i32, site)
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_copy_data_properties(target: u64, source: u64, excluded: u64) -> u64 {
    to_abi(object::copy_data_properties(Value(target), Value(source), Value(excluded)).map(|_| Value(target)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_make_class(ctor: u64, superclass: u64) -> u64 {
    to_abi(class::make_class(Value(ctor), Value(superclass)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_define_method(o: u64, key: u64, f: u64, kind: i32) -> u64 {
    to_abi(class::define_method(Value(o), Value(key), Value(f), kind).map(|_| Value::UNDEFINED))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_set_class_fields(ctor: u64, fields: u64) -> u64 {
    object::func(Value(ctor)).fields = Value(fields);
    Value::UNDEFINED.0
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_init_fields(o: u64, fields: u64) -> u64 {
    to_abi(class::init_fields(Value(o), Value(fields)).map(|_| Value::UNDEFINED))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_init_instance(o: u64, ctor: u64) -> u64 {
    to_abi(class::init_instance(Value(o), Value(ctor)).map(|_| Value::UNDEFINED))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_super_call(callee: u64, new_target: u64, args: u64) -> u64 {
    let args = obj(Value(args)).elements.clone();
    to_abi(class::super_call(Value(callee), Value(new_target), &args))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_super_base(home: u64) -> u64 {
    to_abi(class::super_base(Value(home)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_get_super(base: u64, key: u64, this: u64) -> u64 {
    to_abi(class::get_super(Value(base), Value(key), Value(this)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_set_super(base: u64, key: u64, v: u64, this: u64, strict: i32) -> u64 {
    to_abi(class::set_super(Value(base), Value(key), Value(v), Value(this), strict != 0).map(|_| Value::UNDEFINED))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_derived_result(v: u64, this: u64) -> u64 {
    to_abi(class::derived_result(Value(v), Value(this)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_new_private_name(description: u64) -> u64 {
    crate::symbol::new_private_name(Value(description)).0
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_private_get(o: u64, name: u64) -> u64 {
    to_abi(class::private_get(Value(o), Value(name)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_private_set(o: u64, name: u64, v: u64) -> u64 {
    to_abi(class::private_set(Value(o), Value(name), Value(v)).map(|_| Value::UNDEFINED))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_private_in(name: u64, o: u64) -> u64 {
    to_abi(class::private_in(Value(name), Value(o)))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_create_generator(callee: u64, frame_size: i32) -> u64 {
    to_abi(crate::builtins::generator::create(Value(callee), frame_size as usize))
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_yield_star_step(iter: u64, mode: u64, received: u64) -> u64 {
    let mode = Value(mode).as_number() as u32;
    to_abi(crate::builtins::generator::yield_star_step(Value(iter), mode, Value(received)))
}

/// A tagged template's strings array (GetTemplateObject): `raw` becomes a read-only,
/// hidden property of `cooked`, and both are frozen.
#[unsafe(no_mangle)]
pub extern "C" fn dxrt_template_object(cooked: u64, raw: u64) -> u64 {
    let (c, r) = (Value(cooked), Value(raw));
    object::set_integrity(r, true);
    let _ = object::define_data(c, Key::named("raw"), r, 0);
    object::set_integrity(c, true);
    cooked
}

/// A regular expression literal's new RegExp object; `cell` caches the first one, whose
/// compiled pattern the later ones share.
#[unsafe(no_mangle)]
pub extern "C" fn dxrt_regexp_literal(cell: usize, pattern: u64, flags: u64) -> u64 {
    to_abi(crate::builtins::regexp::literal(unsafe { &mut *(cell as *mut Value) }, Value(pattern), Value(flags)))
}

/// A source text the runtime's `Function` can make: `result` is a factory of closures of
/// it, or its SyntaxError message (see `builtins::function::function_ctor`).
#[unsafe(no_mangle)]
pub extern "C" fn dxrt_register_dynamic_function(text: u64, result: u64) -> u64 {
    crate::builtins::function::register_dynamic(Value(text), Value(result));
    Value::UNDEFINED.0
}

#[unsafe(no_mangle)]
pub extern "C" fn dxrt_with_object(v: u64) -> u64 {
    to_abi(ops::to_object(Value(v)))
}

/// HasBinding of an object environment: `o` has `key` and `o[@@unscopables]` does not
/// list it.
#[unsafe(no_mangle)]
pub extern "C" fn dxrt_with_has(o: u64, key: u64) -> u64 {
    let r = (|| {
        let (o, key) = (Value(o), object::to_key(Value(key))?);
        if !object::has_property(o, key) {
            return Ok(Value::FALSE);
        }
        let u = object::get_value(o, Key::from_atom(realm().sym_unscopables))?;
        if u.is_object() && ops::to_boolean(object::get_value(u, key)?) {
            return Ok(Value::FALSE);
        }
        Ok(Value::TRUE)
    })();
    to_abi(r)
}

/// A script's top-level `var` (`v` the hole: stays as it is if it exists, else
/// undefined) or function declaration: an enumerable, writable, non-configurable
/// property of the global object.
#[unsafe(no_mangle)]
pub extern "C" fn dxrt_declare_global(key: u64, v: u64) -> u64 {
    let (g, key, v) = (realm().global, object::to_key(Value(key)), Value(v));
    let Ok(key) = key else { return Value::EXCEPTION.0 };
    if v == Value::HOLE {
        if object::get_own(g, key).is_some() {
            return Value::UNDEFINED.0;
        }
        return to_abi(object::define_data(g, key, Value::UNDEFINED, object::shape::WRITABLE | object::shape::ENUMERABLE).map(|_| Value::UNDEFINED));
    }
    // A configurable existing property is replaced; a non-configurable one keeps its
    // attributes and takes the value.
    let flags = match object::get_own(g, key) {
        Some(own) if own.flags() & object::shape::CONFIGURABLE == 0 => own.flags() & !object::shape::ACCESSOR,
        _ => object::shape::WRITABLE | object::shape::ENUMERABLE,
    };
    to_abi(object::define_data(g, key, v, flags).map(|_| Value::UNDEFINED))
}

macro_rules! kind_ty {
    (value) => { u64 };
    (ptr) => { usize };
    (i32) => { i32 };
    (f64) => { f64 };
}

macro_rules! check_table {
    ($($name:ident($($p:ident: $k:ident),*) -> $r:ident;)*) => {
        $(
            /// Pins the shim's signature to the table and keeps it linked.
            #[allow(non_snake_case)]
            mod $name {
                #[used]
                static F: extern "C" fn($(kind_ty!($k)),*) -> kind_ty!($r) = super::$name;
            }
        )*
    };
}
dxrt_abi::for_each_runtime_fn!(check_table);
