// Optional chaining (members, calls, short-circuit of the whole chain), tagged templates (cached frozen strings with raw), super in object literal methods.
const o = { a: { b: () => 42, c: null }, m() { return this === o; }, n: null };
console.log(o?.a?.b(), o.x?.y.z, o.n?.(), o.m?.(), o.a.c?.d, o?.["a"]?.["b"]?.(), (o?.a).b());
let calls = 0; const f = () => { calls++; return 1; };
null?.[f()]; console.log(calls);
function tag(s, ...v) { return s.raw.join("|") + ":" + s.join("|") + ":" + v.join(",") + ":" + Object.isFrozen(s) + Object.isFrozen(s.raw); }
console.log(tag`a${1}b\n${2}c`);
const sites = []; function t2(s) { sites.push(s); } for (let i = 0; i < 2; i++) t2`x`; console.log(sites[0] === sites[1]);
const obj = { greet(s, n) { return this.pre + s[0] + n; }, pre: ">" }; console.log(obj.greet`hi ${5}`);
const base = { hello() { return "base hello"; } };
const derived = { __proto__: base, hello() { return "derived+" + super.hello(); } };
console.log(derived.hello());
