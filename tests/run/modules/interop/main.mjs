// dxc: node=26
// ES modules and CommonJS together, as node does: a CommonJS module's default export
// is its module.exports, named imports are its properties, its namespace has both;
// require() of an ES module returns the module's namespace.
import counter, { bump, label } from "./counter.cjs";
import * as ns from "./counter.cjs";
import { loadEsm } from "./loader.cjs";
console.log(typeof counter, label, bump(), bump(), counter.value);
console.log(ns.default === counter, ns["module.exports"] === counter, ns.label, ns.bump === bump);
const esm = loadEsm();
console.log(esm.answer, esm.default(), Object.prototype.toString.call(esm), loadEsm() === esm);
