//! The compilation pipeline: read -> parse (oxc_parser) -> semantic analysis
//! (oxc_semantic) -> lower to DxIR -> Cranelift object -> link. Each stage can be
//! stopped at and dumped (`--emit ir|clif|obj`).

use std::path::{Path, PathBuf};

use oxc_allocator::Allocator;
use oxc_parser::Parser;
use oxc_semantic::SemanticBuilder;
use oxc_span::SourceType;

use crate::{codegen, diagnostics, ir, lower};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emit {
    Exe,
    Ir,
    Obj,
}

pub struct BuildOptions {
    pub emit: Emit,
    pub static_link: bool,
    pub strip: bool,
}

/// A failed build: the message is ready to print; `usage` selects exit code 2.
#[derive(Debug)]
pub struct BuildError {
    pub message: String,
    pub is_compile_error: bool,
}

fn fail(message: String) -> BuildError {
    BuildError { message, is_compile_error: false }
}

/// The supported source extensions.
pub fn source_type_of(path: &Path) -> Option<SourceType> {
    let ext = path.extension()?.to_str()?;
    let st = match ext {
        "js" | "cjs" => SourceType::cjs(),
        "mjs" => SourceType::mjs(),
        "ts" | "cts" => SourceType::ts().with_module(false),
        "mts" => SourceType::ts(),
        _ => return None,
    };
    Some(st)
}

/// Parses and lowers a program to DxIR.
pub fn compile_to_ir(path: &Path) -> Result<ir::Program, BuildError> {
    let Some(source_type) = source_type_of(path) else {
        return Err(fail(format!("error: {}: unsupported file type (expected .js, .mjs, .cjs, .ts, .mts or .cts)", path.display())));
    };
    let source = std::fs::read_to_string(path).map_err(|e| fail(format!("error: cannot read {}: {e}", path.display())))?;
    let display = path.display().to_string();
    let abs = std::fs::canonicalize(path).unwrap_or_else(|_| PathBuf::from(path));
    let allocator = Allocator::default();
    let parsed = Parser::new(&allocator, &source, source_type).parse();
    if !parsed.diagnostics.is_empty() || parsed.panicked {
        return Err(BuildError { message: diagnostics::render(parsed.diagnostics.into_vec(), &display, &source), is_compile_error: true });
    }
    let program = allocator.alloc(parsed.program);
    let sem = SemanticBuilder::new().with_check_syntax_error(true).with_build_nodes(true).build(program);
    if !sem.diagnostics.is_empty() {
        return Err(BuildError { message: diagnostics::render(sem.diagnostics.into_vec(), &display, &source), is_compile_error: true });
    }
    let lowerer = lower::Lowerer::new(&sem.semantic, &source, &abs.to_string_lossy());
    match lowerer.lower_program(program) {
        Ok(p) => Ok(p),
        Err(u) => {
            let d = diagnostics::unsupported_feature(&u.what, u.span);
            Err(BuildError { message: diagnostics::render(vec![d], &display, &source), is_compile_error: true })
        }
    }
}

/// Builds `input` into `output` as `opts` says.
pub fn build(input: &Path, output: &Path, opts: &BuildOptions) -> Result<(), BuildError> {
    let program = compile_to_ir(input)?;
    if opts.emit == Emit::Ir {
        let text = ir::write::program(&program);
        return std::fs::write(output, text).map_err(|e| fail(format!("error: cannot write {}: {e}", output.display())));
    }
    let object = codegen::compile(&program, &codegen::Options { opt_level: "speed" }).map_err(|e| fail(format!("error: {e}")))?;
    if opts.emit == Emit::Obj {
        return std::fs::write(output, object).map_err(|e| fail(format!("error: cannot write {}: {e}", output.display())));
    }
    let lopts = dxc_linker::LinkOptions { static_link: opts.static_link, strip: opts.strip };
    dxc_linker::link(&object, output, &lopts).map_err(|e| fail(format!("error: {e}")))
}
