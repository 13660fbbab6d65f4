// Small numeric functions are inlined at their call sites (compiler/src/ir/inline.rs),
// guarded by "still the same function" and "every argument is a number". Everything
// that fails the guard must behave exactly as a real call.
function a(i, j) {
  return 1 / (((i + j) * (i + j + 1)) / 2 + i + 1);
}
function max(x, y) {
  return x > y ? x : y;
}
function clampedSum(x, y) {
  let s = x + y;
  if (s > 10) s = 10;
  else if (s < -10) s = -10;
  return s;
}
function bits(x) {
  return ((x << 3) ^ (x >>> 1)) & 0xff;
}

let sum = 0;
for (let i = 0; i < 50; i++) {
  for (let j = 0; j < 50; j++) sum += a(i, j) * max(i, j);
}
console.log(sum.toFixed(6));
let c = 0;
for (let i = -20; i < 20; i++) c += clampedSum(i, i / 2) + bits(i);
console.log(c);

// Arguments that are not numbers take the real call.
console.log(max("a", "b"), max("10", 9), a("1", 2), bits(true), clampedSum(null, undefined));
const valued = { valueOf() { return 7; } };
console.log(max(valued, 3) === valued, a(valued, 0), bits({ valueOf: () => 5 }));

// A throw inside the real call keeps its frame in the stack trace.
const throwing = { valueOf() { throw new Error("no number"); } };
try {
  for (let i = 0; i < 3; i++) sum += a(i, i === 2 ? throwing : i);
} catch (e) {
  const frames = e.stack.split("\n").filter((l) => l.includes("at ")).map((l) => l.trim().split(" ")[1].split(".").pop());
  console.log(e.message, frames.slice(0, 2).join(" < "));
}

// A nested function that is never reassigned is called directly: inlined too.
function outer(n) {
  function sq(x) {
    return x * x;
  }
  let t = 0;
  for (let i = 0; i < n; i++) t += sq(i);
  return t + sq("3");
}
console.log(outer(10));

// Reassigning the global function mid-loop: later calls reach the new function.
let total = 0;
for (let i = 0; i < 6; i++) {
  total += max(i, 2);
  if (i === 2) max = function (x, y) { return x * 100 + y; };
}
console.log(total);

// Fewer or more arguments than parameters are real calls.
console.log(Number.isNaN(a(1)), a(1, 2, 3) === a(1, 2));
