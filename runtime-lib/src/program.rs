//! The compiled program as the runtime sees it: its string constants, its source text
//! (for code frames and line numbers) and its map from machine code to source
//! positions, all read from the `dxc_program_info` static the compiler emits.

use dxrt_abi::{INLINED, ProgramInfo};

use crate::gc::roots;
use crate::string;
use crate::value::Value;

pub struct Program {
    pub info: &'static ProgramInfo,
    /// (absolute start, absolute end, source position, name string index), sorted.
    pub ranges: Vec<(usize, usize, u32, u32)>,
    line_starts: Vec<usize>,
    /// Each file's (start offset, index of its first line, path), in source order.
    files: Vec<(usize, usize, &'static str)>,
}

/// Where a source position is: the file's path and the 1-based line and column (in
/// UTF-16 units) in that file.
pub struct Location {
    pub file: &'static str,
    pub line: usize,
    pub col: usize,
}

static mut PROGRAM: Option<Program> = None;

#[allow(static_mut_refs)]
pub fn program() -> Option<&'static Program> {
    unsafe { PROGRAM.as_ref() }
}

pub fn init(info: &'static ProgramInfo) {
    // Intern every string constant; compiled code loads them from `string_values`.
    let slots = info.string_values as *mut Value;
    for i in 0..info.string_count as usize {
        let c = unsafe { &*info.strings.add(i) };
        let units = unsafe { std::slice::from_raw_parts(c.units, c.len as usize) };
        unsafe { *slots.add(i) = string::intern_units(units) };
    }
    roots::add_range(slots, info.string_count as usize);
    let statics = info.statics as *mut Value;
    for i in 0..info.static_count {
        unsafe { *statics.add(i) = Value::UNDEFINED };
    }
    roots::add_range(statics, info.static_count);
    roots::add_callee_cells(info.callee_cells, info.callee_cell_count);
    let mut ranges: Vec<(usize, usize, u32, u32)> = (0..info.code_range_count as usize)
        .map(|i| {
            let r = unsafe { &*info.code_ranges.add(i) };
            (r.func_start + r.start as usize, r.func_start + r.end as usize, r.source_pos, r.name)
        })
        .collect();
    ranges.sort_unstable();
    let src = source_of(info);
    let mut line_starts = vec![0];
    line_starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
    let names = unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(info.file_name, info.file_name_len)) };
    let files = names
        .split_terminator('\0')
        .enumerate()
        .take(info.file_count)
        .map(|(i, name)| {
            let start = unsafe { *info.file_starts.add(i) } as usize;
            (start, line_starts.partition_point(|&s| s <= start) - 1, name)
        })
        .collect();
    unsafe { PROGRAM = Some(Program { info, ranges, line_starts, files }) };
}

fn source_of(info: &ProgramInfo) -> &str {
    unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(info.source, info.source_len)) }
}

impl Program {
    pub fn source(&self) -> &str {
        source_of(self.info)
    }
    /// String constant `i` as a value.
    pub fn string(&self, i: u32) -> Value {
        unsafe { *(self.info.string_values as *const Value).add(i as usize) }
    }
    /// The file, line and column of a byte offset. (Text compiled for `Function` at
    /// build time is appended after the file it was found in, and counts as its.)
    pub fn location(&self, pos: u32) -> Location {
        let pos = pos as usize;
        let line = self.line_starts.partition_point(|&s| s <= pos) - 1;
        let start = self.line_starts[line];
        let src = self.source();
        let col = src.get(start..pos.min(src.len())).map(|s| s.encode_utf16().count()).unwrap_or(0);
        let file = self.files.partition_point(|f| f.0 <= pos).saturating_sub(1);
        let (first_line, name) = self.files.get(file).map_or((0, ""), |f| (f.1, f.2));
        Location { file: name, line: line - first_line + 1, col: col + 1 }
    }
    /// The text of the source line holding a byte offset.
    pub fn line_text(&self, pos: u32) -> &str {
        let src = self.source();
        let line = self.line_starts.partition_point(|&s| s <= pos as usize) - 1;
        let start = self.line_starts[line];
        let end = self.line_starts.get(line + 1).map(|&e| e - 1).unwrap_or(src.len());
        src.get(start..end).unwrap_or("").trim_end_matches('\r')
    }
    /// The source frames of the code at a return address, innermost first: (source
    /// position, function name string index), one per function inlined there and one
    /// for the function the code belongs to.
    pub fn frames_at(&self, addr: usize, out: &mut Vec<(u32, u32)>) {
        let i = self.ranges.partition_point(|r| r.0 <= addr);
        let Some(r) = i.checked_sub(1).and_then(|i| self.ranges.get(i)).filter(|r| addr < r.1) else { return };
        let mut pos = r.2;
        while pos & INLINED != 0 && ((pos & !INLINED) as usize) < self.info.inline_frame_count {
            let frame = unsafe { *self.info.inline_frames.add((pos & !INLINED) as usize) };
            out.push((frame.pos, frame.name));
            pos = frame.outer;
        }
        out.push((pos, r.3));
    }
}
