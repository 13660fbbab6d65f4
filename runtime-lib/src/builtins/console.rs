//! `console`: log/info/debug to stdout, error/warn to stderr, formatted as node
//! formats them (`util.format`: strings as they are, other values through `inspect`,
//! `%s %d %i %f %j %o %O %%` substitutions in a leading string).

use super::{global_value, inspect, method};
use crate::exception::JsResult;
use crate::object;
use crate::ops;
use crate::string::str_of;
use crate::value::Value;

pub fn init() {
    let c = object::new_plain_object();
    method(c, "log", 0, log);
    method(c, "info", 0, log);
    method(c, "debug", 0, log);
    method(c, "error", 0, error);
    method(c, "warn", 0, error);
    global_value("console", c);
}

/// util.format.
pub fn format(args: &[Value]) -> JsResult<String> {
    let mut out = String::new();
    let mut rest = args;
    if let Some(&first) = args.first()
        && first.is_string() && args.len() > 1 {
        let f = str_of(first).to_rust_string();
        let mut next = 1;
        let mut chars = f.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '%' {
                match chars.peek().copied() {
                    Some('%') => {
                        chars.next();
                        out.push('%');
                        continue;
                    }
                    Some(t @ ('s' | 'd' | 'i' | 'f' | 'j' | 'o' | 'O' | 'c')) if next < args.len() => {
                        chars.next();
                        let a = args[next];
                        next += 1;
                        match t {
                            's' => out.push_str(&if a.is_string() { str_of(a).to_rust_string() } else if a.is_object() { inspect::inspect(a) } else { ops::to_rust_string(a)? }),
                            'd' | 'i' => {
                                let n = if a.is_object() { f64::NAN } else { ops::to_number(a)? };
                                let n = if t == 'i' { n.trunc() } else { n };
                                out.push_str(&ops::number_to_rust_string(n));
                            }
                            'f' => out.push_str(&ops::number_to_rust_string(ops::to_number(a)?)),
                            'c' => {}
                            _ => out.push_str(&inspect::inspect(a)),
                        }
                        continue;
                    }
                    _ => {}
                }
            }
            out.push(c);
        }
        rest = &args[next..];
        for &a in rest {
            out.push(' ');
            out.push_str(&display(a));
        }
        return Ok(out);
    }
    for (i, &a) in rest.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&display(a));
    }
    Ok(out)
}

fn display(v: Value) -> String {
    if v.is_string() { str_of(v).to_rust_string() } else { inspect::inspect(v) }
}

fn log(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let mut s = format(args)?;
    s.push('\n');
    super::process::write_stdout(s.as_bytes());
    Ok(Value::UNDEFINED)
}

fn error(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let mut s = format(args)?;
    s.push('\n');
    super::process::write_stderr(s.as_bytes());
    Ok(Value::UNDEFINED)
}

pub fn inspect_short(v: Value) -> String {
    inspect::short(v)
}

static mut CYCLE: Vec<Value> = Vec::new();

/// Cycle detection for Array.prototype.join: true if `o` is being joined already.
#[allow(static_mut_refs)]
pub fn enter_cycle(o: Value) -> bool {
    unsafe {
        if CYCLE.contains(&o) {
            return true;
        }
        CYCLE.push(o);
    }
    false
}

#[allow(static_mut_refs)]
pub fn leave_cycle(o: Value) {
    unsafe {
        if CYCLE.last() == Some(&o) {
            CYCLE.pop();
        }
    }
}
