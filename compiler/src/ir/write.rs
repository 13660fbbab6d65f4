//! The text form of DxIR (`--emit ir`): one line per instruction, `v12 = get_named v3, "x"`.

use std::fmt::Write;

use super::{Block, Function, Inst, Program, Terminator};

pub fn program(p: &Program) -> String {
    let mut out = String::new();
    for f in &p.functions {
        function(&mut out, p, f);
        out.push('\n');
    }
    out
}

fn s(p: &Program, i: u32) -> String {
    format!("{:?}", p.string_text(i))
}

fn vars(v: &[super::Var]) -> String {
    v.iter().map(|v| format!("v{}", v.0)).collect::<Vec<_>>().join(", ")
}

fn function(out: &mut String, p: &Program, f: &Function) {
    let params = vars(&f.params);
    let _ = writeln!(out, "function fn{} {} ({:?}) ({params}) {{", f.id.0, s(p, f.name), f.entry);
    for (i, b) in f.blocks.iter().enumerate() {
        block(out, p, i, b);
    }
    out.push_str("}\n");
}

fn block(out: &mut String, p: &Program, i: usize, b: &Block) {
    let h = b.handler.map(|h| format!(" catch block{}", h.0)).unwrap_or_default();
    let _ = writeln!(out, "block{i}:{h}");
    for (inst, _) in &b.insts {
        let _ = writeln!(out, "    {}", inst_text(p, inst));
    }
    let t = match &b.term {
        Terminator::Jump(b) => format!("jump block{}", b.0),
        Terminator::Branch { cond, then, else_ } => format!("branch v{}, block{}, block{}", cond.0, then.0, else_.0),
        Terminator::Return(v) => format!("return v{}", v.0),
        Terminator::Unreachable => "unreachable".into(),
        Terminator::Yield { value, resume, sent, mode, raw } => {
            format!("yield{} v{}, resume block{} (v{} = sent, v{} = mode)", if *raw { " raw" } else { "" }, value.0, resume.0, sent.0, mode.0)
        }
    };
    let _ = writeln!(out, "    {t}");
}

fn inst_text(p: &Program, inst: &Inst) -> String {
    use Inst::*;
    match inst {
        Const { dst, value } => {
            let c = match value {
                super::Const::Number(n) => format!("{n}"),
                super::Const::Str(i) => s(p, *i),
                other => format!("{other:?}").to_lowercase(),
            };
            format!("v{} = const {c}", dst.0)
        }
        Move { dst, src } => format!("v{} = v{}", dst.0, src.0),
        Binary { dst, op, a, b } => format!("v{} = {op:?} v{}, v{}", dst.0, a.0, b.0).to_lowercase(),
        Unary { dst, op, a } => format!("v{} = {op:?} v{}", dst.0, a.0).to_lowercase(),
        GetNamed { dst, obj, key, field } => format!("v{} = get_named v{}, {}{}", dst.0, obj.0, s(p, *key), slot(field)),
        SetNamed { obj, key, value, field, .. } => format!("set_named v{}, {}, v{}{}", obj.0, s(p, *key), value.0, slot(field)),
        GetElem { dst, obj, key } => format!("v{} = get_elem v{}, v{}", dst.0, obj.0, key.0),
        SetElem { obj, key, value, .. } => format!("set_elem v{}, v{}, v{}", obj.0, key.0, value.0),
        Call { dst, callee, this, args, .. } => format!("v{} = call v{}, this v{}, ({})", dst.0, callee.0, this.0, vars(args)),
        CallKnown { dst, callee, this, args, target, .. } => format!("v{} = call v{} (expecting {target:?}), this v{}, ({})", dst.0, callee.0, this.0, vars(args)),
        CallDirect { dst, func, env, this, args } => {
            format!("v{} = call_direct fn{}, env v{}, this v{}, ({})", dst.0, func.0, env.0, this.0, vars(args))
        }
        Construct { dst, callee, args, .. } => format!("v{} = construct v{}, ({})", dst.0, callee.0, vars(args)),
        NewArray { dst, elems } => format!("v{} = new_array ({})", dst.0, vars(elems)),
        ObjectLiteral { dst, keys, values } => {
            let props: Vec<String> = keys.iter().zip(values).map(|(k, v)| format!("{}: v{}", s(p, *k), v.0)).collect();
            format!("v{} = object_literal {{{}}}", dst.0, props.join(", "))
        }
        MakeClosure { dst, func, env, .. } => format!("v{} = make_closure fn{}, env v{}", dst.0, func.0, env.0),
        InlineGuard { dst, callee, args } => {
            let c = callee.map(|(c, f)| format!("v{} is fn{}, ", c.0, f.0)).unwrap_or_default();
            format!("v{} = inline_guard {c}numbers ({})", dst.0, vars(args))
        }
        AssumeNumber { dst, src } => format!("v{} = assume_number v{}", dst.0, src.0),
        other => {
            let t = format!("{other:?}");
            t
        }
    }
}

/// ` (layout L slot N)` for an access TypeScript types as a class field.
fn slot(field: &Option<super::FieldSlot>) -> String {
    field.map(|f| format!(" (layout {} slot {})", f.layout, f.slot)).unwrap_or_default()
}
