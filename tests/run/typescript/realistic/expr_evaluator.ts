// Realistic: a typed tokenizer, recursive-descent parser to an AST, and evaluator with variables.
enum Tok { Num, Ident, Op, LParen, RParen, End }
interface Token { kind: Tok; text: string }
type Expr =
  | { type: "num"; value: number }
  | { type: "var"; name: string }
  | { type: "bin"; op: string; left: Expr; right: Expr }
  | { type: "neg"; arg: Expr };
function tokenize(src: string): Token[] {
  const out: Token[] = [];
  const re = /\s*(?:(\d+(?:\.\d+)?)|([a-z_]\w*)|([-+*/^])|(\()|(\)))/gy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < src.length && (m = re.exec(src))) {
    const g = [1, 2, 3, 4, 5].find((i) => m![i] !== undefined)!;
    out.push({ kind: [Tok.Num, Tok.Ident, Tok.Op, Tok.LParen, Tok.RParen][g - 1], text: m[g] });
  }
  out.push({ kind: Tok.End, text: "" });
  return out;
}
class Parser {
  private pos = 0;
  constructor(private readonly toks: Token[]) {}
  private peek = (): Token => this.toks[this.pos];
  private next = (): Token => this.toks[this.pos++];
  parse(): Expr {
    const e = this.binary(0);
    if (this.peek().kind !== Tok.End) throw new SyntaxError("unexpected " + this.peek().text);
    return e;
  }
  private static readonly levels: readonly string[][] = [["+", "-"], ["*", "/"]];
  private binary(level: number): Expr {
    if (level === Parser.levels.length) return this.power();
    let left = this.binary(level + 1);
    while (Parser.levels[level].includes(this.peek().text)) {
      const op = this.next().text;
      left = { type: "bin", op, left, right: this.binary(level + 1) };
    }
    return left;
  }
  private power(): Expr {
    const base = this.unary();
    if (this.peek().text === "^") {
      this.next();
      return { type: "bin", op: "^", left: base, right: this.power() };
    }
    return base;
  }
  private unary(): Expr {
    if (this.peek().text === "-") {
      this.next();
      return { type: "neg", arg: this.unary() };
    }
    const t = this.next();
    switch (t.kind) {
      case Tok.Num:
        return { type: "num", value: parseFloat(t.text) };
      case Tok.Ident:
        return { type: "var", name: t.text };
      case Tok.LParen: {
        const e = this.binary(0);
        if (this.next().kind !== Tok.RParen) throw new SyntaxError("expected )");
        return e;
      }
      default:
        throw new SyntaxError("unexpected token " + Tok[t.kind]);
    }
  }
}
const ops: Record<string, (a: number, b: number) => number> = {
  "+": (a, b) => a + b, "-": (a, b) => a - b, "*": (a, b) => a * b, "/": (a, b) => a / b, "^": (a, b) => a ** b,
};
function evaluate(e: Expr, env: Readonly<Record<string, number>>): number {
  switch (e.type) {
    case "num":
      return e.value;
    case "var":
      if (!(e.name in env)) throw new ReferenceError("unbound " + e.name);
      return env[e.name];
    case "neg":
      return -evaluate(e.arg, env);
    case "bin":
      return ops[e.op](evaluate(e.left, env), evaluate(e.right, env));
  }
}
function show(e: Expr): string {
  return e.type === "num" ? String(e.value) : e.type === "var" ? e.name : e.type === "neg" ? `(-${show(e.arg)})` : `(${show(e.left)} ${e.op} ${show(e.right)})`;
}
const env = { x: 3, y: 4, rate: 0.5 };
for (const src of ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-x ^ 2 + y", "x * rate / (y - 2)", "1 +", "z * 2", "3 ) 4"]) {
  try {
    const ast = new Parser(tokenize(src)).parse();
    console.log(src.padEnd(20), "=>", show(ast), "=", evaluate(ast, env));
  } catch (err) {
    console.log(src.padEnd(20), "!!", (err as Error).name, (err as Error).message);
  }
}
console.log(tokenize("a1+2.5").map((t) => Tok[t.kind] + ":" + t.text).join(" "));
