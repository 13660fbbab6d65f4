import { isEven } from "./even.mjs";
import { order } from "./order.mjs";
// even.mjs has not run yet, but its function declarations exist.
order.push("odd(isEven(4) = " + isEven(4) + ")");
export function isOdd(n) {
  return n === 0 ? false : isEven(n - 1);
}
