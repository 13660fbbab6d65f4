// The line:column of each frame in error.stack is where V8 puts it: the property name of
// a method call, the callee of a plain call, the `(` of other calls, `new` of a construction.
function positions(e) {
  return e.stack.split("\n").slice(1).filter((l) => l.includes("stack_positions.js")).map((l) => l.match(/:(\d+:\d+)\)?$/)[1]).join(" ");
}
function where() { return positions(new Error("here")); }
const o = { g: where, 1: where, nested() { return this.g(); } };
console.log(o.g());
console.log(o["g"]());
console.log(o[1]());
console.log(o  .  g());
console.log(o?.g());
console.log((0, o.g)());
console.log(where.call(null));
console.log(`${o.g()}`);
console.log(o.nested());
class K { m() { return o.g(); } static s() { return new K().m(); } }
console.log(K.s());
console.log(new (function () { this.s = where(); })().s);
try { o.missing(); } catch (e) { console.log(e.message, positions(e)); }
try { null.x; } catch (e) { console.log(e.message, positions(e)); }
