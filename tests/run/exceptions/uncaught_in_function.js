// dxc: exit=1
function inner(n) {
  if (n === 0) throw new TypeError("bad at bottom");
  return inner(n - 1);
}
function outer() {
  try {
    return inner(3);
  } finally {
    console.log("finally still runs");
  }
}
console.log("start");
outer();
console.log("never");
