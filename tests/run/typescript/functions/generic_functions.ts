// Generic functions with constraints, defaults, keyof, explicit type arguments and inference.
function pick<T, K extends keyof T>(obj: T, keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = obj[k];
  return out;
}
console.log(pick({ a: 1, b: "two", c: true }, ["a", "c"]));
function groupBy<T, K extends string | number>(xs: T[], key: (x: T) => K): Record<K, T[]> {
  const out = {} as Record<K, T[]>;
  for (const x of xs) {
    const k = key(x);
    (out[k] ||= []).push(x);
  }
  return out;
}
console.log(groupBy([1, 2, 3, 4, 5, 6], (n) => (n % 2 ? "odd" : "even")));
function create<T = string>(v?: T): { v: T | undefined } {
  return { v };
}
console.log(create(), create<number>(3));
function merge<A extends object, B extends object>(a: A, b: B): A & B {
  return { ...a, ...b };
}
const m = merge({ x: 1 }, { y: "y" });
console.log(m, m.x, m.y);
const compose =
  <A, B, C>(f: (b: B) => C, g: (a: A) => B) =>
  (a: A): C =>
    f(g(a));
const lenThenDouble = compose((n: number) => n * 2, (s: string) => s.length);
console.log(lenThenDouble("hello"));
function firstOr<T, D>(xs: readonly T[], d: D): T | D {
  return xs.length > 0 ? xs[0] : d;
}
console.log(firstOr([], "none"), firstOr([9], "none"));
function assertIsString(v: unknown): asserts v is string {
  if (typeof v !== "string") throw new Error("not string: " + typeof v);
}
const x: unknown = "ok";
assertIsString(x);
console.log(x.toUpperCase());
try {
  assertIsString(5);
} catch (e) {
  console.log((e as Error).message);
}
