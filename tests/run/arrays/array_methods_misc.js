const a = [1, 2, 3];
const chained = a
  .concat([4, 5, 6])
  .filter(x => x % 2 === 0)
  .map(x => x * x)
  .reverse();
console.log(chained, a);
console.log(a.slice().reverse().join(""), a.join(""));
const strs = ["b", "a", "c"];
console.log(strs.indexOf("a"), strs.slice().sort().indexOf("a"));
const counts = [0, 0, 0];
[0, 1, 1, 2, 2, 2].forEach(i => counts[i]++);
console.log(counts);
const uniq = [3, 1, 3, 2, 1].filter((x, i, arr) => arr.indexOf(x) === i);
console.log(uniq);
const range = [];
for (let i = 0; i < 10; i++) range.push(i);
console.log(range.filter(x => x % 3 === 0).map(x => "n" + x).join(" "));
const swap = [1, 2];
const tmp = swap[0];
swap[0] = swap[1];
swap[1] = tmp;
console.log(swap);
console.log([1, [2, [3]]].length, [[]].concat([[]]).length);
