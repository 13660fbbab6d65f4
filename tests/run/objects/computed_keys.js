const k = "dyn";
const i = 2;
const o = {
  [k]: 1,
  [k + "2"]: 2,
  ["x" + i * 3]: 3,
  [i]: "num",
  [1 + 1 + "a"]: "expr",
};
console.log(o);
console.log(Object.keys(o));
const key = "m";
const withMethod = {
  [key + "1"]() {
    return "method one";
  },
  [`${key}2`]: function () {
    return "method two";
  },
};
console.log(withMethod.m1(), withMethod.m2());
let n = 0;
const seq = { [n++]: "a", [n++]: "b", [n++]: "c" };
console.log(seq, n);
const obj = {};
const names = ["alpha", "beta", "gamma"];
for (let j = 0; j < names.length; j++) obj[names[j]] = j * j;
console.log(obj);
const keyObj = { toString: function () { return "custom"; } };
const o2 = { [keyObj]: 1 };
o2[keyObj] += 1;
console.log(o2, o2.custom);
const b = { [true]: 1, [null]: 2, [undefined]: 3 };
console.log(b.true, b.null, b.undefined);
