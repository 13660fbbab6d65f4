//! `with (obj) body` (sloppy code only): the object becomes an environment.
//!
//! The object (after ToObject) is stored in a slot of the `with` scope's environment, so
//! that functions created in the body see it too. An identifier reference that has
//! `with` scopes between it and its binding (or the global scope) is resolved at run
//! time: for each of them, innermost first, if the object has the property (and its
//! `@@unscopables` does not hide it) the reference is that property; otherwise the
//! static binding. A call through such a reference passes the object as `this`.

use oxc_ast::ast::*;
use oxc_span::GetSpan;
use oxc_syntax::scope::{ScopeFlags, ScopeId};

use super::{LResult, Lowerer, Slot};
use crate::ir::{BinOp, Const, Inst, Var};

impl<'s, 'a> Lowerer<'s, 'a> {
    /// Gives every `with` scope the environment slot of its object.
    pub(super) fn analyze_with(&mut self) {
        for node in self.semantic.nodes().iter() {
            if let oxc_ast::AstKind::WithStatement(w) = node.kind() {
                self.env_slots.entry(w.scope_id()).or_default().push(Slot::WithObject);
                self.has_with = true;
            }
        }
    }

    pub(super) fn lower_with(&mut self, w: &'a WithStatement<'a>) -> LResult<()> {
        let v = self.lower_expr(&w.object)?;
        let o = self.new_var();
        self.emit(Inst::WithObject { dst: o, value: v }, w.object.span().start);
        let scope = w.scope_id();
        self.enter_scope(scope, &[])?;
        let slot = self.with_slot(scope);
        let e = self.env_of(scope);
        self.emit(Inst::StoreEnv { env: e, slot, value: o }, w.span.start);
        self.lower_statement_in(&w.body)?;
        self.exit_scope(scope);
        Ok(())
    }

    fn with_slot(&self, scope: ScopeId) -> u32 {
        self.env_slots[&scope].iter().position(|s| matches!(s, Slot::WithObject)).expect("with scopes have an object slot") as u32
    }

    /// The `with` scopes, innermost first, between the scope of a reference and the
    /// scope of the binding it resolves to (the global scope when unresolved).
    pub(super) fn with_scopes_of(&self, id: &IdentifierReference<'a>) -> Vec<ScopeId> {
        let r = self.scoping.get_reference(id.reference_id());
        let from = self.semantic.nodes().get_node(r.node_id()).scope_id();
        let to = r.symbol_id().map(|s| self.scoping.symbol_scope_id(s));
        self.with_scopes_between(from, to)
    }

    pub(super) fn with_scopes_between(&self, from: ScopeId, to: Option<ScopeId>) -> Vec<ScopeId> {
        let mut out = Vec::new();
        if !self.has_with {
            // Most programs have no `with`: no walk per identifier.
            return out;
        }
        let mut s = Some(from);
        while let Some(sc) = s {
            if Some(sc) == to {
                break;
            }
            if self.scoping.scope_flags(sc).contains(ScopeFlags::With) {
                out.push(sc);
            }
            s = self.scoping.scope_parent_id(sc);
        }
        out
    }

    /// Resolves `name` through the objects of `withs`: the object that has it, or
    /// undefined when the static binding applies.
    pub(super) fn resolve_with(&mut self, withs: &[ScopeId], name: &str, pos: u32) -> Var {
        let base = self.constant(Const::Undefined);
        let name_v = self.str_const(name);
        let done = self.new_block();
        for &w in withs {
            let e = self.env_of(w);
            let slot = self.with_slot(w);
            let o = self.new_var();
            self.emit(Inst::LoadEnv { dst: o, env: e, slot }, pos);
            let has = self.new_var();
            self.emit(Inst::WithHas { dst: has, obj: o, key: name_v }, pos);
            let (found, next) = (self.new_block(), self.new_block());
            self.branch(has, found, next);
            self.switch_to(found);
            self.mov(base, o);
            self.jump(done);
            self.switch_to(next);
        }
        self.jump(done);
        self.switch_to(done);
        base
    }

    /// Whether a `var` declared here is inside a `with` of its function.
    pub(super) fn var_in_with(&self, id: &BindingIdentifier<'a>) -> bool {
        let scope = self.semantic.nodes().get_node(id.node_id()).scope_id();
        !self.with_scopes_between(scope, Some(self.scoping.symbol_scope_id(id.symbol_id()))).is_empty()
    }

    /// Branches on a resolved `with` base: continues in the block for an object (the
    /// name is its property); returns (the block for the static binding, the join).
    pub(super) fn split_on_with_base(&mut self, base: Var, pos: u32) -> (crate::ir::BlockId, crate::ir::BlockId) {
        let u = self.constant(Const::Undefined);
        let is_static = self.new_var();
        self.emit(Inst::Binary { dst: is_static, op: BinOp::StrictEq, a: base, b: u }, pos);
        let (dynamic, stat, join) = (self.new_block(), self.new_block(), self.new_block());
        self.branch(is_static, stat, dynamic);
        self.switch_to(dynamic);
        (stat, join)
    }

    /// Writes `name` on `base` when it is an object, else with `fallback`.
    pub(super) fn with_write(&mut self, base: Var, name: &str, v: Var, pos: u32, fallback: impl FnOnce(&mut Self)) {
        let (stat, join) = self.split_on_with_base(base, pos);
        let key = self.program.string(name);
        self.emit(Inst::SetNamed { obj: base, key, value: v, strict: false, field: None }, pos);
        self.jump(join);
        self.switch_to(stat);
        fallback(self);
        self.jump(join);
        self.switch_to(join);
    }

    /// Reads `name` from `base` when it is an object, else reads it with `fallback`.
    pub(super) fn with_read(&mut self, base: Var, name: &str, pos: u32, fallback: impl FnOnce(&mut Self) -> LResult<Var>) -> LResult<Var> {
        let r = self.new_var();
        let (stat, join) = self.split_on_with_base(base, pos);
        let key = self.program.string(name);
        self.emit(Inst::GetNamed { dst: r, obj: base, key, field: None }, pos);
        self.jump(join);
        self.switch_to(stat);
        let v = fallback(self)?;
        self.mov(r, v);
        self.jump(join);
        self.switch_to(join);
        Ok(r)
    }
}
