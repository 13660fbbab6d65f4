console.log(v);
var v = 5;
console.log(v);
console.log(hoisted(3));
function hoisted(n) {
  return n * 2;
}
console.log(typeof later);
var later = function () {
  return 1;
};
console.log(typeof later);
function outer() {
  console.log(inner);
  var inner = "set";
  console.log(inner);
  return helper();
  function helper() {
    return "helper:" + inner;
  }
}
console.log(outer());
for (var i = 0; i < 3; i++) {}
console.log(i);
if (true) {
  var inIf = "yes";
}
console.log(inIf);
function dup() {
  return 1;
}
function dup() {
  return 2;
}
console.log(dup());
