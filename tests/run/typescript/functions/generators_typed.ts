// Generators and iterators with type annotations: Generator<T, R, N>, Iterable<T>, return values.
function* countdown(n: number): Generator<number, string, undefined> {
  while (n > 0) yield n--;
  return "liftoff";
}
const g = countdown(3);
console.log(g.next(), g.next(), g.next(), g.next(), g.next());
function* accumulate(): Generator<number, void, number> {
  let total = 0;
  while (true) {
    const x: number = yield total;
    if (x < 0) return;
    total += x;
  }
}
const acc = accumulate();
acc.next(0);
console.log(acc.next(5).value, acc.next(10).value, acc.next(-1).done);
class Range implements Iterable<number> {
  constructor(private lo: number, private hi: number, private step: number = 1) {}
  *[Symbol.iterator](): Iterator<number> {
    for (let i = this.lo; i < this.hi; i += this.step) yield i;
  }
}
console.log([...new Range(0, 10, 3)], Array.from(new Range(1, 4)));
function* zip<A, B>(a: Iterable<A>, b: Iterable<B>): IterableIterator<[A, B]> {
  const ib = b[Symbol.iterator]();
  for (const x of a) {
    const y = ib.next();
    if (y.done) return;
    yield [x, y.value];
  }
}
console.log([...zip("abc", new Range(1, 10))]);
function* flatten<T>(xs: Array<T | T[]>): Generator<T> {
  for (const x of xs) {
    if (Array.isArray(x)) yield* x;
    else yield x;
  }
}
console.log([...flatten<number>([1, [2, 3], 4, [5]])]);
