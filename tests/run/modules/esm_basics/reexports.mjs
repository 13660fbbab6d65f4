import { log } from "./order.mjs";
log.push("reexports");
export { twice } from "./util.mjs";
export * from "./lib.mjs";
export * as shapes from "./shapes.mjs";
