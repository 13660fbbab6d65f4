import { log } from "./order.mjs";
log.push("util");
export const twice = (x) => x * 2;
