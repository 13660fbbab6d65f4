// The mandelbrot kernel of the Computer Language Benchmarks Game, with `number`
// annotations: the bitmap is folded into a checksum instead of written out.
function mandelbrot(size: number): number {
  const limit = 4.0;
  const iter = 50;
  let checksum = 0;
  let bits = 0;
  let bitNum = 0;
  for (let y = 0; y < size; y++) {
    const ci = (2.0 * y) / size - 1.0;
    for (let x = 0; x < size; x++) {
      const cr = (2.0 * x) / size - 1.5;
      let zr = 0.0, zi = 0.0, tr = 0.0, ti = 0.0;
      let i = 0;
      while (i < iter && tr + ti <= limit) {
        zi = 2.0 * zr * zi + ci;
        zr = tr - ti + cr;
        tr = zr * zr;
        ti = zi * zi;
        i++;
      }
      bits = (bits << 1) | (tr + ti <= limit ? 1 : 0);
      bitNum++;
      if (bitNum === 8 || x === size - 1) {
        if (bitNum !== 8) bits = bits << (8 - bitNum);
        checksum = (checksum * 31 + bits) % 1000000007;
        bits = 0;
        bitNum = 0;
      }
    }
  }
  return checksum;
}

console.log(mandelbrot(2000));
