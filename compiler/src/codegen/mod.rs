//! Code generation: DxIR functions to Cranelift, then one object file with the
//! program's data (string constants, static cells, function infos, the code-range
//! table for stack traces, and the `dxc_program_info` static the runtime starts from).
//!
//! Fast paths are inline: arithmetic and comparisons on two doubles, truthiness of
//! booleans and numbers, and `===` on numbers; everything else calls the runtime
//! through the imports declared from the ABI table (`runtime_imports`). After every
//! call that can throw, the result is compared with the `EXCEPTION` sentinel and
//! control goes to the block's handler or returns the sentinel to the caller.

mod calls;
mod cold;
mod conversions;
mod field_runs;
mod hoist;
mod poly_read;
mod generator;
mod property;
mod runtime_imports;
mod typed;
mod vectorize;

use std::collections::{HashMap, HashSet};

use cranelift_codegen::ir::condcodes::{FloatCC, IntCC};
use cranelift_codegen::ir::{self as cir, AbiParam, InstBuilder, MemFlagsData, Signature, StackSlotData, StackSlotKind, types::*};
use cranelift_codegen::isa::OwnedTargetIsa;
use cranelift_codegen::settings::{self, Configurable};
use cranelift_frontend::{FunctionBuilder, FunctionBuilderContext, Variable};
use cranelift_module::{DataDescription, DataId, FuncId as ClFuncId, Linkage, Module};
use cranelift_object::{ObjectBuilder, ObjectModule};
use dxrt_abi::{self as abi, unary};

use crate::ir::types::{ParamHint, Repr};
use crate::ir::{self, BinOp, Const, EntryKind, Inst, Terminator, UnOp};
use runtime_imports::Runtime;

/// Options of code generation.
pub struct Options {
    pub opt_level: &'static str,
    /// Also return the Cranelift IR of every function (`--emit clif`).
    pub keep_clif: bool,
}

/// What code generation produces.
pub struct Output {
    pub object: Vec<u8>,
    /// The CLIF text of each function before optimization, when asked for.
    pub clif: Option<String>,
}

pub fn isa(opt_level: &str) -> Result<OwnedTargetIsa, String> {
    let mut flags = settings::builder();
    flags.set("opt_level", opt_level).map_err(|e| e.to_string())?;
    flags.set("is_pic", "true").map_err(|e| e.to_string())?;
    flags.set("preserve_frame_pointers", "true").map_err(|e| e.to_string())?;
    flags.set("enable_verifier", if cfg!(debug_assertions) { "true" } else { "false" }).map_err(|e| e.to_string())?;
    let triple = target_lexicon::Triple::host();
    let builder = cranelift_codegen::isa::lookup(triple).map_err(|e| format!("unsupported host: {e}"))?;
    builder.finish(settings::Flags::new(flags)).map_err(|e| e.to_string())
}

struct Gen {
    module: ObjectModule,
    rt: Runtime,
    cold: cold::ColdCalls,
    /// The shared slow path of named reads (`poly_read`), once some read needs it.
    poly_read: Option<ClFuncId>,
    fast_ids: HashMap<u32, ClFuncId>,
    generic_ids: HashMap<u32, ClFuncId>,
    info_ids: HashMap<u32, DataId>,
    strings_data: DataId,
    statics_data: DataId,
    stack_limit: DataId,
    /// The runtime's count of the functions it called (`abi::CALL_COUNT_SYMBOL`).
    call_count: DataId,
    /// The inline caches of property accesses (`property`), one per site.
    caches_data: DataId,
    cache_count: u32,
    /// The callee cells of closure checks (`calls::closure_of`), one per site.
    callee_cells: DataId,
    callee_cell_count: u32,
    /// The class layouts (`dxrt_abi::ClassLayout`, keys after each) and where each
    /// starts in that data.
    layouts_data: DataId,
    layout_offsets: Vec<usize>,
    /// The string constant `"length"`, if the program has one (`property::get_length`).
    length_key: Option<u32>,
    /// The runtime's table of recognized built-ins (`dxrt_abi::BUILTINS_SYMBOL`) and
    /// its global object (`dxrt_abi::GLOBAL_OBJECT_SYMBOL`).
    builtins: DataId,
    global_object: DataId,
    /// Offsets of a `Vec`'s data pointer and length (`dxrt_abi::vec_layout`).
    vec_layout: (u32, u32),
    /// (function, code start offset, end offset, source pos, name string) per range.
    ranges: Vec<(ClFuncId, u32, u32, u32, u32)>,
    ptr: cir::Type,
    clif: Option<String>,
}

/// Compiles the program to an object file.
pub fn compile(program: &ir::Program, opts: &Options) -> Result<Output, String> {
    let isa = isa(opts.opt_level)?;
    let builder = ObjectBuilder::new(isa, "dxc_program", cranelift_module::default_libcall_names()).map_err(|e| e.to_string())?;
    let mut module = ObjectModule::new(builder);
    let ptr = module.target_config().pointer_type();
    let rt = Runtime::declare(&mut module).map_err(|e| e.to_string())?;
    let cold = cold::ColdCalls::declare(&mut module).map_err(|e| e.to_string())?;
    let strings_data = module.declare_data("dxc_string_values", Linkage::Local, true, false).map_err(|e| e.to_string())?;
    let statics_data = module.declare_data("dxc_statics", Linkage::Local, true, false).map_err(|e| e.to_string())?;
    let stack_limit = module.declare_data(abi::STACK_LIMIT_SYMBOL, Linkage::Import, true, false).map_err(|e| e.to_string())?;
    let call_count = module.declare_data(abi::CALL_COUNT_SYMBOL, Linkage::Import, true, false).map_err(|e| e.to_string())?;
    let caches_data = module.declare_data("dxc_property_caches", Linkage::Local, true, false).map_err(|e| e.to_string())?;
    let callee_cells = module.declare_data("dxc_callee_cells", Linkage::Local, true, false).map_err(|e| e.to_string())?;
    let layouts_data = module.declare_data("dxc_class_layouts", Linkage::Local, true, false).map_err(|e| e.to_string())?;
    let layout_offsets = program
        .layouts
        .iter()
        .scan(0, |at, keys| {
            let start = *at;
            *at += size_of::<abi::ClassLayout>() + keys.len() * 8;
            Some(start)
        })
        .collect();
    let builtins = module.declare_data(abi::BUILTINS_SYMBOL, Linkage::Import, true, false).map_err(|e| e.to_string())?;
    let global_object = module.declare_data(abi::GLOBAL_OBJECT_SYMBOL, Linkage::Import, true, false).map_err(|e| e.to_string())?;
    let mut g = Gen {
        module,
        rt,
        cold,
        poly_read: None,
        fast_ids: HashMap::new(),
        generic_ids: HashMap::new(),
        info_ids: HashMap::new(),
        strings_data,
        statics_data,
        stack_limit,
        call_count,
        caches_data,
        cache_count: 0,
        callee_cells,
        callee_cell_count: 0,
        layouts_data,
        layout_offsets,
        length_key: program.find_string("length"),
        builtins,
        global_object,
        vec_layout: abi::vec_layout(),
        ranges: Vec::new(),
        ptr,
        clif: opts.keep_clif.then(String::new),
    };
    g.declare_functions(program)?;
    let mut fctx = FunctionBuilderContext::new();
    for f in &program.functions {
        g.define_function(program, f, &mut fctx)?;
        if f.entry == EntryKind::Fast {
            g.define_generic_thunk(f, &mut fctx)?;
        }
    }
    if let Some(id) = g.poly_read {
        let miss = g.rt.id("dxrt_get_named_ic");
        poly_read::define(&mut g.module, id, &mut g.cold, miss, g.vec_layout).map_err(err)?;
    }
    g.cold.define(&mut g.module).map_err(err)?;
    g.define_data(program)?;
    let clif = g.clif.take();
    let product = g.module.finish();
    let object = product.emit().map_err(|e| e.to_string())?;
    Ok(Output { object, clif })
}

fn err<E: std::fmt::Display>(e: E) -> String {
    format!("code generation failed: {e}")
}

impl Gen {
    fn keep_clif(&mut self, ctx: &cranelift_codegen::Context, id: ClFuncId) {
        if let Some(out) = &mut self.clif {
            let name = &self.module.declarations().get_function_decl(id).linkage_name(id);
            out.push_str(&format!("; {name}\n{}\n", ctx.func.display()));
        }
    }

    fn fast_sig(&self, nparams: usize) -> Signature {
        let mut s = self.module.make_signature();
        for _ in 0..nparams + 2 {
            s.params.push(AbiParam::new(I64));
        }
        s.returns.push(AbiParam::new(I64));
        s
    }

    fn generic_sig(&self) -> Signature {
        let mut s = self.module.make_signature();
        s.params.push(AbiParam::new(I64)); // callee
        s.params.push(AbiParam::new(I64)); // this
        s.params.push(AbiParam::new(self.ptr)); // argv
        s.params.push(AbiParam::new(I32)); // argc
        s.params.push(AbiParam::new(I64)); // new.target
        s.returns.push(AbiParam::new(I64));
        s
    }

    fn main_sig(&self) -> Signature {
        let mut s = self.module.make_signature();
        s.returns.push(AbiParam::new(I64));
        s
    }

    fn declare_functions(&mut self, p: &ir::Program) -> Result<(), String> {
        for f in &p.functions {
            let id = f.id.0;
            match f.entry {
                EntryKind::Fast => {
                    let sig = self.fast_sig(f.params.len());
                    let fid = self.module.declare_function(&format!("dxc_f{id}"), Linkage::Local, &sig).map_err(err)?;
                    self.fast_ids.insert(id, fid);
                    let gsig = self.generic_sig();
                    let gid = self.module.declare_function(&format!("dxc_f{id}_g"), Linkage::Local, &gsig).map_err(err)?;
                    self.generic_ids.insert(id, gid);
                }
                EntryKind::Generic => {
                    let gsig = self.generic_sig();
                    let gid = self.module.declare_function(&format!("dxc_f{id}_g"), Linkage::Local, &gsig).map_err(err)?;
                    self.generic_ids.insert(id, gid);
                }
                EntryKind::Main => {
                    let sig = self.main_sig();
                    let fid = self.module.declare_function("dxc_main", Linkage::Local, &sig).map_err(err)?;
                    self.fast_ids.insert(id, fid);
                }
            }
            if f.entry != EntryKind::Main {
                let d = self.module.declare_data(&format!("dxc_info{id}"), Linkage::Local, false, false).map_err(err)?;
                self.info_ids.insert(id, d);
            }
        }
        Ok(())
    }

    /// The generic entry of a fast function: unpacks argv and calls the fast entry.
    fn define_generic_thunk(&mut self, f: &ir::Function, fctx: &mut FunctionBuilderContext) -> Result<(), String> {
        let gid = self.generic_ids[&f.id.0];
        let fid = self.fast_ids[&f.id.0];
        let mut ctx = self.module.make_context();
        ctx.func.signature = self.generic_sig();
        {
            let mut b = FunctionBuilder::new(&mut ctx.func, fctx);
            let entry = b.create_block();
            b.append_block_params_for_function_params(entry);
            b.switch_to_block(entry);
            b.seal_block(entry);
            let ps = b.block_params(entry).to_vec();
            let (callee, this, argv, argc) = (ps[0], ps[1], ps[2], ps[3]);
            let payload = b.ins().band_imm_u(callee, abi::PAYLOAD_MASK as i64);
            let env = b.ins().load(I64, MemFlagsData::trusted(), payload, abi::function::ENV);
            let mut args = vec![env, this];
            for i in 0..f.params.len() {
                // Missing arguments are undefined; argv holds exactly argc values.
                let has = b.ins().icmp_imm_s(IntCC::SignedGreaterThan, argc, i as i64);
                let (yes, join) = (b.create_block(), b.create_block());
                b.append_block_param(join, I64);
                let undef = b.ins().iconst(I64, abi::UNDEFINED as i64);
                b.ins().brif(has, yes, &[], join, &[undef.into()]);
                b.switch_to_block(yes);
                b.seal_block(yes);
                let v = b.ins().load(I64, MemFlagsData::trusted(), argv, (i * 8) as i32);
                b.ins().jump(join, &[v.into()]);
                b.switch_to_block(join);
                b.seal_block(join);
                args.push(b.block_params(join)[0]);
            }
            let fref = self.module.declare_func_in_func(fid, b.func);
            let call = b.ins().call(fref, &args);
            let r = b.inst_results(call)[0];
            b.ins().return_(&[r]);
            b.finalize(self.module.target_config());
        }
        self.keep_clif(&ctx, gid);
        self.module.define_function(gid, &mut ctx).map_err(err)?;
        Ok(())
    }

    fn define_function(&mut self, p: &ir::Program, f: &ir::Function, fctx: &mut FunctionBuilderContext) -> Result<(), String> {
        let (clid, sig) = match f.entry {
            EntryKind::Fast => (self.fast_ids[&f.id.0], self.fast_sig(f.params.len())),
            EntryKind::Generic => (self.generic_ids[&f.id.0], self.generic_sig()),
            EntryKind::Main => (self.fast_ids[&f.id.0], self.main_sig()),
        };
        let mut ctx = self.module.make_context();
        ctx.func.signature = sig;
        {
            let b = FunctionBuilder::new(&mut ctx.func, fctx);
            FnGen::new(self, b, f, p).build()?;
        }
        conversions::fold_round_trips(&mut ctx.func);
        self.keep_clif(&ctx, clid);
        if let Err(e) = self.module.define_function(clid, &mut ctx) {
            return Err(format!("code generation failed for function {}: {e:?}", f.id.0));
        }
        // Source positions of the machine code, for stack traces.
        if let Some(code) = ctx.compiled_code().filter(|_| !f.hidden) {
            for loc in code.buffer.get_srclocs_sorted() {
                let pos = loc.loc;
                if !pos.is_default() {
                    self.ranges.push((clid, loc.start, loc.end, pos.bits(), f.name));
                }
            }
        }
        Ok(())
    }

    fn define_data(&mut self, p: &ir::Program) -> Result<(), String> {
        let m = &mut self.module;
        // String values (filled at start-up) and static cells.
        let mut d = DataDescription::new();
        d.define_zeroinit(p.strings.len().max(1) * 8);
        m.define_data(self.strings_data, &d).map_err(err)?;
        let mut d = DataDescription::new();
        d.define_zeroinit((p.statics as usize).max(1) * 8);
        m.define_data(self.statics_data, &d).map_err(err)?;
        let mut d = DataDescription::new();
        d.define_zeroinit((self.cache_count as usize).max(1) * abi::PROPERTY_CACHE_SIZE);
        d.set_align(8);
        m.define_data(self.caches_data, &d).map_err(err)?;
        let mut d = DataDescription::new();
        d.define_zeroinit((self.callee_cell_count as usize).max(1) * 8);
        d.set_align(8);
        m.define_data(self.callee_cells, &d).map_err(err)?;
        // Class layouts: no verified or rejected shape yet, the key count, the keys.
        let mut bytes = Vec::new();
        for keys in &p.layouts {
            bytes.extend_from_slice(&[0; 16]);
            bytes.extend_from_slice(&(keys.len() as u64).to_le_bytes());
            bytes.extend(keys.iter().flat_map(|k| (*k as u64).to_le_bytes()));
        }
        bytes.resize(bytes.len().max(8), 0);
        let mut d = DataDescription::new();
        d.define(bytes.into_boxed_slice());
        d.set_align(8);
        m.define_data(self.layouts_data, &d).map_err(err)?;
        // String constants: UTF-16 units, and the table of (pointer, length).
        let mut unit_ids = Vec::new();
        for (i, s) in p.strings.iter().enumerate() {
            let units: Vec<u8> = s.iter().flat_map(|u| u.to_le_bytes()).collect();
            let id = m.declare_data(&format!("dxc_str{i}"), Linkage::Local, false, false).map_err(err)?;
            let mut d = DataDescription::new();
            d.define(units.into_boxed_slice());
            d.set_align(2);
            m.define_data(id, &d).map_err(err)?;
            unit_ids.push((id, s.len()));
        }
        let table = m.declare_data("dxc_strings", Linkage::Local, false, false).map_err(err)?;
        let mut d = DataDescription::new();
        let mut bytes = vec![0u8; unit_ids.len().max(1) * 16];
        for (i, &(_, len)) in unit_ids.iter().enumerate() {
            bytes[i * 16 + 8..i * 16 + 12].copy_from_slice(&(len as u32).to_le_bytes());
        }
        d.define(bytes.into_boxed_slice());
        for (i, &(id, _)) in unit_ids.iter().enumerate() {
            let gv = m.declare_data_in_data(id, &mut d);
            d.write_data_addr((i * 16) as u32, gv, 0);
        }
        m.define_data(table, &d).map_err(err)?;
        // Function infos.
        for f in &p.functions {
            let Some(&info) = self.info_ids.get(&f.id.0) else { continue };
            let mut d = DataDescription::new();
            let mut bytes = vec![0u8; abi::FUNCTION_INFO_SIZE];
            bytes[8..12].copy_from_slice(&f.name.to_le_bytes());
            bytes[12..16].copy_from_slice(&f.length.to_le_bytes());
            bytes[16..20].copy_from_slice(&f.flags.to_le_bytes());
            bytes[20..24].copy_from_slice(&f.source_pos.to_le_bytes());
            bytes[24..28].copy_from_slice(&f.source_end.to_le_bytes());
            let fast = f.entry == EntryKind::Fast && f.flags & abi::FN_CLASS_CONSTRUCTOR == 0;
            if fast {
                let o = abi::INFO_FAST_PARAMS as usize;
                bytes[o..o + 4].copy_from_slice(&(f.params.len() as u32).to_le_bytes());
            }
            d.define(bytes.into_boxed_slice());
            let fr = m.declare_func_in_data(self.generic_ids[&f.id.0], &mut d);
            d.write_function_addr(0, fr);
            if fast {
                let fr = m.declare_func_in_data(self.fast_ids[&f.id.0], &mut d);
                d.write_function_addr(abi::INFO_FAST_ENTRY as u32, fr);
            }
            m.define_data(info, &d).map_err(err)?;
        }
        // Code ranges.
        let ranges = m.declare_data("dxc_code_ranges", Linkage::Local, false, false).map_err(err)?;
        let mut d = DataDescription::new();
        let size = std::mem::size_of::<abi::CodeRange>();
        let mut bytes = vec![0u8; self.ranges.len().max(1) * size];
        for (i, r) in self.ranges.iter().enumerate() {
            let o = i * size;
            bytes[o + 8..o + 12].copy_from_slice(&r.1.to_le_bytes());
            bytes[o + 12..o + 16].copy_from_slice(&r.2.to_le_bytes());
            bytes[o + 16..o + 20].copy_from_slice(&r.3.to_le_bytes());
            bytes[o + 20..o + 24].copy_from_slice(&r.4.to_le_bytes());
        }
        d.define(bytes.into_boxed_slice());
        for (i, r) in self.ranges.iter().enumerate() {
            let fr = m.declare_func_in_data(r.0, &mut d);
            d.write_function_addr((i * size) as u32, fr);
        }
        m.define_data(ranges, &d).map_err(err)?;
        let inline_frames = m.declare_data("dxc_inline_frames", Linkage::Local, false, false).map_err(err)?;
        let mut d = DataDescription::new();
        let mut bytes: Vec<u8> = p.inline_frames.iter().flat_map(|f| [f.pos, f.name, f.outer]).flat_map(u32::to_le_bytes).collect();
        bytes.resize(bytes.len().max(4), 0);
        d.define(bytes.into_boxed_slice());
        d.set_align(4);
        m.define_data(inline_frames, &d).map_err(err)?;
        // Source text and file name.
        let src = m.declare_data("dxc_source", Linkage::Local, false, false).map_err(err)?;
        let mut d = DataDescription::new();
        d.define(p.source.as_bytes().to_vec().into_boxed_slice());
        m.define_data(src, &d).map_err(err)?;
        let file_names: Vec<u8> = p.files.iter().flat_map(|(_, name)| name.bytes().chain([0])).collect();
        let fname = m.declare_data("dxc_file_name", Linkage::Local, false, false).map_err(err)?;
        let mut d = DataDescription::new();
        d.define(file_names.clone().into_boxed_slice());
        m.define_data(fname, &d).map_err(err)?;
        let fstarts = m.declare_data("dxc_file_starts", Linkage::Local, false, false).map_err(err)?;
        let mut d = DataDescription::new();
        d.define(p.files.iter().flat_map(|(start, _)| start.to_le_bytes()).collect::<Vec<u8>>().into_boxed_slice());
        m.define_data(fstarts, &d).map_err(err)?;
        // ProgramInfo.
        let info = m.declare_data(abi::PROGRAM_INFO_SYMBOL, Linkage::Export, false, false).map_err(err)?;
        let mut d = DataDescription::new();
        let size = std::mem::size_of::<abi::ProgramInfo>();
        let mut bytes = vec![0u8; size];
        let off = |f: usize| f as u32;
        use std::mem::offset_of;
        bytes[offset_of!(abi::ProgramInfo, string_count)..][..4].copy_from_slice(&(p.strings.len() as u32).to_le_bytes());
        bytes[offset_of!(abi::ProgramInfo, code_range_count)..][..4].copy_from_slice(&(self.ranges.len() as u32).to_le_bytes());
        bytes[offset_of!(abi::ProgramInfo, source_len)..][..8].copy_from_slice(&(p.source.len() as u64).to_le_bytes());
        bytes[offset_of!(abi::ProgramInfo, file_name_len)..][..8].copy_from_slice(&(file_names.len() as u64).to_le_bytes());
        bytes[offset_of!(abi::ProgramInfo, file_count)..][..8].copy_from_slice(&(p.files.len() as u64).to_le_bytes());
        let (vp, vl) = self.vec_layout;
        bytes[offset_of!(abi::ProgramInfo, vec_ptr_offset)..][..4].copy_from_slice(&vp.to_le_bytes());
        bytes[offset_of!(abi::ProgramInfo, vec_len_offset)..][..4].copy_from_slice(&vl.to_le_bytes());
        bytes[offset_of!(abi::ProgramInfo, static_count)..][..8].copy_from_slice(&(p.statics as u64).to_le_bytes());
        bytes[offset_of!(abi::ProgramInfo, inline_frame_count)..][..8].copy_from_slice(&(p.inline_frames.len() as u64).to_le_bytes());
        bytes[offset_of!(abi::ProgramInfo, callee_cell_count)..][..8].copy_from_slice(&(self.callee_cell_count as u64).to_le_bytes());
        d.define(bytes.into_boxed_slice());
        for (field, data) in [
            (offset_of!(abi::ProgramInfo, strings), table),
            (offset_of!(abi::ProgramInfo, string_values), self.strings_data),
            (offset_of!(abi::ProgramInfo, code_ranges), ranges),
            (offset_of!(abi::ProgramInfo, source), src),
            (offset_of!(abi::ProgramInfo, file_name), fname),
            (offset_of!(abi::ProgramInfo, file_starts), fstarts),
            (offset_of!(abi::ProgramInfo, statics), self.statics_data),
            (offset_of!(abi::ProgramInfo, inline_frames), inline_frames),
            (offset_of!(abi::ProgramInfo, callee_cells), self.callee_cells),
        ] {
            let gv = m.declare_data_in_data(data, &mut d);
            d.write_data_addr(off(field), gv, 0);
        }
        let main = m.declare_func_in_data(self.fast_ids[&0], &mut d);
        d.write_function_addr(off(offset_of!(abi::ProgramInfo, main)), main);
        m.define_data(info, &d).map_err(err)?;
        Ok(())
    }
}

/// The types of a function's specialized copy: its checked parameters' when it has
/// annotated ones, else numbers speculated for the reads it computes with.
fn specialized_typing(f: &ir::Function) -> ir::types::Typing {
    if f.param_hints.iter().any(|h| *h != ParamHint::None) {
        ir::types::infer(f, &f.param_hints)
    } else {
        ir::types::infer_speculating(f, &[], ir::types::Speculate::Arithmetic)
    }
}

/// Code generation state of one function.
struct FnGen<'g, 'b> {
    g: &'g mut Gen,
    b: FunctionBuilder<'b>,
    f: &'g ir::Function,
    blocks: Vec<cir::Block>,
    vars: Vec<Variable>,
    /// The shared "return EXCEPTION" block.
    exc_ret: cir::Block,
    cur_handler: Option<cir::Block>,
    /// The IR block being emitted is cold: its calls are cold calls (see `cold`).
    in_cold: bool,
    /// A generator function's suspension points and saved variables.
    susp: Option<generator::Suspensions>,
    /// How each variable is held (see `ir::types`).
    repr: Vec<Repr>,
    /// The specialized copy of a function whose parameter annotations hold (checked at
    /// entry): its own variables, blocks and representations.
    special: Option<Version>,
    /// While the specialized copy is emitted: the generic copy.
    generic: Option<Version>,
    /// The specialized copy's reads checked to be numbers (`ir::types::Typing::speculated`),
    /// with what is live after each (handed to the generic copy when a check fails) and
    /// where the generic copy resumes, at the next instruction.
    live: HashMap<(usize, usize), Vec<ir::Var>>,
    resume: HashMap<(usize, usize), cir::Block>,
    /// The variables live into each block a back edge jumps to (a loop header); see
    /// `keep_loop_invariants`.
    loop_live: HashMap<usize, ir::liveness::Bits>,
    /// The (block, loop header) edges that close a loop.
    back_edges: HashSet<(usize, usize)>,
    /// The slot `computed_here` stores to.
    scratch: Option<cir::StackSlot>,
    /// How many instructions and terminators read each variable.
    reads: Vec<u32>,
    /// The instruction being emitted (block, index).
    cur_inst: (usize, usize),
    /// While the fast arm of a run of class-field accesses is emitted (`field_runs`).
    fast_run: Option<field_runs::FastRun>,
    /// While the slow arm of such a run is emitted: its object does not have the
    /// layout, so its accesses go straight to the inline caches.
    slow_run: bool,
    /// Where a field run's fast arm goes when an operand of the arithmetic being emitted
    /// is not a number (`field_runs`).
    bail_to: Option<cir::Block>,
    /// In the specialized copy: which class-field accesses know their object's layout,
    /// and which checks are hoisted out of loops (`hoist`).
    layout_facts: Option<field_runs::LayoutFacts>,
    hoisting: Option<hoist::Hoisting>,
    /// What is live before each instruction where the specialized copy may leave for the
    /// generic one when a check fails (a field check, a hoisted check, an element read).
    exit_live: HashMap<(usize, usize), Vec<ir::Var>>,
    /// In the specialized copy: the instructions (named and element reads, arithmetic on
    /// boxed values) that keep the layouts known across them (`field_runs::watched`),
    /// with what is live after each, for when their slow path called a function after
    /// all (`FnGen::leave_if_called`).
    watched: HashMap<(usize, usize), Vec<ir::Var>>,
    /// The slot values of objects whose layout is known, loaded in the IR block being
    /// emitted (`FnGen::special_field`).
    known_slots: HashMap<ir::Var, cir::Value>,
    /// The current block's instruction ended it with its branch (`calls::branch_on`).
    branch_emitted: bool,
    /// Which variables are counters (`ir::types::counters`), for element indices.
    counters: Vec<bool>,
    /// Which variables are int32s (`ir::types::int32s`), for bit operators.
    int32s: Vec<bool>,
    /// Element storage (data, length) loaded where a loop is entered (`hoist`), by that
    /// block and the object's variable.
    hoisted_arrays: HashMap<(usize, ir::Var), (cir::Value, cir::Value)>,
    /// In the specialized copy: the vectorized loop nests, by the first block of their
    /// outer body, and their lane groups (`vectorize`).
    kernels: HashMap<usize, vectorize::Kernel>,
    groups: HashMap<usize, vectorize::Group>,
}

/// Whether pure number computation `x` divides, takes a square root, or has at least
/// four operations (`computed_here`).
fn costly(dfg: &cir::DataFlowGraph, x: cir::Value) -> bool {
    fn walk(dfg: &cir::DataFlowGraph, x: cir::Value, ops: &mut u32) -> bool {
        let Some(i) = dfg.value_def(x).inst() else { return false };
        match dfg.insts[i].opcode() {
            cir::Opcode::Fdiv | cir::Opcode::Sqrt => true,
            cir::Opcode::Fadd | cir::Opcode::Fsub | cir::Opcode::Fmul | cir::Opcode::Fneg => {
                *ops += 1;
                *ops >= 4 || dfg.inst_args(i).iter().any(|&a| walk(dfg, a, ops))
            }
            _ => false,
        }
    }
    walk(dfg, x, &mut 0)
}

/// One copy of a function's body.
struct Version {
    vars: Vec<Variable>,
    blocks: Vec<cir::Block>,
    repr: Vec<Repr>,
}

/// The variables live into each loop header that `FnGen::keep_loop_invariants` passes
/// around the loop: all but those that only ever hold one constant, which are better
/// rematerialized.
fn loop_carried(f: &ir::Function, headers: HashSet<usize>, mut live_in: Vec<ir::liveness::Bits>) -> HashMap<usize, ir::liveness::Bits> {
    if headers.is_empty() {
        return HashMap::new();
    }
    let mut defs = vec![0u32; f.var_count as usize];
    let mut constant = ir::liveness::Bits::new(f.var_count as usize);
    let mut copies = Vec::new();
    for (inst, _) in f.blocks.iter().flat_map(|b| &b.insts) {
        if let Some(d) = inst.def() {
            defs[d.0 as usize] += 1;
            match inst {
                Inst::Const { .. } => constant.set(d),
                Inst::Move { dst, src } => copies.push((*dst, *src)),
                _ => {}
            }
        }
    }
    // `const limit = 4` is a constant temporary copied into the binding.
    for (dst, src) in copies {
        if defs[src.0 as usize] == 1 && constant.has(src) {
            constant.set(dst);
        }
    }
    headers
        .into_iter()
        .map(|h| {
            let mut live = std::mem::take(&mut live_in[h]);
            for v in live.vars() {
                if defs[v.0 as usize] == 1 && constant.has(v) {
                    live.clear(v);
                }
            }
            (h, live)
        })
        .collect()
}

impl<'g, 'b> FnGen<'g, 'b> {
    fn new(g: &'g mut Gen, mut b: FunctionBuilder<'b>, f: &'g ir::Function, _p: &ir::Program) -> Self {
        let repr = ir::types::infer(f, &[]).repr;
        let vars = repr.iter().map(|r| b.declare_var(r.clif_type())).collect();
        let blocks = f.blocks.iter().map(|_| b.create_block()).collect();
        let exc_ret = b.create_block();
        // Liveness, computed once for whatever needs it: generator suspensions, the
        // speculation exits of a specialized copy, loop headers.
        let back_edges = ir::back_edges(f);
        let headers: HashSet<usize> = back_edges.iter().map(|&(_, h)| h).collect();
        // A specialized copy for annotated parameters, or for class-field accesses
        // (`field_runs::layout_facts`), whose failed checks leave for the generic copy.
        let hinted = f.param_hints.iter().any(|h| *h != ParamHint::None);
        let wants_special = (hinted || field_runs::has_field_accesses(f)) && f.gen_var.is_none();
        let live_in = if f.gen_var.is_some() || wants_special || !headers.is_empty() { ir::liveness::live_in(f) } else { Vec::new() };
        let susp = f.gen_var.map(|_| generator::analyze(f, &live_in));
        let (mut special, mut live, mut layout_facts, mut hoisting, mut exit_live, mut watched) = (None, HashMap::new(), None, None, HashMap::new(), HashMap::new());
        let mut kernels = HashMap::new();
        if wants_special {
            let t = specialized_typing(f);
            let vars = t.repr.iter().map(|r| b.declare_var(r.clif_type())).collect();
            let blocks = f.blocks.iter().map(|_| b.create_block()).collect();
            live = ir::liveness::live_after(f, &live_in, &t.speculated);
            layout_facts = field_runs::layout_facts(f, &t.repr);
            hoisting = hoist::plan(f, &t.repr, &back_edges);
            kernels = vectorize::plan(f, &t.repr, &live_in, &back_edges, hoisting.as_ref());
            let mut exits: HashSet<(usize, usize)> = layout_facts.as_ref().map(|facts| facts.checks.clone()).unwrap_or_default();
            // The fallback calls of inlined copies (cold blocks) leave for the generic
            // copy: what the specialized copy knows never meets what a call forgets.
            exits.extend(f.blocks.iter().enumerate().filter(|(_, b)| b.cold).map(|(i, _)| (i, 0)));
            exits.extend(hoisting.as_ref().map(|h| h.exits(f)).unwrap_or_default());
            exit_live = ir::liveness::live_before(f, &live_in, &exits);
            if layout_facts.is_some() {
                watched = ir::liveness::live_after(f, &live_in, &field_runs::watched_insts(f, &t.repr));
            }
            special = Some(Version { vars, blocks, repr: t.repr });
        }
        // Where the generic copy resumes: after a speculated read or a watched
        // instruction, before a field check.
        let resume = live.keys().chain(watched.keys()).map(|&(blk, k)| (blk, k + 1)).chain(exit_live.keys().copied()).collect::<HashSet<_>>().into_iter().map(|at| (at, b.create_block())).collect();
        let loop_live = loop_carried(f, headers, live_in);
        let mut reads = vec![0u32; f.var_count as usize];
        for b in &f.blocks {
            for v in b.insts.iter().flat_map(|(inst, _)| inst.uses()).chain(b.term.uses()) {
                reads[v.0 as usize] += 1;
            }
        }
        FnGen { g, b, f, blocks, vars, exc_ret, in_cold: false, cur_handler: None, susp, repr, special, generic: None, live, resume, loop_live, back_edges, scratch: None, reads, cur_inst: (0, 0), fast_run: None, slow_run: false, bail_to: None, layout_facts, hoisting, exit_live, watched, known_slots: HashMap::new(), hoisted_arrays: HashMap::new(), branch_emitted: false, counters: ir::types::counters(f), int32s: ir::types::int32s(f), kernels, groups: HashMap::new() }
    }

    fn var(&self, v: ir::Var) -> Variable {
        self.vars[v.0 as usize]
    }
    /// The variable's value, boxed.
    fn get(&mut self, v: ir::Var) -> cir::Value {
        let x = self.b.use_var(self.var(v));
        self.convert(x, self.repr[v.0 as usize], Repr::Boxed)
    }
    /// Sets the variable to a boxed value (of its type, when it is typed).
    fn set(&mut self, v: ir::Var, val: cir::Value) {
        self.set_as(v, val, Repr::Boxed)
    }
    fn iconst(&mut self, bits: u64) -> cir::Value {
        self.b.ins().iconst(I64, bits as i64)
    }

    fn build(mut self) -> Result<(), String> {
        let entry = self.b.create_block();
        self.b.append_block_params_for_function_params(entry);
        self.b.switch_to_block(entry);
        let params = self.b.block_params(entry).to_vec();
        let undef = self.iconst(abi::UNDEFINED);
        let (zero, no) = (self.b.ins().f64const(0.0), self.b.ins().iconst(I8, 0));
        let versions = std::iter::once((&self.vars, &self.repr)).chain(self.special.as_ref().map(|v| (&v.vars, &v.repr)));
        for (vars, repr) in versions {
            for (var, r) in vars.iter().zip(repr) {
                // Typed variables are never read before they are written (`ir::types`).
                let init = match r {
                    Repr::Boxed => undef,
                    Repr::Number => zero,
                    Repr::Bool => no,
                };
                self.b.def_var(*var, init);
            }
        }
        let f = self.f;
        let mut resume_args = None;
        match f.entry {
            EntryKind::Fast => {
                self.set(f.env_var, params[0]);
                self.set(f.this_var, params[1]);
                for (i, p) in f.params.iter().enumerate() {
                    self.set(*p, params[i + 2]);
                }
            }
            EntryKind::Generic => {
                let (callee, this, argv, argc, nt) = (params[0], params[1], params[2], params[3], params[4]);
                resume_args = Some((this, argv, argc, nt));
                let payload = self.b.ins().band_imm_u(callee, abi::PAYLOAD_MASK as i64);
                let env = self.b.ins().load(I64, MemFlagsData::trusted(), payload, abi::function::ENV);
                self.set(f.env_var, env);
                self.set(f.this_var, this);
                self.set(f.argv_var, argv);
                let argc64 = self.b.ins().uextend(I64, argc);
                self.set(f.argc_var, argc64);
                self.set(f.new_target_var, nt);
                self.set(f.callee_var, callee);
                for (i, p) in f.params.iter().enumerate() {
                    let has = self.b.ins().icmp_imm_s(IntCC::SignedGreaterThan, argc, i as i64);
                    let (yes, join) = (self.b.create_block(), self.b.create_block());
                    self.b.ins().brif(has, yes, &[], join, &[]);
                    self.b.switch_to_block(yes);
                    self.b.seal_block(yes);
                    let v = self.b.ins().load(I64, MemFlagsData::trusted(), argv, (i * 8) as i32);
                    self.set(*p, v);
                    self.b.ins().jump(join, &[]);
                    self.b.switch_to_block(join);
                    self.b.seal_block(join);
                }
            }
            EntryKind::Main => {}
        }
        // Stack overflow check.
        let limit_gv = self.g.module.declare_data_in_func(self.g.stack_limit, self.b.func);
        let limit_addr = self.b.ins().symbol_value(self.g.ptr, limit_gv);
        let limit = self.b.ins().load(self.g.ptr, MemFlagsData::trusted(), limit_addr, 0);
        let sp = self.b.ins().get_stack_pointer(self.g.ptr);
        let over = self.b.ins().icmp(IntCC::UnsignedLessThan, sp, limit);
        let overflow = self.b.create_block();
        let start = if self.susp.is_some() || self.special.is_some() { self.b.create_block() } else { self.blocks[0] };
        self.b.ins().brif(over, overflow, &[], start, &[]);
        self.b.seal_block(entry);
        if self.susp.is_some() {
            // A generator function is entered to start it, or to resume it (new.target
            // is then the hole).
            let (this, argv, argc, nt) = resume_args.expect("generator functions have the generic entry");
            self.b.switch_to_block(start);
            let is_resume = self.b.ins().icmp_imm_s(IntCC::Equal, nt, abi::HOLE as i64);
            let dispatch = self.b.create_block();
            self.b.ins().brif(is_resume, dispatch, &[], self.blocks[0], &[]);
            self.b.switch_to_block(dispatch);
            self.emit_resume_dispatch(this, argv, argc);
        }
        if self.special.is_some() {
            self.b.switch_to_block(start);
            self.enter_special();
        }
        self.b.switch_to_block(overflow);
        self.b.seal_block(overflow);
        let r = self.call_rt("dxrt_stack_overflow", &[]);
        self.b.ins().return_(&[r]);
        // The shared exception return.
        self.b.switch_to_block(self.exc_ret);
        let e = self.iconst(abi::EXCEPTION);
        self.b.ins().return_(&[e]);
        self.emit_blocks()?;
        if let Some(mut v) = self.special.take() {
            std::mem::swap(&mut v.vars, &mut self.vars);
            std::mem::swap(&mut v.blocks, &mut self.blocks);
            std::mem::swap(&mut v.repr, &mut self.repr);
            self.generic = Some(v);
            self.emit_blocks()?;
        }
        self.b.seal_all_blocks();
        let cfg = self.g.module.target_config();
        self.b.finalize(cfg);
        Ok(())
    }

    /// Emits one copy of the body (the specialized copy checks its speculated reads).
    fn emit_blocks(&mut self) -> Result<(), String> {
        let f = self.f;
        let generic_copy = self.generic.is_none();
        for (i, blk) in f.blocks.iter().enumerate() {
            self.b.switch_to_block(self.blocks[i]);
            self.in_cold = blk.cold;
            if blk.cold {
                self.b.set_cold_block(self.blocks[i]);
            }
            self.cur_handler = blk.handler.map(|h| self.blocks[h.0 as usize]);
            self.known_slots.clear();
            if blk.cold && !generic_copy {
                // An inlined copy's guard failed: the generic copy makes the call.
                let live = self.exit_live[&(i, 0)].clone();
                self.exit_to_generic(&live, None, (i, 0));
                continue;
            }
            if !generic_copy {
                self.reset_groups(i);
                self.vector_group(i);
            }
            let mut k = 0;
            while k < blk.insts.len() {
                if generic_copy {
                    self.resume_point(i, k);
                }
                if let Some(run) = self.field_run(i, k) {
                    k = self.emit_field_run(i, k, run)?;
                    continue;
                }
                self.emit_inst(i, k)?;
                k += 1;
            }
            if generic_copy {
                self.resume_point(i, blk.insts.len());
            } else {
                self.hoisted_checks(i);
            }
            // (An instruction may have branched already: `calls::branch_on`.)
            if !std::mem::take(&mut self.branch_emitted) {
                self.terminator(i, &blk.term);
            }
        }
        Ok(())
    }

    /// Emits instruction `k` of block `block` (the specialized copy checks its
    /// speculated reads).
    fn emit_inst(&mut self, block: usize, k: usize) -> Result<(), String> {
        let (inst, pos) = &self.f.blocks[block].insts[k];
        self.cur_inst = (block, k);
        self.b.set_srcloc(cir::SourceLoc::new(*pos));
        if self.generic.is_some() && self.live.contains_key(&(block, k)) { self.speculate(inst, block, k) } else { self.inst(inst) }
    }

    /// Where the specialized copy may continue in the generic one: a block boundary.
    fn resume_point(&mut self, block: usize, k: usize) {
        if let Some(&r) = self.resume.get(&(block, k)) {
            self.b.ins().jump(r, &[]);
            self.b.switch_to_block(r);
        }
    }

    /// A read speculated to give a number: emitted into a boxed temporary, then checked;
    /// anything else leaves for the generic copy, with every variable boxed.
    fn speculate(&mut self, inst: &Inst, block: usize, k: usize) -> Result<(), String> {
        let dst = inst.def().expect("speculated reads define a variable");
        let d = dst.0 as usize;
        let tmp = self.b.declare_var(I64);
        let (saved_var, saved_repr) = (std::mem::replace(&mut self.vars[d], tmp), std::mem::replace(&mut self.repr[d], Repr::Boxed));
        let r = self.inst(inst);
        self.vars[d] = saved_var;
        self.repr[d] = saved_repr;
        r?;
        let x = self.b.use_var(tmp);
        let (ok_b, exit_b) = (self.b.create_block(), self.b.create_block());
        let is_num = self.is_number_bits(x);
        self.b.ins().brif(is_num, ok_b, &[], exit_b, &[]);
        self.b.switch_to_block(exit_b);
        let live = self.live[&(block, k)].clone();
        self.exit_to_generic(&live, Some((dst, x)), (block, k + 1));
        self.b.switch_to_block(ok_b);
        self.set(dst, x);
        Ok(())
    }

    /// Leaves the specialized copy for the generic one at `at` (block, instruction): the
    /// same program point in both copies, so the live values are the same, converted to
    /// how the generic copy holds them (`boxed`: a variable's value, boxed, that is not in
    /// its variable yet).
    pub(super) fn exit_to_generic(&mut self, live: &[ir::Var], boxed: Option<(ir::Var, cir::Value)>, at: (usize, usize)) {
        let generic = self.generic.as_ref().expect("exits leave the specialized copy");
        let targets: Vec<(ir::Var, Variable, Repr)> = live.iter().map(|&v| (v, generic.vars[v.0 as usize], generic.repr[v.0 as usize])).collect();
        for (v, gv, to) in targets {
            let x = match boxed {
                Some((d, x)) if d == v => self.convert(x, Repr::Boxed, to),
                _ => {
                    let cur = self.b.use_var(self.vars[v.0 as usize]);
                    self.convert(cur, self.repr[v.0 as usize], to)
                }
            };
            self.b.def_var(gv, x);
        }
        let target = self.resume[&at];
        self.b.ins().jump(target, &[]);
    }

    /// Makes `exit` (cold) leave for the generic copy before instruction `at`, with
    /// what is live there (`exit_live`); the current block, which must not be filled
    /// yet, continues in a new one.
    pub(super) fn leave_at(&mut self, exit: cir::Block, at: (usize, usize)) {
        let next = self.b.create_block();
        self.b.ins().jump(next, &[]);
        self.b.set_cold_block(exit);
        self.b.switch_to_block(exit);
        let live = self.exit_live[&at].clone();
        self.exit_to_generic(&live, None, at);
        self.b.switch_to_block(next);
    }

    /// At entry: runs the specialized copy when the arguments are what the parameter
    /// annotations say, else the generic one.
    fn enter_special(&mut self) {
        let f = self.f;
        let Some(v) = self.special.as_ref() else { return };
        let (typed_entry, typed_start) = (self.b.create_block(), v.blocks[0]);
        let mut ok = self.b.ins().iconst(I8, 1);
        for (p, h) in f.params.iter().zip(&f.param_hints) {
            let x = self.b.use_var(self.vars[p.0 as usize]);
            let c = match h {
                ParamHint::None => continue,
                ParamHint::Number => self.is_number_bits(x),
                ParamHint::Bool => {
                    let y = self.b.ins().band_imm_u(x, !1i64);
                    self.b.ins().icmp_imm_s(IntCC::Equal, y, abi::FALSE as i64)
                }
            };
            ok = self.b.ins().band(ok, c);
        }
        self.b.ins().brif(ok, typed_entry, &[], self.blocks[0], &[]);
        self.b.switch_to_block(typed_entry);
        self.init_groups();
        for var in f.entry_vars() {
            let i = var.0 as usize;
            let x = self.b.use_var(self.vars[i]);
            let v = self.special.as_ref().expect("checked above");
            let (to, dst) = (v.repr[i], v.vars[i]);
            let x = self.convert(x, self.repr[i], to);
            self.b.def_var(dst, x);
        }
        self.b.ins().jump(typed_start, &[]);
    }

    /// Calls runtime function `name` (cold in a cold block).
    fn call_rt(&mut self, name: &str, args: &[cir::Value]) -> cir::Value {
        let id = self.g.rt.id(name);
        self.call_fn(id, args, self.in_cold)
    }

    /// Calls `target` (returning one value), through its cold trampoline when `cold`.
    fn call_fn(&mut self, target: ClFuncId, args: &[cir::Value], cold: bool) -> cir::Value {
        if cold {
            return self.g.cold.call(&mut self.g.module, &mut self.b, target, args).unwrap_or_else(|e| panic!("cannot declare a cold trampoline: {e}"));
        }
        let fref = self.g.module.declare_func_in_func(target, self.b.func);
        let call = self.b.ins().call(fref, args);
        self.b.inst_results(call)[0]
    }

    /// Branches to the handler (or returns the sentinel) if `r` is EXCEPTION.
    fn check(&mut self, r: cir::Value) {
        let is_exc = self.b.ins().icmp_imm_s(IntCC::Equal, r, abi::EXCEPTION as i64);
        let cont = self.b.create_block();
        let target = self.cur_handler.unwrap_or(self.exc_ret);
        self.b.ins().brif(is_exc, target, &[], cont, &[]);
        self.b.switch_to_block(cont);
    }

    /// Goes to the handler unconditionally (after a call that always throws).
    fn always_throws(&mut self) {
        let target = self.cur_handler.unwrap_or(self.exc_ret);
        self.b.ins().jump(target, &[]);
        let dead = self.b.create_block();
        self.b.switch_to_block(dead);
    }

    fn call_checked(&mut self, name: &str, args: &[cir::Value]) -> cir::Value {
        let r = self.call_rt(name, args);
        self.check(r);
        r
    }

    /// `call_checked` for a slow path: a cold call (see `cold`), which keeps the
    /// caller's registers.
    fn call_cold(&mut self, name: &str, args: &[cir::Value]) -> cir::Value {
        let id = self.g.rt.id(name);
        let r = self.call_fn(id, args, true);
        self.check(r);
        r
    }

    fn string_value(&mut self, id: ir::StrId) -> cir::Value {
        let gv = self.g.module.declare_data_in_func(self.g.strings_data, self.b.func);
        let base = self.b.ins().symbol_value(self.g.ptr, gv);
        self.b.ins().load(I64, MemFlagsData::trusted(), base, (id * 8) as i32)
    }

    fn statics_addr(&mut self) -> cir::Value {
        let gv = self.g.module.declare_data_in_func(self.g.statics_data, self.b.func);
        self.b.ins().symbol_value(self.g.ptr, gv)
    }

    fn bool_value(&mut self, c: cir::Value) -> cir::Value {
        let t = self.iconst(abi::TRUE);
        let f = self.iconst(abi::FALSE);
        self.b.ins().select(c, t, f)
    }

    /// Raw truthiness (an i8) of a value, with inline fast paths.
    fn truthy(&mut self, v: cir::Value) -> cir::Value {
        let (is_true, not_true, is_num, not_num, join) =
            (self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, I8);
        let t = self.b.ins().icmp_imm_s(IntCC::Equal, v, abi::TRUE as i64);
        self.b.ins().brif(t, is_true, &[], not_true, &[]);
        self.b.switch_to_block(is_true);
        let one = self.b.ins().iconst(I8, 1);
        self.b.ins().jump(join, &[one.into()]);
        self.b.switch_to_block(not_true);
        let n = self.is_number_bits(v);
        self.b.ins().brif(n, is_num, &[], not_num, &[]);
        self.b.switch_to_block(is_num);
        let fv = self.b.ins().bitcast(F64, MemFlagsData::new(), v);
        let zero = self.b.ins().f64const(0.0);
        let nz = self.b.ins().fcmp(FloatCC::OrderedNotEqual, fv, zero);
        self.b.ins().jump(join, &[nz.into()]);
        // undefined, null and false are falsy and objects truthy without asking the
        // runtime (strings, symbols and BigInts do ask).
        self.b.switch_to_block(not_num);
        let (not_falsy, other_b) = (self.b.create_block(), self.b.create_block());
        let rel = self.b.ins().iadd_imm_s(v, (abi::UNDEFINED as i64).wrapping_neg());
        let falsy = self.b.ins().icmp_imm_u(IntCC::UnsignedLessThanOrEqual, rel, (abi::FALSE - abi::UNDEFINED) as i64);
        let zero8 = self.b.ins().iconst(I8, 0);
        self.b.ins().brif(falsy, join, &[zero8.into()], not_falsy, &[]);
        self.b.switch_to_block(not_falsy);
        let tag = self.b.ins().ushr_imm_u(v, abi::TAG_SHIFT as i64);
        let is_obj = self.b.ins().icmp_imm_s(IntCC::Equal, tag, abi::TAG_OBJECT as i64);
        self.b.ins().brif(is_obj, is_true, &[], other_b, &[]);
        self.b.switch_to_block(other_b);
        let r = self.call_rt("dxrt_to_boolean", &[v]);
        let r8 = self.b.ins().ireduce(I8, r);
        self.b.ins().jump(join, &[r8.into()]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// Stores `args` in a stack slot; returns its address.
    fn args_slot(&mut self, args: &[ir::Var]) -> cir::Value {
        if args.is_empty() {
            return self.b.ins().iconst(self.g.ptr, 0);
        }
        let slot = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, (args.len() * 8) as u32, 3));
        for (i, a) in args.iter().enumerate() {
            let v = self.get(*a);
            self.b.ins().stack_store(self.g.ptr, v, slot, (i * 8) as i32);
        }
        self.b.ins().stack_addr(self.g.ptr, slot, 0)
    }

    fn i32c(&mut self, n: i64) -> cir::Value {
        self.b.ins().iconst(I32, n)
    }

    fn inst(&mut self, inst: &Inst) -> Result<(), String> {
        match inst {
            Inst::Binary { dst, op, a, b } if self.typed_binary(*dst, *op, *a, *b) => {}
            Inst::Unary { dst, op, a } if self.typed_unary(*dst, *op, *a) => {}
            Inst::Const { dst, value: Const::Number(n) } if self.repr[dst.0 as usize] == Repr::Number => {
                let c = self.b.ins().f64const(*n);
                self.set_num(*dst, c);
            }
            Inst::Const { dst, value: Const::Hole } if self.repr[dst.0 as usize] != Repr::Boxed => {
                // Never read (`ir::types`).
            }
            Inst::Move { dst, src } if self.repr[dst.0 as usize] != Repr::Boxed => {
                if self.repr[src.0 as usize] == self.repr[dst.0 as usize] {
                    let x = self.b.use_var(self.vars[src.0 as usize]);
                    self.computed_here(*dst, x);
                    self.b.def_var(self.vars[dst.0 as usize], x);
                }
                // Otherwise the source is unassigned here and the value is never read.
            }
            Inst::Const { dst, value } => {
                let v = match value {
                    Const::Number(n) => {
                        let n = if n.is_nan() { f64::NAN } else { *n };
                        self.iconst(n.to_bits())
                    }
                    Const::Str(id) => self.string_value(*id),
                    Const::Undefined => self.iconst(abi::UNDEFINED),
                    Const::Null => self.iconst(abi::NULL),
                    Const::True => self.iconst(abi::TRUE),
                    Const::False => self.iconst(abi::FALSE),
                    Const::Hole => self.iconst(abi::HOLE),
                };
                self.set(*dst, v);
            }
            Inst::Move { dst, src } => {
                let v = self.get(*src);
                self.set(*dst, v);
            }
            Inst::Binary { dst, op, a, b } => {
                let (av, bv) = (self.get(*a), self.get(*b));
                let r = self.binary(*op, av, bv);
                self.set(*dst, r);
            }
            Inst::Unary { dst, op, a } => {
                let av = self.get(*a);
                let r = match op {
                    UnOp::Not => {
                        let t = self.truthy(av);
                        let f = self.b.ins().icmp_imm_s(IntCC::Equal, t, 0);
                        self.bool_value(f)
                    }
                    UnOp::Neg => {
                        let is_num = self.is_number_bits(av);
                        self.unary_fast(av, is_num, unary::NEG, |s, v| {
                            let f = s.b.ins().bitcast(F64, MemFlagsData::new(), v);
                            let n = s.b.ins().fneg(f);
                            s.b.ins().bitcast(I64, MemFlagsData::new(), n)
                        })
                    }
                    UnOp::Plus | UnOp::ToNumeric => {
                        let is_num = self.is_number_bits(av);
                        self.unary_fast(av, is_num, unary::PLUS, |_, v| v)
                    }
                    UnOp::BitNot => {
                        let o = self.i32c(unary::BITNOT as i64);
                        self.call_checked("dxrt_unary", &[o, av])
                    }
                    UnOp::Typeof => {
                        let o = self.i32c(unary::TYPEOF as i64);
                        self.call_rt("dxrt_unary", &[o, av])
                    }
                    UnOp::ToString => {
                        let is_str = {
                            let tag = self.b.ins().ushr_imm_u(av, abi::TAG_SHIFT as i64);
                            self.b.ins().icmp_imm_s(IntCC::Equal, tag, abi::TAG_STRING as i64)
                        };
                        self.unary_fast(av, is_str, unary::TO_STRING, |_, v| v)
                    }
                    UnOp::ToPropertyKey => {
                        let o = self.i32c(unary::TO_PROPERTY_KEY as i64);
                        self.call_checked("dxrt_unary", &[o, av])
                    }
                };
                self.set(*dst, r);
            }
            Inst::GetNamed { dst, obj, key, field: None } if Some(*key) == self.g.length_key => self.get_length(*dst, *obj, *key),
            Inst::GetNamed { dst, obj, key, field: None } => self.get_named(*dst, *obj, *key),
            Inst::GetNamed { dst, obj, key, field: Some(f) } => self.get_field(*dst, *obj, *key, *f),
            Inst::SetNamed { obj, key, value, strict, field: None } => self.set_named(*obj, *key, *value, *strict),
            Inst::SetNamed { obj, key, value, strict, field: Some(f) } => self.set_field(*obj, *key, *value, *strict, *f),
            Inst::GetElem { dst, obj, key } => self.get_elem(*dst, *obj, *key),
            Inst::SetElem { obj, key, value, strict } => self.set_elem(*obj, *key, *value, *strict),
            Inst::Delete { dst, obj, key, strict } => {
                let (o, k) = (self.get(*obj), self.get(*key));
                let s = self.i32c(*strict as i64);
                let r = self.call_checked("dxrt_delete", &[o, k, s]);
                self.set(*dst, r);
            }
            Inst::DefineField { obj, key, value } => {
                let (o, k, v) = (self.get(*obj), self.get(*key), self.get(*value));
                self.call_checked("dxrt_define_field", &[o, k, v]);
            }
            Inst::DefineAccessor { obj, key, getter, setter } => {
                let (o, k, g, s) = (self.get(*obj), self.get(*key), self.get(*getter), self.get(*setter));
                self.call_checked("dxrt_define_accessor", &[o, k, g, s]);
            }
            Inst::SetProtoLiteral { obj, proto } => {
                let (o, p) = (self.get(*obj), self.get(*proto));
                self.call_rt("dxrt_set_proto_literal", &[o, p]);
            }
            Inst::MakeModuleNamespace { dst, obj } => {
                let o = self.get(*obj);
                let r = self.call_rt("dxrt_module_namespace", &[o]);
                self.set(*dst, r);
            }
            Inst::NewObject { dst } => {
                let r = self.call_rt("dxrt_new_object", &[]);
                self.set(*dst, r);
            }
            Inst::ObjectLiteral { dst, keys, values } => {
                let slot = self.b.create_sized_stack_slot(StackSlotData::new(StackSlotKind::ExplicitSlot, (keys.len() * 16) as u32, 3));
                for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                    let (k, v) = (self.string_value(*k), self.get(*v));
                    self.b.ins().stack_store(self.g.ptr, k, slot, (i * 16) as i32);
                    self.b.ins().stack_store(self.g.ptr, v, slot, (i * 16 + 8) as i32);
                }
                let pairs = self.b.ins().stack_addr(self.g.ptr, slot, 0);
                let n = self.i32c(keys.len() as i64);
                let cache = self.new_cache();
                let r = self.call_rt("dxrt_object_literal", &[pairs, n, cache]);
                self.set(*dst, r);
            }
            Inst::NewArray { dst, elems } => {
                let p = self.args_slot(elems);
                let n = self.i32c(elems.len() as i64);
                let r = self.call_rt("dxrt_new_array", &[p, n]);
                self.set(*dst, r);
            }
            Inst::GetGlobal { .. } if self.hoisted_read() => {}
            Inst::GetGlobal { dst, name } => self.get_global(*dst, *name),
            Inst::TypeofGlobal { dst, name } => {
                let k = self.string_value(*name);
                let r = self.call_checked("dxrt_typeof_global", &[k]);
                self.set(*dst, r);
            }
            Inst::SetGlobal { name, value, strict } => {
                let (k, v) = (self.string_value(*name), self.get(*value));
                let s = self.i32c(*strict as i64);
                self.call_checked("dxrt_set_global", &[k, v, s]);
            }
            Inst::NewEnv { dst, parent, slots } => {
                let p = self.get(*parent);
                let n = self.i32c(*slots as i64);
                let r = self.call_rt("dxrt_new_env", &[p, n]);
                self.set(*dst, r);
            }
            Inst::ParentEnv { dst, env } => {
                let e = self.get(*env);
                let r = self.b.ins().load(I64, MemFlagsData::trusted(), e, abi::env::PARENT);
                self.set(*dst, r);
            }
            Inst::LoadEnv { dst, env, slot } => {
                let e = self.get(*env);
                let r = self.b.ins().load(I64, MemFlagsData::trusted(), e, abi::env::SLOTS + 8 * *slot as i32);
                self.set(*dst, r);
            }
            Inst::StoreEnv { env, slot, value } => {
                let (e, v) = (self.get(*env), self.get(*value));
                self.b.ins().store(MemFlagsData::trusted(), v, e, abi::env::SLOTS + 8 * *slot as i32);
            }
            Inst::LoadStatic { dst, index } => {
                let base = self.statics_addr();
                let r = self.b.ins().load(I64, MemFlagsData::trusted(), base, (*index * 8) as i32);
                self.set(*dst, r);
            }
            Inst::StoreStatic { index, value } => {
                let base = self.statics_addr();
                let v = self.get(*value);
                self.b.ins().store(MemFlagsData::trusted(), v, base, (*index * 8) as i32);
            }
            Inst::MakeClosure { dst, func, env, home } => {
                let info = self.g.info_ids[&func.0];
                let gv = self.g.module.declare_data_in_func(info, self.b.func);
                let ip = self.b.ins().symbol_value(self.g.ptr, gv);
                let e = self.get(*env);
                let h = match home {
                    Some(h) => self.get(*h),
                    None => self.iconst(abi::UNDEFINED),
                };
                let r = self.call_rt("dxrt_make_closure", &[ip, e, h]);
                self.set(*dst, r);
            }
            Inst::LoadCalleeHome { dst } => {
                let c = self.get(self.f.callee_var);
                let p = self.b.ins().band_imm_u(c, abi::PAYLOAD_MASK as i64);
                let r = self.b.ins().load(I64, MemFlagsData::trusted(), p, abi::function::HOME);
                self.set(*dst, r);
            }
            Inst::Call { dst, callee, this, args, site } => self.call(*dst, *callee, *this, args, *site),
            Inst::CallKnown { dst, callee, this, args, site, target } => self.call_known(*dst, *callee, *this, args, *site, *target),
            Inst::InlineGuard { dst, .. } if self.hoisted_guard(*dst) => {}
            Inst::InlineGuard { dst, callee, args } => self.inline_guard(*dst, *callee, args),
            Inst::AssumeNumber { dst, src } => self.assume_number(*dst, *src),
            Inst::CallDirect { dst, func, env, this, args } => {
                let fid = self.g.fast_ids[&func.0];
                let mut vals = vec![self.get(*env), self.get(*this)];
                for a in args {
                    vals.push(self.get(*a));
                }
                let r = self.call_fn(fid, &vals, self.in_cold);
                self.check(r);
                self.set(*dst, r);
            }
            Inst::Construct { dst, callee, args, site } => {
                let c = self.get(*callee);
                let p = self.args_slot(args);
                let n = self.i32c(args.len() as i64);
                let s = self.i32c(site.map(|s| s as i64).unwrap_or(-1));
                let r = self.call_checked("dxrt_construct", &[c, p, n, s]);
                self.set(*dst, r);
            }
            Inst::ArgParamGet { dst, args, index } => {
                let a = self.get(*args);
                let i = self.i32c(*index as i64);
                let r = self.call_rt("dxrt_arg_param_get", &[a, i]);
                self.set(*dst, r);
            }
            Inst::ArgParamSet { args, index, value } => {
                let (a, v) = (self.get(*args), self.get(*value));
                let i = self.i32c(*index as i64);
                self.call_rt("dxrt_arg_param_set", &[a, i, v]);
            }
            Inst::CreateArguments { dst, mapped } => {
                let argv = self.get(self.f.argv_var);
                let argc = self.get(self.f.argc_var);
                let argc = self.b.ins().ireduce(I32, argc);
                let callee = self.get(self.f.callee_var);
                let strict = self.i32c((self.f.flags & abi::FN_STRICT != 0) as i64);
                let m = self.i32c(*mapped as i64);
                let r = self.call_rt("dxrt_create_arguments", &[argv, argc, callee, strict, m]);
                self.set(*dst, r);
            }
            Inst::RestArray { dst, start } => {
                let argv = self.get(self.f.argv_var);
                let argc = self.get(self.f.argc_var);
                let argc = self.b.ins().ireduce(I32, argc);
                let s = self.i32c(*start as i64);
                let r = self.call_rt("dxrt_rest_array", &[argv, argc, s]);
                self.set(*dst, r);
            }
            Inst::SloppyThis { dst, this } => {
                let t = self.get(*this);
                let r = self.call_checked("dxrt_sloppy_this", &[t]);
                self.set(*dst, r);
            }
            Inst::Throw { value } | Inst::Rethrow { value } => {
                let v = self.get(*value);
                let f = if matches!(inst, Inst::Throw { .. }) { "dxrt_throw" } else { "dxrt_rethrow" };
                self.call_rt(f, &[v]);
                self.always_throws();
            }
            Inst::ThrowError { kind, msg } => {
                let k = match kind {
                    ir::ErrorKind::Type => abi::error_kind::TYPE,
                    ir::ErrorKind::Syntax => abi::error_kind::SYNTAX,
                    ir::ErrorKind::Reference => abi::error_kind::REFERENCE,
                    ir::ErrorKind::Tdz => abi::error_kind::TDZ,
                    ir::ErrorKind::ConstAssign => abi::error_kind::CONST_ASSIGN,
                };
                let kv = self.i32c(k as i64);
                let m = self.string_value(*msg);
                self.call_rt("dxrt_throw_error", &[kv, m]);
                self.always_throws();
            }
            Inst::CheckTdz { var, name } => {
                let v = self.get(*var);
                let is_hole = self.b.ins().icmp_imm_s(IntCC::Equal, v, abi::HOLE as i64);
                let (bad, ok) = (self.b.create_block(), self.b.create_block());
                self.b.ins().brif(is_hole, bad, &[], ok, &[]);
                self.b.switch_to_block(bad);
                let kv = self.i32c(abi::error_kind::TDZ as i64);
                let m = self.string_value(*name);
                self.call_rt("dxrt_throw_error", &[kv, m]);
                let target = self.cur_handler.unwrap_or(self.exc_ret);
                self.b.ins().jump(target, &[]);
                self.b.switch_to_block(ok);
            }
            Inst::TakeException { dst } => {
                let r = self.call_rt("dxrt_take_exception", &[]);
                self.set(*dst, r);
            }
            Inst::ForInKeys { dst, obj } => {
                let o = self.get(*obj);
                let r = self.call_rt("dxrt_for_in_keys", &[o]);
                self.set(*dst, r);
            }
            Inst::ForInNext { dst, iter } => {
                let i = self.get(*iter);
                let r = self.call_rt("dxrt_for_in_next", &[i]);
                self.set(*dst, r);
            }
            Inst::Concat { dst, a, b } => {
                let (x, y) = (self.get(*a), self.get(*b));
                let r = self.call_rt("dxrt_concat", &[x, y]);
                self.set(*dst, r);
            }
            Inst::GetIterator { dst, obj } => {
                let o = self.get(*obj);
                let r = self.call_checked("dxrt_get_iterator", &[o]);
                self.set(*dst, r);
            }
            Inst::IteratorStep { dst, iter, next } => {
                let (i, n) = (self.get(*iter), self.get(*next));
                let r = self.call_checked("dxrt_iterator_step", &[i, n]);
                self.set(*dst, r);
            }
            Inst::IteratorClose { iter, throwing } => {
                let i = self.get(*iter);
                let t = self.i32c(*throwing as i64);
                if *throwing {
                    self.call_rt("dxrt_iterator_close", &[i, t]);
                } else {
                    self.call_checked("dxrt_iterator_close", &[i, t]);
                }
            }
            Inst::IteratorRest { dst, iter, next } => {
                let (i, n) = (self.get(*iter), self.get(*next));
                let r = self.call_checked("dxrt_iterator_rest", &[i, n]);
                self.set(*dst, r);
            }
            Inst::SpreadInto { arr, iterable } => {
                let (a, v) = (self.get(*arr), self.get(*iterable));
                self.call_checked("dxrt_spread_into", &[a, v]);
            }
            Inst::ArrayPush { arr, value } => {
                let (a, v) = (self.get(*arr), self.get(*value));
                self.call_rt("dxrt_array_push", &[a, v]);
            }
            Inst::CallSpread { dst, callee, this, args, site } => {
                let (c, t, a) = (self.get(*callee), self.get(*this), self.get(*args));
                let s = self.i32c(site.map(|s| s as i64).unwrap_or(-1));
                let r = self.call_checked("dxrt_call_spread", &[c, t, a, s]);
                self.set(*dst, r);
            }
            Inst::ConstructSpread { dst, callee, args, site } => {
                let (c, a) = (self.get(*callee), self.get(*args));
                let s = self.i32c(site.map(|s| s as i64).unwrap_or(-1));
                let r = self.call_checked("dxrt_construct_spread", &[c, a, s]);
                self.set(*dst, r);
            }
            Inst::CopyDataProperties { target, source, excluded } => {
                let (t, s, x) = (self.get(*target), self.get(*source), self.get(*excluded));
                self.call_checked("dxrt_copy_data_properties", &[t, s, x]);
            }
            Inst::MakeClass { dst, ctor, superclass } => {
                let (c, s) = (self.get(*ctor), self.get(*superclass));
                let r = self.call_checked("dxrt_make_class", &[c, s]);
                self.set(*dst, r);
            }
            Inst::DefineMethod { obj, key, value, kind } => {
                let (o, k, v) = (self.get(*obj), self.get(*key), self.get(*value));
                let kv = self.i32c(*kind as i64);
                self.call_checked("dxrt_define_method", &[o, k, v, kv]);
            }
            Inst::SetClassFields { ctor, fields } => {
                let (c, f) = (self.get(*ctor), self.get(*fields));
                self.call_rt("dxrt_set_class_fields", &[c, f]);
            }
            Inst::InitFields { obj, fields } => {
                let (o, f) = (self.get(*obj), self.get(*fields));
                self.call_checked("dxrt_init_fields", &[o, f]);
            }
            Inst::InitInstance { obj, ctor } => {
                let (o, c) = (self.get(*obj), self.get(*ctor));
                self.call_checked("dxrt_init_instance", &[o, c]);
            }
            Inst::SuperCall { dst, callee, new_target, args } => {
                let (c, n, a) = (self.get(*callee), self.get(*new_target), self.get(*args));
                let r = self.call_checked("dxrt_super_call", &[c, n, a]);
                self.set(*dst, r);
            }
            Inst::SuperBase { dst, home } => {
                let h = self.get(*home);
                let r = self.call_checked("dxrt_super_base", &[h]);
                self.set(*dst, r);
            }
            Inst::GetSuper { dst, base, key, this } => {
                let (b, k, t) = (self.get(*base), self.get(*key), self.get(*this));
                let r = self.call_checked("dxrt_get_super", &[b, k, t]);
                self.set(*dst, r);
            }
            Inst::SetSuper { base, key, value, this, strict } => {
                let (b, k, v, t) = (self.get(*base), self.get(*key), self.get(*value), self.get(*this));
                let s = self.i32c(*strict as i64);
                self.call_checked("dxrt_set_super", &[b, k, v, t, s]);
            }
            Inst::CreateGenerator { dst } => self.emit_create_generator(*dst),
            Inst::DeclareGlobal { name, value } => {
                let n = self.string_value(*name);
                let v = match value {
                    Some(v) => self.get(*v),
                    None => self.iconst(abi::HOLE),
                };
                self.call_checked("dxrt_declare_global", &[n, v]);
            }
            Inst::WithObject { dst, value } => {
                let v = self.get(*value);
                let r = self.call_checked("dxrt_with_object", &[v]);
                self.set(*dst, r);
            }
            Inst::WithHas { dst, obj, key } => {
                let (o, k) = (self.get(*obj), self.get(*key));
                let r = self.call_checked("dxrt_with_has", &[o, k]);
                self.set(*dst, r);
            }
            Inst::TemplateObject { dst, cooked, raw } => {
                let (c, r) = (self.get(*cooked), self.get(*raw));
                let v = self.call_rt("dxrt_template_object", &[c, r]);
                self.set(*dst, v);
            }
            Inst::RegExpLiteral { dst, pattern, flags, cache } => {
                let (p, f) = (self.get(*pattern), self.get(*flags));
                let base = self.statics_addr();
                let cell = self.b.ins().iadd_imm_s(base, *cache as i64 * 8);
                let v = self.call_checked("dxrt_regexp_literal", &[cell, p, f]);
                self.set(*dst, v);
            }
            Inst::RegisterDynamicFunction { text, result } => {
                let (t, r) = (self.get(*text), self.get(*result));
                self.call_rt("dxrt_register_dynamic_function", &[t, r]);
            }
            Inst::YieldStarStep { dst, iter, mode, received } => {
                let (i, m, r) = (self.get(*iter), self.get(*mode), self.get(*received));
                let v = self.call_checked("dxrt_yield_star_step", &[i, m, r]);
                self.set(*dst, v);
            }
            Inst::NewPrivateName { dst, desc } => {
                let d = self.string_value(*desc);
                let r = self.call_rt("dxrt_new_private_name", &[d]);
                self.set(*dst, r);
            }
            Inst::PrivateGet { dst, obj, name } => {
                let (o, n) = (self.get(*obj), self.get(*name));
                let r = self.call_checked("dxrt_private_get", &[o, n]);
                self.set(*dst, r);
            }
            Inst::PrivateSet { obj, name, value } => {
                let (o, n, v) = (self.get(*obj), self.get(*name), self.get(*value));
                self.call_checked("dxrt_private_set", &[o, n, v]);
            }
            Inst::PrivateIn { dst, name, obj } => {
                let (n, o) = (self.get(*name), self.get(*obj));
                let r = self.call_checked("dxrt_private_in", &[n, o]);
                self.set(*dst, r);
            }
            Inst::DerivedResult { dst, value, this } => {
                let (v, t) = (self.get(*value), self.get(*this));
                let r = self.call_checked("dxrt_derived_result", &[v, t]);
                self.set(*dst, r);
            }
        }
        Ok(())
    }

    fn unary_fast(&mut self, v: cir::Value, fast_cond: cir::Value, op: i32, fast: impl FnOnce(&mut Self, cir::Value) -> cir::Value) -> cir::Value {
        let (fast_b, slow_b, join) = (self.b.create_block(), self.b.create_block(), self.b.create_block());
        self.b.append_block_param(join, I64);
        self.b.ins().brif(fast_cond, fast_b, &[], slow_b, &[]);
        self.b.switch_to_block(fast_b);
        let r = fast(self, v);
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(slow_b);
        let o = self.i32c(op as i64);
        let r = self.call_checked("dxrt_unary", &[o, v]);
        self.b.ins().jump(join, &[r.into()]);
        self.b.switch_to_block(join);
        self.b.block_params(join)[0]
    }

    /// The operators `typed_binary` leaves to the runtime.
    fn binary(&mut self, op: BinOp, a: cir::Value, b: cir::Value) -> cir::Value {
        let o = self.i32c(typed::arith_code(op) as i64);
        self.call_checked("dxrt_arith", &[o, a, b])
    }

    /// A costly number stored into a binding that is read more than once (`const mag =
    /// dt / (d2 * Math.sqrt(d2))`) is computed here, once. Cranelift's e-graph places a
    /// pure computation at its first use in dominator-tree order, which is often inside
    /// one arm of an inline cache's fast/slow diamond or a speculation exit; a later use
    /// after the join is not dominated by it and computes it again (nbody divided four
    /// times per iteration). A dead store of the value to a scratch slot is a use that
    /// stays where it is written. Cheap values are left alone: recomputing an addition
    /// costs less than the store.
    fn computed_here(&mut self, dst: ir::Var, x: cir::Value) {
        if self.reads[dst.0 as usize] < 2 || !costly(&self.b.func.dfg, x) {
            return;
        }
        let slot = *self.scratch.get_or_insert_with(|| self.b.create_sized_stack_slot(cir::StackSlotData::new(cir::StackSlotKind::ExplicitSlot, 8, 3)));
        let ptr = self.g.ptr;
        self.b.ins().stack_store(ptr, x, slot, 0);
    }

    /// On a back edge to loop header `header` (see `loop_carried`): every unboxed number live into the loop
    /// is passed as `-(-x)`. Cranelift removes a block parameter that only ever receives
    /// one value (a loop invariant) before its e-graph pass, which then places pure
    /// computations at their first use, and its loop-invariant code motion does not hoist
    /// one whose constant operand was already placed inside the loop: `const c = 2 * y /
    /// n` ended up recomputed (division included) in the inner loop that reads `c`. As a
    /// distinct value the parameter stays, `c` is computed where the loop is entered,
    /// and the e-graph folds `-(-x)` back to `x` (no instruction is left).
    fn keep_loop_invariants(&mut self, header: usize) {
        let Some(live) = self.loop_live.get(&header) else { return };
        for v in live.vars() {
            let i = v.0 as usize;
            if self.repr[i] == Repr::Number {
                let x = self.b.use_var(self.vars[i]);
                let n = self.b.ins().fneg(x);
                let x2 = self.b.ins().fneg(n);
                self.b.def_var(self.vars[i], x2);
            }
        }
    }

    fn terminator(&mut self, block: usize, t: &Terminator) {
        match t {
            Terminator::Yield { value, raw, .. } => self.emit_yield(block, *value, *raw),
            Terminator::Jump(b) => {
                if self.back_edges.contains(&(block, b.0 as usize)) {
                    self.keep_loop_invariants(b.0 as usize);
                }
                self.b.ins().jump(self.blocks[b.0 as usize], &[]);
            }
            Terminator::Branch { cond, then, else_ } => {
                let c = match self.repr[cond.0 as usize] {
                    Repr::Bool => self.b.use_var(self.vars[cond.0 as usize]),
                    Repr::Number => {
                        let x = self.b.use_var(self.vars[cond.0 as usize]);
                        self.number_truthy(x)
                    }
                    Repr::Boxed => {
                        let v = self.get(*cond);
                        self.truthy(v)
                    }
                };
                let (t, e) = (self.blocks[then.0 as usize], self.blocks[else_.0 as usize]);
                self.b.ins().brif(c, t, &[], e, &[]);
            }
            Terminator::Return(v) => {
                let r = self.get(*v);
                self.b.ins().return_(&[r]);
            }
            Terminator::Unreachable => {
                // Blocks that follow a throw (or are never entered) end here.
                let u = self.iconst(abi::UNDEFINED);
                self.b.ins().return_(&[u]);
            }
        }
    }
}
