//! tsc's scoping of namespace members, applied to the AST before oxc's TypeScript
//! transform (which, like Babel, lowers each `namespace` block on its own and rejects
//! exported `let`/`var`).
//!
//! tsc treats the blocks of one namespace (merged declarations, `namespace A.B`
//! reopened, nested ones) as one scope of exported members: inside any block, a name
//! that is an exported member of an enclosing namespace and is not declared locally
//! refers to `Namespace.name`, and an exported variable lives only as that property
//! (`export let x = 1` is `NS.x = 1`, and every `x` is `NS.x`). This pass rewrites
//! the program so: exported variable declarations become assignments to the namespace
//! object, and references become member accesses. Exported functions, classes, enums
//! and namespaces keep their local binding in their own block, as tsc emits them.

use std::collections::HashMap;

use oxc_allocator::{Allocator, Box as ArenaBox, TakeIn, Vec as ArenaVec};
use oxc_ast::builder::AstBuilder;
use oxc_ast::ast::*;
use oxc_ast_visit::{VisitMut, walk_mut};
use oxc_semantic::Scoping;
use oxc_span::SPAN;
use oxc_syntax::scope::ScopeId;

/// The exported members of one namespace (all its blocks): name -> (the block that
/// declares it, whether it is a variable).
type Members = HashMap<String, (ScopeId, bool)>;

/// Rewrites `program` (whose scoping is `scoping`) as described above; returns whether
/// anything changed (the caller then analyzes the program again).
pub fn qualify_members<'a>(allocator: &'a Allocator, program: &mut Program<'a>, scoping: &Scoping) -> bool {
    let mut groups: HashMap<String, Members> = HashMap::new();
    let mut block_group: HashMap<ScopeId, (String, String)> = HashMap::new();
    collect(&program.body, "", &mut groups, &mut block_group);
    if block_group.is_empty() {
        return false;
    }
    let mut q = Qualifier { allocator, ast: AstBuilder::new(allocator), scoping, groups, block_group, stack: Vec::new(), changed: false };
    q.visit_program(program);
    q.changed
}

/// Records the namespaces declared in `stmts` (paths below `prefix`) and their exports.
fn collect(stmts: &[Statement], prefix: &str, groups: &mut HashMap<String, Members>, block_group: &mut HashMap<ScopeId, (String, String)>) {
    for s in stmts {
        let d = match s {
            Statement::TSNamespaceDeclaration(d) => d,
            Statement::ExportDeclaration(e) => match &e.declaration {
                Declaration::TSNamespaceDeclaration(d) => d,
                _ => continue,
            },
            _ => continue,
        };
        namespace(d, prefix, groups, block_group);
    }
}

fn namespace(d: &TSNamespaceDeclaration, prefix: &str, groups: &mut HashMap<String, Members>, block_group: &mut HashMap<ScopeId, (String, String)>) {
    if d.declare {
        return;
    }
    let Some(scope) = d.scope_id.get() else { return };
    let path = format!("{prefix}.{}", d.id.name);
    block_group.insert(scope, (path.clone(), d.id.name.to_string()));
    let members = groups.entry(path.clone()).or_default();
    match &d.body {
        TSNamespaceDeclarationBody::TSNamespaceDeclaration(inner) => {
            members.insert(inner.id.name.to_string(), (scope, false));
            namespace(inner, &path, groups, block_group);
        }
        TSNamespaceDeclarationBody::TSModuleBlock(block) => {
            for s in &block.body {
                let Statement::ExportDeclaration(e) = s else { continue };
                match &e.declaration {
                    Declaration::VariableDeclaration(v) => {
                        for decl in &v.declarations {
                            for id in decl.id.get_binding_identifiers() {
                                members.insert(id.name.to_string(), (scope, true));
                            }
                        }
                    }
                    Declaration::FunctionDeclaration(f) => {
                        if let Some(id) = &f.id {
                            members.insert(id.name.to_string(), (scope, false));
                        }
                    }
                    Declaration::ClassDeclaration(c) => {
                        if let Some(id) = &c.id {
                            members.insert(id.name.to_string(), (scope, false));
                        }
                    }
                    Declaration::TSEnumDeclaration(en) => {
                        members.insert(en.id.name.to_string(), (scope, false));
                    }
                    Declaration::TSNamespaceDeclaration(inner) => {
                        members.insert(inner.id.name.to_string(), (scope, false));
                    }
                    _ => {}
                }
            }
            collect(&block.body, &path, groups, block_group);
        }
    }
}

struct Qualifier<'a, 's> {
    allocator: &'a Allocator,
    ast: AstBuilder<'a>,
    scoping: &'s Scoping,
    groups: HashMap<String, Members>,
    block_group: HashMap<ScopeId, (String, String)>,
    /// The namespace blocks being visited, innermost last: (block scope, group path, name).
    stack: Vec<(ScopeId, String, String)>,
    changed: bool,
}

impl<'a> Qualifier<'a, '_> {
    /// Whether `scope` is `ancestor` or inside it.
    fn within(&self, mut scope: ScopeId, ancestor: ScopeId) -> bool {
        loop {
            if scope == ancestor {
                return true;
            }
            match self.scoping.scope_parent_id(scope) {
                Some(p) => scope = p,
                None => return false,
            }
        }
    }

    /// The namespace whose member `id` names, if tsc would qualify it.
    fn qualifier(&self, id: &IdentifierReference) -> Option<String> {
        let name = id.name.as_str();
        let symbol = id.reference_id.get().and_then(|r| self.scoping.get_reference(r).symbol_id());
        for (block, path, ns) in self.stack.iter().rev() {
            let Some(&(declared_in, is_var)) = self.groups.get(path).and_then(|m| m.get(name)) else {
                // A binding of this block (or inside it) shadows outer namespaces' members.
                if symbol.is_some_and(|s| self.within(self.scoping.symbol_scope_id(s), *block)) {
                    return None;
                }
                continue;
            };
            if let Some(s) = symbol {
                let scope = self.scoping.symbol_scope_id(s);
                // The exported variable itself, or a binding that shadows the member.
                if self.within(scope, *block) && !(is_var && scope == declared_in) {
                    return None;
                }
            }
            return (is_var || declared_in != *block).then(|| ns.clone());
        }
        None
    }

    /// `NS.name = value;`
    fn export_assignment(&self, ns: &str, name: &str, value: Expression<'a>, span: oxc_span::Span) -> Statement<'a> {
        let target = AssignmentTarget::StaticMemberExpression(self.member(ns, name));
        let assign = Expression::new_assignment_expression(span, AssignmentOperator::Assign, target, value, &self.ast);
        Statement::new_expression_statement(span, assign, &self.ast)
    }

    /// `NS.name`.
    fn member(&self, ns: &str, name: &str) -> ArenaBox<'a, StaticMemberExpression<'a>> {
        let object = Expression::new_identifier(SPAN, self.allocator.alloc_str(ns), &self.ast);
        StaticMemberExpression::boxed(SPAN, object, IdentifierName::new(SPAN, self.allocator.alloc_str(name), &self.ast), false, &self.ast)
    }
}

impl<'a> VisitMut<'a> for Qualifier<'a, '_> {
    fn visit_ts_namespace_declaration(&mut self, it: &mut TSNamespaceDeclaration<'a>) {
        let entry = it.scope_id.get().and_then(|s| self.block_group.get(&s).map(|(path, ns)| (s, path.clone(), ns.clone())));
        let pushed = entry.is_some();
        if let Some(e) = entry {
            self.stack.push(e);
        }
        walk_mut::walk_ts_namespace_declaration(self, it);
        if pushed {
            self.stack.pop();
        }
    }

    fn visit_ts_module_block(&mut self, it: &mut TSModuleBlock<'a>) {
        walk_mut::walk_ts_module_block(self, it);
        let Some((_, _, ns)) = self.stack.last().cloned() else { return };
        // `export let x = 1, y;` -> `NS.x = 1;` (tsc drops declarators without initializers).
        let mut body = ArenaVec::new_in(&self.ast);
        for s in it.body.take_in(&self.ast) {
            let Statement::ExportDeclaration(mut e) = s else {
                body.push(s);
                continue;
            };
            let Declaration::VariableDeclaration(v) = &e.declaration else {
                body.push(Statement::ExportDeclaration(e));
                continue;
            };
            if !v.declarations.iter().all(|d| matches!(d.id, BindingPattern::BindingIdentifier(_))) {
                // `export let { a, b } = o;` -> `let { a, b } = o; NS.a = a; NS.b = b;`
                let names: Vec<String> = v.declarations.iter().flat_map(|d| d.id.get_binding_identifiers()).map(|id| id.name.to_string()).collect();
                let Declaration::VariableDeclaration(v) = e.declaration.take_in(&self.ast) else { unreachable!() };
                let span = v.span;
                body.push(Statement::VariableDeclaration(v));
                for name in names {
                    let value = Expression::new_identifier(SPAN, self.allocator.alloc_str(&name), &self.ast);
                    body.push(self.export_assignment(&ns, &name, value, span));
                }
                self.changed = true;
                continue;
            }
            let Declaration::VariableDeclaration(v) = &mut e.declaration else { unreachable!() };
            for d in v.declarations.iter_mut() {
                let (BindingPattern::BindingIdentifier(id), Some(init)) = (&d.id, d.init.take()) else { continue };
                body.push(self.export_assignment(&ns, id.name.as_str(), init, d.span));
            }
            self.changed = true;
        }
        it.body = body;
    }

    fn visit_expression(&mut self, it: &mut Expression<'a>) {
        if let Expression::Identifier(id) = it
            && let Some(ns) = self.qualifier(id)
        {
            *it = Expression::StaticMemberExpression(self.member(&ns, id.name.as_str()));
            self.changed = true;
            return;
        }
        walk_mut::walk_expression(self, it);
    }

    fn visit_simple_assignment_target(&mut self, it: &mut SimpleAssignmentTarget<'a>) {
        if let SimpleAssignmentTarget::AssignmentTargetIdentifier(id) = it
            && let Some(ns) = self.qualifier(id)
        {
            *it = SimpleAssignmentTarget::StaticMemberExpression(self.member(&ns, id.name.as_str()));
            self.changed = true;
            return;
        }
        walk_mut::walk_simple_assignment_target(self, it);
    }

    fn visit_object_property(&mut self, it: &mut ObjectProperty<'a>) {
        if it.shorthand
            && let Expression::Identifier(id) = &it.value
            && self.qualifier(id).is_some()
        {
            it.shorthand = false;
        }
        walk_mut::walk_object_property(self, it);
    }
}
