// Loop counters (integer constants, stepped by integer constants) index arrays without
// a check that the index is whole; everything such a counter can become must still
// read what JavaScript reads: negative indices, indices past the end, huge ones, and
// indices that are properties of the array or of its prototype chain.
const a = [10, 20, 30, 40];
a[-1] = "minus one";
a["4294967295"] = "not an index";
let s = [];
for (let i = -2; i < 6; i++) s.push(a[i]);
console.log(s.join(","));
s = [];
for (let i = 5; i >= -1; i -= 2) s.push(a[i]);
console.log(s.join(","));
// Stepping by large constants: past 2^31, 2^32 and 2^53 (where +1 no longer changes a
// double, and the double is still a whole number).
s = [];
for (let i = 0, n = 0; n < 6; i += 2147483648, n++) s.push(i, a[i]);
console.log(s.join(","));
let big = 4294967295 - 2;
s = [];
for (let k = 0; k < 4; k++, big++) s.push(a[big]);
console.log(s.join(","));
let far = 9007199254740990;
s = [];
for (let k = 0; k < 5; k++) { s.push(far, a[far]); far += 1; }
console.log(s.join(","));
// Holes and inherited elements.
const holes = [1, , 3];
Object.prototype[1] = "from Object.prototype";
s = [];
for (let i = 0; i < 3; i++) s.push(holes[i]);
delete Object.prototype[1];
console.log(s.join(","));
// Not counters: a fraction, a product, a value from elsewhere.
s = [];
for (let x = 0.5; x < 3; x++) s.push(a[x]);
for (let x = 1; x < 20; x *= 3) s.push(a[x]);
const idx = [0, "1", 2.5, -0, NaN, "-1"];
for (let i = 0; i < idx.length; i++) s.push(a[idx[i]]);
console.log(s.join(","));
// A counter written in a nested function's absence, through a copy, and decremented
// inside the loop body.
function sum(arr) {
  let total = 0;
  for (let i = arr.length - 1; i >= 0; i--) {
    let j = i;
    total += arr[j] * (j + 1);
    if (i === 2) i -= 1;
  }
  return total;
}
console.log(sum([1, 2, 3, 4, 5]), sum([]), sum([7]));
