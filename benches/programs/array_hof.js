// map, filter, reduce and sort over one million numbers.
const n = 1000000;
const xs = [];
for (let i = 0; i < n; i++) xs.push((i * 7919) % 1000003);
let checksum = 0;
for (let round = 0; round < 3; round++) {
  const doubled = xs.map((x) => x * 2 + round);
  const odd = doubled.filter((x) => x % 3 === 0);
  const sum = odd.reduce((a, b) => a + b, 0);
  checksum += sum + odd.length;
}
const sorted = xs.slice().sort((a, b) => a - b);
console.log(checksum, sorted[0], sorted[n >> 1], sorted[n - 1]);
