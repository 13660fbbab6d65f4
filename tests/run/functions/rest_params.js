function count(...args) {
  return args.length;
}
console.log(count(), count(1), count(1, 2, 3));
function sum(first, ...rest) {
  let s = first;
  for (let i = 0; i < rest.length; i++) s += rest[i];
  return s;
}
console.log(sum(1), sum(1, 2, 3, 4));
function show(a, b, ...more) {
  return [a, b, more];
}
console.log(show(1), show(1, 2), show(1, 2, 3, 4));
const joinAll = (sep, ...parts) => parts.join(sep);
console.log(joinAll("-", "a", "b", "c"));
function isArr(...r) {
  return Array.isArray(r);
}
console.log(isArr(), isArr(1));
function restMap(...nums) {
  return nums.map(n => n * 2);
}
console.log(restMap(1, 2, 3));
