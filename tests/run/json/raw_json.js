// dxc: node=26
// JSON.rawJSON / JSON.isRawJSON (json-parse-with-source) and stringify of raw values.
const r = JSON.rawJSON("12345678901234567890");
console.log(JSON.isRawJSON(r), JSON.isRawJSON({}), Object.isFrozen(r), Object.getPrototypeOf(r), r.rawJSON);
console.log(JSON.stringify({ big: r, s: JSON.rawJSON('"x"'), a: [JSON.rawJSON("null")] }));
for (const bad of ["", " 1", "{}", "[1]", "1 2", "tru"]) { try { JSON.rawJSON(bad); console.log("ok?", bad); } catch (e) { console.log(e.name); } }
const o = { a: 1, get b() { delete this.c; return 2; }, c: 3, d: "x\"\n\u2028\ud800", e: [1.5, -0, 1e21, -12, NaN], f: undefined, g: () => 1, [Symbol()]: 1 };
console.log(JSON.stringify(o), JSON.stringify(o, null, 2));
const p = { x: 1, y: { toJSON() { return "Y"; } } };
Object.defineProperty(p, "z", { value: 1, enumerable: false });
console.log(JSON.stringify(p), JSON.stringify(Object.assign(Object.create(null), { q: 1 })), JSON.stringify({ 1: "a", b: 2, 0: "z" }));
const big = {}; for (let i = 0; i < 100; i++) big["k" + i] = i; delete big.k5;
console.log(JSON.stringify(big).length, JSON.stringify([new Number(3), new String("s"), new Boolean(false)]));
console.log(JSON.parse('{"a":[1,2,{"b":"c\\u0041"}],"a":5,"0":1,"__proto__":2}'), JSON.parse(' [1e3, -0, 0.5, 12345678901234567890] '));
