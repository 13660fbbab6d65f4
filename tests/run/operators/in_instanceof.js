const o = { a: 1, b: undefined };
console.log("a" in o, "b" in o, "c" in o);
const arr = [5, 6];
console.log(0 in arr, 1 in arr, 2 in arr, "length" in arr, "0" in arr);
const proto = { p: 1 };
const child = Object.create(proto);
console.log("p" in child, "toString" in child);
function Animal(name) {
  this.name = name;
}
function Dog(name) {
  this.name = name;
}
Dog.prototype = Object.create(Animal.prototype);
const d = new Dog("rex");
const a = new Animal("generic");
console.log(d instanceof Dog, d instanceof Animal, d instanceof Object);
console.log(a instanceof Dog, a instanceof Animal);
console.log([] instanceof Array, [] instanceof Object, {} instanceof Array);
console.log(function () {} instanceof Object);
const bare = Object.create(null);
console.log(bare instanceof Object);
console.log(new Error("e") instanceof Error, new TypeError("t") instanceof Error);
console.log(new Error("e") instanceof TypeError);
try {
  console.log("x" in "string");
} catch (e) {
  console.log(e instanceof TypeError);
}
try {
  console.log(d instanceof 5);
} catch (e) {
  console.log(e instanceof TypeError);
}
console.log(1 in [9, 8], 2 in { 2: "two" });
