// Assorted type-only syntax: typeof/keyof queries, indexed access, abstract ctor types, accessors in types.
const config = { port: 80, host: "h", nested: { deep: [1, 2] } };
type Config = typeof config;
type Port = Config["port"];
type Deep = Config["nested"]["deep"][number];
type Keys = keyof Config;
const port: Port = 8080;
const deep: Deep = 3;
const keys: Keys[] = ["port", "host"];
console.log(port, deep, keys);
type AbstractCtor = abstract new (...args: any[]) => object;
function nameOf(c: AbstractCtor): string {
  return c.name;
}
abstract class Base {}
console.log(nameOf(Base));
interface WithAccessors {
  get size(): number;
  set size(v: number);
}
const wa: WithAccessors = {
  _s: 1,
  get size() {
    return (this as any)._s;
  },
  set size(v: number) {
    (this as any)._s = v;
  },
} as WithAccessors;
wa.size = 12;
console.log(wa.size);
type Opt = { a?: number; readonly b: string; readonly [k: `x${string}`]: unknown };
const o: Opt = { b: "b", x1: 1 };
console.log(o);
let tup: [first: string, second?: number, ...rest: boolean[]] = ["s"];
tup = ["s", 1, true, false];
console.log(tup);
function assertNever(x: never): never {
  throw new Error("unexpected " + x);
}
type AB = "a" | "b";
function check(v: AB): number {
  if (v === "a") return 1;
  if (v === "b") return 2;
  return assertNever(v);
}
console.log(check("a"), check("b"));
