//! Lowering of destructuring: binding patterns (declarations, parameters, catch
//! parameters, for-in/of heads) and assignment patterns share one lowering over
//! [`Target`], in the spec's order of evaluation:
//!
//! - object patterns check the value is not null or undefined, then read each property
//!   (computed keys evaluated in order), apply its default when the value is undefined,
//!   and copy the remaining own enumerable properties for a rest element;
//! - array patterns go through the iteration protocol: one step per element while the
//!   iterator is not done, a rest element collects the rest, and the iterator is closed
//!   (`return()`) when the pattern ends before it is done, or when anything in the
//!   pattern throws;
//! - an assignment target that is a reference (`a.b`, `a[k]`) is evaluated before the
//!   value it receives is read.

use oxc_ast::ast::*;
use oxc_span::GetSpan;

use super::expr::Place;
use super::{FinallyCtx, LResult, Lowerer};
use crate::ir::{Const, ErrorKind, Inst, Terminator, Var};

/// What a destructured value goes into.
#[derive(Clone, Copy)]
pub(super) enum Target<'a> {
    Bind(&'a BindingPattern<'a>),
    Assign(&'a AssignmentTarget<'a>),
    /// The shorthand `{ x }` of an assignment pattern.
    Ident(&'a IdentifierReference<'a>),
}

/// A target made ready before its value is read: a reference already evaluated, or a
/// target that needs nothing first.
enum Ready<'a> {
    Place(Place),
    Later(Target<'a>),
}

impl<'a> Target<'a> {
    /// The binding name, for naming anonymous functions in defaults (`{ f = () => {} }`).
    fn name(self) -> Option<&'a str> {
        match self {
            Target::Bind(BindingPattern::BindingIdentifier(id)) => Some(id.name.as_str()),
            Target::Assign(AssignmentTarget::AssignmentTargetIdentifier(id)) => Some(id.name.as_str()),
            Target::Ident(id) => Some(id.name.as_str()),
            _ => None,
        }
    }

    fn span(self) -> oxc_span::Span {
        match self {
            Target::Bind(p) => p.span(),
            Target::Assign(t) => t.span(),
            Target::Ident(id) => id.span,
        }
    }
}

/// A binding pattern element with its default split off (`a = 1`).
fn split_binding<'a>(p: &'a BindingPattern<'a>) -> (Target<'a>, Option<&'a Expression<'a>>) {
    match p {
        BindingPattern::AssignmentPattern(ap) => (Target::Bind(&ap.left), Some(&ap.right)),
        other => (Target::Bind(other), None),
    }
}

fn split_assign<'a>(m: &'a AssignmentTargetMaybeDefault<'a>) -> (Target<'a>, Option<&'a Expression<'a>>) {
    match m {
        AssignmentTargetMaybeDefault::AssignmentTargetWithDefault(d) => (Target::Assign(&d.binding), Some(&d.init)),
        other => (Target::Assign(other.to_assignment_target()), None),
    }
}

impl<'s, 'a> Lowerer<'s, 'a> {
    /// Destructures `v` into `t` (a plain binding or reference is just written).
    pub(super) fn destructure(&mut self, t: Target<'a>, v: Var) -> LResult<()> {
        let ready = self.ready(t)?;
        self.store(ready, v)
    }

    fn ready(&mut self, t: Target<'a>) -> LResult<Ready<'a>> {
        Ok(match t {
            Target::Assign(a) => match a.as_simple_assignment_target() {
                Some(simple) => Ready::Place(self.place_of_simple(simple)?),
                None => Ready::Later(t),
            },
            Target::Ident(id) => Ready::Place(self.place_of_ident(id)),
            Target::Bind(_) => Ready::Later(t),
        })
    }

    fn store(&mut self, r: Ready<'a>, v: Var) -> LResult<()> {
        match r {
            Ready::Place(p) => {
                self.write_place(&p, v, 0);
                Ok(())
            }
            Ready::Later(t) => self.store_pattern(t, v),
        }
    }

    fn store_pattern(&mut self, t: Target<'a>, v: Var) -> LResult<()> {
        match t {
            Target::Bind(BindingPattern::BindingIdentifier(id)) => {
                self.init_binding(id.symbol_id(), v, id.span.start);
                Ok(())
            }
            Target::Bind(BindingPattern::AssignmentPattern(ap)) => {
                let d = self.with_default(v, Some(&ap.right), Target::Bind(&ap.left))?;
                self.destructure(Target::Bind(&ap.left), d)
            }
            Target::Bind(BindingPattern::ObjectPattern(op)) => {
                let props = op.properties.iter().map(|p| {
                    let (t, d) = split_binding(&p.value);
                    (PropKeyRef::Key(&p.key, p.computed), t, d)
                });
                let rest = op.rest.as_ref().map(|r| Target::Bind(&r.argument));
                self.object_pattern(v, props.collect(), rest, op.span.start)
            }
            Target::Bind(BindingPattern::ArrayPattern(ap)) => {
                let elems = ap.elements.iter().map(|e| e.as_ref().map(split_binding)).collect();
                let rest = ap.rest.as_ref().map(|r| Target::Bind(&r.argument));
                self.array_pattern(v, elems, rest, ap.span.start)
            }
            Target::Assign(AssignmentTarget::ObjectAssignmentTarget(op)) => {
                let props = op.properties.iter().map(|p| match p {
                    AssignmentTargetProperty::AssignmentTargetPropertyIdentifier(p) => (PropKeyRef::Name(&p.binding), Target::Ident(&p.binding), p.init.as_ref()),
                    AssignmentTargetProperty::AssignmentTargetPropertyProperty(p) => {
                        let (t, d) = split_assign(&p.binding);
                        (PropKeyRef::Key(&p.name, p.computed), t, d)
                    }
                });
                let rest = op.rest.as_ref().map(|r| Target::Assign(&r.target));
                self.object_pattern(v, props.collect(), rest, op.span.start)
            }
            Target::Assign(AssignmentTarget::ArrayAssignmentTarget(ap)) => {
                let elems = ap.elements.iter().map(|e| e.as_ref().map(split_assign)).collect();
                let rest = ap.rest.as_ref().map(|r| Target::Assign(&r.target));
                self.array_pattern(v, elems, rest, ap.span.start)
            }
            // Simple targets were made places by `ready`.
            Target::Assign(_) | Target::Ident(_) => unreachable!("reference targets are stored as places"),
        }
    }

    /// `v`, or the default's value when `v` is undefined.
    fn with_default(&mut self, v: Var, default: Option<&'a Expression<'a>>, t: Target<'a>) -> LResult<Var> {
        let Some(init) = default else { return Ok(v) };
        let is_u = self.is_const(v, Const::Undefined, 0);
        let r = self.new_var();
        self.mov(r, v);
        let (then, join) = (self.new_block(), self.new_block());
        self.branch(is_u, then, join);
        self.switch_to(then);
        let d = self.lower_expr_named(init, t.name())?;
        self.mov(r, d);
        self.jump(join);
        self.switch_to(join);
        Ok(r)
    }

    fn object_pattern(&mut self, v: Var, props: Vec<(PropKeyRef<'a>, Target<'a>, Option<&'a Expression<'a>>)>, rest: Option<Target<'a>>, pos: u32) -> LResult<()> {
        // RequireObjectCoercible.
        let n = self.nullish(v);
        self.throw_if(n, true, ErrorKind::Type, "Cannot destructure 'undefined' or 'null': it has no properties.", pos);
        let excluded = match rest {
            Some(_) => {
                let a = self.new_var();
                self.emit(Inst::NewArray { dst: a, elems: Vec::new() }, pos);
                Some(a)
            }
            None => None,
        };
        for (key, t, default) in props {
            let k = match key {
                PropKeyRef::Key(k, computed) => self.property_key(k, computed)?.0,
                PropKeyRef::Name(id) => self.str_const(id.name.as_str()),
            };
            if let Some(a) = excluded {
                self.emit(Inst::ArrayPush { arr: a, value: k }, pos);
            }
            let ready = self.ready(t)?;
            let x = self.new_var();
            self.emit(Inst::GetElem { dst: x, obj: v, key: k }, t.span().start);
            let x = self.with_default(x, default, t)?;
            self.store(ready, x)?;
        }
        if let (Some(t), Some(excluded)) = (rest, excluded) {
            let ready = self.ready(t)?;
            let o = self.new_var();
            self.emit(Inst::NewObject { dst: o }, t.span().start);
            self.emit(Inst::CopyDataProperties { target: o, source: v, excluded }, t.span().start);
            self.store(ready, o)?;
        }
        Ok(())
    }

    fn array_pattern(&mut self, v: Var, elems: Vec<Option<(Target<'a>, Option<&'a Expression<'a>>)>>, rest: Option<Target<'a>>, pos: u32) -> LResult<()> {
        let iter = self.new_var();
        self.emit(Inst::GetIterator { dst: iter, obj: v }, pos);
        let next = self.new_var();
        let next_key = self.program.string("next");
        self.emit(Inst::GetNamed { dst: next, obj: iter, key: next_key, field: None }, pos);
        let done = self.new_var();
        let f = self.constant(Const::False);
        self.mov(done, f);
        // Anything thrown inside the pattern closes the iterator unless it is done
        // (a throwing `next()` marks it done first).
        let outer = self.fs().handler;
        let landing = self.new_block_with_handler(outer);
        // A `return()` of the generator at a `yield` inside the pattern closes it too.
        let (kind, value, exit_close) = (self.new_var(), self.new_var(), self.new_block());
        self.fs().finally_stack.push(FinallyCtx { kind, value, entry: exit_close, exits: Vec::new() });
        self.set_handler(Some(landing));
        for el in elems {
            let ready = match el {
                Some((t, _)) => Some(self.ready(t)?),
                None => None,
            };
            let x = self.array_pattern_step(iter, next, done);
            if let (Some(ready), Some((t, default))) = (ready, el) {
                let x = self.with_default(x, default, t)?;
                self.store(ready, x)?;
            }
        }
        if let Some(t) = rest {
            let ready = self.ready(t)?;
            let a = self.new_var();
            self.emit(Inst::NewArray { dst: a, elems: Vec::new() }, pos);
            let (collect, join) = (self.new_block(), self.new_block());
            self.branch(done, join, collect);
            self.switch_to(collect);
            let t_ = self.constant(Const::True);
            self.mov(done, t_);
            self.emit(Inst::IteratorRest { dst: a, iter, next }, pos);
            self.jump(join);
            self.switch_to(join);
            self.store(ready, a)?;
        }
        self.set_handler(outer);
        let ctx = self.fs().finally_stack.pop().unwrap();
        if !ctx.exits.is_empty() {
            let resume = self.fs().cur;
            self.switch_to(exit_close);
            let (close_r, dispatch) = (self.new_block(), self.new_block());
            self.branch(done, dispatch, close_r);
            self.switch_to(close_r);
            self.emit(Inst::IteratorClose { iter, throwing: false }, pos);
            self.jump(dispatch);
            self.switch_to(dispatch);
            self.dispatch_exits(&ctx.exits, kind, value, pos);
            self.terminate(Terminator::Unreachable);
            self.switch_to(resume);
        }
        let (close, after) = (self.new_block(), self.new_block());
        self.branch(done, after, close);
        self.switch_to(close);
        self.emit(Inst::IteratorClose { iter, throwing: false }, pos);
        self.jump(after);
        // The landing: close unless done, then throw again.
        self.switch_to(landing);
        let exc = self.new_var();
        self.emit(Inst::TakeException { dst: exc }, pos);
        let (close_t, rethrow) = (self.new_block(), self.new_block());
        self.branch(done, rethrow, close_t);
        self.switch_to(close_t);
        self.emit(Inst::IteratorClose { iter, throwing: true }, pos);
        self.jump(rethrow);
        self.switch_to(rethrow);
        self.emit(Inst::Rethrow { value: exc }, pos);
        self.terminate(Terminator::Unreachable);
        self.switch_to(after);
        Ok(())
    }

    /// One step of an array pattern: the next value, or undefined once done.
    fn array_pattern_step(&mut self, iter: Var, next: Var, done: Var) -> Var {
        let r = self.constant(Const::Undefined);
        let (step, got, join) = (self.new_block(), self.new_block(), self.new_block());
        self.branch(done, join, step);
        self.switch_to(step);
        let t = self.constant(Const::True);
        self.mov(done, t);
        let x = self.new_var();
        self.emit(Inst::IteratorStep { dst: x, iter, next }, 0);
        let end = self.is_const(x, Const::Hole, 0);
        self.branch(end, join, got);
        self.switch_to(got);
        let f = self.constant(Const::False);
        self.mov(done, f);
        self.mov(r, x);
        self.jump(join);
        self.switch_to(join);
        r
    }
}

/// The key of an object pattern property.
pub(super) enum PropKeyRef<'a> {
    Key(&'a PropertyKey<'a>, bool),
    /// Shorthand `{ x }` in an assignment pattern.
    Name(&'a IdentifierReference<'a>),
}
