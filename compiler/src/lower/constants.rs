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
    /// Whether `sym` is a top-level `let` or `const` with a constant initializer among
    /// the program's first statements, before anything that can run code (only such
    /// declarations, `var`s like them and function declarations come before it), in a
    /// file that imports nothing: no function can run before the binding is
    /// initialized, so its reads need no TDZ check (richards' `STATE_HELD` in every
    /// method).
    pub(super) fn is_initialized_first(&mut self, sym: SymbolId) -> bool {
        if self.initialized_first.is_none() {
            let set = self.early_bindings();
            self.initialized_first = Some(set);
        }
        self.initialized_first.as_ref().is_some_and(|s| s.contains(&sym))
    }

    fn early_bindings(&self) -> std::collections::HashSet<SymbolId> {
        let mut set = std::collections::HashSet::new();
        let Some(AstKind::Program(program)) = self.semantic.nodes().iter().next().map(|n| n.kind()) else { return set };
        if program.body.iter().any(|s| matches!(s, Statement::ImportDeclaration(_))) || program.source_type.is_commonjs() {
            return set;
        }
        for stmt in &program.body {
            let decl = match stmt {
                Statement::FunctionDeclaration(_) | Statement::EmptyStatement(_) => continue,
                Statement::VariableDeclaration(d) => d,
                _ => break,
            };
            let mut constant = true;
            for d in &decl.declarations {
                match (&d.id, &d.init) {
                    (BindingPattern::BindingIdentifier(id), Some(init)) if self.fold(init, 0).is_some() => {
                        set.insert(id.symbol_id());
                    }
                    (BindingPattern::BindingIdentifier(_), None) if decl.kind.is_var() => {}
                    _ => constant = false,
                }
            }
            if !constant {
                break;
            }
        }
        set
    }

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
                    UnaryOperator::BitwiseNot => !crate::number::to_int32(x) as f64,
                    _ => return None,
                })
            }
            Expression::BinaryExpression(b) => {
                let (x, y) = (number(&b.left)?, number(&b.right)?);
                let (i, j) = (crate::number::to_int32(x), crate::number::to_int32(y));
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

