const a = [1, 2, 3, 4, 5];
console.log(a.reduce((s, x) => s + x), a.reduce((s, x) => s + x, 100));
console.log(a.reduce((m, x) => (x > m ? x : m), -Infinity));
console.log(["a", "b", "c"].reduce((s, x) => s + x, ""), ["a", "b", "c"].reduce((s, x) => x + s));
console.log([5].reduce((s, x) => s + x), [].reduce((s, x) => s + x, "init"));
try {
  [].reduce((s, x) => s + x);
} catch (e) {
  console.log(e instanceof TypeError);
}
const grouped = ["apple", "avocado", "banana", "cherry", "blueberry"].reduce(function (acc, w) {
  const k = w.charAt(0);
  if (!acc[k]) acc[k] = [];
  acc[k].push(w);
  return acc;
}, {});
console.log(grouped);
console.log(a.reduce((acc, x, i) => acc + i, 0));
const flat = [[1, 2], [3], [4, 5, 6]].reduce((acc, x) => acc.concat(x), []);
console.log(flat);
console.log([1, , 3].reduce((s, x) => s + x));
