// Object literals of plain data properties are made in one step, in the shape the
// site's first object got (compiler: ObjectLiteral; runtime: new_object_literal).
function point(x, y) {
  return { x, y, label: "p" + x, "quoted key": x * y, "": 0 };
}
const pts = [];
for (let i = 0; i < 5; i++) pts.push(point(i, i + 1));
console.log(JSON.stringify(pts[4]), Object.keys(pts[0]).join("|"));
// Objects from one site are independent: changing one changes no other.
pts[1].z = 9;
delete pts[2].x;
pts[3].y = "changed";
Object.defineProperty(pts[4], "label", { enumerable: false });
console.log(pts.map((p) => JSON.stringify(p)).join("\n"));
console.log(JSON.stringify(point(7, 8)), Object.keys(point(0, 0)).length);
// Values of every kind, functions named after their key.
const o = { f: function () {}, g: () => 1, n: null, u: undefined, s: Symbol("s"), big: 1e300 };
console.log(o.f.name, o.g.name, String(o.s), o.big, "u" in o, Object.keys(o).join(","));
// Literals the fast path leaves alone: duplicates, index keys, __proto__, accessors,
// methods, spread, computed keys.
const dup = { a: 1, b: 2, a: 3 };
console.log(JSON.stringify(dup), Object.keys(dup).join(""));
const idx = { b: 1, 2: "two", 1: "one", a: 0 };
console.log(Object.keys(idx).join(","));
const proto = { __proto__: { inherited: true }, own: 1 };
console.log(proto.inherited, Object.keys(proto).join(","));
let reads = 0;
const acc = { get v() { return ++reads; }, m() { return this.v; }, ...{ spread: 1 }, ["c" + 1]: 2 };
console.log(acc.v, acc.m(), acc.spread, acc.c1, Object.keys(acc).join(","));
// Evaluation order of the values, and a throwing value.
const order = [];
const t = { a: order.push("a"), b: order.push("b"), c: order.push("c") };
console.log(order.join(""), t.c);
try {
  const bad = { a: 1, b: (() => { throw new Error("value"); })(), c: 3 };
  console.log(bad);
} catch (e) {
  console.log("threw", e.message);
}
// Many evaluations, kept alive across collections.
const keep = [];
for (let i = 0; i < 20000; i++) {
  const r = { id: i, sq: i * i, tag: i % 2 ? "odd" : "even", next: null };
  if (i % 1000 === 0) keep.push(r);
}
console.log(keep.length, keep[7].id, keep[7].sq, keep[7].tag, JSON.stringify(keep[19]));
