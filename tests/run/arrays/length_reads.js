// `x.length` is read inline for dense arrays; every other object (sparse arrays,
// arrays with a grown or shrunk length, array subclasses, strings, functions,
// arguments, plain objects with a length) must read what JavaScript reads.
function len(x) {
  return x.length;
}
const dense = [1, 2, 3];
const holes = [1, , 3, , ];
const sparse = [];
sparse[1000000] = 1;
const grown = [1, 2];
grown.length = 10;
const shrunk = [1, 2, 3, 4, 5];
shrunk.length = 2;
const frozen = Object.freeze([1, 2, 3, 4]);
class MyArray extends Array {}
const sub = MyArray.from([1, 2, 3, 4, 5, 6]);
const withGetter = Object.defineProperty({}, "length", { get() { return "got"; } });
function args() {
  return len(arguments);
}
const values = [dense, holes, sparse, grown, shrunk, frozen, sub, "héllo", "", function (a, b) {}, { length: -1 }, withGetter, [], new Array(5)];
console.log(values.map(len).join(" "), args(1, 2, 3));
const growing = [];
const seen = [];
for (let i = 0; i < 5; i++) {
  growing.push(i);
  seen.push(len(growing));
}
growing.pop();
seen.push(len(growing));
growing[20] = 1;
seen.push(len(growing));
growing.length = 0;
seen.push(len(growing));
console.log(seen.join(","));
let total = 0;
for (let i = 0; i < dense.length; i++) total += dense[i] * dense.length;
console.log(total);
try {
  len(null);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
try {
  len(undefined);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
