function add(a, b) {
  return a + b;
}
const sub = function (a, b) {
  return a - b;
};
const mul = (a, b) => a * b;
const sq = x => x * x;
const noArgs = () => "none";
const block = (a) => {
  const d = a * 2;
  return d + 1;
};
const obj = () => ({ made: true });
console.log(add(1, 2), sub(5, 3), mul(4, 5), sq(9), noArgs(), block(10));
console.log(obj().made);
console.log(add(1), add(1, 2, 3), add("a", "b"));
const fns = [add, sub, mul];
for (let i = 0; i < fns.length; i++) console.log(fns[i](10, 2));
const table = { double: x => x * 2, neg: function (x) { return -x; } };
console.log(table.double(21), table["neg"](3));
console.log((function (x) { return x + 1; })(1), (x => x * 3)(3));
const curry = a => b => c => a + b + c;
console.log(curry(1)(2)(3));
function noReturn() {
  const x = 1;
}
console.log(noReturn());
