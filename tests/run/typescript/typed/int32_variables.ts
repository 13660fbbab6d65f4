// Variables only ever written with int32s (bit operator results but `>>>`'s, int32
// constants, copies of such variables) are used by bit operators as the integers they
// hold, without a range check (`ir::types::int32s`). The results must be ToInt32
// arithmetic on the doubles, exactly; variables that can hold something else (a
// `>>>` result, a sum, -0, a parameter) keep the checked conversion.

function packBits(n: number, limit: number): number {
  let bits = 0;
  let bitNum = 0;
  let checksum = 0;
  for (let x = 0; x < n; x++) {
    bits = (bits << 1) | ((x * x) % 7 < limit ? 1 : 0);
    bitNum++;
    if (bitNum === 8 || x === n - 1) {
      if (bitNum !== 8) bits = bits << (8 - bitNum);
      checksum = (checksum * 31 + bits) % 1000000007;
      bits = 0;
      bitNum = 0;
    }
  }
  return checksum;
}

function mix(n: number): string {
  let a = -1;
  let b = 0x7fffffff;
  let c = ~0;
  for (let i = 0; i < n; i++) {
    a = (a << 3) ^ b;
    b = (b >>> 1) | 0;
    c = (c & a) | (i & 1 ? 0x80000000 | 0 : -2147483648 >> 3);
    const t = a;
    a = b >> 1;
    b = t;
  }
  return [a, b, c, a >>> 0, a >>> 28, b << 31, ~c].join(" ");
}

// `u` holds a uint32 (`>>>`): 4294967295 | 0 is -1, not a saturated 2147483647.
function unsigned(n: number): string {
  let u = -1 >>> 0;
  let s = 0;
  for (let i = 0; i < n; i++) {
    s = s + (u | 0) + (u & 0xff) + (u ^ 1);
    u = (u >>> 1) | (i & 1 ? 0 : 0x80000000) ? u >>> 0 : u >>> 1;
  }
  return s + " " + u;
}

// Sums and a parameter are not int32s: their bit operators convert (wrapping).
function wraps(p: number, n: number): string {
  let h = p;
  let k = 0;
  for (let i = 0; i < n; i++) {
    h = ((h << 5) - h + i * 977) | 0;
    k = k + 0x7fffffff;
  }
  return [h, k | 0, k >> 1, p | 0, (p * 2) << 0].join(" ");
}

// -0 is not an int32 constant: `z | 0` is 0, while `z` itself stays -0.
function negativeZero(flag: number): string {
  let z = -0;
  if (flag > 0) z = 5 | 0;
  return [Object.is(z, -0), z | 0, 1 / z].join(" ");
}

console.log(packBits(1000, 3), packBits(13, 5), packBits(0, 1));
console.log(mix(0), "|", mix(5), "|", mix(40));
console.log(unsigned(3), unsigned(10));
console.log(wraps(1, 100), wraps(3000000000.5, 7), wraps(-0.5, 3));
console.log(negativeZero(0), negativeZero(1));
