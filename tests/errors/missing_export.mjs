// Importing a name the module does not export is an error at build time (a SyntaxError
// when linking, in node).
import { present, absent } from "./modules/lib.mjs";
console.log(present, absent);
