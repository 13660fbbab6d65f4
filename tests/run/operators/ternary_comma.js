const x = 5;
console.log(x > 3 ? "big" : "small", x > 10 ? "huge" : x > 4 ? "mid" : "low");
console.log(0 ? "t" : "f", "" ? "t" : "f", "0" ? "t" : "f", [] ? "t" : "f");
let calls = [];
function mark(v) {
  calls.push(v);
  return v;
}
const r = true ? mark("yes") : mark("no");
console.log(r, calls);
const c = (1, 2, 3);
console.log(c);
let a = 0, b = 0;
for (a = 0, b = 10; a < 3; a++, b--) {}
console.log(a, b);
const d = (mark("first"), mark("second"));
console.log(d, calls);
function sign(n) {
  return n < 0 ? -1 : n > 0 ? 1 : 0;
}
console.log(sign(-5), sign(0), sign(9));
let z = 1;
const w = (z += 1, z *= 10, z);
console.log(w);
const nested = true ? false ? 1 : 2 : 3;
console.log(nested);
