let i = 0;
while (i < 5) {
  i++;
}
console.log(i);
let sum = 0;
let n = 10;
while (n) sum += n--;
console.log(sum);
let j = 100;
do {
  j++;
} while (j < 50);
console.log(j);
let k = 0;
do k += 3; while (k < 10);
console.log(k);
let collatz = 27, steps = 0;
while (collatz !== 1) {
  collatz = collatz % 2 === 0 ? collatz / 2 : 3 * collatz + 1;
  steps++;
}
console.log(steps);
let w = 0;
while (true) {
  w++;
  if (w > 7) break;
  if (w % 2) continue;
  console.log("even", w);
}
let d = 0;
do {
  d++;
  if (d === 2) continue;
  console.log("do", d);
} while (d < 4);
