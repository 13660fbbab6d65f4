// dxc: stress-interval=100000
let s = 0;
for (let i = 0; i < 5e6; i++) {
  const o = { a: i, b: [i] };
  s += o.a + o.b[0] % 7;
}
console.log(s);
