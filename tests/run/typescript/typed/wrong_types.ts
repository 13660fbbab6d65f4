// Typed code fed values that do not match its annotations (an `any` cast, data from
// JSON, objects with valueOf): the specialized code's checks send them to the generic
// path, which must compute exactly what JavaScript computes.
function add(a: number, b: number): number {
  return a + b;
}
function scale(v: number[], k: number): number {
  let s = 0;
  for (let i = 0; i < v.length; i++) s += v[i] * k;
  return s;
}
function bits(x: number, y: number): number {
  return ((x << 3) | y) ^ (x >>> 1);
}
function flag(b: boolean, n: number): string {
  return b ? "yes " + n : "no " + n;
}
class Vec2 {
  constructor(public x: number, public y: number) {}
  len(): number {
    return Math.sqrt(this.x * this.x + this.y * this.y);
  }
}
function norm(p: Vec2, k: number): number {
  return p.len() * k + p.x;
}

const anyv: any = "7";
console.log(add(1, 2), add(anyv, 2), add(2, anyv), add(anyv, anyv));
console.log(add(<any>null, 1), add(<any>undefined, 1), add(<any>true, 1), add(<any>[1], 1));
console.log(add(<any>{ valueOf: () => 40 }, 2), add(<any>{ toString: () => "s" }, 2));
const data = JSON.parse('{"v": [1, "2", 3, null, true], "k": "2", "n": [1.5, 2.5]}');
console.log(scale(data.n, 2), scale(data.v, 2), scale(data.v, data.k));
console.log(scale([1, 2, 3], anyv), scale(<any>"123", 1), scale(<any>[1, , 3], 1));
const mixed: number[] = [1, 2, 3];
(mixed as any[])[1] = "x";
console.log(scale(mixed, 1), scale(mixed, 0));
console.log(bits(5, 2), bits(anyv, 1), bits(<any>"0x10", 1), bits(2 ** 40 + 3, 1), bits(-1, 0), bits(NaN, Infinity));
console.log(bits(<any>{ valueOf: () => 9 }, <any>"3"));
console.log(flag(true, 1), flag(<any>0, 2), flag(<any>"", 3), flag(<any>"s", anyv));
const v = new Vec2(3, 4);
console.log(v.len(), norm(v, 2), norm(new Vec2(<any>"3", <any>"4"), 2), norm(<any>{ x: "1", len: () => "L" }, 3));
console.log(norm(new Vec2(anyv, 1), anyv));
// A function reassigned after its callers were compiled: they call the new one.
function twice(n: number): number {
  return 2 * n;
}
function useTwice(n: number): number {
  return twice(n) + 1;
}
console.log(useTwice(5));
(twice as any) = (n: any) => "t" + n;
console.log(useTwice(5));
// Math replaced: the inline built-in is not used.
function root(x: number): number {
  return Math.sqrt(x) + Math.max(x, 1);
}
console.log(root(16));
const realSqrt = Math.sqrt;
Math.sqrt = (x: number) => -x;
console.log(root(16));
Math.sqrt = realSqrt;
console.log(root(<any>"16"), root(-1));
// Errors thrown on the slow path keep their place.
try {
  add(<any>Symbol("s"), 1);
} catch (e) {
  console.log((e as Error).constructor.name);
}
