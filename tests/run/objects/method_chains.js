function Builder() {
  this.parts = [];
}
Builder.prototype.add = function (p) {
  this.parts.push(p);
  return this;
};
Builder.prototype.build = function () {
  return this.parts.join(" ");
};
console.log(new Builder().add("a").add("b").add("c").build());
const calc = {
  v: 0,
  add(n) { this.v += n; return this; },
  mul(n) { this.v *= n; return this; },
  result() { return this.v; },
};
console.log(calc.add(5).mul(3).add(1).result());
const obj = {
  data: [3, 1, 2],
  sorted() {
    return this.data.slice().sort();
  },
  total() {
    return this.data.reduce((a, b) => a + b, 0);
  },
};
console.log(obj.sorted(), obj.total(), obj.data);
const methodRef = obj.total;
try {
  methodRef();
} catch (e) {
  console.log("lost this:", e instanceof TypeError);
}
