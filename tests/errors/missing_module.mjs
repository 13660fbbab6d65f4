import { helper } from "./modules/helper.mjs";
console.log(helper);
