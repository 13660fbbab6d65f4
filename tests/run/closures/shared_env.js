function pair() {
  let value = 0;
  function get() {
    return value;
  }
  function set(v) {
    value = v;
  }
  return [get, set];
}
const p = pair();
const get = p[0];
const set = p[1];
console.log(get());
set(42);
console.log(get());
const q = pair();
q[1](7);
console.log(get(), q[0]());
let outerVar = "before";
const reader = () => outerVar;
outerVar = "after";
console.log(reader());
function makeAcc() {
  const items = [];
  return {
    add: x => items.push(x),
    all: () => items.join(","),
    size: () => items.length,
  };
}
const acc = makeAcc();
acc.add("a");
acc.add("b");
console.log(acc.all(), acc.size());
