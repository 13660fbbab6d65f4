// dxc: stress-interval=2000
function makeAdder(n) {
  const captured = { n: n, pad: [n, n] };
  return function (x) {
    return x + captured.n + captured.pad.length;
  };
}
let total = 0;
for (let i = 0; i < 300000; i++) {
  const f = makeAdder(i);
  total += f(1);
}
console.log(total);
const kept = [];
for (let i = 0; i < 1000; i++) kept.push(makeAdder(i));
for (let i = 0; i < 200000; i++) {
  const junk = { a: "x" + i, b: [i, i, i] };
  total += junk.b.length;
}
let s = 0;
for (let i = 0; i < kept.length; i++) s += kept[i](0);
console.log(total, s);
