// One read site meeting objects of several shapes: compiled code checks one cached
// record, the runtime's slow path the site's earlier ones. Each read must still see
// the property as it is now.
class A { run() { return "A"; } }
class B { run() { return "B"; } }
class C { run() { return "C"; } }
class D { run() { return "D"; } }
class E { run() { return "E"; } }
const objs = [new A(), new B(), new C(), new D(), new E(), { run: () => "lit" }, { x: 1, run: () => "lit2" }];

function callAll(list) {
  let s = "";
  for (const o of list) s += o.run();
  return s;
}
function readAll(list, key) {
  const out = [];
  for (const o of list) out.push(o.x);
  return out.join(",") + key;
}
for (let i = 0; i < 3; i++) console.log(callAll(objs));

// A prototype method replaced after the site cached it.
B.prototype.run = function () { return "b2"; };
console.log(callAll(objs));
// An own property shadowing the prototype's (the object changes shape).
objs[2].run = () => "own";
console.log(callAll(objs));
// A prototype's prototype swapped.
Object.setPrototypeOf(objs[3], E.prototype);
console.log(callAll(objs));
// Deleting the method from the prototype: the read finds nothing.
delete A.prototype.run;
try {
  callAll(objs);
} catch (e) {
  console.log(e.constructor.name);
}
A.prototype.run = () => "A again";
console.log(callAll(objs));

// Own data properties at different slots in different shapes.
const shapes = [{ x: 1 }, { a: 0, x: 2 }, { a: 0, b: 0, x: 3 }, { a: 0, b: 0, c: 0, x: 4 }, { x: 5, y: 0 }];
for (let i = 0; i < 3; i++) console.log(readAll(shapes, "!"));
shapes[1].x = 20;
delete shapes[2].x;
shapes[3].x = undefined;
console.log(readAll(shapes, "?"));
// Getters are never cached.
let n = 0;
shapes.push({ get x() { return ++n; } });
console.log(readAll(shapes, "."), readAll(shapes, "."));
