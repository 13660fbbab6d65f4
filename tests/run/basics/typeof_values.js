console.log(typeof 1, typeof 1.5, typeof NaN, typeof Infinity);
console.log(typeof "", typeof "s");
console.log(typeof true, typeof false);
console.log(typeof undefined, typeof null);
console.log(typeof {}, typeof [], typeof function () {}, typeof (() => 1));
console.log(typeof notDeclaredAnywhere);
function f() {}
console.log(typeof f, typeof new f());
console.log(typeof typeof 1);
var u;
console.log(typeof u);
console.log(typeof Math, typeof Math.floor, typeof console.log);
console.log(typeof String, typeof Number(5), typeof String(5));
console.log(typeof Error, typeof new Error("x"));
console.log(typeof (1 + "2"), typeof (1 - "2"));
