function compose(f, g) {
  return function (x) {
    return f(g(x));
  };
}
const inc = x => x + 1;
const dbl = x => x * 2;
console.log(compose(inc, dbl)(5), compose(dbl, inc)(5));
function twice(f) {
  return x => f(f(x));
}
console.log(twice(twice(inc))(0));
function apply(f, a, b) {
  return f(a, b);
}
console.log(apply((a, b) => a * b, 6, 7));
function makeMultiplier(n) {
  return function (x) {
    return x * n;
  };
}
const triple = makeMultiplier(3);
console.log(triple(4), makeMultiplier(10)(5));
function pipe() {
  const fns = arguments;
  return function (x) {
    for (let i = 0; i < fns.length; i++) x = fns[i](x);
    return x;
  };
}
console.log(pipe(inc, dbl, inc, String)(3) + "!");
const ops = { add: (a, b) => a + b, sub: (a, b) => a - b };
function calc(op, a, b) {
  return ops[op](a, b);
}
console.log(calc("add", 2, 3), calc("sub", 2, 3));
function times(n, f) {
  const out = [];
  for (let i = 0; i < n; i++) out.push(f(i));
  return out;
}
console.log(times(5, i => i * i));
