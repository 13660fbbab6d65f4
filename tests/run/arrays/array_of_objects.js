const inventory = [
  { name: "apple", qty: 3, price: 0.5 },
  { name: "pear", qty: 0, price: 0.75 },
  { name: "kiwi", qty: 12, price: 0.2 },
];
console.log(inventory);
const inStock = inventory.filter(i => i.qty > 0).map(i => i.name);
console.log(inStock);
const value = inventory.reduce((s, i) => s + i.qty * i.price, 0);
console.log(value);
inventory.push({ name: "fig", qty: 1, price: 2 });
inventory.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
console.log(inventory.map(i => i.name).join(","));
const byName = {};
inventory.forEach(i => {
  byName[i.name] = i;
});
byName.kiwi.qty = 99;
console.log(inventory[2].qty, Object.keys(byName));
