let s = "";
for (let i = 0; i < 5; i++) s += i;
console.log(s);
for (let i = 10; i > 0; i -= 3) console.log(i);
let count = 0;
for (;;) {
  if (++count === 4) break;
}
console.log(count);
let total = 0;
for (let i = 0; i < 5; i++) {
  for (let j = 0; j < i; j++) {
    total += j;
  }
}
console.log(total);
var acc = [];
for (var x = 0, y = 10; x < y; x += 2, y -= 2) acc.push(x + ":" + y);
console.log(acc.join(","));
console.log(x, y);
let k = 0;
for (; k < 3; ) k++;
console.log(k);
for (let i = 0; i < 10; i++) {
  if (i % 3 !== 0) continue;
  console.log("mult3", i);
}
const arr = [5, 6, 7];
for (let i = arr.length - 1; i >= 0; i--) console.log(arr[i]);
let p = 1;
for (let i = 0; i < 20; i++) p *= 2;
console.log(p);
