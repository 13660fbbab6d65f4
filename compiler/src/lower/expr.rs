//! Lowering of expressions: operators, identifiers, member access, calls, literals,
//! assignments (simple, compound, logical), update expressions and function values.

use oxc_ast::ast::*;
use oxc_span::GetSpan;
use oxc_syntax::operator::{AssignmentOperator, BinaryOperator, LogicalOperator, UnaryOperator, UpdateOperator};

use super::pattern::Target;
use super::{LResult, Lowerer, unsupported};
use crate::ir::{BinOp, Const, Inst, UnOp, Var};

/// Evaluated call arguments.
enum Args {
    List(Vec<Var>),
    /// With a spread: an internal array of all of them.
    Spread(Var),
}

/// Where an assignment writes.
pub(super) enum Place {
    Binding(oxc_syntax::symbol::SymbolId),
    Global(u32),
    /// `obj.key`, and the slot TypeScript's types foresee (see `class_fields`).
    Named(Var, u32, Option<crate::ir::FieldSlot>),
    Elem(Var, Var),
    /// `super[key]`: the base (the home object's prototype when the reference was
    /// made), the key and `this`.
    Super(Var, Var, Var),
    /// `obj.#x`: the object and the private name.
    Private(Var, Var),
    /// A class declaration's name inside the class: its slot (scope, index) and name;
    /// read-only.
    ClassInner(oxc_syntax::scope::ScopeId, u32, u32),
    /// A name inside `with`: the object that has it (undefined: the static place).
    With(Var, u32, Box<Place>),
    /// A CommonJS module's `exports` variable.
    Static(u32),
}

/// A string literal's UTF-16 code units. With `lone` set, oxc writes an unpaired
/// surrogate as U+FFFD followed by the unit in four hex digits (and U+FFFD itself as
/// U+FFFD "fffd"); otherwise the text is the string.
pub(super) fn literal_units(text: &str, lone: bool) -> Vec<u16> {
    if !lone {
        return text.encode_utf16().collect();
    }
    let mut out = Vec::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{FFFD}' {
            let hex: String = chars.by_ref().take(4).collect();
            out.push(u16::from_str_radix(&hex, 16).unwrap_or(0xFFFD));
        } else {
            let mut b = [0u16; 2];
            out.extend_from_slice(c.encode_utf16(&mut b));
        }
    }
    out
}

fn bin_op(op: BinaryOperator) -> Option<BinOp> {
    use BinaryOperator as B;
    Some(match op {
        B::Equality => BinOp::LooseEq,
        B::Inequality => BinOp::LooseNe,
        B::StrictEquality => BinOp::StrictEq,
        B::StrictInequality => BinOp::StrictNe,
        B::LessThan => BinOp::Lt,
        B::LessEqualThan => BinOp::Le,
        B::GreaterThan => BinOp::Gt,
        B::GreaterEqualThan => BinOp::Ge,
        B::Addition => BinOp::Add,
        B::Subtraction => BinOp::Sub,
        B::Multiplication => BinOp::Mul,
        B::Division => BinOp::Div,
        B::Remainder => BinOp::Rem,
        B::Exponential => BinOp::Exp,
        B::ShiftLeft => BinOp::Shl,
        B::ShiftRight => BinOp::Sar,
        B::ShiftRightZeroFill => BinOp::Shr,
        B::BitwiseOR => BinOp::BitOr,
        B::BitwiseXOR => BinOp::BitXor,
        B::BitwiseAnd => BinOp::BitAnd,
        B::In => BinOp::In,
        B::Instanceof => BinOp::InstanceOf,
    })
}

impl<'s, 'a> Lowerer<'s, 'a> {
    pub(super) fn lower_expr(&mut self, e: &'a Expression<'a>) -> LResult<Var> {
        self.lower_expr_named(e, None)
    }

    /// Lowers `e`; an anonymous function gets `name` (NamedEvaluation).
    pub(super) fn lower_expr_named(&mut self, e: &'a Expression<'a>, name: Option<&str>) -> LResult<Var> {
        Ok(match e {
            Expression::NumericLiteral(n) => self.constant(Const::Number(n.value)),
            Expression::StringLiteral(s) => self.literal_const(s.value.as_str(), s.lone_surrogates),
            Expression::BooleanLiteral(b) => self.constant(if b.value { Const::True } else { Const::False }),
            Expression::NullLiteral(_) => self.constant(Const::Null),
            Expression::TemplateLiteral(t) => self.lower_template(t)?,
            Expression::Identifier(id) => self.lower_identifier(id)?,
            Expression::ThisExpression(t) => self.lower_this(t.span.start),
            Expression::ParenthesizedExpression(p) => self.lower_expr_named(&p.expression, name)?,
            Expression::TSAsExpression(x) => self.lower_expr_named(&x.expression, name)?,
            Expression::TSSatisfiesExpression(x) => self.lower_expr_named(&x.expression, name)?,
            Expression::TSTypeAssertion(x) => self.lower_expr_named(&x.expression, name)?,
            Expression::TSNonNullExpression(x) => self.lower_expr_named(&x.expression, name)?,
            Expression::TSInstantiationExpression(x) => self.lower_expr_named(&x.expression, name)?,
            Expression::SequenceExpression(s) => {
                let mut last = None;
                for x in &s.expressions {
                    last = Some(self.lower_expr(x)?);
                }
                last.unwrap()
            }
            Expression::PrivateInExpression(p) => {
                let name = self.private_name(&p.left)?;
                let o = self.lower_expr(&p.right)?;
                let d = self.new_var();
                self.emit(Inst::PrivateIn { dst: d, name, obj: o }, p.span.start);
                d
            }
            Expression::BinaryExpression(b) => {
                let l = self.lower_expr(&b.left)?;
                let r = self.lower_expr(&b.right)?;
                let d = self.new_var();
                self.emit(Inst::Binary { dst: d, op: bin_op(b.operator).unwrap(), a: l, b: r }, b.span.start);
                d
            }
            Expression::LogicalExpression(l) => {
                let left = self.lower_expr(&l.left)?;
                let r = self.new_var();
                self.mov(r, left);
                let (rhs, join) = (self.new_block(), self.new_block());
                match l.operator {
                    LogicalOperator::And => self.branch(left, rhs, join),
                    LogicalOperator::Or => self.branch(left, join, rhs),
                    LogicalOperator::Coalesce => {
                        let n = self.nullish(left);
                        self.branch(n, rhs, join);
                    }
                }
                self.switch_to(rhs);
                let right = self.lower_expr(&l.right)?;
                self.mov(r, right);
                self.jump(join);
                self.switch_to(join);
                r
            }
            Expression::ConditionalExpression(c) => {
                let t = self.lower_expr(&c.test)?;
                let r = self.new_var();
                let (yes, no, join) = (self.new_block(), self.new_block(), self.new_block());
                self.branch(t, yes, no);
                self.switch_to(yes);
                let a = self.lower_expr(&c.consequent)?;
                self.mov(r, a);
                self.jump(join);
                self.switch_to(no);
                let b = self.lower_expr(&c.alternate)?;
                self.mov(r, b);
                self.jump(join);
                self.switch_to(join);
                r
            }
            Expression::UnaryExpression(u) => self.lower_unary(u)?,
            Expression::UpdateExpression(u) => self.lower_update(u)?,
            Expression::AssignmentExpression(a) => self.lower_assignment(a)?,
            Expression::ArrayExpression(a) => self.lower_array(a)?,
            Expression::ObjectExpression(o) => self.lower_object(o)?,
            Expression::FunctionExpression(f) => self.lower_function_expr(f, name)?,
            Expression::ArrowFunctionExpression(a) => self.lower_arrow(a, name)?,
            Expression::CallExpression(c) => self.lower_call(c)?,
            Expression::NewExpression(n) => self.lower_new(n)?,
            Expression::StaticMemberExpression(m) => self.lower_static_member(m)?.0,
            Expression::ComputedMemberExpression(m) => self.lower_computed_member(m)?.0,
            Expression::ChainExpression(c) => self.lower_chain(c)?,
            Expression::ClassExpression(c) => self.lower_class(c, name)?,
            Expression::RegExpLiteral(r) => self.lower_regexp(r)?,
            Expression::BigIntLiteral(b) => return unsupported("BigInt", b.span),
            Expression::TaggedTemplateExpression(t) => self.lower_tagged_template(t)?,
            Expression::AwaitExpression(a) => return unsupported("await", a.span),
            Expression::YieldExpression(y) => self.lower_yield(y)?,
            Expression::Super(s) => return unsupported("super", s.span),
            Expression::ImportExpression(i) => return unsupported("dynamic import", i.span),
            Expression::ImportMeta(i) => return unsupported("import.meta", i.span),
            Expression::NewTarget(n) => {
                let t = self.fs().func.new_target_var;
                let d = self.new_var();
                self.emit(Inst::Move { dst: d, src: t }, n.span.start);
                d
            }
            Expression::PrivateFieldExpression(p) => self.lower_private_field(p)?.0,
            Expression::JSXElement(j) => return unsupported("JSX", j.span),
            Expression::JSXFragment(j) => return unsupported("JSX", j.span),
            other => return unsupported("this expression", other.span()),
        })
    }

    /// `o.name` (or `super.name`): the value and the receiver a call through it passes
    /// as `this`.
    fn lower_static_member(&mut self, m: &'a StaticMemberExpression<'a>) -> LResult<(Var, Var)> {
        if matches!(m.object, Expression::Super(_)) {
            return self.super_get(Some(m.property.name.as_str()), None, m.span.start);
        }
        let o = self.lower_expr(&m.object)?;
        if m.optional {
            self.optional_check(o);
        }
        let key = self.program.string(m.property.name.as_str());
        let field = self.field_slot(m.property.span.start, key);
        let d = self.new_var();
        self.emit(Inst::GetNamed { dst: d, obj: o, key, field }, m.property.span.start);
        Ok((d, o))
    }

    fn lower_computed_member(&mut self, m: &'a ComputedMemberExpression<'a>) -> LResult<(Var, Var)> {
        if matches!(m.object, Expression::Super(_)) {
            return self.super_get(None, Some(&m.expression), m.span.start);
        }
        let o = self.lower_expr(&m.object)?;
        if m.optional {
            self.optional_check(o);
        }
        let k = self.lower_expr(&m.expression)?;
        let d = self.new_var();
        self.emit(Inst::GetElem { dst: d, obj: o, key: k }, m.expression.span().start);
        Ok((d, o))
    }

    fn lower_private_field(&mut self, p: &'a PrivateFieldExpression<'a>) -> LResult<(Var, Var)> {
        let o = self.lower_expr(&p.object)?;
        if p.optional {
            self.optional_check(o);
        }
        let name = self.private_name(&p.field)?;
        let d = self.new_var();
        self.emit(Inst::PrivateGet { dst: d, obj: o, name }, p.field.span.start);
        Ok((d, o))
    }

    pub(super) fn nullish(&mut self, v: Var) -> Var {
        let n = self.constant(Const::Null);
        let d = self.new_var();
        // `v == null` is true exactly for null and undefined.
        self.emit(Inst::Binary { dst: d, op: BinOp::LooseEq, a: v, b: n }, 0);
        d
    }

    fn lower_identifier(&mut self, id: &'a IdentifierReference<'a>) -> LResult<Var> {
        let withs = self.with_scopes_of(id);
        if !withs.is_empty() {
            let base = self.resolve_with(&withs, id.name.as_str(), id.span.start);
            return self.with_read(base, id.name.as_str(), id.span.start, |s| s.lower_identifier_static(id));
        }
        self.lower_identifier_static(id)
    }

    /// An identifier resolved statically (no `with` in between).
    fn lower_identifier_static(&mut self, id: &'a IdentifierReference<'a>) -> LResult<Var> {
        let pos = id.span.start;
        let r = self.scoping.get_reference(id.reference_id());
        if let Some(sym) = r.symbol_id() {
            if let Some((scope, slot)) = self.class_inner_of(id, sym) {
                let (e, d) = (self.env_of(scope), self.new_var());
                self.emit(Inst::LoadEnv { dst: d, env: e, slot }, pos);
                let name = self.program.string(id.name.as_str());
                self.emit(Inst::CheckTdz { var: d, name }, pos);
                return Ok(d);
            }
            return Ok(self.read_checked(sym, pos));
        }
        match id.name.as_str() {
            "undefined" => return Ok(self.constant(Const::Undefined)),
            "NaN" => return Ok(self.constant(Const::Number(f64::NAN))),
            "Infinity" => return Ok(self.constant(Const::Number(f64::INFINITY))),
            "babelHelpers" if let Some(index) = self.helpers_static => {
                let d = self.new_var();
                self.emit(Inst::LoadStatic { dst: d, index }, pos);
                return Ok(d);
            }
            "arguments" => {
                let scope = self.semantic.nodes().get_node(r.node_id()).scope_id();
                if let Some(owner) = self.arguments_owner(scope) {
                    return Ok(self.read_arguments(owner, pos));
                }
            }
            _ => {}
        }
        if let Some(v) = self.read_module_variable(id.name.as_str(), pos) {
            return Ok(v);
        }
        if id.name == "require" && self.module.is_some() {
            return unsupported("`require` other than called with a constant string (modules are linked at build time)", id.span);
        }
        let name = self.program.string(id.name.as_str());
        let d = self.new_var();
        self.emit(Inst::GetGlobal { dst: d, name }, pos);
        Ok(d)
    }

    fn lower_template(&mut self, t: &'a TemplateLiteral<'a>) -> LResult<Var> {
        let cooked = |s: &mut Self, i: usize| {
            let q = &t.quasis[i];
            s.literal_const(q.value.cooked.as_ref().map(|c| c.as_str()).unwrap_or_default(), q.lone_surrogates)
        };
        let mut acc = cooked(self, 0);
        for (i, e) in t.expressions.iter().enumerate() {
            let v = self.lower_expr(e)?;
            let s = self.new_var();
            self.emit(Inst::Unary { dst: s, op: UnOp::ToString, a: v }, e.span().start);
            let a2 = self.new_var();
            self.emit(Inst::Concat { dst: a2, a: acc, b: s }, 0);
            acc = a2;
            if t.quasis[i + 1].value.cooked.as_ref().is_some_and(|c| !c.is_empty()) {
                let qv = cooked(self, i + 1);
                let a3 = self.new_var();
                self.emit(Inst::Concat { dst: a3, a: acc, b: qv }, 0);
                acc = a3;
            }
        }
        Ok(acc)
    }

    fn lower_unary(&mut self, u: &'a UnaryExpression<'a>) -> LResult<Var> {
        let pos = u.span.start;
        match u.operator {
            UnaryOperator::Typeof => {
                if let Expression::Identifier(id) = u.argument.without_parentheses()
                    && self.scoping.get_reference(id.reference_id()).symbol_id().is_none()
                    && id.name != "undefined"
                    && id.name != "arguments"
                    && !self.with_scopes_of(id).is_empty()
                {
                    // typeof of an unresolvable name is "undefined", also inside `with`.
                    let withs = self.with_scopes_of(id);
                    let base = self.resolve_with(&withs, id.name.as_str(), pos);
                    let name = self.program.string(id.name.as_str());
                    let d = self.new_var();
                    let t = self.with_read(base, id.name.as_str(), pos, |s| {
                        let g = s.new_var();
                        s.emit(Inst::TypeofGlobal { dst: g, name }, pos);
                        Ok(g)
                    })?;
                    // The dynamic branch read a value: its typeof; the static one a string.
                    self.mov(d, t);
                    let (stat, join) = self.split_on_with_base(base, pos);
                    self.emit(Inst::Unary { dst: d, op: UnOp::Typeof, a: t }, pos);
                    self.jump(join);
                    self.switch_to(stat);
                    self.jump(join);
                    self.switch_to(join);
                    return Ok(d);
                }
                if let Expression::Identifier(id) = u.argument.without_parentheses()
                    && self.scoping.get_reference(id.reference_id()).symbol_id().is_none() && id.name != "undefined" && id.name != "arguments" {
                    if let Some(v) = self.read_module_variable(id.name.as_str(), pos) {
                        let d = self.new_var();
                        self.emit(Inst::Unary { dst: d, op: UnOp::Typeof, a: v }, pos);
                        return Ok(d);
                    }
                    let name = self.program.string(id.name.as_str());
                    let d = self.new_var();
                    self.emit(Inst::TypeofGlobal { dst: d, name }, pos);
                    return Ok(d);
                }
            }
            UnaryOperator::Delete => {
                let d = self.new_var();
                match u.argument.without_parentheses() {
                    // `delete super.x`: the reference is evaluated (`this` must be bound,
                    // a computed key is evaluated), then it is a ReferenceError.
                    Expression::StaticMemberExpression(m) if matches!(m.object, Expression::Super(_)) => {
                        self.lower_this(pos);
                        self.super_base(pos);
                        self.throw_if_reached(crate::ir::ErrorKind::Reference, "Unsupported reference to 'super'", pos);
                    }
                    Expression::ComputedMemberExpression(m) if matches!(m.object, Expression::Super(_)) => {
                        self.lower_this(pos);
                        self.lower_expr(&m.expression)?;
                        self.super_base(pos);
                        self.throw_if_reached(crate::ir::ErrorKind::Reference, "Unsupported reference to 'super'", pos);
                    }
                    Expression::StaticMemberExpression(m) => {
                        let o = self.lower_expr(&m.object)?;
                        let k = self.str_const(m.property.name.as_str());
                        let strict = self.fs().strict;
                        self.emit(Inst::Delete { dst: d, obj: o, key: k, strict }, pos);
                    }
                    Expression::ComputedMemberExpression(m) => {
                        let o = self.lower_expr(&m.object)?;
                        let k = self.lower_expr(&m.expression)?;
                        let strict = self.fs().strict;
                        self.emit(Inst::Delete { dst: d, obj: o, key: k, strict }, pos);
                    }
                    Expression::Identifier(id) => {
                        // A declared binding cannot be deleted; an unresolvable name is a
                        // property of the global object; inside `with`, maybe of its object.
                        let resolved = self.scoping.get_reference(id.reference_id()).symbol_id().is_some();
                        let withs = self.with_scopes_of(id);
                        let base = if withs.is_empty() { self.constant(Const::Undefined) } else { self.resolve_with(&withs, id.name.as_str(), pos) };
                        let k = self.str_const(id.name.as_str());
                        let (stat, join) = self.split_on_with_base(base, pos);
                        self.emit(Inst::Delete { dst: d, obj: base, key: k, strict: false }, pos);
                        self.jump(join);
                        self.switch_to(stat);
                        if resolved {
                            let f = self.constant(Const::False);
                            self.mov(d, f);
                        } else {
                            let (global, u) = (self.new_var(), self.constant(Const::Undefined));
                            self.emit(Inst::SloppyThis { dst: global, this: u }, pos);
                            self.emit(Inst::Delete { dst: d, obj: global, key: k, strict: false }, pos);
                        }
                        self.jump(join);
                        self.switch_to(join);
                    }
                    other => {
                        self.lower_expr(other)?;
                        let t = self.constant(Const::True);
                        self.mov(d, t);
                    }
                }
                return Ok(d);
            }
            _ => {}
        }
        let a = self.lower_expr(&u.argument)?;
        let d = self.new_var();
        if u.operator == UnaryOperator::Void {
            let un = self.constant(Const::Undefined);
            self.mov(d, un);
            return Ok(d);
        }
        let op = match u.operator {
            UnaryOperator::UnaryNegation => UnOp::Neg,
            UnaryOperator::UnaryPlus => UnOp::Plus,
            UnaryOperator::LogicalNot => UnOp::Not,
            UnaryOperator::BitwiseNot => UnOp::BitNot,
            _ => UnOp::Typeof,
        };
        self.emit(Inst::Unary { dst: d, op, a }, pos);
        Ok(d)
    }

    /// Resolves an assignment target to a place, evaluating object and key first.
    pub(super) fn place_of_simple(&mut self, t: &'a SimpleAssignmentTarget<'a>) -> LResult<Place> {
        Ok(match t {
            SimpleAssignmentTarget::AssignmentTargetIdentifier(id) => self.place_of_ident(id),
            SimpleAssignmentTarget::StaticMemberExpression(m) if matches!(m.object, Expression::Super(_)) => {
                let this = self.lower_this(m.span.start);
                let k = self.str_const(m.property.name.as_str());
                let base = self.super_base(m.span.start);
                Place::Super(base, k, this)
            }
            SimpleAssignmentTarget::ComputedMemberExpression(m) if matches!(m.object, Expression::Super(_)) => {
                let this = self.lower_this(m.span.start);
                let k = self.lower_expr(&m.expression)?;
                let kk = self.new_var();
                self.mov(kk, k);
                let base = self.super_base(m.span.start);
                Place::Super(base, kk, this)
            }
            SimpleAssignmentTarget::StaticMemberExpression(m) => {
                let o = self.lower_expr(&m.object)?;
                let key = self.program.string(m.property.name.as_str());
                Place::Named(o, key, self.field_slot(m.property.span.start, key))
            }
            SimpleAssignmentTarget::ComputedMemberExpression(m) => {
                // The key is converted when the reference is used (after the right-hand
                // side of `=`), once: a read converts it in place for the write.
                let o = self.lower_expr(&m.object)?;
                let k = self.lower_expr(&m.expression)?;
                let kk = self.new_var();
                self.mov(kk, k);
                Place::Elem(o, kk)
            }
            SimpleAssignmentTarget::TSAsExpression(x) => return self.place_of_expr(&x.expression),
            SimpleAssignmentTarget::TSNonNullExpression(x) => return self.place_of_expr(&x.expression),
            SimpleAssignmentTarget::TSSatisfiesExpression(x) => return self.place_of_expr(&x.expression),
            SimpleAssignmentTarget::TSTypeAssertion(x) => return self.place_of_expr(&x.expression),
            SimpleAssignmentTarget::PrivateFieldExpression(p) => {
                let o = self.lower_expr(&p.object)?;
                Place::Private(o, self.private_name(&p.field)?)
            }
        })
    }

    pub(super) fn place_of_ident(&mut self, id: &'a IdentifierReference<'a>) -> Place {
        let place = match self.scoping.get_reference(id.reference_id()).symbol_id() {
            Some(sym) if let Some((scope, slot)) = self.class_inner_of(id, sym) => Place::ClassInner(scope, slot, self.program.string(id.name.as_str())),
            Some(sym) => Place::Binding(sym),
            None => match self.module_variable_cell(id.name.as_str()) {
                Some(index) => Place::Static(index),
                None => Place::Global(self.program.string(id.name.as_str())),
            },
        };
        let withs = self.with_scopes_of(id);
        if withs.is_empty() {
            return place;
        }
        let base = self.resolve_with(&withs, id.name.as_str(), id.span.start);
        Place::With(base, self.program.string(id.name.as_str()), Box::new(place))
    }

    fn place_of_expr(&mut self, e: &'a Expression<'a>) -> LResult<Place> {
        match e.without_parentheses() {
            Expression::Identifier(id) => Ok(self.place_of_ident(id)),
            Expression::StaticMemberExpression(m) => {
                let o = self.lower_expr(&m.object)?;
                let key = self.program.string(m.property.name.as_str());
                Ok(Place::Named(o, key, self.field_slot(m.property.span.start, key)))
            }
            Expression::ComputedMemberExpression(m) => {
                let o = self.lower_expr(&m.object)?;
                let k = self.lower_expr(&m.expression)?;
                Ok(Place::Elem(o, k))
            }
            other => unsupported("this assignment target", other.span()),
        }
    }

    fn read_place(&mut self, p: &Place, pos: u32) -> Var {
        if let Place::With(base, name, inner) = p {
            let name = self.program.string_text(*name);
            return self.with_read(*base, &name, pos, |s| Ok(s.read_place(inner, pos))).expect("reading a place does not fail");
        }
        let d = self.new_var();
        match *p {
            Place::Binding(sym) => return self.read_checked(sym, pos),
            Place::Global(name) => self.emit(Inst::GetGlobal { dst: d, name }, pos),
            Place::Static(index) => self.emit(Inst::LoadStatic { dst: d, index }, pos),
            Place::ClassInner(scope, slot, name) => {
                let e = self.env_of(scope);
                self.emit(Inst::LoadEnv { dst: d, env: e, slot }, pos);
                self.emit(Inst::CheckTdz { var: d, name }, pos);
            }
            Place::Named(o, key, field) => self.emit(Inst::GetNamed { dst: d, obj: o, key, field }, pos),
            Place::Elem(o, k) => {
                // GetValue: ToObject(base) before ToPropertyKey(key).
                let n = self.nullish(o);
                let (bad, ok) = (self.new_block(), self.new_block());
                self.branch(n, bad, ok);
                self.switch_to(bad);
                self.emit(Inst::GetElem { dst: d, obj: o, key: k }, pos);
                self.terminate(crate::ir::Terminator::Unreachable);
                self.switch_to(ok);
                self.emit(Inst::Unary { dst: k, op: UnOp::ToPropertyKey, a: k }, pos);
                self.emit(Inst::GetElem { dst: d, obj: o, key: k }, pos);
            }
            Place::Super(base, k, this) => {
                self.emit(Inst::Unary { dst: k, op: UnOp::ToPropertyKey, a: k }, pos);
                self.emit(Inst::GetSuper { dst: d, base, key: k, this }, pos);
            }
            Place::Private(o, name) => self.emit(Inst::PrivateGet { dst: d, obj: o, name }, pos),
            Place::With(..) => unreachable!("handled above"),
        }
        d
    }

    pub(super) fn write_place(&mut self, p: &Place, v: Var, pos: u32) {
        if let Place::With(base, name, inner) = p {
            let name = self.program.string_text(*name);
            self.with_write(*base, &name, v, pos, |s| s.write_place(inner, v, pos));
            return;
        }
        let strict = self.fs().strict;
        match *p {
            Place::Binding(sym) => self.assign_binding(sym, v, pos),
            Place::Global(name) => self.emit(Inst::SetGlobal { name, value: v, strict }, pos),
            Place::Static(index) => self.emit(Inst::StoreStatic { index, value: v }, pos),
            // Class code is strict: assigning the class's own name throws.
            Place::ClassInner(_, _, name) => self.emit(Inst::ThrowError { kind: crate::ir::ErrorKind::ConstAssign, msg: name }, pos),
            Place::Named(o, key, field) => self.emit(Inst::SetNamed { obj: o, key, value: v, strict, field }, pos),
            Place::Elem(o, k) => self.emit(Inst::SetElem { obj: o, key: k, value: v, strict }, pos),
            Place::Private(o, name) => self.emit(Inst::PrivateSet { obj: o, name, value: v }, pos),
            Place::Super(base, k, this) => self.emit(Inst::SetSuper { base, key: k, value: v, this, strict }, pos),
            Place::With(..) => unreachable!("handled above"),
        }
    }

    /// `yield v`: suspends; a `throw()` resumption throws here, a `return()` returns
    /// (through any `finally`).
    fn lower_yield(&mut self, y: &'a YieldExpression<'a>) -> LResult<Var> {
        if self.fs().func.gen_var.is_none() {
            return unsupported("yield outside a generator body", y.span);
        }
        if y.delegate {
            return self.lower_yield_star(y);
        }
        let pos = y.span.start;
        let v = match &y.argument {
            Some(a) => self.lower_expr(a)?,
            None => self.constant(Const::Undefined),
        };
        let (sent, mode) = self.suspend(v, false);
        let (throw_b, not_throw) = (self.new_block(), self.new_block());
        let one = self.constant(Const::Number(1.0));
        let is_throw = self.new_var();
        self.emit(Inst::Binary { dst: is_throw, op: BinOp::StrictEq, a: mode, b: one }, pos);
        self.branch(is_throw, throw_b, not_throw);
        self.switch_to(throw_b);
        self.emit(Inst::Throw { value: sent }, pos);
        self.terminate(crate::ir::Terminator::Unreachable);
        self.switch_to(not_throw);
        let (ret_b, next_b) = (self.new_block(), self.new_block());
        let two = self.constant(Const::Number(2.0));
        let is_ret = self.new_var();
        self.emit(Inst::Binary { dst: is_ret, op: BinOp::StrictEq, a: mode, b: two }, pos);
        self.branch(is_ret, ret_b, next_b);
        self.switch_to(ret_b);
        self.emit_return(sent, pos);
        self.switch_to(next_b);
        Ok(sent)
    }

    /// `yield* iterable`: passes resumptions to the inner iterator and its results out
    /// as they are, until it is done; its final value is the expression's value.
    fn lower_yield_star(&mut self, y: &'a YieldExpression<'a>) -> LResult<Var> {
        let pos = y.span.start;
        let Some(arg) = &y.argument else { return unsupported("yield* without an operand", y.span) };
        let v = self.lower_expr(arg)?;
        let iter = self.new_var();
        self.emit(Inst::GetIterator { dst: iter, obj: v }, pos);
        let (received, mode, result) = (self.new_var(), self.new_var(), self.new_var());
        let u = self.constant(Const::Undefined);
        self.mov(received, u);
        let zero = self.constant(Const::Number(0.0));
        self.mov(mode, zero);
        let (head, after) = (self.new_block(), self.new_block());
        self.jump(head);
        self.switch_to(head);
        let r = self.new_var();
        self.emit(Inst::YieldStarStep { dst: r, iter, mode, received }, pos);
        let no_return = self.is_const(r, Const::Hole, pos);
        let (ret_b, got) = (self.new_block(), self.new_block());
        self.branch(no_return, ret_b, got);
        self.switch_to(ret_b);
        self.emit_return(received, pos);
        self.switch_to(got);
        let done_key = self.program.string("done");
        let done = self.new_var();
        self.emit(Inst::GetNamed { dst: done, obj: r, key: done_key, field: None }, pos);
        let (done_b, suspend_b) = (self.new_block(), self.new_block());
        self.branch(done, done_b, suspend_b);
        self.switch_to(done_b);
        let value_key = self.program.string("value");
        self.emit(Inst::GetNamed { dst: result, obj: r, key: value_key, field: None }, pos);
        let two = self.constant(Const::Number(2.0));
        let is_ret = self.new_var();
        self.emit(Inst::Binary { dst: is_ret, op: BinOp::StrictEq, a: mode, b: two }, pos);
        let ret2 = self.new_block();
        self.branch(is_ret, ret2, after);
        self.switch_to(ret2);
        self.emit_return(result, pos);
        self.switch_to(suspend_b);
        let (sent, m) = self.suspend(r, true);
        self.mov(received, sent);
        self.mov(mode, m);
        self.jump(head);
        self.switch_to(after);
        Ok(result)
    }

    /// The private name `#x` in scope here (the nearest class declaring it).
    pub(super) fn private_name(&mut self, p: &PrivateIdentifier<'a>) -> LResult<Var> {
        if self.private_name_slot(p.name.as_str()).is_none() {
            return unsupported("this private name", p.span);
        }
        Ok(self.private_name_var(p.name.as_str(), p.span.start))
    }

    /// The private name `#name` of the class that encloses the code lowered here.
    pub(super) fn private_name_var(&mut self, name: &str, pos: u32) -> Var {
        let (scope, slot) = self.private_name_slot(name).expect("a private name of an enclosing class");
        let e = self.env_of(scope);
        let d = self.new_var();
        self.emit(Inst::LoadEnv { dst: d, env: e, slot }, pos);
        d
    }

    /// `this`; in a derived constructor it must have been bound by `super()`.
    pub(super) fn lower_this(&mut self, pos: u32) -> Var {
        let d = self.raw_this(pos);
        if self.fs().derived || self.this_slot_here().is_some() {
            let name = self.program.string("this");
            self.emit(Inst::CheckTdz { var: d, name }, pos);
        }
        d
    }

    /// `super.name` / `super[expr]` read: `this` first (bound in a derived constructor),
    /// then the key's value, then the base; the runtime converts the key last.
    fn super_get(&mut self, name: Option<&str>, computed: Option<&'a Expression<'a>>, pos: u32) -> LResult<(Var, Var)> {
        let this = self.lower_this(pos);
        let key = match computed {
            Some(e) => self.lower_expr(e)?,
            None => self.str_const(name.unwrap_or_default()),
        };
        let base = self.super_base(pos);
        let d = self.new_var();
        self.emit(Inst::GetSuper { dst: d, base, key, this }, pos);
        Ok((d, this))
    }

    /// GetSuperBase: the running method's home object's prototype.
    fn super_base(&mut self, pos: u32) -> Var {
        let home = self.home_object(pos);
        let d = self.new_var();
        self.emit(Inst::SuperBase { dst: d, home }, pos);
        d
    }


    fn lower_assignment(&mut self, a: &'a AssignmentExpression<'a>) -> LResult<Var> {
        let pos = a.span.start;
        let Some(simple) = a.left.as_simple_assignment_target() else {
            // A destructuring assignment evaluates to its right-hand side.
            let v = self.lower_expr(&a.right)?;
            self.destructure(Target::Assign(&a.left), v)?;
            return Ok(v);
        };
        let name = match simple {
            SimpleAssignmentTarget::AssignmentTargetIdentifier(id) => Some(id.name.as_str()),
            _ => None,
        };
        let place = self.place_of_simple(simple)?;
        use AssignmentOperator as A;
        let op = match a.operator {
            A::Assign => {
                let v = self.lower_expr_named(&a.right, name)?;
                self.write_place(&place, v, pos);
                return Ok(v);
            }
            A::LogicalAnd | A::LogicalOr | A::LogicalNullish => {
                let cur = self.read_place(&place, pos);
                let r = self.new_var();
                self.mov(r, cur);
                let (assign, join) = (self.new_block(), self.new_block());
                match a.operator {
                    A::LogicalAnd => self.branch(cur, assign, join),
                    A::LogicalOr => self.branch(cur, join, assign),
                    _ => {
                        let n = self.nullish(cur);
                        self.branch(n, assign, join);
                    }
                }
                self.switch_to(assign);
                let v = self.lower_expr_named(&a.right, name)?;
                self.write_place(&place, v, pos);
                self.mov(r, v);
                self.jump(join);
                self.switch_to(join);
                return Ok(r);
            }
            A::Addition => BinOp::Add,
            A::Subtraction => BinOp::Sub,
            A::Multiplication => BinOp::Mul,
            A::Division => BinOp::Div,
            A::Remainder => BinOp::Rem,
            A::Exponential => BinOp::Exp,
            A::ShiftLeft => BinOp::Shl,
            A::ShiftRight => BinOp::Sar,
            A::ShiftRightZeroFill => BinOp::Shr,
            A::BitwiseOR => BinOp::BitOr,
            A::BitwiseXOR => BinOp::BitXor,
            A::BitwiseAnd => BinOp::BitAnd,
        };
        let cur = self.read_place(&place, pos);
        let rhs = self.lower_expr(&a.right)?;
        let d = self.new_var();
        self.emit(Inst::Binary { dst: d, op, a: cur, b: rhs }, pos);
        self.write_place(&place, d, pos);
        Ok(d)
    }

    fn lower_update(&mut self, u: &'a UpdateExpression<'a>) -> LResult<Var> {
        let pos = u.span.start;
        let place = self.place_of_simple(&u.argument)?;
        let cur = self.read_place(&place, pos);
        let old = self.new_var();
        self.emit(Inst::Unary { dst: old, op: UnOp::ToNumeric, a: cur }, pos);
        let one = self.constant(Const::Number(1.0));
        let new = self.new_var();
        let op = if u.operator == UpdateOperator::Increment { BinOp::Add } else { BinOp::Sub };
        self.emit(Inst::Binary { dst: new, op, a: old, b: one }, pos);
        self.write_place(&place, new, pos);
        Ok(if u.prefix { new } else { old })
    }

    /// Evaluates call arguments in order; with a spread among them, into one array.
    fn lower_args(&mut self, args: &'a [Argument<'a>]) -> LResult<Args> {
        if !args.iter().any(|a| matches!(a, Argument::SpreadElement(_))) {
            let vals = args.iter().map(|a| self.lower_expr(a.to_expression())).collect::<LResult<_>>()?;
            return Ok(Args::List(vals));
        }
        let arr = self.new_var();
        self.emit(Inst::NewArray { dst: arr, elems: Vec::new() }, 0);
        for a in args {
            match a {
                Argument::SpreadElement(s) => {
                    let v = self.lower_expr(&s.argument)?;
                    self.emit(Inst::SpreadInto { arr, iterable: v }, s.span.start);
                }
                other => {
                    let v = self.lower_expr(other.to_expression())?;
                    self.emit(Inst::ArrayPush { arr, value: v }, 0);
                }
            }
        }
        Ok(Args::Spread(arr))
    }

    fn emit_call(&mut self, dst: Var, callee: Var, this: Var, args: Args, site: Option<u32>, pos: u32) {
        match args {
            Args::List(args) => self.emit(Inst::Call { dst, callee, this, args, site }, pos),
            Args::Spread(args) => self.emit(Inst::CallSpread { dst, callee, this, args, site }, pos),
        }
    }

    fn lower_new(&mut self, n: &'a NewExpression<'a>) -> LResult<Var> {
        let callee = self.lower_expr(&n.callee)?;
        let args = self.lower_args(&n.arguments)?;
        let site = self.site_text(n.callee.span());
        let dst = self.new_var();
        match args {
            Args::List(args) => self.emit(Inst::Construct { dst, callee, args, site }, n.span.start),
            Args::Spread(args) => self.emit(Inst::ConstructSpread { dst, callee, args, site }, n.span.start),
        }
        Ok(dst)
    }

    /// Where a call is in stack traces and error frames, as V8 has it: the property name of
    /// `a.b()`, the callee of `f()`, else the `(` that opens the arguments.
    fn call_position(&self, c: &CallExpression<'a>) -> u32 {
        match c.callee.without_parentheses() {
            Expression::StaticMemberExpression(m) => m.property.span.start,
            Expression::Identifier(_) => c.span.start,
            _ => {
                let end = c.callee.span().end as usize;
                self.source.get(end..).and_then(|rest| rest.find('(')).map_or(c.span.start, |i| (end + i) as u32)
            }
        }
    }

    fn lower_call(&mut self, c: &'a CallExpression<'a>) -> LResult<Var> {
        let pos = self.call_position(c);
        let site = self.site_text(c.callee.span());
        let d = self.new_var();
        if let Expression::Super(s) = c.callee.without_parentheses() {
            let in_arrow = self.fs().arrow_callee.is_some() && self.this_slot_here().is_some();
            if !self.fs().derived && !in_arrow {
                return unsupported("super() outside a derived class constructor (in an arrow function or eval)", s.span);
            }
            let args = match self.lower_args(&c.arguments)? {
                Args::Spread(a) => a,
                Args::List(elems) => {
                    let a = self.new_var();
                    self.emit(Inst::NewArray { dst: a, elems }, pos);
                    a
                }
            };
            let r = self.emit_super_call(args, pos);
            self.mov(d, r);
            return Ok(d);
        }
        if let Some(v) = self.lower_require(c) {
            return Ok(v);
        }
        if let Expression::Identifier(id) = c.callee.without_parentheses()
            && !c.optional
            && let Some((func, nparams, scope)) = self.direct_callee(id)
            && !c.arguments.iter().any(|a| matches!(a, Argument::SpreadElement(_)))
        {
            let Args::List(mut args) = self.lower_args(&c.arguments)? else { unreachable!("no spread") };
            args.truncate(nparams);
            while args.len() < nparams {
                args.push(self.constant(Const::Undefined));
            }
            let env = self.env_for_scope(scope);
            let this = self.constant(Const::Undefined);
            self.emit(Inst::CallDirect { dst: d, func, env, this, args }, pos);
            return Ok(d);
        }
        let known = if c.optional { None } else { self.known_callee(&c.callee, c.arguments.len()) };
        let (f, this) = self.callee_and_this(&c.callee)?;
        if c.optional {
            self.optional_check(f);
        }
        let args = self.lower_args(&c.arguments)?;
        match (known, args) {
            (Some(target), Args::List(args)) => self.emit(Inst::CallKnown { dst: d, callee: f, this, args, site, target }, pos),
            (_, args) => self.emit_call(d, f, this, args, site, pos),
        }
        Ok(d)
    }

    /// What a callee probably is, for a checked fast call: a script's top-level function
    /// called by name, a method of a class TypeScript types the object as an instance
    /// of, or `Math.x` for a built-in computed inline with `argc` arguments.
    fn known_callee(&mut self, callee: &'a Expression<'a>, argc: usize) -> Option<crate::ir::Known> {
        if let Expression::StaticMemberExpression(m) = callee.without_parentheses()
            && let Some(known) = self.typed_method(m.property.span.start, m.property.name.as_str())
        {
            return Some(known);
        }
        match callee.without_parentheses() {
            Expression::Identifier(id) if self.with_scopes_of(id).is_empty() => {
                let sym = self.scoping.get_reference(id.reference_id()).symbol_id()?;
                let &(func, params) = self.global_fns.get(&sym)?;
                Some(crate::ir::Known::Func { func, params })
            }
            Expression::StaticMemberExpression(m) => {
                let Expression::Identifier(obj) = &m.object else { return None };
                let unresolved = self.scoping.get_reference(obj.reference_id()).symbol_id().is_none();
                if obj.name != "Math" || !unresolved || !self.with_scopes_of(obj).is_empty() {
                    return None;
                }
                let i = dxrt_abi::builtin::MATH.iter().position(|&(n, arity)| n == m.property.name && arity == argc)?;
                Some(crate::ir::Known::Math(i as u8))
            }
            _ => None,
        }
    }

    /// A function declaration called by name that can take the direct path.
    fn direct_callee(&self, id: &IdentifierReference<'a>) -> Option<(crate::ir::FuncId, usize, oxc_syntax::scope::ScopeId)> {
        let sym = self.scoping.get_reference(id.reference_id()).symbol_id()?;
        if !self.with_scopes_of(id).is_empty() {
            return None;
        }
        self.direct.get(&sym).copied().filter(|&(_, _, scope)| self.env_reachable(scope))
    }

    /// Evaluates a callee: the function and the `this` a call passes (the object of a
    /// member access, else undefined).
    fn callee_and_this(&mut self, callee: &'a Expression<'a>) -> LResult<(Var, Var)> {
        Ok(match callee.without_parentheses() {
            Expression::StaticMemberExpression(m) => self.lower_static_member(m)?,
            Expression::ComputedMemberExpression(m) => self.lower_computed_member(m)?,
            Expression::PrivateFieldExpression(p) => self.lower_private_field(p)?,
            Expression::Identifier(id) if !self.with_scopes_of(id).is_empty() => {
                // Found on a `with` object, the call's `this` is that object.
                let withs = self.with_scopes_of(id);
                let base = self.resolve_with(&withs, id.name.as_str(), id.span.start);
                let f = self.with_read(base, id.name.as_str(), id.span.start, |s| s.lower_identifier_static(id))?;
                (f, base)
            }
            other => {
                let f = self.lower_expr(other)?;
                (f, self.constant(Const::Undefined))
            }
        })
    }

    /// `?.`: when `v` is null or undefined the whole optional chain is undefined.
    fn optional_check(&mut self, v: Var) {
        let exit = self.fs().chain_exit.expect("`?.` is inside an optional chain");
        let n = self.nullish(v);
        let cont = self.new_block();
        self.branch(n, exit, cont);
        self.switch_to(cont);
    }

    /// An optional chain (`a?.b.c()`): any `?.` on null or undefined makes it undefined.
    fn lower_chain(&mut self, c: &'a ChainExpression<'a>) -> LResult<Var> {
        let (short, join) = (self.new_block(), self.new_block());
        let saved = self.fs().chain_exit.replace(short);
        let r = self.new_var();
        let v = match &c.expression {
            ChainElement::CallExpression(call) => self.lower_call(call)?,
            ChainElement::TSNonNullExpression(e) => self.lower_expr(&e.expression)?,
            ChainElement::StaticMemberExpression(m) => self.lower_static_member(m)?.0,
            ChainElement::ComputedMemberExpression(m) => self.lower_computed_member(m)?.0,
            ChainElement::PrivateFieldExpression(p) => self.lower_private_field(p)?.0,
        };
        self.fs().chain_exit = saved;
        self.mov(r, v);
        self.jump(join);
        self.switch_to(short);
        let u = self.constant(Const::Undefined);
        self.mov(r, u);
        self.jump(join);
        self.switch_to(join);
        Ok(r)
    }

    /// A regular expression literal: a new RegExp object at every evaluation, sharing the
    /// pattern compiled on the first. The syntax was checked by the parser; a pattern the
    /// matcher (regress) cannot compile is a diagnostic here, not a runtime SyntaxError.
    fn lower_regexp(&mut self, r: &'a RegExpLiteral<'a>) -> LResult<Var> {
        let pattern = r.regex.pattern.text.as_str();
        let raw = &self.source[r.span.start as usize..r.span.end as usize];
        let flags = &raw[raw.rfind('/').map_or(raw.len(), |i| i + 1)..];
        if let Err(e) = regress::Regex::with_flags(pattern, flags) {
            return unsupported(format!("this regular expression ({e})"), r.span);
        }
        let (p, f) = (self.str_const(pattern), self.str_const(flags));
        let cache = self.program.statics;
        self.program.statics += 1;
        let dst = self.new_var();
        self.emit(Inst::RegExpLiteral { dst, pattern: p, flags: f, cache }, r.span.start);
        Ok(dst)
    }

    /// A tagged template: `tag(strings, ...values)`, where `strings` is the site's one
    /// frozen array of cooked strings with the frozen `raw` strings on it, created on
    /// the first evaluation and kept in a static cell.
    fn lower_tagged_template(&mut self, t: &'a TaggedTemplateExpression<'a>) -> LResult<Var> {
        let pos = t.span.start;
        let (f, this) = self.callee_and_this(&t.tag)?;
        let index = self.program.statics;
        self.program.statics += 1;
        let strings = self.new_var();
        self.emit(Inst::LoadStatic { dst: strings, index }, pos);
        let u = self.constant(Const::Undefined);
        let missing = self.new_var();
        self.emit(Inst::Binary { dst: missing, op: BinOp::StrictEq, a: strings, b: u }, pos);
        let (create, ready) = (self.new_block(), self.new_block());
        self.branch(missing, create, ready);
        self.switch_to(create);
        let mut cooked = Vec::new();
        let mut raw = Vec::new();
        for q in &t.quasi.quasis {
            cooked.push(match &q.value.cooked {
                Some(c) => self.literal_const(c.as_str(), q.lone_surrogates),
                None => self.constant(Const::Undefined),
            });
            raw.push(self.str_const(q.value.raw.as_str()));
        }
        let (c, r) = (self.new_var(), self.new_var());
        self.emit(Inst::NewArray { dst: c, elems: cooked }, pos);
        self.emit(Inst::NewArray { dst: r, elems: raw }, pos);
        self.emit(Inst::TemplateObject { dst: strings, cooked: c, raw: r }, pos);
        self.emit(Inst::StoreStatic { index, value: strings }, pos);
        self.jump(ready);
        self.switch_to(ready);
        let mut args = vec![strings];
        for e in &t.quasi.expressions {
            args.push(self.lower_expr(e)?);
        }
        let d = self.new_var();
        let site = self.site_text(t.tag.span());
        self.emit(Inst::Call { dst: d, callee: f, this, args, site }, pos);
        Ok(d)
    }

    pub(super) fn property_key(&mut self, key: &'a PropertyKey<'a>, computed: bool) -> LResult<(Var, Option<String>)> {
        if computed {
            let e = key.as_expression().unwrap();
            let v = self.lower_expr(e)?;
            let k = self.new_var();
            self.emit(Inst::Unary { dst: k, op: UnOp::ToPropertyKey, a: v }, e.span().start);
            return Ok((k, None));
        }
        match key {
            PropertyKey::StaticIdentifier(id) => Ok((self.str_const(id.name.as_str()), Some(id.name.to_string()))),
            PropertyKey::PrivateIdentifier(p) => Ok((self.private_name(p)?, Some(format!("#{}", p.name)))),
            PropertyKey::StringLiteral(s) => {
                let units = literal_units(s.value.as_str(), s.lone_surrogates);
                let name = String::from_utf16_lossy(&units);
                Ok((self.literal_const(s.value.as_str(), s.lone_surrogates), Some(name)))
            }
            PropertyKey::NumericLiteral(n) => {
                let s = crate::number::to_js_string(n.value);
                Ok((self.str_const(&s), Some(s)))
            }
            other => {
                let name = other.static_name().map(|s| s.to_string());
                match name {
                    Some(n) => Ok((self.str_const(&n), Some(n))),
                    None => unsupported("this property key", other.span()),
                }
            }
        }
    }

    /// An array literal: the elements before the first spread in one allocation, the
    /// rest appended in order.
    fn lower_array(&mut self, a: &'a ArrayExpression<'a>) -> LResult<Var> {
        let mut elems = Vec::new();
        let mut i = 0;
        while i < a.elements.len() {
            match &a.elements[i] {
                ArrayExpressionElement::SpreadElement(_) => break,
                ArrayExpressionElement::Elision(_) => elems.push(self.constant(Const::Hole)),
                other => elems.push(self.lower_expr(other.to_expression())?),
            }
            i += 1;
        }
        let arr = self.new_var();
        self.emit(Inst::NewArray { dst: arr, elems }, a.span.start);
        for el in &a.elements[i..] {
            match el {
                ArrayExpressionElement::SpreadElement(s) => {
                    let v = self.lower_expr(&s.argument)?;
                    self.emit(Inst::SpreadInto { arr, iterable: v }, s.span.start);
                }
                ArrayExpressionElement::Elision(_) => {
                    let h = self.constant(Const::Hole);
                    self.emit(Inst::ArrayPush { arr, value: h }, 0);
                }
                other => {
                    let v = self.lower_expr(other.to_expression())?;
                    self.emit(Inst::ArrayPush { arr, value: v }, 0);
                }
            }
        }
        Ok(arr)
    }

    fn lower_object(&mut self, o: &'a ObjectExpression<'a>) -> LResult<Var> {
        if let Some(keys) = plain_literal_keys(o) {
            // Nothing can see the object before it is complete, so it is made at the end.
            let mut values = Vec::with_capacity(keys.len());
            for (p, key) in o.properties.iter().zip(&keys) {
                let ObjectPropertyKind::ObjectProperty(p) = p else { unreachable!("checked by plain_literal_keys") };
                values.push(self.lower_expr_named(&p.value, Some(key))?);
            }
            let keys = keys.iter().map(|k| self.program.string(k)).collect();
            let dst = self.new_var();
            self.emit(Inst::ObjectLiteral { dst, keys, values }, o.span.start);
            return Ok(dst);
        }
        let obj = self.new_var();
        self.emit(Inst::NewObject { dst: obj }, o.span.start);
        for p in &o.properties {
            let p = match p {
                ObjectPropertyKind::ObjectProperty(p) => p,
                ObjectPropertyKind::SpreadProperty(s) => {
                    let v = self.lower_expr(&s.argument)?;
                    let none = self.constant(Const::Undefined);
                    self.emit(Inst::CopyDataProperties { target: obj, source: v, excluded: none }, s.span.start);
                    continue;
                }
            };
            let is_proto = !p.computed && !p.shorthand && !p.method && p.kind == PropertyKind::Init
                && p.key.static_name().is_some_and(|n| n == "__proto__");
            if is_proto {
                let v = self.lower_expr(&p.value)?;
                self.emit(Inst::SetProtoLiteral { obj, proto: v }, p.span.start);
                continue;
            }
            let (k, name) = self.property_key(&p.key, p.computed)?;
            match p.kind {
                PropertyKind::Init => {
                    // Methods have the object as home (`super.x`) and are not constructors.
                    let v = match &p.value {
                        Expression::FunctionExpression(f) if p.method => self.lower_method(f, obj, name.as_deref(), p.span)?,
                        value => self.lower_expr_named(value, name.as_deref())?,
                    };
                    self.emit(Inst::DefineField { obj, key: k, value: v }, p.span.start);
                }
                PropertyKind::Get | PropertyKind::Set => {
                    let prefix = if p.kind == PropertyKind::Get { "get " } else { "set " };
                    let fname = format!("{prefix}{}", name.unwrap_or_default());
                    let f = match &p.value {
                        Expression::FunctionExpression(f) => self.lower_method(f, obj, Some(&fname), p.span)?,
                        value => self.lower_expr_named(value, Some(&fname))?,
                    };
                    let u = self.constant(Const::Undefined);
                    let (g, s) = if p.kind == PropertyKind::Get { (f, u) } else { (u, f) };
                    self.emit(Inst::DefineAccessor { obj, key: k, getter: g, setter: s }, p.span.start);
                }
            }
        }
        Ok(obj)
    }
}

/// The keys of an object literal whose properties are all `key: value` data properties
/// with distinct constant keys that are not array indices or `__proto__` (no spread,
/// methods, accessors or computed keys): such a literal is one `ObjectLiteral`.
fn plain_literal_keys<'a>(o: &ObjectExpression<'a>) -> Option<Vec<&'a str>> {
    let mut keys: Vec<&'a str> = Vec::with_capacity(o.properties.len());
    for p in &o.properties {
        let ObjectPropertyKind::ObjectProperty(p) = p else { return None };
        if p.computed || p.method || p.kind != PropertyKind::Init {
            return None;
        }
        let key = match &p.key {
            PropertyKey::StaticIdentifier(id) => id.name.as_str(),
            PropertyKey::StringLiteral(s) if !s.lone_surrogates => s.value.as_str(),
            _ => return None,
        };
        let index_like = key.bytes().all(|b| b.is_ascii_digit()) && !key.is_empty();
        if key == "__proto__" || index_like || keys.contains(&key) {
            return None;
        }
        keys.push(key);
    }
    (!keys.is_empty()).then_some(keys)
}
