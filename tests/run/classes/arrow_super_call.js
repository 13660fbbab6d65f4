// super() and this inside arrow functions of a derived constructor share its this binding (TDZ before super(), once only).
class A { constructor(v) { this.v = v; } }
class B extends A {
  constructor() {
    const early = () => this;
    try { early(); } catch (e) { console.log("before super:", e.constructor.name); }
    const init = () => super(7);
    init();
    console.log(early().v, this.v, (() => this.v * 2)());
    try { init(); } catch (e) { console.log("twice:", e.constructor.name); }
  }
}
console.log(new B() instanceof B);
class C extends A { constructor() { (() => { (() => super(1))(); })(); this.w = 2; } }
const c = new C(); console.log(c.v, c.w);
class D extends A { constructor() { return; } }
try { new D(); } catch (e) { console.log("no super:", e.constructor.name); }
class E extends A { x = 5; constructor() { const f = () => super(3); f(); console.log(this.x); } }
new E();
