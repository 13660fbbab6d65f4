const name = "world";
const n = 5;
console.log(`hello ${name}`);
console.log(`${n} + ${n} = ${n + n}`);
console.log(`nested ${`inner ${n * 2}`} done`);
console.log(`${null} ${undefined} ${true} ${1.5} ${-0} ${NaN} ${1e21}`);
console.log(`line1
line2`);
console.log(`tab\tand\\backslash and \${not interpolated}`);
const obj = { toString: function () { return "custom!"; } };
console.log(`obj: ${obj}`);
const arr = ["a", "b"];
console.log(`joined: ${arr.join("+")}`);
console.log(`${n > 3 ? "big" : "small"}`);
function f(x) {
  return `f(${x})`;
}
console.log(`${f(f(1))}`);
console.log(``.length, `${""}`.length);
console.log(`a${1}b${2}c${3}d`);
console.log(`quote ' and " inside`);
