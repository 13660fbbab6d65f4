// TC39 method decorators: replacing methods, context.name/static/private, and addInitializer binding.
function trace(fn: (...a: any[]) => any, ctx: ClassMethodDecoratorContext) {
  const name = String(ctx.name);
  console.log("decorate", ctx.kind, name, "static:", ctx.static, "private:", ctx.private);
  return function (this: any, ...args: any[]) {
    const r = fn.apply(this, args);
    console.log(` ${name}(${args.join(", ")}) -> ${r}`);
    return r;
  };
}
function bound(fn: Function, ctx: ClassMethodDecoratorContext) {
  ctx.addInitializer(function (this: any) {
    this[ctx.name] = fn.bind(this);
  });
}
class Calculator {
  constructor(private factor: number) {}
  @trace
  scale(n: number): number {
    return n * this.factor;
  }
  @trace
  static sum(a: number, b: number): number {
    return a + b;
  }
  @trace
  #secret(): string {
    return "hidden";
  }
  reveal(): string {
    return this.#secret();
  }
  @bound
  getFactor(): number {
    return this.factor;
  }
}
const c = new Calculator(3);
c.scale(4);
Calculator.sum(1, 2);
c.reveal();
const gf = c.getFactor;
console.log(gf(), Object.keys(c));
const sym = Symbol("symMethod");
class WithSymbol {
  @trace
  [sym](): number {
    return 7;
  }
}
new WithSymbol()[sym]();
