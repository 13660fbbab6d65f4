// Classes: fields, accessors, statics, static blocks, extends (also of null, Array, Error), super calls and super properties, new.target, computed keys.
class A {
  x = 1;
  static count = 0;
  constructor(y) { this.y = y; A.count++; }
  get sum() { return this.x + this.y; }
  set sum(v) { this.x = v; }
  m() { return "A.m"; }
  static s() { return "static " + this.name; }
  static { this.tag = "blk"; }
}
class B extends A {
  z = this.x * 10;
  constructor() { super(5); this.w = new.target.name; }
  m() { return "B>" + super.m(); }
  static s() { return super.s() + "!"; }
}
const a = new A(2), b = new B();
console.log(a.sum, b.sum, a.m(), b.m(), A.s(), B.s(), A.count, A.tag, b.z, b.w);
a.sum = 10; console.log(a.x, Object.keys(a), Object.keys(A.prototype), typeof A, A.name, A.length, B.length);
try { A(); } catch (e) { console.log(e.constructor.name, e.message); }
class C extends B { constructor() { try { this.q = 1; } catch (e) { console.log(e.constructor.name); } super(); } }
console.log(new C() instanceof A, Object.getPrototypeOf(C) === B);
const D = class Named { who() { return Named.name; } };
console.log(new D().who(), D.name);
class E extends null {}
console.log(Object.getPrototypeOf(E.prototype));
try { class F extends 5 {} } catch (e) { console.log(e.constructor.name); }
class G { [Symbol.iterator]() { return [1, 2][Symbol.iterator](); } static ["comp" + 1]() {} }
console.log([...new G()], typeof G.comp1, G.comp1.name);
class H extends Array {}
const h = new H(); h.push(1, 2); console.log(h.length, h instanceof H, Array.isArray(h));
class I extends Error { constructor(m) { super(m); this.name = "I"; } }
const i = new I("bad"); console.log(i.message, i instanceof Error, i instanceof I, String(i));
