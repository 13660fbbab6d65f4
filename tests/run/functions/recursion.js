function fact(n) {
  return n <= 1 ? 1 : n * fact(n - 1);
}
console.log(fact(0), fact(5), fact(10), fact(20), fact(25));
function fib(n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
console.log(fib(10), fib(25));
function isEven(n) {
  return n === 0 ? true : isOdd(n - 1);
}
function isOdd(n) {
  return n === 0 ? false : isEven(n - 1);
}
console.log(isEven(10), isOdd(7), isEven(7));
function ack(m, n) {
  if (m === 0) return n + 1;
  if (n === 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}
console.log(ack(2, 3), ack(3, 3));
function hanoi(n, from, to, via, moves) {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push(from + to);
  hanoi(n - 1, via, to, from, moves);
  return moves;
}
console.log(hanoi(3, "A", "C", "B", []).join(" "));
function sumTo(n) {
  if (n === 0) return 0;
  return n + sumTo(n - 1);
}
console.log(sumTo(5000));
function flatten(a, out) {
  for (let i = 0; i < a.length; i++) {
    if (Array.isArray(a[i])) flatten(a[i], out);
    else out.push(a[i]);
  }
  return out;
}
console.log(flatten([1, [2, [3, [4, [5]]]], 6], []));
const gcd = (a, b) => (b === 0 ? a : gcd(b, a % b));
console.log(gcd(48, 18), gcd(17, 5));
