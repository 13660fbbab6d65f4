//! `dxc`: the ahead-of-time compiler from TypeScript/JavaScript to native executables.
//!
//! A program flows through the modules in this order: `driver` (the pipeline),
//! `lower` (oxc AST + semantic -> DxIR, see `ir`), `codegen` (DxIR -> Cranelift ->
//! object file), then `dxc_linker` (object + embedded runtime -> executable).
//! `diagnostics` renders errors with a code frame.

pub mod class_fields;
pub mod codegen;
pub mod diagnostics;
pub mod driver;
pub mod ir;
pub mod legacy_decorators;
pub mod lower;
pub mod module_graph;
pub mod number;
pub mod project;
pub mod resolve;
pub mod ts_namespaces;
pub mod tsconfig;
pub mod type_hints;
