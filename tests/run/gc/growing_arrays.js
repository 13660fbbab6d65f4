// dxc: stress-interval=2000
const keep = [];
let sum = 0;
for (let round = 0; round < 50; round++) {
  const a = [];
  for (let i = 0; i < 10000; i++) a.push({ i: i, s: String(i) });
  const evens = a.filter(x => x.i % 2 === 0).map(x => x.s);
  sum += evens.length;
  keep.push(evens[round]);
  const obj = {};
  for (let i = 0; i < 500; i++) obj["k" + i] = [i];
  sum += Object.keys(obj).length;
}
console.log(sum, keep.length, keep.slice(0, 5), keep[49]);
