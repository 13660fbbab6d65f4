//! `RegExp`, `RegExp.prototype` and the RegExp String Iterator
//! (https://tc39.es/ecma262/#sec-regexp-regular-expression-objects), matching with the
//! `regress` backtracking engine.
//!
//! A RegExp object holds its source text (`internal`) and a shared, compiled [`Matcher`]
//! (the flags live there as bits); a literal compiles its pattern once and every
//! evaluation shares it. Indices are UTF-16 code unit indices: a pattern runs on the
//! subject's own storage where it can (ASCII text as UTF-8, two-byte text as UTF-16)
//! and on a widened copy of Latin-1 text otherwise, cached for the last subject so that
//! a global loop over one string widens it once.
//!
//! The `@@match`/`@@replace`/`@@search`/`@@split`/`@@matchAll` methods follow the spec's
//! observable steps (`exec`, `flags`, `lastIndex` through property access). When `exec`
//! is the built-in one, results go straight from the engine's match to what the caller
//! needs, without building the result arrays nobody else can see.

use std::rc::Rc;

use super::{method, native_fn, symbol_method};
use crate::exception::{JsResult, throw_error, throw_type_error};
use crate::gc::roots::TempRoots;
use crate::interop::{self, arg};
use crate::object::shape::{CONFIGURABLE, DEFAULT, WRITABLE};
use crate::object::{self, Class, JsObject, Key, obj};
use crate::ops;
use crate::realm::realm;
use crate::string::{self, StrData, str_of};
use crate::value::Value;
use crate::builtins::error::ErrorKind;

const HAS_INDICES: u8 = 1;
const GLOBAL: u8 = 2;
const IGNORE_CASE: u8 = 4;
const MULTILINE: u8 = 8;
const DOT_ALL: u8 = 16;
const UNICODE: u8 = 32;
const UNICODE_SETS: u8 = 64;
const STICKY: u8 = 128;

/// The flag letters in the order of the `flags` getter, with their getters' names.
const FLAGS: [(u8, u8, &str); 8] = [
    (b'd', HAS_INDICES, "hasIndices"),
    (b'g', GLOBAL, "global"),
    (b'i', IGNORE_CASE, "ignoreCase"),
    (b'm', MULTILINE, "multiline"),
    (b's', DOT_ALL, "dotAll"),
    (b'u', UNICODE, "unicode"),
    (b'v', UNICODE_SETS, "unicodeSets"),
    (b'y', STICKY, "sticky"),
];

/// A compiled pattern with its flags.
pub struct Matcher {
    regex: regress::Regex,
    flags: u8,
}

#[repr(C)]
pub struct JsRegExp {
    pub obj: JsObject,
    /// An `Rc<Matcher>` turned into a pointer; null until RegExpInitialize.
    matcher: *const Matcher,
}

pub(crate) fn finalize(r: &mut JsRegExp) {
    if !r.matcher.is_null() {
        drop(unsafe { Rc::from_raw(r.matcher) });
        r.matcher = std::ptr::null();
    }
}

fn as_regexp(v: Value) -> Option<&'static mut JsRegExp> {
    if !ops::is_class(v, Class::RegExp) {
        return None;
    }
    let r = unsafe { &mut *(obj(v) as *mut JsObject as *mut JsRegExp) };
    (!r.matcher.is_null()).then_some(r)
}

fn matcher_of(r: &JsRegExp) -> &'static Matcher {
    unsafe { &*r.matcher }
}

/// RequireInternalSlot(R, [[RegExpMatcher]]) for `what`.
fn this_regexp(this: Value, what: &str) -> JsResult<&'static mut JsRegExp> {
    match as_regexp(this) {
        Some(r) => Ok(r),
        None => throw_type_error(&format!("RegExp.prototype.{what} requires that 'this' be a RegExp object")),
    }
}

pub fn init() {
    let r = realm();
    let p = object::new_object_with(Class::Object, r.object_prototype, std::mem::size_of::<JsObject>());
    r.regexp_prototype = p;
    let c = super::constructor("RegExp", 2, regexp_ctor, p);
    r.regexp_ctor = c;
    super::species_accessor(c);
    method(c, "escape", 1, escape);
    r.regexp_exec = method(p, "exec", 1, exec);
    method(p, "test", 1, test);
    method(p, "toString", 0, to_string);
    method(p, "compile", 2, compile);
    let getters: [(&str, crate::interop::NativeFn); 10] = [
        ("dotAll", flag_getter::<DOT_ALL>),
        ("flags", flags_getter),
        ("global", flag_getter::<GLOBAL>),
        ("hasIndices", flag_getter::<HAS_INDICES>),
        ("ignoreCase", flag_getter::<IGNORE_CASE>),
        ("multiline", flag_getter::<MULTILINE>),
        ("source", source_getter),
        ("sticky", flag_getter::<STICKY>),
        ("unicode", flag_getter::<UNICODE>),
        ("unicodeSets", flag_getter::<UNICODE_SETS>),
    ];
    for (name, f) in getters {
        let g = native_fn(&format!("get {name}"), 0, f, false);
        let _ = object::define_accessor(p, Key::named(name), Some(g), None, CONFIGURABLE);
    }
    symbol_method(p, r.sym_match, "[Symbol.match]", 1, symbol_match);
    symbol_method(p, r.sym_match_all, "[Symbol.matchAll]", 1, symbol_match_all);
    symbol_method(p, r.sym_replace, "[Symbol.replace]", 2, symbol_replace);
    symbol_method(p, r.sym_search, "[Symbol.search]", 1, symbol_search);
    symbol_method(p, r.sym_split, "[Symbol.split]", 2, symbol_split);
    let ip = object::new_object_with(Class::Object, r.iterator_prototype, std::mem::size_of::<JsObject>());
    method(ip, "next", 0, string_iterator_next);
    let _ = object::define_data(ip, Key::from_atom(r.sym_to_string_tag), string::intern("RegExp String Iterator"), CONFIGURABLE);
    r.regexp_string_iterator_prototype = ip;
}

// ---- creation ----

fn last_index_key() -> Key {
    Key::Prop(realm().atoms.last_index.0)
}

/// RegExpAlloc: a RegExp object without a pattern yet, with its `lastIndex` (0: the
/// value RegExpInitialize sets; nothing can see the object in between).
fn alloc(proto: Value) -> Value {
    let o = object::new_object_with(Class::RegExp, proto, std::mem::size_of::<JsRegExp>());
    let _ = object::define_data(o, last_index_key(), Value::number(0.0), WRITABLE);
    o
}

/// The flag bits of a flags string, or None when a letter is unknown or repeated (or
/// both `u` and `v` are given).
fn parse_flags(units: &[u16]) -> Option<u8> {
    let mut bits = 0u8;
    for &u in units {
        let &(_, bit, _) = FLAGS.iter().find(|(c, _, _)| *c as u16 == u)?;
        if bits & bit != 0 {
            return None;
        }
        bits |= bit;
    }
    (bits & (UNICODE | UNICODE_SETS) != UNICODE | UNICODE_SETS).then_some(bits)
}

/// Compiles `source` with `flags`; a SyntaxError message on failure.
fn compile_matcher(source: &[u16], flags_text: &[u16]) -> Result<Matcher, String> {
    let shown = || format!("/{}/{}", String::from_utf16_lossy(source), String::from_utf16_lossy(flags_text));
    let Some(flags) = parse_flags(flags_text) else {
        return Err(format!("Invalid flags supplied to RegExp constructor '{}'", String::from_utf16_lossy(flags_text)));
    };
    let rflags = regress::Flags {
        icase: flags & IGNORE_CASE != 0,
        multiline: flags & MULTILINE != 0,
        dot_all: flags & DOT_ALL != 0,
        unicode: flags & UNICODE != 0,
        unicode_sets: flags & UNICODE_SETS != 0,
        no_opt: false,
    };
    let result = regress::Regex::from_unicode(pattern_chars(source, flags & (UNICODE | UNICODE_SETS) != 0).into_iter(), rflags);
    match result {
        Ok(regex) => Ok(Matcher { regex, flags }),
        Err(e) => Err(format!("Invalid regular expression: {}: {e}", shown())),
    }
}

/// The pattern as the engine reads it: code points in Unicode mode, code units
/// otherwise, except that group names (`(?<name>`, `\k<name>`) are always read by code
/// points, as the grammar says.
fn pattern_chars(source: &[u16], unicode: bool) -> Vec<u32> {
    let decode = |units: &[u16]| -> Vec<u32> { char::decode_utf16(units.iter().copied()).map(|c| c.map_or_else(|e| e.unpaired_surrogate() as u32, u32::from)).collect() };
    if unicode {
        return decode(source);
    }
    let at = |i: usize| source.get(i).copied().unwrap_or(0);
    let mut out = Vec::with_capacity(source.len());
    let (mut i, mut in_class) = (0, false);
    while i < source.len() {
        let c = source[i];
        let name_start = if c == b'\\' as u16 {
            (at(i + 1) == b'k' as u16 && at(i + 2) == b'<' as u16).then_some(i + 3)
        } else if !in_class && c == b'(' as u16 && at(i + 1) == b'?' as u16 && at(i + 2) == b'<' as u16 && at(i + 3) != b'=' as u16 && at(i + 3) != b'!' as u16 {
            Some(i + 3)
        } else {
            None
        };
        if let Some(start) = name_start {
            let end = (start..source.len()).find(|&j| source[j] == b'>' as u16).unwrap_or(source.len());
            out.extend(source[i..start].iter().map(|&u| u as u32));
            out.extend(decode(&source[start..end]));
            i = end;
            continue;
        }
        if c == b'\\' as u16 {
            out.push(c as u32);
            if i + 1 < source.len() {
                out.push(source[i + 1] as u32);
            }
            i += 2;
            continue;
        }
        if c == b'[' as u16 {
            in_class = true;
        } else if c == b']' as u16 {
            in_class = false;
        }
        out.push(c as u32);
        i += 1;
    }
    out
}

/// RegExpInitialize(obj, pattern, flags).
fn initialize(o: Value, pattern: Value, flags: Value) -> JsResult<Value> {
    let roots = TempRoots::new();
    let p = if pattern.is_undefined() { realm().atoms.empty } else { ops::to_string(pattern)? };
    roots.push(p);
    let f = if flags.is_undefined() { realm().atoms.empty } else { ops::to_string(flags)? };
    roots.push(f);
    let m = match compile_matcher(&str_of(p).units(), &str_of(f).units()) {
        Ok(m) => m,
        Err(msg) => return throw_error(ErrorKind::Syntax, &msg),
    };
    set_matcher(o, p, Rc::new(m));
    object::set_value(o, last_index_key(), Value::number(0.0), true)?;
    Ok(o)
}

fn set_matcher(o: Value, source: Value, m: Rc<Matcher>) {
    let r = unsafe { &mut *(obj(o) as *mut JsObject as *mut JsRegExp) };
    finalize(r);
    r.matcher = Rc::into_raw(m);
    r.obj.internal = source;
}

/// RegExpCreate(P, F) with %RegExp.prototype%.
pub fn create(pattern: Value, flags: Value) -> JsResult<Value> {
    let o = alloc(realm().regexp_prototype);
    initialize(o, pattern, flags)
}

/// A regular expression literal: `cell` holds the literal's first RegExp, whose
/// compiled pattern every later evaluation shares.
pub fn literal(cell: &mut Value, pattern: Value, flags: Value) -> JsResult<Value> {
    if cell.is_undefined() {
        *cell = create(pattern, flags)?;
        return Ok(*cell);
    }
    let first = as_regexp(*cell).expect("a literal's cache holds a RegExp");
    let m = unsafe {
        Rc::increment_strong_count(first.matcher);
        Rc::from_raw(first.matcher)
    };
    let source = first.obj.internal;
    let o = alloc(realm().regexp_prototype);
    set_matcher(o, source, m);
    Ok(o)
}

/// IsRegExp(argument).
pub fn is_regexp(v: Value) -> JsResult<bool> {
    if !v.is_object() {
        return Ok(false);
    }
    let m = object::get_value(v, Key::from_atom(realm().sym_match))?;
    if !m.is_undefined() {
        return Ok(ops::to_boolean(m));
    }
    Ok(as_regexp(v).is_some())
}

/// `RegExp(pattern, flags)` and `new RegExp(pattern, flags)`.
fn regexp_ctor(_this: Value, args: &[Value], nt: Value) -> JsResult<Value> {
    let (pattern, flags) = (arg(args, 0), arg(args, 1));
    let pattern_is_regexp = is_regexp(pattern)?;
    let new_target = if nt.is_undefined() {
        let c = realm().regexp_ctor;
        if pattern_is_regexp && flags.is_undefined() {
            let pc = object::get_value(pattern, Key::Prop(realm().atoms.constructor.0))?;
            if pc == c {
                return Ok(pattern);
            }
        }
        c
    } else {
        nt
    };
    let roots = TempRoots::new();
    let (p, f) = if let Some(r) = as_regexp(pattern) {
        let f = if flags.is_undefined() { flags_string(matcher_of(r).flags) } else { flags };
        (r.obj.internal, f)
    } else if pattern_is_regexp {
        let p = object::get_value(pattern, Key::named("source"))?;
        roots.push(p);
        let f = if flags.is_undefined() { object::get_value(pattern, Key::named("flags"))? } else { flags };
        (p, f)
    } else {
        (pattern, flags)
    };
    roots.push(p);
    roots.push(f);
    let proto = interop::prototype_from_constructor(new_target, realm().regexp_prototype)?;
    let o = alloc(proto);
    roots.push(o);
    initialize(o, p, f)
}

/// The letters of flag bits, in `flags` getter order.
fn flag_letters(bits: u8) -> String {
    FLAGS.iter().filter(|(_, b, _)| bits & b != 0).map(|(c, _, _)| *c as char).collect()
}

fn flags_string(bits: u8) -> Value {
    string::from_str(&flag_letters(bits))
}

/// RegExp.escape(S) (ES2025).
fn escape(_this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let s = arg(args, 0);
    if !s.is_string() {
        return throw_type_error("RegExp.escape requires a string");
    }
    let units = str_of(s).units();
    let mut out: Vec<u16> = Vec::with_capacity(units.len() * 2);
    let hex = |out: &mut Vec<u16>, prefix: &str, v: u32, width: usize| {
        out.extend(prefix.encode_utf16());
        out.extend(format!("{v:0width$x}").encode_utf16());
    };
    for (i, c) in char::decode_utf16(units.iter().copied()).enumerate() {
        match c {
            Err(e) => hex(&mut out, "\\u", e.unpaired_surrogate() as u32, 4),
            Ok(c) if i == 0 && c.is_ascii_alphanumeric() => hex(&mut out, "\\x", c as u32, 2),
            Ok(c) if "^$\\.*+?()[]{}|/".contains(c) => {
                out.push(b'\\' as u16);
                out.push(c as u16);
            }
            Ok(c) if "\t\n\u{b}\u{c}\r".contains(c) => {
                let e = match c {
                    '\t' => 't',
                    '\n' => 'n',
                    '\u{b}' => 'v',
                    '\u{c}' => 'f',
                    _ => 'r',
                };
                out.push(b'\\' as u16);
                out.push(e as u16);
            }
            Ok(c) if ",-=<>#&!%:;@~'`\"".contains(c) || ops::is_js_space(c) => {
                if (c as u32) <= 0xFF {
                    hex(&mut out, "\\x", c as u32, 2);
                } else {
                    let mut b = [0u16; 2];
                    for &u in c.encode_utf16(&mut b).iter() {
                        hex(&mut out, "\\u", u as u32, 4);
                    }
                }
            }
            Ok(c) => {
                let mut b = [0u16; 2];
                out.extend_from_slice(c.encode_utf16(&mut b));
            }
        }
    }
    Ok(string::from_units(&out))
}

/// RegExp.prototype.compile(pattern, flags) (Annex B).
fn compile(this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    this_regexp(this, "compile")?;
    let (pattern, flags) = (arg(args, 0), arg(args, 1));
    let (p, f) = match as_regexp(pattern) {
        Some(r) => {
            if !flags.is_undefined() {
                return throw_type_error("RegExp.prototype.compile: flags must be undefined when the pattern is a RegExp");
            }
            (r.obj.internal, flags_string(matcher_of(r).flags))
        }
        None => (pattern, flags),
    };
    initialize(this, p, f)
}

// ---- accessors ----

/// RegExpHasFlag: a RegExp's flag; undefined on %RegExp.prototype% itself.
fn flag_getter<const BIT: u8>(this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    let name = || FLAGS.iter().find(|f| f.1 == BIT).map_or("", |f| f.2);
    if !this.is_object() {
        return throw_type_error(&format!("RegExp.prototype.{} getter called on non-object {}", name(), super::console::inspect_short(this)));
    }
    match as_regexp(this) {
        Some(r) => Ok(Value::bool(matcher_of(r).flags & BIT != 0)),
        None if this == realm().regexp_prototype => Ok(Value::UNDEFINED),
        None => throw_type_error(&format!("RegExp.prototype.{} getter called on non-RegExp object", name())),
    }
}

/// `flags`: the letters of the flag getters that return true, read through `Get`.
fn flags_getter(this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    if !this.is_object() {
        return throw_type_error("RegExp.prototype.flags getter called on non-object");
    }
    let mut s = String::new();
    for (c, _, name) in FLAGS {
        if ops::to_boolean(object::get_value(this, Key::named(name))?) {
            s.push(c as char);
        }
    }
    Ok(string::from_str(&s))
}

fn source_getter(this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    if !this.is_object() {
        return throw_type_error("RegExp.prototype.source getter called on non-object");
    }
    match as_regexp(this) {
        Some(r) => Ok(escape_pattern(r.obj.internal)),
        None if this == realm().regexp_prototype => Ok(string::from_str("(?:)")),
        None => throw_type_error("RegExp.prototype.source getter called on non-RegExp object"),
    }
}

/// EscapeRegExpPattern: the source as it could be written between slashes (`/` and
/// line terminators escaped, the empty pattern as `(?:)`).
fn escape_pattern(source: Value) -> Value {
    let u = str_of(source).units();
    if u.is_empty() {
        return string::from_str("(?:)");
    }
    let mut out = Vec::with_capacity(u.len());
    let (mut in_class, mut escaped) = (false, false);
    for &c in &u {
        if escaped {
            escaped = false;
            match c {
                0x0A => out.extend("n".encode_utf16()),
                0x0D => out.extend("r".encode_utf16()),
                0x2028 => out.extend("u2028".encode_utf16()),
                0x2029 => out.extend("u2029".encode_utf16()),
                _ => out.push(c),
            }
            continue;
        }
        match c {
            0x5C => {
                escaped = true;
                out.push(c);
            }
            0x2F if !in_class => out.extend("\\/".encode_utf16()),
            0x0A => out.extend("\\n".encode_utf16()),
            0x0D => out.extend("\\r".encode_utf16()),
            0x2028 => out.extend("\\u2028".encode_utf16()),
            0x2029 => out.extend("\\u2029".encode_utf16()),
            _ => {
                if c == b'[' as u16 {
                    in_class = true;
                } else if c == b']' as u16 {
                    in_class = false;
                }
                out.push(c);
            }
        }
    }
    string::from_units(&out)
}

fn to_string(this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    if !this.is_object() {
        return throw_type_error(&format!("RegExp.prototype.toString called on non-object {}", super::console::inspect_short(this)));
    }
    let p = ops::to_string(object::get_value(this, Key::named("source"))?)?;
    let roots = TempRoots::new();
    roots.push(p);
    let f = ops::to_string(object::get_value(this, Key::named("flags"))?)?;
    let mut u = vec![b'/' as u16];
    u.extend(str_of(p).units());
    u.push(b'/' as u16);
    u.extend(str_of(f).units());
    Ok(string::from_units(&u))
}

/// The source and flags of a RegExp for display (`/a+/g`), without running getters.
pub fn display(v: Value) -> Option<String> {
    let r = as_regexp(v)?;
    let source = String::from_utf16_lossy(&str_of(escape_pattern(r.obj.internal)).units());
    Some(format!("/{source}/{}", flag_letters(matcher_of(r).flags)))
}

// ---- matching ----

thread_local! {
    /// The last Latin-1 subject widened to UTF-16 (the string is kept alive by
    /// `realm().regexp_widened`, so its address cannot be reused while cached).
    static WIDENED: std::cell::RefCell<Vec<u16>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The first match of `m` in `subject` at or after unit `start`.
fn find(m: &Matcher, subject: Value, start: usize) -> Option<regress::Match> {
    let s = str_of(subject);
    let unicode = m.flags & (UNICODE | UNICODE_SETS) != 0;
    if let Some(text) = string::ascii_text(subject) {
        return m.regex.find_from(text, start).next();
    }
    let run = |units: &[u16]| if unicode { m.regex.find_from_utf16(units, start).next() } else { m.regex.find_from_ucs2(units, start).next() };
    match s.data() {
        StrData::Utf16(u) => run(u),
        StrData::Latin1(b) => WIDENED.with(|w| {
            let mut w = w.borrow_mut();
            let r = realm();
            if r.regexp_widened != subject {
                w.clear();
                w.extend(b.iter().map(|&c| c as u16));
                r.regexp_widened = subject;
            }
            run(&w)
        }),
    }
}

/// ToLength(Get(R, "lastIndex")).
fn get_last_index(r: Value) -> JsResult<usize> {
    let v = object::get_value(r, last_index_key())?;
    let n = if v.is_number() { v.as_number() } else { ops::to_integer(v)? };
    Ok(if n.is_nan() || n <= 0.0 { 0 } else { n.min(9007199254740991.0) as usize })
}

fn set_last_index(r: Value, i: usize) -> JsResult<()> {
    object::set_value(r, last_index_key(), Value::number(i as f64), true)
}

/// The matching half of RegExpBuiltinExec: reads and updates `lastIndex` as the spec
/// does, and returns the engine's match.
fn builtin_match(rv: Value, subject: Value) -> JsResult<Option<regress::Match>> {
    let m = matcher_of(as_regexp(rv).expect("checked by the caller"));
    let flags = m.flags;
    let mut last = get_last_index(rv)?;
    let global_or_sticky = flags & (GLOBAL | STICKY) != 0;
    if !global_or_sticky {
        last = 0;
    }
    let len = str_of(subject).len();
    let found = if last > len { None } else { find(m, subject, last) };
    match found {
        Some(mm) if flags & STICKY == 0 || mm.start() == last => {
            if global_or_sticky {
                set_last_index(rv, mm.end())?;
            }
            Ok(Some(mm))
        }
        _ => {
            if global_or_sticky {
                set_last_index(rv, 0)?;
            }
            Ok(None)
        }
    }
}

/// RegExpBuiltinExec(R, S): the match array, or null.
fn builtin_exec(rv: Value, subject: Value) -> JsResult<Value> {
    let flags = matcher_of(as_regexp(rv).expect("checked by the caller")).flags;
    match builtin_match(rv, subject)? {
        None => Ok(Value::NULL),
        Some(mm) => Ok(match_array(subject, &mm, flags & HAS_INDICES != 0)),
    }
}

/// The capture groups' strings of a match (undefined for groups that did not take
/// part), each pushed on `roots`.
fn capture_values(subject: Value, mm: &regress::Match, roots: &TempRoots) -> Vec<Value> {
    let value = |r: &Option<regress::Range>| match r {
        Some(r) => string::substring(subject, r.start, r.end),
        None => Value::UNDEFINED,
    };
    mm.captures
        .iter()
        .map(|c| {
            let v = value(c);
            roots.push(v);
            v
        })
        .collect()
}

/// The `groups` object of a match (null prototype), or undefined without named groups;
/// `value(i)` is the value of capture `i` (1-based). Names come in the order of their
/// first group; a duplicated name holds the value of whichever of its groups matched.
fn groups_object(mm: &regress::Match, mut value: impl FnMut(usize) -> Value) -> Value {
    if mm.named_groups().next().is_none() {
        return Value::UNDEFINED;
    }
    let g = object::new_plain_object();
    obj(g).proto = Value::NULL;
    let roots = TempRoots::new();
    roots.push(g);
    for (name, range) in mm.named_groups() {
        let v = match range {
            Some(r) => match mm.captures.iter().position(|c| c.as_ref() == Some(&r)) {
                Some(i) => value(i + 1),
                None => Value::UNDEFINED,
            },
            None => Value::UNDEFINED,
        };
        let _ = object::define_data(g, Key::from_atom(string::intern(name)), v, DEFAULT);
    }
    g
}

/// The array RegExpBuiltinExec returns for a match.
fn match_array(subject: Value, mm: &regress::Match, has_indices: bool) -> Value {
    let roots = TempRoots::new();
    let whole = string::substring(subject, mm.start(), mm.end());
    roots.push(whole);
    let mut elems = vec![whole];
    elems.extend(capture_values(subject, mm, &roots));
    let a = object::new_array(elems);
    roots.push(a);
    let atoms = &realm().atoms;
    let _ = object::define_data(a, Key::Prop(atoms.index.0), Value::number(mm.start() as f64), DEFAULT);
    let _ = object::define_data(a, Key::Prop(atoms.input.0), subject, DEFAULT);
    let groups = groups_object(mm, |i| obj(a).elements[i]);
    let _ = object::define_data(a, Key::Prop(atoms.groups.0), groups, DEFAULT);
    if has_indices {
        let pair = |r: &Option<regress::Range>| match r {
            Some(r) => object::new_array(vec![Value::number(r.start as f64), Value::number(r.end as f64)]),
            None => Value::UNDEFINED,
        };
        let mut pairs = vec![pair(&Some(mm.range()))];
        roots.push(pairs[0]);
        for c in &mm.captures {
            let p = pair(c);
            roots.push(p);
            pairs.push(p);
        }
        let indices = object::new_array(pairs);
        roots.push(indices);
        let igroups = groups_object(mm, |i| obj(indices).elements[i]);
        let _ = object::define_data(indices, Key::Prop(atoms.groups.0), igroups, DEFAULT);
        let _ = object::define_data(a, Key::named("indices"), indices, DEFAULT);
    }
    a
}

/// RegExpExec(R, S): the user's `exec` if there is one, else the built-in.
fn regexp_exec(rv: Value, subject: Value) -> JsResult<Value> {
    let exec_fn = object::get_value(rv, Key::Prop(realm().atoms.exec.0))?;
    if exec_fn != realm().regexp_exec && object::is_callable(exec_fn) {
        let r = interop::call(exec_fn, rv, &[subject])?;
        if !r.is_object() && !r.is_null() {
            return throw_type_error("The result of a RegExp exec method must be an object or null");
        }
        return Ok(r);
    }
    this_regexp(rv, "exec")?;
    builtin_exec(rv, subject)
}

/// Whether RegExpExec(R, S) would run the built-in exec on a RegExp (the fast paths'
/// condition; reading `exec` is the same Get the spec does).
fn uses_builtin_exec(rv: Value) -> JsResult<bool> {
    Ok(as_regexp(rv).is_some() && object::get_value(rv, Key::Prop(realm().atoms.exec.0))? == realm().regexp_exec)
}

fn exec(this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    this_regexp(this, "exec")?;
    let s = ops::to_string(arg(args, 0))?;
    builtin_exec(this, s)
}

fn test(this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    if !this.is_object() {
        return throw_type_error(&format!("RegExp.prototype.test called on incompatible receiver {}", super::console::inspect_short(this)));
    }
    let s = ops::to_string(arg(args, 0))?;
    if uses_builtin_exec(this)? {
        return Ok(Value::bool(builtin_match(this, s)?.is_some()));
    }
    Ok(Value::bool(!regexp_exec(this, s)?.is_null()))
}

/// AdvanceStringIndex(S, index, unicode).
fn advance(subject: Value, index: usize, unicode: bool) -> usize {
    let s = str_of(subject);
    if !unicode || index + 1 >= s.len() {
        return index + 1;
    }
    let (a, b) = (s.unit(index), s.unit(index + 1));
    if (0xD800..0xDC00).contains(&a) && (0xDC00..0xE000).contains(&b) { index + 2 } else { index + 1 }
}

/// `this` as an object for a `@@` method, and ToString(string).
fn this_and_subject(this: Value, args: &[Value], what: &str) -> JsResult<(Value, Value)> {
    if !this.is_object() {
        return throw_type_error(&format!("RegExp.prototype[{what}] called on non-object {}", super::console::inspect_short(this)));
    }
    Ok((this, ops::to_string(arg(args, 0))?))
}

/// ToString(Get(rx, "flags")) as units.
fn flags_of(rx: Value) -> JsResult<Vec<u16>> {
    Ok(str_of(ops::to_string(object::get_value(rx, Key::named("flags"))?)?).units())
}

fn has_flag(flags: &[u16], c: u8) -> bool {
    flags.contains(&(c as u16))
}

/// After an empty match of a global loop: lastIndex moves past it.
fn skip_empty_match(rx: Value, subject: Value, unicode: bool) -> JsResult<()> {
    let i = get_last_index(rx)?;
    set_last_index(rx, advance(subject, i, unicode))
}

fn symbol_match(this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (rx, s) = this_and_subject(this, args, "Symbol.match")?;
    let flags = flags_of(rx)?;
    if !has_flag(&flags, b'g') {
        return regexp_exec(rx, s);
    }
    let unicode = has_flag(&flags, b'u') || has_flag(&flags, b'v');
    set_last_index(rx, 0)?;
    let roots = TempRoots::new();
    let mut found = Vec::new();
    loop {
        let matched = if uses_builtin_exec(rx)? {
            match builtin_match(rx, s)? {
                None => break,
                Some(mm) => string::substring(s, mm.start(), mm.end()),
            }
        } else {
            let r = regexp_exec(rx, s)?;
            if r.is_null() {
                break;
            }
            ops::to_string(object::get_value(r, Key::Index(0))?)?
        };
        roots.push(matched);
        found.push(matched);
        if str_of(matched).is_empty() {
            skip_empty_match(rx, s, unicode)?;
        }
    }
    Ok(if found.is_empty() { Value::NULL } else { object::new_array(found) })
}

/// One match as `@@replace` uses it.
struct Found {
    matched: Value,
    position: usize,
    captures: Vec<Value>,
    groups: Value,
}

/// A match result object read the way `@@replace` reads it.
fn found_from_result(r: Value, len: usize) -> JsResult<Found> {
    let n = super::array::len_of(r)?;
    let matched = ops::to_string(object::get_value(r, Key::Index(0))?)?;
    let roots = TempRoots::new();
    roots.push(matched);
    let pos = ops::to_integer(object::get_value(r, Key::Prop(realm().atoms.index.0))?)?;
    let position = pos.clamp(0.0, len as f64) as usize;
    let mut captures = Vec::new();
    for i in 1..n.max(1) {
        let mut c = object::get_value(r, Key::Index(i as u32))?;
        if !c.is_undefined() {
            c = ops::to_string(c)?;
        }
        roots.push(c);
        captures.push(c);
    }
    let groups = object::get_value(r, Key::Prop(realm().atoms.groups.0))?;
    Ok(Found { matched, position, captures, groups })
}

fn found_from_match(subject: Value, mm: &regress::Match) -> Found {
    let roots = TempRoots::new();
    let matched = string::substring(subject, mm.start(), mm.end());
    roots.push(matched);
    let captures = capture_values(subject, mm, &roots);
    let groups = groups_object(mm, |i| captures[i - 1]);
    Found { matched, position: mm.start(), captures, groups }
}

fn symbol_replace(this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (rx, s) = this_and_subject(this, args, "Symbol.replace")?;
    let roots = TempRoots::new();
    roots.push(s);
    let len = str_of(s).len();
    let mut replace_value = arg(args, 1);
    let functional = object::is_callable(replace_value);
    if !functional {
        replace_value = ops::to_string(replace_value)?;
        roots.push(replace_value);
    }
    let flags = flags_of(rx)?;
    let global = has_flag(&flags, b'g');
    let unicode = has_flag(&flags, b'u') || has_flag(&flags, b'v');
    if global {
        set_last_index(rx, 0)?;
    }
    let mut results: Vec<Found> = Vec::new();
    loop {
        let f = if uses_builtin_exec(rx)? {
            match builtin_match(rx, s)? {
                None => break,
                Some(mm) => found_from_match(s, &mm),
            }
        } else {
            let r = regexp_exec(rx, s)?;
            if r.is_null() {
                break;
            }
            roots.push(r);
            found_from_result(r, len)?
        };
        roots.push(f.matched);
        roots.push(f.groups);
        for &c in &f.captures {
            roots.push(c);
        }
        let empty = str_of(f.matched).is_empty();
        results.push(f);
        if !global {
            break;
        }
        if empty {
            skip_empty_match(rx, s, unicode)?;
        }
    }
    let units = str_of(s).units();
    let mut out: Vec<u16> = Vec::with_capacity(units.len());
    let mut next_source = 0;
    let template = if functional { Vec::new() } else { str_of(replace_value).units() };
    for f in results {
        let matched_len = str_of(f.matched).len();
        let replacement = if functional {
            let mut call_args = vec![f.matched];
            call_args.extend_from_slice(&f.captures);
            call_args.push(Value::number(f.position as f64));
            call_args.push(s);
            if !f.groups.is_undefined() {
                call_args.push(f.groups);
            }
            let v = interop::call(replace_value, Value::UNDEFINED, &call_args)?;
            str_of(ops::to_string(v)?).units()
        } else {
            let groups = if f.groups.is_undefined() { f.groups } else { ops::to_object(f.groups)? };
            let mut r = Vec::new();
            get_substitution(&mut r, &str_of(f.matched).units(), &units, f.position, &f.captures, groups, &template)?;
            r
        };
        if f.position >= next_source {
            out.extend_from_slice(&units[next_source..f.position]);
            out.extend_from_slice(&replacement);
            next_source = f.position + matched_len;
        }
    }
    if next_source < units.len() {
        out.extend_from_slice(&units[next_source..]);
    }
    Ok(string::from_units(&out))
}

/// GetSubstitution(matched, str, position, captures, namedCaptures, template): the
/// replacement text with `$$`, `$&`, `` $` ``, `$'`, `$n`, `$nn` and `$<name>` expanded.
pub fn get_substitution(out: &mut Vec<u16>, matched: &[u16], subject: &[u16], position: usize, captures: &[Value], groups: Value, template: &[u16]) -> JsResult<()> {
    let digit = |c: u16| (b'0' as u16..=b'9' as u16).contains(&c).then(|| (c - b'0' as u16) as usize);
    let m = captures.len();
    let mut i = 0;
    while i < template.len() {
        let c = template[i];
        if c != b'$' as u16 || i + 1 >= template.len() {
            out.push(c);
            i += 1;
            continue;
        }
        let n = template[i + 1];
        match n {
            0x24 => {
                out.push(b'$' as u16);
                i += 2;
            }
            0x26 => {
                out.extend_from_slice(matched);
                i += 2;
            }
            0x60 => {
                out.extend_from_slice(&subject[..position.min(subject.len())]);
                i += 2;
            }
            0x27 => {
                out.extend_from_slice(&subject[(position + matched.len()).min(subject.len())..]);
                i += 2;
            }
            _ if digit(n).is_some() => {
                let d1 = digit(n).unwrap_or(0);
                let two = template.get(i + 2).and_then(|&c| digit(c)).map(|d2| d1 * 10 + d2);
                let (index, width) = match two {
                    Some(nn) if (1..=m).contains(&nn) => (nn, 2),
                    _ => (d1, 1),
                };
                if (1..=m).contains(&index) {
                    let v = captures[index - 1];
                    if !v.is_undefined() {
                        out.extend(str_of(v).units());
                    }
                } else {
                    out.extend_from_slice(&template[i..i + 1 + width]);
                }
                i += 1 + width;
            }
            0x3C if !groups.is_undefined() => {
                let Some(gt) = template[i + 2..].iter().position(|&c| c == b'>' as u16) else {
                    out.extend_from_slice(&template[i..i + 2]);
                    i += 2;
                    continue;
                };
                let name = &template[i + 2..i + 2 + gt];
                let v = object::get_value(groups, Key::from_atom(string::intern_units(name)))?;
                if !v.is_undefined() {
                    out.extend(str_of(ops::to_string(v)?).units());
                }
                i += 3 + gt;
            }
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    Ok(())
}

fn symbol_search(this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (rx, s) = this_and_subject(this, args, "Symbol.search")?;
    let previous = object::get_value(rx, last_index_key())?;
    if !ops::same_value(previous, Value::number(0.0)) {
        set_last_index(rx, 0)?;
    }
    let r = regexp_exec(rx, s)?;
    let current = object::get_value(rx, last_index_key())?;
    if !ops::same_value(current, previous) {
        object::set_value(rx, last_index_key(), previous, true)?;
    }
    if r.is_null() {
        return Ok(Value::number(-1.0));
    }
    object::get_value(r, Key::Prop(realm().atoms.index.0))
}

/// SpeciesConstructor(O, defaultConstructor).
fn species_constructor(o: Value, default: Value) -> JsResult<Value> {
    let c = object::get_value(o, Key::Prop(realm().atoms.constructor.0))?;
    if c.is_undefined() {
        return Ok(default);
    }
    if !c.is_object() {
        return throw_type_error("object.constructor is not an object");
    }
    let s = object::get_value(c, Key::from_atom(realm().sym_species))?;
    if s.is_nullish() {
        return Ok(default);
    }
    if interop::is_constructor(s) {
        return Ok(s);
    }
    throw_type_error("object.constructor[Symbol.species] is not a constructor")
}

fn symbol_split(this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (rx, s) = this_and_subject(this, args, "Symbol.split")?;
    let roots = TempRoots::new();
    roots.push(s);
    let c = species_constructor(rx, realm().regexp_ctor)?;
    let flags = flags_of(rx)?;
    let unicode = has_flag(&flags, b'u') || has_flag(&flags, b'v');
    let mut new_flags = flags.clone();
    if !has_flag(&flags, b'y') {
        new_flags.push(b'y' as u16);
    }
    let nf = string::from_units(&new_flags);
    roots.push(nf);
    let splitter = interop::construct(c, &[rx, nf])?;
    roots.push(splitter);
    let limit = arg(args, 1);
    let lim = if limit.is_undefined() { u32::MAX } else { ops::to_uint32(ops::to_number(limit)?) } as usize;
    let mut out: Vec<Value> = Vec::new();
    let push = |out: &mut Vec<Value>, v: Value| {
        roots.push(v);
        out.push(v);
    };
    if lim == 0 {
        return Ok(object::new_array(out));
    }
    let size = str_of(s).len();
    if size == 0 {
        if regexp_exec(splitter, s)?.is_null() {
            push(&mut out, s);
        }
        return Ok(object::new_array(out));
    }
    // With the built-in exec, the sticky attempts that fail before the next match are
    // skipped by one search from q (a sticky match at k exists exactly when the search
    // from k finds one starting at k, and the search returns the first such k).
    let fast = as_regexp(splitter).is_some() && uses_builtin_exec(splitter)?;
    let (mut p, mut q) = (0usize, 0usize);
    while q < size {
        let (e, captures): (usize, Vec<Value>) = if fast {
            let m = matcher_of(as_regexp(splitter).expect("checked"));
            match find(m, s, q) {
                None => break,
                Some(mm) => {
                    q = mm.start();
                    if q >= size {
                        break;
                    }
                    let e = mm.end().min(size);
                    if e == p {
                        q = advance(s, q, unicode);
                        continue;
                    }
                    (e, capture_values(s, &mm, &roots))
                }
            }
        } else {
            set_last_index(splitter, q)?;
            let z = regexp_exec(splitter, s)?;
            if z.is_null() {
                q = advance(s, q, unicode);
                continue;
            }
            roots.push(z);
            let e = get_last_index(splitter)?.min(size);
            if e == p {
                q = advance(s, q, unicode);
                continue;
            }
            let n = super::array::len_of(z)?;
            let mut caps = Vec::new();
            for i in 1..n.max(1) {
                let v = object::get_value(z, Key::Index(i as u32))?;
                roots.push(v);
                caps.push(v);
            }
            (e, caps)
        };
        push(&mut out, string::substring(s, p, q));
        if out.len() == lim {
            return Ok(object::new_array(out));
        }
        p = e;
        for v in captures {
            push(&mut out, v);
            if out.len() == lim {
                return Ok(object::new_array(out));
            }
        }
        q = p;
    }
    push(&mut out, string::substring(s, p, size));
    Ok(object::new_array(out))
}

// ---- matchAll and the RegExp String Iterator ----

const ITER_GLOBAL: u16 = 0x100;
const ITER_UNICODE: u16 = 0x200;
const ITER_DONE: u16 = 0x400;

fn symbol_match_all(this: Value, args: &[Value], _: Value) -> JsResult<Value> {
    let (rx, s) = this_and_subject(this, args, "Symbol.matchAll")?;
    let roots = TempRoots::new();
    roots.push(s);
    let c = species_constructor(rx, realm().regexp_ctor)?;
    let flags = flags_of(rx)?;
    let fv = string::from_units(&flags);
    roots.push(fv);
    let matcher = interop::construct(c, &[rx, fv])?;
    roots.push(matcher);
    let last = get_last_index(rx)?;
    set_last_index(matcher, last)?;
    let it = object::new_object_with(Class::RegExpStringIterator, realm().regexp_string_iterator_prototype, std::mem::size_of::<JsObject>());
    obj(it).internal = object::new_array(vec![matcher, s]);
    if has_flag(&flags, b'g') {
        obj(it).hdr.flags |= ITER_GLOBAL;
    }
    if has_flag(&flags, b'u') || has_flag(&flags, b'v') {
        obj(it).hdr.flags |= ITER_UNICODE;
    }
    Ok(it)
}

fn string_iterator_next(this: Value, _: &[Value], _: Value) -> JsResult<Value> {
    if !ops::is_class(this, Class::RegExpStringIterator) {
        return throw_type_error("%RegExpStringIteratorPrototype%.next requires that 'this' be a RegExp String Iterator");
    }
    let o = obj(this);
    if o.hdr.flags & ITER_DONE != 0 {
        return Ok(super::iterator::iter_result(Value::UNDEFINED, true));
    }
    let state = obj(o.internal);
    let (rx, s) = (state.elements[0], state.elements[1]);
    let m = regexp_exec(rx, s)?;
    if m.is_null() {
        obj(this).hdr.flags |= ITER_DONE;
        return Ok(super::iterator::iter_result(Value::UNDEFINED, true));
    }
    if obj(this).hdr.flags & ITER_GLOBAL == 0 {
        obj(this).hdr.flags |= ITER_DONE;
        return Ok(super::iterator::iter_result(m, false));
    }
    let roots = TempRoots::new();
    roots.push(m);
    let matched = ops::to_string(object::get_value(m, Key::Index(0))?)?;
    if str_of(matched).is_empty() {
        skip_empty_match(rx, s, obj(this).hdr.flags & ITER_UNICODE != 0)?;
    }
    Ok(super::iterator::iter_result(m, false))
}
