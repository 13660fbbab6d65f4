// Local numbers and booleans are kept unboxed: the results must be exactly JS's,
// including -0, NaN, infinities, 32-bit wrap-around and remainders of every sign.
function rems() {
  const out = [];
  const xs = [7, -7, 0, -0, 2.5, -2.5, 1e20, NaN, Infinity, 2147483648, -2147483649];
  const ys = [3, -3, 0, -0, 0.75, Infinity, NaN, 1, 2147483647];
  for (let i = 0; i < xs.length; i++) {
    for (let j = 0; j < ys.length; j++) {
      const x = xs[i] + 0, y = ys[j] + 0;
      const r = x % y;
      out.push(Object.is(r, -0) ? "-0" : String(r));
    }
  }
  return out.join(" ");
}
console.log(rems());
function bitops() {
  const out = [];
  const vals = [0, -0, 1, -1, 3.7, -3.7, 2147483647, 2147483648, 4294967295, 4294967296, 1e20, -1e20, 2 ** 63, -(2 ** 63), 2 ** 64 + 2048, NaN, Infinity, -Infinity];
  for (let i = 0; i < vals.length; i++) {
    const v = vals[i] * 1;
    out.push([v | 0, v >> 1, v >>> 0, v << 31, ~v, v & 0xff, v ^ -1, 5 >>> v].join(","));
  }
  return out.join(" ");
}
console.log(bitops());
function compares() {
  let n = 0;
  const vals = [0, -0, 1, NaN, Infinity, -Infinity];
  for (let i = 0; i < vals.length; i++) {
    for (let j = 0; j < vals.length; j++) {
      const a = vals[i] + 0, b = vals[j] + 0;
      const bools = [a < b, a <= b, a > b, a >= b, a == b, a != b, a === b, a !== b, !a, !(a < b)];
      for (let k = 0; k < bools.length; k++) n = n * 3 + (bools[k] ? 1 : 0);
      n = n % 1000000007;
    }
  }
  return n;
}
console.log(compares());
function loops() {
  let sum = 0, flip = false, count = 0;
  for (let i = 0; i < 1000; i++) {
    flip = !flip;
    if (flip) sum += i * 0.5;
    else sum -= i / 3;
    let t;
    if (i % 7 === 0) t = i;
    count += t === undefined ? 1 : 0;
  }
  let z;
  z = -sum;
  return [sum, flip, count, z, -z, +z, typeof flip, flip + 1];
}
console.log(loops().join(" "));
// Strings and numbers in one variable stay boxed.
function mixedVar(n) {
  let x = 1;
  for (let i = 0; i < n; i++) x = i % 2 ? x + 1 : x + "1";
  return x;
}
console.log(mixedVar(7));
