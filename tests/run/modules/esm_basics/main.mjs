// ES modules: named, default and namespace imports; live bindings; re-exports
// (`export {} from`, `export *`, `export * as`); evaluation order (each module once,
// dependencies first, in import order).
import greet, { counter, increment, Point, PI as pi } from "./lib.mjs";
import * as lib from "./lib.mjs";
import { twice, shapes, counter as againCounter } from "./reexports.mjs";
import "./side_effect.mjs";
import { log } from "./order.mjs";

console.log(greet("modules"), pi);
console.log("before", counter, lib.counter, againCounter);
increment();
increment();
console.log("after", counter, lib.counter, againCounter);
console.log(new Point(3, 4).length(), twice(21), shapes.area(2));
console.log(lib);
console.log(Object.keys(lib).join(), Object.prototype.toString.call(lib), Object.isExtensible(lib));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(lib, "counter")));
console.log(lib.default === greet, greet.name, typeof lib.missing);
try {
  lib.counter = 10;
} catch (e) {
  console.log(e instanceof TypeError);
}
try {
  // An import is an immutable binding.
  increment = null;
} catch (e) {
  console.log(e.constructor.name);
}
console.log(log.join(" "));
