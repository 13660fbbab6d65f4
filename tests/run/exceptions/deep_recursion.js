function f(n) {
  return f(n + 1) + 1;
}
try {
  f(0);
} catch (e) {
  console.log(e instanceof RangeError);
}
let depth = 0;
function g() {
  depth++;
  g();
}
try {
  g();
} catch (e) {
  console.log(e instanceof RangeError, depth > 1000);
}
function a(n) {
  return b(n + 1);
}
function b(n) {
  return a(n + 1);
}
try {
  a(0);
} catch (e) {
  console.log("mutual", e instanceof RangeError);
}
console.log("recovered");
function fine(n) {
  return n === 0 ? 0 : 1 + fine(n - 1);
}
console.log(fine(1000));
