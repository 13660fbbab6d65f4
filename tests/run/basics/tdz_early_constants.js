// Top-level constants declared before any code runs need no TDZ check when functions
// read them; those declared after code that may call the functions keep it.
const A = 1, B = A + 1;
let L = "early";
var V;
function early() {
  return [A, B, L, V];
}
function late() {
  return LATE;
}
function afterCall() {
  return AFTER;
}
console.log(early());
try {
  console.log(late());
} catch (e) {
  console.log(e.name, e.message);
}
const LATE = 3;
console.log(late());
const C = afterCall.length; // code runs here: what follows is not "first"
try {
  console.log(afterCall());
} catch (e) {
  console.log(e.name, e.message);
}
const AFTER = 4;
console.log(afterCall(), C);
L = "changed";
console.log(early());
