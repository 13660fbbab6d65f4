//! `Error` and the native errors (https://tc39.es/ecma262/#sec-error-objects).
//! Every error gets an own `stack` in node's format, captured at construction from the
//! native frames of compiled code (see `stack_trace`).

use super::{constructor, method, value_prop};
use crate::exception::{JsResult, throw_type_error};
use crate::interop::{self, arg};
use crate::object::shape::HIDDEN;
use crate::object::{self, Class, JsObject, Key};
use crate::ops;
use crate::realm::realm;
use crate::string::{self, intern, str_of};
use crate::value::Value;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ErrorKind {
    Error = 0,
    Type = 1,
    Range = 2,
    Reference = 3,
    Syntax = 4,
    Eval = 5,
    Uri = 6,
    Aggregate = 7,
}

pub const KINDS: usize = 8;
const NAMES: [&str; KINDS] = ["Error", "TypeError", "RangeError", "ReferenceError", "SyntaxError", "EvalError", "URIError", "AggregateError"];
const CTORS: [crate::interop::NativeFn; KINDS] = [ctor0, ctor1, ctor2, ctor3, ctor4, ctor5, ctor6, ctor7];

pub fn init() {
    let r = realm();
    let size = std::mem::size_of::<JsObject>();
    for (i, name) in NAMES.iter().enumerate() {
        let parent = if i == 0 { r.object_prototype } else { r.error_prototypes[0] };
        let proto = object::new_object_with(Class::Object, parent, size);
        r.error_prototypes[i] = proto;
        let length = if KINDS_ALL[i] == ErrorKind::Aggregate { 2 } else { 1 };
        let c = constructor(name, length, CTORS[i], proto);
        if i > 0 {
            object::obj(c).proto = r.error_constructors[0];
        }
        r.error_constructors[i] = c;
        value_prop(proto, "name", intern(name), HIDDEN);
        value_prop(proto, "message", r.atoms.empty, HIDDEN);
    }
    method(r.error_prototypes[0], "toString", 0, to_string);
    method(r.error_constructors[0], "captureStackTrace", 1, capture_stack_trace);
    method(r.error_constructors[0], "isError", 1, is_error_fn);
}

macro_rules! ctor {
    ($name:ident, $i:expr) => {
        fn $name(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
            construct(KINDS_ALL[$i], args, nt)
        }
    };
}
const KINDS_ALL: [ErrorKind; KINDS] = [
    ErrorKind::Error, ErrorKind::Type, ErrorKind::Range, ErrorKind::Reference,
    ErrorKind::Syntax, ErrorKind::Eval, ErrorKind::Uri, ErrorKind::Aggregate,
];
ctor!(ctor0, 0);
ctor!(ctor1, 1);
ctor!(ctor2, 2);
ctor!(ctor3, 3);
ctor!(ctor4, 4);
ctor!(ctor5, 5);
ctor!(ctor6, 6);
ctor!(ctor7, 7);

fn construct(kind: ErrorKind, args: &[Value], nt: Value) -> JsResult<Value> {
    let r = realm();
    let fallback = r.error_prototypes[kind as usize];
    let nt = if nt.is_undefined() { r.error_constructors[kind as usize] } else { nt };
    let proto = interop::prototype_from_constructor(nt, fallback)?;
    let e = object::new_object_with(Class::Error, proto, std::mem::size_of::<JsObject>());
    // AggregateError(errors, message, options).
    let (errors, args) = if kind == ErrorKind::Aggregate { (arg(args, 0), args.get(1..).unwrap_or(&[])) } else { (Value::UNDEFINED, args) };
    let msg = arg(args, 0);
    if !msg.is_undefined() {
        let m = ops::to_string(msg)?;
        object::define_data(e, Key::Prop(r.atoms.message.0), m, HIDDEN)?;
    }
    let opts = arg(args, 1);
    if opts.is_object() && object::has_property(opts, Key::Prop(r.atoms.cause.0)) {
        let c = object::get_value(opts, Key::Prop(r.atoms.cause.0))?;
        object::define_data(e, Key::Prop(r.atoms.cause.0), c, HIDDEN)?;
    }
    if kind == ErrorKind::Aggregate {
        let list = super::iterator::spread_into(object::new_array(Vec::new()), errors)?;
        object::define_data(e, Key::named("errors"), list, HIDDEN)?;
    }
    install_stack(e)?;
    Ok(e)
}

/// Sets `e.stack` to "<toString of e>\n    at ..." from the current native stack.
fn install_stack(e: Value) -> JsResult<()> {
    let head = error_to_string(e)?;
    let frames = crate::stack_trace::capture_text();
    let stack = string::from_str(&format!("{head}{frames}"));
    object::define_data(e, Key::Prop(realm().atoms.stack.0), stack, HIDDEN)
}

/// A new error of `kind` with `msg`, as the runtime throws them.
pub fn make_error(kind: ErrorKind, msg: &str) -> Value {
    let m = string::from_str(msg);
    construct(kind, &[m], Value::UNDEFINED).unwrap_or(Value::UNDEFINED)
}

fn error_to_string(e: Value) -> JsResult<String> {
    let r = realm();
    let name = object::get_value(e, Key::Prop(r.atoms.name.0))?;
    let name = if name.is_undefined() { "Error".to_string() } else { ops::to_rust_string(name)? };
    let msg = object::get_value(e, Key::Prop(r.atoms.message.0))?;
    let msg = if msg.is_undefined() { String::new() } else { ops::to_rust_string(msg)? };
    Ok(if name.is_empty() {
        msg
    } else if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    })
}

fn to_string(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    if !this.is_object() {
        return throw_type_error("Error.prototype.toString requires that 'this' be an Object");
    }
    Ok(string::from_str(&error_to_string(this)?))
}

fn capture_stack_trace(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let target = arg(args, 0);
    if !target.is_object() {
        return throw_type_error("Invalid argument");
    }
    install_stack(target)?;
    Ok(Value::UNDEFINED)
}

fn is_error_fn(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(is_error(arg(args, 0))))
}

/// Whether `v` is an error object (has [[ErrorData]]).
pub fn is_error(v: Value) -> bool {
    object::class_of(v) == Some(Class::Error)
}

/// The `stack` of an error as Rust text, if it has one.
pub fn stack_of(v: Value) -> Option<String> {
    if !v.is_object() {
        return None;
    }
    let s = object::get_value(v, Key::Prop(realm().atoms.stack.0)).ok()?;
    s.is_string().then(|| str_of(s).to_rust_string())
}
