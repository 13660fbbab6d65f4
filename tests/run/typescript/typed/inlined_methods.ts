// Small methods of typed receivers are copied into their callers, guarded by the callee
// alone (ir/inline.rs): every way the guess can be wrong must still run the method the
// receiver really has, with the arguments, `this` and exceptions JavaScript gives it.
class Counter {
  count = 0;
  constructor(public step: number) {}
  bump(): number { this.count += this.step; return this.count; }
  isOver(limit: number): boolean { return this.count > limit; }
  scaled(k: number, extra?: number): number { return this.count * k + (extra === undefined ? 0 : extra); }
  fail(msg: string): never { throw new Error(msg + " at " + this.count); }
}
class Doubling extends Counter {
  bump(): number { this.count += 2 * this.step; return this.count; }
}

function drive(c: Counter, n: number): string {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s += c.bump();
    if (c.isOver(1000)) break;
  }
  return s + " " + c.count + " " + c.scaled(3) + " " + c.scaled(2, 5);
}
console.log(drive(new Counter(1), 10));
console.log(drive(new Doubling(1), 10));

// A method replaced on the prototype, or shadowed on the instance, after copies of it ran.
const c = new Counter(2);
console.log(drive(c, 3));
const original = Counter.prototype.bump;
Counter.prototype.bump = function (this: Counter) { this.count -= 1; return -this.count; };
console.log(drive(c, 3));
Counter.prototype.bump = original;
(c as any).isOver = (limit: number) => limit > 0;
console.log(drive(c, 3));

// Receivers that are not what the annotation says.
const fake: any = { count: 5, step: "x", bump() { return "b"; }, isOver() { return false; }, scaled(k: number) { return "s" + k; } };
console.log(drive(fake, 2));
const stringy: any = new Counter(1);
stringy.step = "1";
console.log(drive(stringy, 3));
const valued: any = new Counter(1);
valued.count = { valueOf() { console.log("valueOf"); return 7; } };
console.log(valued.isOver(5), valued.scaled(2));

// Arguments: missing ones are undefined, extra ones still evaluated in order.
let order = "";
const arg = (v: number) => { order += v; return v; };
const k = new Counter(1);
k.bump();
console.log((k.scaled as any)(), k.scaled(arg(2), arg(3)), (k.scaled as any)(arg(4), arg(5), arg(6)), order);

// Exceptions thrown by a copied method reach the caller's handler, and the method's
// frame is in the stack trace.
function tryFail(c: Counter): string {
  try {
    c.fail("boom");
  } catch (e) {
    const names = (e as Error).stack!.split("\n").slice(1, 3).map((l) => l.trim().split(" ")[1].replace(/^Counter\./, ""));
    return (e as Error).message + " " + names.join(" ");
  }
  return "none";
}
console.log(tryFail(k));
function readNull(c: Counter | null): number {
  return (c as Counter).bump();
}
try { readNull(null); } catch (e) { console.log((e as Error).message); }
