//! The garbage-collected heap: arena blocks per size class, free-list allocation, and a
//! non-moving mark-sweep collector.
//!
//! Roots are found two ways:
//! - **conservatively** on the native stack and in the callee-saved registers: every
//!   8-byte word that, raw or with its NaN-box tag removed, points into a live cell
//!   (interior pointers included) keeps that cell alive. Compiled code and Rust
//!   built-ins may therefore hold values anywhere on the stack with no handle discipline;
//! - **precisely** from the runtime's own roots (`roots`): the realm, interned strings,
//!   the program's top-level variables, the pending exception, the temporary root stack.
//!
//! Heap cells are traced precisely: each starts with a [`Header`] whose `kind` says how.
//! Rust-heap buffers owned by a cell (property slots, elements, string data) are freed
//! when the cell is swept, and their sizes count towards the next collection trigger.
//!
//! Invariant (see docs/gc-safety.md): a `Value` kept only in a Rust-heap container
//! (a `Vec<Value>` local to a built-in) is invisible to the collector; such values are
//! pushed onto the temporary root stack (`roots::TempRoots`) for as long as they are held.

pub mod roots;

use std::alloc::{Layout, alloc, dealloc};
use std::collections::BTreeMap;

use rustc_hash::FxHashMap as HashMap;

use crate::object::{self, JsObject};
use crate::symbol::JsSymbol;
use crate::value::Value;

/// The first word of every heap cell.
#[repr(C)]
pub struct Header {
    pub kind: u8,
    /// Object class (`object::Class`) for objects; unused for other kinds.
    pub class: u8,
    pub flags: u16,
    pub extra: u32,
}

pub const KIND_FREE: u8 = 0;
pub const KIND_OBJECT: u8 = 1;
pub const KIND_STRING: u8 = 2;
pub const KIND_ENV: u8 = 3;
pub const KIND_ACCESSOR: u8 = 4;
pub const KIND_SYMBOL: u8 = 5;

const BLOCK_SIZE: usize = 256 * 1024;
const SIZE_CLASSES: [usize; 12] = [16, 32, 48, 64, 80, 96, 128, 160, 192, 256, 384, 512];
const MIN_TRIGGER: usize = 8 * 1024 * 1024;

struct Block {
    start: usize,
    cell_size: usize,
    cells: usize,
    mark: Vec<u64>,
}

impl Block {
    fn bit(v: &[u64], i: usize) -> bool {
        v[i / 64] & (1 << (i % 64)) != 0
    }
    fn set(v: &mut [u64], i: usize, on: bool) {
        if on { v[i / 64] |= 1 << (i % 64) } else { v[i / 64] &= !(1 << (i % 64)) }
    }
}

pub struct Heap {
    blocks: Vec<Block>,
    block_index: HashMap<usize, usize>,
    free: [Vec<usize>; SIZE_CLASSES.len()],
    /// Cells too large for a size class: start -> (size, marked).
    large: BTreeMap<usize, (usize, bool)>,
    allocated_since_gc: usize,
    trigger: usize,
    live_after_gc: usize,
    stress_interval: usize,
    stress_counter: usize,
    stack_base: usize,
    collecting: bool,
    mark_stack: Vec<usize>,
    pub collections: usize,
}

static mut HEAP: Option<Heap> = None;

#[allow(static_mut_refs)]
fn heap() -> &'static mut Heap {
    // Single JS thread: the heap is only ever touched from it.
    unsafe { HEAP.as_mut().unwrap_unchecked() }
}

/// Sets up the heap; `stack_base` is the highest stack address the collector scans.
pub fn init(stack_base: usize) {
    let stress_interval = std::env::var("DXRT_GC_STRESS")
        .ok()
        .and_then(|s| s.parse::<usize>().ok())
        .unwrap_or(0);
    unsafe {
        HEAP = Some(Heap {
            blocks: Vec::new(),
            block_index: HashMap::default(),
            free: Default::default(),
            large: BTreeMap::new(),
            allocated_since_gc: 0,
            trigger: MIN_TRIGGER,
            live_after_gc: 0,
            stress_interval,
            stress_counter: 0,
            stack_base,
            collecting: false,
            mark_stack: Vec::new(),
            collections: 0,
        });
    }
}

fn size_class(size: usize) -> Option<usize> {
    SIZE_CLASSES.iter().position(|&c| c >= size)
}

/// Notes `bytes` of Rust-heap memory owned by a cell, so that it counts towards the
/// next collection.
#[inline]
pub fn note_external(bytes: usize) {
    heap().allocated_since_gc += bytes;
}

/// Allocates a zeroed cell of `size` bytes. May collect first.
pub fn alloc_cell(size: usize, kind: u8) -> *mut u8 {
    let h = heap();
    if !h.collecting {
        if h.stress_interval > 0 {
            h.stress_counter += 1;
            if h.stress_counter >= h.stress_interval {
                h.stress_counter = 0;
                collect();
            }
        } else if h.allocated_since_gc >= h.trigger {
            collect();
        }
    }
    let h = heap();
    h.allocated_since_gc += size;
    let p = match size_class(size) {
        Some(sc) => {
            if h.free[sc].is_empty() {
                h.add_block(sc);
            }
            // A cell is in use exactly when its header's kind is not KIND_FREE (set below).
            let p = h.free[sc].pop().unwrap();
            unsafe { std::ptr::write_bytes(p as *mut u8, 0, SIZE_CLASSES[sc]) };
            p as *mut u8
        }
        None => {
            let layout = Layout::from_size_align(size, 16).unwrap();
            let p = unsafe { alloc(layout) };
            if p.is_null() {
                out_of_memory();
            }
            unsafe { std::ptr::write_bytes(p, 0, size) };
            h.large.insert(p as usize, (size, false));
            p
        }
    };
    unsafe { (*(p as *mut Header)).kind = kind };
    p
}

unsafe extern "C" {
    fn mmap(addr: *mut u8, len: usize, prot: i32, flags: i32, fd: i32, offset: i64) -> *mut u8;
    fn munmap(addr: *mut u8, len: usize) -> i32;
}

/// A block-aligned block of zeroed memory straight from the kernel: its pages are
/// committed only when first touched (`alloc_zeroed` of an over-aligned layout writes
/// the whole block, which cost every program ~1 ms and MBs of RSS at start-up).
fn map_zeroed_block() -> usize {
    const PROT_READ_WRITE: i32 = 1 | 2;
    const MAP_PRIVATE_ANONYMOUS: i32 = 0x02 | 0x20;
    let len = 2 * BLOCK_SIZE;
    let p = unsafe { mmap(std::ptr::null_mut(), len, PROT_READ_WRITE, MAP_PRIVATE_ANONYMOUS, -1, 0) };
    if p as isize == -1 {
        out_of_memory();
    }
    let base = p as usize;
    let start = (base + BLOCK_SIZE - 1) & !(BLOCK_SIZE - 1);
    unsafe {
        if start > base {
            munmap(p, start - base);
        }
        let end = start + BLOCK_SIZE;
        if base + len > end {
            munmap(end as *mut u8, base + len - end);
        }
    }
    start
}

fn out_of_memory() -> ! {
    eprintln!("FATAL ERROR: dxrt: out of memory");
    std::process::exit(134);
}

impl Heap {
    fn add_block(&mut self, sc: usize) {
        // Zeroed: every cell starts as KIND_FREE.
        let start = map_zeroed_block();
        let cell_size = SIZE_CLASSES[sc];
        let cells = BLOCK_SIZE / cell_size;
        let words = cells.div_ceil(64);
        self.block_index.insert(start, self.blocks.len());
        self.blocks.push(Block { start, cell_size, cells, mark: vec![0; words] });
        // Hand out low addresses first.
        for i in (0..cells).rev() {
            self.free[sc].push(start + i * cell_size);
        }
    }

    /// The start of the live cell containing `addr`, if any.
    #[inline]
    fn find_cell(&self, addr: usize) -> Option<(usize, Option<(usize, usize)>)> {
        if let Some(&bi) = self.block_index.get(&(addr & !(BLOCK_SIZE - 1))) {
            let b = &self.blocks[bi];
            let i = (addr - b.start) / b.cell_size;
            let cell = b.start + i * b.cell_size;
            if i < b.cells && unsafe { (*(cell as *const Header)).kind } != KIND_FREE {
                return Some((cell, Some((bi, i))));
            }
            return None;
        }
        if self.large.is_empty() {
            return None;
        }
        let (&start, &(size, _)) = self.large.range(..=addr).next_back()?;
        (addr < start + size).then_some((start, None))
    }

    /// Marks the cell containing `addr` (if any) and queues it for tracing.
    #[inline]
    fn mark_addr(&mut self, addr: usize) {
        let Some((start, loc)) = self.find_cell(addr) else { return };
        match loc {
            Some((bi, i)) => {
                let b = &mut self.blocks[bi];
                if Block::bit(&b.mark, i) {
                    return;
                }
                Block::set(&mut b.mark, i, true);
            }
            None => {
                let e = self.large.get_mut(&start).unwrap();
                if e.1 {
                    return;
                }
                e.1 = true;
            }
        }
        self.mark_stack.push(start);
    }
}

/// Marks a value found in a precise root or a traced cell.
#[inline]
pub fn mark_value(v: Value) {
    if let Some(p) = v.heap_ptr() {
        heap().mark_addr(p as usize);
    }
}

/// Marks a raw cell pointer (environments, accessors).
#[inline]
pub fn mark_ptr<T>(p: *mut T) {
    if !p.is_null() {
        heap().mark_addr(p as usize);
    }
}

/// A conservatively found word: a raw pointer or a NaN-boxed heap value.
#[inline]
fn mark_word(w: usize) {
    let h = heap();
    h.mark_addr(w);
    if let Some(p) = Value(w as u64).heap_ptr() {
        h.mark_addr(p as usize);
    }
}

#[inline(never)]
fn scan_stack() {
    // Spill the callee-saved registers so that values held only there are seen.
    let mut regs = [0usize; 12];
    spill_registers(&mut regs);
    for &r in &regs {
        mark_word(r);
    }
    let top = &regs as *const _ as usize;
    let base = heap().stack_base;
    let mut p = top & !7;
    while p < base {
        mark_word(unsafe { *(p as *const usize) });
        p += 8;
    }
}

#[inline(never)]
fn spill_registers(out: &mut [usize; 12]) {
    #[cfg(target_arch = "x86_64")]
    unsafe {
        std::arch::asm!(
            "mov [{0}], rbx", "mov [{0} + 8], rbp", "mov [{0} + 16], r12",
            "mov [{0} + 24], r13", "mov [{0} + 32], r14", "mov [{0} + 40], r15",
            in(reg) out.as_mut_ptr(),
        );
    }
    #[cfg(target_arch = "aarch64")]
    unsafe {
        std::arch::asm!(
            "stp x19, x20, [{0}]", "stp x21, x22, [{0}, #16]", "stp x23, x24, [{0}, #32]",
            "stp x25, x26, [{0}, #48]", "stp x27, x28, [{0}, #64]", "stp x29, x30, [{0}, #80]",
            in(reg) out.as_mut_ptr(),
        );
    }
    std::hint::black_box(out);
}

fn trace(cell: usize) {
    let hdr = unsafe { &*(cell as *const Header) };
    match hdr.kind {
        KIND_OBJECT => object::trace(cell as *mut JsObject),
        KIND_ENV => {
            let env = cell as *mut crate::env::Env;
            unsafe {
                mark_ptr((*env).parent);
                for i in 0..(*env).len as usize {
                    mark_value(*(*env).slots.as_ptr().add(i));
                }
            }
        }
        KIND_ACCESSOR => {
            let a = cell as *mut object::Accessor;
            unsafe {
                mark_value((*a).getter);
                mark_value((*a).setter);
            }
        }
        KIND_SYMBOL => unsafe { mark_value((*(cell as *mut JsSymbol)).description) },
        _ => {}
    }
}

/// Drops the Rust-owned parts of a dead cell (only objects have any: strings keep
/// their units inline).
fn finalize(cell: usize) {
    if unsafe { (*(cell as *const Header)).kind } == KIND_OBJECT {
        object::finalize(cell as *mut JsObject);
    }
}

/// Runs a full collection.
pub fn collect() {
    let h = heap();
    if h.collecting {
        return;
    }
    h.collecting = true;
    h.collections += 1;
    roots::forget_callees();
    roots::mark_roots();
    scan_stack();
    while let Some(c) = heap().mark_stack.pop() {
        trace(c);
    }
    // Sweep.
    let h = heap();
    let mut live_bytes = 0;
    for sc in 0..SIZE_CLASSES.len() {
        h.free[sc].clear();
    }
    for bi in 0..h.blocks.len() {
        let (start, cell_size, cells) = {
            let b = &h.blocks[bi];
            (b.start, b.cell_size, b.cells)
        };
        let sc = size_class(cell_size).unwrap();
        for i in 0..cells {
            let b = &mut h.blocks[bi];
            let addr = start + i * cell_size;
            if unsafe { (*(addr as *const Header)).kind } != KIND_FREE {
                if Block::bit(&b.mark, i) {
                    live_bytes += cell_size;
                    continue;
                }
                finalize(addr);
                unsafe { (*(addr as *mut Header)).kind = KIND_FREE };
            }
            h.free[sc].push(addr);
        }
        let b = &mut h.blocks[bi];
        b.mark.iter_mut().for_each(|w| *w = 0);
    }
    for sc in 0..SIZE_CLASSES.len() {
        h.free[sc].reverse();
    }
    let dead: Vec<(usize, usize)> =
        h.large.iter().filter(|(_, (_, m))| !m).map(|(&s, &(z, _))| (s, z)).collect();
    for (start, size) in dead {
        finalize(start);
        h.large.remove(&start);
        unsafe { dealloc(start as *mut u8, Layout::from_size_align(size, 16).unwrap()) };
    }
    for (_, (size, m)) in h.large.iter_mut() {
        live_bytes += *size;
        *m = false;
    }
    h.live_after_gc = live_bytes;
    h.trigger = (live_bytes * 2).max(MIN_TRIGGER);
    h.allocated_since_gc = 0;
    h.collecting = false;
}
