// dxc: node=26
// Object's static methods and the legacy Object.prototype accessors.
const o = Object.defineProperties({}, {
  a: { value: 1, enumerable: true },
  b: { get() { return 2; }, enumerable: false, configurable: true },
});
console.log(o, Object.getOwnPropertyDescriptors(o));
const s1 = Symbol("s1");
const withSyms = { x: 1, [s1]: 2, [Symbol.for("s2")]: 3 };
console.log(Object.getOwnPropertySymbols(withSyms), Object.getOwnPropertyNames(withSyms));
console.log(Object.fromEntries([["a", 1], ["b", 2]]), Object.fromEntries(new Map([[1, "one"]])));
console.log(Object.groupBy([1, 2, 3, 4, 5], (x) => (x % 2 ? "odd" : "even")));
console.log(Object.isSealed(Object.seal({ a: 1 })), Object.isSealed({}), Object.isSealed(Object.preventExtensions({})));
console.log(Object.isFrozen(Object.freeze([1])), Object.isSealed(Object.freeze({ a: 1 })));

// Converting a property between data and accessor keeps its place in the key order.
const order = {};
Object.defineProperty(order, "a", { get() {}, configurable: true, enumerable: true });
order.b = 2;
Object.defineProperty(order, "a", { value: 1 });
console.log(Object.keys(order), order);

// Object.values/entries re-check each key: a getter may delete a later one.
const shrinking = { get a() { delete this.b; return "a"; }, b: "b", c: "c" };
console.log(Object.values(shrinking), Object.entries({ x: 1, y: [2] }));

// __proto__ and the __defineGetter__ family.
const child = {};
child.__proto__ = Array.prototype;
console.log(child instanceof Array, {}.__proto__ === Object.prototype, Object.create(null).__proto__);
const legacy = {};
legacy.__defineGetter__("g", () => "got");
legacy.__defineSetter__("s", function (v) { this.last = v; });
legacy.s = 5;
console.log(legacy.g, legacy.last, typeof legacy.__lookupGetter__("g"), legacy.__lookupSetter__("g"), typeof legacy.__lookupSetter__("s"));
try {
  Object.setPrototypeOf(Object.preventExtensions({}), Array.prototype);
} catch (e) {
  console.log(e.constructor.name);
}
console.log(Object.getOwnPropertyNames("ab"), Object.getOwnPropertyDescriptor(new String("xy"), "length"));

// Array lengths made read-only.
const ro = [1, 2, 3];
Object.defineProperty(ro, "length", { writable: false });
try {
  ro.push(4);
} catch (e) {
  console.log(e.constructor.name, ro.length);
}
try {
  Object.defineProperty([], "length", { value: -1 });
} catch (e) {
  console.log(e.constructor.name);
}
