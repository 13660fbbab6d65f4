console.log([3, 1, 2].sort());
console.log([10, 9, 1, 100, 25].sort());
console.log([10, 9, 1, 100, 25].sort((a, b) => a - b));
console.log([10, 9, 1, 100, 25].sort((a, b) => b - a));
console.log(["banana", "apple", "Cherry", "apple2"].sort());
console.log([true, false, true].sort());
console.log([undefined, 3, undefined, 1].sort());
console.log([3, , 1, undefined, 2].sort());
const people = [
  { n: "a", age: 30 },
  { n: "b", age: 20 },
  { n: "c", age: 30 },
  { n: "d", age: 20 },
  { n: "e", age: 10 },
];
console.log(people.sort((x, y) => x.age - y.age).map(p => p.n).join(""));
const arr = [5, 4, 3];
const ret = arr.sort();
console.log(ret === arr, arr);
const nums = [];
for (let i = 0; i < 50; i++) nums.push((i * 37) % 50);
nums.sort((a, b) => a - b);
let ok = true;
for (let i = 0; i < 50; i++) if (nums[i] !== i) ok = false;
console.log(ok);
console.log([-1, -10, 2, -0.5].sort(), [-1, -10, 2, -0.5].sort((a, b) => a - b));
const words = ["ccc", "a", "bb", "dddd", "e"];
console.log(words.sort((a, b) => a.length - b.length));
const stable = [];
for (let i = 0; i < 30; i++) stable.push({ k: i % 3, i: i });
stable.sort((a, b) => a.k - b.k);
console.log(stable.map(x => x.i).join(","));
