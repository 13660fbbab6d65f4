// Conditions built from && || ! and ?: (their joins are threaded into direct branches,
// compiler/src/ir/thread_jumps.rs), also where the condition's value is used again.
function classify(a, b) {
  let out = "";
  if (a && b) out += "both ";
  if (a || b) out += "either ";
  if (!a && !b) out += "neither ";
  if ((a && !b) || (!a && b)) out += "one ";
  const v = a && b;
  const w = a || b;
  out += String(v) + "/" + String(w);
  return out;
}
const values = [0, 1, "", "x", null, undefined, NaN, {}, -0, [], Symbol("s")];
for (const a of values) {
  for (const b of values) console.log(typeof a, typeof b, classify(a, b));
}

let i = 0, steps = 0;
while (i < 10 && steps * steps <= 40) {
  i++;
  steps += 2;
}
console.log(i, steps);
let k = 0;
do {
  k++;
} while (k < 3 || (k < 7 && k % 2 === 1));
console.log(k);
for (let n = 0; !(n > 5) && (n !== 3 || n === 3); n++) console.log("n", n);
let calls = 0;
const t = () => (calls++, true), f = () => (calls++, false);
if (f() && t()) console.log("no");
if (t() || f()) console.log("yes", calls);
console.log((f() || t()) && (t() ? f() : t()), calls);
