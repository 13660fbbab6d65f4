function name(n) {
  switch (n) {
    case 1:
      return "one";
    case 2:
      return "two";
    case 3:
      return "three";
    default:
      return "many";
  }
}
console.log(name(1), name(2), name(3), name(4));
function kind(v) {
  let r;
  switch (typeof v) {
    case "number":
      r = "num";
      break;
    case "string":
      r = "str";
      break;
    default:
      r = "other";
  }
  return r;
}
console.log(kind(1), kind("s"), kind(null));
switch (5) {
  case 1:
    console.log("no");
}
console.log("after empty match");
let x = 0;
switch (x) {
}
console.log("empty switch ok");
function evalCase(v) {
  const log = [];
  function c(n) {
    log.push(n);
    return n;
  }
  switch (v) {
    case c(1):
    case c(2):
      log.push("hit");
      break;
    case c(3):
      log.push("three");
  }
  return log.join(",");
}
console.log(evalCase(2), evalCase(3), evalCase(9));
