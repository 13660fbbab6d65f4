function classify(n) {
  if (n < 0) {
    return "negative";
  } else if (n === 0) {
    return "zero";
  } else if (n < 10) {
    return "small";
  } else {
    return "large";
  }
}
console.log(classify(-3), classify(0), classify(5), classify(50));
const vals = [0, 1, "", "a", null, undefined, NaN, {}, [], -0, "0", "false"];
for (let i = 0; i < vals.length; i++) {
  if (vals[i]) console.log(i, "truthy");
  else console.log(i, "falsy");
}
let x = 3;
if (x > 1)
  if (x > 5) console.log("gt5");
  else console.log("dangling else binds inner");
if (x) {
}
else {
  console.log("never");
}
if (false) console.log("no"); else if (x === 3) console.log("three");
