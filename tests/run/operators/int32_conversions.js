// ToInt32 in bit operators: the inline conversion covers every double that truncates
// into 64 bits (and NaN); infinities, huge magnitudes and non-numbers take the slow
// path. Boxed and unboxed operands, and results fed into further bit operators.
const edge = [0, -0, 0.5, -0.5, 1.9, -1.9, 2147483647, 2147483648, -2147483648, -2147483649, 4294967295, 4294967296.5,
  2 ** 53, -(2 ** 53), 2 ** 62, 2 ** 63, -(2 ** 63), 2 ** 64, -(2 ** 64), 1e20, -1e20, 1e300, 5e-324, NaN, Infinity, -Infinity];
const other = ["5", " 12 ", "0x10", "abc", "", null, undefined, true, false, { valueOf() { return 7; } }, [3], [1, 2]];
for (const x of edge.concat(other)) {
  console.log(String(x), x | 0, x & 0xff, x ^ -1, ~x, x << 1, x >> 1, x >>> 0, (x | 0) & 3, ((x ^ 5) | 0) === 5);
}
// Unboxed (typed by arithmetic) operands.
let acc = 0;
for (let i = 0; i < edge.length; i++) {
  const d = edge[i] * 1;
  acc = (acc ^ (d | 0)) + ((d >> 3) & 7) + (~d & 1);
}
console.log(acc);
let t = 0;
for (let v = -3e9; v < 3e9; v += 7.3e7) t = (t + ((v | 0) ^ (v >>> 1))) | 0;
console.log(t);
