const counter = {
  count: 0,
  inc: function () {
    this.count++;
    return this;
  },
  get: function () {
    return this.count;
  },
};
console.log(counter.inc().inc().inc().get());
function describe() {
  return this.name + " is " + this.age;
}
const alice = { name: "alice", age: 30, describe: describe };
const bob = { name: "bob", age: 25, describe: describe };
console.log(alice.describe(), bob.describe());
bob.describe = alice.describe;
console.log(bob.describe());
const shorthand = {
  v: 7,
  double() {
    return this.v * 2;
  },
};
console.log(shorthand.double(), shorthand["double"]());
const nested = {
  name: "outer",
  inner: {
    name: "inner",
    who: function () {
      return this.name;
    },
  },
};
console.log(nested.inner.who());
const arrowObj = {
  name: "arrow",
  regular: function () {
    const f = () => this.name;
    return f();
  },
};
console.log(arrowObj.regular());
const arr = [function () { return this.length; }, 2, 3];
console.log(arr[0]());
