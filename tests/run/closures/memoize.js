function memoize(fn) {
  const cache = {};
  let hits = 0;
  const m = function (n) {
    if (n in cache) {
      hits++;
      return cache[n];
    }
    const r = fn(n);
    cache[n] = r;
    return r;
  };
  m.hits = () => hits;
  return m;
}
const slowSquare = n => n * n;
const fast = memoize(slowSquare);
console.log(fast(4), fast(4), fast(5), fast(4), fast.hits());
const fib = memoize(function (n) {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
});
console.log(fib(50), fib(90));
function once(f) {
  let done = false;
  let result;
  return function () {
    if (!done) {
      done = true;
      result = f();
    }
    return result;
  };
}
let calls = 0;
const init = once(() => ++calls);
console.log(init(), init(), init(), calls);
