function f() {}
const g = function () {};
const h = () => {};
const named = function inner() {};
console.log(typeof f, typeof g, typeof h);
console.log(f === f, f !== g);
const o = { method: f };
console.log(o.method === f);
const list = [];
for (let i = 0; i < 3; i++) list.push(function () { return i * 10; });
console.log(list[0](), list[1](), list[2]());
f.custom = "prop on function";
console.log(f.custom);
function callIt(fn) {
  return fn ? fn() : "nothing";
}
console.log(callIt(), callIt(() => "called"));
const dispatch = {};
dispatch["a"] = () => "A";
dispatch.b = () => "B";
console.log(dispatch.a() + dispatch["b"]());
console.log(f, g, h, named);
