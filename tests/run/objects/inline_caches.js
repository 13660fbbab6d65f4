// Property reads and writes are cached per site by the object's shape: every way an
// object or its prototype can change under a cached site must still give JS's answer.
function getX(o) {
  return o.x;
}
function setX(o, v) {
  o.x = v;
}
const a = { x: 1, y: 2 };
const b = { y: 2, x: 3 };
console.log(getX(a), getX(b), getX(a), getX({ x: 4 }), getX({}), getX([]), getX("str"), getX(5));
setX(a, 10);
setX(b, 20);
console.log(a.x, b.x);
Object.freeze(a);
setX(a, 99);
console.log(a.x, getX(a));
delete b.x;
console.log(getX(b));
setX(b, 7);
console.log(getX(b), JSON.stringify(b));
// Prototype hits: the method changes, the prototype changes, an own property shadows.
class P {
  m() {
    return "P.m";
  }
}
function callM(o) {
  return o.m();
}
const p = new P();
console.log(callM(p), callM(p));
P.prototype.m = function () {
  return "replaced";
};
console.log(callM(p));
Object.setPrototypeOf(p, { m: () => "other proto" });
console.log(callM(p));
p.m = () => "own";
console.log(callM(p));
const q = new P();
Object.defineProperty(P.prototype, "m", { get: () => () => "getter" });
console.log(callM(q));
// Setters: a write to a property that becomes an accessor runs the setter.
const log = [];
const s = { v: 0 };
setX(s, 1);
Object.defineProperty(s, "x", { set: (v) => log.push(v), get: () => "g" });
setX(s, 2);
console.log(log.join(), getX(s));
// Arrays: length is not a slot; elements with holes, growth and frozen elements.
function len(o) {
  return o.length;
}
const arr = [1, 2, 3];
console.log(len(arr), len("abcd"), len({ length: 7 }), len(arr));
arr.length = 1;
console.log(len(arr), arr[0], arr[1]);
function at(o, i) {
  return o[i];
}
function put(o, i, v) {
  o[i] = v;
}
const holes = [1, , 3];
Array.prototype[1] = "from proto";
console.log(at(holes, 0), at(holes, 1), at(holes, 2), at(holes, 3), at(holes, -0), at(holes, 0.5), at(holes, "2"));
delete Array.prototype[1];
const fr = Object.freeze([1, 2]);
put(fr, 0, 9);
put(holes, 1, "filled");
put(holes, 5, "grown");
console.log(fr[0], holes.join("|"), holes.length);
// Globals: a cached global read sees reassignment, deletion and redefinition.
var g1 = 1;
globalThis.g2 = 2;
function readG() {
  return typeof g2 === "undefined" ? "gone" : g1 + g2;
}
console.log(readG(), readG());
g1 = 10;
console.log(readG());
delete globalThis.g2;
console.log(readG());
Object.defineProperty(globalThis, "g2", { get: () => 100, configurable: true });
console.log(readG());
for (let i = 0; i < 80; i++) globalThis["many" + i] = i;
delete globalThis.many3;
console.log(readG(), globalThis.many79);
