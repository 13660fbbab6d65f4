// A site that checks its callee (an inlined or directly called method) remembers the
// last closure it found to be the expected function, and then recognizes it by its
// address alone. Closures made again and again (a class declared in a function is
// evaluated at every call) and collected between calls (the test also runs under GC
// stress, where the address of a dead closure is soon another object's) must never be
// mistaken for one another: each call runs the function the receiver really has.
function makeAdder(k: number) {
  class Adder {
    constructor(public base: number) {}
    add(x: number): number { return this.base + x * k; }
    twice(x: number): number { return this.add(x) + this.add(x + 1); }
  }
  return new Adder(k);
}
const out: number[] = [];
for (let r = 0; r < 40; r++) {
  const a = makeAdder(r);
  out.push(a.twice(1));
  const b = makeAdder(r + 100);
  (b as any).add = function (x: number) { return -x; };
  out.push(b.twice(2));
  const c = makeAdder(r + 200);
  (c as any).add = (x: number) => x * 1000;
  out.push(c.twice(3));
}
console.log(out.join(" "));

// The last closure the sites verified is garbage now; closures of other functions made
// next take the addresses of dead ones, and are called at the same sites.
const others: ((x: number) => number)[] = [];
for (let i = 0; i < 400; i++) others.push(i % 2 === 0 ? function (x: number) { return -x; } : (x: number) => x + i);
const holder = makeAdder(7);
let mismatches = 0, sum = 0;
for (const f of others) {
  (holder as any).add = f;
  const got = holder.twice(2);
  if (got !== f(2) + f(3)) mismatches++;
  sum += got;
}
console.log(mismatches, sum);

// A method replaced on the prototype by closures of other functions, made and dropped
// one after another.
class Meter {
  constructor(public v: number) {}
  read(): number { return this.v; }
  total(n: number): number { let s = 0; for (let i = 0; i < n; i++) s += this.read(); return s; }
}
const original = Meter.prototype.read;
const m = new Meter(3);
const seen: number[] = [];
for (let r = 0; r < 30; r++) {
  seen.push(m.total(2));
  const k = r;
  Meter.prototype.read = r % 3 === 0 ? original : r % 3 === 1 ? function (this: Meter) { return this.v * k; } : () => -k;
}
console.log(seen.join(" "));
