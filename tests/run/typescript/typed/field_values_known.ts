// A class field read again with nothing able to write it in between reuses the value
// read (or written) before, also across blocks and through copies of the object's
// variable. Whatever can write it must be seen: a write through another variable
// holding the same object, a `valueOf` run by arithmetic, a getter run by a read, a
// write through `any`, a call.
class Cell {
  v = 0;
  next: Cell | null = null;
  constructor(public name: string) {}
  bump(): void { this.v++; }
}

// Two variables, one object: the write through `b` is a write of `a.v`.
function throughAlias(a: Cell, b: Cell): string {
  const x1 = a.v;
  b.v = x1 + 10;
  const x2 = a.v;
  b.name = "renamed";
  return `${x1} ${x2} ${a.name}`;
}
const c1 = new Cell("c1");
console.log(throughAlias(c1, new Cell("other")), c1.v);
console.log(throughAlias(c1, c1), c1.v);

// Arithmetic on a value that is not a number runs its `valueOf`, which may write the
// field (or delete it) between the two reads.
function aroundArithmetic(a: Cell, k: any): string {
  const before = a.v;
  const sum = a.v + k;
  const after = a.v;
  return `${before} ${sum} ${after}`;
}
const c2 = new Cell("c2");
console.log(aroundArithmetic(c2, 1));
console.log(aroundArithmetic(c2, { valueOf() { c2.v = 99; return 1; } }));
console.log(aroundArithmetic(c2, { valueOf() { delete (c2 as any).v; return 2; } }));
console.log(aroundArithmetic(c2, "s"));

// A read of another property runs a getter that writes the field.
function aroundGetter(a: Cell, o: any): string {
  const x1 = a.v;
  const g = o.prop;
  const x2 = a.v;
  return `${x1} ${g} ${x2}`;
}
const c3 = new Cell("c3");
console.log(aroundGetter(c3, { prop: "plain" }));
console.log(aroundGetter(c3, { get prop() { c3.v = 7; return "getter"; } }));
console.log(aroundGetter(c3, { get prop() { Object.defineProperty(c3, "v", { get: () => -1 }); return "accessor"; } }));

// Writes the compiler cannot see as field writes: through `any`, in a call.
function aroundOtherWrites(a: Cell, b: any): string {
  const x1 = a.v;
  b.v = x1 + 1;
  const x2 = a.v;
  a.bump();
  const x3 = a.v;
  return `${x1} ${x2} ${x3}`;
}
const c4 = new Cell("c4");
console.log(aroundOtherWrites(c4, {}));
console.log(aroundOtherWrites(c4, c4));

// Copies of `this` in one block used in another; a field written on one path only.
class Walker extends Cell {
  step(flag: boolean): number {
    const self = this;
    let r = 0;
    if (this.v > 2) {
      r = self.v;
    } else {
      self.v = flag ? 3 : this.v + 5;
      r = this.v;
    }
    return r * 100 + self.v;
  }
  // A field updated on every turn of a loop, and a list walked through a field.
  count(n: number): number {
    for (let i = 0; i < n; i++) this.v = this.v + 1;
    let cur: Cell | null = this;
    let seen = 0;
    while (cur !== null) {
      if ((cur.v & 1) === 1) cur.v++;
      seen += cur.v;
      cur = cur.next;
    }
    return seen + this.v;
  }
}
const w = new Walker("w");
console.log(w.step(true), w.step(false), w.v);
const w2 = new Walker("w2");
console.log(w2.step(false), w2.v);
w.next = new Cell("n1");
w.next.v = 5;
w.next.next = w2;
console.log(w.count(3), w.v, w.next.v, w2.v);
// The same code given an object of another shape (not the class's fields).
const odd = Object.assign(Object.create(Walker.prototype), { name: "odd", next: null, v: "1" });
console.log(odd.step(true), odd.v, odd.count(2));
