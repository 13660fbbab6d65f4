//! `const` bindings with constant initializers: `const STATE_HELD = 4`, `const MASK =
//! ~STATE_HELD`, `const NAME = "idle"`. Once initialized, such a binding holds that value
//! forever, so a read of it is that constant (after the read's TDZ check, when it needs
//! one): type inference then sees a number, not whatever a static cell may hold.
//!
//! An initializer is constant when it is a number, string, boolean or null literal, or
//! arithmetic and bit operators over numbers and other such bindings. Folding through
//! another binding is sound even if that one is still in its TDZ when this initializer
//! runs: then the initializer throws and this binding is never initialized, so no read
//! of it gets past its own TDZ check.

use oxc_ast::AstKind;
use oxc_ast::ast::*;
use oxc_syntax::symbol::{SymbolFlags, SymbolId};

use super::Lowerer;
use crate::ir::Const;

/// A folded value.
enum Folded {
    Number(f64),
    Str(String),
    Bool(bool),
    Null,
}

/// How many bindings deep a fold may follow references.
const MAX_DEPTH: u32 = 8;

impl Lowerer<'_, '_> {
    /// The value `const` binding `sym` holds once initialized, when its initializer is a
    /// constant expression.
    pub(super) fn constant_value(&mut self, sym: SymbolId) -> Option<Const> {
        if let Some(c) = self.constants.get(&sym) {
            return *c;
        }
        let c = self.fold_binding(sym, 0).map(|f| match f {
            Folded::Number(n) => Const::Number(n),
            Folded::Str(s) => Const::Str(self.program.string(&s)),
            Folded::Bool(b) => if b { Const::True } else { Const::False },
            Folded::Null => Const::Null,
        });
        self.constants.insert(sym, c);
        c
    }

    fn fold_binding(&self, sym: SymbolId, depth: u32) -> Option<Folded> {
        if depth > MAX_DEPTH || !self.scoping.symbol_flags(sym).contains(SymbolFlags::ConstVariable) {
            return None;
        }
        let AstKind::VariableDeclarator(d) = self.semantic.nodes().kind(self.scoping.symbol_declaration(sym)) else { return None };
        match (&d.id, &d.init) {
            (BindingPattern::BindingIdentifier(id), Some(init)) if id.symbol_id() == sym => self.fold(init, depth),
            _ => None,
        }
    }

    fn fold(&self, e: &Expression, depth: u32) -> Option<Folded> {
        let number = |e: &Expression| match self.fold(e, depth) {
            Some(Folded::Number(n)) => Some(n),
            _ => None,
        };
        Some(match e {
            Expression::NumericLiteral(n) => Folded::Number(n.value),
            Expression::StringLiteral(s) if !s.lone_surrogates => Folded::Str(s.value.to_string()),
            Expression::BooleanLiteral(b) => Folded::Bool(b.value),
            Expression::NullLiteral(_) => Folded::Null,
            Expression::ParenthesizedExpression(p) => return self.fold(&p.expression, depth),
            Expression::Identifier(id) => {
                let sym = self.scoping.get_reference(id.reference_id()).symbol_id()?;
                return self.fold_binding(sym, depth + 1);
            }
            Expression::UnaryExpression(u) => {
                let x = number(&u.argument)?;
                Folded::Number(match u.operator {
                    UnaryOperator::UnaryNegation => -x,
                    UnaryOperator::UnaryPlus => x,
                    UnaryOperator::BitwiseNot => !to_int32(x) as f64,
                    _ => return None,
                })
            }
            Expression::BinaryExpression(b) => {
                let (x, y) = (number(&b.left)?, number(&b.right)?);
                let (i, j) = (to_int32(x), to_int32(y));
                Folded::Number(match b.operator {
                    BinaryOperator::Addition => x + y,
                    BinaryOperator::Subtraction => x - y,
                    BinaryOperator::Multiplication => x * y,
                    BinaryOperator::Division => x / y,
                    BinaryOperator::BitwiseOR => (i | j) as f64,
                    BinaryOperator::BitwiseAnd => (i & j) as f64,
                    BinaryOperator::BitwiseXOR => (i ^ j) as f64,
                    BinaryOperator::ShiftLeft => i.wrapping_shl(j as u32 & 31) as f64,
                    BinaryOperator::ShiftRight => (i >> (j as u32 & 31)) as f64,
                    BinaryOperator::ShiftRightZeroFill => ((i as u32) >> (j as u32 & 31)) as f64,
                    _ => return None,
                })
            }
            _ => return None,
        })
    }
}

/// ECMAScript ToInt32 of a number.
fn to_int32(x: f64) -> i32 {
    if !x.is_finite() {
        return 0;
    }
    x.trunc().rem_euclid(4294967296.0) as u32 as i32
}
