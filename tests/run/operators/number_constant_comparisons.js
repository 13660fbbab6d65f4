// `x === c` with a number constant c compares bits (zero has two: +0 and -0), and bit
// operators' results compare as integers: every edge case must be what JavaScript says.
const values = [0, -0, 1, -1, 3, 3.5, -3, NaN, Infinity, -Infinity, 2147483647, -2147483648, 4294967295, 2 ** 53, "3", "0", null, undefined, true, false, {}, [3], Symbol("s")];
function show(v) { return typeof v === "symbol" ? "sym" : Object.is(v, -0) ? "-0" : Array.isArray(v) ? "[" + v + "]" : String(v); }
for (const v of values) {
  const row = [
    v === 0, v === -0, v !== 0, 0 === v, v === 3, v !== 3, 3 === v, v === -3, v === 3.5, v === NaN, v !== NaN,
    v === 2147483647, v === -2147483648, v === Infinity, v === -Infinity, v === 2 ** 53,
  ];
  console.log(show(v), row.map((b) => (b ? 1 : 0)).join(""));
}
// Results of bit operators, compared with each other and with constants.
const nums = [0, -0, 1, 5, -7, 2.9, -2.9, NaN, Infinity, 2 ** 31, 2 ** 32 + 5, -(2 ** 31) - 1, 1e20];
for (const a of nums) {
  let row = "";
  for (const b of nums) {
    const x = a & b, y = a | b, z = a ^ b;
    row += [(a & 4) === 0, (a | 0) < (b | 0), (a >> 1) >= (b >> 1), x === y, y !== z, (a ^ 1) == (b ^ 1), (a & b) <= -1, (a | b) > 0]
      .map((c) => (c ? 1 : 0)).join("") + " ";
  }
  console.log(show(a), row);
}
// In loops, typed by inference.
let s = 0;
for (let i = -5; i < 40; i++) {
  if ((i & 3) === 0) s += 1;
  if ((i | 0) !== i) s += 1000;
  if ((i >> 2) < (i >> 3)) s += 10;
  if (i % 7 === 0) s += 100;
  if (i / 2 === -0) s += 5;
}
console.log(s);
