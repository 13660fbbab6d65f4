// dxc: oracle=none
// Iterator helpers that are in the spec but in no released node yet (node 26 lacks
// them): chunks, windows, includes, zip, zipKeyed, and the join proposal. The expected
// output was checked against the spec text by hand.
function* count(n) {
  for (let i = 1; i <= n; i++) yield i;
}
console.log(count(5).chunks(2).toArray());
console.log(count(5).windows(3).toArray(), count(2).windows(3).toArray(), count(2).windows(3, "allow-partial").toArray());
console.log(count(5).includes(3), count(5).includes(9), count(5).includes(1, 1), [NaN].values().includes(NaN));
console.log(Iterator.zip([[1, 2, 3], ["a", "b"]]).toArray());
console.log(Iterator.zip([[1, 2, 3], ["a", "b"]], { mode: "longest", padding: [0, "-"] }).toArray());
try {
  Iterator.zip([[1, 2, 3], ["a", "b"]], { mode: "strict" }).toArray();
} catch (e) {
  console.log(e.constructor.name);
}
console.log(Iterator.zipKeyed({ n: count(2), s: ["x", "y", "z"] }).toArray());
console.log(count(3).join("-"), count(0).join());
try {
  count(3).chunks(0);
} catch (e) {
  console.log(e.constructor.name);
}
try {
  count(3).chunks("2");
} catch (e) {
  console.log(e.constructor.name);
}
