// dxc: node=26
// Iterator helpers: lazy (map/filter/take/drop/flatMap), eager (reduce/toArray/
// forEach/some/every/find), Iterator.from wrappers, Iterator.concat, and closing.
function* count(n) {
  for (let i = 1; i <= n; i++) yield i;
}
console.log(count(5).map((x, i) => x * 10 + i).toArray());
console.log(count(6).filter((x) => x % 2).toArray(), count(9).drop(2).take(3).toArray());
console.log(count(3).flatMap((x) => [x, String(x)]).toArray());
console.log(count(4).reduce((a, b) => a + b), count(4).reduce((a, b) => a + b, 100));
let seen = [];
count(3).forEach((x, i) => seen.push([x, i]));
console.log(seen, count(5).some((x) => x > 4), count(5).every((x) => x < 5), count(5).find((x) => x > 3));

// Laziness: nothing runs until next(), and each step pulls one value.
let log = [];
const src = { i: 0, next() { log.push("next " + this.i); return { done: this.i >= 3, value: this.i++ }; }, return() { log.push("return"); return {}; } };
const it = Iterator.from(src).map((x) => { log.push("map " + x); return x * 2; });
console.log(log.length, Object.prototype.toString.call(it));
console.log(it.next(), log);
console.log(it.return(), it.next(), log);

// Early exits close the underlying iterator.
function* closing() {
  try {
    yield 1;
    yield 2;
    yield 3;
  } finally {
    console.log("closed");
  }
}
console.log(closing().take(1).toArray());
console.log(closing().some((x) => x === 2));
console.log(closing().find((x) => x === 1));
try {
  closing().map(() => { throw new Error("boom"); }).next();
} catch (e) {
  console.log("caught", e.message);
}

// Argument validation closes the receiver too.
try {
  closing().take(-1);
} catch (e) {
  console.log(e.constructor.name);
}
try {
  count(2).map(42);
} catch (e) {
  console.log(e.constructor.name);
}

// Iterator.from keeps real iterators, wraps the rest; strings iterate by code point.
const g = count(2);
console.log(Iterator.from(g) === g, Iterator.from("a😀b").toArray());
console.log(Iterator.concat([1, 2], new Set([3]), new Map([[4, 5]]).keys()).toArray());
class Countdown extends Iterator {
  constructor(n) { super(); this.n = n; }
  next() { return this.n > 0 ? { done: false, value: this.n-- } : { done: true, value: undefined }; }
}
console.log(new Countdown(3).map((x) => x * x).toArray(), new Countdown(1) instanceof Iterator);
try {
  new Iterator();
} catch (e) {
  console.log(e.constructor.name);
}
const helper = count(3).map((x) => x);
try {
  helper.next.call({});
} catch (e) {
  console.log(e.constructor.name);
}
console.log(typeof Iterator.prototype[Symbol.iterator], Iterator.prototype[Symbol.toStringTag]);
