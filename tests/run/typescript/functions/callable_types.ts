// Call signatures, construct signatures, hybrid function objects with properties.
interface Counter {
  (): number;
  count: number;
  reset(): void;
}
function makeCounter(): Counter {
  const c = (() => ++c.count) as Counter;
  c.count = 0;
  c.reset = () => {
    c.count = 0;
  };
  return c;
}
const c = makeCounter();
c();
c();
console.log(c(), c.count);
c.reset();
console.log(c(), typeof c);
interface PointCtor {
  new (x: number, y: number): { x: number; y: number };
}
class P {
  constructor(public x: number, public y: number) {}
}
function build(ctor: PointCtor, x: number): { x: number; y: number } {
  return new ctor(x, x * 2);
}
console.log(build(P, 3));
type Middleware<T> = (ctx: T, next: () => void) => void;
function run<T>(ctx: T, mws: Middleware<T>[]): void {
  let i = 0;
  const next = (): void => {
    const mw = mws[i++];
    if (mw) mw(ctx, next);
  };
  next();
}
const log: string[] = [];
run({ log }, [
  (ctx, next) => {
    ctx.log.push("a1");
    next();
    ctx.log.push("a2");
  },
  (ctx, next) => {
    ctx.log.push("b");
    next();
  },
]);
console.log(log.join(" "));
function withProps() {
  return 1;
}
withProps.label = "attached";
console.log(withProps.label, withProps());
