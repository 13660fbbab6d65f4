// Accesses TypeScript types as class fields compile to direct slot reads and writes
// behind a check of the object's layout; every object that does not have the layout
// the class's constructor gives (an `any` cast, other key orders, deleted or redefined
// fields, getters and setters, frozen objects, subclasses, primitives) must
// still get JavaScript's results.
class Point {
  z = 0;
  constructor(public x: number, public y: number) {}
}

class Point3 extends Point {
  w: number;
  constructor(x: number, y: number, w: number) {
    super(x, y);
    this.w = w;
  }
}

// Reads and writes in runs (several accesses of one object with only arithmetic
// between them) and alone.
function shift(ps: Point[], dx: number): number {
  let sum = 0;
  for (const p of ps) {
    const x = p.x, y = p.y;
    p.x = x + dx;
    p.y = y - dx;
    p.z = p.z + 1;
    sum += p.x * 2 + p.y + p.z;
  }
  return sum;
}

function describe(p: Point): string {
  return `${p.x},${p.y},${p.z}`;
}

function run(label: string, ps: any[]): void {
  let r: any;
  try {
    r = shift(ps, 1);
  } catch (e) {
    r = (e as Error).constructor.name;
  }
  console.log(label, r, ps.map((p) => { try { return describe(p); } catch (e) { return (e as Error).constructor.name; } }).join(" "));
}

run("points", [new Point(1, 2), new Point(3, 4)]);
run("subclass", [new Point3(1, 2, 9), new Point(0, 0)]);
run("literal, same order", [{ z: 5, x: 1, y: 2 }]);
run("literal, other order", [{ x: 1, y: 2, z: 5 }, { y: 7, z: 1, x: 3 }]);
run("extra fields", [Object.assign(new Point(1, 1), { extra: true })]);

const deleted: any = new Point(4, 4);
delete deleted.x;
run("deleted field", [deleted]);
const readded: any = new Point(4, 4);
delete readded.x;
readded.x = 10;
run("deleted and added again", [readded]);

const getter: any = new Point(1, 1);
let reads = 0;
Object.defineProperty(getter, "y", { get() { reads++; return 100; }, set(v) { reads += 10; }, configurable: true });
run("getter and setter", [getter]);
console.log("accessor calls", reads);

run("frozen (strict writes throw)", [Object.freeze(new Point(1, 1))]);
const sealedPoint = Object.seal(new Point(2, 2));
run("sealed", [sealedPoint]);

run("null", [null]);
run("number", [5]);
run("string", ["abc"]);

// A prototype getter does not shadow an own field; a prototype field is not own.
class Shadow extends Point {}
Object.defineProperty(Shadow.prototype, "x", { get() { return -1; } });
run("prototype getter", [new Shadow(1, 1)]);
run("inherited fields", [Object.create(new Point(8, 9))]);

// Many instances whose layouts the check has to tell apart, interleaved.
const mixed: any[] = [];
for (let i = 0; i < 6; i++) mixed.push(i % 3 === 0 ? new Point(i, i) : i % 3 === 1 ? { x: i, y: i, z: 0 } : new Point3(i, i, i));
run("mixed", mixed);

// A class whose constructor adds a field only sometimes.
class Maybe {
  a = 1;
  constructor(flag: boolean) {
    if (flag) (this as any).b = 2;
  }
  c = 3;
}
function sumMaybe(ms: Maybe[]): number {
  let s = 0;
  for (const m of ms) s += m.a * 10 + m.c;
  return s;
}
console.log("maybe", sumMaybe([new Maybe(true), new Maybe(false), new Maybe(true)]));

// Methods reading `this` fields, on the class and on a borrowed receiver.
class Acc {
  total = 0;
  count = 0;
  add(v: number): number {
    this.total = this.total + v;
    this.count = this.count + 1;
    return this.total / this.count;
  }
}
const acc = new Acc();
console.log("acc", acc.add(4), acc.add(8), acc.total, acc.count);
const borrowed: any = { count: 1, total: 10 };
console.log("borrowed", Acc.prototype.add.call(borrowed, 5), JSON.stringify(borrowed));

// Runs over several objects: `this` is checked at its first access, the object read
// from it at its own; when that second check fails, the ordinary code continues from
// that access (what the run already did is not done again).
class Cell {
  constructor(public value: number, public next: Cell | null) {}
}
class Chain {
  head: Cell | null = null;
  count = 0;
  bump(): number {
    this.count = this.count + 1;
    const h = this.head as Cell;
    h.value = h.value + this.count;
    return h.value * 10 + this.count;
  }
  advance(): void {
    this.head = (this.head as Cell).next;
  }
}
const chain = new Chain();
chain.head = new Cell(1, new Cell(2, null));
console.log("chain", chain.bump(), chain.bump(), chain.count);
chain.advance();
console.log("advanced", chain.bump(), chain.count);
(chain as any).head = { next: null, value: 7 }; // another key order: not the layout
console.log("other order", chain.bump(), chain.count, JSON.stringify(chain.head));
(chain as any).head = { value: 7, next: null }; // the same keys in order: the layout
console.log("same order", chain.bump(), chain.count, JSON.stringify(chain.head));
chain.head = null;
try {
  chain.bump();
} catch (e) {
  console.log("null head", (e as Error).constructor.name, chain.count);
}
try {
  chain.advance();
} catch (e) {
  console.log("advance null", (e as Error).constructor.name);
}
// Arithmetic inside a run on values that are not numbers: strings concatenate, objects
// convert through valueOf (which here also changes the object the run is using), each
// exactly once.
const chain2 = new Chain();
chain2.head = new Cell(1, null);
(chain2 as any).count = "7";
console.log("string count", chain2.bump(), JSON.stringify(chain2));
(chain2 as any).head.value = { valueOf() { (chain2 as any).extra = 1; return 100; } };
console.log("valueOf", chain2.bump(), JSON.stringify(chain2));
(chain2 as any).count = 1;
console.log("after", chain2.bump(), chain2.bump(), JSON.stringify(chain2));

// A function that knows its objects' layouts across statements and branches: a check
// that fails midway (after writes, with unboxed numbers live) continues in the
// ordinary code at that access.
function midway(p: Point, k: number, q: Point, flip: boolean): number {
  let acc = k * 2;
  p.x = p.x + k;
  acc += p.y;
  if (flip) acc -= p.z;
  else acc += p.z;
  acc += q.x * k + q.y;
  p.z = acc;
  return acc + p.x + q.z;
}
const mp = new Point(1, 2);
console.log("midway", midway(mp, 3, new Point(5, 6), false), JSON.stringify(mp));
console.log("midway other q", midway(mp, 3, { y: 6, x: 5, z: 1 } as any, true), JSON.stringify(mp));
console.log("midway string q", midway(mp, 0.5, { z: "z", x: "5", y: 6 } as any, false), JSON.stringify(mp));
console.log("midway same p", midway(mp, 1, mp, true), JSON.stringify(mp));

// Fields computed with by `-`, `*` and bit operators in methods without annotated
// parameters are speculated numbers: anything else takes the ordinary path there.
class Flags {
  constructor(public bits: number, public scale: number) {}
  held(): boolean {
    return (this.bits & 4) !== 0 || this.bits === 2;
  }
  scaled(): number {
    return (this.bits - 1) * this.scale;
  }
}
const flagValues: any[] = [4, 2, 5, "4", "x", null, undefined, true, { valueOf: () => 6 }, 2 ** 40 + 4];
console.log("flags", flagValues.map((b) => {
  const f = new Flags(0, 3);
  (f as any).bits = b;
  return `${f.held()}:${f.scaled()}`;
}).join(" "));

// Methods called on typed receivers call the expected method directly after checking
// the callee: overrides, own functions, replaced prototype methods, non-functions and
// argument counts other than the parameters' must behave as JavaScript's calls do.
class Greeter {
  constructor(public name: string) {}
  greet(punct: string, times: number): string {
    return (this.name + punct).repeat(times);
  }
}
class Loud extends Greeter {
  greet(punct: string): string {
    return this.name.toUpperCase() + punct;
  }
}
function callGreet(g: Greeter): string {
  // @ts-ignore: fewer and more arguments than parameters
  return g.greet("!", 2) + "|" + g.greet("?") + "|" + (g as any).greet(".", 1, "extra");
}
const own = new Greeter("own");
(own as any).greet = function (this: Greeter, ...xs: unknown[]) { return "own:" + this.name + xs.length; };
console.log("greet", [new Greeter("a"), new Loud("b"), own].map(callGreet).join(" "));
const savedGreet = Greeter.prototype.greet;
Greeter.prototype.greet = function () { return "patched"; };
console.log("patched", callGreet(new Greeter("c")), callGreet(new Loud("d")));
Greeter.prototype.greet = savedGreet;
(Greeter.prototype as any).greet = 42;
try {
  callGreet(new Greeter("e"));
} catch (e) {
  console.log("not a function", (e as Error).constructor.name);
}
Greeter.prototype.greet = savedGreet;
console.log("restored", callGreet(new Greeter("f")));
