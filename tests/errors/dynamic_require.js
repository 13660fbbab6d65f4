// Modules are linked at build time: require() needs a constant specifier.
const name = "./modules/lib.mjs";
console.log(require(name));
