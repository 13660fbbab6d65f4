// with: names resolve through the object first (also from closures and typeof), @@unscopables hides names, var initializers assign through it, calls pass it as this.
var o = { x: 1, f() { return this === o; } };
var x = "outer";
with (o) {
  console.log(x, f(), typeof x, typeof nothere);
  x = 2;
  var y = 5;
}
console.log(o.x, x, y, o.y);
function g() { var z = "local"; with ({ z: "obj" }) { return [z, (() => z)()]; } }
console.log(g());
var arr = [1, 2];
with (arr) { console.log(length, join("-")); }
var u = { v: 1, [Symbol.unscopables]: { v: true } }; var v = "static";
with (u) { console.log(v); }
try { with (null) {} } catch (e) { console.log(e.constructor.name); }
with ({ a: 1 }) { a += 10; var got = a; }
console.log(got);
var fns = [];
with ({ n: 3 }) { fns.push(function () { return n; }); }
console.log(fns[0]());
