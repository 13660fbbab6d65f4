// new.target and super inside arrow functions (also nested), from methods, static methods and functions.
class A { m() { return "A.m"; } }
class B extends A { m() { const f = () => super.m() + "!"; return f(); } static s() { return (() => new.target)(); } }
console.log(new B().m(), B.s());
function F() { const g = () => new.target; return g(); }
console.log(new F() === undefined, F());
const o = { __proto__: { x: 1 }, get() { return (() => () => super.x)()(); } };
console.log(o.get());
