const a = [1, 3, 5, 6, 7];
console.log(a.some(x => x % 2 === 0), a.every(x => x % 2 === 1), a.every(x => x > 0));
console.log([].some(x => true), [].every(x => false));
console.log(a.find(x => x > 4), a.find(x => x > 100), a.findIndex(x => x > 4), a.findIndex(x => x > 100));
let calls = 0;
a.some(x => {
  calls++;
  return x === 3;
});
console.log(calls);
calls = 0;
a.every(x => {
  calls++;
  return x < 5;
});
console.log(calls);
const users = [{ id: 1, name: "a" }, { id: 2, name: "b" }];
console.log(users.find(u => u.id === 2), users.findIndex(u => u.name === "a"));
console.log([1, , 3].find(x => x === undefined), [1, , 3].findIndex(x => x === undefined));
console.log([NaN].findIndex(x => x !== x));
