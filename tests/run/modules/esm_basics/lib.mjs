import { log } from "./order.mjs";
log.push("lib");
export let counter = 0;
export function increment() {
  counter += 1;
}
export default function (who) {
  return `hello, ${who}`;
}
export class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
  length() {
    return Math.hypot(this.x, this.y);
  }
}
const PI = 3.14159;
export { PI };
