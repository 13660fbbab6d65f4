//! Class fields at known slots: which property accesses TypeScript types as reads or
//! writes of an instance field of a class of the same file, and where such a class's
//! instances keep their fields.
//!
//! Two halves, because types are gone after the TypeScript transform and class fields
//! have their final form only after it:
//! - [`collect_accesses`] runs on the TypeScript program: for each `o.key` whose object
//!   is typed as an instance of class `C` (a parameter or variable annotated `C`, `C[]`
//!   elements, `new C()`, `this` in `C`'s methods, a field of a typed class declared
//!   `C`), the class's span start by the property name's span start.
//! - [`predict_layouts`] runs on the transformed program: a class's instances get their
//!   base class's fields, then their own field definitions in order (the transform
//!   makes parameter properties the first of them, as tsc emits them), then the
//!   constructor's leading `this.key = ...` statements (where parameter properties are
//!   when fields are assigned), each key once, in that order: their slots.
//!
//! [`class_methods`] (on the transformed program) names the method a call on such an
//! instance is expected to reach, which the call then checks and calls directly.
//!
//! All are guesses that code generation checks, never trusts: an access compiles to
//! "if the object's shape is one the runtime has verified to have this class's layout
//! (`dxrt_class_layout_check`), the slot; else the ordinary inline cache". Any value
//! (an `any` cast, a subclass that reorders, a deleted field) gets JavaScript's result.

use std::collections::HashMap;

use oxc_ast::AstKind;
use oxc_ast::ast::{AssignmentTarget, Class, ClassElement, Expression, ForStatementLeft, MethodDefinitionKind, PropertyKey, Statement, TSType, TSTypeName};
use oxc_semantic::Semantic;
use oxc_syntax::node::NodeId;

/// Property-name span start -> span start of the class the object is an instance of.
pub type Accesses = HashMap<u32, u32>;

/// What kind of value TypeScript says an expression holds.
#[derive(Clone, Copy, PartialEq)]
enum Ty {
    Instance(u32),
    ArrayOf(u32),
}

struct Types<'s, 'a> {
    semantic: &'s Semantic<'a>,
    /// Class span start -> declared field types (fields and parameter properties).
    field_types: HashMap<u32, HashMap<String, Ty>>,
}

/// The accesses of `semantic`'s (TypeScript) program typed as class fields.
pub fn collect_accesses(semantic: &Semantic<'_>) -> Accesses {
    let mut t = Types { semantic, field_types: HashMap::new() };
    for node in semantic.nodes().iter() {
        if let AstKind::Class(c) = node.kind() {
            let mut fields = HashMap::new();
            for e in &c.body.body {
                match e {
                    ClassElement::PropertyDefinition(p) if !p.r#static => {
                        if let (Some(name), Some(ann)) = (p.key.static_name(), &p.type_annotation)
                            && let Some(ty) = t.of_type(&ann.type_annotation)
                        {
                            fields.insert(name.into_owned(), ty);
                        }
                    }
                    ClassElement::MethodDefinition(m) if m.kind == MethodDefinitionKind::Constructor => {
                        for p in &m.value.params.items {
                            if (p.accessibility.is_some() || p.readonly)
                                && let (Some(id), Some(ann)) = (p.pattern.get_binding_identifier(), &p.type_annotation)
                                && let Some(ty) = t.of_type(&ann.type_annotation)
                            {
                                fields.insert(id.name.to_string(), ty);
                            }
                        }
                    }
                    _ => {}
                }
            }
            t.field_types.insert(c.span.start, fields);
        }
    }
    let mut out = HashMap::new();
    for node in semantic.nodes().iter() {
        if let AstKind::StaticMemberExpression(m) = node.kind()
            && let Some(Ty::Instance(c)) = t.of_expr(&m.object, node.id(), 0)
        {
            out.insert(m.property.span.start, c);
        }
    }
    out
}

impl<'a> Types<'_, 'a> {
    /// A class declared in this file that a type name refers to.
    fn class_named(&self, name: &TSTypeName<'a>) -> Option<u32> {
        let TSTypeName::IdentifierReference(id) = name else { return None };
        let scoping = self.semantic.scoping();
        let sym = scoping.get_reference(id.reference_id()).symbol_id()?;
        match self.semantic.nodes().kind(scoping.symbol_declaration(sym)) {
            AstKind::Class(c) => Some(c.span.start),
            _ => None,
        }
    }

    fn of_type(&self, ty: &TSType<'a>) -> Option<Ty> {
        match ty {
            TSType::TSTypeReference(r) => {
                if let TSTypeName::IdentifierReference(id) = &r.type_name
                    && matches!(id.name.as_str(), "Array" | "ReadonlyArray")
                    && let Some(args) = &r.type_arguments
                    && let [elem] = args.params.as_slice()
                    && let Some(Ty::Instance(c)) = self.of_type(elem)
                {
                    return Some(Ty::ArrayOf(c));
                }
                self.class_named(&r.type_name).map(Ty::Instance)
            }
            TSType::TSArrayType(a) => match self.of_type(&a.element_type)? {
                Ty::Instance(c) => Some(Ty::ArrayOf(c)),
                Ty::ArrayOf(_) => None,
            },
            TSType::TSTypeOperatorType(o) => self.of_type(&o.type_annotation),
            TSType::TSParenthesizedType(p) => self.of_type(&p.type_annotation),
            // `C | null`, `C | undefined`: what the value is when it is an object.
            TSType::TSUnionType(u) => {
                let mut found = None;
                for t in &u.types {
                    match t {
                        TSType::TSNullKeyword(_) | TSType::TSUndefinedKeyword(_) => {}
                        _ => {
                            if found.is_some() {
                                return None;
                            }
                            found = Some(self.of_type(t)?);
                        }
                    }
                }
                found
            }
            _ => None,
        }
    }

    /// The type of expression `e`, found at (or inside) node `at`.
    fn of_expr(&self, e: &Expression<'a>, at: NodeId, depth: u32) -> Option<Ty> {
        if depth > 8 {
            return None;
        }
        match e {
            Expression::ThisExpression(_) => self.this_class(at).map(Ty::Instance),
            Expression::Identifier(id) => {
                let scoping = self.semantic.scoping();
                let sym = scoping.get_reference(id.reference_id()).symbol_id()?;
                let decl = scoping.symbol_declaration(sym);
                self.of_declaration(decl, depth)
            }
            Expression::ParenthesizedExpression(p) => self.of_expr(&p.expression, at, depth + 1),
            Expression::TSAsExpression(a) => self.of_type(&a.type_annotation).or_else(|| self.of_expr(&a.expression, at, depth + 1)),
            Expression::TSNonNullExpression(n) => self.of_expr(&n.expression, at, depth + 1),
            Expression::TSSatisfiesExpression(s) => self.of_expr(&s.expression, at, depth + 1),
            Expression::NewExpression(n) => {
                let Expression::Identifier(id) = &n.callee else { return None };
                let scoping = self.semantic.scoping();
                let sym = scoping.get_reference(id.reference_id()).symbol_id()?;
                match self.semantic.nodes().kind(scoping.symbol_declaration(sym)) {
                    AstKind::Class(c) => Some(Ty::Instance(c.span.start)),
                    _ => None,
                }
            }
            Expression::ComputedMemberExpression(m) => match self.of_expr(&m.object, at, depth + 1)? {
                Ty::ArrayOf(c) => Some(Ty::Instance(c)),
                Ty::Instance(_) => None,
            },
            Expression::StaticMemberExpression(m) => {
                let Ty::Instance(c) = self.of_expr(&m.object, at, depth + 1)? else { return None };
                self.field_types.get(&c)?.get(m.property.name.as_str()).copied()
            }
            _ => None,
        }
    }

    /// The type a declaration gives its binding.
    fn of_declaration(&self, decl: NodeId, depth: u32) -> Option<Ty> {
        let nodes = self.semantic.nodes();
        match nodes.kind(decl) {
            AstKind::FormalParameter(p) => self.of_type(&p.type_annotation.as_ref()?.type_annotation),
            AstKind::VariableDeclarator(d) => {
                if let Some(ann) = &d.type_annotation {
                    return self.of_type(&ann.type_annotation);
                }
                if let Some(init) = &d.init {
                    return self.of_expr(init, decl, depth + 1);
                }
                // `for (const x of xs)`: an element of `xs`.
                let decl_list = nodes.parent_id(decl);
                let AstKind::ForOfStatement(f) = nodes.parent_kind(decl_list) else { return None };
                let ForStatementLeft::VariableDeclaration(_) = &f.left else { return None };
                match self.of_expr(&f.right, decl, depth + 1)? {
                    Ty::ArrayOf(c) => Some(Ty::Instance(c)),
                    Ty::Instance(_) => None,
                }
            }
            _ => None,
        }
    }

    /// The class whose instance `this` is at `at`: inside a non-static method, getter or
    /// setter (arrow functions see their parent's `this`). Not in constructors, which
    /// run while the fields are being added.
    fn this_class(&self, at: NodeId) -> Option<u32> {
        let nodes = self.semantic.nodes();
        let mut kinds = nodes.ancestor_kinds(at);
        loop {
            match kinds.next()? {
                AstKind::ArrowFunctionExpression(_) => {}
                AstKind::Function(_) => break,
                AstKind::Class(_) | AstKind::StaticBlock(_) | AstKind::PropertyDefinition(_) => return None,
                _ => {}
            }
        }
        let AstKind::MethodDefinition(m) = kinds.next()? else { return None };
        if m.r#static || m.kind == MethodDefinitionKind::Constructor {
            return None;
        }
        kinds.find_map(|k| if let AstKind::Class(c) = k { Some(c.span.start) } else { None })
    }
}

/// The classes of a program, by span start, and how a class names its base.
struct Classes<'s, 'a> {
    by_span: HashMap<u32, &'s Class<'a>>,
    /// Class name -> span start, or `None` when two classes of the file have the name.
    by_name: HashMap<&'s str, Option<u32>>,
}

/// What a class extends.
enum Base {
    Nothing,
    /// A class of the file (its span start).
    Class(u32),
    /// Anything else: an expression, another file's class, an ambiguous name.
    Unknown,
}

impl<'s, 'a> Classes<'s, 'a> {
    fn of(semantic: &'s Semantic<'a>) -> Self {
        let mut c = Classes { by_span: HashMap::new(), by_name: HashMap::new() };
        for node in semantic.nodes().iter() {
            if let AstKind::Class(class) = node.kind() {
                if let Some(id) = &class.id {
                    c.by_name.entry(id.name.as_str()).and_modify(|v| *v = None).or_insert(Some(class.span.start));
                }
                c.by_span.insert(class.span.start, class);
            }
        }
        c
    }

    fn base(&self, c: &Class<'a>) -> Base {
        match c.heritage.as_ref().map(|h| &h.expression) {
            None => Base::Nothing,
            Some(Expression::Identifier(id)) => match self.by_name.get(id.name.as_str()) {
                Some(Some(base)) => Base::Class(*base),
                _ => Base::Unknown,
            },
            Some(_) => Base::Unknown,
        }
    }
}

/// Class span start -> predicted instance field keys in slot order, for the classes of
/// `semantic`'s (transformed) program whose layout can be foreseen. `assign_fields`:
/// fields are assigned after the parameter properties (`useDefineForClassFields:
/// false`); their order is then not foreseen, and only the constructor's leading
/// assignments count.
pub fn predict_layouts(semantic: &Semantic<'_>, assign_fields: bool) -> HashMap<u32, Vec<String>> {
    let classes = Classes::of(semantic);
    let mut out: HashMap<u32, Vec<String>> = HashMap::new();
    // Bases first: repeat until nothing new is foreseen.
    loop {
        let mut progress = false;
        for (&start, c) in &classes.by_span {
            if out.contains_key(&start) {
                continue;
            }
            let mut keys: Vec<String> = match classes.base(c) {
                Base::Nothing => Vec::new(),
                Base::Class(base) => match out.get(&base) {
                    Some(k) => k.clone(),
                    None => continue,
                },
                Base::Unknown => continue,
            };
            let mut add = |k: &str| {
                if !keys.iter().any(|x| x == k) {
                    keys.push(k.to_string());
                }
            };
            let mut ctor = None;
            for e in &c.body.body {
                match e {
                    ClassElement::PropertyDefinition(p) if !p.r#static && !assign_fields => {
                        if let PropertyKey::StaticIdentifier(id) = &p.key {
                            add(id.name.as_str());
                        } else if !p.computed && let PropertyKey::StringLiteral(s) = &p.key {
                            add(s.value.as_str());
                        }
                    }
                    ClassElement::MethodDefinition(m) if m.kind == MethodDefinitionKind::Constructor => ctor = Some(m),
                    _ => {}
                }
            }
            if let Some(body) = ctor.and_then(|m| m.value.body.as_ref()) {
                let mut stmts = body.statements.iter().peekable();
                if c.heritage.is_some()
                    && let Some(Statement::ExpressionStatement(s)) = stmts.peek()
                    && matches!(&s.expression, Expression::CallExpression(call) if matches!(call.callee, Expression::Super(_)))
                {
                    stmts.next();
                }
                for s in stmts {
                    let Statement::ExpressionStatement(s) = s else { break };
                    let Expression::AssignmentExpression(a) = &s.expression else { break };
                    let AssignmentTarget::StaticMemberExpression(m) = &a.left else { break };
                    if !a.operator.is_assign() || !matches!(m.object, Expression::ThisExpression(_)) {
                        break;
                    }
                    add(m.property.name.as_str());
                }
            }
            out.insert(start, keys);
            progress = true;
        }
        if !progress {
            return out;
        }
    }
}

/// Class span start and method name -> span start of the method's function, for the
/// ordinary methods instances of the classes of `semantic`'s (transformed) program
/// get from their class or a base class of the file (what a call `o.m()` on an instance
/// is expected to reach; code generation checks the callee).
pub fn class_methods(semantic: &Semantic<'_>) -> HashMap<(u32, String), u32> {
    let classes = Classes::of(semantic);
    let mut out = HashMap::new();
    for (&start, c) in &classes.by_span {
        // The class's own methods, then each base's that are not overridden (a chain of
        // at most 32 classes: a cycle of names is an error at run time anyway).
        let mut cur = Some(*c);
        for _ in 0..32 {
            let Some(k) = cur else { break };
            for e in &k.body.body {
                if let ClassElement::MethodDefinition(m) = e
                    && !m.r#static
                    && !m.computed
                    && m.kind == MethodDefinitionKind::Method
                    && let PropertyKey::StaticIdentifier(id) = &m.key
                {
                    out.entry((start, id.name.to_string())).or_insert(m.value.span.start);
                }
            }
            cur = match classes.base(k) {
                Base::Class(b) => classes.by_span.get(&b).copied(),
                Base::Nothing | Base::Unknown => None,
            };
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::driver::compile_source_to_ir;
    use crate::ir::{Inst, Program};
    use oxc_span::SourceType;

    fn program(source: &str) -> Program {
        compile_source_to_ir(source, SourceType::ts(), "t.ts", "t.ts").expect("compiles")
    }

    /// The layouts' keys, as text.
    fn layouts(p: &Program) -> Vec<Vec<String>> {
        p.layouts.iter().map(|keys| keys.iter().map(|k| p.string_text(*k)).collect()).collect()
    }

    /// (key, slot) of every access compiled as a class field.
    fn fields(p: &Program) -> Vec<(String, u32)> {
        let mut out: Vec<(String, u32)> = p
            .functions
            .iter()
            .flat_map(|f| &f.blocks)
            .flat_map(|b| &b.insts)
            .filter_map(|(i, _)| match i {
                Inst::GetNamed { key, field: Some(f), .. } | Inst::SetNamed { key, field: Some(f), .. } => Some((p.string_text(*key), f.slot)),
                _ => None,
            })
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// Parameter properties become the first fields (as tsc emits them), then the
    /// declared fields, then the constructor's assignments; a derived class's come
    /// after its base's. (`Object.keys` of such instances lists them in this order.)
    #[test]
    fn layouts_follow_fields_then_constructor_assignments_with_bases_first() {
        let p = program(
            "class A { z = 0; constructor(public x: number, public y: number) { this.w = 1; } w: number; }
             class B extends A { v = 2; constructor() { super(1, 2); this.u = 3; } u: number; }
             function f(b: B, as: A[]): number { return b.u + b.v + b.x + as[0].z + as[0].w; }",
        );
        let l = layouts(&p);
        assert!(l.contains(&["x", "y", "z", "w"].map(String::from).to_vec()), "{l:?}");
        assert!(l.contains(&["x", "y", "z", "w", "v", "u"].map(String::from).to_vec()), "{l:?}");
        let f = fields(&p);
        for expected in [("u", 5), ("v", 4), ("x", 0), ("z", 2), ("w", 3)] {
            assert!(f.contains(&(expected.0.to_string(), expected.1)), "{f:?}");
        }
    }

    #[test]
    fn untyped_and_unknown_objects_get_no_field_slots() {
        let p = program(
            "class A { x = 1; }
             function f(a: any, b: { x: number }, c: A | string, d: A): number { return a.x + b.x + (c as any).x + d.y; }",
        );
        assert!(fields(&p).is_empty(), "{:?}", fields(&p));
    }
}
