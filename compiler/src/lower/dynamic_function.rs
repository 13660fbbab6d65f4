//! `Function(...)`, `new Function(...)`, `Function.call/apply(...)` and
//! `Reflect.construct(Function, [...])` whose arguments can be known when the program is
//! built, as in `new Function("return this")`: a dxc executable carries no JavaScript
//! compiler, so the function is compiled ahead of time, and the runtime's `Function`
//! finds it by its source text.
//!
//! Before the program runs, every candidate's source text (as CreateDynamicFunction
//! makes it) is registered with the runtime together with a factory that makes a new
//! closure of it, or with the SyntaxError message when the text does not parse. The
//! call itself stays as written: the runtime's `Function` converts its arguments as the
//! spec says, builds the source text and looks it up; only a text that no candidate
//! predicted is an EvalError naming the limitation. Because the text is checked when
//! the call runs, a candidate may be a guess: an argument is predicted from literals, `+`
//! of them, and variables whose declaration initializes them so.
//!
//! A candidate's source text is appended to the program source (after a newline), so
//! that `toString`, code frames and stack positions of the new function point into it; it
//! is parsed padded with spaces to that offset so that its spans are program offsets.

use oxc_allocator::Allocator;
use oxc_ast::AstKind;
use oxc_ast::ast::*;
use oxc_parser::Parser;
use oxc_semantic::SemanticBuilder;

use super::{LResult, Lowerer};
use crate::ir::{Const, EntryKind, FuncId, Inst, Terminator, Var};

impl<'s, 'a> Lowerer<'s, 'a> {
    /// The text a predictable argument converts to (ToString); `guessed` is set when
    /// the prediction rests on a variable's initializer.
    fn predicted_text(&self, e: &Expression, depth: u32, guessed: &mut bool) -> Option<String> {
        if depth > 8 {
            return None;
        }
        Some(match e.without_parentheses() {
            Expression::StringLiteral(s) => String::from_utf16_lossy(&super::expr::literal_units(s.value.as_str(), s.lone_surrogates)),
            Expression::TemplateLiteral(t) if t.expressions.is_empty() => t.quasis[0].value.cooked.as_ref()?.to_string(),
            Expression::NumericLiteral(n) => crate::number::to_js_string(n.value),
            Expression::BooleanLiteral(b) => b.value.to_string(),
            Expression::NullLiteral(_) => "null".into(),
            Expression::UnaryExpression(u) if u.operator == UnaryOperator::Void => "undefined".into(),
            Expression::ObjectExpression(o) if o.properties.is_empty() => "[object Object]".into(),
            Expression::BinaryExpression(b) if b.operator == BinaryOperator::Addition => {
                let l = self.predicted_text(&b.left, depth + 1, guessed)?;
                let r = self.predicted_text(&b.right, depth + 1, guessed)?;
                let is_text = |e: &Expression| !matches!(e.without_parentheses(), Expression::NumericLiteral(_) | Expression::BooleanLiteral(_) | Expression::NullLiteral(_) | Expression::UnaryExpression(_));
                if !is_text(&b.left) && !is_text(&b.right) {
                    return None;
                }
                l + &r
            }
            Expression::Identifier(id) => {
                let Some(sym) = self.scoping.get_reference(id.reference_id()).symbol_id() else {
                    return (id.name == "undefined").then(|| "undefined".into());
                };
                let AstKind::VariableDeclarator(d) = self.semantic.nodes().kind(self.scoping.symbol_declaration(sym)) else { return None };
                *guessed = true;
                self.predicted_text(d.init.as_ref()?, depth + 1, guessed)?
            }
            _ => return None,
        })
    }

    /// The predicted arguments of a call of the global `Function`, if `callee(args)` is
    /// one, and whether they are guesses.
    fn predicted_function_args(&self, callee: &Expression<'a>, args: &'a [Argument<'a>]) -> Option<(Vec<String>, bool)> {
        let is_function = |e: &Expression| matches!(e.without_parentheses(), Expression::Identifier(id) if id.name == "Function" && self.scoping.get_reference(id.reference_id()).symbol_id().is_none());
        let exprs: Vec<&Expression> = match callee.without_parentheses() {
            c if is_function(c) => args.iter().map(|a| a.as_expression()).collect::<Option<_>>()?,
            Expression::StaticMemberExpression(m) if is_function(&m.object) && m.property.name == "call" => args.iter().skip(1).map(|a| a.as_expression()).collect::<Option<_>>()?,
            Expression::StaticMemberExpression(m) if (is_function(&m.object) && m.property.name == "apply") || matches!(&m.object, Expression::Identifier(r) if r.name == "Reflect" && m.property.name == "construct" && args.first().and_then(|a| a.as_expression()).is_some_and(is_function)) => {
                let Some(Expression::ArrayExpression(a)) = args.get(1).and_then(|a| a.as_expression()).map(|e| e.without_parentheses()) else { return None };
                a.elements.iter().map(|e| e.as_expression()).collect::<Option<_>>()?
            }
            _ => return None,
        };
        let mut guessed = false;
        let texts = exprs.into_iter().map(|e| self.predicted_text(e, 0, &mut guessed)).collect::<Option<_>>()?;
        Some((texts, guessed))
    }

    /// Compiles every predicted dynamic function of the program and registers it with
    /// the runtime (emitted at the start of the top level).
    pub(super) fn register_dynamic_functions(&mut self) -> LResult<()> {
        if self.has_with {
            return Ok(());
        }
        let mut seen = std::collections::HashSet::new();
        let mut candidates = Vec::new();
        for node in self.semantic.nodes().iter() {
            let predicted = match node.kind() {
                AstKind::CallExpression(c) => self.predicted_function_args(&c.callee, &c.arguments),
                AstKind::NewExpression(n) => self.predicted_function_args(&n.callee, &n.arguments),
                _ => None,
            };
            if let Some((mut texts, guessed)) = predicted {
                let body = texts.pop().unwrap_or_default();
                let params = texts.join(",");
                if seen.insert((params.clone(), body.clone())) {
                    candidates.push((params, body, guessed));
                }
            }
        }
        for (params, body, guessed) in candidates {
            let (functions, statics) = (self.program.functions.len(), self.program.statics);
            let (text, result) = match self.dynamic_factory(&params, &body) {
                // A guess that uses what dxc does not support yet is dropped (a call with
                // that text is the runtime's EvalError); a certain one is diagnosed.
                Err(_) if guessed => {
                    self.program.functions.truncate(functions);
                    self.program.statics = statics;
                    continue;
                }
                Err(diagnostic) => return Err(diagnostic),
                Ok((text, Ok(factory))) => (text, factory),
                // A bad body or parameter list is a SyntaxError when the call runs.
                Ok((text, Err(message))) => (text, self.str_const(&message)),
            };
            let key = self.str_const(&text);
            self.emit(Inst::RegisterDynamicFunction { text: key, result }, 0);
        }
        Ok(())
    }

    /// CreateDynamicFunction's source text for `params` and `body`, and a closure (made
    /// here) of the factory compiled from it, or the SyntaxError message when the text is
    /// invalid. A compiled text is appended to the program source.
    fn dynamic_factory(&mut self, params: &str, body: &str) -> LResult<(String, Result<Var, String>)> {
        let text = format!("function anonymous({params}\n) {{\n{body}\n}}");
        let base = self.program.source.len() + 1;
        let factory = match self.compile_dynamic(&text, base, params.len(), body.len())? {
            Ok(factory) => factory,
            Err(message) => return Ok((text, Err(message))),
        };
        self.program.source.push('\n');
        self.program.source.push_str(&text);
        let (f, env) = (self.new_var(), self.current_env());
        self.emit(Inst::MakeClosure { dst: f, func: factory, env, home: None }, 0);
        Ok((text, Ok(f)))
    }

    /// The decorator helpers (`stdlib-js/decorator_helpers.js`): when the TypeScript
    /// transform's output calls `babelHelpers.*` (legacy decorators) or a class has TC39
    /// decorators, the helpers' function body is compiled like a dynamic function, run
    /// once before the top level, and its result kept in a static cell that
    /// `babelHelpers` and the class lowering read.
    pub(super) fn load_decorator_helpers(&mut self) -> LResult<()> {
        let legacy = self.scoping.root_unresolved_references().contains_key("babelHelpers");
        if !legacy && !self.semantic.nodes().iter().any(|n| matches!(n.kind(), oxc_ast::AstKind::Decorator(_))) {
            return Ok(());
        }
        let body = include_str!("../../../stdlib-js/decorator_helpers.js");
        let f = match self.dynamic_factory("", body)?.1 {
            Ok(f) => f,
            Err(message) => panic!("stdlib-js/decorator_helpers.js does not compile: {message}"),
        };
        let u = self.constant(Const::Undefined);
        let (helpers_fn, helpers) = (self.new_var(), self.new_var());
        self.emit(Inst::Call { dst: helpers_fn, callee: f, this: u, args: Vec::new(), site: None }, 0);
        self.emit(Inst::Call { dst: helpers, callee: helpers_fn, this: u, args: Vec::new(), site: None }, 0);
        let index = self.program.statics;
        self.program.statics += 1;
        self.emit(Inst::StoreStatic { index, value: helpers }, 0);
        self.helpers_static = Some(index);
        Ok(())
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
