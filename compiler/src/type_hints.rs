//! What TypeScript annotations tell code generation, collected before the transform
//! strips them: for each function whose parameters are annotated `number` or `boolean`,
//! those parameters' types, by the span start of the parameter list (which the
//! transform keeps). Code generation then compiles a specialized copy of the function
//! behind an entry check of those parameters (see `ir::types`): an annotation is a
//! promise that is checked, never trusted.

use std::collections::HashMap;

use oxc_ast::ast::{FormalParameters, Program, TSType};
use oxc_ast_visit::{Visit, walk};

use crate::ir::types::ParamHint;

/// Parameter hints by parameter-list span start.
pub type ParamHints = HashMap<u32, Vec<ParamHint>>;

pub fn collect(program: &Program) -> ParamHints {
    let mut c = Collector { hints: HashMap::new() };
    c.visit_program(program);
    c.hints
}

struct Collector {
    hints: ParamHints,
}

impl<'a> Visit<'a> for Collector {
    fn visit_formal_parameters(&mut self, params: &FormalParameters<'a>) {
        let hints: Vec<ParamHint> = params
            .items
            .iter()
            .map(|p| match p.type_annotation.as_ref().map(|t| &t.type_annotation) {
                // An optional parameter may be undefined: no promise about its type.
                _ if p.optional => ParamHint::None,
                Some(TSType::TSNumberKeyword(_)) => ParamHint::Number,
                Some(TSType::TSBooleanKeyword(_)) => ParamHint::Bool,
                _ => ParamHint::None,
            })
            .collect();
        if hints.iter().any(|h| *h != ParamHint::None) {
            self.hints.insert(params.span.start, hints);
        }
        walk::walk_formal_parameters(self, params);
    }
}
