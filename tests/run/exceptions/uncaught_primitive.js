// dxc: exit=1
const items = [1, 2, 3];
let total = 0;
for (let i = 0; i < items.length; i++) total += items[i];
console.log("total", total);
throw "a plain string";
