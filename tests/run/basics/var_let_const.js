var a = 1;
let b = 2;
const c = 3;
console.log(a, b, c);
a = 10;
b = 20;
console.log(a, b, c);
var a = 100;
console.log(a);
let u;
var v;
console.log(u, v);
try {
  c = 4;
} catch (e) {
  console.log(e instanceof TypeError, e.name);
}
console.log(c);
const obj = { x: 1 };
obj.x = 2;
console.log(obj.x);
let s = "str", n = 5, t = true;
console.log(s, n, t);
var m = 1, k = m + 1, j = k * 2;
console.log(m, k, j);
