//! Lowering of statements: declarations, control flow, loops with per-iteration
//! bindings, switch, labels, try/catch/finally.

use oxc_ast::ast::*;
use oxc_span::GetSpan;

use super::pattern::Target;
use super::{Exit, FinallyCtx, JumpTarget, LResult, Lowerer, unsupported};
use crate::ir::{BinOp, BlockId, Const, Inst, Terminator, Var};

impl<'s, 'a> Lowerer<'s, 'a> {
    pub(super) fn lower_statements(&mut self, stmts: &'a [Statement<'a>]) -> LResult<()> {
        for s in stmts {
            self.lower_statement(s, Vec::new())?;
        }
        Ok(())
    }

    /// A statement with no labels of its own.
    pub(super) fn lower_statement_in(&mut self, s: &'a Statement<'a>) -> LResult<()> {
        self.lower_statement(s, Vec::new())
    }

    fn lower_statement(&mut self, s: &'a Statement<'a>, labels: Vec<String>) -> LResult<()> {
        let pos = s.span().start;
        match s {
            Statement::ExpressionStatement(e) => {
                self.lower_expr(&e.expression)?;
            }
            Statement::VariableDeclaration(d) => self.lower_var_decl(d)?,
            Statement::FunctionDeclaration(_) => {} // hoisted at scope entry
            Statement::EmptyStatement(_) | Statement::DebuggerStatement(_) => {}
            Statement::BlockStatement(b) => {
                let scope = b.scope_id();
                self.enter_scope(scope, &b.body)?;
                if !labels.is_empty() {
                    let after = self.new_block();
                    self.push_target(labels, after, None, false);
                    self.lower_statements(&b.body)?;
                    self.fs().targets.pop();
                    self.jump(after);
                    self.switch_to(after);
                } else {
                    self.lower_statements(&b.body)?;
                }
                self.exit_scope(scope);
            }
            Statement::ReturnStatement(r) => {
                let v = match &r.argument {
                    Some(e) => self.lower_expr(e)?,
                    None => self.constant(Const::Undefined),
                };
                self.emit_return(v, pos);
            }
            Statement::IfStatement(i) => {
                let c = self.lower_expr(&i.test)?;
                let (then, els, join) = (self.new_block(), self.new_block(), self.new_block());
                self.branch(c, then, els);
                self.switch_to(then);
                self.lower_statement(&i.consequent, Vec::new())?;
                self.jump(join);
                self.switch_to(els);
                if let Some(a) = &i.alternate {
                    self.lower_statement(a, Vec::new())?;
                }
                self.jump(join);
                self.switch_to(join);
            }
            Statement::WhileStatement(w) => {
                let (head, body, after) = (self.new_block(), self.new_block(), self.new_block());
                self.jump(head);
                self.switch_to(head);
                let c = self.lower_expr(&w.test)?;
                self.branch(c, body, after);
                self.switch_to(body);
                self.push_target(labels, after, Some(head), true);
                self.lower_statement(&w.body, Vec::new())?;
                self.fs().targets.pop();
                self.jump(head);
                self.switch_to(after);
            }
            Statement::DoWhileStatement(w) => {
                let (body, test, after) = (self.new_block(), self.new_block(), self.new_block());
                self.jump(body);
                self.switch_to(body);
                self.push_target(labels, after, Some(test), true);
                self.lower_statement(&w.body, Vec::new())?;
                self.fs().targets.pop();
                self.jump(test);
                self.switch_to(test);
                let c = self.lower_expr(&w.test)?;
                self.branch(c, body, after);
                self.switch_to(after);
            }
            Statement::ForStatement(f) => self.lower_for(f, labels)?,
            Statement::ForInStatement(f) => self.lower_for_in(f, labels)?,
            Statement::ForOfStatement(f) => self.lower_for_of(f, labels)?,
            Statement::BreakStatement(b) => {
                let name = b.label.as_ref().map(|l| l.name.to_string());
                let t = self.fs().targets.iter().rev().find(|t| match &name {
                    Some(n) => t.labels.iter().any(|l| l == n),
                    None => t.is_loop_or_switch,
                });
                let Some(t) = t else { return unsupported("this break statement", b.span) };
                let (to, depth) = (t.break_to, t.finally_depth);
                self.emit_jump_to(to, depth, pos);
            }
            Statement::ContinueStatement(c) => {
                let name = c.label.as_ref().map(|l| l.name.to_string());
                let t = self.fs().targets.iter().rev().find(|t| {
                    t.continue_to.is_some() && name.as_ref().is_none_or(|n| t.labels.iter().any(|l| l == n))
                });
                let Some(t) = t else { return unsupported("this continue statement", c.span) };
                let (to, depth) = (t.continue_to.unwrap(), t.continue_depth);
                self.emit_jump_to(to, depth, pos);
            }
            Statement::LabeledStatement(l) => {
                let mut labels = labels;
                labels.push(l.label.name.to_string());
                match &l.body {
                    Statement::ForStatement(_) | Statement::WhileStatement(_) | Statement::DoWhileStatement(_)
                    | Statement::ForInStatement(_) | Statement::ForOfStatement(_) | Statement::BlockStatement(_)
                    | Statement::LabeledStatement(_) => self.lower_statement(&l.body, labels)?,
                    other => {
                        let after = self.new_block();
                        self.push_target(labels, after, None, false);
                        self.lower_statement(other, Vec::new())?;
                        self.fs().targets.pop();
                        self.jump(after);
                        self.switch_to(after);
                    }
                }
            }
            Statement::ThrowStatement(t) => {
                let v = self.lower_expr(&t.argument)?;
                self.emit(Inst::Throw { value: v }, pos);
                self.terminate(Terminator::Unreachable);
            }
            Statement::TryStatement(t) => self.lower_try(t)?,
            Statement::SwitchStatement(sw) => self.lower_switch(sw, labels)?,
            Statement::ClassDeclaration(c) => {
                self.lower_class(c, None)?;
            }
            Statement::WithStatement(w) => self.lower_with(w)?,
            Statement::TSTypeAliasDeclaration(_) | Statement::TSInterfaceDeclaration(_) => {}
            Statement::TSEnumDeclaration(e) => return unsupported("TypeScript enums", e.span),
            Statement::TSGlobalDeclaration(_) => {}
            Statement::ImportDeclaration(_) | Statement::ExportNamedDeclaration(_) | Statement::ExportDeclaration(_) | Statement::ExportFromDeclaration(_) | Statement::ExportDefaultDeclaration(_) | Statement::ExportAllDeclaration(_) => {
                if self.module.is_none() {
                    return unsupported("import and export declarations outside a file (modules)", s.span());
                }
                self.lower_module_statement(s)?;
            }
            other => return unsupported("this statement", other.span()),
        }
        Ok(())
    }

    fn push_target(&mut self, labels: Vec<String>, break_to: BlockId, continue_to: Option<BlockId>, is_loop_or_switch: bool) {
        let finally_depth = self.fs().finally_stack.len();
        self.fs().targets.push(JumpTarget { labels, break_to, continue_to, finally_depth, continue_depth: finally_depth, is_loop_or_switch });
    }

    pub(super) fn lower_var_decl(&mut self, d: &'a VariableDeclaration<'a>) -> LResult<()> {
        if d.declare {
            return Ok(());
        }
        if matches!(d.kind, VariableDeclarationKind::Using | VariableDeclarationKind::AwaitUsing) {
            return unsupported("`using` declarations", d.span);
        }
        for decl in &d.declarations {
            let BindingPattern::BindingIdentifier(id) = &decl.id else {
                // `var {a} = o` / `let [x] = it`: the initializer is required by the grammar
                // (for-in/of heads are lowered by their loops).
                let Some(init) = &decl.init else { continue };
                let v = self.lower_expr(init)?;
                self.destructure(Target::Bind(&decl.id), v)?;
                continue;
            };
            let sym = id.symbol_id();
            match &decl.init {
                Some(init) if d.kind == VariableDeclarationKind::Var && self.var_in_with(id) => {
                    // `var x = v` inside `with`: an assignment through the object environment.
                    let scope = self.semantic.nodes().get_node(id.node_id()).scope_id();
                    let withs = self.with_scopes_between(scope, Some(self.scoping.symbol_scope_id(sym)));
                    let base = self.resolve_with(&withs, id.name.as_str(), decl.span.start);
                    let v = self.lower_expr_named(init, Some(id.name.as_str()))?;
                    self.with_write(base, id.name.as_str(), v, decl.span.start, |s| s.write_binding(sym, v, decl.span.start));
                }
                Some(init) => {
                    let v = self.lower_expr_named(init, Some(id.name.as_str()))?;
                    self.init_binding(sym, v, decl.span.start);
                }
                None if d.kind != VariableDeclarationKind::Var => {
                    let u = self.constant(Const::Undefined);
                    self.init_binding(sym, u, decl.span.start);
                }
                None => {}
            }
        }
        Ok(())
    }

    fn lower_for(&mut self, f: &'a ForStatement<'a>, labels: Vec<String>) -> LResult<()> {
        let scope = f.scope_id();
        self.enter_scope(scope, &[])?;
        let mut lexical_syms = Vec::new();
        match &f.init {
            Some(ForStatementInit::VariableDeclaration(d)) => {
                self.lower_var_decl(d)?;
                if d.kind != VariableDeclarationKind::Var {
                    for decl in &d.declarations {
                        if let BindingPattern::BindingIdentifier(id) = &decl.id {
                            lexical_syms.push(id.symbol_id());
                        }
                    }
                }
            }
            Some(init) => {
                self.lower_expr(init.to_expression())?;
            }
            None => {}
        }
        let per_iteration = self.env_slots.contains_key(&scope) && !lexical_syms.is_empty();
        let (head, body, update, after) = (self.new_block(), self.new_block(), self.new_block(), self.new_block());
        self.jump(head);
        self.switch_to(head);
        match &f.test {
            Some(t) => {
                let c = self.lower_expr(t)?;
                self.branch(c, body, after);
            }
            None => self.jump(body),
        }
        self.switch_to(body);
        self.push_target(labels, after, Some(update), true);
        self.lower_statement(&f.body, Vec::new())?;
        self.fs().targets.pop();
        self.jump(update);
        self.switch_to(update);
        if per_iteration {
            // CreatePerIterationEnvironment: closures of this iteration keep theirs.
            let old = self.fs().env_stack.iter().find(|(s, _)| *s == scope).unwrap().1;
            let n = self.env_slots[&scope].len() as u32;
            let parent = self.new_var();
            self.emit(Inst::ParentEnv { dst: parent, env: old }, 0);
            let fresh = self.new_var();
            self.emit(Inst::NewEnv { dst: fresh, parent, slots: n }, 0);
            for slot in 0..n {
                let t = self.new_var();
                self.emit(Inst::LoadEnv { dst: t, env: old, slot }, 0);
                self.emit(Inst::StoreEnv { env: fresh, slot, value: t }, 0);
            }
            self.mov(old, fresh);
        }
        if let Some(u) = &f.update {
            self.lower_expr(u)?;
        }
        self.jump(head);
        self.switch_to(after);
        self.exit_scope(scope);
        Ok(())
    }

    fn lower_for_in(&mut self, f: &'a ForInStatement<'a>, labels: Vec<String>) -> LResult<()> {
        // The object expression sees the loop's bindings in their TDZ (closures in it
        // capture that environment, not an iteration's).
        let scope = f.scope_id();
        self.enter_scope(scope, &[])?;
        let obj = self.lower_expr(&f.right)?;
        self.exit_scope(scope);
        let iter = self.new_var();
        self.emit(Inst::ForInKeys { dst: iter, obj }, f.span.start);
        let (head, body, after) = (self.new_block(), self.new_block(), self.new_block());
        self.jump(head);
        self.switch_to(head);
        let key = self.new_var();
        self.emit(Inst::ForInNext { dst: key, iter }, f.span.start);
        let done = self.is_const(key, Const::Hole, 0);
        self.branch(done, after, body);
        self.switch_to(body);
        self.enter_scope(scope, &[])?;
        self.bind_loop_head(&f.left, key)?;
        self.push_target(labels, after, Some(head), true);
        self.lower_statement(&f.body, Vec::new())?;
        self.fs().targets.pop();
        self.exit_scope(scope);
        self.jump(head);
        self.switch_to(after);
        Ok(())
    }

    fn lower_switch(&mut self, sw: &'a SwitchStatement<'a>, labels: Vec<String>) -> LResult<()> {
        let d = self.lower_expr(&sw.discriminant)?;
        let scope = sw.scope_id();
        self.enter_scope(scope, &[])?;
        for c in &sw.cases {
            self.hoist_functions(&c.consequent)?;
        }
        let after = self.new_block();
        let bodies: Vec<BlockId> = sw.cases.iter().map(|_| self.new_block()).collect();
        let mut default = None;
        for (i, c) in sw.cases.iter().enumerate() {
            match &c.test {
                None => default = Some(bodies[i]),
                Some(t) => {
                    let v = self.lower_expr(t)?;
                    let eq = self.new_var();
                    self.emit(Inst::Binary { dst: eq, op: BinOp::StrictEq, a: d, b: v }, c.span.start);
                    let next = self.new_block();
                    self.branch(eq, bodies[i], next);
                    self.switch_to(next);
                }
            }
        }
        self.jump(default.unwrap_or(after));
        self.push_target(labels, after, None, true);
        for (i, c) in sw.cases.iter().enumerate() {
            self.switch_to(bodies[i]);
            self.lower_statements(&c.consequent)?;
            let next = bodies.get(i + 1).copied().unwrap_or(after);
            self.jump(next);
        }
        self.fs().targets.pop();
        self.switch_to(after);
        self.exit_scope(scope);
        Ok(())
    }

    fn lower_try(&mut self, t: &'a TryStatement<'a>) -> LResult<()> {
        let outer_handler = self.fs().handler;
        let after = self.new_block();
        // A finally gets its context first: exits inside try and catch route through it.
        let fin = t.finalizer.as_ref().map(|_| {
            let kind = self.new_var();
            let value = self.new_var();
            let entry = self.new_block();
            (kind, value, entry)
        });
        if let Some((kind, value, entry)) = fin {
            let zero = self.constant(Const::Number(0.0));
            self.mov(kind, zero);
            let u = self.constant(Const::Undefined);
            self.mov(value, u);
            self.fs().finally_stack.push(FinallyCtx { kind, value, entry, exits: Vec::new() });
        }
        // The landing block for exceptions in the try block.
        let catch_landing = t.handler.as_ref().map(|_| self.new_block_with_handler(outer_handler));
        let fin_landing = fin.map(|_| self.new_block_with_handler(outer_handler));
        let try_handler = catch_landing.or(fin_landing);
        self.set_handler(try_handler);
        self.lower_block(&t.block)?;
        self.set_handler(outer_handler);
        match fin {
            Some((_, _, entry)) => self.jump(entry),
            None => self.jump(after),
        }
        if let (Some(cc), Some(landing)) = (&t.handler, catch_landing) {
            self.switch_to(landing);
            let exc = self.new_var();
            self.emit(Inst::TakeException { dst: exc }, cc.span.start);
            // oxc declares the parameter in the body's scope: enter both first.
            let (scope, body_scope) = (cc.scope_id(), cc.body.scope_id());
            self.enter_scope(scope, if body_scope == scope { &cc.body.body } else { &[] })?;
            if body_scope != scope {
                self.enter_scope(body_scope, &cc.body.body)?;
            }
            if let Some(p) = &cc.param {
                self.destructure(Target::Bind(&p.pattern), exc)?;
            }
            self.set_handler(fin_landing.or(outer_handler));
            self.lower_statements(&cc.body.body)?;
            self.exit_scope(body_scope);
            self.exit_scope(scope);
            self.set_handler(outer_handler);
            match fin {
                Some((_, _, entry)) => self.jump(entry),
                None => self.jump(after),
            }
        }
        if let (Some(body), Some((kind, value, entry))) = (&t.finalizer, fin) {
            let ctx = self.fs().finally_stack.pop().unwrap();
            // Exceptions from try/catch: kind 1 with the exception as value.
            let landing = fin_landing.unwrap();
            self.switch_to(landing);
            let exc = self.new_var();
            self.emit(Inst::TakeException { dst: exc }, body.span.start);
            self.mov(value, exc);
            let one = self.constant(Const::Number(1.0));
            self.mov(kind, one);
            self.jump(entry);
            // The finally body, then dispatch on the completion kind.
            self.switch_to(entry);
            self.fs().handler = outer_handler;
            self.lower_block(body)?;
            let other = self.on_kind(kind, 0);
            self.jump(after);
            self.switch_to(other);
            let other = self.on_kind(kind, 1);
            self.emit(Inst::Rethrow { value }, body.span.start);
            self.terminate(Terminator::Unreachable);
            self.switch_to(other);
            self.dispatch_exits(&ctx.exits, kind, value, body.span.start);
            self.jump(after);
        }
        self.switch_to(after);
        Ok(())
    }

    /// Binds the value of one iteration to a for-in/for-of head (a declaration or an
    /// assignment target; either may be a pattern).
    fn bind_loop_head(&mut self, left: &'a ForStatementLeft<'a>, v: Var) -> LResult<()> {
        match left {
            ForStatementLeft::VariableDeclaration(d) => {
                let Some(decl) = d.declarations.first() else { return unsupported("this loop head", d.span) };
                self.destructure(Target::Bind(&decl.id), v)
            }
            left => self.destructure(Target::Assign(left.as_assignment_target().expect("a for-in/of head is a declaration or a target")), v),
        }
    }

    /// Continues in a block taken when the completion kind is `k`; returns the block for
    /// the other kinds.
    fn on_kind(&mut self, kind: Var, k: usize) -> BlockId {
        let kv = self.constant(Const::Number(k as f64));
        let is = self.new_var();
        self.emit(Inst::Binary { dst: is, op: BinOp::StrictEq, a: kind, b: kv }, 0);
        let (yes, no) = (self.new_block(), self.new_block());
        self.branch(is, yes, no);
        self.switch_to(yes);
        no
    }

    /// Resumes the exits (`return`, `break`, `continue`) that left a protected region,
    /// once its cleanup ran: completion kinds from 2 on (see `add_exit`).
    pub(super) fn dispatch_exits(&mut self, exits: &[Exit], kind: Var, value: Var, pos: u32) {
        for (i, exit) in exits.iter().enumerate() {
            let other = self.on_kind(kind, i + 2);
            match *exit {
                Exit::Return => self.emit_return(value, pos),
                Exit::Jump(to, depth) => self.emit_jump_to(to, depth, pos),
            }
            self.switch_to(other);
        }
    }

    /// `for (x of it)`: the iteration protocol. Leaving the body other than by
    /// `continue` or the iterator finishing (`break`, `return`, a labeled jump out, a
    /// throw) closes the iterator first: the body is a protected region, like a `try`
    /// whose `finally` calls `return()`.
    fn lower_for_of(&mut self, f: &'a ForOfStatement<'a>, labels: Vec<String>) -> LResult<()> {
        if f.r#await {
            return unsupported("for await", f.span);
        }
        let pos = f.span.start;
        let scope = f.scope_id();
        self.enter_scope(scope, &[])?;
        let iterable = self.lower_expr(&f.right)?;
        self.exit_scope(scope);
        let iter = self.new_var();
        self.emit(Inst::GetIterator { dst: iter, obj: iterable }, f.right.span().start);
        let next = self.new_var();
        let next_key = self.program.string("next");
        self.emit(Inst::GetNamed { dst: next, obj: iter, key: next_key, field: None }, f.right.span().start);
        let (kind, value) = (self.new_var(), self.new_var());
        let outer_handler = self.fs().handler;
        let (head, body, close, after) = (self.new_block(), self.new_block(), self.new_block(), self.new_block());
        let landing = self.new_block_with_handler(outer_handler);
        let break_depth = self.fs().finally_stack.len();
        self.fs().finally_stack.push(FinallyCtx { kind, value, entry: close, exits: Vec::new() });
        self.jump(head);
        self.switch_to(head);
        let x = self.new_var();
        self.emit(Inst::IteratorStep { dst: x, iter, next }, pos);
        let done = self.is_const(x, Const::Hole, 0);
        self.branch(done, after, body);
        self.switch_to(body);
        self.set_handler(Some(landing));
        self.enter_scope(scope, &[])?;
        self.bind_loop_head(&f.left, x)?;
        self.push_target(labels, after, Some(head), true);
        // `break` leaves through the close; `continue` stays inside.
        self.fs().targets.last_mut().unwrap().finally_depth = break_depth;
        self.lower_statement(&f.body, Vec::new())?;
        self.fs().targets.pop();
        self.exit_scope(scope);
        self.set_handler(outer_handler);
        self.jump(head);
        // A throw: close (ignoring what return() does) and throw again.
        self.switch_to(landing);
        let exc = self.new_var();
        self.emit(Inst::TakeException { dst: exc }, pos);
        self.emit(Inst::IteratorClose { iter, throwing: true }, pos);
        self.emit(Inst::Rethrow { value: exc }, pos);
        self.terminate(Terminator::Unreachable);
        // break/return/labeled continue out of the loop: close, then go on.
        let ctx = self.fs().finally_stack.pop().unwrap();
        self.switch_to(close);
        self.emit(Inst::IteratorClose { iter, throwing: false }, pos);
        self.dispatch_exits(&ctx.exits, kind, value, pos);
        self.terminate(Terminator::Unreachable);
        self.switch_to(after);
        Ok(())
    }

    pub(super) fn new_block_with_handler(&mut self, h: Option<BlockId>) -> BlockId {
        let saved = self.fs().handler;
        self.fs().handler = h;
        let b = self.new_block();
        self.fs().handler = saved;
        b
    }

    fn lower_block(&mut self, b: &'a BlockStatement<'a>) -> LResult<()> {
        let scope = b.scope_id();
        self.enter_scope(scope, &b.body)?;
        self.lower_statements(&b.body)?;
        self.exit_scope(scope);
        Ok(())
    }
}

