// Map and Set: SameValueZero keys, insertion order, iteration that sees additions and survives deletions (compaction), forEach, subclassing, console.log.
const m = new Map([["a", 1], ["b", 2]]);
m.set(NaN, "nan").set(-0, "zero");
console.log(m.get("a"), m.get(NaN), m.get(0), m.size, m.has("b"), m.delete("b"), m.has("b"), m.size);
console.log([...m], [...m.keys()], [...m.values()]);
for (const [k, v] of m) console.log(k, v);
const s = new Set([1, 2, 2, 3, "3"]);
console.log(s.size, [...s], s.has(2), s.delete(2), [...s.entries()]);
const dyn = new Set([1]); const seen = [];
for (const x of dyn) { seen.push(x); if (x < 5) dyn.add(x + 1); }
console.log(seen);
const big = new Map(); for (let i = 0; i < 100; i++) big.set(i, i);
const it = big.keys(); it.next(); it.next();
for (let i = 0; i < 90; i++) big.delete(i);
console.log(it.next(), big.size, [...big.keys()].length);
m.forEach((v, k, map) => console.log("fe", k, v, map === m));
console.log(m, s, new Map(), new Set(), Object.prototype.toString.call(m), String(m.entries()));
class MyMap extends Map { constructor(e) { super(e); this.extra = 1; } }
const mm = new MyMap([[1, 2]]); console.log(mm.get(1), mm instanceof Map, mm.extra);
try { Map(); } catch (e) { console.log(e.constructor.name); }
const objk = {}; const wm = new Map([[objk, "o"]]); console.log(wm.get(objk), wm.get({}));
console.log(Array.from(new Set("hello")).join(""));
