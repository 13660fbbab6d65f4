const o = { one: 1, two: 2, three: 3 };
const keys = Object.keys(o);
console.log(keys, keys.length, Array.isArray(keys));
let sum = 0;
for (let i = 0; i < keys.length; i++) sum += o[keys[i]];
console.log(sum);
console.log(Object.keys([4, 5, 6]));
console.log(Object.keys([1, , 3]));
console.log(Object.keys({}));
function F() {
  this.own = 1;
}
F.prototype.inherited = 2;
console.log(Object.keys(new F()));
const counts = {};
const words = "the cat and the hat and the bat".split(" ");
for (let i = 0; i < words.length; i++) {
  const w = words[i];
  counts[w] = (counts[w] || 0) + 1;
}
console.log(counts);
console.log(Object.keys(counts).map(k => k + "=" + counts[k]).join(" "));
const withGetter = { get g() { return 1; }, v: 2 };
console.log(Object.keys(withGetter));
