let u;
console.log(u, null);
console.log(u === undefined, null === null, u == null, u === null);
function noReturn() {}
console.log(noReturn());
function emptyReturn() {
  return;
}
console.log(emptyReturn());
const o = { a: 1 };
console.log(o.b, o.b === undefined);
const arr = [1, 2];
console.log(arr[5]);
console.log(void 0, void "x");
console.log(null + 1, undefined + 1);
console.log(String(null), String(undefined));
console.log(null == 0, null >= 0, undefined == 0);
console.log(!null, !undefined);
function param(a, b) {
  return b;
}
console.log(param(1));
