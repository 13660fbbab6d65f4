// Type-level features that look like values: `typeof` in types, generic defaults, overloaded types, accessor types.
let counter = { value: 0 };
type CounterT = typeof counter;
function bump(c: CounterT, by: number = 1): CounterT {
  c.value += by;
  return c;
}
console.log(bump(bump(counter), 5));
class Entity<TId extends string | number = number> {
  constructor(public id: TId) {}
}
const e1 = new Entity(5);
const e2: Entity<string> = new Entity("x");
console.log(e1, e2);
type Handler = {
  (e: "click", x: number): string;
  (e: "key", k: string): string;
};
const handler: Handler = ((e: string, arg: unknown) => e + ":" + arg) as Handler;
console.log(handler("click", 3), handler("key", "Enter"));
type Fns = { [K in "inc" | "dec"]: (n: number) => number };
const fns: Fns = { inc: (n) => n + 1, dec: (n) => n - 1 };
console.log(fns.inc(1), fns.dec(1));
function tupleOf<T extends unknown[]>(...xs: T): T {
  return xs;
}
const tt = tupleOf(1, "a", true);
console.log(tt, tt.length);
type Opaque = { readonly __opaque: unique symbol };
const asOpaque = (n: number) => n as unknown as Opaque;
console.log(typeof asOpaque(3));
