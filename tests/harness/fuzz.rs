//! Fuzzing of the compile path: no input may panic the compiler. Inputs come from two
//! sources, both driven by `arbitrary::Unstructured` over pseudo-random bytes:
//!
//! - a grammar of JS/TS that favours what dxc lowers (nested functions, closures in
//!   loops, labels, try/finally with jumps, switch, defaults, `arguments`) and mixes in
//!   constructs it rejects, so that both the lowering and the diagnostics are hit;
//! - mutations of the `tests/run` and `tests/errors` programs (cut, duplicate, splice
//!   in tokens), which reach the parser's and the early-error checker's corners.
//!
//! Each input goes through parsing, semantic checks, lowering and Cranelift code
//! generation (with its verifier on in debug builds); a panic anywhere fails the test
//! and prints the input. `DXC_FUZZ_CASES=N` sets the number of cases (default 2000, so
//! that CI stays quick); `DXC_FUZZ_SEED=S` changes the seed. Cargo-fuzz needs a
//! nightly toolchain, which this project does not require; this test is the stable
//! equivalent.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;

use arbitrary::{Result, Unstructured};
use oxc_span::SourceType;

/// A small xorshift generator for the raw bytes `Unstructured` consumes.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| self.next() as u8).collect()
    }
}

const DEFAULT_SEED: u64 = 0x5eed_0d0c;

const NAMES: &[&str] = &["a", "b", "c", "i", "f", "g", "o", "arguments", "undefined", "x"];
const LABELS: &[&str] = &["L1", "L2", "outer"];

struct Gen<'u, 'd> {
    u: &'u mut Unstructured<'d>,
    depth: u32,
    in_function: bool,
    loops: u32,
    labels: Vec<&'static str>,
}

impl Gen<'_, '_> {
    fn pick<T: Copy>(&mut self, xs: &[T]) -> Result<T> {
        Ok(*self.u.choose(xs)?)
    }

    fn name(&mut self) -> Result<&'static str> {
        self.pick(NAMES)
    }

    fn expr(&mut self) -> Result<String> {
        if self.depth > 3 || self.u.is_empty() {
            return self.atom();
        }
        self.depth += 1;
        let e = match self.u.int_in_range(0..=22)? {
            0..=3 => self.atom()?,
            4 => {
                let op = self.pick(&["+", "-", "*", "/", "%", "**", "==", "!=", "===", "!==", "<", "<=", ">", ">=", "&&", "||", "??", "&", "|", "^", "<<", ">>", ">>>", "in", "instanceof", ","])?;
                format!("({} {op} {})", self.expr()?, self.expr()?)
            }
            5 => {
                let op = self.pick(&["!", "-", "+", "~", "typeof ", "void ", "delete "])?;
                format!("({op}{})", self.expr()?)
            }
            6 => format!("({} ? {} : {})", self.expr()?, self.expr()?, self.expr()?),
            7 => {
                let op = self.pick(&["=", "+=", "-=", "*=", "||=", "&&=", "??=", "<<=", "**="])?;
                format!("({} {op} {})", self.name()?, self.expr()?)
            }
            8 => format!("({}{})", self.name()?, self.pick(&["++", "--"])?),
            9 => format!("{}({})", self.expr()?, self.args()?),
            10 => format!("{}.{}", self.expr()?, self.pick(&["length", "x", "push", "call", "prototype", "constructor"])?),
            11 => format!("{}[{}]", self.expr()?, self.expr()?),
            12 => format!("[{}]", self.args()?),
            13 => {
                let mut parts = Vec::new();
                for _ in 0..self.u.int_in_range(0..=3)? {
                    let p = match self.u.int_in_range(0..=4)? {
                        0 => format!("{}: {}", self.name()?, self.expr()?),
                        1 => format!("[{}]: {}", self.expr()?, self.expr()?),
                        2 => format!("get {}() {{ return {}; }}", self.name()?, self.expr()?),
                        3 => format!("{}() {{ {} }}", self.name()?, self.block_body()?),
                        _ => format!("...{}", self.expr()?),
                    };
                    parts.push(p);
                }
                format!("({{{}}})", parts.join(", "))
            }
            14 => format!("(function {}({}) {{ {} }})", self.pick(&["", "f", "g"])?, self.params()?, self.fn_body()?),
            15 => format!("(({}) => {})", self.params()?, self.expr()?),
            16 => format!("(({}) => {{ {} }})", self.params()?, self.fn_body()?),
            17 => format!("new {}({})", self.expr()?, self.args()?),
            18 => format!("`a${{{}}}b${{{}}}`", self.expr()?, self.expr()?),
            19 => format!("{}?.{}", self.expr()?, self.name()?),
            20 => format!("(class {{ m() {{ return {}; }} }})", self.expr()?),
            21 => format!("[...{}]", self.expr()?),
            _ => format!("({} as any)", self.expr()?),
        };
        self.depth -= 1;
        Ok(e)
    }

    fn atom(&mut self) -> Result<String> {
        Ok(match self.u.int_in_range(0..=9)? {
            0 | 1 => self.name()?.to_string(),
            2 => format!("{}", self.u.int_in_range(-3i32..=300)?),
            3 => self.pick(&["0.5", "1e21", "-0", "NaN", "Infinity", "0x1f", "1_000"])?.to_string(),
            4 => self.pick(&["'s'", "\"\"", "'\\u00e9'", "'1'"])?.to_string(),
            5 => self.pick(&["true", "false", "null", "this"])?.to_string(),
            6 => self.pick(&["console", "Math", "Object", "Array", "String", "process", "Symbol"])?.to_string(),
            7 if self.u.ratio(1, 8)? => self.pick(&["new.target", "super.x", "import.meta", "/re/g", "10n"])?.to_string(),
            _ => "o".to_string(),
        })
    }

    /// Up to `max` items from `item`, joined with `sep`.
    fn list(&mut self, max: u32, sep: &str, item: fn(&mut Self) -> Result<String>) -> Result<String> {
        let mut v = Vec::new();
        for _ in 0..self.u.int_in_range(0..=max)? {
            v.push(item(self)?);
        }
        Ok(v.join(sep))
    }

    fn args(&mut self) -> Result<String> {
        self.list(3, ", ", Self::expr)
    }

    fn params(&mut self) -> Result<String> {
        let n = self.u.int_in_range(0..=3)?;
        let mut v = Vec::new();
        for i in 0..n {
            let p = ["a", "b", "c"][i as usize];
            v.push(match self.u.int_in_range(0..=5)? {
                0 => format!("{p} = {}", self.expr()?),
                1 if i + 1 == n => format!("...{p}"),
                2 => format!("{{ {p} }}"),
                _ => p.to_string(),
            });
        }
        Ok(v.join(", "))
    }

    fn fn_body(&mut self) -> Result<String> {
        let saved = (self.in_function, self.loops, std::mem::take(&mut self.labels));
        self.in_function = true;
        self.loops = 0;
        let b = self.block_body();
        self.in_function = saved.0;
        self.loops = saved.1;
        self.labels = saved.2;
        b
    }

    fn block_body(&mut self) -> Result<String> {
        self.list(4, "\n", Self::stmt)
    }

    fn stmt(&mut self) -> Result<String> {
        if self.depth > 3 || self.u.is_empty() {
            return Ok(format!("{};", self.atom()?));
        }
        self.depth += 1;
        let s = match self.u.int_in_range(0..=19)? {
            0 | 1 => format!("{};", self.expr()?),
            2 => {
                let kind = self.pick(&["var", "let", "const"])?;
                format!("{kind} {} = {};", self.name()?, self.expr()?)
            }
            3 => format!("function {}({}) {{ {} }}", self.name()?, self.params()?, self.fn_body()?),
            4 => format!("if ({}) {{ {} }} else {}", self.expr()?, self.block_body()?, self.stmt()?),
            5 => self.loop_stmt(|g| Ok(format!("for (let i = 0; i < {}; i++) {{ {} }}", g.expr()?, g.block_body()?)))?,
            6 => self.loop_stmt(|g| Ok(format!("while ({}) {{ {} }}", g.expr()?, g.block_body()?)))?,
            7 => self.loop_stmt(|g| Ok(format!("do {{ {} }} while ({});", g.block_body()?, g.expr()?)))?,
            8 => self.loop_stmt(|g| Ok(format!("for (const {} in {}) {{ {} }}", g.name()?, g.expr()?, g.block_body()?)))?,
            9 => {
                let finally = if self.u.arbitrary()? { format!(" finally {{ {} }}", self.block_body()?) } else { String::new() };
                let catch = if finally.is_empty() || self.u.arbitrary()? { format!(" catch ({}) {{ {} }}", self.name()?, self.block_body()?) } else { String::new() };
                format!("try {{ {} }}{catch}{finally}", self.block_body()?)
            }
            10 => format!("throw {};", self.expr()?),
            11 if self.in_function => format!("return {};", self.expr()?),
            12 if self.loops > 0 => {
                let kw = self.pick(&["break", "continue"])?;
                match self.labels.last() {
                    Some(l) if self.u.arbitrary()? => format!("{kw} {l};"),
                    _ => format!("{kw};"),
                }
            }
            13 => {
                let mut cases = String::new();
                for _ in 0..self.u.int_in_range(0..=3)? {
                    cases.push_str(&format!("case {}: {} ", self.expr()?, self.block_body()?));
                }
                if self.u.arbitrary()? {
                    cases.push_str(&format!("default: {}", self.block_body()?));
                }
                self.loops += 1;
                let s = format!("switch ({}) {{ {cases} }}", self.expr()?);
                self.loops -= 1;
                s
            }
            14 => {
                let l = self.pick(LABELS)?;
                self.labels.push(l);
                let body = self.stmt()?;
                self.labels.pop();
                format!("{l}: {body}")
            }
            15 => format!("{{ {} }}", self.block_body()?),
            16 => format!("console.log({});", self.args()?),
            17 if self.u.ratio(1, 6)? => self.pick(&["class K {}", "function* gen() { yield 1; }", "async function af() { await 1; }", "with (o) {}", "let [d1, d2] = [1, 2];", "for (const v of [1]) {}", "enum E { A }", "import x from 'y';", "type T = number;", "interface I { a: string }"])?.to_string(),
            _ => ";".to_string(),
        };
        self.depth -= 1;
        Ok(s)
    }

    fn loop_stmt(&mut self, f: impl FnOnce(&mut Self) -> Result<String>) -> Result<String> {
        self.loops += 1;
        let r = f(self);
        self.loops -= 1;
        r
    }
}

fn generate(data: &[u8]) -> String {
    let mut u = Unstructured::new(data);
    let mut g = Gen { u: &mut u, depth: 0, in_function: false, loops: 0, labels: Vec::new() };
    let mut out = String::new();
    for _ in 0..g.u.int_in_range(1..=8).unwrap_or(1) {
        let Ok(s) = g.stmt() else { break };
        out.push_str(&s);
        out.push('\n');
    }
    out
}

const TOKENS: &[&str] = &["{", "}", "(", ")", ";", "=>", "function", "let ", "const ", "var ", "return", "break", "continue", "label:", "`${", "'", "\"", "/*", "\n", "yield", "await", "class", "new ", "...", "?.", "#x", "\\u0061", "0x", "1e", "arguments", "this", "super", "<T>", ": number", "as const", "!", "enum", "try {", "finally {", "catch (e) {", "switch (x) {", "case 1:", "default:"];

fn mutate(src: &str, u: &mut Unstructured) -> Result<String> {
    let mut s: Vec<u8> = src.as_bytes().to_vec();
    for _ in 0..u.int_in_range(1..=4)? {
        if s.is_empty() {
            break;
        }
        let a = u.choose_index(s.len())?;
        let b = (a + u.int_in_range(0..=40)?).min(s.len());
        match u.int_in_range(0..=3)? {
            0 => {
                s.drain(a..b);
            }
            1 => {
                let chunk = s[a..b].to_vec();
                let at = u.choose_index(s.len())?;
                s.splice(at..at, chunk);
            }
            2 => {
                let t = u.choose(TOKENS)?;
                s.splice(a..a, t.bytes());
            }
            _ => s[a] = u.arbitrary()?,
        }
    }
    Ok(String::from_utf8_lossy(&s).into_owned())
}

fn corpus() -> Vec<(String, bool)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().join("tests");
    let mut out = Vec::new();
    let mut stack = vec![root.join("run"), root.join("errors")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Some(ext @ ("js" | "ts")) = p.extension().and_then(|e| e.to_str()) {
                out.push((std::fs::read_to_string(&p).unwrap(), ext == "ts"));
            }
        }
    }
    out.sort();
    out
}

/// Compiles `src` as far as an object file; returns the panic message, if any.
/// Counts the inputs that reached code generation in `generated`.
fn compile(src: &str, ts: bool, generated: &mut usize) -> Option<String> {
    let st = if ts { SourceType::ts().with_module(false) } else { SourceType::cjs() };
    let r = catch_unwind(AssertUnwindSafe(|| {
        match dxc::driver::compile_source_to_ir(src, st, "fuzz.js", "/fuzz.js") {
            Ok(program) => {
                *generated += 1;
                let _ = dxc::codegen::compile(&program, &dxc::codegen::Options { opt_level: "speed", keep_clif: false });
            }
            Err(e) if std::env::var_os("DXC_FUZZ_SHOW_ERRORS").is_some() => {
                eprintln!("REJECT {}", e.message.lines().find(|l| l.contains('×')).unwrap_or(""));
            }
            Err(_) => {}
        }
    }));
    r.err().map(|e| e.downcast_ref::<String>().cloned().or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default())
}

#[test]
fn compile_path_never_panics() {
    let cases: usize = std::env::var("DXC_FUZZ_CASES").ok().and_then(|s| s.parse().ok()).unwrap_or(2000);
    let seed: u64 = std::env::var("DXC_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(DEFAULT_SEED);
    let corpus = corpus();
    assert!(!corpus.is_empty());
    // Panics are caught and reported with their input; keep the default hook quiet.
    std::panic::set_hook(Box::new(|_| {}));
    let mut rng = Rng(seed | 1);
    let mut failures = Vec::new();
    let mut generated = 0;
    for case in 0..cases {
        let len = 16 + (rng.next() % 512) as usize;
        let data = rng.bytes(len);
        let mut u = Unstructured::new(&data);
        let (src, ts) = if case % 2 == 0 {
            (generate(&data), case % 4 == 0)
        } else {
            let (base, ts) = &corpus[(rng.next() as usize) % corpus.len()];
            (mutate(base, &mut u).unwrap_or_else(|_| base.clone()), *ts)
        };
        if std::env::var_os("DXC_FUZZ_SHOW").is_some() {
            eprintln!("--- case {case}\n{src}");
        }
        if let Some(msg) = compile(&src, ts, &mut generated) {
            failures.push(format!("case {case} ({}) panicked: {msg}\n--- input\n{src}\n---", if ts { "ts" } else { "js" }));
            if failures.len() >= 3 {
                break;
            }
        }
    }
    let _ = std::panic::take_hook();
    eprintln!("{cases} cases, {generated} reached code generation");
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
