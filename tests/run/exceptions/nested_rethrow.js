function level3() {
  throw new TypeError("level3 failed");
}
function level2() {
  try {
    level3();
  } catch (e) {
    console.log("level2 saw", e.name);
    throw e;
  }
}
function level1() {
  try {
    level2();
  } catch (e) {
    throw new Error("wrapped: " + e.message);
  }
}
try {
  level1();
} catch (e) {
  console.log(e.message, e instanceof TypeError);
}
function tryNested() {
  try {
    try {
      try {
        throw new RangeError("deep");
      } catch (e) {
        if (!(e instanceof TypeError)) throw e;
        console.log("not here");
      }
    } catch (e) {
      console.log("middle", e.name);
      throw "string now";
    }
  } catch (e) {
    return "outer got " + e;
  }
}
console.log(tryNested());
let attempts = 0;
function flaky() {
  attempts++;
  if (attempts < 3) throw new Error("fail " + attempts);
  return "success after " + attempts;
}
let res;
while (true) {
  try {
    res = flaky();
    break;
  } catch (e) {
    console.log("retry:", e.message);
  }
}
console.log(res);
