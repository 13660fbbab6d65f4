function len() {
  return arguments.length;
}
console.log(len(), len(1), len(1, 2, 3), len(undefined));
function sumAll() {
  let s = 0;
  for (let i = 0; i < arguments.length; i++) s += arguments[i];
  return s;
}
console.log(sumAll(1, 2, 3, 4, 5));
function second() {
  return arguments[1];
}
console.log(second("a", "b", "c"), second("a"));
function extra(a) {
  return a + ":" + arguments.length + ":" + arguments[2];
}
console.log(extra(1, 2, 3));
function outer() {
  const inner = () => arguments[0];
  return inner("ignored");
}
console.log(outer("from outer"));
function maxOf() {
  let m = -Infinity;
  for (let i = 0; i < arguments.length; i++) {
    if (arguments[i] > m) m = arguments[i];
  }
  return m;
}
console.log(maxOf(3, 9, 2), maxOf());
function types() {
  return typeof arguments + " " + Array.isArray(arguments);
}
console.log(types());
