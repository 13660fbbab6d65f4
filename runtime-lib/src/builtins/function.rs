//! `Function` and `Function.prototype` (https://tc39.es/ecma262/#sec-function-objects).

use dxrt_abi::{FN_CONSTRUCTOR, FN_NATIVE, FunctionInfo};

use super::{method, native_fn, symbol_method};
use crate::builtins::error::ErrorKind;
use crate::exception::{JsResult, throw_error, throw_type_error};
use crate::interop::{self, arg};
use crate::object::{self, Class, JsFunction, Key, func, obj};
use crate::realm::realm;
use crate::string::{self, intern};
use crate::value::Value;

fn empty(_this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::UNDEFINED)
}

/// Function.prototype is itself a function that returns undefined.
pub fn make_function_prototype() -> Value {
    let info = Box::leak(Box::new(FunctionInfo { entry: empty as *const () as usize, name: 0, length: 0, flags: FN_NATIVE, source_pos: 0, source_end: 0, fast_entry: 0, fast_params: 0 }));
    let r = realm();
    let f = object::new_object_with(Class::Function, r.object_prototype, std::mem::size_of::<JsFunction>());
    let fp = func(f);
    fp.env = std::ptr::null_mut();
    fp.info = info;
    fp.home = Value::UNDEFINED;
    fp.name = r.atoms.empty;
    fp.fields = Value::UNDEFINED;
    f
}

/// %ThrowTypeError%.
fn throw_type_error_fn(_this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    crate::exception::throw_type_error("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them")
}

pub fn init() {
    let r = realm();
    let fp = r.function_prototype;
    object::add_prop(fp, Key::named("length").prop_bits(), Value::number(0.0), object::shape::CONFIGURABLE);
    object::add_prop(fp, Key::named("name").prop_bits(), r.atoms.empty, object::shape::CONFIGURABLE);
    // `caller` and `arguments` of functions are poisoned (%ThrowTypeError%).
    let thrower = super::native_fn("", 0, throw_type_error_fn, false);
    r.throw_type_error = thrower;
    object::set_integrity(thrower, true);
    for name in ["caller", "arguments"] {
        let _ = object::define_accessor(fp, Key::named(name), Some(thrower), Some(thrower), object::shape::CONFIGURABLE);
    }
    method(fp, "call", 1, call);
    method(fp, "apply", 2, apply);
    method(fp, "bind", 1, bind);
    method(fp, "toString", 0, to_string);
    r.function_proto_has_instance = symbol_method(fp, r.sym_has_instance, "[Symbol.hasInstance]", 1, has_instance);
    let _ = object::define_data(fp, Key::from_atom(r.sym_has_instance), r.function_proto_has_instance, 0);
    r.function_ctor = super::constructor("Function", 1, function_ctor, fp);
}

/// Records a source text the compiler compiled ahead of time: `result` is a factory that
/// returns a new closure of it, or the SyntaxError message when the text is invalid.
pub fn register_dynamic(text: Value, result: Value) {
    let r = realm();
    if r.dynamic_functions.is_undefined() {
        r.dynamic_functions = object::new_array(Vec::new());
    }
    let list = &mut obj(r.dynamic_functions).elements;
    list.push(text);
    list.push(result);
}

/// `Function(p1, ..., body)` (CreateDynamicFunction for normal functions). A dxc
/// executable carries no JavaScript compiler: the source text is made as the spec says
/// and found among the texts the compiler predicted and compiled (see the compiler's
/// `lower::dynamic_function`); any other text is an EvalError.
fn function_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    let r = realm();
    let roots = crate::gc::roots::TempRoots::new();
    let mut texts = Vec::with_capacity(args.len());
    for &a in args {
        let t = crate::ops::to_string(a)?;
        roots.push(t);
        texts.push(string::str_of(t).units());
    }
    let body = texts.pop().unwrap_or_default();
    let mut source: Vec<u16> = "function anonymous(".encode_utf16().collect();
    for (i, p) in texts.iter().enumerate() {
        if i > 0 {
            source.push(b',' as u16);
        }
        source.extend_from_slice(p);
    }
    source.extend("\n) {\n".encode_utf16());
    source.extend_from_slice(&body);
    source.extend("\n}".encode_utf16());
    let text = string::from_units(&source);
    let compiled = if r.dynamic_functions.is_undefined() { None } else { obj(r.dynamic_functions).elements.chunks_exact(2).find(|e| string::equals(e[0], text)).map(|e| e[1]) };
    let Some(result) = compiled else {
        return throw_error(ErrorKind::Eval, "dxc: new Function(string) needs a JavaScript compiler at run time, which a dxc-built executable does not carry; only source texts known when the program is built are compiled");
    };
    if result.is_string() {
        return throw_error(ErrorKind::Syntax, &string::str_of(result).to_rust_string());
    }
    let f = interop::call(result, Value::UNDEFINED, &[])?;
    if !nt.is_undefined() && nt != r.function_ctor {
        roots.push(f);
        obj(f).proto = interop::prototype_from_constructor(nt, r.function_prototype)?;
    }
    Ok(f)
}

fn this_fn(this: Value, what: &str) -> JsResult<Value> {
    if !object::is_callable(this) {
        return throw_type_error(&format!("Function.prototype.{what} called on a value that is not a function"));
    }
    Ok(this)
}

fn call(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let f = this_fn(this, "call")?;
    let rest = if args.is_empty() { &[][..] } else { &args[1..] };
    interop::call(f, arg(args, 0), rest)
}

/// CreateListFromArrayLike.
pub fn list_from_array_like(v: Value) -> JsResult<Vec<Value>> {
    if v.is_nullish() {
        return Ok(Vec::new());
    }
    if !v.is_object() {
        return throw_type_error("CreateListFromArrayLike called on non-object");
    }
    if object::has_plain_elements(v) {
        return Ok(obj(v).elements.iter().map(|&e| if e == Value::HOLE { Value::UNDEFINED } else { e }).collect());
    }
    let len = crate::ops::to_number(object::get_value(v, Key::Prop(realm().atoms.length.0))?)? as usize;
    let mut out = Vec::with_capacity(len);
    for i in 0..len {
        out.push(object::get_value(v, Key::Index(i as u32))?);
    }
    Ok(out)
}

fn apply(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let f = this_fn(this, "apply")?;
    let list = list_from_array_like(arg(args, 1))?;
    let roots = crate::gc::roots::TempRoots::new();
    for &v in &list {
        roots.push(v);
    }
    interop::call(f, arg(args, 0), &list)
}

/// A bound function keeps its target in `home` and `[boundThis, ...boundArgs]` as an
/// array in `internal`.
fn bind(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let target = this_fn(this, "bind")?;
    let ctor = interop::is_constructor(target);
    // The bound length: the target's own numeric length less the bound arguments.
    let extra = args.len().saturating_sub(1) as f64;
    let mut len = 0.0;
    if object::get_own(target, Key::named("length")).is_some() {
        let tlen = object::get_value(target, Key::named("length"))?;
        if tlen.is_number() {
            let n = tlen.as_number();
            len = if n == f64::INFINITY { n } else if n == f64::NEG_INFINITY || n.is_nan() { 0.0 } else { (n.trunc() - extra).max(0.0) };
        }
    }
    let tname = object::get_value(target, Key::named("name"))?;
    let tname = if tname.is_string() { string::str_of(tname).to_rust_string() } else { String::new() };
    let name = format!("bound {tname}");
    let f = native_fn(&name, 0, bound_call, ctor);
    let _ = object::define_data(f, Key::named("length"), Value::number(len), object::shape::CONFIGURABLE);
    if !ctor {
        let info = unsafe { &mut *(func(f).info as *mut FunctionInfo) };
        info.flags &= !FN_CONSTRUCTOR;
    }
    func(f).home = target;
    let mut bound = vec![arg(args, 0)];
    bound.extend_from_slice(args.get(1..).unwrap_or(&[]));
    obj(f).internal = object::new_array(bound);
    Ok(f)
}

fn bound_call(_this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    unreachable!("bound functions are dispatched by callee")
}

/// Calls a bound function: used by `interop` when the callee's entry is `bound_call`.
pub fn is_bound(f: Value) -> bool {
    let info = unsafe { &*func(f).info };
    info.entry == bound_call as *const () as usize
}

pub fn call_bound(f: Value, args: &[Value], new_target: Value) -> JsResult<Value> {
    let target = func(f).home;
    let bound = obj(obj(f).internal).elements.clone();
    let roots = crate::gc::roots::TempRoots::new();
    let mut all: Vec<Value> = bound[1..].to_vec();
    all.extend_from_slice(args);
    for &v in &all {
        roots.push(v);
    }
    if new_target.is_undefined() {
        interop::call(target, bound[0], &all)
    } else {
        let nt = if new_target == f { target } else { new_target };
        interop::construct_site(target, &all, nt, None)
    }
}

fn to_string(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let f = this_fn(this, "toString")?;
    // A compiled function: its source text as written.
    if crate::ops::is_class(f, Class::Function) {
        let info = unsafe { &*func(f).info };
        if info.flags & FN_NATIVE == 0
            && let Some(text) = crate::program::program().and_then(|p| p.source().get(info.source_pos as usize..info.source_end as usize))
            && !text.is_empty()
        {
            return Ok(string::from_str(text));
        }
    }
    let name = func(f).name;
    // As node: a bound function shows no name.
    let name = if name.is_string() && !is_bound(f) { string::str_of(name).to_rust_string() } else { String::new() };
    Ok(string::from_str(&format!("function {name}() {{ [native code] }}")))
}

fn has_instance(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(crate::ops::ordinary_has_instance(this, arg(args, 0))?))
}

pub fn intern_name(s: &str) -> Value {
    intern(s)
}
