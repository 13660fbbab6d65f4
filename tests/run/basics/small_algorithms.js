function sieve(n) {
  const marks = [];
  for (let i = 0; i <= n; i++) marks.push(true);
  marks[0] = marks[1] = false;
  for (let i = 2; i * i <= n; i++) {
    if (!marks[i]) continue;
    for (let j = i * i; j <= n; j += i) marks[j] = false;
  }
  const out = [];
  for (let i = 0; i <= n; i++) if (marks[i]) out.push(i);
  return out;
}
console.log(sieve(60));
function bsearch(arr, x) {
  let lo = 0, hi = arr.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid] === x) return mid;
    if (arr[mid] < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}
const primes = sieve(100);
console.log(bsearch(primes, 37), bsearch(primes, 38), bsearch(primes, 2), bsearch(primes, 97));
function bubble(a) {
  a = a.slice();
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < a.length - 1 - i; j++) {
      if (a[j] > a[j + 1]) {
        const t = a[j];
        a[j] = a[j + 1];
        a[j + 1] = t;
      }
    }
  }
  return a;
}
console.log(bubble([5, -2, 9, 0, 3, 3, -8]));
function toBinary(n) {
  if (n === 0) return "0";
  let s = "";
  while (n > 0) {
    s = (n % 2) + s;
    n = Math.floor(n / 2);
  }
  return s;
}
console.log(toBinary(0), toBinary(5), toBinary(255), toBinary(1024));
let h = 0;
const str = "hash me please";
for (let i = 0; i < str.length; i++) h = (h * 31 + str.charCodeAt(i)) | 0;
console.log(h, h >>> 0);
