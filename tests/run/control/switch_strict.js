function m(v) {
  switch (v) {
    case 1:
      return "number 1";
    case "1":
      return "string 1";
    case true:
      return "true";
    case null:
      return "null";
    case undefined:
      return "undefined";
    case NaN:
      return "NaN (never)";
    default:
      return "default";
  }
}
console.log(m(1), m("1"), m(true), m(null), m(undefined), m(NaN), m(0));
const obj = {};
switch (obj) {
  case {}:
    console.log("different object");
    break;
  case obj:
    console.log("same object");
    break;
}
switch ("ab") {
  case "a" + "b":
    console.log("computed string case");
}
switch (-0) {
  case 0:
    console.log("-0 matches 0");
}
