//! `Object` and `Object.prototype` (https://tc39.es/ecma262/#sec-object-objects).

use super::{constructor, method};
use crate::exception::{JsResult, throw_type_error};
use crate::interop::arg;
use crate::object::shape::{ACCESSOR, CONFIGURABLE, ENUMERABLE, WRITABLE};
use crate::object::{self, Class, Key, Own, obj};
use crate::ops;
use crate::realm::realm;
use crate::string;
use crate::value::Value;

pub fn init() {
    let r = realm();
    let proto = r.object_prototype;
    let c = constructor("Object", 1, object_ctor, proto);
    r.object_ctor = c;
    method(c, "create", 2, create);
    method(c, "keys", 1, keys);
    method(c, "values", 1, values);
    method(c, "entries", 1, entries);
    method(c, "getPrototypeOf", 1, get_prototype_of);
    method(c, "setPrototypeOf", 2, set_prototype_of);
    method(c, "defineProperty", 3, define_property);
    method(c, "getOwnPropertyNames", 1, get_own_property_names);
    method(c, "getOwnPropertyDescriptor", 2, get_own_property_descriptor);
    method(c, "assign", 2, assign);
    method(c, "freeze", 1, freeze);
    method(c, "seal", 1, seal);
    method(c, "preventExtensions", 1, prevent_extensions);
    method(c, "isFrozen", 1, is_frozen);
    method(c, "isSealed", 1, is_sealed);
    method(c, "defineProperties", 2, define_properties_fn);
    method(c, "getOwnPropertyDescriptors", 1, get_own_property_descriptors);
    method(c, "getOwnPropertySymbols", 1, get_own_property_symbols);
    method(c, "fromEntries", 1, from_entries);
    method(c, "groupBy", 2, group_by);
    method(c, "isExtensible", 1, is_extensible);
    method(c, "is", 2, is);
    method(c, "hasOwn", 2, has_own);
    method(proto, "hasOwnProperty", 1, has_own_property);
    method(proto, "isPrototypeOf", 1, is_prototype_of);
    method(proto, "propertyIsEnumerable", 1, property_is_enumerable);
    method(proto, "toString", 0, to_string);
    method(proto, "toLocaleString", 0, to_locale_string);
    method(proto, "valueOf", 0, value_of);
    method(proto, "__defineGetter__", 2, define_getter);
    method(proto, "__defineSetter__", 2, define_setter);
    method(proto, "__lookupGetter__", 1, lookup_getter);
    method(proto, "__lookupSetter__", 1, lookup_setter);
    let get = super::native_fn("get __proto__", 0, proto_get, false);
    let set = super::native_fn("set __proto__", 1, proto_set, false);
    let _ = object::define_accessor(proto, Key::named("__proto__"), Some(get), Some(set), CONFIGURABLE);
}

fn object_ctor(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    if v.is_nullish() { Ok(object::new_plain_object()) } else { ops::to_object(v) }
}

fn create(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let proto = arg(args, 0);
    if !proto.is_object() && !proto.is_null() {
        return throw_type_error(&format!("Object prototype may only be an Object or null: {}", super::console::inspect_short(proto)));
    }
    let o = object::new_plain_object();
    obj(o).proto = proto;
    let props = arg(args, 1);
    if !props.is_undefined() {
        define_properties(o, props)?;
    }
    Ok(o)
}

/// ObjectDefineProperties: reads every descriptor before defining any property.
fn define_properties(o: Value, props: Value) -> JsResult<()> {
    let props = ops::to_object(props)?;
    let roots = crate::gc::roots::TempRoots::new();
    let mut descs = Vec::new();
    for (k, _) in object::own_keys(props) {
        if is_enumerable_own(props, k) {
            let d = object::get_value(props, k)?;
            roots.push(d);
            descs.push((k, to_descriptor(d)?));
        }
    }
    for (k, desc) in descs {
        apply_descriptor(o, k, desc)?;
    }
    Ok(())
}

fn define_properties_fn(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    if !o.is_object() {
        return throw_type_error("Object.defineProperties called on non-object");
    }
    define_properties(o, arg(args, 1))?;
    Ok(o)
}

/// The enumerable own string-keyed properties, as keys.
pub fn enumerable_own_keys(o: Value) -> Vec<Key> {
    object::own_keys(o)
        .into_iter()
        .filter(|(k, f)| f & ENUMERABLE != 0 && !matches!(k, Key::Prop(p) if Value(*p).is_symbol()))
        .map(|(k, _)| k)
        .collect()
}

/// The own string-keyed property keys (EnumerableOwnProperties checks each key's
/// enumerability again when it reaches it: a getter may have changed it).
fn string_keys(o: Value) -> Vec<Key> {
    object::own_keys(o).into_iter().filter(|(k, _)| !matches!(k, Key::Prop(p) if Value(*p).is_symbol())).map(|(k, _)| k).collect()
}

fn is_enumerable_own(o: Value, k: Key) -> bool {
    object::get_own(o, k).is_some_and(|p| p.flags() & ENUMERABLE != 0)
}

fn keys(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(arg(args, 0))?;
    Ok(object::new_array(enumerable_own_keys(o).into_iter().map(|k| k.to_value()).collect()))
}

fn values(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    enumerable_own_properties(arg(args, 0), false)
}

fn entries(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    enumerable_own_properties(arg(args, 0), true)
}

/// EnumerableOwnProperties(ToObject(v), value or key+value), as an array. Each key's
/// enumerability is checked when it is reached: a getter may have changed it.
fn enumerable_own_properties(v: Value, entries: bool) -> JsResult<Value> {
    let o = ops::to_object(v)?;
    let roots = crate::gc::roots::TempRoots::new();
    let mut out = Vec::new();
    for k in string_keys(o) {
        if !is_enumerable_own(o, k) {
            continue;
        }
        let v = object::get_value(o, k)?;
        let item = if entries {
            roots.push(v);
            object::new_array(vec![k.to_value(), v])
        } else {
            v
        };
        roots.push(item);
        out.push(item);
    }
    Ok(object::new_array(out))
}

fn get_prototype_of(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(arg(args, 0))?;
    Ok(obj(o).proto)
}

fn set_prototype_of(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let (o, p) = (arg(args, 0), arg(args, 1));
    if o.is_nullish() {
        return throw_type_error("Object.setPrototypeOf called on null or undefined");
    }
    if !p.is_object() && !p.is_null() {
        return throw_type_error("Object prototype may only be an Object or null");
    }
    if o.is_object() {
        set_prototype_or_throw(o, p)?;
    }
    Ok(o)
}

/// OrdinarySetPrototypeOf, throwing a TypeError where it returns false.
fn set_prototype_or_throw(o: Value, p: Value) -> JsResult<()> {
    if obj(o).proto == p {
        return Ok(());
    }
    if obj(o).hdr.flags & object::EXTENSIBLE == 0 {
        return throw_type_error("Cannot set the prototype of a non-extensible object");
    }
    let mut cur = p;
    while cur.is_object() {
        if cur == o {
            return throw_type_error("Cyclic __proto__ value");
        }
        cur = obj(cur).proto;
    }
    obj(o).proto = p;
    Ok(())
}

fn proto_get(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    Ok(obj(o).proto)
}

fn proto_set(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    if this.is_nullish() {
        return throw_type_error("Object.prototype.__proto__ called on null or undefined");
    }
    let p = arg(args, 0);
    if (p.is_object() || p.is_null()) && this.is_object() {
        set_prototype_or_throw(this, p)?;
    }
    Ok(Value::UNDEFINED)
}

fn define_getter(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    define_legacy_accessor(this, args, true)
}
fn define_setter(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    define_legacy_accessor(this, args, false)
}

/// `__defineGetter__` / `__defineSetter__` (B.2.2.2, B.2.2.3).
fn define_legacy_accessor(this: Value, args: &[Value], getter: bool) -> JsResult<Value> {
    let o = ops::to_object(this)?;
    let f = arg(args, 1);
    if !object::is_callable(f) {
        return throw_type_error(&format!("Object.prototype.__define{}etter__: Expecting function", if getter { "G" } else { "S" }));
    }
    let k = object::to_key(arg(args, 0))?;
    let desc = Descriptor {
        enumerable: Some(true),
        configurable: Some(true),
        value: None,
        writable: None,
        get: if getter { Some(f) } else { None },
        set: if getter { None } else { Some(f) },
    };
    apply_descriptor(o, k, desc)?;
    Ok(Value::UNDEFINED)
}

fn lookup_getter(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    lookup_legacy_accessor(this, args, true)
}
fn lookup_setter(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    lookup_legacy_accessor(this, args, false)
}

/// `__lookupGetter__` / `__lookupSetter__` (B.2.2.4, B.2.2.5).
fn lookup_legacy_accessor(this: Value, args: &[Value], getter: bool) -> JsResult<Value> {
    let mut o = ops::to_object(this)?;
    let k = object::to_key(arg(args, 0))?;
    while o.is_object() {
        match object::get_own(o, k) {
            Some(Own::Accessor(g, s, _)) => return Ok(if getter { g } else { s }),
            Some(Own::Data(..)) => return Ok(Value::UNDEFINED),
            None => o = obj(o).proto,
        }
    }
    Ok(Value::UNDEFINED)
}

/// A property descriptor as ToPropertyDescriptor reads it (absent fields are None).
struct Descriptor {
    enumerable: Option<bool>,
    configurable: Option<bool>,
    value: Option<Value>,
    writable: Option<bool>,
    get: Option<Value>,
    set: Option<Value>,
}

impl Descriptor {
    fn is_accessor(&self) -> bool {
        self.get.is_some() || self.set.is_some()
    }
    fn is_data(&self) -> bool {
        self.value.is_some() || self.writable.is_some()
    }
}

/// ToPropertyDescriptor: reads the fields in the spec's order.
fn to_descriptor(d: Value) -> JsResult<Descriptor> {
    if !d.is_object() {
        return throw_type_error("Property description must be an object");
    }
    let field = |name: &str| -> JsResult<Option<Value>> {
        let k = Key::named(name);
        if object::has_property(d, k) { Ok(Some(object::get_value(d, k)?)) } else { Ok(None) }
    };
    let enumerable = field("enumerable")?.map(ops::to_boolean);
    let configurable = field("configurable")?.map(ops::to_boolean);
    let value = field("value")?;
    let writable = field("writable")?.map(ops::to_boolean);
    let get = field("get")?;
    let set = field("set")?;
    for (f, what) in [(get, "Getter"), (set, "Setter")] {
        if let Some(f) = f
            && !f.is_undefined()
            && !object::is_callable(f)
        {
            return throw_type_error(&format!("{what} must be a function: {}", super::console::inspect_short(f)));
        }
    }
    let desc = Descriptor { enumerable, configurable, value, writable, get, set };
    if desc.is_accessor() && desc.is_data() {
        return throw_type_error("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute");
    }
    Ok(desc)
}

/// Whether a non-configurable property may take `desc` (ValidateAndApplyPropertyDescriptor).
fn compatible(existing: &Own, desc: &Descriptor) -> bool {
    let flags = existing.flags();
    if desc.configurable == Some(true) || desc.enumerable.is_some_and(|e| e != (flags & ENUMERABLE != 0)) {
        return false;
    }
    match existing {
        _ if !desc.is_accessor() && !desc.is_data() => true,
        Own::Data(v, f) => {
            if desc.is_accessor() {
                return false;
            }
            f & WRITABLE != 0 || (desc.writable != Some(true) && desc.value.is_none_or(|x| ops::same_value(x, *v)))
        }
        Own::Accessor(g, s, _) => {
            if desc.is_data() {
                return false;
            }
            desc.get.is_none_or(|x| x == *g) && desc.set.is_none_or(|x| x == *s)
        }
    }
}

/// ToPropertyDescriptor + DefinePropertyOrThrow (absent attributes of a new property
/// are false; of an existing one, kept).
fn define_from_descriptor(o: Value, k: Key, d: Value) -> JsResult<()> {
    let desc = to_descriptor(d)?;
    apply_descriptor(o, k, desc)
}

/// DefinePropertyOrThrow with an already converted descriptor.
fn apply_descriptor(o: Value, k: Key, mut desc: Descriptor) -> JsResult<()> {
    // ArraySetLength converts and checks the new length before anything else.
    if let Some(v) = desc.value
        && object::is_array(o)
        && k == Key::Prop(realm().atoms.length.0)
    {
        let len = ops::to_uint32(ops::to_number(v)?);
        let n = ops::to_number(v)?;
        if len as f64 != n {
            return crate::exception::throw_range_error("Invalid array length");
        }
        desc.value = Some(Value::number(n));
    }
    let existing = object::get_own(o, k);
    match &existing {
        Some(e) if e.flags() & CONFIGURABLE == 0 && !compatible(e, &desc) => {
            return throw_type_error(&format!("Cannot redefine property: {}", ops::key_display(k)));
        }
        None if obj(o).hdr.flags & object::EXTENSIBLE == 0 => {
            return throw_type_error(&format!("Cannot define property {}, object is not extensible", ops::key_display(k)));
        }
        _ => {}
    }
    let old = existing.as_ref().map(|e| e.flags()).unwrap_or(0);
    let pick = |v: Option<bool>, bit: u8| match v {
        Some(true) => bit,
        Some(false) => 0,
        None => old & bit,
    };
    let enumerable = pick(desc.enumerable, ENUMERABLE);
    let configurable = pick(desc.configurable, CONFIGURABLE);
    let keep_accessor = old & ACCESSOR != 0 && !desc.is_data();
    // define_accessor/define_data convert an existing property in place (it keeps its
    // position in the key order).
    if desc.is_accessor() || keep_accessor {
        return object::define_accessor(o, k, desc.get, desc.set, enumerable | configurable);
    }
    let writable = pick(desc.writable, WRITABLE);
    let v = desc.value.unwrap_or(match existing {
        Some(Own::Data(v, _)) => v,
        _ => Value::UNDEFINED,
    });
    object::define_data(o, k, v, writable | enumerable | configurable)
}

fn define_property(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    if !o.is_object() {
        return throw_type_error("Object.defineProperty called on non-object");
    }
    let k = object::to_key(arg(args, 1))?;
    define_from_descriptor(o, k, arg(args, 2))?;
    Ok(o)
}

fn get_own_property_names(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(arg(args, 0))?;
    let names = object::own_keys(o)
        .into_iter()
        .filter(|(k, _)| !matches!(k, Key::Prop(p) if Value(*p).is_symbol()))
        .map(|(k, _)| k.to_value())
        .collect();
    Ok(object::new_array(names))
}

fn get_own_property_descriptor(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(arg(args, 0))?;
    let k = object::to_key(arg(args, 1))?;
    from_descriptor(o, k)
}

fn get_own_property_symbols(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(arg(args, 0))?;
    let syms = object::own_keys(o).into_iter().filter(|(k, _)| matches!(k, Key::Prop(p) if Value(*p).is_symbol())).map(|(k, _)| k.to_value()).collect();
    Ok(object::new_array(syms))
}

fn get_own_property_descriptors(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(arg(args, 0))?;
    let out = object::new_plain_object();
    let roots = crate::gc::roots::TempRoots::new();
    roots.push(out);
    for (k, _) in object::own_keys(o) {
        let d = from_descriptor(o, k)?;
        if !d.is_undefined() {
            object::define_data(out, k, d, object::shape::DEFAULT)?;
        }
    }
    Ok(out)
}

/// FromPropertyDescriptor of the own property `k` of `o` (undefined when absent).
/// A module namespace's exports are accessors inside (reading the live binding) but
/// data properties to the program: `{ value, writable: true, enumerable: true,
/// configurable: false }` (reading an uninitialized binding throws).
fn from_descriptor(o: Value, k: Key) -> JsResult<Value> {
    let Some(mut own) = object::get_own(o, k) else { return Ok(Value::UNDEFINED) };
    if let Own::Accessor(g, _, f) = own
        && object::class_of(o) == Some(object::Class::ModuleNamespace)
    {
        own = Own::Data(crate::interop::call(g, o, &[])?, f | WRITABLE);
    }
    let d = object::new_plain_object();
    let set = |name: &str, v: Value| object::define_data(d, Key::named(name), v, object::shape::DEFAULT);
    match own {
        Own::Data(v, f) => {
            let _ = set("value", v);
            let _ = set("writable", Value::bool(f & WRITABLE != 0));
            let _ = set("enumerable", Value::bool(f & ENUMERABLE != 0));
            let _ = set("configurable", Value::bool(f & CONFIGURABLE != 0));
        }
        Own::Accessor(g, s, f) => {
            let _ = set("get", g);
            let _ = set("set", s);
            let _ = set("enumerable", Value::bool(f & ENUMERABLE != 0));
            let _ = set("configurable", Value::bool(f & CONFIGURABLE != 0));
        }
    }
    Ok(d)
}

fn assign(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let target = ops::to_object(arg(args, 0))?;
    for &src in args.iter().skip(1) {
        if src.is_nullish() {
            continue;
        }
        let src = ops::to_object(src)?;
        for (k, _) in object::own_keys(src) {
            if is_enumerable_own(src, k) {
                let v = object::get_value(src, k)?;
                object::set_value(target, k, v, true)?;
            }
        }
    }
    Ok(target)
}

fn freeze(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    if o.is_object() {
        object::set_integrity(o, true);
    }
    Ok(o)
}

fn seal(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    if o.is_object() {
        object::set_integrity(o, false);
    }
    Ok(o)
}

fn prevent_extensions(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    if o.is_object() {
        obj(o).hdr.flags &= !object::EXTENSIBLE;
    }
    Ok(o)
}

fn is_frozen(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    if !o.is_object() {
        return Ok(Value::TRUE);
    }
    if obj(o).hdr.flags & object::EXTENSIBLE != 0 {
        return Ok(Value::FALSE);
    }
    let all = object::own_keys(o).iter().all(|(_, f)| f & CONFIGURABLE == 0 && (f & ACCESSOR != 0 || f & WRITABLE == 0));
    Ok(Value::bool(all))
}

fn is_sealed(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    if !o.is_object() {
        return Ok(Value::TRUE);
    }
    if obj(o).hdr.flags & object::EXTENSIBLE != 0 {
        return Ok(Value::FALSE);
    }
    Ok(Value::bool(object::own_keys(o).iter().all(|(_, f)| f & CONFIGURABLE == 0)))
}

fn from_entries(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let iterable = arg(args, 0);
    if iterable.is_nullish() {
        return throw_type_error(&format!("{} is not iterable", super::console::inspect_short(iterable)));
    }
    let out = object::new_plain_object();
    super::iterator::for_each_value(iterable, |item, _| {
        let (k, v) = super::iterator::entry(item)?;
        object::define_data(out, object::to_key(k)?, v, object::shape::DEFAULT)
    })?;
    Ok(out)
}

/// Object.groupBy: a null-prototype object from each key `callback(value, index)` gives
/// to the array of the values with that key.
fn group_by(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let (items, callback) = (arg(args, 0), arg(args, 1));
    if items.is_nullish() {
        return throw_type_error(&format!("{} is not iterable", super::console::inspect_short(items)));
    }
    if !object::is_callable(callback) {
        return throw_type_error(&format!("{} is not a function", super::console::inspect_short(callback)));
    }
    let out = object::new_plain_object();
    obj(out).proto = Value::NULL;
    super::iterator::for_each_value(items, |v, i| {
        let key = crate::interop::call(callback, Value::UNDEFINED, &[v, Value::number(i as f64)])?;
        let k = object::to_key(key)?;
        let group = match object::get_own(out, k) {
            Some(Own::Data(g, _)) => g,
            _ => {
                let g = object::new_array(Vec::new());
                object::define_data(out, k, g, object::shape::DEFAULT)?;
                g
            }
        };
        obj(group).elements.push(v);
        Ok(())
    })?;
    Ok(out)
}

fn is_extensible(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = arg(args, 0);
    Ok(Value::bool(o.is_object() && obj(o).hdr.flags & object::EXTENSIBLE != 0))
}

fn is(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    Ok(Value::bool(ops::same_value(arg(args, 0), arg(args, 1))))
}

fn has_own(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let o = ops::to_object(arg(args, 0))?;
    let k = object::to_key(arg(args, 1))?;
    Ok(Value::bool(object::get_own(o, k).is_some()))
}

fn has_own_property(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let k = object::to_key(arg(args, 0))?;
    let o = ops::to_object(this)?;
    Ok(Value::bool(object::get_own(o, k).is_some()))
}

fn is_prototype_of(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let v = arg(args, 0);
    if !v.is_object() {
        return Ok(Value::FALSE);
    }
    let o = ops::to_object(this)?;
    let mut cur = obj(v).proto;
    while cur.is_object() {
        if cur == o {
            return Ok(Value::TRUE);
        }
        cur = obj(cur).proto;
    }
    Ok(Value::FALSE)
}

fn property_is_enumerable(this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let k = object::to_key(arg(args, 0))?;
    let o = ops::to_object(this)?;
    Ok(Value::bool(object::get_own(o, k).is_some_and(|p| p.flags() & ENUMERABLE != 0)))
}

fn to_string(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    if this.is_undefined() {
        return Ok(string::intern("[object Undefined]"));
    }
    if this.is_null() {
        return Ok(string::intern("[object Null]"));
    }
    let o = ops::to_object(this)?;
    let builtin = match object::class_of(o) {
        Some(Class::Array) => "Array",
        Some(Class::Function) => "Function",
        Some(Class::Error) => "Error",
        Some(Class::Boolean) => "Boolean",
        Some(Class::Number) => "Number",
        Some(Class::String) => "String",
        Some(Class::Arguments) => "Arguments",
        Some(Class::RegExp) => "RegExp",
        _ => "Object",
    };
    let tag = object::get_value(o, Key::Prop(realm().sym_to_string_tag.0))?;
    let tag = if tag.is_string() { string::str_of(tag).to_rust_string() } else { builtin.to_string() };
    Ok(string::from_str(&format!("[object {tag}]")))
}

fn to_locale_string(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    let f = object::get_value(this, Key::Prop(realm().atoms.to_string.0))?;
    crate::interop::call(f, this, &[])
}

fn value_of(this: Value, _args: &[Value], _nt: Value) -> JsResult<Value> {
    ops::to_object(this)
}
