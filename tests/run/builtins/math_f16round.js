// dxc: node=26
// Math.f16round rounds a double once to the nearest binary16 value (ties to even).
const values = [0, -0, 1, 1.337, 65504, 65519.99, 65520, -65520, 2 ** -24, 2 ** -25, 2 ** -25 + 2 ** -60, 3 * 2 ** -26,
  5.960464477539063e-8, 6.103515625e-5, 0.1, 1 / 3, 1.00048828125, 1.00048828125000001, 1.0009765625 + 2 ** -12, NaN, Infinity, -Infinity, "2.5", 1e-10, -1e-10];
for (const v of values) console.log(v, Object.is(Math.f16round(v), -0) ? "-0" : Math.f16round(v));
console.log(Math.f16round.length, Math.f16round.name, Math.f16round());
