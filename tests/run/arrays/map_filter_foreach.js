const a = [1, 2, 3, 4, 5];
console.log(a.map(x => x * 2), a.map((x, i) => x * i), a.map((x, i, arr) => arr.length));
console.log(a.filter(x => x % 2), a.filter(x => x > 10), a.filter((x, i) => i < 2));
const log = [];
a.forEach(function (x, i) {
  log.push(i + ":" + x);
});
console.log(log.join(" "));
console.log(a.forEach(x => x));
console.log(["a", "b"].map(s => s.toUpperCase()));
console.log([1, , 3].map(x => x * 10));
const holesVisited = [];
[1, , 3].forEach(x => holesVisited.push(x));
console.log(holesVisited);
const growing = [1, 2, 3];
const seen = [];
growing.forEach(x => {
  seen.push(x);
  if (growing.length < 6) growing.push(x * 10);
});
console.log(seen, growing);
const people = [{ n: "a", age: 20 }, { n: "b", age: 15 }, { n: "c", age: 40 }];
console.log(people.filter(p => p.age >= 18).map(p => p.n));
const ctx = { mult: 3 };
console.log([1, 2].map(function (x) { return x * ctx.mult; }));
console.log(a.map(String), a.map(x => x > 2));
