// 5 million short-lived objects: allocation rate and GC under a small live set.
let sum = 0;
for (let i = 0; i < 5000000; i++) {
  const p = { x: i, y: i * 2, next: null };
  sum += p.x + p.y;
}
console.log(sum);
