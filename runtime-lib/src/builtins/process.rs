//! `process`: argv, env, exit and exitCode, and the buffered standard output that
//! `console` writes through (flushed at exit and before anything goes to stderr, so
//! that the two streams interleave as the program wrote them).

use std::io::Write;

use super::{global_value, method, value_prop};
use crate::exception::JsResult;
use crate::interop::arg;
use crate::object::{self, Key};
use crate::object::shape::DEFAULT;
use crate::ops;
use crate::program::program;
use crate::string;
use crate::value::Value;

static mut STDOUT: Vec<u8> = Vec::new();

#[allow(static_mut_refs)]
pub fn write_stdout(b: &[u8]) {
    unsafe {
        STDOUT.extend_from_slice(b);
        if STDOUT.len() > 1 << 16 {
            flush();
        }
    }
}

#[allow(static_mut_refs)]
pub fn flush() {
    unsafe {
        let mut out = std::io::stdout().lock();
        let _ = out.write_all(&STDOUT);
        let _ = out.flush();
        STDOUT.clear();
    }
}

pub fn write_stderr(b: &[u8]) {
    flush();
    let _ = std::io::stderr().write_all(b);
}

pub fn flush_and_exit(code: i32) -> ! {
    flush();
    std::process::exit(code)
}

pub fn init() {
    let p = object::new_plain_object();
    let args: Vec<Value> = {
        let a = crate::process_args();
        let mut v = Vec::new();
        // node's argv: [execPath, scriptPath, ...args]; a dxc binary is both.
        let exe = std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_else(|_| a.first().cloned().unwrap_or_default());
        v.push(string::from_str(&exe));
        v.push(string::from_str(&exe));
        for s in a.iter().skip(1) {
            v.push(string::from_str(s));
        }
        v
    };
    value_prop(p, "argv", object::new_array(args), DEFAULT);
    let env = object::new_plain_object();
    for (k, v) in std::env::vars() {
        let _ = object::define_data(env, Key::from_atom(string::intern(&k)), string::from_str(&v), DEFAULT);
    }
    value_prop(p, "env", env, DEFAULT);
    value_prop(p, "exitCode", Value::UNDEFINED, DEFAULT);
    value_prop(p, "platform", string::intern(std::env::consts::OS), DEFAULT);
    method(p, "exit", 1, exit);
    global_value("process", p);
}

fn exit(_this: Value, args: &[Value], _nt: Value) -> JsResult<Value> {
    let c = arg(args, 0);
    let code = if c.is_undefined() { exit_code() } else { ops::to_int32(ops::to_number(c)?) };
    flush_and_exit(code)
}

fn exit_code() -> i32 {
    let g = crate::realm::realm().global;
    let p = object::get_value(g, Key::named("process")).unwrap_or(Value::UNDEFINED);
    if !p.is_object() {
        return 0;
    }
    let c = object::get_value(p, Key::named("exitCode")).unwrap_or(Value::UNDEFINED);
    if c.is_number() { c.as_number() as i32 } else { 0 }
}

/// Prints an uncaught exception as node does: the throw site (`throw_pos`, for a
/// `throw` statement, else the error's innermost frame) with a caret, then the
/// error's stack (or the inspected value), then the runtime's version line (where node
/// prints its own).
pub fn report_uncaught(e: Value, throw_pos: Option<u32>) {
    let mut msg = String::new();
    let stack = super::error::stack_of(e);
    let is_error = stack.is_some();
    if let Some(p) = program()
        && let Some(pos) = throw_pos.or_else(|| first_frame_pos(e))
    {
        let at = p.location(pos);
        // node sets a thrown non-error apart with a blank line before, an error after.
        let (before, after) = if is_error { ("", "\n") } else { ("\n", "") };
        msg.push_str(&format!("{before}{}:{}\n{}\n{}^\n{after}", at.file, at.line, p.line_text(pos), " ".repeat(at.col - 1)));
    }
    match stack {
        Some(stack) => msg.push_str(&stack),
        // node prints a thrown string as it is, anything else inspected.
        None if e.is_string() => msg.push_str(&crate::string::str_of(e).to_rust_string()),
        None => msg.push_str(&super::inspect::inspect(e)),
    }
    msg.push_str(concat!("\n\ndxc v", env!("CARGO_PKG_VERSION"), "\n"));
    write_stderr(msg.as_bytes());
}

/// The source position of the innermost frame recorded in an error's stack.
fn first_frame_pos(e: Value) -> Option<u32> {
    let stack = super::error::stack_of(e)?;
    let p = program()?;
    let line = stack.lines().find(|l| l.trim_start().starts_with("at "))?;
    let loc = line.trim_end_matches(')').rsplit(' ').next()?.trim_start_matches('(');
    let mut parts = loc.rsplitn(3, ':');
    let col: usize = parts.next()?.parse().ok()?;
    let ln: usize = parts.next()?.parse().ok()?;
    // Back to a byte offset: start of line + column (ASCII assumed for the caret).
    let text = p.source();
    let start: usize = text.split_inclusive('\n').take(ln - 1).map(|l| l.len()).sum();
    Some((start + col - 1) as u32)
}
