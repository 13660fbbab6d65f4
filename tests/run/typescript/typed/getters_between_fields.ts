// A method read between class-field accesses keeps the fields' layouts known (a cache
// hit only loads), unless its slow path ran a function: a getter that reshapes the
// objects the caller already checked must be seen by the accesses after it.
class P {
  x = 1;
  y = 2;
  constructor(public tag: string) {}
  sum(): number { return this.x + this.y; }
}
function walk(p: P, q: P): string {
  const a = p.x - q.y;
  const m = p.sum;           // a method read: a getter, for some receivers
  const b = p.x - q.y;       // (p and q were checked above)
  p.y = b;
  const c = (p as any).tag + ":" + p.y;
  return [a, b, c, typeof m].join(" ");
}
const plain = new P("plain");
console.log(walk(plain, new P("q")));
console.log(walk(plain, plain));

// Getters on the prototype that reshape the receiver, or another object.
const reshaping = new P("reshaping");
Object.defineProperty(reshaping, "sum", {
  get() {
    delete (this as any).x;
    (this as any).y = "changed";
    return () => 0;
  },
  configurable: true,
});
console.log(walk(reshaping, new P("q")));
console.log(JSON.stringify(reshaping));

const other = new P("other");
class Q extends P {}
Object.defineProperty(Q.prototype, "sum", {
  get() {
    Object.defineProperty(other, "y", { get: () => 100 });
    other.x = 50;
    return 7;
  },
});
const q = new Q("q");
console.log(walk(q, other));
console.log(walk(q, other));
console.log(other.x, other.y);
// A getter that deletes the receiver's first field: the others move to other slots.
class R extends P {}
Object.defineProperty(R.prototype, "sum", {
  get() {
    delete (this as any).tag;
    return 1;
  },
});
console.log(walk(new R("r"), new P("q")));

// A getter that freezes the receiver: the write after it must fail as in JavaScript.
const frozen = new P("frozen");
Object.defineProperty(frozen, "sum", { get() { Object.freeze(this); return 1; } });
try { console.log(walk(frozen, new P("q"))); } catch (e) { console.log((e as Error).constructor.name); }

// Many calls in a loop: the read's cache sees several shapes (own and inherited).
let total = 0;
const ps = [new P("a"), new Q("b"), new P("c")];
for (let i = 0; i < 300; i++) total += walk(ps[i % 3], ps[(i + 1) % 3]).length;
console.log(total);

// An element read whose slow path runs a getter that reshapes the checked object.
function pick(p: P, xs: any, i: any): string {
  const a = p.x === 42;
  const v = xs[i];
  const b = p.x === 42;
  return [a, v, b, p.y].join(" ");
}
function elementGetter(): void {
  const victim = new P("victim");
  const elements: any = [1, 2, 3];
  Object.defineProperty(elements, 5, { get() { Object.defineProperty(victim, "x", { get: () => 42 }); return 9; } });
  console.log(pick(victim, elements, 0), "|", pick(victim, elements, 5), "|", pick(victim, elements, 1));
}
elementGetter();
