// Import cycles: exported functions exist before any module of the cycle runs (so a
// module can call into one that has not run yet), and reading a `let` of a module that
// has not run yet is a ReferenceError (TDZ) rather than undefined.
import { isEven } from "./even.mjs";
import { order } from "./order.mjs";
import { readLater } from "./tdz_a.mjs";
console.log(isEven(10), isEven(7));
console.log(order.join(" "));
console.log(readLater());
