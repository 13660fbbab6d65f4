const log = [];
try {
  log.push("try");
} finally {
  log.push("finally");
}
console.log(log.join(" "));
const log2 = [];
try {
  log2.push("try");
  throw new Error("x");
} catch (e) {
  log2.push("catch");
} finally {
  log2.push("finally");
}
console.log(log2.join(" "));
const log3 = [];
try {
  try {
    log3.push("inner try");
    throw "err";
  } finally {
    log3.push("inner finally");
  }
} catch (e) {
  log3.push("outer catch " + e);
} finally {
  log3.push("outer finally");
}
console.log(log3.join(" | "));
const log4 = [];
try {
  try {
    throw "first";
  } catch (e) {
    log4.push("caught " + e);
    throw "second";
  } finally {
    log4.push("finally runs");
  }
} catch (e) {
  log4.push("outer " + e);
}
console.log(log4.join(" | "));
function f() {
  const l = [];
  for (let i = 0; i < 3; i++) {
    try {
      if (i === 1) throw i;
      l.push("t" + i);
    } catch (e) {
      l.push("c" + e);
    } finally {
      l.push("f" + i);
    }
  }
  return l.join(",");
}
console.log(f());
