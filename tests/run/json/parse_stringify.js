// JSON.parse (escapes, numbers, reviver, errors) and JSON.stringify (toJSON, replacer function and list, indentation, wrappers, cycles, lone surrogates).
const o = JSON.parse('{"a": [1, 2.5e3, -0.5, true, false, null, "x\\u00e9\\n\\ud83d\\ude00"], "b": {"c": {}}, "__proto__": 1}');
console.log(o, Object.keys(o));
console.log(JSON.stringify(o), JSON.stringify([undefined, function () {}, Symbol("s"), NaN, -0]));
console.log(JSON.stringify({ a: 1, b: [1, { c: 2 }], d: undefined }, null, 2));
console.log(JSON.stringify({ a: 1, b: 2, c: 3 }, ["c", "a"]), JSON.stringify({ a: 1, b: "x" }, (k, v) => typeof v === "number" ? v * 10 : v));
console.log(JSON.stringify({ toJSON() { return { t: 1 }; } }), JSON.stringify(String.fromCharCode(0xD800)));
const cyc = {}; cyc.self = cyc;
try { JSON.stringify(cyc); } catch (e) { console.log(e.constructor.name); }
try { JSON.parse("{bad}"); } catch (e) { console.log(e.constructor.name); }
try { JSON.parse("[1,]"); } catch (e) { console.log(e.constructor.name); }
console.log(JSON.parse('[1, {"x": 2}]', (k, v) => typeof v === "number" ? v + 1 : v));
console.log(JSON.stringify("tab\there"), JSON.stringify({ s: new String("w"), n: new Number(3) }), JSON.stringify(undefined), JSON.stringify([], null, "--"));
console.log(JSON.stringify({ a: [1, [2]] }, null, "ab"), Object.prototype.toString.call(JSON));
