console.log([1, "a", true, null, undefined, [2], { b: 3 }]);
console.log({ num: 1, str: "s", bool: false, nul: null, und: undefined, arr: [], obj: {} });
console.log([undefined, null]);
console.log({ u: undefined });
const e = new Error("boom");
console.log(e.message, e.name);
console.log(typeof console.log);
console.log(["x"].concat(["y"]), [1, 2].map(x => x * 2));
console.log(String([1, 2].length) + " items");
