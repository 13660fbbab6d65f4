// Private fields, methods, accessors (static too), brand checks with #x in o, and private names per class evaluation.
class P {
  #x = 1;
  static #count = 0;
  #m() { return this.#x * 2; }
  get #g() { return this.#x + 100; }
  set #g(v) { this.#x = v; }
  static #sm() { return "sm"; }
  constructor() { P.#count++; }
  run() { this.#g = 5; return [this.#x, this.#m(), this.#g, P.#count, P.#sm(), #x in this, #x in {}]; }
  static has(o) { return #m in o; }
  peek(o) { try { return o.#x; } catch (e) { return e.constructor.name; } }
  setm() { try { this.#m = 1; } catch (e) { return e.constructor.name; } }
}
const p = new P(); new P();
console.log(p.run(), P.has(p), P.has({}), p.peek({}), p.setm(), Object.keys(p));
class Q extends P { #x = "q"; qx() { return this.#x; } }
console.log(new Q().qx(), new Q().run()[0]);
function mk() { return class { #v = 1; static get(o) { return o.#v; } }; }
const K1 = mk(), K2 = mk();
try { K1.get(new K2()); } catch (e) { console.log(e.constructor.name); }
console.log(K1.get(new K1()));
Object.freeze(p); console.log(p.run()[0]);
