function greet(name = "world", punct = "!") {
  return "hello " + name + punct;
}
console.log(greet(), greet("bob"), greet("amy", "?"));
console.log(greet(undefined, "."), greet(null), greet(0), greet(""));
function dep(a, b = a * 2, c = a + b) {
  return [a, b, c];
}
console.log(dep(1), dep(1, 5), dep(1, undefined, 0));
let counter = 0;
function lazy(x = ++counter) {
  return x;
}
console.log(lazy(), lazy(), lazy(100), counter);
const arrow = (x, y = 10) => x + y;
console.log(arrow(1), arrow(1, 1));
function objDefault(o = { n: 1 }) {
  o.n++;
  return o.n;
}
console.log(objDefault(), objDefault(), objDefault({ n: 10 }));
function fnDefault(f = function () { return "default fn"; }) {
  return f();
}
console.log(fnDefault(), fnDefault(() => "given"));
const outer = "outer";
function scopeDefault(v = outer) {
  return v;
}
console.log(scopeDefault());
function tdzDefault(a = b, b = 1) {
  return a;
}
try {
  tdzDefault();
} catch (e) {
  console.log(e instanceof ReferenceError);
}
console.log(tdzDefault(7));
