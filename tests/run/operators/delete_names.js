// delete of a name: false for declared bindings, a global object property for unresolvable names, the with object's property inside with.
var o = { p: 1 };
with (o) { var r = delete p; }
console.log(r, o.p);
globalThis.gx = 1;
console.log(delete gx, typeof gx);
var declared = 1;
console.log(delete declared);
