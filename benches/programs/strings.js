// String building, concatenation and conversion.
let s = "";
let n = 0;
for (let i = 0; i < 300000; i++) {
  s += i % 10;
  if (s.length > 1000) {
    n += s.length;
    s = "";
  }
}
console.log(n, String(123.456), (0.1 + 0.2).toString());
