function named() {}
const anon = function () {};
const arrow = () => {};
console.log(named);
console.log(anon, arrow);
console.log(function () {});
console.log(() => 1);
console.log(function inner() {});
console.log([named, function () {}, () => 0]);
console.log({ m: function () {}, n: named, o: () => 1, p() {} });
const obj = { f: function () {} };
console.log(obj.f);
console.log([function () {}].map(f => typeof f));
function Ctor() {}
Ctor.prototype.method = function () {};
console.log(Ctor.prototype.method);
