import { log } from "./order.mjs";
log.push("side effect");
