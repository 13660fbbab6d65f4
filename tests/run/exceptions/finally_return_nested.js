function f() {
  try {
    try {
      return "inner";
    } finally {
      console.log("inner finally");
    }
  } finally {
    console.log("outer finally");
  }
}
console.log(f());
function g() {
  try {
    return "try";
  } catch (e) {
    return "catch";
  } finally {
    console.log("g finally");
  }
}
console.log(g());
function h() {
  try {
    throw 1;
  } catch (e) {
    return "from catch " + e;
  } finally {
    console.log("h finally");
  }
}
console.log(h());
function k() {
  try {
    return "x";
  } finally {
    throw new Error("finally throws");
  }
}
try {
  k();
} catch (err) {
  console.log(err.message);
}
