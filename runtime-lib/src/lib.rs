//! `dxrt`: the runtime library linked into every executable dxc builds.
//!
//! It owns the value representation (`value`), the garbage-collected heap (`gc`), the
//! object model (`object`, `string`, `symbol`, `env`), the spec's abstract operations
//! (`ops`), calls (`interop`), exceptions (`exception`), the built-in objects
//! (`builtins`, installed into the `realm`), and the `extern "C"` functions compiled code
//! calls (`exports`, one per entry of the table in `dxrt_abi`).
//!
//! It also defines the process entry point `main`, which sets up the runtime, runs the
//! program's top-level code (the `dxc_program_info` static the compiler emits) and
//! reports an uncaught exception the way node does.

#![allow(static_mut_refs)]

pub mod builtins;
pub mod class;
pub mod env;
pub mod exception;
pub mod exports;
pub mod gc;
pub mod interop;
pub mod object;
pub mod ops;
pub mod program;
pub mod realm;
pub mod stack;
pub mod stack_trace;
pub mod string;
pub mod symbol;
pub mod value;

use dxrt_abi::ProgramInfo;

use value::Value;

unsafe extern "C" {
    static dxc_program_info: ProgramInfo;
}

static mut ARGS: Vec<String> = Vec::new();

#[allow(static_mut_refs)]
pub fn process_args() -> &'static [String] {
    unsafe { &ARGS }
}

/// The process entry point of a dxc-built executable.
///
/// # Safety
/// Called once by the C runtime with valid `argc`/`argv`.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn main(argc: i32, argv: *const *const std::ffi::c_char) -> i32 {
    let base_marker = 0usize;
    let base = &base_marker as *const usize as usize;
    unsafe {
        for i in 0..argc as usize {
            let s = std::ffi::CStr::from_ptr(*argv.add(i)).to_string_lossy().into_owned();
            ARGS.push(s);
        }
    }
    run(base)
}

#[inline(never)]
fn run(base: usize) -> i32 {
    gc::init(base);
    stack::init(base);
    stack_trace::init(base);
    realm::init();
    let info: &'static ProgramInfo = unsafe { &dxc_program_info };
    if dxrt_abi::vec_layout_of(Value::UNDEFINED) != (info.vec_ptr_offset, info.vec_len_offset) {
        eprintln!("fatal: this program was compiled for a runtime with another memory layout (rebuild it with the dxc that matches this runtime)");
        std::process::exit(70);
    }
    program::init(info);
    let main: extern "C" fn() -> u64 = unsafe { std::mem::transmute(info.main) };
    let r = main();
    std::hint::black_box(&base);
    if r == Value::EXCEPTION.0 {
        let pos = exception::throw_pos();
        let e = exception::take();
        builtins::process::report_uncaught(e, pos);
        builtins::process::flush_and_exit(1);
    }
    builtins::process::flush_and_exit(0)
}
