console.log(Array.isArray([]), Array.isArray([1]), Array.isArray({}), Array.isArray("abc"));
console.log(Array.isArray(null), Array.isArray(undefined), Array.isArray({ length: 0 }));
function f() {
  return Array.isArray(arguments);
}
console.log(f(1, 2));
console.log(Array.isArray(Object.keys({ a: 1 })), Array.isArray([].concat()));
console.log(typeof [], [] instanceof Array);
