//! The compilation pipeline: read -> parse (oxc_parser) -> semantic analysis
//! (oxc_semantic) -> lower to DxIR -> Cranelift object -> link. Each stage can be
//! stopped at and dumped (`--emit ir|clif|obj`).

use std::path::Path;

use oxc_allocator::Allocator;
use oxc_parser::Parser;
use oxc_semantic::SemanticBuilder;
use oxc_span::SourceType;

use crate::tsconfig::TsConfig;
use crate::{codegen, diagnostics, ir, lower};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emit {
    Exe,
    Ir,
    Clif,
    Obj,
}

pub struct BuildOptions {
    pub emit: Emit,
    pub static_link: bool,
    pub strip: bool,
}

/// A failed build: the message is ready to print.
#[derive(Debug)]
pub struct BuildError {
    pub message: String,
    pub kind: ErrorKind,
}

/// What went wrong, for the exit code and for tools (the test262 runner tells a syntax
/// error, which a negative test expects, from an unsupported feature).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// A syntax or early error in the program.
    Syntax,
    /// A construct dxc does not compile yet.
    Unsupported,
    /// Code generation, linking or writing the output failed.
    Build,
    /// A bad invocation: no such input, not a source file.
    Usage,
}

impl BuildError {
    /// 2 for a bad invocation, 1 for everything else.
    pub fn exit_code(&self) -> u8 {
        if self.kind == ErrorKind::Usage { 2 } else { 1 }
    }
}

fn fail(message: String) -> BuildError {
    BuildError { message, kind: ErrorKind::Build }
}

fn usage(message: String) -> BuildError {
    BuildError { message, kind: ErrorKind::Usage }
}

/// The supported source extensions.
pub fn source_type_of(path: &Path) -> Option<SourceType> {
    let ext = path.extension()?.to_str()?;
    let st = match ext {
        "js" | "cjs" => SourceType::cjs(),
        "mjs" => SourceType::mjs(),
        "ts" | "cts" => SourceType::ts().with_module(false),
        "mts" => SourceType::ts(),
        "tsx" => SourceType::tsx().with_module(false),
        "jsx" => SourceType::jsx().with_module(false),
        _ => return None,
    };
    Some(st)
}

/// Parses and lowers a program to DxIR.
pub fn compile_to_ir(path: &Path) -> Result<ir::Program, BuildError> {
    read_source(path)?;
    // TypeScript and JSX files take the compiler options of the entry's tsconfig.json,
    // whose `paths` and `baseUrl` also resolve imports.
    let tsconfig = crate::tsconfig::find(path).map_err(|e| usage(format!("error: {e}")))?;
    crate::module_graph::compile(path, tsconfig.as_ref())
}

/// A source file's type (by its extension) and text; a usage error for any other file
/// or one that cannot be read.
fn read_source(path: &Path) -> Result<(SourceType, String), BuildError> {
    let Some(source_type) = source_type_of(path) else {
        return Err(usage(format!("error: {}: unsupported file type (expected .js, .mjs, .cjs, .jsx, .ts, .mts, .cts or .tsx)", path.display())));
    };
    let source = std::fs::read_to_string(path).map_err(|e| usage(format!("error: cannot read {}: {e}", path.display())))?;
    Ok((source_type, source))
}

/// Parses and lowers source text to DxIR; `display` names the file in diagnostics and
/// `file_name` in stack traces.
pub fn compile_source_to_ir(source: &str, source_type: SourceType, display: &str, file_name: &str) -> Result<ir::Program, BuildError> {
    compile_source_with(source, source_type, display, file_name, None)
}

/// What oxc's transformer does for a TypeScript/JSX program under `tsconfig`.
fn transform_options(tsconfig: Option<&TsConfig>) -> oxc_transformer::TransformOptions {
    let mut o = oxc_transformer::TransformOptions::default();
    // Helpers are called as `babelHelpers.*`, which the lowerer binds to the compiled
    // `stdlib-js/decorator_helpers.js` (there is no runtime package to import).
    o.helper_loader.mode = oxc_transformer::HelperLoaderMode::External;
    let Some(ts) = tsconfig else { return o };
    o.decorator.legacy = ts.experimental_decorators;
    o.decorator.emit_decorator_metadata = ts.emit_decorator_metadata;
    o.typescript.only_remove_type_imports = ts.verbatim_module_syntax;
    // Fields without initializers vanish; the others are assigned (the lowerer's
    // `assign_class_fields`).
    o.typescript.remove_class_fields_without_initializer = !ts.use_define_for_class_fields;
    match ts.jsx.as_deref() {
        Some("react") => o.jsx.runtime = oxc_transformer::JsxRuntime::Classic,
        Some("react-jsxdev") => o.jsx.development = true,
        _ => {}
    }
    o.jsx.pragma = ts.jsx_factory.clone();
    o.jsx.pragma_frag = ts.jsx_fragment_factory.clone();
    o.jsx.import_source = ts.jsx_import_source.clone();
    if let Some(f) = &ts.jsx_factory {
        o.typescript.jsx_pragma = f.clone().into();
    }
    if let Some(f) = &ts.jsx_fragment_factory {
        o.typescript.jsx_pragma_frag = f.clone().into();
    }
    o
}

/// The first construct the TypeScript/JSX transform would turn into module code (a
/// `require` or `module.exports` that a dxc program does not have yet): modules are not
/// supported, so these are diagnostics rather than programs that fail when they run.
fn needs_modules(semantic: &oxc_semantic::Semantic, tsconfig: Option<&TsConfig>) -> Option<(&'static str, oxc_span::Span)> {
    use oxc_ast::AstKind;
    use oxc_span::GetSpan;
    let classic_jsx = tsconfig.is_some_and(|t| t.jsx.as_deref() == Some("react"));
    semantic.nodes().iter().find_map(|n| match n.kind() {
        AstKind::TSImportEqualsDeclaration(d) if d.import_kind.is_value() && matches!(d.module_reference, oxc_ast::ast::TSModuleReference::ExternalModuleReference(_)) => {
            Some(("`import x = require(...)` (modules)", d.span))
        }
        AstKind::TSExportAssignment(e) => Some(("`export =` (modules)", e.span)),
        AstKind::JSXElement(_) | AstKind::JSXFragment(_) if !classic_jsx => {
            Some(("JSX with the automatic runtime, which imports `jsx-runtime` (modules); set \"jsx\": \"react\" and a \"jsxFactory\" in tsconfig.json for the classic runtime", n.span()))
        }
        _ => None,
    })
}

/// How many parameter properties (`constructor(public x)`) each class constructor
/// has, by the start of its parameter list (see `Lowerer::param_properties`).
fn parameter_properties(semantic: &oxc_semantic::Semantic) -> std::collections::HashMap<u32, usize> {
    use oxc_ast::AstKind;
    semantic
        .nodes()
        .iter()
        .filter_map(|n| match n.kind() {
            AstKind::MethodDefinition(m) if m.kind.is_constructor() => {
                let count = m.value.params.items.iter().filter(|p| p.has_modifier()).count();
                (count > 0).then_some((m.value.params.span.start, count))
            }
            _ => None,
        })
        .collect()
}

/// The first stage: a syntax error is a `Syntax` error, rendered.
fn parse<'a>(allocator: &'a Allocator, source: &'a str, source_type: SourceType, display: &str) -> Result<&'a mut oxc_ast::ast::Program<'a>, BuildError> {
    // Regular expression literals are parsed too, so that a bad pattern is an early error.
    let options = oxc_parser::ParseOptions { parse_regular_expression: true, ..Default::default() };
    let parsed = Parser::new(allocator, source, source_type).with_options(options).parse();
    if !parsed.diagnostics.is_empty() || parsed.panicked {
        return Err(BuildError { message: diagnostics::render(parsed.diagnostics.into_vec(), display, source), kind: ErrorKind::Syntax });
    }
    Ok(allocator.alloc(parsed.program))
}

/// The second stage, semantic analysis, which finds the early errors (redeclarations,
/// bad `break` targets, strict-mode rules...): these are `Syntax` errors too.
fn analyze<'a>(program: &'a oxc_ast::ast::Program<'a>, source: &str, display: &str) -> Result<oxc_semantic::SemanticBuilderReturn<'a>, BuildError> {
    // Enum members are evaluated for the TypeScript transform (constant folding, inlining).
    let transforms = program.source_type.is_typescript() || program.source_type.is_jsx();
    let sem = SemanticBuilder::new().with_check_syntax_error(true).with_build_nodes(true).with_enum_eval(transforms).build(program);
    if !sem.diagnostics.is_empty() {
        return Err(BuildError { message: diagnostics::render(sem.diagnostics.into_vec(), display, source), kind: ErrorKind::Syntax });
    }
    Ok(sem)
}

/// `dxc check` for one file: its syntax and early errors, without building. Declaration
/// files (`.d.ts`) are parsed as such.
pub fn check_file(path: &Path) -> Result<(), BuildError> {
    let (mut source_type, source) = read_source(path)?;
    let name = path.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    if [".d.ts", ".d.mts", ".d.cts"].iter().any(|e| name.ends_with(e)) {
        source_type = source_type.with_typescript_definition(true);
    }
    let allocator = Allocator::default();
    let display = path.display().to_string();
    let program = parse(&allocator, &source, source_type, &display)?;
    analyze(program, &source, &display).map(|_| ())
}

/// One file through the front end: parsed, checked for early errors, TypeScript/JSX
/// lowered to JavaScript, and analyzed again; with what its lowering needs.
pub(crate) struct Front<'a> {
    pub program: &'a oxc_ast::ast::Program<'a>,
    pub semantic: oxc_semantic::Semantic<'a>,
    /// The program as parsed was a module (ESM syntax, `export =`...).
    pub parsed_as_module: bool,
    /// It had `export = value` (a CommonJS module in TypeScript).
    pub export_assignment: bool,
    hints: crate::type_hints::ParamHints,
    param_properties: std::collections::HashMap<u32, usize>,
    class_accesses: crate::class_fields::Accesses,
    assign_fields: bool,
}

impl<'a> Front<'a> {
    /// A lowerer of this file set up with its per-file options.
    pub(crate) fn lowerer<'s>(&'s self, source: &'a str, file_name: &str) -> lower::Lowerer<'s, 'a> {
        let mut l = lower::Lowerer::new(&self.semantic, source, file_name);
        self.configure(&mut l);
        l
    }

    pub(crate) fn configure(&self, l: &mut lower::Lowerer<'_, 'a>) {
        l.assign_class_fields = self.assign_fields;
        l.param_hints = self.hints.clone();
        l.class_accesses = self.class_accesses.clone();
        l.param_properties = self.param_properties.clone();
    }
}

/// The front end of one file (see [`Front`]). Module constructs are allowed when
/// `modules` (a file of a program on disk); otherwise those the TypeScript/JSX
/// transform would turn into module code are diagnostics.
pub(crate) fn front_end<'a>(allocator: &'a Allocator, source: &'a str, source_type: SourceType, display: &str, file_name: &str, tsconfig: Option<&TsConfig>, modules: bool) -> Result<Front<'a>, BuildError> {
    let program = parse(allocator, source, source_type, display)?;
    let parsed_as_module = program.source_type.is_module();
    let export_assignment = program.body.iter().any(|s| matches!(s, oxc_ast::ast::Statement::TSExportAssignment(_)));
    let assign_fields = tsconfig.is_some_and(|t| !t.use_define_for_class_fields);
    let transforms = source_type.is_typescript() || source_type.is_jsx();
    if !transforms {
        let program: &'a oxc_ast::ast::Program<'a> = program;
        let sem = analyze(program, source, display)?;
        return Ok(Front { program, semantic: sem.semantic, parsed_as_module, export_assignment, hints: Default::default(), param_properties: Default::default(), class_accesses: Default::default(), assign_fields });
    }
    let (mut scoping, param_properties, class_accesses) = {
        let sem = analyze(program, source, display)?;
        if !modules && let Some((what, span)) = needs_modules(&sem.semantic, tsconfig) {
            let d = diagnostics::unsupported_feature(what, span);
            return Err(BuildError { message: diagnostics::render(vec![d], display, source), kind: ErrorKind::Unsupported });
        }
        let param_properties = if assign_fields { parameter_properties(&sem.semantic) } else { Default::default() };
        // Accesses typed as class fields (`class_fields`), while the types are there.
        let class_accesses = if source_type.is_typescript() { crate::class_fields::collect_accesses(&sem.semantic) } else { Default::default() };
        (sem.semantic.into_scoping(), param_properties, class_accesses)
    };
    // Parameter annotations become checked specializations (`type_hints`).
    let hints = if source_type.is_typescript() { crate::type_hints::collect(program) } else { Default::default() };
    // TypeScript's runtime constructs (enums, namespaces, parameter properties...) and
    // JSX become plain JavaScript, which is then analyzed and lowered like any other.
    if source_type.is_typescript() && crate::ts_namespaces::qualify_members(allocator, program, &scoping) {
        scoping = SemanticBuilder::new().with_enum_eval(true).build(program).semantic.into_scoping();
    }
    let options = transform_options(tsconfig);
    let ret = oxc_transformer::Transformer::new(allocator, Path::new(file_name), &options).build_with_scoping(scoping, program);
    if !ret.diagnostics.is_empty() {
        return Err(BuildError { message: diagnostics::render(ret.diagnostics.into_vec(), display, source), kind: ErrorKind::Unsupported });
    }
    if tsconfig.is_some_and(|t| t.experimental_decorators) {
        crate::legacy_decorators::order_member_decorations(program);
    }
    let program: &'a oxc_ast::ast::Program<'a> = program;
    let sem = SemanticBuilder::new().with_build_nodes(true).build(program);
    Ok(Front { program, semantic: sem.semantic, parsed_as_module, export_assignment, hints, param_properties, class_accesses, assign_fields })
}

/// compile_source_to_ir with the compiler options of a tsconfig.json.
pub fn compile_source_with(source: &str, source_type: SourceType, display: &str, file_name: &str, tsconfig: Option<&TsConfig>) -> Result<ir::Program, BuildError> {
    let allocator = Allocator::default();
    let front = front_end(&allocator, source, source_type, display, file_name, tsconfig, false)?;
    let lowered = front.lowerer(source, file_name).lower_program(front.program);
    finish_lowering(lowered, display, source)
}

/// The IR passes after lowering, or the lowering's diagnostic rendered.
pub(crate) fn finish_lowering(lowered: Result<ir::Program, lower::Unsupported>, display: &str, source: &str) -> Result<ir::Program, BuildError> {
    match lowered {
        Ok(mut p) => {
            ir::inline::inline_small_functions(&mut p);
            p.functions.iter_mut().for_each(ir::thread_jumps::thread_jumps);
            Ok(p)
        }
        Err(u) => Err(unsupported_error(u, display, source)),
    }
}

/// A construct dxc does not compile yet, rendered with a code frame at its first line.
pub(crate) fn unsupported_error(u: lower::Unsupported, display: &str, source: &str) -> BuildError {
    // Point at the construct's first line, not its whole body.
    let mut span = u.span;
    if let Some(nl) = source.get(span.start as usize..span.end as usize).and_then(|t| t.find('\n')) {
        span.end = span.start + source[span.start as usize..span.start as usize + nl].trim_end().len() as u32;
    }
    let d = diagnostics::unsupported_feature(&u.what, span);
    BuildError { message: diagnostics::render(vec![d], display, source), kind: ErrorKind::Unsupported }
}

/// Builds `input` into `output` as `opts` says; the source files the program was
/// built from.
pub fn build(input: &Path, output: &Path, opts: &BuildOptions) -> Result<Vec<std::path::PathBuf>, BuildError> {
    let program = compile_to_ir(input)?;
    let files = program.files.iter().map(|(_, name)| std::path::PathBuf::from(name)).collect();
    build_program(&program, output, opts).map(|()| files)
}

fn build_program(program: &ir::Program, output: &Path, opts: &BuildOptions) -> Result<(), BuildError> {
    if opts.emit == Emit::Ir {
        return write_output(output, ir::write::program(program).as_bytes());
    }
    let copts = codegen::Options { opt_level: "speed", keep_clif: opts.emit == Emit::Clif };
    let out = codegen::compile(program, &copts).map_err(|e| fail(format!("error: {e}")))?;
    match opts.emit {
        Emit::Clif => write_output(output, out.clif.unwrap_or_default().as_bytes()),
        Emit::Obj => write_output(output, &out.object),
        _ => {
            let lopts = dxc_linker::LinkOptions { static_link: opts.static_link, strip: opts.strip };
            dxc_linker::link(&out.object, output, &lopts).map_err(|e| fail(format!("error: {e}")))
        }
    }
}

/// Writes an output file all at once, staged beside it and renamed over it (see
/// `dxc_linker::stage_output`). `-` is standard output.
fn write_output(output: &Path, bytes: &[u8]) -> Result<(), BuildError> {
    use std::io::Write;
    if output == Path::new("-") {
        return std::io::stdout().write_all(bytes).map_err(|e| fail(format!("error: cannot write to standard output: {e}")));
    }
    let cannot = |e: std::io::Error| fail(format!("error: cannot write output {}: {e}", output.display()));
    let mut staged = dxc_linker::stage_output(output).map_err(|e| fail(format!("error: {e}")))?;
    staged.write_all(bytes).map_err(cannot)?;
    staged.persist(output).map_err(|e| cannot(e.error))?;
    Ok(())
}
