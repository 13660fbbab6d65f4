// A typed division by a constant power of two compiles to a multiplication by its
// reciprocal where that is exact: every quotient must be the same number as
// JavaScript's, subnormals, signed zeros, infinities and NaN included.
function halves(x: number): string {
  return [x / 2, x / 0.5, x / 1024, x / -4, x / 2 ** -1022, x / 2 ** 1023, x / 2 ** -1023, x / 3, x / 1].map((q) => (Object.is(q, -0) ? "-0" : String(q))).join(" ");
}
const xs = [1, -1, 3, 0, -0, 1e308, -1e308, 5e-324, -5e-324, 2.2250738585072014e-308, 4.9406564584124654e-322, Infinity, -Infinity, NaN, 0.1, 123456789.123];
for (const x of xs) console.log(halves(x));
