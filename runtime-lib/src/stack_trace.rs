//! Stack traces without run-time cost: compiled code keeps frame pointers, so the
//! runtime walks the chain of frames when an error is created and maps each return
//! address to source positions through the program's code-range table (several when
//! functions were inlined there).

use crate::program::program;
use crate::string::str_of;

/// Highest frame address to walk to (set at start-up).
static mut STACK_BASE: usize = 0;

pub fn init(base: usize) {
    unsafe { STACK_BASE = base };
}

/// Source positions of the active compiled frames, innermost first:
/// (byte offset, function name string index).
#[inline(never)]
pub fn capture() -> Vec<(u32, u32)> {
    walk(10)
}

/// The source position of the innermost compiled frame.
#[inline(never)]
pub fn innermost() -> Option<u32> {
    walk(1).first().map(|&(pos, _)| pos)
}

/// Up to `limit` frames, innermost first (inlined into its callers, so that the frame
/// pointer read is theirs).
#[inline(always)]
fn walk(limit: usize) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    let Some(p) = program() else { return out };
    let mut fp: usize;
    #[cfg(target_arch = "x86_64")]
    unsafe {
        std::arch::asm!("mov {}, rbp", out(reg) fp)
    };
    #[cfg(target_arch = "aarch64")]
    unsafe {
        std::arch::asm!("mov {}, x29", out(reg) fp)
    };
    let base = unsafe { STACK_BASE };
    let mut depth = 0;
    while fp != 0 && fp < base && fp.is_multiple_of(8) && depth < 10_000 {
        let ret = unsafe { *(fp as *const usize).add(1) };
        let next = unsafe { *(fp as *const usize) };
        p.frames_at(ret.wrapping_sub(1), &mut out);
        if out.len() >= limit {
            out.truncate(limit);
            break;
        }
        if next <= fp {
            break;
        }
        fp = next;
        depth += 1;
    }
    out
}

/// The "\n    at name (file:line:col)" lines of the current stack.
pub fn capture_text() -> String {
    let Some(p) = program() else { return String::new() };
    let mut s = String::new();
    for (pos, name) in capture() {
        let at = p.location(pos);
        let (file, line, col) = (at.file, at.line, at.col);
        let name_v = p.string(name);
        let name = str_of(name_v).to_rust_string();
        if name.is_empty() {
            s.push_str(&format!("\n    at {file}:{line}:{col}"));
        } else {
            s.push_str(&format!("\n    at {name} ({file}:{line}:{col})"));
        }
    }
    s
}
