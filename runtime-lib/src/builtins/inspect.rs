//! Node's `util.inspect` as `console.log` uses it: the same quoting, depth limit (2),
//! line breaking at 80 columns (`reduceToSingleString`), grouping of long arrays into
//! aligned columns (`groupArrayElements`), `<N empty items>`, `... N more items`,
//! `[Circular *N]`, class-name prefixes and boxed primitives. The structure follows
//! node's lib/internal/util/inspect.js function by function so that outputs match.

use crate::object::shape::ENUMERABLE;
use crate::object::{self, Class, Key, Own, class_of, func, obj};
use crate::ops::number_to_rust_string;
use crate::realm::realm;
use crate::string::str_of;
use crate::value::Value;

const BREAK_LENGTH: usize = 80;
const COMPACT: usize = 3;
const DEPTH: usize = 2;
const MAX_ARRAY_LENGTH: usize = 100;
const MIN_LINE_WIDTH: usize = 16;

struct Ctx {
    seen: Vec<Value>,
    circular: Vec<Value>,
    indentation_lvl: usize,
    current_depth: usize,
}

/// Formats a value as `console.log` prints a non-string argument.
pub fn inspect(v: Value) -> String {
    let mut ctx = Ctx { seen: Vec::new(), circular: Vec::new(), indentation_lvl: 0, current_depth: 0 };
    format_value(&mut ctx, v, 0, false)
}

/// strEscape: quotes a string as node does (single quotes unless the text has some).
pub fn quote(s: &str) -> String {
    let quote = if !s.contains('\'') {
        '\''
    } else if !s.contains('"') {
        '"'
    } else if !s.contains('`') && !s.contains("${") {
        '`'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\u{b}' => out.push_str("\\v"),
            '\\' => out.push_str("\\\\"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\x{:02X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn format_number(n: f64) -> String {
    if n == 0.0 && n.is_sign_negative() { "-0".into() } else { number_to_rust_string(n) }
}

fn format_primitive(ctx: &Ctx, v: Value) -> String {
    if v.is_string() {
        let s = str_of(v).to_rust_string();
        if s.len() > MIN_LINE_WIDTH && s.len() + ctx.indentation_lvl + 4 > BREAK_LENGTH && s.contains('\n') {
            let mut parts = Vec::new();
            let mut start = 0;
            for (i, c) in s.char_indices() {
                if c == '\n' {
                    parts.push(&s[start..=i]);
                    start = i + 1;
                }
            }
            if start < s.len() {
                parts.push(&s[start..]);
            }
            let sep = format!(" +\n{}", " ".repeat(ctx.indentation_lvl + 2));
            return parts.iter().map(|p| quote(p)).collect::<Vec<_>>().join(&sep);
        }
        return quote(&s);
    }
    if v.is_number() {
        return format_number(v.as_number());
    }
    if v.is_symbol() {
        return super::symbol::descriptive_string(v);
    }
    match v {
        Value::UNDEFINED => "undefined".into(),
        Value::NULL => "null".into(),
        Value::TRUE => "true".into(),
        Value::FALSE => "false".into(),
        _ => "<hole>".into(),
    }
}

fn format_value(ctx: &mut Ctx, v: Value, recurse_times: usize, _typed: bool) -> String {
    if !v.is_object() {
        return format_primitive(ctx, v);
    }
    if ctx.seen.contains(&v) {
        let idx = match ctx.circular.iter().position(|&c| c == v) {
            Some(i) => i + 1,
            None => {
                ctx.circular.push(v);
                ctx.circular.len()
            }
        };
        return format!("[Circular *{idx}]");
    }
    format_raw(ctx, v, recurse_times)
}

/// The name of the nearest constructor on the prototype chain (getConstructorName).
fn constructor_name(v: Value) -> Option<String> {
    let mut cur = v;
    let ck = Key::Prop(realm().atoms.constructor.0);
    while cur.is_object() {
        if let Some(Own::Data(c, _)) = object::get_own(cur, ck)
            && object::is_callable(c) {
            let n = func(c).name;
            if n.is_string() && !str_of(n).is_empty() {
                return Some(str_of(n).to_rust_string());
            }
        }
        cur = obj(cur).proto;
    }
    None
}

fn fn_base(v: Value, ctor: &Option<String>) -> String {
    let n = func(v).name;
    let name = if n.is_string() { str_of(n).to_rust_string() } else { String::new() };
    let is_class = unsafe { (*func(v).info).flags } & dxrt_abi::FN_CLASS_CONSTRUCTOR != 0;
    let mut base = match (is_class, name.is_empty()) {
        (true, _) => {
            let mut b = format!("[class {}", if name.is_empty() { "(anonymous)" } else { &name });
            let parent = object::obj(v).proto;
            if object::is_callable(parent) && parent != realm().function_prototype {
                let pn = func(parent).name;
                let pn = if pn.is_string() { str_of(pn).to_rust_string() } else { String::new() };
                if !pn.is_empty() {
                    b.push_str(&format!(" extends {pn}"));
                }
            }
            b + "]"
        }
        (false, true) => "[Function (anonymous)]".to_string(),
        (false, false) => format!("[Function: {name}]"),
    };
    match ctor.as_deref() {
        None => base.insert_str(base.len() - 1, " (null prototype)"),
        Some("Function") => {}
        Some(c) => base.insert_str(base.len() - 1, &format!(" {c}")),
    }
    base
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    matches!(cs.next(), Some(c) if c.is_ascii_alphabetic() || c == '_') && cs.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn format_key(k: Key) -> String {
    match k {
        Key::Index(i) => format!("'{i}'"),
        Key::Prop(p) => {
            let v = Value(p);
            if v.is_symbol() {
                format!("[{}]", super::symbol::descriptive_string(v))
            } else {
                let s = str_of(v).to_rust_string();
                // node sets an own `__proto__` apart from the prototype it would name.
                if s == "__proto__" {
                    "['__proto__']".into()
                } else if is_identifier(&s) {
                    s
                } else {
                    quote(&s)
                }
            }
        }
    }
}

/// formatProperty for an own property of `v` (object or array-extras type).
fn format_property(ctx: &mut Ctx, v: Value, k: Key, recurse_times: usize, array_item: bool) -> String {
    let own = object::get_own(v, k);
    let s = match own {
        Some(Own::Data(val, _)) => {
            ctx.indentation_lvl += 2;
            let s = format_value(ctx, val, recurse_times, false);
            ctx.indentation_lvl -= 2;
            s
        }
        // A module namespace shows its exports' values (its getters read the bindings).
        Some(Own::Accessor(g, _, _)) if class_of(v) == Some(Class::ModuleNamespace) => match crate::interop::call(g, v, &[]) {
            Ok(val) => {
                ctx.indentation_lvl += 2;
                let s = format_value(ctx, val, recurse_times, false);
                ctx.indentation_lvl -= 2;
                s
            }
            Err(_) => "<uninitialized>".into(),
        },
        Some(Own::Accessor(g, s, _)) => match (g.is_undefined(), s.is_undefined()) {
            (false, false) => "[Getter/Setter]".into(),
            (false, true) => "[Getter]".into(),
            (true, false) => "[Setter]".into(),
            _ => "undefined".into(),
        },
        None => "undefined".into(),
    };
    if array_item {
        return s;
    }
    format!("{}: {s}", format_key(k))
}

fn format_raw(ctx: &mut Ctx, v: Value, recurse_times: usize) -> String {
    let class = class_of(v).unwrap_or(Class::Object);
    let ctor = constructor_name(v);
    let keys: Vec<Key> = object::own_keys(v)
        .into_iter()
        .filter(|(k, f)| f & ENUMERABLE != 0 && !(class == Class::Array && matches!(k, Key::Index(_))))
        .filter(|(k, _)| !(matches!(class, Class::String) && matches!(k, Key::Index(_))))
        .map(|(k, _)| k)
        .collect();
    let prefix_for = |fallback: &str, size: Option<usize>| -> String {
        let tag = match &ctor {
            None => format!("[{fallback}: null prototype] "),
            Some(c) if c == fallback => String::new(),
            Some(c) => format!("{c} "),
        };
        match (size, &ctor) {
            (Some(n), Some(c)) if c != fallback => format!("{c}({n}) "),
            _ => tag,
        }
    };
    let mut base = String::new();
    let braces: (String, String);
    let mut array_like = false;
    match class {
        Class::Array => {
            let n = object::array_length(v) as usize;
            let prefix = prefix_for("Array", Some(n));
            braces = (format!("{prefix}["), "]".into());
            if n == 0 && keys.is_empty() {
                return format!("{}]", braces.0);
            }
            array_like = true;
        }
        Class::Function => {
            base = fn_base(v, &ctor);
            if keys.is_empty() {
                return base;
            }
            braces = ("{".into(), "}".into());
        }
        Class::Error => {
            base = super::error::stack_of(v).unwrap_or_else(|| "[Error]".into());
            if ctx.indentation_lvl > 0 {
                let ind = " ".repeat(ctx.indentation_lvl);
                base = base.replace('\n', &format!("\n{ind}"));
            }
            let keys2: Vec<Key> = keys.iter().copied().filter(|k| !matches!(k, Key::Prop(p) if *p == realm().atoms.stack.0 || *p == realm().atoms.message.0)).collect();
            if keys2.is_empty() {
                return base;
            }
            braces = ("{".into(), "}".into());
        }
        Class::Number | Class::String | Class::Boolean | Class::Symbol => {
            let prim = obj(v).internal;
            let (tname, shown) = match class {
                Class::Number => ("Number", format_number(prim.as_number())),
                Class::String => ("String", quote(&str_of(prim).to_rust_string())),
                Class::Boolean => ("Boolean", format_primitive(ctx, prim)),
                _ => ("Symbol", super::symbol::descriptive_string(prim)),
            };
            base = format!("[{tname}: {shown}]");
            if keys.is_empty() {
                return base;
            }
            braces = ("{".into(), "}".into());
        }
        Class::Arguments => {
            braces = ("[Arguments] [".into(), "]".into());
            array_like = true;
        }
        Class::RegExp => {
            base = super::regexp::display(v).unwrap_or_else(|| "/(?:)/".into());
            if keys.is_empty() {
                return base;
            }
            braces = ("{".into(), "}".into());
        }
        Class::Map | Class::Set => {
            let is_map = class == Class::Map;
            let entries = super::collections::entries_of(v);
            let name = if is_map { "Map" } else { "Set" };
            let prefix = match &ctor {
                Some(c) if c != name => format!("{c}({}) [{name}] ", entries.len()),
                _ => format!("{name}({}) ", entries.len()),
            };
            braces = (format!("{prefix}{{"), "}".into());
            if entries.is_empty() && keys.is_empty() {
                return format!("{}}}", braces.0);
            }
            if recurse_times > DEPTH {
                return format!("[{name}]");
            }
            ctx.seen.push(v);
            ctx.current_depth = recurse_times + 1;
            let mut output: Vec<String> = entries
                .iter()
                .map(|&(k, val)| {
                    let ks = format_value(ctx, k, recurse_times + 1, false);
                    if is_map { format!("{ks} => {}", format_value(ctx, val, recurse_times + 1, false)) } else { ks }
                })
                .collect();
            for &k in &keys {
                output.push(format_property(ctx, v, k, recurse_times + 1, false));
            }
            ctx.seen.pop();
            return reduce_to_single_string(ctx, output, &base, &braces, false, recurse_times + 1, v);
        }
        _ => {
            let prefix = prefix_for(if class == Class::ModuleNamespace { "Module" } else { "Object" }, None);
            braces = (format!("{prefix}{{"), "}".into());
            if keys.is_empty() {
                return format!("{}}}", braces.0);
            }
        }
    }
    if recurse_times > DEPTH {
        let name = ctor.clone().unwrap_or_else(|| "Object".into());
        return format!("[{}]", if class == Class::Array { "Array".to_string() } else { name });
    }
    let recurse_times = recurse_times + 1;
    ctx.seen.push(v);
    ctx.current_depth = recurse_times;
    let mut output = Vec::new();
    if array_like {
        format_array(ctx, v, recurse_times, &mut output);
    }
    for &k in &keys {
        if class == Class::Arguments && matches!(k, Key::Index(_)) {
            continue;
        }
        if class == Class::Error && matches!(k, Key::Prop(p) if p == realm().atoms.stack.0 || p == realm().atoms.message.0) {
            continue;
        }
        let entry = format_property(ctx, v, k, recurse_times, false);
        output.push(entry);
    }
    ctx.seen.pop();
    let mut res = reduce_to_single_string(ctx, output, &base, &braces, array_like, recurse_times, v);
    if let Some(i) = ctx.circular.iter().position(|&c| c == v) {
        res = format!("<ref *{}> {res}", i + 1);
    }
    res
}

fn format_array(ctx: &mut Ctx, v: Value, recurse_times: usize, output: &mut Vec<String>) {
    let len = object::array_length(v) as usize;
    let mut i = 0;
    let mut shown = 0;
    while i < len && shown < MAX_ARRAY_LENGTH {
        let next = object::next_index(v, i as u32).map_or(len, |j| (j as usize).min(len));
        if next > i {
            let j = next;
            let n = j - i;
            output.push(format!("<{n} empty item{}>", if n > 1 { "s" } else { "" }));
            i = j;
        } else {
            output.push(format_property(ctx, v, Key::Index(i as u32), recurse_times, true));
            i += 1;
        }
        shown += 1;
    }
    if i < len {
        let rest = len - i;
        output.push(format!("... {rest} more item{}", if rest > 1 { "s" } else { "" }));
    }
}

fn is_below_break_length(output: &[String], start: usize, base: &str) -> bool {
    let mut total = output.len() + start;
    if total + output.len() > BREAK_LENGTH {
        return false;
    }
    for o in output {
        total += o.chars().count();
        if total > BREAK_LENGTH {
            return false;
        }
    }
    base.is_empty() || !base.contains('\n')
}

fn reduce_to_single_string(
    ctx: &mut Ctx,
    mut output: Vec<String>,
    base: &str,
    braces: &(String, String),
    array_like: bool,
    recurse_times: usize,
    v: Value,
) -> String {
    let entries = output.len();
    if array_like && entries > 6 {
        output = group_array_elements(ctx, output, v);
    }
    if ctx.current_depth - recurse_times < COMPACT && entries == output.len() {
        let start = output.len() + ctx.indentation_lvl + braces.0.chars().count() + base.len() + 10;
        if is_below_break_length(&output, start, base) {
            let joined = output.join(", ");
            if !joined.contains('\n') {
                let b = if base.is_empty() { String::new() } else { format!("{base} ") };
                return format!("{b}{} {joined} {}", braces.0, braces.1);
            }
        }
    }
    let indentation = format!("\n{}", " ".repeat(ctx.indentation_lvl));
    let b = if base.is_empty() { String::new() } else { format!("{base} ") };
    format!("{b}{}{indentation}  {}{indentation}{}", braces.0, output.join(&format!(",{indentation}  ")), braces.1)
}

fn group_array_elements(ctx: &Ctx, output: Vec<String>, v: Value) -> Vec<String> {
    let mut total_length = 0;
    let mut max_length = 0;
    let mut output_length = output.len();
    let len = object::array_length(v) as usize;
    if output.last().is_some_and(|l| l.starts_with("... ") && l.ends_with("more items") || l.ends_with("more item")) && len > MAX_ARRAY_LENGTH {
        output_length -= 1;
    }
    let separator_space = 2;
    let data_len: Vec<usize> = output.iter().take(output_length).map(|o| o.chars().count()).collect();
    for &l in &data_len {
        total_length += l + separator_space;
        max_length = max_length.max(l);
    }
    let actual_max = max_length + separator_space;
    if actual_max * 3 + ctx.indentation_lvl < BREAK_LENGTH
        && (total_length as f64 / actual_max as f64 > 5.0 || max_length <= 6)
    {
        let approx_char_heights = 2.5;
        let average_bias = (actual_max as f64 - total_length as f64 / output.len() as f64).sqrt();
        let biased_max = (actual_max as f64 - 3.0 - average_bias).max(1.0);
        let columns = [
            ((approx_char_heights * biased_max * output_length as f64).sqrt() / biased_max).round() as usize,
            (BREAK_LENGTH - ctx.indentation_lvl) / actual_max,
            COMPACT * 4,
            15,
        ]
        .into_iter()
        .min()
        .unwrap();
        if columns <= 1 {
            return output;
        }
        let mut max_line_length = Vec::new();
        for i in 0..columns {
            let mut line_length = 0;
            let mut j = i;
            while j < output_length {
                line_length = line_length.max(data_len[j]);
                j += columns;
            }
            max_line_length.push(line_length + separator_space);
        }
        // Numbers are right-aligned, everything else left-aligned.
        let pad_start = (0..output.len().min(len)).all(|i| {
            matches!(object::get_own(v, Key::Index(i as u32)), Some(object::Own::Data(e, _)) if e.is_number())
        });
        let mut tmp = Vec::new();
        let mut i = 0;
        while i < output_length {
            let max = (i + columns).min(output_length);
            let mut s = String::new();
            let mut j = i;
            while j < max - 1 {
                let cell = format!("{}, ", output[j]);
                let w = max_line_length[j - i];
                s.push_str(&pad(&cell, w, pad_start));
                j += 1;
            }
            if pad_start {
                let w = max_line_length[j - i] - separator_space;
                s.push_str(&pad(&output[j], w, true));
            } else {
                s.push_str(&output[j]);
            }
            tmp.push(s);
            i += columns;
        }
        if output_length < output.len() {
            tmp.push(output[output_length].clone());
        }
        return tmp;
    }
    output
}

fn pad(s: &str, width: usize, start: bool) -> String {
    let n = s.chars().count();
    if n >= width {
        return s.to_string();
    }
    let fill = " ".repeat(width - n);
    if start { format!("{fill}{s}") } else { format!("{s}{fill}") }
}

/// A short description of a value for error messages.
pub fn short(v: Value) -> String {
    if v.is_string() {
        return quote(&str_of(v).to_rust_string());
    }
    if !v.is_object() {
        return format_primitive(&Ctx { seen: vec![], circular: vec![], indentation_lvl: 0, current_depth: 0 }, v);
    }
    if object::is_callable(v) {
        return fn_base(v, &Some("Function".into()));
    }
    if object::is_array(v) {
        return "[object Array]".into();
    }
    "#<Object>".into()
}
