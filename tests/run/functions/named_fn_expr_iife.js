const fact = function me(n) {
  return n <= 1 ? 1 : n * me(n - 1);
};
console.log(fact(6));
console.log(typeof me);
const result = (function () {
  const hidden = 42;
  return hidden * 2;
})();
console.log(result);
const mod = (function () {
  let state = 0;
  return {
    next: function () {
      return ++state;
    },
  };
})();
console.log(mod.next(), mod.next(), mod.next());
(() => console.log("arrow iife"))();
!function () {
  console.log("bang iife");
}();
const val = (function (a, b) {
  return a + b;
})(3, 4);
console.log(val);
const shadow = function shadow() {
  return typeof shadow;
};
console.log(shadow());
