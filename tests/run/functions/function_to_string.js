// Function.prototype.toString: the source text of compiled functions, native code otherwise.
function foo(a, /* c */ b) { return a + b; }
const arrow = (x) => x * 2;
class K extends Object { static   m() {} get g() { return 1; } constructor() { super(); } #p() {} }
class D {}
const o = { m() { return 1; }, get q() { return 2; }, *gen() {}, ["comp" + "uted"]() {} };
console.log(foo.toString());
console.log(String(arrow), String(K), String(D));
console.log(K.m.toString(), Object.getOwnPropertyDescriptor(K.prototype, "g").get.toString());
console.log(o.m.toString(), Object.getOwnPropertyDescriptor(o, "q").get.toString(), o.gen.toString(), o.computed.toString());
console.log(Math.max.toString(), (function () {}).bind(null).toString(), (function* g() { yield 1; }).toString());
console.log(`${function named() {}}`);
