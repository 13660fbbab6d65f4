//! tsc's order for legacy (`experimentalDecorators`) member decorators. oxc's transform
//! emits one `babelHelpers.decorate([...], target, key, desc)` statement per decorated
//! member in declaration order; tsc decorates the instance members first and then the
//! static ones (each group in declaration order), and the decorator expressions are
//! evaluated by those statements, so the order shows. This pass, run after the
//! transform, stably moves the static members' statements of each run behind the
//! instance members' ones.

use oxc_allocator::Vec as ArenaVec;
use oxc_ast::ast::*;
use oxc_ast_visit::{VisitMut, walk_mut};

/// Reorders every run of member decorations in `program`.
pub fn order_member_decorations(program: &mut Program<'_>) {
    Orderer.visit_program(program);
}

struct Orderer;

/// For a member decoration statement: whether it decorates a static member.
fn member_decoration(s: &Statement) -> Option<bool> {
    let Statement::ExpressionStatement(e) = s else { return None };
    let Expression::CallExpression(call) = &e.expression else { return None };
    let Expression::StaticMemberExpression(callee) = &call.callee else { return None };
    let is_helpers = matches!(&callee.object, Expression::Identifier(id) if id.name == "babelHelpers");
    if !is_helpers || callee.property.name != "decorate" || call.arguments.len() != 4 {
        return None;
    }
    let on_prototype = matches!(&call.arguments[1], Argument::StaticMemberExpression(m) if m.property.name == "prototype");
    Some(!on_prototype)
}

impl<'a> VisitMut<'a> for Orderer {
    fn visit_statements(&mut self, stmts: &mut ArenaVec<'a, Statement<'a>>) {
        let mut i = 0;
        while i < stmts.len() {
            let start = i;
            while i < stmts.len() && member_decoration(&stmts[i]).is_some() {
                i += 1;
            }
            if i > start + 1 {
                stmts[start..i].sort_by_key(|s| member_decoration(s) == Some(true));
            }
            i = i.max(start + 1);
        }
        walk_mut::walk_statements(self, stmts);
    }
}
