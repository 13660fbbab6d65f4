block: {
  console.log("in block");
  if (true) break block;
  console.log("never");
}
console.log("after block");
function check(v) {
  let result = "start";
  validate: {
    if (v < 0) {
      result = "negative";
      break validate;
    }
    if (v > 100) {
      result = "too big";
      break validate;
    }
    result = "ok";
  }
  return result;
}
console.log(check(-1), check(500), check(50));
outer: {
  inner: {
    console.log("inner start");
    break outer;
  }
  console.log("skipped");
}
console.log("end");
let i = 0;
lbl: {
  while (true) {
    i++;
    if (i === 3) break lbl;
  }
}
console.log(i);
x: if (i === 3) {
  console.log("labeled if");
  break x;
}
