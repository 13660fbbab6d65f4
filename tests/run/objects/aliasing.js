const a = { n: 1, inner: { v: 1 } };
const b = a;
b.n = 2;
console.log(a.n);
const c = { n: a.n, inner: a.inner };
c.n = 3;
c.inner.v = 99;
console.log(a.n, a.inner.v);
function mutate(o) {
  o.changed = true;
  o = { replaced: true };
  return o;
}
const orig = {};
const ret = mutate(orig);
console.log(orig, ret);
const list = [a, a, c];
list[0].n = 10;
console.log(list[1].n, a.n);
const self = { name: "self" };
self.me = self;
console.log(self.me.me.me.name, self.me === self);
const x = { y: {} };
x.y.x = x;
console.log(x.y.x.y.x === x);
