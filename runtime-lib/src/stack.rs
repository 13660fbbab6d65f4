//! The native stack limit that compiled code checks at every function entry, so that
//! runaway recursion throws a catchable RangeError instead of crashing.

#[repr(C)]
struct RLimit {
    cur: u64,
    max: u64,
}
unsafe extern "C" {
    fn getrlimit(resource: i32, rlim: *mut RLimit) -> i32;
}
const RLIMIT_STACK: i32 = 3;
/// Room left below the limit for the runtime's own frames (error creation, printing).
const RESERVE: usize = 256 * 1024;
const RELAXED: usize = 128 * 1024;

/// Lowest stack address compiled code may use; read by every function prologue.
#[unsafe(no_mangle)]
pub static mut dxrt_stack_limit: usize = 0;

pub fn init(base: usize) {
    let mut rl = RLimit { cur: 0, max: 0 };
    let size = if unsafe { getrlimit(RLIMIT_STACK, &mut rl) } == 0 && rl.cur != u64::MAX {
        rl.cur as usize
    } else {
        8 * 1024 * 1024
    };
    // Like node, use about 1 MB of stack for JS frames at most... but never more than
    // the process has.
    let usable = size.min(64 * 1024 * 1024).saturating_sub(RESERVE);
    unsafe { dxrt_stack_limit = base - usable };
}

pub fn relax_limit() {
    unsafe { dxrt_stack_limit -= RELAXED };
}

pub fn restore_limit() {
    unsafe { dxrt_stack_limit += RELAXED };
}
