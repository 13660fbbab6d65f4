//! `Function(...)` and `new Function(...)` whose arguments are known when the program is
//! built (string, number, boolean and null literals, and `+` of string literals), as in
//! `new Function("return this")`: the function's source text is made as
//! CreateDynamicFunction makes it, parsed and lowered here, in the global scope, like
//! any other function. A dxc executable carries no JavaScript compiler, so arguments
//! only known at run time still reach the runtime's `Function`, which throws an
//! EvalError naming the limitation.
//!
//! The source text is appended to the program source (after a newline), so that
//! `toString`, code frames and stack positions of the new function point into it; it is
//! parsed padded with spaces to that offset so that its spans are program offsets.

use oxc_allocator::Allocator;
use oxc_ast::ast::*;
use oxc_parser::Parser;
use oxc_semantic::SemanticBuilder;
use oxc_span::{SourceType, Span};

use super::{LResult, Lowerer};
use crate::ir::{self, Const, EntryKind, FuncId, Inst, Terminator, Var};

/// The text a constant argument converts to (ToString), if the argument is a constant.
fn constant_text(e: &Expression) -> Option<String> {
    Some(match e.without_parentheses() {
        Expression::StringLiteral(s) => String::from_utf16_lossy(&super::expr::literal_units(s.value.as_str(), s.lone_surrogates)),
        Expression::TemplateLiteral(t) if t.expressions.is_empty() => t.quasis[0].value.cooked.as_ref()?.to_string(),
        Expression::NumericLiteral(n) => crate::number::to_js_string(n.value),
        Expression::BooleanLiteral(b) => b.value.to_string(),
        Expression::NullLiteral(_) => "null".into(),
        Expression::BinaryExpression(b) if b.operator == BinaryOperator::Addition => {
            let is_text = |e: &Expression| matches!(e.without_parentheses(), Expression::StringLiteral(_) | Expression::TemplateLiteral(_) | Expression::BinaryExpression(_));
            if !is_text(&b.left) || !is_text(&b.right) {
                return None;
            }
            constant_text(&b.left)? + &constant_text(&b.right)?
        }
        _ => return None,
    })
}

impl<'s, 'a> Lowerer<'s, 'a> {
    /// `Function(...)`/`new Function(...)` with constant arguments: the new function, or
    /// None when the call is something else (the callee is not the global `Function`,
    /// or an argument is not constant).
    pub(super) fn try_dynamic_function(&mut self, callee: &'a Expression<'a>, args: &[Argument<'a>], span: Span, is_new: bool) -> LResult<Option<Var>> {
        let Expression::Identifier(id) = callee.without_parentheses() else { return Ok(None) };
        if id.name != "Function" || self.has_with || self.scoping.get_reference(id.reference_id()).symbol_id().is_some() {
            return Ok(None);
        }
        let mut texts = Vec::new();
        for a in args {
            let Some(e) = a.as_expression() else { return Ok(None) };
            let Some(t) = constant_text(e) else { return Ok(None) };
            texts.push(t);
        }
        // The global `Function` may have been replaced: the compiled function stands in
        // only while it is the intrinsic one; otherwise the call happens as written.
        let callee_v = self.lower_expr(callee)?;
        let is_ctor = self.new_var();
        self.emit(Inst::IsFunctionCtor { dst: is_ctor, value: callee_v }, span.start);
        let (fast, slow, join) = (self.new_block(), self.new_block(), self.new_block());
        let result = self.new_var();
        self.branch(is_ctor, fast, slow);
        self.switch_to(slow);
        let arg_vars: Vec<Var> = texts.iter().map(|t| self.str_const(t)).collect();
        let u = self.constant(Const::Undefined);
        let other = self.new_var();
        if is_new {
            self.emit(Inst::Construct { dst: other, callee: callee_v, args: arg_vars, site: None }, span.start);
        } else {
            self.emit(Inst::Call { dst: other, callee: callee_v, this: u, args: arg_vars, site: None }, span.start);
        }
        self.mov(result, other);
        self.jump(join);
        self.switch_to(fast);
        let body = texts.pop().unwrap_or_default();
        let params = texts.join(",");
        // CreateDynamicFunction's source text.
        let text = format!("function anonymous({params}\n) {{\n{body}\n}}");
        let base = self.program.source.len() + 1;
        match self.compile_dynamic(&text, base, params.len(), body.len())? {
            Ok(factory) => {
                self.program.source.push('\n');
                self.program.source.push_str(&text);
                let env = self.current_env();
                let (f, d, u) = (self.new_var(), self.new_var(), self.constant(Const::Undefined));
                self.emit(Inst::MakeClosure { dst: f, func: factory, env, home: None }, span.start);
                self.emit(Inst::Call { dst: d, callee: f, this: u, args: Vec::new(), site: None }, span.start);
                self.mov(result, d);
                self.jump(join);
                self.switch_to(join);
                Ok(Some(result))
            }
            Err(message) => {
                // A bad body or parameter list is a SyntaxError when the call runs.
                self.throw_if_reached(ir::ErrorKind::Syntax, &message, span.start);
                self.switch_to(join);
                Ok(Some(result))
            }
        }
    }

    /// Parses and lowers a dynamic function's source text (at program offset `base`)
    /// into a factory function that returns a new closure of it; a SyntaxError message
    /// when the text is not a function with exactly these parameters and body.
    fn compile_dynamic(&mut self, text: &str, base: usize, params_len: usize, body_len: usize) -> LResult<Result<FuncId, String>> {
        // The function is parsed unnamed (its name is not a binding inside it), with the
        // name blanked out so that offsets stay those of `text`.
        let blank = format!("{}({})", " ".repeat(base - 1), text.replacen("anonymous", "         ", 1));
        // The compiler's allocations live as long as the compilation: leaking them gives
        // the snippet the lifetime of the rest of the program's AST.
        let source: &'static str = Box::leak(blank.into_boxed_str());
        let allocator: &'static Allocator = Box::leak(Box::default());
        let parsed = Parser::new(allocator, source, SourceType::script()).parse();
        if let Some(d) = parsed.diagnostics.first() {
            return Ok(Err(d.message.to_string()));
        }
        let program: &'static Program<'static> = allocator.alloc(parsed.program);
        // Exactly one function expression whose parameters and body are the ones given.
        let f = match program.body.as_slice() {
            [Statement::ExpressionStatement(s)] => match s.expression.without_parentheses() {
                Expression::FunctionExpression(f) => f,
                _ => return Ok(Err("Invalid function source".into())),
            },
            _ => return Ok(Err("Invalid function source".into())),
        };
        let params_start = (base + "function anonymous(".len()) as u32;
        let body_start = params_start + params_len as u32 + "\n) ".len() as u32;
        let body_ok = f.body.as_ref().is_some_and(|b| b.span.start == body_start && b.span.end == body_start + body_len as u32 + 4);
        if f.params.span.start != params_start - 1 || !body_ok || f.generator || f.r#async {
            return Ok(Err("Arg string terminates parameters early".into()));
        }
        let sem = SemanticBuilder::new().with_check_syntax_error(true).with_build_nodes(true).build(program);
        if let Some(d) = sem.diagnostics.first() {
            return Ok(Err(d.message.to_string()));
        }
        let semantic: &'static oxc_semantic::Semantic<'static> = Box::leak(Box::new(sem.semantic));
        let mut sub = Lowerer::new(semantic, source, "");
        sub.program = std::mem::take(&mut self.program);
        sub.next_func = self.next_func;
        let result = sub.lower_factory(program, f);
        self.program = std::mem::take(&mut sub.program);
        self.next_func = sub.next_func;
        result.map(Ok)
    }

    /// Lowers `program` (one function expression `f`) as a function that returns a new
    /// closure of `f` in the global scope.
    fn lower_factory(&mut self, program: &'a Program<'a>, f: &'a Function<'a>) -> LResult<FuncId> {
        self.script = true;
        self.analyze_captures();
        let name = self.program.string("");
        let id = self.new_func_id();
        self.begin_function(id, EntryKind::Generic, name, 0, false, vec![], program.span);
        self.enter_scope(program.scope_id(), &program.body)?;
        let closure = self.lower_function_expr(f, Some("anonymous"))?;
        self.terminate(Terminator::Return(closure));
        self.finish_function();
        while let Some(p) = self.pending.pop() {
            self.lower_function_body(p)?;
        }
        Ok(id)
    }
}
